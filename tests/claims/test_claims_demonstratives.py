"""该系 / 本系 / 该专业 (claims/demonstratives.py): the member of that dimension named last before it in the
paragraph, also in an earlier sentence; a count of people who did something is not the member's graduates."""
from claims_helpers import only, per_line


def test_this_department_in_the_next_sentence(read):
    (records,) = per_line(read("机械工程系毕业生939人。该系升学40人，占该系毕业生的1.20%。该系落实率为90.89%。"), 1)
    share = only(records, "share")
    assert (share.scope, share.verdict, share.expected) == (
        {"院系": "机械工程系", "毕业去向合并": "升学"}, "contradicts", "4.26%")  # 40 / 939, not of the college
    rate = [r for r in records if r.value == "90.89%"][0]
    assert (rate.scope, rate.verdict, rate.expected) == ({"院系": "机械工程系"}, "contradicts", "94.25%")


def test_an_implied_base_of_this_department(read):
    (records,) = per_line(read("机械工程系毕业生939人。该系女生115人，占12.25%。"), 1)
    assert (only(records, "share").scope, only(records, "share").verdict) == ({"院系": "机械工程系", "性别": "女"}, "agrees")


def test_no_member_named_before_adds_nothing(read):
    (records,) = per_line(read("该系升学40人，占该系毕业生的4.26%。"), 1)
    assert only(records, "share").verdict == "unverifiable"


def test_students_who_won_something_are_not_the_members_graduates(read):
    (records,) = per_line(read("安全技术与管理专业毕业生59人。该专业一名学生以熟练的操作获得一等奖。"), 1)
    assert [(r.value, r.verdict) for r in records] == [("59人", "agrees"), ("一名", "unverifiable")]
