"""Counts of members under a negated reach (未达到/未达/尚未达到/没有达到 X%): the members below the
bound, never those reaching it (24 majors with graduates: 14 at 90 % or more, 10 below; 6 at 95 %)."""
from claims_helpers import per_line


def _members(read, sentence):
    (records,) = per_line(read(sentence), 1)
    return [(r.verdict, r.expected) for r in records if r.claim.kind == "members"]


def test_a_negated_reach_counts_the_members_below(read):
    for sentence in ("毕业去向落实率未达到90%的专业有10个。",
                     "毕业去向落实率尚未达到90%的专业共有10个。",
                     "有10个专业的毕业去向落实率未达到90%。",
                     "全院有10个专业毕业去向落实率未达90%。",
                     "各专业中，毕业去向落实率未达到90%的共10个。",
                     "毕业去向落实率没有达到95%的专业有18个。",
                     "毕业去向落实率未达到90%的院系有2个。"):
        assert _members(read, sentence) == [("agrees", "")], sentence


def test_a_wrong_count_below_the_bound_is_found_with_the_right_one(read):
    for sentence, expected in (("毕业去向落实率未达到90%的专业有14个。", "10 个"),
                               ("毕业去向落实率没有达到95%的专业有19个。", "18 个"),
                               ("毕业去向落实率未达到90%的院系有3个。", "2 个")):
        assert [v for v, _ in _members(read, sentence)] == ["contradicts"], sentence
        (records,) = per_line(read(sentence), 1)
        (count,) = [r for r in records if r.claim.kind == "members"]
        assert count.fact.display == expected, sentence


def test_a_plain_reach_still_counts_those_reaching_it(read):
    assert _members(read, "毕业去向落实率达到90%及以上的专业有14个。") == [("agrees", "")]
    assert [v for v, _ in _members(read, "毕业去向落实率达到90%的专业有10个。")] == ["contradicts"]
