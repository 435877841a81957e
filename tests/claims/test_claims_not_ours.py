"""Not ours by grammar: a difference whose other side is another body (全国、全省同类院校、天津市高职
院校平均水平) is not the college's, while the college's own value in the same sentence stays a claim;
a ranked group whose members are not named (位居前 5 位的专业) is not the college; a combined share
(A 和 B 合计占…) is of the members' populations together."""
from claims_helpers import only, per_line


def test_a_difference_against_another_body_is_not_ours_but_our_value_is_checked(read):
    national, province, city = per_line(read(
        "学院毕业去向落实率为93.12%，高于全国高职院校平均水平3.5个百分点。",
        "机械工程系落实率比全省平均水平高5个百分点。",
        "与全国同类院校相比，学院毕业去向落实率高2.1个百分点。"), 3)
    assert only(national, "difference").verdict == "not_ours"
    assert (only(national, "value").verdict, only(national, "value").expected) == ("contradicts", "90.89%")
    assert only(province, "difference").verdict == "not_ours"
    assert only(city, "difference").verdict == "not_ours"


def test_a_difference_between_our_own_sides_is_still_checked(read):
    (records,) = per_line(read("学院毕业去向落实率为90.89%，比工业技术系高3.39个百分点。"), 1)
    assert only(records, "difference").verdict == "agrees"


def test_a_ranked_group_not_named_is_not_the_college(read):
    (records,) = per_line(read("落实率位居前5位的专业均超过95%。"), 1)
    assert [r.verdict for r in records] == ["unverifiable"]


def test_a_combined_share_is_of_the_members_together(read):
    right, wrong = per_line(read("河北省和天津市生源合计占毕业生总数的54.72%。", "河北、山西两省生源合计占三分之一。"), 2)
    assert only(right, "share").verdict == "agrees"  # (1106 + 720) / 3337
    assert (only(wrong, "share").verdict, only(wrong, "share").expected) == ("contradicts", "43.18%")
