"""A growth after two years' figures of one quantity is over those figures in whichever order the
sentence states them, and a clause about 上年 is the year before the one named. Sentences of our own
with the example's figures: 非学历培训学时 2024 1262, 2025 3717 (+194.53%)."""
import pytest

from claims_helpers import per_line


def verdicts(records):
    return sorted((r.claim.kind, r.verdict, r.expected or "") for r in records)


@pytest.mark.parametrize("sentence, growth", [
    ("2025年非学历培训学时为3717学时，2024年为1262学时，同比增长194.53%。", ("growth", "agrees", "")),
    ("2025 年非学历培训学时为 3717 学时，2024 年为 1262 学时，同比增长 149.53%。", ("growth", "contradicts", "194.53%")),
    ("非学历培训学时2025年为3717学时，2024年为1262学时，增长194.53%。", ("growth", "agrees", "")),
    ("非学历培训学时2024年为1262学时，2025年为3717学时，同比增长149.53%。", ("growth", "contradicts", "194.53%")),
])
def test_a_growth_after_the_later_year_stated_first(read, sentence, growth):
    """Was read as 2024 over 2023 (2556 → 1262), "实为减少", whatever the stated rate."""
    (records,) = per_line(read(sentence), 1)
    assert verdicts(records) == sorted([growth, ("value", "agrees", ""), ("value", "agrees", "")])


@pytest.mark.parametrize("sentence, expected", [
    ("非学历培训学时2025年3717学时，上年1262学时。", [("value", "agrees", ""), ("value", "agrees", "")]),
    ("非学历培训学时2025年3717学时，上年为1226学时。", [("value", "agrees", ""), ("value", "contradicts", "1262 学时")]),
])
def test_a_clause_about_last_year(read, sentence, expected):
    """1262 was checked against 2025's 3717."""
    (records,) = per_line(read(sentence), 1)
    assert verdicts(records) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("2024年和2025年公益项目培训学时分别为930学时和2485学时。", [("value", "agrees", ""), ("value", "agrees", "")]),
    ("2024 年和 2025 年公益项目培训学时分别为 2485 学时和 930 学时。",
     [("value", "contradicts", "2485 学时"), ("value", "contradicts", "930 学时")]),
])
def test_two_years_joined_by_和_before_分别(read, sentence, expected):
    """2025 joined by 和 was taken for a base year (与/和 X 相比), so 2485 was checked as 2024's (930)."""
    (records,) = per_line(read(sentence), 1)
    assert verdicts(records) == expected
