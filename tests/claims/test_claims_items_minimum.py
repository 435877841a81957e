"""Every item above a bound where the data enter the items' minimum as a figure of its own (the example:
就业教育/服务各项满意度最低值 94.48%; the three items listed, 95.36%, 95.10%, 94.92%, are not all of them)."""
import pytest

from claims_helpers import per_line


def bound(records):
    return [(r.verdict, r.expected) for r in records if r.claim.kind == "vague"]


@pytest.mark.parametrize("sentence", [
    "就业教育/服务各项满意度均在94%以上。",
    "毕业生对就业教育/服务的各项满意度均不低于94%。",
    "毕业生对就业教育和服务各项的满意度均在94%以上。",
    "就业教育与服务各分项满意度都超过94.4%。",
])
def test_a_bound_below_the_minimum_agrees(read, sentence):
    (records,) = per_line(read(sentence), 1)
    assert bound(records) == [("agrees", "")]


@pytest.mark.parametrize("sentence", [
    "就业教育/服务各项满意度均在95%以上。",
    "就业教育/服务各分项满意度均超过94.9%。",
    "毕业生对就业教育和服务各项的满意度均不低于94.5%。",
])
def test_a_bound_above_the_minimum_is_found(read, sentence):
    (records,) = per_line(read(sentence), 1)
    assert bound(records) == [("contradicts", "94.48%")]


@pytest.mark.parametrize("sentence, verdict, expected", [
    ("毕业生对就业教育/服务的评价较高，各项满意度均在94%以上。", "agrees", ""),
    ("毕业生对就业教育和服务的满意度较高，各分项满意度均超过94%。", "agrees", ""),
    ("毕业生对就业教育/服务的评价较高，各项满意度均在95%以上。", "contradicts", "94.48%"),
])
def test_what_is_rated_may_be_named_in_the_clause_before(read, sentence, verdict, expected):
    (records,) = per_line(read(sentence), 1)
    assert bound(records) == [(verdict, expected)]


def test_a_rated_thing_with_no_minimum_figure_is_left_unverifiable(read):
    (records,) = per_line(read("毕业生对母校的评价较高，各项满意度均在95%以上。"), 1)
    assert bound(records) == [("unverifiable", "")]
