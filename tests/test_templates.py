"""Any province, any level: templates are data; a new college finds its way (issue 12)."""
import csv
import json
import re

import pytest
from typer.testing import CliRunner

from nianbao.checks import run_checks
from nianbao.cli import app
from nianbao.document.build import build_document
from nianbao.errors import BuildError
from nianbao.pipeline import build_report
from nianbao.project import open_project
from project_helpers import EXAMPLE, make_project

runner = CliRunner()
NATIONAL_ORDER = ["人才培养", "服务贡献", "文化传承", "国际合作", "产教融合", "发展保障", "面临挑战"]
GRADS = [["男", "汉族", "天津市", "机械工程系", "数控技术", "签劳动合同形式就业"],
         ["女", "汉族", "河北省", "机械工程系", "数控技术", "待就业"],
         ["男", "回族", "天津市", "机械工程系", "工业机器人技术", "境内升学"],
         ["女", "汉族", "天津市", "经济管理系", "大数据与会计", "自主创业"]]
MAJORS = [["460103", "数控技术", "机械工程系", "2010"], ["460305", "工业机器人技术", "机械工程系", "2016"],
          ["530302", "大数据与会计", "经济管理系", "2012"]]


def init(tmp_path, template="national-2024-higher"):
    result = runner.invoke(app, ["init", str(tmp_path / "x"), "--template", template, "--college", "某职业学院"])
    assert result.exit_code == 0, result.output
    return tmp_path / "x", result


def add_data(root):
    for name in ("graduates.csv", "majors.csv"):
        (root / "data" / name).write_bytes((EXAMPLE / "data" / name).read_bytes())
    text = (root / "report.toml").read_text(encoding="utf-8").replace('province = ""', 'province = "天津市"')
    (root / "report.toml").write_text(text, encoding="utf-8")


def test_national_higher_builds_in_the_national_order_with_the_appended_tables(tmp_path):
    root, _ = init(tmp_path)
    add_data(root)
    outputs = build_report(root, tmp_path / "out", ["html"])
    doc = outputs.result.document
    assert [s.title for s in doc.sections if s.label] == NATIONAL_ORDER
    assert doc.sections[-1].title == "附表 质量年报指标表"
    tables = doc.tables()
    assert [t.number for t in tables] == ["表1", "表2", "表3", "表4", "表5", "表6"]  # continuous numbering
    assert [t.caption for t in tables][:2] == ["2025 年计分卡", "2025 年学生反馈表"]
    scorecard = {row[0].text: row[2].text for row in tables[0].rows}
    assert scorecard["毕业生人数"] == "3337" and scorecard["毕业去向落实率"] == "90.89%"
    assert scorecard["毕业半年后月收入"] == "—"  # entered figure not entered yet
    html = outputs.files["html"].read_text(encoding="utf-8")
    toc = html[html.index('aria-label="表目录"'):html.index('aria-label="案例目录"')]
    assert "表1 2025 年计分卡" in toc and "表6 2025 年落实政策表" in toc
    assert not [f for f in outputs.findings if f.rule == "citation.uncited"]  # the chapter's lead cites them


def test_national_secondary_is_a_template_of_its_own(tmp_path):
    root, _ = init(tmp_path, "national-2024-secondary")
    add_data(root)
    doc = build_document(open_project(root)).document
    assert doc.meta.title == "中等职业教育质量年度报告"
    assert [s.title for s in doc.sections if s.label] == NATIONAL_ORDER
    assert len(doc.tables()) == 6


def test_stubs_list_the_indicators_tables_and_charts_of_their_section(tmp_path):
    root, result = init(tmp_path)
    stub = (root / "sections" / "1-talent" / "4-employment.md").read_text(encoding="utf-8")
    assert "  - placement_rate  毕业去向落实率，%" in stub
    assert "  - destinations  2025 届毕业生毕业去向分布" in stub
    assert "  - placement_by_department  2025 届各院系毕业生毕业去向落实率" in stub
    assert "{value}`毕业去向落实率[院系=某系]`" in stub and "nianbao indicators ." in stub


def test_init_and_build_say_what_is_missing_once(tmp_path):
    root, result = init(tmp_path)
    out = re.sub(r"\s+", "", result.output)
    for text in ("data/graduates.csv、data/majors.csv", "publication_url（年报公开网址）为空",
                 "[[authors]]（编写人员）还是占位内容", "必写章节还没有内容：一、人才培养就业质量"):
        assert out.count(text) == 1, text
    built = runner.invoke(app, ["build", str(root), "-o", str(tmp_path / "out"), "-f", "html"])
    assert built.exit_code == 0, built.output
    flat = re.sub(r"\s+", "", built.output)
    assert flat.count("publication_url（年报公开网址）为空") == 1
    assert flat.count("指定的数据文件不存在") == 0  # the data loader names each missing file instead, once
    assert flat.count("graduates=data/graduates.csv：文件不存在") == 1


def test_optional_section_dropped_with_its_heading_required_one_reported(tmp_path):
    sections = {"4-international/2-study.md": "来华留学生的学习生活。\n",
                "4-international/3-exchange.md": "交流互鉴。\n",
                "4-international/4-实践中心建设.md": "新建的实践中心。\n"}
    root = make_project(tmp_path / "p", GRADS, MAJORS, sections=sections)
    project = open_project(root)
    result = build_document(project)
    international = next(s for s in result.document.sections if s.title == "国际合作")
    # no 1-luban.md: 鲁班工坊 is optional, so no heading; the college's own section comes last
    assert [c.heading for c in international.children] == ["（一）留学(访学)天津", "（二）交流互鉴", "（三）实践中心建设"]
    findings = run_checks(project, result)
    missing = [f for f in findings if f.rule == "outline.missing_section"]
    assert not [f for f in missing if "鲁班工坊" in f.message]
    assert any(f.severity == "error" and "服务国家战略" in f.message for f in missing)


def test_destination_codes_import_like_names(tmp_path):
    root = make_project(tmp_path / "p", GRADS, MAJORS)
    rows = list(csv.reader((root / "data" / "graduates.csv").open(encoding="utf-8")))
    codes = {"签劳动合同形式就业": "11", "待就业": "70", "境内升学": "801", "自主创业": "75"}
    rows[0][rows[0].index("毕业去向")] = "毕业去向代码"
    coded = [rows[0]] + [r[:-1] + [codes[r[-1]]] for r in rows[1:]]
    named = build_document(open_project(root)).indicators.value("placement_rate")
    with (root / "data" / "graduates.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows(coded)
    ind = build_document(open_project(root)).indicators
    assert ind.value("placement_rate").display == named.display == "75.00%"
    assert ind.value("graduate_count", {"毕业去向": "境内升学"}).display == "1"  # 801 -> 80 升学


def test_value_accepts_the_chinese_name_and_suggests_it(tmp_path):
    sections = {"1-talent/4-employment.md": "机械工程系落实率为{value}`毕业去向落实率[院系=机械工程系]`。\n"}
    root = make_project(tmp_path / "p", GRADS, MAJORS, sections=sections)
    doc = build_document(open_project(root)).document
    employment = next(c for c in doc.sections[1].children if c.key == "employment")
    assert employment.blocks[0].text == "机械工程系落实率为66.67%。"
    (root / "sections" / "1-talent" / "4-employment.md").write_text("{value}`毕业去向落实律`\n", encoding="utf-8")
    with pytest.raises(BuildError) as err:
        build_document(open_project(root))
    assert "未知指标“毕业去向落实律”；最接近：毕业去向落实率（placement_rate）" in str(err.value)


def test_templates_and_indicators_commands(tmp_path):
    listed = runner.invoke(app, ["templates"], env={"COLUMNS": "200"})
    assert listed.exit_code == 0
    for template_id in ("national-2024-higher", "national-2024-secondary", "tianjin-2025"):
        assert template_id in listed.output
    rows = [json.loads(line) for line in runner.invoke(
        app, ["indicators", "--template", "national-2024-higher", "--json"]).output.splitlines()]
    income = next(r for r in rows if r["code"] == "monthly_income")
    assert (income["name"], income["unit"], income["category"]) == ("毕业半年后月收入", "元", "录入指标")
    assert income["definition"].startswith("毕业生毕业半年后的月平均收入")
    with_values = [json.loads(line) for line in runner.invoke(
        app, ["indicators", str(EXAMPLE), "--json"]).output.splitlines()]
    by_code = {r["code"]: r for r in with_values}
    assert by_code["placement_rate"]["value"] == "90.89%" and by_code["training_income"]["value"] == "44.02"
    assert by_code["origin_scope"]["category"] == "维度"


def test_every_template_offers_the_same_words_for_the_same_indicator_codes():
    """The claim engine reads prose with the template's words: a college on the national template
    must be read as well as one on tianjin's (落实去向毕业生 for placed_count)."""
    from nianbao.claims.vocabulary import template_vocabulary
    from nianbao.template import load_template

    def words(template_id):
        vocab = template_vocabulary(load_template(template_id))
        measures = {(w, m.key) for w, m in vocab.measures.items()}
        return measures

    tianjin = words("tianjin-2025")
    for template_id in ("national-2024-higher", "national-2024-secondary"):
        template = load_template(template_id)
        shared = set(template.indicators)
        measures = words(template_id)
        assert {x for x in tianjin if x[1] in shared} <= measures, template_id
        assert ("落实去向毕业生", "placed_count") in measures
