"""Turn the lines a reader hands over (TXT, DOCX or PDF) into the Document model.

Order of work: drop running page heads, read the printed lists (目录/图目录/表目录/案例目录),
then walk the body: headings (the 目录 says which numbered lines are real headings),
captions with their tables, figures and cases, and paragraphs (joined again where a
page break cut a sentence).
"""
from __future__ import annotations

import re
from dataclasses import replace
from collections import Counter

from ..document.model import (Author, Case, Document, Figure, Heading, Location, Meta, Paragraph,
                              PrintedListEntry, Section, Table, Text)
from . import recognize as rx
from .bare_headings import mark_bare_headings
from .limits import MAX_LINE_CHARS
from .recognize import Line
from .tables import build_table



def assemble(lines: list[Line], source_file: str, appendix_chapter: int = 8,
             running_heads: bool = True) -> Document:
    printed_lines = lines
    if running_heads:
        lines = drop_running_heads(lines)
    lines, notes = footnote_sources(lines)
    printed, body_start = read_printed_lists(lines, source_file)
    if not printed.get("目录"):
        mark_bare_headings(lines[body_start:])
    meta = read_meta(lines[:body_start] or lines[:60])
    if not meta.title and running_heads:
        # a booklet whose title is also every page's running head: the cover's copy went with the heads
        cover = read_meta(printed_lines[:60])
        if cover.title:
            meta = replace(meta, title=cover.title, year=meta.year or cover.year)
    doc = Document(meta=meta, sections=[], printed_lists=printed, source_file=source_file)
    body = Body(doc, toc_headings(printed.get("目录", [])), appendix_chapter)
    body.toc_sections = any(rx.SECTION_RE.match(e.title) for e in printed.get("目录", []))
    body.read(lines[body_start:])
    attach_footnote_sources(doc, notes)
    return doc


# ---------------------------------------------------------------- sources given as footnotes

FOOTNOTE_SOURCE = re.compile(r"^(\d{1,2})\s*((?:数据|资料)?来源[：:].+)$")
CAPTION_MARK = re.compile(r"(?<=[\u4e00-\u9fff）)”])\s*(\d{1,2})$")


def footnote_sources(lines: list[Line]) -> tuple[list[Line], dict[str, str]]:
    """The "N 数据来源：…" lines a page's foot prints for the captions marked N (Word's footnotes in a
    PDF or its text), taken out of the running text: number -> the source."""
    notes: dict[str, str] = {}
    kept = []
    for ln in lines:
        found = FOOTNOTE_SOURCE.match(ln.text) if not ln.is_row and not ln.style else None
        source = rx.match_source(found.group(2)) if found else None
        if source is not None:
            notes.setdefault(found.group(1), source)
        else:
            kept.append(ln)
    return (kept, notes) if notes else (lines, notes)


def attach_footnote_sources(doc: Document, notes: dict[str, str]) -> None:
    """A caption ending in a footnote's number ("…在校生情况1") has that footnote as its source."""
    if not notes:
        return
    for block in [*doc.tables(), *doc.figures()]:
        mark = CAPTION_MARK.search(block.caption or "")
        if mark and mark.group(1) in notes:
            block.caption = block.caption[:mark.start()].rstrip()
            if not block.source:
                block.source = notes[mark.group(1)]


# ---------------------------------------------------------------- running heads


def drop_running_heads(lines: list[Line]) -> list[Line]:
    """Short lines repeated on many pages (college name, report title) and bare page numbers."""
    counts = Counter(_squeeze(ln.text) for ln in lines if _head_candidate(ln))
    heads = {text for text, n in counts.items() if n >= 3}
    kept: list[Line] = []
    pending_break = False
    for ln in lines:
        if _squeeze(ln.text) in heads and _head_candidate(ln) or (ln.style != "toc" and rx.PAGE_NUMBER_RE.match(ln.text)
                                                        and not ln.is_row and ln.style == "" and ln.text):
            pending_break = True
            continue
        if pending_break:
            ln.page_break_before = True
            pending_break = False
        kept.append(ln)
    return kept


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _head_candidate(ln: Line) -> bool:
    text = ln.text
    if ln.is_row or ln.style or not text or len(_squeeze(text)) > 40:
        return False
    return not (rx.match_heading(text) or rx.match_caption(text) or rx.match_source(text) is not None)


# ---------------------------------------------------------------- printed lists


def read_printed_lists(lines: list[Line], source_file: str) -> tuple[dict[str, list[PrintedListEntry]], int]:
    printed: dict[str, list[PrintedListEntry]] = {}
    body_start, i = 0, 0
    while i < len(lines):
        name = rx.list_title(lines[i].text) if not lines[i].is_row else None
        if name and lines[i].style not in ("h1", "h2", "h3", "h4"):
            entries, i = _read_list(lines, i + 1, name, source_file)
            if entries:
                printed.setdefault(name, []).extend(entries)
                body_start = i
            continue
        i += 1
    return printed, body_start


def _read_list(lines: list[Line], i: int, name: str, source_file: str) -> tuple[list[PrintedListEntry], int]:
    entries: list[PrintedListEntry] = []
    while i < len(lines):
        ln = lines[i]
        raw = ln.extra.get("raw", ln.text)
        if not raw.strip():
            i += 1
            continue
        if rx.list_title(ln.text):
            break
        entry = rx.match_entry(raw.strip())
        if entry is None and (ln.style == "toc" or _untitled_group(lines, i)):
            entry = rx.ListEntry(rx.clean(raw), None)
        if entry is None:
            break
        entries.append(_printed_entry(entry, name, Location(source_file, ln.line, ln.page)))
        i += 1
    return entries, i


def _untitled_group(lines: list[Line], i: int) -> bool:
    """A short line without page number inside a list ("附录"), followed by more entries."""
    if len(lines[i].text) > 12:
        return False
    for ln in lines[i + 1:i + 4]:
        if ln.text.strip():
            return rx.match_entry(ln.extra.get("raw", ln.text).strip()) is not None
    return False


def _printed_entry(entry: rx.ListEntry, name: str, location: Location) -> PrintedListEntry:
    text = rx.clean(entry.text)
    caption = rx.match_caption(text)
    if caption and (name != "目录" or caption.kind == "featured"):
        return PrintedListEntry(caption.number, caption.title, entry.page, location)
    heading = rx.match_heading(text)
    title = f"{heading.label}{heading.title}" if heading else rx.compact(text)
    return PrintedListEntry("", title, entry.page, location)


def toc_headings(entries: list[PrintedListEntry]) -> set[str]:
    return {_key(e.title) for e in entries if not e.number}


def _key(text: str) -> str:
    return re.sub(r"[\s（）()、.．]", "", text)


# ---------------------------------------------------------------- meta


_SCHOOL = re.compile(r"学院|学校|大学")


def read_meta(lines: list[Line]) -> Meta:
    texts = [ln.text for ln in lines if not ln.is_row]
    at = next((i for i, t in enumerate(texts) if "质量" in t and "报告" in t), None)
    title_line = texts[at] if at is not None else ""
    # the title wrapped: "…学院高等职业教育" / "质量年度报告", or cut inside a word ("…学院 2025 年度职" /
    # "业教育质量报告"): the line before names the school and the line found does not
    if at and (re.match(r"(?:质量|年度)", title_line) or not _SCHOOL.search(title_line)
               and _SCHOOL.search(texts[at - 1]) and texts[at - 1][-1:] not in rx.TERMINAL + "，,："):
        title_line = texts[at - 1] + title_line
    # "（2025 年度）" anywhere, else the year the title opens with ("2025 年职业教育质量年度报告"), else the
    # year in brackets closing it, as the national outline names the report ("…质量年度报告（2025）")
    year = next((m for m in (re.search(r"(20\d\d)\s*年度", t) for t in texts) if m), None) or \
        re.search(r"(20\d\d)\s*年", title_line) or re.search(r"[（(]\s*(20\d\d)\s*[）)]\s*$", title_line)
    # the level words are the report's, not the name's: "中等职业教育质量年度报告" names no college
    college = re.split(r"\s*(?:(?:高等|中等)?职业教育|高职|中职)", title_line)[0].strip() if title_line else ""
    # the year before or after the name: "2025 年度高等职业教育…", "…职业大学 2025 年职业教育…"
    college = re.sub(r"^[（(]?\s*20\d\d\s*年度?\s*[）)]?|\s*[（(]?\s*20\d\d\s*年度?\s*[）)]?$", "", college).strip()
    if not college:
        college = next((t for t in texts if len(t) <= 20 and re.search(r"(学院|学校|大学)$", t)), "")
    return Meta(college=college, year=int(year.group(1)) if year else 0, title=rx.compact(title_line))


# ---------------------------------------------------------------- body


class Body:
    """A small state machine over the body lines."""

    def __init__(self, doc: Document, toc: set[str], appendix_chapter: int):
        self.doc, self.toc, self.appendix_chapter = doc, toc, appendix_chapter
        self.chapter: Section | None = None
        self.section: Section | None = None
        self.case: Case | None = None
        self.in_appendix = False
        self.toc_sections = True  # does the 目录 list sections? (many list chapters only)
        self.levels_below = 0  # "一、" is level 1, or 2 under 第N章, or 3 under 第N章/第N节


    # -- where blocks go
    @property
    def target(self) -> list:
        if self.case is not None:
            return self.case.blocks
        if self.section is not None:
            return self.section.blocks
        if self.chapter is None:
            self._open_chapter("", "", None, None)
        return self.chapter.blocks

    def loc(self, ln: Line) -> Location:
        return Location(self.doc.source_file, ln.line, ln.page)

    def read(self, lines: list[Line]) -> None:
        self.levels_below = _levels_named(lines)
        i = 0
        while i < len(lines):
            i = self._line(lines, i)

    def _line(self, lines: list[Line], i: int) -> int:
        ln = lines[i]
        if not ln.text and not ln.is_row:
            return i + 1
        if ln.is_row:
            return self._rows(lines, i, None)
        source = rx.match_source(ln.text)
        if source is not None:
            self._attach_source(source)
            return i + 1
        caption = rx.match_caption(ln.text) if ln.style in ("", "caption") else None
        if caption and (rx.plausible_caption(caption) or ln.style == "caption"):
            return self._caption(lines, i, caption)
        if self._heading(ln):
            return i + 1
        self._paragraph(ln)
        return i + 1

    # -- headings
    def _heading(self, ln: Line) -> bool:
        text = ln.text
        if rx.APPENDIX_RE.match(re.sub(r"\s+", "", rx.fold(text))) and len(text) <= 20:
            self._open_appendix(text, ln)
            return True
        match = rx.match_heading(text)
        styled = int(ln.style[1]) if ln.style[:1] == "h" and ln.style[1:].isdigit() else None
        if match is None:
            if styled:
                match = rx.HeadingMatch(styled, "", rx.compact(text))
            else:
                return False
        level = styled or (match.level if match.unit else min(match.level + self.levels_below, 4))
        if match.title == "前言" and not match.label and not styled:
            level = 1  # the preface stands beside the chapters, whether they are 一、 or 第一章
        if styled is None and not rx.looks_like_heading_title(match.title):
            return False
        if level <= 2 and not self.in_appendix and self._outline_heading(match, level, styled):
            if level == 1:
                self._open_chapter(match.label, match.title, match.number if match.label else None, ln)
            else:
                self._open_section(match.label, match.title, ln)
            return True
        if level <= 2 and not self.in_appendix and self.toc and styled is None:
            return False  # a numbered line the 目录 does not list: running text
        if self.case is not None and not self.case.featured and level <= 3 and not ln.extra.get("in_case"):
            self.case = None
        self.target.append(Heading(level=min(max(level, 3), 4) if not self.in_appendix else 3 + (level > 1),
                                   title=match.title, label=match.label, location=self.loc(ln)))
        return True

    def _outline_heading(self, match: rx.HeadingMatch, level: int, styled: int | None) -> bool:
        if not match.label and match.title == "前言":
            return level == 1
        if self.toc and (level == 1 or self.toc_sections):
            return _key(match.label + match.title) in self.toc or _key(match.title) in self.toc
        return styled is not None or level == 1 or self.chapter is not None

    def _open_chapter(self, label: str, title: str, number: int | None, ln: Line | None) -> None:
        key = "preface" if title == "前言" else (f"ch{number}" if number else "front")
        self.chapter = Section(key=key, title=title, level=1, label=label, chapter=number,
                               location=self.loc(ln) if ln else None)
        self.doc.sections.append(self.chapter)
        self.section = self.case = None

    def _open_section(self, label: str, title: str, ln: Line) -> None:
        if self.chapter is None:
            self._open_chapter("", "", None, None)
        n = len(self.chapter.children) + 1
        self.section = Section(key=f"{self.chapter.key}-{n}", title=title, level=2, label=label,
                               chapter=self.chapter.chapter, location=self.loc(ln))
        self.chapter.children.append(self.section)
        self.case = None

    def _open_appendix(self, text: str, ln: Line | None) -> None:
        """The appendix keeps its printed title ("附录", "案例附录"); the outline check matches it
        against the template's title and aliases."""
        self._open_chapter("", rx.compact(text), None, ln)
        self.chapter.key, self.chapter.chapter = "appendix", self.appendix_chapter
        self.in_appendix = True

    # -- captions
    def _caption(self, lines: list[Line], i: int, cap: rx.CaptionMatch) -> int:
        ln = lines[i]
        if not cap.title:
            nxt = _next_text(lines, i + 1)
            if nxt is not None and not lines[nxt].is_row and not rx.match_heading(lines[nxt].text):
                cap.title, i = rx.caption_title(lines[nxt].text), nxt
        if cap.kind == "table":
            return self._rows(lines, i + 1, (cap, ln))
        if cap.kind == "figure":
            self.target.append(Figure(label=cap.number, caption=cap.title, number=cap.number,
                                      chapter=self._chapter_of(cap), location=self.loc(ln)))
            return i + 1
        if cap.kind == "featured" and not self.in_appendix:
            self._open_appendix("", None)  # no printed heading: the outline check will say so
        self.case = None
        case = Case(label=cap.number, title=cap.title, number=cap.number, chapter=self._chapter_of(cap),
                    featured=cap.kind == "featured", location=self.loc(ln))
        self.target.append(case)
        self.case = case
        return i + 1

    def _chapter_of(self, cap: rx.CaptionMatch) -> int | None:
        return cap.chapter if cap.chapter is not None else (self.chapter.chapter if self.chapter else None)

    # -- tables
    def _rows(self, lines: list[Line], i: int, caption) -> int:
        rows, source, first = [], "", None
        while i < len(lines):
            ln = lines[i]
            if ln.is_row and _unit_row(ln.cells):
                pass  # "单位：万元" printed as the table's first row, spanning it
            elif ln.is_row:
                rows.append(ln.cells)
                first = first or ln
            elif rx.is_unit_line(ln.text) or rows and rx.is_note(ln.text):
                pass  # the unit over the table, a note under it: the source may still follow
            elif rows and rx.match_source(ln.text) is not None:
                source = rx.match_source(ln.text)
                i += 1
                break
            elif ln.text and not re.fullmatch(r"[（(]?续表?[）)]?.*", ln.text) or not ln.text and ln.style:
                break
            i += 1
        if caption is None and rows and rows[0] and rx.fold(rows[0][0].replace(" ", "")) == "编写部门":
            self.doc.meta.authors = [Author(r[0], r[1] if len(r) > 1 else "", [w for w in r[2:] if w])
                                     for r in rows[1:]]
            return i
        if caption is None and rows:
            below, source, i = _caption_below(lines, i, source)
            caption = (below, first) if below else None
        cap, ln = caption if caption else (None, first)
        number, title = (cap.number, cap.title) if cap else ("", "")
        table = build_table(number, self._chapter_of(cap) if cap else None, title, rows, source, self.loc(ln))
        self.target.append(table)
        return i

    def _attach_source(self, source: str) -> None:
        for block in reversed(self.target[-3:]):
            if isinstance(block, (Figure, Table)) and not block.source:
                block.source = source
                return

    # -- paragraphs
    def _paragraph(self, ln: Line) -> None:
        text = rx.join_numbers(ln.text)
        blocks = self.target
        prev = blocks[-1] if blocks else None
        if isinstance(prev, Paragraph) and not ln.whole and _continues(prev.text, ln) \
                and len(prev.text) + len(text) <= MAX_LINE_CHARS:  # bounded paragraphs for the checks
            joint = " " if re.match(r"[A-Za-z]", text) and re.search(r"[A-Za-z]$", prev.text) else ""
            where = self.loc(ln)
            if where != prev.location or prev.line_starts:
                prev.line_starts = prev.line_starts or [(0, prev.location)]
                prev.line_starts.append((len(prev.inlines[-1].text) + len(joint), where))
            prev.inlines[-1].text = rx.join_numbers(prev.inlines[-1].text + joint + text)
            return
        blocks.append(Paragraph([Text(text)], location=self.loc(ln)))


def _continues(previous: str, ln: Line) -> bool:
    """Join a line to the paragraph before it when a page break (or a wrap) cut the sentence."""
    tail = previous.rstrip()[-1:] if previous.strip() else ""
    if not tail or tail in rx.TERMINAL or (tail in "”」』" and previous.rstrip()[-2:-1] in rx.TERMINAL):
        return False
    return ln.page_break_before or ln.blank_before >= 2 or ln.blank_before == 0 or \
        bool(re.search(r"\d[.．]$", previous) and re.match(r"\d", ln.text))


def _caption_below(lines: list[Line], i: int, source: str):
    """A caption typed right after its table (as WPS and Word users often do), perhaps with a note or
    the source line between: (caption, source, next index), or (None, source, i) when the line after
    the table is no such caption. A caption directly above another table belongs to that table."""
    j = _skip_notes(lines, i)
    if not source and j < len(lines) and rx.match_source(lines[j].text) is not None:
        source, j = rx.match_source(lines[j].text), _skip_notes(lines, j + 1)
    if j >= len(lines) or lines[j].is_row or lines[j].style not in ("", "caption"):
        return None, source, i
    cap = rx.match_caption(lines[j].text)
    if cap is None or cap.kind != "table" or not (rx.plausible_caption(cap) or lines[j].style == "caption"):
        return None, source, i
    end = j + 1
    if not cap.title:
        nxt = _next_text(lines, end)
        if nxt is None or lines[nxt].is_row or rx.match_heading(lines[nxt].text) or rx.match_caption(lines[nxt].text):
            return None, source, i
        cap.title, end = rx.caption_title(lines[nxt].text), nxt + 1
    after = _skip_notes(lines, end)
    if after < len(lines) and (lines[after].is_row or rx.is_unit_line(lines[after].text)):
        return None, source, i  # the caption of the next table
    if not source and after < len(lines) and rx.match_source(lines[after].text) is not None:
        source, after = rx.match_source(lines[after].text), after + 1
    else:
        after = end
    return cap, source, after


def _skip_notes(lines: list[Line], i: int) -> int:
    while i < len(lines) and not lines[i].is_row and (not lines[i].text or rx.is_note(lines[i].text)):
        i += 1
    return i


def _levels_named(lines: list[Line]) -> int:
    """How many levels 第N章 / 第N节 headings take above the "一、" ones: 0 in an outline numbered
    一、/（一）, else 1 or 2. Two 第N章 lines at least, so a quoted "第三章" is no outline."""
    units: dict[str, set[int]] = {"章": set(), "节": set()}
    for ln in lines:
        if not ln.is_row and ln.text.startswith("第"):
            match = rx.match_heading(ln.text)
            if match and match.unit and rx.looks_like_heading_title(match.title):
                units[match.unit].add(match.number)
    if len(units["章"]) < 2:
        return 0
    return 2 if units["节"] else 1


def _unit_row(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return len(filled) == 1 and rx.is_unit_line(filled[0])


def _next_text(lines: list[Line], i: int) -> int | None:
    for j in range(i, min(i + 4, len(lines))):
        if lines[j].text or lines[j].is_row:
            return j
    return None
