"""Totals over two listed members in plain words: provinces of origin where one of them is the
college's own (天津市, also 省内生源), and 一共/总共 or 毕业了 in place of 共有…毕业生."""
from claims_helpers import per_line


def value(read, sentence):
    (records,) = per_line(read(sentence), 1)
    found = [r for r in records if r.kind == "value"]
    assert len(found) == 1, [(r.kind, r.claim.value) for r in records]
    return found[0]


def test_two_provinces_with_the_colleges_own_city(read):
    for sentence in ("来自河北省和天津市的毕业生共1826人。",
                     "天津市和河北省生源共计1826人。",
                     "天津市、山西省生源一共1055人。",
                     "河北、山西两省生源一共1441人。"):
        found = value(read, sentence)
        assert found.verdict == "agrees", sentence
        assert "省内外生源" not in found.claim.scope, sentence


def test_a_wrong_total_of_two_provinces_names_their_sum(read):
    wrong = value(read, "河北省和天津市生源合计1900人。")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "1826 人")
    wrong = value(read, "河北省与山西省两省生源总共1500人。")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "1441 人")


def test_departments_summed_in_a_plain_voice(read):
    wrong = value(read, "机械工程系和智能技术系一共毕业了1800人。")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "1745 人")
    assert value(read, "机械工程系和智能技术系今年一共毕业了1745人。").verdict == "agrees"


def test_the_half_of_two_provinces_is_their_combined_share(read):
    (records,) = per_line(read("河北省与天津市生源约占毕业生总数的一半。"), 1)
    share = [r for r in records if r.kind == "share"]
    assert [(r.verdict, r.expected) for r in share] == [("contradicts", "54.72%")]
