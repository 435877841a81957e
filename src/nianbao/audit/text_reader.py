"""Read a report saved as plain text or Markdown (e.g. text extracted from its PDF).

Locations are the line numbers of the input file, as an editor shows them. Tables are
tab-separated lines, Markdown pipe rows, or the space-aligned columns `pdftotext -layout` prints
(read as the PDF reader reads positions, a character column for a point); a form feed is a page
break inside a line, not a line.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from ..document.model import Document
from .assemble import assemble
from .limits import MAX_TEXT_BYTES, check_file_size, check_line
from . import recognize as rx
from .recognize import Line, clean, split_cells
from .recognised import garbled_share
from .cell_lines import plain_table
from .columns import gather_scattered, reading_order
from .table_lines import CONTINUED, PdfLine, TableLines

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_MD_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 or Big5, whichever reads as Chinese."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    candidates = [data.decode("gb18030", errors="replace"), data.decode("big5", errors="replace")]
    return max(candidates, key=lambda text: (garbled_share(text), -text.count("\ufffd")))


def editor_lines(text: str) -> list[str]:
    """The lines an editor (and `grep -n`) numbers: split at line ends only. str.splitlines also
    splits at the form feeds `pdftotext` puts between pages, so every page would shift the numbers."""
    lines = re.split(r"\r\n|\r|\n", text)
    return lines[:-1] if lines and lines[-1] == "" else lines


def text_lines(text: str, name: str = "") -> list[Line]:
    raw_lines = editor_lines(text)
    for number, raw in enumerate(raw_lines, start=1):
        check_line(raw, name, f"第 {number} 行")
    order = gather_scattered(reading_order(raw_lines))
    numbers = [index + 1 for index, _ in order]
    raw_lines = [text for _, text in order]
    tables = _LayoutTables(raw_lines)
    lines: list[Line] = []
    blanks, page_break = 0, False
    index = 0
    while index < len(raw_lines):
        raw = raw_lines[index]
        if "\f" in raw:
            page_break, raw = True, raw.replace("\f", "")
        rows, after = tables.at(index)
        if not rows:
            rows, after = _plain_table(raw_lines, index, tables.heads)
        found = rows or [_line(raw, index + 1)]
        index = after if rows else index + 1
        if found[0] is None:
            blanks += 1
            continue
        found[0].blank_before, found[0].page_break_before = blanks, page_break
        blanks, page_break = 0, False
        lines.extend(found)
    for line in lines:  # positions in reading order back to the file's own line numbers
        if line.line is not None:
            line.line = numbers[line.line - 1]
    return lines


def _plain_table(raw_lines: list[str], index: int, heads: set[str]) -> tuple[list[Line], int]:
    """A table caption at line `index` over a table plain `pdftotext` printed one cell a line: the
    caption, the rebuilt rows and the source line, and the index after the table; else ([], index)."""
    text = clean(raw_lines[index].replace("\f", "").strip())
    caption = rx.match_caption(text)
    if caption is None or caption.kind != "table" or not caption.title:
        return [], index
    table = plain_table(raw_lines, index, heads)
    if table is None:
        return [], index
    found = [Line(text, line=index + 1, extra={"raw": raw_lines[index].strip()})]
    found += [Line("\t".join(cells), line=number, cells=cells, extra={"raw": "\t".join(cells)})
              for cells, number in zip(table.rows, table.lines)]
    if table.source_line:
        found.append(Line(f"数据来源：{table.source}", line=table.source_line))
    return found, table.end


def _line(raw: str, number: int) -> Line | None:
    stripped = raw.strip()
    if not stripped or _MD_RULE.match(stripped):
        return None
    heading = _MD_HEADING.match(stripped)
    if heading:
        return Line(clean(heading.group(2)), line=number, style=f"h{min(len(heading.group(1)), 4)}")
    if stripped.startswith("|") and stripped.endswith("|"):
        cells = [clean(c) for c in stripped.strip("|").split("|")]
        return Line("\t".join(cells), line=number, cells=cells, extra={"raw": stripped})
    cells = split_cells(raw.rstrip())
    if cells is not None and len([c for c in cells if c]) >= 2:
        cells = [clean(c) for c in cells]
        return Line(clean(raw.replace("\t", " ")), line=number, cells=cells, extra={"raw": raw.strip()})
    if _layout_row(stripped):
        return None
    return Line(clean(raw), line=number, extra={"raw": raw.strip()})


_GAP = re.compile(r"[ \u3000]{2,}")
_FIGURE = rx.FIGURE_CELL
_SENTENCE = re.compile(r"[。，；;：:？！]")


def _layout_row(stripped: str) -> bool:
    """A line `pdftotext -layout` made of a table's row or a chart's labels: cells apart by runs of
    spaces, two of them figures (`河北省      1106      33.14%`), or figures alone (`100%  80%`).
    Its columns cannot be aligned surely from one line, and joined to the prose around it its figures
    would be claims of whatever word precedes them: it is left unread (never misread)."""
    cells = _GAP.split(stripped)
    figures = sum(bool(_FIGURE.fullmatch(c)) for c in cells)
    if figures and figures == len(cells):
        return True  # a chart's axis or a row of bare figures
    return len(cells) >= 3 and figures >= 2 and not _SENTENCE.search(stripped)


class _LayoutTables:
    """Tables `pdftotext -layout` printed as space-aligned columns: a header line of cells apart by
    runs of spaces, right above rows of figures. Each is read through the PDF reader's TableLines,
    its positions in character columns (the layout keeps a table's columns at the same offsets);
    running heads, page numbers and a "续表 N" line inside it are skipped, and it ends at its source,
    a caption, a heading or a line of prose."""

    def __init__(self, raw_lines: list[str]):
        self.raw = [raw.replace("\f", "") for raw in raw_lines]
        self.heads = _page_edges(raw_lines)

    def at(self, index: int) -> tuple[list[Line], int]:
        """The rows of a layout table whose header is line `index` and the index after its last line,
        or ([], index) when no such table starts there."""
        if not self._header(index):
            return [], index
        table, end, first = TableLines(page=0), index, index + 1
        for k in range(index, len(self.raw)):
            stripped = self.raw[k].strip()
            if not stripped or self._skipped(stripped):
                continue
            if k > index and self._ends(stripped):
                break
            table.add(_layout_line(self.raw[k]))
            end = k + 1
        rows = table.rows()
        return [Line("\t".join(cells), line=first, cells=cells, extra={"raw": "\t".join(cells)})
                for cells in rows], end

    def _header(self, index: int) -> bool:
        stripped = self.raw[index].strip()
        if "\t" in stripped or len(_GAP.split(stripped)) < 2 or _SENTENCE.search(stripped) \
                or _layout_row(stripped) or self._skipped(stripped):
            return False
        following = [raw.strip() for raw in self.raw[index + 1:index + 6] if raw.strip()][:3]
        return any(_layout_row(text) for text in following) or sum(map(_figure_row, following)) >= 2

    def _skipped(self, stripped: str) -> bool:
        return _squeezed(stripped) in self.heads or bool(rx.PAGE_NUMBER_RE.match(stripped)) \
            or bool(CONTINUED.match(stripped)) and len(_GAP.split(stripped)) == 1

    @staticmethod
    def _ends(stripped: str) -> bool:
        text = clean(stripped)
        if rx.match_source(text) is not None or rx.match_caption(text) or rx.is_note(text):
            return True
        single = len(_GAP.split(stripped)) == 1
        return single and (len(text) > 25 or text.endswith("。") or bool(rx.match_heading(text)))


def _figure_row(stripped: str) -> bool:
    """A row of cells apart by runs of spaces with a figure among them (`毕业生数      人      1,612`)."""
    cells = _GAP.split(stripped)
    return len(cells) >= 2 and not _SENTENCE.search(stripped) and any(_FIGURE.fullmatch(c) for c in cells)


def _layout_line(raw: str) -> PdfLine:
    """A line as chunks at their character columns (one column wide characters, as the layout counts)."""
    chunks = []
    for m in _CHUNK.finditer(raw):
        # "智能交通技术40", "电气自动化设备安装与 246": a label filling its cell leaves no gap of two
        # spaces before the figure of the next column
        glued = _GLUED.match(m.group())
        if glued:
            cut, figure = m.start() + glued.end(1), m.start() + glued.start(2)
            chunks += [(float(m.start()), float(cut), clean(glued.group(1))), (float(figure), float(m.end()), clean(glued.group(2)))]
        else:
            chunks.append((float(m.start()), float(m.end()), clean(m.group())))
    return PdfLine(chunks, 1.0, 0.0, 0.0)


def _page_edges(raw_lines: list[str]) -> set[str]:
    """The running head and foot: lines that open or close three pages or more (pages apart by form
    feeds), as the PDF reader finds them; a wrapped cell's end ("术") repeated in a table is none."""
    pages: list[list[str]] = [[]]
    for raw in raw_lines:
        if "\f" in raw:
            pages.append([])
        text = _squeezed(raw)
        if text:
            pages[-1].append(text)
    counts = Counter(text for page in pages for text in set(page[:2] + page[-2:]) if len(text) <= 40)
    return {text for text, n in counts.items() if n >= 3}


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


_CHUNK = re.compile(r"\S+(?:[ \u3000]\S+)*")
_GLUED = re.compile(r"(.*[\u4e00-\u9fff])[ \u3000]?(\d[\d,]*(?:\.\d+)?%?)$")


def read_text(path: Path, display_name: str | None = None) -> Document:
    name = display_name or str(path)
    check_file_size(Path(path), name, MAX_TEXT_BYTES)
    return assemble(text_lines(decode(Path(path).read_bytes()), name), name)
