"""Items (分组) of one entered figure named alone (claims/items.py): a comparison of two items with no
figure named, an item with its value in brackets before the relation word, and the last item of a list
whose name holds 共 (公共课帮助度: no total)."""
from claims_helpers import only, per_line


def test_two_items_compared_without_the_figure(read):
    right, reversed_ = per_line(read("专业课掌握度高于公共课帮助度。", "公共课帮助度高于专业课掌握度。"), 2)
    assert (only(right, "comparison").scope, only(right, "comparison").verdict) == ({"分组": "专业课掌握度"}, "agrees")
    assert only(reversed_, "comparison").verdict == "contradicts"


def test_an_item_with_its_value_in_brackets_is_the_subject(read):
    (records,) = per_line(read("教学态度（95.84%）略高于教学水平（96.02%）。"), 1)
    claim = only(records, "comparison")
    assert (claim.scope, claim.verdict) == ({"分组": "教学态度"}, "contradicts")


def test_the_last_item_named_with_gong_is_checked(read):
    (records,) = per_line(read("专业课掌握度为95.85%，专业课满足度为93.35%，公共课帮助度为95.15%。"), 1)
    last = [r for r in records if r.value == "95.15%"]
    assert [(r.scope, r.verdict, r.expected) for r in last] == [({"分组": "公共课帮助度"}, "contradicts", "95.51%")]
