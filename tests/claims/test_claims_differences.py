"""Differences whose sides are not named one by one (claims/differences.py): the highest against the
lowest member of a dimension (最高与最低相差, 极差), and the two members one word names within a
subgroup (机械工程系男女生…相差)."""
from claims_helpers import only, per_line


def test_the_gap_between_the_extremes_of_a_dimension(read):
    right, wrong, spread = per_line(read("各院系落实率最高与最低相差6.75个百分点。", "落实率最高的院系比最低的院系高5.75个百分点。",
                                         "院系之间毕业去向落实率的极差为6.75个百分点。"), 3)
    assert only(right, "difference").verdict == "agrees"
    assert (only(wrong, "difference").verdict, only(wrong, "difference").fact.display) == ("contradicts", "6.75 个百分点")
    assert only(spread, "difference").verdict == "agrees"


def test_named_extremes_are_read_as_members(read):
    (records,) = per_line(read("落实率最高的机械工程系与最低的经济管理工程系相差6.75个百分点。"), 1)
    claim = only(records, "difference")
    assert (claim.verdict, claim.fact.display) == ("contradicts", "6.33 个百分点")  # 94.25 - 87.92, not the extremes


def test_two_members_named_by_one_word_within_a_department(read):
    (records,) = per_line(read("机械工程系男女生落实率相差3.59个百分点。"), 1)
    claim = only(records, "difference")
    assert (claim.scope, claim.verdict, claim.fact.display) == ({"院系": "机械工程系", "性别": "男"}, "contradicts",
                                                                 "2.59 个百分点")


def test_the_other_side_stated_before_by_another_body(read):
    (records,) = per_line(read("天津市高校毕业生平均落实率为88.5%，我院高出2.39个百分点。"), 1)
    assert only(records, "difference").verdict == "not_ours"  # not the college against itself (0.00)
