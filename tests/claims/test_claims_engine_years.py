"""Each side of a change keeps its own year (claims/facts.py, verify.py): a survey entered without a
year has no earlier cohort, a value after 较 YYYY 年的 is that year's, 净增/净减 is a change over the
year before, and a fall (下降 X%) names the year before as its base."""
from claims_helpers import only, per_line


def test_a_survey_measure_against_the_previous_cohort_cannot_be_verified(read):
    alma, employers = per_line(read("毕业生母校满意度为95.87%，比上届提高0.5个百分点。",
                                    "用人单位对毕业生能力素质的满意度与上届相比上升2个百分点。"), 2)
    assert only(alma, "growth").verdict == "unverifiable"  # was 0.00 个百分点: 2025 against itself
    assert only(employers, "growth").verdict == "unverifiable"


def test_a_value_after_an_earlier_year_is_that_years(read):
    right, wrong = per_line(read("2025年知识产权项目数量为4项，较2024年的7项有所下降。",
                                 "2025年知识产权项目数量为4项，较2024年的9项有所回落。"), 2)
    assert [r.verdict for r in right] == ["agrees", "agrees"]
    earlier = [r for r in wrong if r.claim.value == "9项"][0]
    assert (earlier.claim.year, earlier.verdict, earlier.expected) == (2024, "contradicts", "7 项")


def test_a_net_change_is_this_year_minus_the_year_before(read):
    right, amount, no_period, fall = per_line(read(
        "2025年横向技术服务到款额较上年净增31.36万元。", "横向技术服务到款36.36万元，同比净增36.36万元。",
        "横向技术服务到款额净增31.36万元。", "知识产权项目数量较上年净减少4项。"), 4)
    assert only(right, "growth").verdict == "agrees"
    assert (only(amount, "growth").verdict, only(amount, "growth").expected) == ("contradicts", "31.36 万元")
    assert only(no_period, "growth").verdict == "agrees"
    assert (only(fall, "growth").verdict, only(fall, "growth").expected) == ("contradicts", "3 项")


def test_a_fall_is_over_the_year_before_with_the_earlier_value_as_base(read):
    right, new_base, rise = per_line(read("2025年纵向科研经费到款额下降37.5%。", "2025年纵向科研经费到款额降幅为60%。",
                                          "2025年纵向科研经费到款额较2024年增长37.5%。"), 3)
    assert only(right, "growth").verdict == "agrees"
    assert (only(new_base, "growth").verdict, only(new_base, "growth").expected) == ("contradicts", "37.50%")
    assert (only(rise, "growth").verdict, only(rise, "growth").expected) == ("contradicts", "实为减少")


def test_the_cut_off_of_a_figure_not_ours_is_not_compared_with_ours(read):
    city, ours = per_line(read("截至2025年8月31日，天津市高校毕业生毕业去向落实率为85%。",
                               "截至2025年12月31日，学院毕业去向落实率为90.89%。"), 2)
    assert only(city, "date").verdict == "not_ours"
    assert only(ours, "date").verdict != "contradicts"  # was: 12 月 31 日 against the city's 8 月 31 日
