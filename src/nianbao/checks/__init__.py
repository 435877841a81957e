"""Checks: rules over the data, the computed indicators and the written sections.

`run_document_checks` needs only a Document (and optionally its template), so `nianbao
audit` runs it on published reports; `run_checks` adds the data rules and the
comparisons of the text with the data for a report project.
"""
from __future__ import annotations

from .findings import Finding, FindingLocation
from .report import annotations, format_json, format_text, sort_findings, summary

__all__ = ["Finding", "FindingLocation", "run_document_checks", "run_checks", "format_text", "format_json",
           "annotations", "summary", "has_errors"]


def _section_order(ctx) -> dict[str, int]:
    order: dict[str, int] = {}
    for unit_name in list(ctx.sections.values()):
        order.setdefault(unit_name, len(order))
    order.setdefault("数据", len(order) + 1)
    return order


def _document_findings(ctx, records) -> list[Finding]:
    from .claims import claim_findings
    from .structure import check_structure
    from .tables import check_tables
    ctx.claims = records
    return [*check_structure(ctx), *check_tables(ctx), *claim_findings(records)]


def run_document_checks(doc, template=None) -> list[Finding]:
    """Every check that needs no data: outline (with a template), numbering, citations, lists,
    captions and sources, table arithmetic, and the prose's claims against the report's own
    tables and statements."""
    from ..claims import document_claims
    from .base import Context
    ctx = Context.of(doc, template)
    records = document_claims(doc, template, ctx.units)
    return sort_findings(_document_findings(ctx, records), _section_order(ctx))


def run_checks(project, result=None) -> list[Finding]:
    """Document checks + data rules (rules.toml) + the prose's claims against the data."""
    from ..claims import project_claims
    from ..document.build import build_document
    from .base import Context
    from .rules import RuleEngine
    result = result or build_document(project, formats=())  # the checks read no chart images
    ctx = Context.of(result.document, project.template, result.indicators)
    records = project_claims(project, result, ctx.units)
    found = _document_findings(ctx, records)
    found += RuleEngine(result.indicators, project.template.rules).run(result.document)
    return sort_findings(found, _section_order(ctx))


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity == "error" for f in findings)
