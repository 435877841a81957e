"""Batch audit: many reports in parallel, one summary row each (XLSX opened by LibreOffice, HTML)."""
from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
import fixtures  # noqa: E402

from nianbao.cli import app  # noqa: E402

runner = CliRunner()
FORMULA = "=HYPERLINK(1+2).txt"
SCRIPT = "<img src=x onerror=alert(1)>.txt"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    d = tmp_path_factory.mktemp("province")
    (d / "a-college.txt").write_text(fixtures.to_txt(), encoding="utf-8")
    (d / FORMULA).write_text(fixtures.to_txt(), encoding="utf-8")
    (d / SCRIPT).write_text(fixtures.to_txt(), encoding="utf-8")
    (d / "scanned.txt").write_bytes(b"")
    (d / "notes.xls").write_text("ignored: not a report type")
    return d


def test_batch_xlsx_rows_findings_and_neutralised_strings(folder, tmp_path):
    from openpyxl import load_workbook
    out = tmp_path / "summary.xlsx"
    result = runner.invoke(app, ["audit", str(folder), "--summary", str(out), "--jobs", "2"])
    assert result.exit_code == 1, result.output  # reports with errors, one unreadable
    assert "共 4 份报告：有错误 3 份，无法读取 1 份" in result.output
    book = load_workbook(out)
    assert book.sheetnames == ["报告汇总", "全部问题"]
    rows = list(book["报告汇总"].iter_rows(values_only=True))
    assert rows[0][:4] == ("状态", "学院", "文件", "页数")
    first = rows[1]  # the unreadable report comes first: it needs attention most
    assert first[0] == "无法读取" and first[2].endswith("scanned.txt")
    assert first[-1] == f"未识别出报告内容：{folder / 'scanned.txt'}（文件中没有文字）"
    college = [r for r in rows[1:] if r[2].endswith("a-college.txt")][0]
    assert college[0] == "有错误" and college[1] == "示范职业技术学院"
    assert college[6:9] == (2, 3, 1)  # tables, figures, cases recognised
    assert college[10] >= 4 and "表格数字" in college[13]
    formula = book["报告汇总"].cell(row=[r[2] for r in rows].index(str(folder / FORMULA)) + 1, column=3)
    assert formula.data_type == "s" and formula.value == str(folder / FORMULA)
    findings = list(book["全部问题"].iter_rows(values_only=True))
    assert findings[0] == ("学院", "文件", "级别", "规则", "章节", "位置", "说明", "原文摘录", "建议")
    subtotal = [r for r in findings if r[1].endswith("a-college.txt") and r[3] == "table.subtotal"]
    assert subtotal and subtotal[0][5] == f"第 {fixtures.txt_line('表 1-1')} 行"


def test_formula_cell_gets_quote_prefix(tmp_path):
    from openpyxl import load_workbook
    from nianbao.audit import AuditResult
    from nianbao.audit.summary import write_summary
    out = write_summary([AuditResult("=1+2", error="@SUM(A1)"), AuditResult("+cmd|' /C calc'!A0", error="-2+3")],
                        tmp_path / "s.xlsx")
    sheet = load_workbook(out)["报告汇总"]
    cells = [sheet.cell(r, c) for r in (2, 3) for c in (3, 15)]
    assert sorted(c.value for c in cells) == sorted(["=1+2", "@SUM(A1)", "+cmd|' /C calc'!A0", "-2+3"])
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)


@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice not installed")
def test_summary_opens_in_libreoffice_calc(folder, tmp_path):
    out = tmp_path / "summary.xlsx"
    runner.invoke(app, ["audit", str(folder), "--summary", str(out)])
    subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless", "--convert-to",
                    "csv:Text - txt - csv (StarCalc):44,34,76",
                    "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=120)
    with open(tmp_path / "summary.csv", encoding="utf-8", errors="replace") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:3] == ["状态", "学院", "文件"] and len(rows) == 5
    assert any(r[2] == str(folder / FORMULA) for r in rows)  # shown as text, not evaluated


def test_batch_html_escaped_and_json_contract(folder, tmp_path):
    out = tmp_path / "summary.html"
    result = runner.invoke(app, ["audit", str(folder / "a-college.txt"), str(folder / SCRIPT),
                                 "--summary", str(out), "--jobs", "1"])
    html = out.read_text(encoding="utf-8")
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;.txt" in html
    assert "共 2 份报告：有错误 2 份。" in html
    import json
    result = runner.invoke(app, ["audit", str(folder), "--format", "json"])
    data = json.loads(result.stdout)
    assert [Path(d["file"]).name for d in data] == sorted(["a-college.txt", FORMULA, SCRIPT, "scanned.txt"])
    readable = [d for d in data if not d["error"]][0]
    assert {"rule", "severity", "message", "locations", "values", "suggestion"} <= set(readable["findings"][0])
    assert readable["recognised"]["tables"] == 2
