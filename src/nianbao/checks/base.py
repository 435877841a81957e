"""What the checks share: the context they read and a helper that makes findings."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..document.model import Document
from .findings import Finding, FindingLocation
from ..claims.units import TextUnit, section_names, text_units


@dataclass
class Context:
    """One document (and optionally its template and data) prepared for the checks."""

    doc: Document
    template: object | None = None  # nianbao.template.Template
    indicators: object | None = None  # nianbao.indicators.Indicators, only for project checks
    units: list[TextUnit] = field(default_factory=list)
    sections: dict[int, str] = field(default_factory=dict)
    block_section: dict[int, str] = field(default_factory=dict)
    claims: list = field(default_factory=list)  # claims.ClaimRecord, once read

    @classmethod
    def of(cls, doc: Document, template=None, indicators=None) -> "Context":
        ctx = cls(doc, template, indicators, text_units(doc), section_names(doc))
        for section, block in doc.walk_blocks():
            ctx.block_section[id(block)] = ctx.sections.get(id(section), section.heading)
        return ctx

    def section_of(self, block) -> str:
        return self.block_section.get(id(block), "")


def finding(rule: str, severity: str, message: str, locations: list[FindingLocation] | FindingLocation,
            section: str = "", suggestion: str = "", **values) -> Finding:
    if isinstance(locations, FindingLocation):
        locations = [locations]
    clean = {k: (str(v) if not isinstance(v, (int, float, str, bool, list, dict, type(None))) else v)
             for k, v in values.items()}
    return Finding(rule=rule, severity=severity, message=message, locations=list(locations), values=clean,
                   suggestion=suggestion, section=section)
