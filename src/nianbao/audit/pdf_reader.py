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

import re
from collections import Counter
from pathlib import Path

import pypdfium2 as pdfium

from ..document.model import Document
from . import recognize as rx
from .assemble import FOOTNOTE_SOURCE, assemble
from .captions_below import rows_above_captions
from .limits import MAX_PDF_PAGES, ReportUnreadable, check_file_size, check_line
from .recognize import Line
from .table_lines import CONTINUED, PdfLine, TableLines

_LEADER = re.compile(r"(?:\s*[.．…·]){3,}\s*(?=\d+\s*$)")
_ENTRY_TAIL = re.compile(r"(?:\s{2,}|[.．…·]\s*)\d{1,4}$")  # "表 1-1 …   27": a list entry, not a caption
CELL_GAP = 0.8  # a horizontal gap of this many character sizes separates two chunks (table cells)
WORD_GAP = 0.2  # a smaller gap between Latin letters or digits is a space
SAME_LINE = 0.4  # vertical distance of character centres, in sizes, within one line


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
    return rows_above_captions(reader.lines), len(pages)


class _PageReader:
    def __init__(self, margin: float):
        self.margin = margin
        self.lines: list[Line] = []
        self.blanks = 0
        self.page_break = False
        self.previous: PdfLine | None = None
        self.table: TableLines | None = None

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
            if CONTINUED.match(cleaned):
                return  # "续表 1-4 <title>" over the rest of the table on the next page: the same table goes on
            if self.table.header is None and FOOTNOTE_SOURCE.match(cleaned):
                # a caption at a page's foot, its footnotes under it, the table on the next page
                self.emit(Line(cleaned, page=page, extra={"raw": text}))
                return
            if rx.match_source(cleaned) is not None or caption or self._prose(ln, cleaned):
                self.end_table()
            else:
                self.table.add(ln)
                return
        line = Line(cleaned, page=page, extra={"raw": _LEADER.sub("\t", text), "printed": ln})
        self.emit(line)
        if ln.x0 - self.margin >= 1.5 * ln.size and not line.page_break_before:
            line.blank_before = max(line.blank_before, 1)  # an indented line opens a paragraph
        if caption and caption.kind == "table" and rx.plausible_caption(caption) and not _ENTRY_TAIL.search(text):
            self.table = TableLines(page)

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


def read_pdf_counted(path: Path, display_name: str | None = None) -> tuple[Document, int]:
    """The document and the number of pages of the file."""
    name = display_name or str(path)
    lines, pages = pdf_lines(path, name)
    return assemble(lines, name), pages


def read_pdf(path: Path, display_name: str | None = None) -> Document:
    return read_pdf_counted(path, display_name)[0]
