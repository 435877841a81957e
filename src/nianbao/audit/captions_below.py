"""Tables whose caption is printed below them, as some Word and WPS templates place it.

The PDF reader starts a table at the caption above it; rows above a caption below it were read as
lines of text (a table of figures by departments turned into sentences that seemed to contradict
each other). Found after reading: a table caption with no rows after it, right below a block of
lines laid out in columns on its page, takes that block as its table's rows, as the DOCX reader sees
rows then the caption. A block that does not read as a table (fewer than two rows with columns) stays
text.
"""
from __future__ import annotations

from . import recognize as rx
from .recognize import Line
from .table_lines import PdfLine, TableLines

WRAPPED_CELL_CHARS = 10  # a line of one short piece inside a table is the end of a wrapped cell
STOPS = "。；;：:"


def _table_caption(line: Line) -> bool:
    caption = rx.match_caption(line.text) if not line.is_row and not line.style else None
    return caption is not None and caption.kind == "table" and rx.plausible_caption(caption)


def _in_columns(line: Line, page: int) -> PdfLine | None:
    """The printed line when `line` can be a row (or a wrapped cell's end) of a table on `page`."""
    printed = line.extra.get("printed")
    if printed is None or line.is_row or line.style or line.page not in (page, page - 1):
        return None  # a table may begin at the foot of the page before its caption's
    text = line.text
    if rx.match_caption(text) or rx.match_source(text) is not None or rx.match_heading(text) or rx.is_unit_line(text):
        return None
    if len(printed.chunks) >= 2 or (len(text) <= WRAPPED_CELL_CHARS and not text.endswith(tuple(STOPS))):
        return printed
    return None


def _block_above(lines: list[Line], page: int) -> int:
    """Where the block of lines in columns right above the end of `lines` starts (len(lines): none)."""
    start = len(lines)
    while start > 0 and _in_columns(lines[start - 1], page) is not None:
        start -= 1
    while start < len(lines) and len(lines[start].extra["printed"].chunks) < 2:
        start += 1  # a table opens with its header, a line of several columns
    return start


def _rows(block: list[Line], page: int) -> list[Line]:
    table = TableLines(page)
    for line in block:
        table.add(line.extra["printed"])
    rows = table.rows()
    if len(rows) < 2 or sum(len(line.extra["printed"].chunks) >= 2 for line in block) < 2:
        return []
    out = [Line("\t".join(cells), page=page, cells=cells, extra={"raw": "\t".join(cells)}) for cells in rows]
    out[0].blank_before, out[0].page_break_before = block[0].blank_before, block[0].page_break_before
    return out


def rows_above_captions(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for i, line in enumerate(lines):
        following = lines[i + 1] if i + 1 < len(lines) else None
        if _table_caption(line) and line.page is not None and not (following is not None and following.is_row):
            start = _block_above(out, line.page)
            rows = _rows(out[start:], line.page) if start < len(out) else []
            if rows:
                out[start:] = rows
        out.append(line)
    return out
