"""What a reviewer reads after `nianbao audit`: what was recognised, then errors and warnings
grouped by chapter; info-level notes only on request (`--all`)."""
from __future__ import annotations

import json

from ..checks.report import SEVERITY_ORDER, _finding_lines, summary
from . import AuditResult

GENERAL = "（全文）"


def chapter_of(finding) -> str:
    """The chapter part of a finding's section ("一、人才培养 / （四）高质就业" → "一、人才培养")."""
    return (finding.section or GENERAL).split(" / ")[0]


def grouped(findings: list) -> list[tuple[str, list]]:
    """(chapter, findings) in reading order of the chapters; inside a chapter errors come first."""
    chapters: dict[str, list] = {}
    for f in findings:
        chapters.setdefault(chapter_of(f), []).append(f)
    return [(name, sorted(items, key=lambda f: SEVERITY_ORDER.get(f.severity, 3)))
            for name, items in chapters.items()]


def shown_findings(findings: list, show_all: bool) -> list:
    return [f for f in findings if show_all or f.severity != "info"]


def format_audit(result: AuditResult, show_all: bool = False) -> str:
    lines = [f"{result.file}：{result.recognised.describe()}"]
    shown = shown_findings(result.findings, show_all)
    hidden = len(result.findings) - len(shown)
    if not result.findings:
        lines.append("检查通过：没有发现问题。")
        return "\n".join(lines) + "\n"
    for chapter, items in grouped(shown):
        lines.append("")
        lines.append(chapter)
        for f in items:
            lines.extend(_finding_lines(f))
    lines.append("")
    tail = f"（另有 {hidden} 条提示未显示，加 --all 查看）" if hidden else ""
    lines.append(summary(result.findings) + tail)
    return "\n".join(lines) + "\n"


def batch_line(result: AuditResult) -> str:
    """One line per report for the terminal during a batch."""
    if not result.readable:
        return f"无法读取  {result.file}：{result.error}"
    errors = sum(f.severity == "error" for f in result.findings)
    warnings = sum(f.severity == "warning" for f in result.findings)
    state = "需关注" if errors else ("请留意" if warnings else "通过  ")
    return f"{state}  {result.file}：错误 {errors}，警告 {warnings}"


def batch_json(results: list[AuditResult], show_all: bool = True) -> str:
    """Per report: the file, what was recognised, the error if unreadable, and the findings
    in the same contract as a single audit (`rule, severity, message, locations, values, suggestion`)."""
    data = [{"file": r.file, "recognised": r.recognised.to_json(), "error": r.error or None,
             "findings": [f.to_json() for f in shown_findings(r.findings, show_all)]} for r in results]
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)
