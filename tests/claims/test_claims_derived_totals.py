"""Totals of quantities the data derive or list: a department's graduates not placed (机械工程系 939 −
885 = 54, 智能技术系 75; both 129), named by a negated count word right before the people; entered
figures listed before a total when the first item is written short (订单培养 650 + 现代学徒制 115 +
现场工程师 11 = 776)."""
import pytest

from claims_helpers import per_line


def values(records):
    return [(r.value, r.verdict, r.expected) for r in records if r.kind == "value"]


@pytest.mark.parametrize("sentence,value,verdict,expected", [
    ("机械工程系未落实毕业去向的毕业生54人。", "54人", "agrees", ""),
    ("机械工程系未落实毕业生54人。", "54人", "agrees", ""),
    ("机械工程系未落实毕业去向的毕业生939人。", "939人", "contradicts", "54 人"),
    ("智能技术系尚未落实去向的毕业生共 57 人。", "57 人", "contradicts", "75 人"),
    ("机械工程系和智能技术系未落实毕业去向的毕业生合计129人。", "129人", "agrees", ""),
    ("机械工程系、智能技术系尚未落实去向的毕业生共有129人。", "129人", "agrees", ""),
    ("机械工程系和智能技术系未落实毕业去向的毕业生合计158人。", "158人", "contradicts", "129 人"),
    ("机械工程系与智能技术系未落实去向毕业生共计 139 人。", "139 人", "contradicts", "129 人"),
])
def test_graduates_not_placed_of_members(read, sentence, value, verdict, expected):
    (records,) = per_line(read(sentence), 1)
    assert values(records) == [(value, verdict, expected)]


@pytest.mark.parametrize("sentence,verdict,expected", [
    ("订单培养、现代学徒制和现场工程师共776人。", "agrees", ""),
    ("2025年，订单培养、现代学徒制和现场工程师共776人。", "agrees", ""),
    ("学院订单培养、现代学徒制、现场工程师人数合计776人。", "agrees", ""),
    # before, the total was checked against the two items the vocabulary knows whole (115 + 11 = 126)
    ("订单培养、现代学徒制和现场工程师共767人。", "contradicts", "776 人"),
    ("2025年，订单培养、现代学徒制和现场工程师合计 786 人。", "contradicts", "776 人"),
])
def test_a_list_of_figures_whose_first_item_is_written_short(read, sentence, verdict, expected):
    (records,) = per_line(read(sentence), 1)
    assert [(v, e) for _, v, e in values(records)] == [(verdict, expected)]
