"""Two-column pages in `pdftotext -layout` text: read the left column, then the right.

The layout keeps each text column at its place on the page, so a booklet set in two columns comes
out with both columns side by side on the same lines, a paragraph of the left interleaved line by
line with a heading or a small table of the right. Read in line order, the claims of both columns
are cut in the middle and a table set in one column takes the other column's prose for its rows.

A page is taken as two-column only on evidence a one-column page does not give: prose (a run of
Chinese text, not a table cell) starting at the same character column on several lines, beside
prose starting at the left margin on some of them, with a gutter of spaces before that column.
The page is then cut into sections: a line that crosses the gutter, or a table row whose cells lie
on both sides of it with none at the right column's margin, belongs to a one-column section (a
table across the page) and is read as it stands; between such lines, each run of lines holding
right-column text is read as the left column's lines, then the right column's.
"""
from __future__ import annotations

import re

from .recognize import FIGURE_CELL

_CHUNK = re.compile(r"\S+(?:[ \u3000]\S+)*")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_MIN_PROSE = 8  # Chinese characters in a run of prose; table cells are shorter
_MIN_RIGHT = 3  # lines of prose starting at the right column's margin
_MIN_BOTH = 2  # of them with prose at the left margin on the same line
_GUTTER = 2  # spaces at least between the columns
_SLACK = 1  # a column's margin may move by one character from line to line


def reading_order(raw_lines: list[str]) -> list[tuple[int, str]]:
    """The lines in reading order as (index in raw_lines, text): lines of one-column pages as they
    stand, a two-column section's left halves before its right halves (a line holding both comes
    twice, under its own index). A right half keeps its column positions relative to its margin."""
    order: list[tuple[int, str]] = []
    start = 0
    for end in _page_ends(raw_lines):
        order += _page_order(raw_lines, start, end)
        start = end
    return order


def _page_ends(raw_lines: list[str]) -> list[int]:
    ends = [k for k in range(1, len(raw_lines)) if "\f" in raw_lines[k]]
    return ends + [len(raw_lines)]


def _chunks(raw: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _CHUNK.finditer(raw.replace("\f", ""))]


def _prose(text: str) -> bool:
    return len(_HAN.findall(text)) >= _MIN_PROSE


def _margin(pages: list[list[tuple[int, int, str]]]) -> int | None:
    """The right column's margin on a page: the column where prose starts on enough lines, some of
    them with prose at the left margin and every left chunk of those lines clear of the gutter."""
    starts: dict[int, int] = {}
    for chunks in pages:
        for s, _, text in chunks[1:] if chunks and chunks[0][0] == 0 else chunks:
            if s > 0 and _prose(text):
                starts[s] = starts.get(s, 0) + 1
    for margin, count in sorted(starts.items(), key=lambda kv: (-kv[1], kv[0])):
        if count < _MIN_RIGHT:
            return None
        both = sum(1 for chunks in pages
                   if any(abs(s - margin) <= _SLACK and _prose(t) for s, _, t in chunks)
                   and chunks[0][0] == 0 and _prose(chunks[0][2]) and chunks[0][1] <= margin - _GUTTER)
        if both >= _MIN_BOTH:
            return margin
    return None


# a line with text at the left margin and Chinese text after a gap: without two of them on a page, the
# page has no prose beside prose and is read as it stands without looking further
_BESIDE = re.compile(r"^\f?\S.*?\S[ \u3000]{2,}.*[\u4e00-\u9fff]")


def _page_order(raw_lines: list[str], start: int, end: int) -> list[tuple[int, str]]:
    if sum(1 for k in range(start, end) if _BESIDE.match(raw_lines[k])) < _MIN_BOTH:
        return [(k, raw_lines[k]) for k in range(start, end)]
    chunked = [_chunks(raw_lines[k]) for k in range(start, end)]
    margin = _margin(chunked)
    if margin is None:
        return [(k, raw_lines[k]) for k in range(start, end)]
    cut = margin - _SLACK
    kinds = [_kind(chunks, margin) for chunks in chunked]
    order: list[tuple[int, str]] = []
    k = 0
    while k < len(kinds):
        if kinds[k] != "right":
            order.append((start + k, raw_lines[start + k]))
            k += 1
            continue
        last = k
        j = k
        while j < len(kinds) and kinds[j] != "across":
            if kinds[j] == "right":
                last = j
            j += 1
        # the left column's last lines (a table's header at the foot of the column) run on past the
        # right column's last text, up to a blank line
        while last + 1 < j and kinds[last + 1] == "left":
            last += 1
        lefts, rights = [], []
        for i in range(k, last + 1):
            raw = raw_lines[start + i]
            feed = "\f" if "\f" in raw else ""
            plain = raw.replace("\f", "")
            left, right = plain[:cut].rstrip(), plain[cut:].rstrip()
            if not left and not right:
                lefts.append((start + i, feed))
                rights.append((start + i, ""))
                continue
            if left:
                lefts.append((start + i, feed + left))
            if right.strip():
                rights.append((start + i, right))
        order += lefts + rights
        k = last + 1
    return order


def _kind(chunks: list[tuple[int, int, str]], margin: int) -> str:
    """How a line sits against the gutter: blank, left (all of it left of the gutter), right (text
    in the right column), or across (a line of a one-column section)."""
    if not chunks:
        return "blank"
    cut = margin - _SLACK
    right = [s for s, _, _ in chunks if s >= cut]
    for s, e, _ in chunks:
        if s < cut and e > margin - _GUTTER:
            return "across"
    if not right:
        return "left"
    lefts = len(chunks) - len(right)
    if lefts and not any(abs(s - margin) <= _SLACK for s in right):
        return "across"  # a wide table's row whose cells happen to leave the gutter free
    if lefts >= 2 and not any(_prose(text) for s, _, text in chunks if s >= cut):
        return "across"  # a wide table's row with a cell at the margin: table cells on both sides
    return "right"


_FIGURE = FIGURE_CELL
_CELL = 12  # characters at most in a scattered cell
_SENTENCE = re.compile(r"[。，；;：:？！]")


def gather_scattered(order: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A table's first rows that `pdftotext -layout` printed one cell a line, column after column
    (`中级工` / `高级工` / `42` / `68` / …, each column's cells of those rows stacked at its own
    offset), put back as rows when the row right after has one cell for each stack: as many stacks
    as that row's cells, each as tall as the others (two rows or more), their offsets rising. Other
    runs of short lines are left as they stand."""
    out: list[tuple[int, str]] = []
    k = 0
    while k < len(order):
        run_end = k
        while run_end < len(order) and _single_cell(order[run_end][1]):
            run_end += 1
        if run_end == k:
            out.append(order[k])
            k += 1
            continue
        rows = _rows_of(order, k, run_end)
        if rows is None:
            out += order[k:run_end]
        else:
            first, rebuilt = rows
            out += order[k:first] + rebuilt
        k = run_end
    return out


def _single_cell(text: str) -> bool:
    stripped = text.strip()
    if not stripped or len(stripped) > _CELL:
        return False
    chunks = _chunks(text)
    return len(chunks) == 1 and len(chunks[0][2]) <= _CELL and not _SENTENCE.search(chunks[0][2])


def _rows_of(order: list[tuple[int, str]], start: int, end: int) -> tuple[int, list[tuple[int, str]]] | None:
    """The index where the stacks of lines start..end begin and the rows they make, or None."""
    following = next((text for _, text in order[end:end + 2] if text.strip()), "")
    columns = len(_chunks(following))
    if columns < 2:
        return None
    stacks: list[list[tuple[int, int, str]]] = []  # (index in order, offset, cell)
    for i in range(start, end):
        s, _, cell = _chunks(order[i][1])[0]
        if stacks and abs(stacks[-1][-1][1] - s) <= _SLACK:
            stacks[-1].append((i, s, cell))
        else:
            stacks.append([(i, s, cell)])
    stacks = stacks[-columns:]
    height = len(stacks[0])
    if len(stacks) != columns or height < 2 or any(len(stack) != height for stack in stacks):
        return None
    offsets = [stack[0][1] for stack in stacks]
    if any(b <= a for a, b in zip(offsets, offsets[1:])):
        return None
    if not any(all(_FIGURE.fullmatch(cell) for _, _, cell in stack) for stack in stacks):
        return None
    rebuilt = []
    for r in range(height):
        text = ""
        for stack in stacks:
            _, offset, cell = stack[r]
            text = text.ljust(max(offset, len(text) + 2 if text else offset)) + cell
        rebuilt.append((order[stacks[0][r][0]][0], text))
    return stacks[0][0][0], rebuilt
