"""The second example (青岚职业技术学院, a made-up college on national-2024-higher) builds and
checks clean: continuous numbering, the national order, the appended indicator tables."""
import csv
import importlib.util
import re

from nianbao.pipeline import build_report
from project_helpers import REPO

QINGLAN = REPO / "examples" / "qinglan-vocational-2025"


def test_second_example_builds_and_checks_clean(tmp_path):
    outputs = build_report(QINGLAN, tmp_path, ["html", "docx"], check=True)
    doc = outputs.result.document
    assert [f for f in outputs.findings if f.severity in ("error", "warning")] == []
    assert outputs.result.warnings == []  # nothing missing: data, URL, authors, required sections
    assert [t.number for t in doc.tables()] == [f"表{i}" for i in range(1, 11)]
    assert [f.number for f in doc.figures()] == ["图1", "图2", "图3"] and doc.cases()[0].number == "案例1"
    assert [s.title for s in doc.sections if s.label] == ["人才培养", "服务贡献", "文化传承", "国际合作", "产教融合",
                                                         "发展保障", "面临挑战"]
    talent = doc.sections[1]
    assert [c.heading for c in talent.children] == ["（一）立德树人", "（二）在校体验", "（三）就业质量"]  # 技能成才 omitted
    scorecard = {row[0].text: row[2].text for row in doc.tables()[4].rows}
    assert scorecard["毕业生人数"] == "1340" and scorecard["毕业半年后月收入"] == "4216"
    html = outputs.files["html"].read_text(encoding="utf-8")
    assert re.search(r"健康护理学院为<span[^>]*>\d+\.\d\d%</span>", html)


def test_second_example_data_are_the_generator_output():
    """The committed roster is what scripts/make_data.py draws with its fixed seed (deterministic)."""
    spec = importlib.util.spec_from_file_location("make_data", QINGLAN / "scripts" / "make_data.py")
    make_data = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_data)
    with (QINGLAN / "data" / "graduates.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["学号", "性别", "民族", "生源地", "院系", "专业", "毕业去向"]
    assert rows[1:] == make_data.roster() and len(rows) == 1341
