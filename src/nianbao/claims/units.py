"""The running text of a document as reading units: one per paragraph or list item.

Each unit knows where it is (file:line, section heading) and which spans of its text came
from data references ({value}`…`), so a claim knows whether its number was typed by hand.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document.model import BulletList, Case, CrossRef, Document, Location, Paragraph, Section, Strong, Text, \
    ValueRef
from ..text import normalize

SENTENCE_END = re.compile(r"[。；;！？!?]")
EXCERPT_CHARS = 60


@dataclass
class TextUnit:
    text: str  # normalized
    location: Location | None
    section: str  # "一、人才培养 / （四）高质就业"
    order: int  # reading order
    ref_spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, indicator)
    case: str = ""
    line_starts: list[tuple[int, Location]] = field(default_factory=list)  # (offset in text, its printed line)

    def location_at(self, offset: int) -> Location | None:
        """Where the text at `offset` is printed: its own line of a paragraph joined from several."""
        found = self.location
        for start, where in self.line_starts:
            if start > offset:
                break
            found = where
        return found

    def is_ref(self, start: int, end: int) -> str | None:
        for s, e, indicator in self.ref_spans:
            if s <= start and end <= e + 1:
                return indicator or "ref"
        return None

    def sentences(self):
        """(start, end) of each sentence."""
        start = 0
        for m in SENTENCE_END.finditer(self.text):
            yield start, m.end()
            start = m.end()
        if start < len(self.text):
            yield start, len(self.text)

    def excerpt(self, start: int = 0, end: int | None = None) -> str:
        return excerpt(self.text, start, end)


def excerpt(text: str, start: int = 0, end: int | None = None) -> str:
    end = len(text) if end is None else end
    if end - start >= EXCERPT_CHARS:
        return text[start:start + EXCERPT_CHARS - 1] + "…"
    pad = (EXCERPT_CHARS - (end - start)) // 2
    lo, hi = max(0, start - pad), min(len(text), end + pad)
    out = text[lo:hi].strip()
    return out[:EXCERPT_CHARS]


def section_names(doc: Document) -> dict[int, str]:
    """id(section) -> "一、人才培养 / （四）高质就业"."""
    names = {}
    for chapter in doc.sections:
        names[id(chapter)] = chapter.heading
        for child in chapter.children:
            names[id(child)] = f"{chapter.heading} / {child.heading}"
            for grandchild in _descendants(child):
                names[id(grandchild)] = f"{chapter.heading} / {child.heading}"
    return names


def _descendants(section: Section):
    for child in section.children:
        yield child
        yield from _descendants(child)


def _unit(inlines, location, section: str, order: int, case: str = "") -> TextUnit:
    parts, spans, pos = [], [], 0
    typed: list[str] = []  # a run of typed text, folded as one: a line break may fall inside a number
    for item in inlines:
        if isinstance(item, (Text, Strong)):
            typed.append(item.text)
            continue
        if typed:  # "90.\n89%", "高 0.\n09 个百分点": the pieces of a soft break read as the printed line
            piece = normalize("".join(typed))
            typed = []
            parts.append(piece)
            pos += len(piece)
        if isinstance(item, ValueRef):
            piece = normalize(item.display or item.expr)
            spans.append((pos, pos + len(piece), item.indicator or item.expr))
        elif isinstance(item, CrossRef):
            piece = item.display or item.label
        else:
            piece = ""
        parts.append(piece)
        pos += len(piece)
    if typed:
        parts.append(normalize("".join(typed)))
    return TextUnit("".join(parts), location, section, order, spans, case)


def _normalized_starts(block: Paragraph) -> list[tuple[int, Location]]:
    """The paragraph's line starts as offsets in its normalised text (normalising may shorten it)."""
    if not block.line_starts:
        return []
    raw = block.text
    return [(len(normalize(raw[:start])), where) for start, where in block.line_starts]


def text_units(doc: Document) -> list[TextUnit]:
    names = section_names(doc)
    units: list[TextUnit] = []
    case_of: dict[int, str] = {}
    for section, block in doc.walk_blocks():
        name = names.get(id(section), section.heading)
        if isinstance(block, Case):
            for inner in block.blocks:
                case_of[id(inner)] = block.number or block.title
        case = case_of.get(id(block), "")
        if isinstance(block, Paragraph):
            units.append(_unit(block.inlines, block.location, name, len(units), case))
            units[-1].line_starts = _normalized_starts(block)
        elif isinstance(block, BulletList):
            for item in block.items:
                loc = next((i.location for i in item if getattr(i, "location", None)), block.location)
                units.append(_unit(item, loc, name, len(units), case))
    return units
