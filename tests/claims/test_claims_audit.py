"""Audit: the claim engine reads a published report (Markdown/TXT through the audit reader) and
checks its prose against the report's own tables and its other statements."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from nianbao.cli import app
from nianbao.pipeline import audit, audit_claims

REPORT = """# 一、人才培养

## （一）高质就业

学院 2025 届毕业生共 400 人，分布在两个系。各系去向落实率见表 1-1。

表 1-1 各院系毕业去向落实率

| 院系 | 毕业生人数 | 落实人数 | 毕业去向落实率 |
| --- | --- | --- | --- |
| 机械系 | 250 | 230 | 92.00% |
| 信息系 | 150 | 132 | 88.00% |
| 合计 | 400 | 362 | 90.50% |

数据来源：学院就业管理系统

机械系毕业生 260 人，毕业去向落实率为 93.00%，信息系为 88.00%。

# 二、服务贡献

## （一）服务行业

技术服务到款情况见表 2-1。

表 2-1 技术服务情况

| 指标 | 2023 年 | 2024 年 | 2025 年 |
| --- | --- | --- | --- |
| 横向技术服务到款额（万元） | 2.57 | 5 | 36.36 |

数据来源：学院科研处

横向技术服务到款额 2025 年较 2024 年增长 9.5 倍，2024 年较 2023 年增长 94.55%。

# 三、发展保障

## （一）师资队伍

2025 届毕业生中男生 300 人，占毕业生总数的 80.00%；女生 100 人，占 25.00%。

学院共有教职工 377 人，其中专任教师 295 人、行政人员 60 人、教辅人员 30 人。

全国高职院校毕业去向落实率为 87.50%。
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    path = tmp_path_factory.mktemp("claims") / "report.md"
    path.write_text(REPORT, encoding="utf-8")
    return path


def line_of(text: str) -> int:
    return next(i for i, line in enumerate(REPORT.splitlines(), start=1) if line.startswith(text))


def records_on(records, text, kind):
    return [r for r in records if r.claim.location.line == line_of(text) and r.claim.kind == kind]


def test_claims_against_the_reports_own_tables(report):
    records = audit_claims(report, display_name="report.md")
    count, rate, other = records_on(records, "机械系毕业生", "value")
    assert (count.verdict, count.expected, count.fact.reference) == ("contradicts", "250 人", "表 1-1 第 1 行“毕业生人数”")
    assert (rate.verdict, rate.expected) == ("contradicts", "92.00%")
    assert (other.claim.scope, other.verdict) == ({"院系": "信息系"}, "agrees")
    growth, percent = records_on(records, "横向技术服务到款额", "growth")
    assert (growth.verdict, growth.expected) == ("contradicts", "6.27 倍")
    assert percent.verdict == "agrees"  # 2.57 -> 5: +94.55%
    total, departments = sorted(records_on(records, "学院 2025 届毕业生共", "value"), key=lambda r: r.claim.start)
    assert (departments.verdict, departments.fact.display) == ("agrees", "2")  # the 院系 the table lists
    assert (total.verdict, total.fact.display) == ("agrees", "400 人")  # the 合计 row
    national = records_on(records, "全国高职院校", "value")[0]
    assert national.verdict == "not_ours"


def test_share_from_counts_in_other_chapters_and_parts_after_their_total(report):
    records = audit_claims(report, display_name="report.md")
    male, female = records_on(records, "2025 届毕业生中男生", "share")
    assert (male.verdict, male.expected) == ("contradicts", "75.00%")  # 300 / 400, the 400 of chapter one
    assert female.verdict == "agrees"
    parts = records_on(records, "学院共有教职工", "subparts")[0]
    assert parts.verdict == "contradicts" and parts.fact.display == "385人"


def test_findings_and_cli(report):
    _, findings = audit(report, display_name="report.md")
    rules = {(f.rule, f.locations[0].line) for f in findings if f.severity == "error"}
    assert {("prose.table_mismatch", line_of("机械系毕业生")), ("claim.growth", line_of("横向技术服务到款额")),
            ("claim.share", line_of("2025 届毕业生中男生")), ("claim.total", line_of("学院共有教职工"))} <= rules
    out = CliRunner().invoke(app, ["audit", str(report), "--claims", "--format", "json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.output)
    assert {"file", "line", "excerpt", "kind", "scope", "measure", "value", "fact", "verdict", "expected"} <= set(data[0])
    wrong = [d for d in data if d["verdict"] == "contradicts" and d["kind"] == "value"]
    assert wrong[0]["value"] == "260 人" and wrong[0]["fact"]["value"] == "250 人"


def test_a_members_value_after_its_superlative_is_not_the_colleges(tmp_path):
    """No table names the departments: "机械工程系落实率最高，为 94.25%" is a department's rate, not a
    second figure for the college's 90.89% (a false prose.inconsistent on pdftotext -layout text)."""
    report = tmp_path / "r.txt"
    report.write_text("一、人才培养\n\n学院坚持以学生为中心，持续推进就业指导和职业规划教育，拓展校企合作渠道，"
                      "开展多种形式的招聘活动，服务毕业生高质量充分就业。学院还建立了就业困难学生帮扶台账，"
                      "实行一人一策的精准帮扶，组织校友企业专场双选会，提高岗位与专业的匹配程度。\n\n"
                      "本届毕业生共 3337 人，毕业去向落实率为 90.89%。\n\n"
                      "分院系看，机械工程系落实率最高，为 94.25%。\n", encoding="utf-8")
    records = {r.claim.value: r for r in audit_claims(report)}
    assert records["94.25%"].verdict == "unverifiable"
    assert "机械工程" in records["94.25%"].note
    assert not [f for f in audit(report)[1] if f.rule == "prose.inconsistent"]


@pytest.mark.parametrize("growth, verdict, expected", [
    ("较上年增长 4.65%", "agrees", ""),
    ("较上年增长 6.5%", "contradicts", "4.65%"),
    ("较 2024 年增长 0.05 倍", "agrees", ""),
])
def test_a_growth_after_two_years_figures_of_a_quantity_no_table_names(tmp_path, growth, verdict, expected):
    """The report's own figures decide a growth stated right after them, whatever the quantity:
    5015 → 5248 is 4.65 % (0.05 倍)."""
    path = tmp_path / "r.md"
    path.write_text("# 一、人才培养\n\n2024 年全日制在校生 5,015 人，2025 年全日制在校生 5,248 人，"
                    f"{growth}，生源结构持续优化。\n", encoding="utf-8")
    record = next(r for r in audit_claims(path) if r.kind == "growth")
    assert (record.verdict, record.expected) == (verdict, expected)


def test_a_growth_after_figures_of_two_quantities_is_not_computed_from_them(tmp_path):
    path = tmp_path / "r.md"
    path.write_text("# 一、人才培养\n\n2024 年招收新生 1,800 人，2025 年毕业生 2,000 人，较上年增长 30%。\n",
                    encoding="utf-8")
    record = next(r for r in audit_claims(path) if r.kind == "growth")
    assert record.verdict == "unverifiable"


def test_a_column_headed_by_department_is_the_department_dimension(tmp_path):
    """系别 ("by 系") heads the column of departments: the rate stated for one is checked against its row."""
    path = tmp_path / "r.md"
    path.write_text("# 一、人才培养\n\n表 1 各系毕业去向落实情况\n\n| 系别 | 毕业生数 | 落实率 |\n| --- | --- | --- |\n"
                    "| 汽车工程系 | 367 | 95.37% |\n| 轨道交通系 | 337 | 96.74% |\n\n数据来源：就业管理系统\n\n"
                    "汽车工程系毕业去向落实率为 96.37%，见表 1。\n", encoding="utf-8")
    record = next(r for r in audit_claims(path) if r.claim.value == "96.37%")
    assert (record.claim.scope, record.verdict, record.expected) == ({"院系": "汽车工程系"}, "contradicts", "95.37%")


def test_one_count_stated_differently_after_a_conjunction(tmp_path):
    """"…，而专任教师仅 463 人" names 专任教师 as "学院现有专任教师 436 人" does: one quantity stated two ways,
    nothing deciding, is reported once with both places."""
    path = tmp_path / "r.md"
    filler = "学院坚持立德树人，深化产教融合，推进课程、教材和教法改革，人才培养质量稳步提升，服务区域发展的能力持续增强。"
    path.write_text(f"# 一、人才培养\n\n{filler}学院现有教职工 582 人，其中专任教师 436 人。\n\n# 二、挑战\n\n"
                    f"{filler}在校生规模持续扩大，而专任教师仅 463 人，师资总量仍有差距。\n", encoding="utf-8")
    found = [f for f in audit(path)[1] if f.rule == "prose.inconsistent"]
    assert [[loc.line for loc in f.locations] for f in found] == [[3, 7]]


LEVELS = ("# 一、人才培养\n\n表 1-1 2023—2025年全日制在校生规模\n\n| 层次 | 2023年 | 2024年 | 2025年 |\n| --- | --- | --- | --- |\n"
          "| 本科层次 | 3,860 | 5,120 | 6,480 |\n| 专科层次 | 8,940 | 7,860 | 6,920 |\n| 合计 | 12,800 | 12,980 | 13,400 |\n\n"
          "数据来源：发展规划处\n\n2025年学校本科层次在校生6,480人，较2023年增长{growth}，见表 1-1。\n")


@pytest.mark.parametrize("growth, verdict", [("67.88%", "agrees"), ("69.88%", "contradicts")])
def test_a_label_column_whose_members_end_with_its_header_is_a_dimension(tmp_path, growth, verdict):
    """层次 over 本科层次、专科层次: the report's own classification; 本科层次 named in the text is that row
    (3860 → 6480 = +67.88 %), not the 合计 (12800 → 13400)."""
    path = tmp_path / "r.md"
    path.write_text(LEVELS.format(growth=growth), encoding="utf-8")
    record = next(r for r in audit_claims(path) if r.kind == "growth")
    assert (record.claim.scope, record.verdict) == ({"层次": "本科层次"}, verdict)


def test_points_of_a_share_are_not_computed_from_its_counts(tmp_path):
    """"财政拨款占总收入的比例为 71.30%，较2023年（70.41%）提高0.89个百分点": the table gives the amounts
    (28460 → 33680 万元), not the shares: no 5220 个百分点."""
    path = tmp_path / "r.md"
    path.write_text("# 一、经费\n\n表 1 经费收入\n\n| 项目 | 2023年 | 2025年 |\n| --- | --- | --- |\n"
                    "| 财政拨款 | 28,460 | 33,680 |\n| 事业收入 | 9,840 | 10,920 |\n\n数据来源：财务处\n\n"
                    "2025年财政拨款占总收入的比例为71.30%，较2023年（70.41%）提高0.89个百分点，见表 1。\n", encoding="utf-8")
    assert [r.verdict for r in audit_claims(path) if r.kind == "growth"] == ["unverifiable"]


def test_the_size_of_a_list_before_its_noun_is_no_value_of_a_listed_measure(tmp_path):
    """"专业、课程、教师、学生四个层面": four items named, counted as 层面; not a count of majors (开设 16 个)."""
    path = tmp_path / "r.md"
    path.write_text("# 一、人才培养\n\n学院开设 16 个专业。学院建立专业、课程、教师、学生四个层面的内部质量保证体系。\n",
                    encoding="utf-8")
    four = next(r for r in audit_claims(path, "national-2024-higher") if r.claim.value == "四个")
    assert (four.claim.measure, four.verdict) == (None, "unverifiable")


def test_a_row_labelled_by_an_alias_gives_the_measures_facts(tmp_path):
    """落实率 (an alias of 毕业去向落实率, word for word) over 2023届…2025届 columns: the years' rates
    decide "比2024届提高 0.65 个百分点" (94.42 % → 94.98 % is 0.56)."""
    path = tmp_path / "r.md"
    path.write_text("# 一、人才培养\n\n表 1 毕业去向落实情况\n\n| 项目 | 2023届 | 2024届 | 2025届 |\n| --- | --- | --- | --- |\n"
                    "| 毕业生数（人） | 1,862 | 1,937 | 2,051 |\n| 落实率 | 93.88% | 94.42% | 94.98% |\n\n数据来源：招生就业处\n\n"
                    "2025届毕业生毕业去向落实率为94.98%，比2024届提高0.65个百分点，见表 1。\n", encoding="utf-8")
    growth = next(r for r in audit_claims(path, "national-2024-higher") if r.kind == "growth")
    assert (growth.verdict, growth.expected) == ("contradicts", "0.56 个百分点")
