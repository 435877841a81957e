"""Headings printed as bare lines: a report saved from a web page as text (or typed without
numbering) sets its chapters and sections apart only by blank lines — "学校概况", "人才培养",
"立德树人" each alone between empty lines. When a report has no numbered chapters and no styled
headings, such lines become headings: a line naming a chapter of any template's outline (and any
bare line before the first of them, such as 学校概况) opens a chapter, the others a section of it.
The chapter names come from the templates (data), never from one report."""
from __future__ import annotations

import functools
import re

from . import recognize as rx
from .recognize import Line

# A heading's words: Chinese only (与/和/及/、 may join two), no digits, no punctuation of a sentence.
BARE = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[与和及、][\u4e00-\u9fff]{2,8})?")


@functools.lru_cache(maxsize=1)
def outline_chapter_titles() -> frozenset[str]:
    """Every chapter title of every template's outline, without numbering (人才培养, 面临挑战, …)."""
    from ..template import available_templates, load_template
    return frozenset(rx.compact(c.title) for t in available_templates() for c in load_template(t).chapters)


def mark_bare_headings(lines: list[Line]) -> None:
    """Give the bare heading lines of an unnumbered report the style h1 (chapter) or h2 (section)."""
    if any(ln.style.startswith("h") for ln in lines) or _numbered_chapters(lines) >= 2:
        return
    bare = [i for i in range(len(lines)) if _bare(lines, i)]
    chapters = outline_chapter_titles()
    named = [i for i in bare if rx.compact(lines[i].text) in chapters]
    if len(named) < 2:
        return  # two chapters of an outline at least: else these are short paragraphs, not an outline
    for i in bare:
        lines[i].style = "h1" if i in named or i < named[0] else "h2"


def _bare(lines: list[Line], i: int) -> bool:
    ln = lines[i]
    alone = ln.blank_before >= 1 and (i + 1 == len(lines) or lines[i + 1].blank_before >= 1)
    return alone and not ln.is_row and BARE.fullmatch(ln.text.strip()) is not None and \
        rx.match_source(ln.text) is None and rx.match_caption(ln.text) is None


def _numbered_chapters(lines: list[Line]) -> int:
    found = 0
    for ln in lines:
        if ln.is_row or ln.style:
            continue
        match = rx.match_heading(ln.text)
        if match is not None and match.level == 1 and match.label and rx.looks_like_heading_title(match.title):
            found += 1
    return found
