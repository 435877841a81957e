"""A count followed by a bracketed sub-count (女生 115 人（落实去向 111 人）): the measure named inside
the bracket is the sub-count's, not the count's (机械工程系: 115 women, 111 of them placed)."""
from claims_helpers import per_line


def _values(read, sentence):
    (records,) = per_line(read(sentence), 1)
    return [(r.claim.value, r.verdict, r.expected) for r in records if r.claim.kind == "value"]


def test_the_count_before_the_bracket_keeps_its_own_measure(read):
    for sentence in ("机械工程系女生115人（落实去向111人）。", "机械工程系女生115人（已落实去向111人）。"):
        assert _values(read, sentence) == [("115人", "agrees", ""), ("111人", "agrees", "")], sentence


def test_a_wrong_count_or_sub_count_is_still_found(read):
    assert _values(read, "机械工程系女生115人（落实去向110人）。") == [("115人", "agrees", ""),
                                                                ("110人", "contradicts", "111 人")]
    assert _values(read, "机械工程系女生117人（落实去向111人）。") == [("117人", "contradicts", "115 人"),
                                                                ("111人", "agrees", "")]
