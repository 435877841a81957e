"""A count right after 已落实 (毕业生已落实 3033 人, 已落实就业去向毕业生 3033 人) is the placed graduates
(落实去向人数 3033), never all the graduates (3337)."""
from claims_helpers import per_line


def values(records):
    return [(r.value, r.measure, r.verdict, r.expected) for r in records if r.kind == "value" and "人" in r.value]


def test_the_verb_before_the_count(read):
    right, wrong = per_line(read("毕业生已落实3033人，落实率90.89%。", "毕业生已落实3043人，落实率90.89%。"), 2)
    assert values(right) == [("3033人", "落实去向人数", "agrees", "")]
    assert values(wrong) == [("3043人", "落实去向人数", "contradicts", "3033 人")]


def test_placed_in_work_named_before_the_graduates(read):
    (records,) = per_line(read("学院2025届已落实就业去向毕业生3033人。"), 1)
    assert values(records) == [("3033人", "落实去向人数", "agrees", "")]
