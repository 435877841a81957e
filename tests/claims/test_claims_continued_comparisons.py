"""A sentence that compares one subject twice (女生…高于本系男生，也高于全院女生): the second
comparison keeps the first one's subject, and a side named with 全院/全校 is that group across
the college, not within the subject's department."""
from claims_helpers import per_line


def comparisons(records):
    return [(r.claim.scope, r.claim.detail["target"], r.verdict, r.expected) for r in records if r.kind == "comparison"]


def test_both_sides_of_a_right_sentence_agree(read):
    for sentence in ("智能技术系女生毕业去向落实率为96.10%，高于本系男生的88.85%，也高于全院女生的91.91%。",
                     "智能技术系女生落实率96.10%，比本系男生高，也比全校女生高。",
                     "智能技术系女生的落实率为96.10%，高于该系男生（88.85%），也高于全院女生（91.91%）。",
                     "智能技术系女生的落实率为96.10%，高于本系男生，同时高于全院女生。",
                     "工业技术系女生落实率达到92.00%，不仅高于本系男生，而且高于全校女生。"):
        (records,) = per_line(read(sentence), 1)
        found = comparisons(records)
        assert [v for *_, v, _ in found] == ["agrees", "agrees"], (sentence, found)
        assert found[1][0]["性别"] == "女" and found[1][1] == {"性别": "女"}, sentence
        assert all(r.verdict != "contradicts" for r in records), sentence


def test_the_college_side_given_in_brackets_is_the_whole_colleges(read):
    (records,) = per_line(read("机械工程系女生的落实率为96.52%，高于该系男生（93.93%），也高于全院女生（91.91%）。"), 1)
    bracketed = [r for r in records if r.kind == "value" and r.claim.value == "91.91%"]
    assert [(r.claim.scope, r.verdict) for r in bracketed] == [({"性别": "女"}, "agrees")]


def test_a_wrong_second_comparison_is_found_with_the_right_subject(read):
    (records,) = per_line(read("经济管理工程系女生落实率88.94%，高于本系男生，也高于全院女生。"), 1)
    found = comparisons(records)
    assert found[0][2] == "agrees"
    assert found[1][2:] == ("contradicts", "88.94%，低于 91.91%")


def test_both_comparisons_wrong(read):
    (records,) = per_line(read("智能技术系男生落实率88.85%，高于本系女生，也高于全院男生。"), 1)
    assert [(s["性别"], v) for s, _, v, _ in comparisons(records)] == [("男", "contradicts"), ("男", "contradicts")]
