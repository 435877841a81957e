"""Score `nianbao audit` against the manifests of the held-out reports (one JSON beside each report).

A finding is a planted error when its rule is the manifest's, it names the right value (a number
equal to the manifest's `value`, or the label such as “表 6”) and it is at the planted place (the
`table` it names, else the `line` for TXT or the `page` for PDF). Every other error
or warning is a false finding, except the true findings a manifest lists under `also_true` (problems
the reports have although nobody planted them: the manifest was wrong not to list them). Used by benchmarks/bench_audit_reports.py and tests/audit/test_heldout_reports.py.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def manifests() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(HERE.glob("*.json"))]


def _numbers(text: str) -> list[float]:
    return [float(n) for n in _NUMBER.findall(text.replace(",", ""))]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def names_value(message: str, value: str) -> bool:
    """A number with decimals is named at its own precision too (a manifest's 30.6% is the 30.57% a
    finding computes); an integer only exactly."""
    if re.fullmatch(r"-?[\d,]+(?:\.\d+)?%?", value):
        number = value.rstrip("%").replace(",", "")
        target, decimals = float(number), len(number.partition(".")[2])
        return any(abs(n - target) < 1e-9 or (decimals and round(n, decimals) == target) for n in _numbers(message))
    return _squeeze(value) in _squeeze(message)


def at_place(finding, planted: dict) -> bool:
    lines = {loc.line for loc in finding.locations}
    pages = {loc.page for loc in finding.locations}
    if "table" in planted and _squeeze(planted["table"]) in _squeeze(finding.message):
        return True  # a table's finding is located at the table (its caption), the table names it
    if "line" in planted:
        return planted["line"] in lines
    if "page" in planted:
        return planted["page"] in pages
    return "table" not in planted


def is_planted(finding, planted: dict) -> bool:
    return finding.rule == planted["rule"] \
        and names_value(f"{finding.message} {finding.suggestion}", planted["value"]) \
        and at_place(finding, planted)


@dataclass
class Score:
    report: str
    planted: int = 0
    found: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    false: Counter = field(default_factory=Counter)  # (severity, rule) -> count
    false_messages: list[str] = field(default_factory=list)
    also_true: int = 0  # true findings the manifest lists although nobody planted them
    severities: Counter = field(default_factory=Counter)
    unreadable: str = ""


def score(manifest: dict, result) -> Score:
    out = Score(manifest["report"], planted=len(manifest["planted"]))
    out.severities = Counter(f.severity for f in result.findings)
    serious = [f for f in result.findings if f.severity in ("error", "warning")]
    matched: set[int] = set()
    for planted in manifest["planted"]:
        hits = [i for i, f in enumerate(serious) if is_planted(f, planted)]
        (out.found if hits else out.missed).append(planted["id"])
        matched.update(hits)
    for known in manifest.get("also_true", []):
        hits = [i for i, f in enumerate(serious) if is_planted(f, known) and i not in matched]
        out.also_true += len(hits)
        matched.update(hits)
    for i, f in enumerate(serious):
        if i not in matched:
            out.false[(f.severity, f.rule)] += 1
            where = f.locations[0].line or f.locations[0].page if f.locations else None
            out.false_messages.append(f"{f.severity} {f.rule} @{where}: {f.message}")
    return out
