"""A total of members listed, then narrowed together by a member of another dimension (reader.members_listed):
"智能技术系和经济管理工程系待就业毕业生合计 137 人" is both departments' 待就业 graduates, not the second's."""
from claims_helpers import per_line


def verdicts(records):
    return [(r.value, r.verdict, r.expected) for r in records if r.kind == "value"]


def test_two_departments_waiting_graduates_together(read):
    right, other_words, wrong = per_line(read("智能技术系和经济管理工程系待就业毕业生合计137人。",
                                              "智能技术系与经济管理工程系的待就业人数共137人。",
                                              "智能技术系和经济管理工程系待就业毕业生合计147人。"), 3)
    assert verdicts(right) == [("137人", "agrees", "")]
    assert verdicts(other_words) == [("137人", "agrees", "")]
    assert verdicts(wrong) == [("147人", "contradicts", "137 人")]


def test_two_departments_women_together(read):
    right, wrong = per_line(read("机械工程系和智能技术系女生合计320人。", "机械工程系和智能技术系女生合计330人。"), 2)
    assert verdicts(right) == [("320人", "agrees", "")]
    assert verdicts(wrong) == [("330人", "contradicts", "320 人")]
