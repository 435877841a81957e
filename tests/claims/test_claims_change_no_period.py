"""An amount right after a word of change (增加 6.77 万元) is a change, never the year's amount: with the
period named (较上年) it is checked as a growth; with none it is no claim on the figure's value."""
from claims_helpers import per_line


def claims(records):
    return [(r.kind, r.value, r.verdict, r.expected) for r in records]


def test_an_increase_with_no_period_is_not_the_years_amount(read):
    (records,) = per_line(read("2025年培训到账经费增加6.77万元。"), 1)
    assert claims(records) == []


def test_an_increase_over_the_last_year_is_checked_as_a_growth(read):
    right, wrong = per_line(read("2025年培训到账经费较上年增加6.77万元。", "2025年培训到账经费较上年增加7.77万元。"), 2)
    assert claims(right) == [("growth", "6.77万元", "agrees", "")]
    assert claims(wrong) == [("growth", "7.77万元", "contradicts", "6.77 万元")]
