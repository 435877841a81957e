"""Growth phrasing: the base period named as reports name it (与上一年度相比, 较上年同期, 比 2024 年,
（与 2024 年相比） after the figure), 比…多/少 as an absolute change, and a base year that is not the
year of the figure after it."""
from claims_helpers import only, per_line


def test_the_base_period_wherever_it_is_named(read):
    previous, same_period, bracket = per_line(read(
        "2025年培训到账经费44.02万元，与上一年度相比增长了8.17%。",
        "2025年非学历培训学时3717学时，较上年同期增长194.53%。",
        "横向技术服务到款额增长率为627.2%（与2024年相比）。"), 3)
    assert (only(previous, "growth").verdict, only(previous, "growth").expected) == ("contradicts", "18.17%")
    assert only(same_period, "growth").verdict == "agrees"
    assert only(bracket, "growth").verdict == "agrees"


def test_more_or_fewer_than_the_period_before_is_the_change(read):
    more, fewer = per_line(read("非学历培训项目数2025年比上一年多96项。", "知识产权项目数量比2024年少2项。"), 2)
    assert only(more, "growth").verdict == "agrees"  # 34 -> 130
    assert (only(fewer, "growth").verdict, only(fewer, "growth").expected) == ("contradicts", "3 项")


def test_a_base_year_is_not_the_year_of_the_figure_after_it(read):
    (records,) = per_line(read("培训到账经费比2024年增长18.17%，达到44.02万元。"), 1)
    assert only(records, "value").verdict == "agrees"  # 2025's amount, not 2024's 37.25
    assert only(records, "growth").verdict == "agrees"


def test_a_rate_of_growth_named_with_no_base_period_is_yearly(read):
    rate, spread = per_line(read("横向技术服务到款额增幅达527.2%。", "近三年横向技术服务到款额增幅达627.2%。"), 2)
    growth = [r for r in rate if r.claim.kind == "growth"]
    assert [(r.verdict, r.expected) for r in growth] == [("contradicts", "627.20%")]
    assert [r.verdict for r in spread if r.claim.kind == "growth"] == ["unverifiable"]  # over three years: not 2025/2024


def test_increased_to_times_of_a_year_is_a_ratio(read):
    (records,) = per_line(read("非学历培训项目数增加到上年的4.82倍。"), 1)
    growth = [r for r in records if r.claim.kind == "growth"]
    assert [(r.verdict, r.expected) for r in growth] == [("contradicts", "3.82 倍")]


def test_this_years_change_after_an_earlier_years_figure(read):
    """"2024 届…为 90.50%，本届提高 0.39 个百分点": 本届/今年 is the report's year, the change is over
    the earlier figure the sentence states (90.50 % → 90.89 %)."""
    right, wrong = per_line(read("2024 届毕业生毕业去向落实率为 90.50%，本届提高 0.39 个百分点。",
                                 "2024 届毕业生毕业去向落实率为 90.50%，今年提高 0.59 个百分点。"), 2)
    assert only(right, "growth").verdict == "agrees"
    assert (only(wrong, "growth").verdict, only(wrong, "growth").expected) == ("contradicts", "0.39 个百分点")


def test_this_years_change_in_a_report_without_last_years_data(tmp_path):
    """In audit the earlier figure is the sentence's own; this year's is the report's table."""
    from nianbao.pipeline import audit_claims
    path = tmp_path / "r.md"
    path.write_text("星河职业技术学院 2025 年质量年度报告\n\n# 一、人才培养\n\n表 1 毕业去向落实情况\n\n| 项目 | 毕业生数 | 落实人数 | 毕业去向落实率 |\n| --- | --- | --- | --- |\n"
                    "| 合计 | 1612 | 1517 | 94.11% |\n\n数据来源：就业管理系统\n\n"
                    "2024 届毕业生毕业去向落实率为 93.85%，本届提高 0.36 个百分点，详见表 1。\n", encoding="utf-8")
    growth = next(r for r in audit_claims(path) if r.kind == "growth")
    assert (growth.verdict, growth.expected) == ("contradicts", "0.26 个百分点")


def test_a_base_year_of_a_multiple_is_not_the_year_of_the_next_growth(read):
    """"2025 年…36.36 万元，是 2024 年的 7.27 倍，较 2023 年增长 N 倍": the second growth is 2023 → 2025
    (2.57 → 36.36 万元, 增长 13.15 倍), 2024 being the first one's base."""
    right, wrong = per_line(read("2025年横向技术服务到款额36.36万元，是2024年的7.27倍，较2023年增长13.15倍。",
                                 "2025年横向技术服务到款额36.36万元，是2024年的7.27倍，较2023年增长2.16倍。"), 2)
    assert [r.verdict for r in right if r.kind == "growth"] == ["agrees", "agrees"]
    second = [r for r in wrong if r.kind == "growth"][1]
    assert (second.verdict, second.expected, second.claim.year) == ("contradicts", "13.15 倍", 2025)


def test_the_direction_of_from_to_is_the_verbs(read):
    """"由 30 天缩短到 21 天" is a fall the verb states; a bare 到 states no direction."""
    shorter, wrong, bare = per_line(read("毕业生平均求职周期由 30 天缩短到 21 天。", "毕业生平均求职周期由 21 天缩短到 30 天。",
                                         "横向技术服务到款额从 36.36 万元到 5 万元。"), 3)
    assert only(shorter, "growth").verdict == "unverifiable"  # no data on 求职周期, and no wrong direction
    assert (only(wrong, "growth").verdict, only(wrong, "growth").note) == ("contradicts", "方向不对")
    assert only(bare, "growth").note != "方向不对"
