""""N 个专业均有毕业生": N is the count of the members that have graduates, whatever verb (or none) comes
before. The example offers 25 majors, 24 of them with graduates (机械工程系 5 of 5, 经济管理工程系 4)."""
import pytest

from claims_helpers import per_line


def counts(records):
    return [(r.claim.value, r.claim.scope, r.verdict, r.expected) for r in records]


@pytest.mark.parametrize("sentence, value, scope", [
    ("学院24个专业均有毕业生。", "24个专业", {}),
    ("今年全院24个专业都有毕业生。", "24个专业", {}),
    ("学院开设25个专业，其中24个专业有毕业生。", "24个专业", {}),
    ("机械工程系5个专业均有毕业生。", "5个专业", {"院系": "机械工程系"}),
    ("经济管理工程系4个专业全部有应届毕业生。", "4个专业", {"院系": "经济管理工程系"}),
])
def test_members_with_graduates_agree(read, sentence, value, scope):
    (records,) = per_line(read(sentence), 1)
    assert (value, scope, "agrees", "") in counts(records)
    assert "contradicts" not in {r.verdict for r in records}


@pytest.mark.parametrize("sentence, value, expected", [
    ("学院全部25个专业均有毕业生。", "25个专业", "24 个"),
    ("学院开设的25个专业全部有毕业生。", "25个专业", "24 个"),
    ("经济管理工程系5个专业均有毕业生。", "5个专业", "4 个"),
])
def test_all_majors_offered_said_to_have_graduates_is_found(read, sentence, value, expected):
    (records,) = per_line(read(sentence), 1)
    assert [(v, verdict, e) for v, _, verdict, e in counts(records)] == [(value, "contradicts", expected)]


def test_members_meeting_a_condition_are_not_all_the_majors(read):
    (records,) = per_line(read("落实率超过95%的5个专业均有毕业生。"), 1)
    assert "contradicts" not in {r.verdict for r in records}
