"""前者/后者 (claims/anaphora.py): the value after 前者 is the first of the two members or quantities
named before it in the sentence, after 后者 the second's."""
from claims_helpers import per_line


def values(records):
    return [(r.value, r.scope, r.measure, r.verdict, r.expected) for r in records if r.kind == "value"]


def test_two_members_then_former_and_latter(read):
    right, swapped = per_line(read("男生和女生的毕业去向落实率差异不大，前者为90.48%，后者为91.91%。",
                                   "男生和女生的毕业去向落实率差异不大，前者为91.91%，后者为90.48%。"), 2)
    assert values(right) == [("90.48%", {"性别": "男"}, "毕业去向落实率", "agrees", ""),
                             ("91.91%", {"性别": "女"}, "毕业去向落实率", "agrees", "")]
    assert [(v, e) for v, _, _, verdict, e in values(swapped)] == [("91.91%", "90.48%"), ("90.48%", "91.91%")]


def test_two_figures_then_qizhong_qianzhe(read):
    (records,) = per_line(read("学院现有专任教师和校外兼职教师，其中前者259人。"), 1)
    assert values(records) == [("259人", {}, "专任教师", "contradicts", "295 人")]


def test_latter_keeps_the_measure_named_after_it(read):
    (records,) = per_line(read("机械工程系与智能技术系毕业生较多，后者毕业生为939人。"), 1)
    assert values(records) == [("939人", {"院系": "智能技术系"}, "毕业生人数", "contradicts", "806 人")]


def test_a_change_after_the_latter_is_not_its_value(read):
    (records,) = per_line(read("机械工程系与智能技术系毕业生人数相近，前者939人，后者多出100人。"), 1)
    assert [r.verdict for r in records if r.value == "100人"] == ["unverifiable"]
