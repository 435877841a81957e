"""The batch summary a commission reads: one row per report, then every finding with its location.

Written as XLSX (first sheet: the reports, most in need of attention first; second sheet: all
findings) or as one self-contained HTML page. Every string comes from a college's file, so
strings that a spreadsheet would run as a formula are stored as text with a quote prefix, and
HTML is escaped by the template engine.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import NianbaoError
from ..safe import text_cell
from . import AuditResult

RULE_KINDS = {"numbering": "编号", "citation": "引用", "caption": "图表标题", "source": "数据来源", "list": "目录",
              "outline": "大纲", "table": "表格数字", "claim": "数字论断", "prose": "前后文", "data": "数据",
              "rule": "规则"}
SEVERITY_TEXT = {"error": "错误", "warning": "警告", "info": "提示"}
STATUS = ("无法读取", "有错误", "有警告", "通过")  # most in need of attention first
STATUS_FILL = {"无法读取": "D9D9D9", "有错误": "F4B6B6", "有警告": "FFE8A3", "通过": "C6EFCE"}
REPORT_HEADERS = ("状态", "学院", "文件", "页数", "章", "节", "表", "图", "案例", "读取论断", "错误", "警告", "提示",
                  "问题类别", "主要问题")
FINDING_HEADERS = ("学院", "文件", "级别", "规则", "章节", "位置", "说明", "原文摘录", "建议")
TOP_FINDINGS = 3


@dataclass
class ReportRow:
    status: str
    result: AuditResult

    def cells(self) -> list:
        r, found = self.result, self.result.recognised
        counts = Counter(f.severity for f in r.findings)
        if not r.readable:
            return [self.status, "", r.file, "", "", "", "", "", "", "", "", "", "", "", r.error]
        return [self.status, found.college, r.file, found.pages or "", found.chapters, found.sections, found.tables,
                found.figures, found.cases, found.claims, counts.get("error", 0), counts.get("warning", 0),
                counts.get("info", 0), kinds_text(r.findings), top_text(r.findings)]


def status_of(result: AuditResult) -> str:
    if not result.readable:
        return STATUS[0]
    severities = {f.severity for f in result.findings}
    return STATUS[1] if "error" in severities else STATUS[2] if "warning" in severities else STATUS[3]


def rows_of(results: list[AuditResult]) -> list[ReportRow]:
    rows = [ReportRow(status_of(r), r) for r in results]
    def errors(row):
        return sum(f.severity == "error" for f in row.result.findings)
    return sorted(rows, key=lambda row: (STATUS.index(row.status), -errors(row), row.result.file))


def kinds_text(findings: list) -> str:
    """"表格数字 3，引用 1" over errors and warnings."""
    counts = Counter(RULE_KINDS.get(f.rule.split(".")[0], "其他") for f in findings if f.severity != "info")
    return "，".join(f"{kind} {n}" for kind, n in counts.most_common())


def top_text(findings: list) -> str:
    serious = [f for f in findings if f.severity == "error"] + [f for f in findings if f.severity == "warning"]
    return "\n".join(f"{SEVERITY_TEXT[f.severity]}：{f.message}" for f in serious[:TOP_FINDINGS])


def place(location) -> str:
    if location is None:
        return ""
    if location.line is not None:
        return f"第 {location.line} 行" if location.file.endswith((".txt", ".md")) else f"第 {location.line} 段"
    return f"第 {location.page} 页" if location.page else ""


def finding_rows(results: list[AuditResult]) -> list[list]:
    out = []
    for row in rows_of(results):
        r = row.result
        for f in r.findings:
            loc = f.locations[0] if f.locations else None
            excerpt = " / ".join(loc.excerpt for loc in f.locations if loc.excerpt)
            out.append([r.recognised.college, r.file, SEVERITY_TEXT.get(f.severity, f.severity), f.rule,
                        f.section, place(loc), f.message, excerpt, f.suggestion])
    return out


def write_summary(results: list[AuditResult], out: Path | str) -> Path:
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in (".xlsx", ".html", ".htm"):
        raise NianbaoError(f"汇总表只能是 .xlsx 或 .html 文件，而不是“{out.name}”")
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".xlsx":
        write_xlsx(results, out)
    else:
        write_html_summary(results, out)
    return out


# ---------------------------------------------------------------- XLSX


def write_xlsx(results: list[AuditResult], out: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    book = Workbook()
    sheet = book.active
    sheet.title = "报告汇总"
    _table(sheet, REPORT_HEADERS, [row.cells() for row in rows_of(results)],
           widths=(10, 24, 36, 6, 5, 5, 5, 5, 6, 9, 6, 6, 6, 26, 70))
    for r, row in enumerate(rows_of(results), start=2):
        fill = PatternFill("solid", fgColor=STATUS_FILL[row.status])
        for cell in sheet[r]:
            if cell.column <= 3 or row.status == STATUS[0]:
                cell.fill = fill  # the status, college and file carry the colour; an unreadable row is grey
            cell.alignment = Alignment(vertical="top", wrap_text=cell.column >= 14)
        sheet.cell(r, 1).font = Font(bold=row.status != STATUS[3])
        sheet.row_dimensions[r].height = 15 * _lines_needed(str(sheet.cell(r, 15).value or ""), 35)
    findings = book.create_sheet("全部问题")
    _table(findings, FINDING_HEADERS, finding_rows(results), widths=(20, 30, 6, 22, 28, 10, 60, 50, 40))
    for row in findings.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(vertical="top", wrap_text=cell.column >= 7)
        findings.row_dimensions[row[0].row].height = 15 * _lines_needed(str(row[6].value or ""), 30)
    book.save(out)


def _lines_needed(text: str, per_line: int) -> int:
    """Printed lines of a wrapped cell (a Chinese character is one unit), so rows are tall enough."""
    return max(1, sum(max(1, -(-len(part) // per_line)) for part in text.split("\n")))


def _table(sheet, headers, rows, widths) -> None:
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r, values in enumerate(rows, start=2):
        for c, value in enumerate(values, start=1):
            text_cell(sheet, r, c, value)  # strings from a college's file are never formulas
    for c, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = width
    sheet.freeze_panes = "A2"
    # printed (or converted to PDF) landscape, all columns on one page width
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(len(rows) + 1, 1)}"


# ---------------------------------------------------------------- HTML

HTML = """<!doctype html>
<html lang="zh-Hans"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="nianbao audit summary">
<title>质量年报审核汇总</title>
<style>
body{font-family:"Noto Sans CJK SC",sans-serif;margin:1.5rem;color:#222}
table{border-collapse:collapse;margin-bottom:2rem;font-size:.9rem}
th,td{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
th{background:#f2f2f2;position:sticky;top:0}
td.n{text-align:right}
.s0{background:#d9d9d9}.s1{background:#f4b6b6}.s2{background:#ffe8a3}.s3{background:#c6efce}
.top{white-space:pre-line}
</style></head><body>
<h1>质量年报审核汇总</h1>
<p>共 {{ rows|length }} 份报告：{% for name, n in counts %}{{ name }} {{ n }} 份{% if not loop.last %}，{% endif %}{% endfor %}。</p>
<table><thead><tr>{% for h in report_headers %}<th>{{ h }}</th>{% endfor %}</tr></thead><tbody>
{% for row in rows %}<tr>{% for value in row.cells %}<td class="{{ 's%d' % row.rank if loop.index0 < 3 else '' }}{{ ' n' if value is number else '' }}{{ ' top' if loop.last else '' }}">{{ value }}</td>{% endfor %}</tr>
{% endfor %}</tbody></table>
<h2>全部问题</h2>
<table><thead><tr>{% for h in finding_headers %}<th>{{ h }}</th>{% endfor %}</tr></thead><tbody>
{% for values in findings %}<tr>{% for value in values %}<td>{{ value }}</td>{% endfor %}</tr>
{% endfor %}</tbody></table>
</body></html>
"""


def write_html_summary(results: list[AuditResult], out: Path) -> None:
    from jinja2 import Environment
    env = Environment(autoescape=True)
    rows = [{"cells": row.cells(), "rank": STATUS.index(row.status)} for row in rows_of(results)]
    counts = Counter(row.status for row in rows_of(results))
    html = env.from_string(HTML).render(rows=rows, report_headers=REPORT_HEADERS, finding_headers=FINDING_HEADERS,
                                        findings=finding_rows(results),
                                        counts=[(s, counts[s]) for s in STATUS if counts[s]])
    out.write_text(html, encoding="utf-8")
