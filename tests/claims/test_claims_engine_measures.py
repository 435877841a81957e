"""Which measure a count names (claims/verify.py, the template's names): people counted before their
destination, majors with graduates, the intake of new students and plans, a superlative of a quantity
the data lack, and 过 X 成 as a word of degree (text.py)."""
from claims_helpers import only, per_line

from nianbao.text import find_numbers


def test_people_counted_before_their_destination_are_that_destinations(read):
    over, wrong, enlisted, rate = per_line(read(
        "超过140名毕业生选择升学深造。", "超过150名毕业生选择继续升学。", "有72名毕业生参军入伍。",
        "学院3337名毕业生升学率为4.35%。"), 4)
    assert only(over, "vague").claim.scope == {"毕业去向合并": "升学"}
    assert only(over, "vague").verdict == "agrees"
    assert (only(wrong, "vague").verdict, only(wrong, "vague").expected) == ("contradicts", "145 人")
    assert (only(enlisted, "value").verdict, only(enlisted, "value").expected) == ("contradicts", "62 人")
    count = [r for r in rate if r.claim.value == "3337名"][0]
    assert (count.claim.scope, count.verdict) == ({}, "agrees")  # 升学率 names the rate's population


def test_past_a_proportion_is_above_it():
    assert [n.qualifier for n in find_numbers("女生占比过三成")] == ["over"]
    assert [n.qualifier for n in find_numbers("通过3项认证")] == [""]
    assert [n.qualifier for n in find_numbers("不超过5人")] == ["under"]


def test_past_three_tenths_below_them_is_wrong(read):
    women, = per_line(read("学院毕业生中女生占比过三成。"), 1)
    assert (only(women, "share").verdict, only(women, "share").expected) == ("contradicts", "28.53%")


def test_majors_with_graduates_are_not_the_majors_offered(read):
    right, offered = per_line(read("2025届有毕业生的专业共24个。", "学院有毕业生的专业25个。"), 2)
    assert only(right, "value").verdict == "agrees"
    assert (only(offered, "value").verdict, only(offered, "value").expected) == ("contradicts", "24 个")


def test_the_intake_and_a_plan(read):
    intake, admitted, plan, planned = per_line(read(
        "学院2025年招生3213人。", "今年共录取新生3312人。", "学院招生计划3300人。", "2025年学院计划招生3400人。"), 4)
    assert (only(intake, "value").claim.measure.key, only(intake, "value").verdict) == ("new_students", "agrees")
    assert (only(admitted, "value").verdict, only(admitted, "value").expected) == ("contradicts", "3213 人")
    assert only(plan, "value").verdict == "unverifiable"
    assert only(planned, "value").verdict == "unverifiable"


def test_a_superlative_of_a_quantity_the_data_lack_is_not_the_count_of_graduates(read):
    salary, income, count = per_line(read("毕业生起薪最高的是机械工程系。", "各院系中，毕业生平均月收入最高的是智能技术系。",
                                          "毕业生人数最多的是经济管理工程系。"), 3)
    assert only(salary, "superlative").verdict == "unverifiable"
    assert only(income, "superlative").verdict == "unverifiable"
    assert (only(count, "superlative").verdict, only(count, "superlative").expected[:6]) == ("contradicts", "机械工程系（")
