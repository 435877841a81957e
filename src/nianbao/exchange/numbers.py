"""Typed numbers in imported text, against the data: the one place import asks the checks.

`verify_numbers` reads only the imported sections (no tables or charts are generated), fills their
values and asks the claim engine (`nianbao.claims`, the engine behind `nianbao check`) for its
verdicts, turned into findings as `check` does: a typed number that equals the data is offered as a
`{value}` reference, a number that contradicts the data is reported with the engine's verdict.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..checks.claims import claim_findings
from ..checks.findings import Finding
from ..claims import project_claims
from ..claims.units import TextUnit, text_units
from ..document.build import BuildResult, _requests, document_meta, fill_values
from ..document.markdown import SectionReader
from ..document.model import Document, Section
from ..indicators import IndicatorError, Indicators
from ..project import Project
from ..workflow.ownership import Ownership


@dataclass
class NumberOffer:
    section: str
    line: int
    stated: str  # as typed, e.g. "90.89%"
    reference: str  # "{value}`placement_rate`"
    display: str


@dataclass
class NumberCheck:
    offers: list[NumberOffer] = field(default_factory=list)
    contradictions: list[Finding] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _section_of(file: str) -> str:
    return file.removeprefix("sections/").removesuffix(".md")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _paragraphs(text: str):
    """(first line, text) of each run of non-blank lines: a paragraph, list or directive of Markdown."""
    start, lines = 0, []
    for number, line in enumerate(text.split("\n") + [""], 1):
        if line.strip():
            start, lines = start or number, lines + [line]
        elif lines:
            yield start, "\n".join(lines)
            start, lines = 0, []


def changed_lines(before: str, after: str) -> set[int]:
    """The lines of `after`'s paragraphs that `before` does not hold (whitespace aside): the
    paragraphs a department wrote or changed."""
    known = {squeeze(block) for _, block in _paragraphs(before)}
    return {start + i for start, block in _paragraphs(after) if squeeze(block) not in known
            for i in range(block.count("\n") + 1)}


def _changed_units(doc: Document, texts: dict[str, str], before: dict[str, str]) -> list[TextUnit]:
    """The text units of the paragraphs changed since `before`: the others' claims are those
    `nianbao check` reads in the section files already."""
    lines = {sid: changed_lines(before[sid], text) for sid, text in texts.items() if sid in before}
    return [unit for unit in text_units(doc)
            if unit.location is None or unit.location.line is None
            or _section_of(unit.location.file) not in lines or unit.location.line in lines[_section_of(unit.location.file)]]


def verify_numbers(project: Project, texts: dict[str, str], indicators: Indicators | None = None,
                   ownership: Ownership | None = None, before: dict[str, str] | None = None) -> NumberCheck:
    """The claim engine's verdicts on the typed numbers of `texts` (section id -> Markdown), with the
    project's data (`indicators`, loaded here when not given). With `before` (the sections' text
    before the edit) only the paragraphs changed since are read: unchanged ones make the same claims."""
    result = NumberCheck()
    if not texts:
        return result
    doc = _sections_document(project, texts, result.problems, ownership)
    ind = indicators or Indicators(project)
    try:
        ind.prepare(_requests(doc, ind))
    except IndicatorError as exc:
        result.problems.append(str(exc))
    fill_values(doc, ind, result.problems)
    units = _changed_units(doc, texts, before) if before is not None else None
    records = project_claims(project, BuildResult(doc, ind, {}), units)
    for found in claim_findings(records):
        location = found.locations[0]
        if found.rule == "prose.typed_number":
            result.offers.append(NumberOffer(_section_of(location.file), location.line or 0, found.values["stated"],
                                             f"{{value}}`{found.values['indicator']}`", found.values["data"]))
        elif found.severity in ("error", "warning"):
            result.contradictions.append(found)
    return result


def _sections_document(project: Project, texts: dict[str, str], problems: list[str],
                       ownership: Ownership | None = None) -> Document:
    ownership = ownership or Ownership(project)
    sections = []
    for sid, text in texts.items():
        entry = ownership.entry(sid)
        blocks = SectionReader(entry.path, project.relative(entry.path), problems).read(text)
        sections.append(Section(key=sid, title=entry.title, level=1, chapter=entry.chapter, blocks=blocks))
    return Document(meta=document_meta(project), sections=sections)


def prepare_values(project: Project, texts: dict[str, str], indicators: Indicators,
                   ownership: Ownership | None = None) -> None:
    """Compute ahead the breakdowns the values of `texts` need: import does it for the sections as
    they were exported while pandoc reads the edited file (the edit rarely cites other values, and
    the engine's queries run beside pandoc instead of after it). Problems are left to the check."""
    try:
        indicators.prepare(_requests(_sections_document(project, texts, [], ownership), indicators))
    except IndicatorError:
        pass  # verify_numbers reports it, for the text as edited


def link_numbers(text: str, offers: list[NumberOffer]) -> str:
    """Replace each offered typed number by its reference, on the line the check found it."""
    lines = text.split("\n")
    for offer in offers:
        index = offer.line - 1
        if 0 <= index < len(lines):
            pattern = re.compile(rf"(?<![\d.]){re.escape(offer.stated)}(?![\d.])")
            lines[index] = pattern.sub(lambda _: offer.reference, lines[index], count=1)
    return "\n".join(lines)
