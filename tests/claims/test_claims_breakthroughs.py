""""实现零的突破" with a year: the figure is above 0 that year and was 0 in every earlier year the data hold
(the example: 技术产权交易收入 0, 0, 22 万元 in 2023-2025; 纵向科研经费到款额 0, 4.8, 3 万元; 知识产权项目数量
5, 7, 4 项)."""
import pytest

from claims_helpers import per_line


def breakthrough(records):
    return [(r.claim.year, r.verdict, r.expected) for r in records if r.claim.detail.get("breakthrough")]


@pytest.mark.parametrize("sentence, year", [
    ("2025年技术产权交易收入实现零的突破。", 2025),
    ("学院技术产权交易收入在2025年实现了“零”的突破，达到22万元。", 2025),
    ("2024年，学院纵向科研经费到款额首次实现零的突破，达4.8万元。", 2024),
    ("技术产权交易收入实现零的突破。", None),
    ("公益项目培训学时2024年取得零的突破。", 2024),
])
def test_the_first_year_above_zero_agrees(read, sentence, year):
    (records,) = per_line(read(sentence), 1)
    assert breakthrough(records) == [(year, "agrees", "")]
    assert "contradicts" not in {r.verdict for r in records}


@pytest.mark.parametrize("sentence, expected", [
    ("2024年技术产权交易收入实现零的突破。", "2024 年仍为 0"),
    ("2025年纵向科研经费到款额实现零的突破。", "2024 年"),
    ("知识产权项目数量2025年实现了零的突破。", "2023 年或更早"),
])
def test_a_wrong_year_is_found(read, sentence, expected):
    (records,) = per_line(read(sentence), 1)
    assert [(v, e) for _, v, e in breakthrough(records)] == [("contradicts", expected)]


def test_another_places_breakthrough_is_not_ours(read):
    (records,) = per_line(read("2024年，全市高职院校技术产权交易收入实现零的突破。"), 1)
    assert [r.verdict for r in records] == ["not_ours"]
