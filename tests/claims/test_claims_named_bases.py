"""A share whose named base is not all the graduates: the graduates a count of them leaves out
(占未落实人数的: the graduates less the placed), or all the college's students (占全院学生的: those
enrolled, an entered figure)."""
from claims_helpers import only, per_line


def test_a_share_of_the_graduates_not_placed(read):
    right, wrong, other = per_line(read(
        "未落实去向的毕业生304人，其中待就业293人，占未落实人数的96.38%。",
        "待就业毕业生293人，占未落实去向毕业生的8.78%。",
        "暂不就业11人，占未落实毕业生的3.62%。"), 3)
    assert only(right, "share").verdict == "agrees"  # 293 / (3337 - 3033)
    record = only(wrong, "share")
    assert (record.verdict, record.expected) == ("contradicts", "96.38%")  # of all graduates it would read as right
    assert "落实去向人数 3033 人" in record.fact.what
    assert only(other, "share").verdict == "agrees"  # 11 / 304


def test_the_base_of_a_department_not_placed(read):
    right, wrong = per_line(read("机械工程系待就业53人，占该系未落实人数的98.15%。",
                                 "机械工程系待就业53人，占该系未落实人数的5.64%。"), 2)
    assert only(right, "share").verdict == "agrees"  # 53 / (939 - 885)
    assert (only(wrong, "share").verdict, only(wrong, "share").expected) == ("contradicts", "98.15%")


def test_a_share_of_all_students_is_over_those_enrolled(read):
    right, wrong, unstated = per_line(read("女生952人，占全院学生的10.12%。", "女生952人，占全院学生的28.53%。",
                                           "女生占全院学生的28.53%。"), 3)
    assert only(right, "share").verdict == "agrees"  # 952 / 9410
    assert (only(wrong, "share").verdict, only(wrong, "share").expected) == ("contradicts", "10.12%")
    assert only(unstated, "share").verdict == "unverifiable"  # the data count no female students


def test_a_base_named_with_its_cohort_year(read):
    new, old = per_line(read("现代职教体系培养新生480人，占2025级新生的15.94%。", "升学145人，占2025届毕业生的4.35%。"), 2)
    record = only(new, "share")
    assert (record.verdict, record.expected) == ("contradicts", "14.94%")  # 480 / 3213, not unread
    assert only(old, "share").verdict == "agrees"


def test_a_share_of_the_placed_graduates(read):
    right, wrong = per_line(read("升学145人，占全院已落实人数的4.78%。", "升学145人，占全院已落实人数的4.35%。"), 2)
    assert only(right, "share").verdict == "agrees"  # 145 / 3033
    record = only(wrong, "share")  # 4.35% is 145 / 3337: the base the words do not name
    assert (record.verdict, record.expected) == ("contradicts", "4.78%")
