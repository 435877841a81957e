"""Findings for people (text grouped by section) and for programs (JSON)."""
from __future__ import annotations

import json
from collections import Counter

from .findings import Finding

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
SEVERITY_TEXT = {"error": "错误", "warning": "警告", "info": "提示"}


def sort_findings(findings: list[Finding], section_order: dict[str, int] | None = None) -> list[Finding]:
    order = section_order or {}

    def key(f: Finding):
        loc = f.locations[0] if f.locations else None
        return (order.get(f.section, len(order) + (1 if f.section else 0)), f.section,
                loc.file if loc else "", loc.line or 0 if loc else 0, SEVERITY_ORDER.get(f.severity, 3), f.rule,
                f.message)
    unique, seen = [], set()
    for f in sorted(findings, key=key):
        ident = (f.rule, f.message, tuple((l.file, l.line) for l in f.locations))
        if ident not in seen:
            seen.add(ident)
            unique.append(f)
    return unique


def summary(findings: list[Finding]) -> str:
    counts = Counter(f.severity for f in findings)
    return (f"共 {len(findings)} 项：错误 {counts.get('error', 0)}，警告 {counts.get('warning', 0)}，"
            f"提示 {counts.get('info', 0)}")


def format_text(findings: list[Finding], min_severity: str = "info") -> str:
    limit = SEVERITY_ORDER.get(min_severity, 2)
    shown = [f for f in findings if SEVERITY_ORDER.get(f.severity, 2) <= limit]
    if not findings:
        return "检查通过：没有发现问题。\n"
    lines, current = [], None
    for f in shown:
        if f.section != current:
            current = f.section
            lines.append(f"\n{f.section or '（全文）'}")
        lines.extend(_finding_lines(f))
    lines.append("")
    lines.append(summary(findings))
    return "\n".join(lines).lstrip("\n") + "\n"


def _finding_lines(f: Finding) -> list[str]:
    first = f.locations[0] if f.locations else None
    where = _where(first) if first else ""
    out = [f"  {SEVERITY_TEXT.get(f.severity, f.severity)} [{f.rule}] {where}".rstrip(), f"      {f.message}"]
    for loc in f.locations:
        if loc.excerpt:
            prefix = "" if loc is first else f"{_where(loc)}  "
            out.append(f"      > {prefix}{loc.excerpt}")
    if f.suggestion:
        out.append(f"      建议：{f.suggestion}")
    return out


def _where(loc) -> str:
    if loc.line is not None:
        return f"{loc.file}:{loc.line}"
    if loc.page:
        return f"{loc.file}:第{loc.page}页"
    return loc.file


def format_json(findings: list[Finding]) -> str:
    return json.dumps([f.to_json() for f in findings], ensure_ascii=False, indent=2, default=str)


def annotations(findings: list[Finding]) -> dict[str, list[Finding]]:
    """"file:line" -> findings, for the HTML writer's margin notes."""
    notes: dict[str, list[Finding]] = {}
    for f in findings:
        for loc in f.locations[:1]:
            if loc.line is not None:
                notes.setdefault(f"{loc.file}:{loc.line}", []).append(f)
    return notes
