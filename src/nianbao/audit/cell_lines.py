"""Tables that plain `pdftotext` (without -layout) printed as a column of short lines, one cell a line.

Such text gives a table's cells in the order of pdftotext's text blocks, not row by row. The blocks of
a LibreOffice or Word PDF table come in two shapes, and a page may hold both:

- a lead block that runs across the rows of the first columns: header cells, then each row's label
  followed by its figures; a label that wrapped prints its first line before the row's figures and
  the rest after them (cells aligned to the top), so a run of text between two rows' figures is the
  end of the label above and, on its last line, the next label;
- column blocks, each a column's header (if any) over its figures; when rows are tall (a wrapped label
  in the first column) pdftotext cuts the columns at row groups: a band of consecutive blocks, one a
  column, each holding the same rows, then the next band for the rows below.

A table is rebuilt only when every count fits: each row's figures one per column, every band's
blocks as long as each other, the bands' rows adding up to the lead's; anything else (a label column
whose wrapped lines cannot be told apart from its rows, ordinary short lines of prose) is left as
lines, never guessed into a table. The rows go to the assembler as any reader's rows, so the
table model and its checks are those of every other form.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import recognize as rx
from .recognize import clean

_FIGURE = rx.ONE_FIGURE
_GAP = re.compile(r"\t|[ \u3000]{2,}")
_PROSE = 25  # a cell of a printed table is shorter than a wrapped line of prose
_OPEN, _CLOSE = "（(", "）)"


@dataclass
class _Token:
    kind: str  # text, fig, break (a blank line, a page number, the source line), page (a new page)
    text: str = ""
    line: int = 0


@dataclass
class PlainTable:
    rows: list[list[str]]  # the header row first
    lines: list[int]  # the input line each row starts at
    source: str
    source_line: int
    end: int  # index of the first raw line after the table


def plain_table(raw: list[str], index: int, heads: set[str]) -> PlainTable | None:
    """The table whose caption is raw line `index`, printed one cell a line, or None when the lines
    after the caption are not such a table. `heads` holds the running heads and feet (squeezed)."""
    tokens, source, source_line, end = _tokens(raw, index + 1, heads)
    if not any(t.kind == "fig" for t in tokens):
        return None
    segments: list[list[_Token]] = [[]]
    for token in tokens:
        if token.kind == "page":
            segments.append([])
        else:
            segments[-1].append(token)
    segments = [s for s in segments if any(t.kind != "break" for t in s)]
    first = _first_segment(_blocks(segments[0]))
    if first is None:
        return None
    rows, lines = first
    width = len(rows[0])
    for segment in segments[1:]:
        more = _later_segment(_blocks(segment), width)
        if more is None:
            return None
        rows += more[0]
        lines += more[1]
    return PlainTable(rows, lines, source, source_line, end)


def _tokens(raw: list[str], start: int, heads: set[str]) -> tuple[list[_Token], str, int, int]:
    """The lines after a caption up to the table's end (a line of prose, a heading, a caption):
    tokens, the source named amid them, its line and the index after the last token."""
    tokens: list[_Token] = []
    source, source_line, end = "", 0, start
    for k in range(start, len(raw)):
        line = raw[k]
        if "\f" in line:
            tokens.append(_Token("page"))
            line = line.replace("\f", "")
        stripped = line.strip()
        squeezed = re.sub(r"\s+", "", stripped)
        if not stripped:
            tokens.append(_Token("break"))
            continue
        if squeezed in heads or (rx.PAGE_NUMBER_RE.match(stripped) and not _FIGURE.match(stripped)):
            tokens.append(_Token("break"))
            continue
        text = clean(stripped)
        named = rx.match_source(text)
        if named is not None and not source:
            source, source_line, end = named, k + 1, k + 1
            tokens.append(_Token("break"))
            continue
        if rx.is_note(text):  # a note (注：…) falls amid the cells as the source does
            tokens.append(_Token("break"))
            continue
        if _GAP.search(stripped) or stripped.startswith("|") or named is not None or rx.match_caption(text) \
                or rx.match_heading(text) or len(text) > _PROSE or text.endswith("。"):
            break
        tokens.append(_Token("fig" if _FIGURE.match(text) else "text", text, k + 1))
        end = k + 1
    while tokens and tokens[-1].kind in ("break", "page"):
        tokens.pop()
    return tokens, source, source_line, end


def _blocks(tokens: list[_Token]) -> list[list[_Token]]:
    blocks: list[list[_Token]] = [[]]
    for token in tokens:
        if token.kind == "break":
            if blocks[-1]:
                blocks.append([])
        else:
            blocks[-1].append(token)
    return [b for b in blocks if b]


def _first_segment(blocks: list[list[_Token]]) -> tuple[list[list[str]], list[int]] | None:
    """Header and rows of the table's first page, read with a lead block across the rows or with a
    label column; None unless exactly one reading fits (or both give the same table)."""
    found = []
    for reading in (_lead_rows(blocks, header=True), _label_column(blocks, header=True)):
        if reading is None:
            continue
        (header, *body), lines, rest = reading
        columns = _column_blocks(rest, len(body), named=True)
        if columns is None or not columns[0] and all(len(row) == 1 for row in body):
            continue  # a column of text alone is no table
        names, cells = columns
        found.append(([header + names] + [row + [c[i] for c in cells] for i, row in enumerate(body)], lines))
    return _one(found)


def _later_segment(blocks: list[list[_Token]], width: int) -> tuple[list[list[str]], list[int]] | None:
    """The rows a table continues with on a later page (no header repeated)."""
    found = []
    for reading in (_lead_rows(blocks, header=False), _label_column(blocks, header=False)):
        if reading is None:
            continue
        body, lines, rest = reading
        columns = _column_blocks(rest, len(body), named=False, wanted=width - len(body[0]))
        if columns is not None:
            found.append(([row + [c[i] for c in columns[1]] for i, row in enumerate(body)], lines))
    return _one(found)


def _one(found: list):
    """The one table the readings agree on, or None (no reading fits, or two disagree)."""
    if not found or any(f[0] != found[0][0] for f in found):
        return None
    return found[0]


def _lead_rows(blocks, header: bool):
    """A lead block across the rows: header cells, then per row a label and its figures (as many in
    each row). Blocks are joined until the first that holds a figure and cut after the last figure of
    that run of blocks. Returns (rows, row lines, remaining blocks) or None."""
    lead: list[_Token] = []
    k = 0
    while k < len(blocks):
        lead += blocks[k]
        k += 1
        if any(t.kind == "fig" for t in lead):
            break
    runs: list[list[_Token]] = []
    for token in lead:
        if runs and (runs[-1][0].kind == "fig") == (token.kind == "fig"):
            runs[-1].append(token)
        else:
            runs.append([token])
    if not runs or runs[0][0].kind == "fig":
        return None
    figures = runs[1::2]
    width = len(figures[0]) if figures else 0
    if not figures or any(len(f) != width for f in figures) or len(figures) < (2 if header else 1):
        return None
    texts = runs[0::2]
    names = texts[0][:-1]
    labels = [[texts[0][-1]]]
    for i, run in enumerate(texts[1:], start=1):
        labels[-1] += run[:-1] if i < len(figures) else run  # the end of the label above
        if i < len(figures):
            labels.append([run[-1]])
    rows = [["".join(t.text for t in label)] + [f.text for f in figs] for label, figs in zip(labels, figures)]
    lines = [label[0].line for label in labels]
    if header:
        cells = [text for text, _ in _cells(names)]
        if len(cells) != width + 1:
            return None
        return [cells] + rows, [texts[0][0].line] + lines, blocks[k:]
    if names:
        return None
    return rows, lines, blocks[k:]


def _label_column(blocks, header: bool):
    """A first block of text alone: the first column, its header (on the first page) over its labels."""
    if not blocks or any(t.kind == "fig" for t in blocks[0]):
        return None
    cells = _cells(blocks[0])
    if len(cells) < (3 if header else 1):
        return None
    return [[text] for text, _ in cells], [line for _, line in cells], blocks[1:]


def _column_blocks(blocks, count: int, named: bool, wanted: int | None = None):
    """The columns after the first ones: each block a column's name (on the first page) over its
    figures, the figures in bands of one block a column, each band's blocks as long as each other.
    Returns (names, columns) or None when they do not fit `count` rows."""
    names: list[str] = []
    figures: list[list[str]] = []
    for block in blocks:
        kinds = [t.kind for t in block]
        text = kinds.count("text")
        if "text" in kinds[text:]:
            return None  # text below a figure: no column block
        if text:
            if not named:
                return None
            names.append("".join(t.text for t in block[:text]))
        if text < len(block):
            figures.append([t.text for t in block[text:]])
    columns = len(names) if named else wanted
    if not columns:
        return ([], []) if not figures else None
    cells: list[list[str]] = [[] for _ in range(columns)]
    for at in range(0, len(figures), columns):
        band = figures[at:at + columns]
        if len(band) < columns or len({len(b) for b in band}) != 1:
            return None
        for j, block in enumerate(band):
            cells[j] += block
    if any(len(c) != count for c in cells):
        return None
    return names, cells


def _cells(tokens: list[_Token]) -> list[tuple[str, int]]:
    """One column's cells from its lines, with the line each starts at: a line that opens with a
    bracket (（人）) or follows an unclosed one (非学历培训（人 / 日）) ends the cell above."""
    cells: list[tuple[str, int]] = []
    for token in tokens:
        text = token.text
        if cells and (text[0] in _OPEN + _CLOSE or _unclosed(cells[-1][0])):
            cells[-1] = (cells[-1][0] + text, cells[-1][1])
        else:
            cells.append((text, token.line))
    return cells


def _unclosed(text: str) -> bool:
    return sum(text.count(c) for c in _OPEN) > sum(text.count(c) for c in _CLOSE)
