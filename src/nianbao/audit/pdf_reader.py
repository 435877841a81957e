"""Read a published PDF from the positions of its characters (PDFium, through pypdfium2).

One backend, carried by a wheel, so a PDF reads the same on every machine whatever else is
installed. Characters are grouped into lines by their vertical position and into chunks by
the horizontal gaps between them: a gap of about one character separates two table cells,
so tables are rebuilt from coordinates, not from spacing in a text rendering.
Locations are physical page numbers (1 = the first page of the file). Running heads
and page numbers are dropped; a merged first-column label, which the layout prints in
the vertical middle of its block, is put back on the first row of the block.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from ..document.model import Document
from . import recognize as rx
from .assemble import assemble
from .limits import MAX_PDF_PAGES, ReportUnreadable, check_file_size, check_line
from .recognize import Line

_LEADER = re.compile(r"(?:\s*[.．…·]){3,}\s*(?=\d+\s*$)")
_ENTRY_TAIL = re.compile(r"(?:\s{2,}|[.．…·]\s*)\d{1,4}$")  # "表 1-1 …   27": a list entry, not a caption
_NUMERIC = re.compile(r"^[-+]?\d[\d,. ]*%?$")
CELL_GAP = 0.8  # a horizontal gap of this many character sizes separates two chunks (table cells)
WORD_GAP = 0.2  # a smaller gap between Latin letters or digits is a space
SAME_LINE = 0.4  # vertical distance of character centres, in sizes, within one line


@dataclass
class PdfLine:
    """One printed line: its chunks (x0, x1, text) left to right, its size and vertical position."""

    chunks: list[tuple[float, float, str]]
    size: float
    top: float
    bottom: float

    @property
    def text(self) -> str:
        return "  ".join(t for _, _, t in self.chunks)

    @property
    def x0(self) -> float:
        return self.chunks[0][0]


def _page_chars(textpage) -> list[tuple[float, float, float, float, str]]:
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    chars = []
    for i, ch in enumerate(text[:count]):
        if ch in "\r\n\ufffe" or ch.isspace() and ch != " ":
            continue
        left, bottom, right, top = textpage.get_charbox(i, loose=True)
        if top - bottom <= 1.5:  # generated spaces and line ends have no body
            continue
        chars.append((left, bottom, right, top, ch))
    return chars


def _lines(chars) -> list[PdfLine]:
    rows: list[list] = []
    for char in sorted(chars, key=lambda c: (-(c[1] + c[3]) / 2, c[0])):
        centre, size = (char[1] + char[3]) / 2, char[3] - char[1]
        if rows:
            last = rows[-1]
            last_centre = (last[0][1] + last[0][3]) / 2
            if abs(last_centre - centre) <= SAME_LINE * max(size, last[0][3] - last[0][1]):
                last.append(char)
                continue
        rows.append([char])
    return [_line(sorted(row, key=lambda c: c[0])) for row in rows]


def _line(chars) -> PdfLine:
    size = Counter(round(c[3] - c[1], 1) for c in chars).most_common(1)[0][0]
    chunks, current, start, end = [], [], chars[0][0], chars[0][0]
    for left, _, right, _, ch in chars:
        gap = left - end
        if current and gap > CELL_GAP * size:
            chunks.append((start, end, "".join(current).strip()))
            current, start = [], left
        elif current and gap > WORD_GAP * size and current[-1] != " " and ch != " ":
            current.append(" ")
        current.append(ch)
        end = max(end, right)
    chunks.append((start, end, "".join(current).strip()))
    chunks = [c for c in chunks if c[2]]
    return PdfLine(chunks or [(start, end, "")], size, max(c[3] for c in chars), min(c[1] for c in chars))


def pdf_pages(path: Path, name: str = "") -> list[list[PdfLine]]:
    name = name or str(path)
    check_file_size(path, name)
    try:
        document = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        reason = "文件已加密，需要密码" if "password" in str(exc).lower() else "文件已损坏或不是 PDF"
        raise ReportUnreadable(name, reason) from exc
    try:
        if len(document) > MAX_PDF_PAGES:
            raise ReportUnreadable(name, f"共 {len(document)} 页，超过上限 {MAX_PDF_PAGES} 页")
        pages = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            lines = [ln for ln in _lines(_page_chars(textpage)) if ln.text]
            for ln in lines:
                check_line(ln.text, name, f"第 {index + 1} 页的一行")
            pages.append(lines)
            textpage.close()
            page.close()
        return pages
    except pdfium.PdfiumError as exc:
        raise ReportUnreadable(name, f"文件已损坏（{exc}）") from exc
    finally:
        document.close()


def running_heads(pages: list[list[PdfLine]]) -> set[str]:
    """Lines that open or close many pages: the report's running head and footer."""
    counts: Counter = Counter()
    for lines in pages:
        texts = [re.sub(r"\s+", "", ln.text) for ln in lines]
        counts.update(set(texts[:2] + texts[-2:]))
    return {t for t, n in counts.items() if n >= max(3, len(pages) // 4) and len(t) <= 60}


def _left_margin(pages: list[list[PdfLine]]) -> float:
    """The body's left edge: the most common starting position of lines."""
    starts = Counter(round(ln.x0) for lines in pages for ln in lines)
    return min((x for x, n in starts.items() if n >= max(3, starts.most_common(1)[0][1] // 4)), default=0.0)


def pdf_lines(path: Path, name: str = "") -> tuple[list[Line], int]:
    pages = pdf_pages(path, name)
    heads = running_heads(pages)
    reader = _PageReader(_left_margin(pages))
    for number, lines in enumerate(pages, start=1):
        reader.new_page()
        for ln in lines:
            squeezed = re.sub(r"\s+", "", ln.text)
            if squeezed in heads or rx.PAGE_NUMBER_RE.match(ln.text.strip() or "x"):
                continue
            reader.line(ln, number)
    reader.end_table()
    return reader.lines, len(pages)


class _PageReader:
    def __init__(self, margin: float):
        self.margin = margin
        self.lines: list[Line] = []
        self.blanks = 0
        self.page_break = False
        self.previous: PdfLine | None = None
        self.table: _TableLines | None = None

    def new_page(self) -> None:
        self.page_break, self.previous = True, None

    def emit(self, line: Line) -> None:
        line.blank_before, line.page_break_before = self.blanks, self.page_break
        self.blanks, self.page_break = 0, False
        self.lines.append(line)

    def line(self, ln: PdfLine, page: int) -> None:
        if self.previous is not None and self.previous.bottom - ln.top > 0.9 * ln.size:
            self.blanks += 1  # paragraph spacing (or a figure) above this line
        self.previous = ln
        text = ln.text
        cleaned = rx.clean(text)
        caption = rx.match_caption(cleaned)
        if self.table is not None:
            if _CONTINUED.match(cleaned):
                return  # "续表 1-4 <title>" over the rest of the table on the next page: the same table goes on
            if rx.match_source(cleaned) is not None or caption or self._prose(ln, cleaned):
                self.end_table()
            else:
                self.table.add(ln)
                return
        line = Line(cleaned, page=page, extra={"raw": _LEADER.sub("\t", text)})
        self.emit(line)
        if ln.x0 - self.margin >= 1.5 * ln.size and not line.page_break_before:
            line.blank_before = max(line.blank_before, 1)  # an indented line opens a paragraph
        if caption and caption.kind == "table" and rx.plausible_caption(caption) and not _ENTRY_TAIL.search(text):
            self.table = _TableLines(page)

    def _prose(self, ln: PdfLine, cleaned: str) -> bool:
        single = len(ln.chunks) == 1
        return single and (len(cleaned) > 25 or cleaned.endswith("。")) or \
            bool(rx.match_heading(cleaned) and single and ln.x0 - self.margin < ln.size)

    def end_table(self) -> None:
        if self.table is None:
            return
        table, self.table = self.table, None
        for cells in table.rows():
            self.emit(Line("\t".join(cells), page=table.page, cells=cells, extra={"raw": "\t".join(cells)}))


_CONTINUED = re.compile(r"[（(]?续表\s*\d")


class _TableLines:
    """Rows of one table. Column spans come from the header and from the rows that fill every
    column; the other rows are placed by overlap with those spans (positions in points)."""

    def __init__(self, page: int):
        self.page = page
        self.header: list[tuple[float, str]] | None = None
        self.header_end: list[float] = []
        self.raw_rows: list[list[tuple[float, float, str]]] = []
        self.labels: list[tuple[float, str]] = []  # (row coordinate, label) of label-only lines

    def add(self, ln: PdfLine) -> None:
        chunks = ln.chunks
        if self.header is None and len(chunks) == 1 and rx.is_unit_line(chunks[0][2]):
            return  # "单位：万元" over the table (a line, or a first row spanning it): no column of its own
        if self.header is None:
            self.header = [(a, t) for a, _, t in chunks]
            self.header_end = [b for _, b, _ in chunks]
            return
        if [t for _, _, t in chunks] == [t for _, t in self.header]:
            return  # the header repeated on a continuation page
        if len(chunks) == 1 and _CONTINUED.match(chunks[0][2]):
            return  # "续表 1-2 …" above the repeated header
        n = len(self.header)
        first_end = self.header_end[0] + ln.size
        if len(chunks) == 1 and n > 2 and not _NUMERIC.match(chunks[0][2]) and chunks[0][0] < first_end \
                and not _is_subtotal(chunks[0][2]):
            last = self.raw_rows[-1] if self.raw_rows else None
            if last and last[0][0] < first_end and len(last) > 1:
                # the first cell of the row above wrapped ("酒店管理与数字化" / "运营")
                a, b, text = last[0]
                last[0] = (a, max(b, chunks[0][1]), text + chunks[0][2])
                return
            self.labels.append((len(self.raw_rows) - 0.5, chunks[0][2]))
            return
        if self._wrapped(chunks, first_end):
            return
        self.raw_rows.append(chunks)

    def _wrapped(self, chunks: list[tuple[float, float, str]], first_end: float) -> bool:
        """A line of text only, each piece under a text cell of the row above ("港口机械与智能控" / "制"):
        the ends of cells that wrapped in a column other than the first, joined to them."""
        last = self.raw_rows[-1] if self.raw_rows else None
        if last is None or len(chunks) >= len(self.header) or any(
                _NUMERIC.match(t) or _is_subtotal(t) or a < first_end for a, _, t in chunks):
            return False
        above = [next((k for k, (a, b, t) in enumerate(last) if min(b, end) > max(a, start)
                       and not _NUMERIC.match(t)), None) for start, end, _ in chunks]
        if None in above:
            return False
        for k, (start, end, text) in zip(above, chunks):
            a, b, t = last[k]
            last[k] = (a, max(b, end), t + text)
        return True

    def _spans(self) -> list[tuple[float, float]]:
        n = len(self.header)
        spans = [[start, end] for (start, _), end in zip(self.header, self.header_end)]
        for chunks in self.raw_rows:
            if len(chunks) == n:
                for j, (start, end, _) in enumerate(chunks):
                    spans[j][0] = min(spans[j][0], start)
                    spans[j][1] = max(spans[j][1], end)
        return [(a, b) for a, b in spans]

    def _assign(self, chunks: list[tuple[float, float, str]], spans) -> list[str]:
        n = len(spans)
        cells = [""] * n
        if len(chunks) >= n:
            for j, (_, _, text) in enumerate(chunks[:n - 1]):
                cells[j] = text
            cells[n - 1] = " ".join(t for _, _, t in chunks[n - 1:])
            return cells
        last = -1
        for k, (start, end, text) in enumerate(chunks):

            def score(j):
                a, b = spans[j]
                return (-(min(end, b) - max(start, a)), abs((a + b) / 2 - (start + end) / 2))
            best = min(range(n), key=score)
            best = min(max(best, last + 1), n - 1 - (len(chunks) - k - 1))
            cells[best] = text
            last = best
        return cells

    def rows(self) -> list[list[str]]:
        if self.header is None:
            return []
        two_level = self._two_level_header()
        if two_level is not None:
            header_rows, spans = two_level
            self.raw_rows = self.raw_rows[1:]
            self.labels = [(at - 1, label) for at, label in self.labels]
        else:
            header_rows, spans = [[t for _, t in self.header]], self._spans()
        rows = [self._assign(chunks, spans) for chunks in self.raw_rows]
        labels = list(self.labels)
        merged = bool(labels) or any(not r[0] for r in rows)
        if merged:
            for i, row in enumerate(rows):
                if row[0] and i > 0 and not _is_subtotal(row[0]):  # a 合计 row keeps its own label
                    labels.append((i, row[0]))
                    row[0] = ""
            labels.sort()
            if rows and rows[0][0]:
                labels.insert(0, (0, rows[0][0]))
            self._place(rows, labels)
        return header_rows + rows

    def _two_level_header(self) -> tuple[list[list[str]], list[tuple[float, float]]] | None:
        """A header over two lines: group headers (毕业生数) over a line of sub-column names (本科 专科 小计),
        the other headers (学院, 落实率) spanning both. The columns are those of the rows of figures, which
        have more cells than the first header line; each name of the second line goes to the column under
        it, each header of the first to the column under it or, for a group, to the run of named columns
        nearest to it. Returns the two header rows aligned to the columns (a spanned cell empty) and the
        columns' spans, or None when the lines do not fit that reading."""
        if len(self.raw_rows) < 2 or any(_NUMERIC.match(t) for _, _, t in self.raw_rows[0]):
            return None
        data = [chunks for chunks in self.raw_rows[1:] if any(_NUMERIC.match(t) for _, _, t in chunks)]
        width = Counter(len(chunks) for chunks in data).most_common(1)[0][0] if data else 0
        subs = self.raw_rows[0]
        if not len(self.header) < width < len(self.header) + len(subs):
            return None
        spans = [(min(c[j][0] for c in data if len(c) == width), max(c[j][1] for c in data if len(c) == width))
                 for j in range(width)]
        sub_at = _columns_under(subs, spans)
        if sub_at is None:
            return None
        free = [j for j in range(width) if j not in sub_at]
        top = _columns_under([(a, b, t) for (a, t), b in zip(self.header, self.header_end)], spans)
        if top is None or not set(free) <= set(top):
            return None
        first, second = [""] * width, [""] * width
        for j, text in zip(sub_at, (t for _, _, t in subs)):
            second[j] = text
        for j, text in zip(top, (t for _, t in self.header)):
            if j in free:
                first[j] = text
            else:  # a group header: over the first column of its run of named columns
                start = j
                while start - 1 in sub_at and not first[start - 1] and start - 1 not in top:
                    start -= 1
                first[start] = text
        return [first, second], spans

    @staticmethod
    def _place(rows: list[list[str]], labels: list[tuple[float, str]]) -> None:
        """A merged label sits in the vertical middle of its block: solve for the block starts."""
        start = 0
        for k, (coordinate, label) in enumerate(labels):
            limit = math.floor(labels[k + 1][0]) if k + 1 < len(labels) else len(rows)
            end = min(max(round(2 * coordinate + 1 - start), start + 1), max(limit, start + 1))
            if start < len(rows):
                rows[start][0] = label
            start = end


def _columns_under(chunks: list[tuple[float, float, str]], spans: list[tuple[float, float]]) -> list[int] | None:
    """The column each chunk sits over (the one its centre is nearest to), left to right, each column at
    most once; None when two chunks fall on one column."""
    columns = [min(range(len(spans)), key=lambda j: abs((spans[j][0] + spans[j][1]) / 2 - (a + b) / 2))
               for a, b, _ in chunks]
    return columns if all(x < y for x, y in zip(columns, columns[1:])) else None


def _is_subtotal(text: str) -> bool:
    from .tables import is_subtotal
    return is_subtotal(rx.fold(text))


def read_pdf_counted(path: Path, display_name: str | None = None) -> tuple[Document, int]:
    """The document and the number of pages of the file."""
    name = display_name or str(path)
    lines, pages = pdf_lines(path, name)
    return assemble(lines, name), pages


def read_pdf(path: Path, display_name: str | None = None) -> Document:
    return read_pdf_counted(path, display_name)[0]
