"""A department's majors: counted from the majors table's rows of that department (机械工程系 5, 智能技术系 5,
工业技术系 5, 经济管理工程系 4), when stated on its own or as a part after the college's total (开设 25 个专业，
其中…)."""
import pytest

from claims_helpers import per_line


def values(records):
    return [(r.value, r.verdict, r.expected) for r in records if r.kind == "value"]


@pytest.mark.parametrize("sentence,expected", [
    ("机械工程系开设5个专业。", [("5个专业", "agrees", "")]),
    ("机械工程系开设专业5个。", [("5个", "agrees", "")]),
    ("经济管理工程系开设 5 个专业。", [("5 个专业", "contradicts", "4 个")]),
    ("学院开设25个专业，其中机械工程系5个、智能技术系5个。",
     [("25个专业", "agrees", ""), ("5个", "agrees", ""), ("5个", "agrees", "")]),
    ("学院开设25个专业，其中机械工程系5个、智能技术系6个。",
     [("25个专业", "agrees", ""), ("5个", "agrees", ""), ("6个", "contradicts", "5 个")]),
    ("学院共开设专业25个，其中经济管理工程系4个，工业技术系5个。",
     [("25个", "agrees", ""), ("4个", "agrees", ""), ("5个", "agrees", "")]),
    ("学院共开设专业25个，其中经济管理工程系5个，工业技术系5个。",
     [("25个", "agrees", ""), ("5个", "contradicts", "4 个"), ("5个", "agrees", "")]),
])
def test_a_departments_majors(read, sentence, expected):
    (records,) = per_line(read(sentence), 1)
    assert values(records) == expected


def test_a_count_after_another_total_is_not_a_count_of_majors(read):
    # 其中 after the department's graduates: 5 个 counts no majors there
    (records,) = per_line(read("机械工程系有毕业生939人，其中男生5个。"), 1)
    assert ("5个", "unverifiable", "") in values(records)
