"""Dates (claims/dates.py): the cut-off and the bracketed period make a figure's year wherever
they stand; a year without data is "cannot verify", a date alone is no claim."""
from claims_helpers import only, per_line

from nianbao.claims.dates import find_cutoff, period_after, same_date
from nianbao.text import find_years, normalize


def test_cutoffs_as_reports_write_them():
    assert find_cutoff("截止2025年8月31日，…").value == "2025 年 8 月 31 日"
    assert find_cutoff("到2024年底，学院…").value == "2024 年 12 月 31 日"
    assert find_cutoff("截至2025年年末，…").value == "2025 年 12 月 31 日"
    assert find_cutoff("截止到2025年2月底，…").value == "2025 年 2 月 28 日"
    assert find_cutoff(normalize("截至２０２５年９月，…")).value == "2025 年 9 月"
    assert find_cutoff("截至二〇二五年八月三十一日，…").value == "2025 年 8 月 31 日"
    assert find_cutoff("数据统计到2025年8月31日").year == 2025


def test_a_span_or_a_growth_to_a_date_is_no_cutoff():
    assert find_cutoff("2023年至2025年底，累计…") is None
    assert find_cutoff("在校生由9120人增加到2025年底的9410人") is None
    assert find_cutoff("截至2025年2月30日") is None  # no such day


def test_chinese_numeral_years_are_years():
    assert [y for y, _, _ in find_years("二〇二四年和二零二五届")] == [2024, 2025]
    assert find_years("一二三年") == []


def test_a_bracket_holding_only_a_period_gives_the_figure_its_year():
    text = "在校生9120人（截止2024年12月31日）"
    assert period_after(text, text.index("人") + 1) == 2024
    text = "落实率为90.89%（2024届为89.69%）"
    assert period_after(text, text.index("%") + 1) is None  # another figure in the bracket


def test_a_coarser_cutoff_is_the_same_date():
    assert same_date("2025 年 9 月", "2025 年 9 月 30 日")
    assert not same_date("2025 年 9 月", "2025 年 8 月 31 日")


def test_the_cutoff_or_cohort_after_the_figure_is_its_year(read):
    bracket, cohort, cn, current = per_line(read(
        "学院专任教师301人（截至2024年底）。", "毕业去向落实率为93.12%（2024届）。",
        "截至二〇二五年八月三十一日，学院毕业去向落实率为93.12%。", "学院专任教师301人（截至2025年底）。"), 4)
    assert (only(bracket, "value").verdict, only(bracket, "value").claim.year) == ("unverifiable", 2024)
    assert only(cohort, "value").verdict == "unverifiable"
    assert (only(cn, "value").verdict, only(cn, "value").expected) == ("contradicts", "90.89%")
    assert (only(current, "value").verdict, only(current, "value").expected) == ("contradicts", "295 人")


def test_a_date_alone_is_no_claim_and_cutoffs_of_one_figure_agree_at_their_precision(read):
    alone, month, day = per_line(read(
        "截至2025年8月31日。", "截止2025年9月，学院全日制在校生9410人。", "学院全日制在校生9410人（截至2025年9月30日）。"), 3)
    assert alone == []
    assert only(month, "date").verdict == "agrees"
    assert only(day, "date").verdict == "agrees"
    month, late = per_line(read("截止2025年9月，学院全日制在校生9410人。", "截至2025年12月31日，全日制在校生9410人。"), 2)
    assert (only(late, "date").verdict, only(late, "date").expected) == ("contradicts", "2025 年 9 月")


def test_a_total_over_two_cohorts_is_no_fact_of_either(read):
    total, counts = per_line(read("2024届和2025届毕业生合计6500人。", "2024届毕业生3200人，2025届毕业生3337人。"), 2)
    assert [r.verdict for r in total if r.claim.kind == "value"] == ["unverifiable"]
    assert [r.verdict for r in counts if r.claim.kind == "value"] == ["unverifiable", "agrees"]  # not 6500
