"""Checks of a report project: the example checks clean; planted errors are found with their locations."""
from __future__ import annotations

import csv
import json
import shutil

import pytest
from checks_helpers import EXAMPLE, example_findings, rules_of  # noqa: F401 - fixture
from typer.testing import CliRunner

from nianbao.checks import format_json, format_text, run_checks
from nianbao.cli import app
from nianbao.project import open_project

PLANT_FILE = "sections/7-outlook/4-ai.md"
TYPED = "学院现有专任教师 314 人，结构持续优化。"
GROWTH = "横向技术服务到款额 2025 年较 2024 年增长 3 倍。"
MANUAL_TABLE = """
教师构成见{ref}`tab-planted`。

```{table}
:label: tab-planted
:caption: 测试用教师构成
:source: 学院人力资源部统计
部门,类别,人数
教学部门,专任教师,200
,兼职教师,30
,小计,240
```
"""


def _significant(findings):
    return {(f.rule, f.message) for f in findings if f.severity in ("error", "warning")}


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    root = tmp_path_factory.mktemp("planted") / "example"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns("out", ".nianbao"))
    path = root / PLANT_FILE
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.rstrip() + f"\n\n{TYPED}\n\n{GROWTH}\n{MANUAL_TABLE}", encoding="utf-8")
    lines = path.read_text(encoding="utf-8").splitlines()
    return run_checks(open_project(root)), {s: lines.index(s) + 1 for s in (TYPED, GROWTH)}, \
        lines.index("```{table}") + 1


def test_example_checks_without_errors(example_findings):
    errors = [f for f in example_findings if f.severity == "error"]
    assert not errors, format_text(errors)


def test_three_planted_errors_and_nothing_else(example_findings, planted):
    findings, lines, table_line = planted
    new = [f for f in findings if (f.rule, f.message) in _significant(findings) - _significant(example_findings)]
    assert sorted(f.rule for f in new) == ["claim.growth", "prose.data_mismatch", "table.subtotal"], format_text(new)
    where = {f.rule: (f.locations[0].file, f.locations[0].line) for f in new}
    assert where["prose.data_mismatch"] == (PLANT_FILE, lines[TYPED])
    assert where["claim.growth"] == (PLANT_FILE, lines[GROWTH])
    assert where["table.subtotal"] == (PLANT_FILE, table_line)
    mismatch = next(f for f in new if f.rule == "prose.data_mismatch")
    assert mismatch.values["data"] == "295 人" and "full_time_teacher" in mismatch.suggestion


def test_typed_number_that_matches_is_info_with_a_reference(tmp_path):
    root = tmp_path / "example"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns("out", ".nianbao"))
    path = root / PLANT_FILE
    path.write_text(path.read_text(encoding="utf-8") + "\n\n学院现有专任教师 295 人。机械工程系毕业去向落实率为 94.25%。"
                    "工业技术系毕业去向落实率为 80.00%。\n", encoding="utf-8")
    findings = run_checks(open_project(root))
    infos = [f for f in rules_of(findings, "prose.typed_number") if f.locations[0].file == PLANT_FILE]
    assert {f.values["indicator"] for f in infos} >= {"full_time_teacher", "placement_rate[院系=机械工程系]"}
    assert any("{value}`full_time_teacher`" in f.suggestion for f in infos)
    bad = [f for f in rules_of(findings, "prose.data_mismatch") if f.locations[0].file == PLANT_FILE]
    assert [f.values["indicator"] for f in bad] == ["placement_rate[院系=工业技术系]"]


def _edit_figures(root, changes: dict[tuple[str, str], dict]):
    path = root / "data" / "figures.csv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        row.update(changes.get((row["指标代码"], row["年份"]), {}))
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def test_data_rules_from_rules_toml(tmp_path):
    root = tmp_path / "example"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns("out", ".nianbao"))
    _edit_figures(root, {("associate_professor_teachers", "2025"): {"数值": "94"},
                         ("training_income", "2025"): {"数值": "44.02"}})
    findings = run_checks(open_project(root))
    senior = rules_of(findings, "data.senior_titles")
    assert len(senior) == 1 and senior[0].locations[0].file == "data/figures.csv"
    jumps = {f.values["indicator"] for f in rules_of(findings, "data.yoy_jump")}
    assert "horizontal_service_income" in jumps and "training_income" not in jumps
    # graduate rules hold on the synthetic roster: one rule, every department, no copies
    assert not rules_of(findings, "data.major_subtotal", "data.gender_total", "data.destination_total")


def test_cli_check_json_and_exit_code(planted, tmp_path):
    runner = CliRunner()
    clean = runner.invoke(app, ["check", str(EXAMPLE), "--format", "json"])
    assert clean.exit_code == 0, clean.output
    data = json.loads(clean.output)
    assert all(set(f) == {"rule", "severity", "message", "locations", "values", "suggestion"} for f in data)
    findings, _, _ = planted
    assert json.loads(format_json(findings))[0]["locations"][0]["file"]


def test_build_stops_on_errors_and_annotates(tmp_path):
    root = tmp_path / "example"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns("out", ".nianbao"))
    path = root / PLANT_FILE
    path.write_text(path.read_text(encoding="utf-8") + f"\n\n{TYPED}\n", encoding="utf-8")
    runner = CliRunner()
    stopped = runner.invoke(app, ["build", str(root), "-o", str(tmp_path / "out"), "-f", "html"])
    assert stopped.exit_code == 1 and not (tmp_path / "out" / "report.html").exists()
    built = runner.invoke(app, ["build", str(root), "-o", str(tmp_path / "out"), "-f", "html", "--allow-errors",
                                "--annotate"])
    assert built.exit_code == 0, built.output
    html = (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert "prose.data_mismatch" in html
