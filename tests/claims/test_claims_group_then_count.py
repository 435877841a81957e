"""A count of members first, then a count of those meeting a condition after a comma ("全院 24 个专业，
落实率低于 90% 的有 10 个"): the second count is of the condition within the group, not the group's size,
and the condition's percentage is no value of the college (24 majors with graduates: 14 at 90 % or more,
10 below, 6 at 95 % or more; 5 departments, 3 above 90 %)."""
from claims_helpers import per_line


def _kinds(read, sentence):
    (records,) = per_line(read(sentence), 1)
    return [(r.claim.kind, r.verdict, r.expected) for r in records if r.verdict in ("agrees", "contradicts")]


def test_the_second_count_is_checked_against_the_condition(read):
    for sentence in ("全院24个专业，落实率低于90%的有10个。",
                     "学院共有24个专业有毕业生，毕业去向落实率达到90%的有14个。",
                     "学院开设25个专业，其中毕业去向落实率在95%以上的有6个。",
                     "全院5个系，毕业去向落实率超过90%的有3个。"):
        assert ("members", "agrees", "") in _kinds(read, sentence), sentence
        assert all(v == "agrees" for _, v, _ in _kinds(read, sentence)), sentence


def test_a_wrong_second_count_is_found(read):
    for sentence, expected in (("全院24个专业，落实率低于90%的有11个。", "10 个"),
                               ("学院共有24个专业有毕业生，毕业去向落实率达到90%的有15个。", "14 个"),
                               ("全院5个系，毕业去向落实率超过90%的有4个。", "3 个")):
        (records,) = per_line(read(sentence), 1)
        (count,) = [r for r in records if r.claim.kind == "members"]
        assert (count.verdict, count.fact.display) == ("contradicts", expected), sentence
        assert not [r for r in records if r.claim.kind == "value" and r.verdict == "contradicts"], sentence
