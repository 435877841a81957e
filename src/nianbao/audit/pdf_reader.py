"""Read a published PDF through its text layer.

`pdftotext -layout` (poppler) keeps the columns of tables as runs of spaces, which is
what lets tables be rebuilt; pypdf is the fallback when poppler is not installed.
Locations are physical page numbers (1 = the first page of the file). Running heads
and page numbers are dropped; a merged first-column label, which the layout prints in
the vertical middle of its block, is put back on the first row of the block.
"""
from __future__ import annotations

import math
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

from ..document.model import Document
from ..errors import NianbaoError
from . import recognize as rx
from .assemble import assemble
from .recognize import Line

_GAP = re.compile(r"\S+(?: \S+)*")  # chunks separated by two or more spaces
_LEADER = re.compile(r"(?:\s*[.．…·]){3,}\s*(?=\d+\s*$)")
_ENTRY_TAIL = re.compile(r"(?:\s{2,}|[.．…·]\s*)\d{1,4}$")  # "表 1-1 …   27": a list entry, not a caption
_NUMERIC = re.compile(r"^[-+]?\d[\d,. ]*%?$")


def pdf_pages(path: Path) -> list[str]:
    if shutil.which("pdftotext"):
        result = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
                                capture_output=True, timeout=120)
        if result.returncode == 0:
            return result.stdout.decode("utf-8", errors="replace").split("\f")
    try:
        from pypdf import PdfReader
        reader = PdfReader(str(path))
        return [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
    except Exception as exc:  # a damaged or encrypted file: say so in Chinese
        raise NianbaoError(f"无法读取 PDF 文本层：{path}（{exc}）") from exc


def running_heads(pages: list[list[str]]) -> set[str]:
    """Lines that open or close many pages: the report's running head and footer."""
    counts: Counter = Counter()
    for lines in pages:
        texts = [re.sub(r"\s+", "", ln) for ln in lines if ln.strip()]
        counts.update(set(texts[:2] + texts[-2:]))
    return {t for t, n in counts.items() if n >= max(3, len(pages) // 4) and len(t) <= 60}


def pdf_lines(path: Path) -> list[Line]:
    pages = [page.splitlines() for page in pdf_pages(path)]
    heads = running_heads(pages)
    reader = _PageReader()
    for number, lines in enumerate(pages, start=1):
        reader.new_page()
        for raw in lines:
            squeezed = re.sub(r"\s+", "", raw)
            if squeezed in heads or rx.PAGE_NUMBER_RE.match(raw.strip() or "x"):
                continue
            reader.line(raw, number)
    reader.end_table()
    return reader.lines


class _PageReader:
    def __init__(self):
        self.lines: list[Line] = []
        self.blanks = 0
        self.page_break = False
        self.table: _TableLines | None = None

    def new_page(self) -> None:
        self.page_break = True

    def emit(self, line: Line) -> None:
        line.blank_before, line.page_break_before = self.blanks, self.page_break
        self.blanks, self.page_break = 0, False
        self.lines.append(line)

    def line(self, raw: str, page: int) -> None:
        text = raw.strip()
        if not text:
            self.blanks += 1
            return
        squeezed = re.sub(r"\s{2,}", " ", text)
        cleaned = rx.clean(squeezed)
        caption = rx.match_caption(cleaned)
        if self.table is not None:
            if rx.SOURCE_RE.match(cleaned) or caption or self._prose(raw, cleaned):
                self.end_table()
            else:
                self.table.add(raw)
                return
        indent = len(raw) - len(raw.lstrip())
        entry_raw = _LEADER.sub("\t", text)
        line = Line(cleaned, page=page, extra={"raw": entry_raw})
        self.emit(line)
        if indent >= 2 and not self.page_break:
            line.blank_before = max(line.blank_before, 1)  # an indented line opens a paragraph
        if caption and caption.kind == "table" and rx.plausible_caption(caption) and not _ENTRY_TAIL.search(text):
            self.table = _TableLines(page)

    def _prose(self, raw: str, cleaned: str) -> bool:
        chunks = _GAP.findall(raw.strip())
        return len(chunks) == 1 and (len(cleaned) > 25 or cleaned.endswith("。")) or \
            bool(rx.match_heading(cleaned) and len(chunks) == 1 and not raw.startswith(" "))

    def end_table(self) -> None:
        if self.table is None:
            return
        table, self.table = self.table, None
        for cells in table.rows():
            self.emit(Line("\t".join(cells), page=table.page, cells=cells, extra={"raw": "\t".join(cells)}))


class _TableLines:
    """Rows of one table in layout text. Column spans come from the header and from the rows
    that fill every column; the other rows are placed by overlap with those spans."""

    def __init__(self, page: int):
        self.page = page
        self.header: list[tuple[int, str]] | None = None
        self.raw_rows: list[list[tuple[int, str]]] = []
        self.labels: list[tuple[float, str]] = []  # (row coordinate, label) of label-only lines

    def add(self, raw: str) -> None:
        chunks = [(m.start(), m.group()) for m in _GAP.finditer(raw.rstrip())]
        if not chunks:
            return
        if self.header is None:
            self.header = chunks
            return
        if [c for _, c in chunks] == [c for _, c in self.header]:
            return  # the header repeated on a continuation page
        n = len(self.header)
        first_end = self.header[0][0] + len(self.header[0][1]) + 2
        if len(chunks) == 1 and n > 2 and not _NUMERIC.match(chunks[0][1]) and chunks[0][0] < first_end \
                and not _is_subtotal(chunks[0][1]):
            self.labels.append((len(self.raw_rows) - 0.5, chunks[0][1]))
            return
        self.raw_rows.append(chunks)

    def _spans(self) -> list[tuple[float, float]]:
        n = len(self.header)
        spans = [[start, start + len(text)] for start, text in self.header]
        for chunks in self.raw_rows:
            if len(chunks) == n:
                for j, (start, text) in enumerate(chunks):
                    spans[j][0] = min(spans[j][0], start)
                    spans[j][1] = max(spans[j][1], start + len(text))
        return [(a, b) for a, b in spans]

    def _assign(self, chunks: list[tuple[int, str]], spans) -> list[str]:
        n = len(spans)
        cells = [""] * n
        if len(chunks) >= n:
            for j, (_, text) in enumerate(chunks[:n - 1]):
                cells[j] = text
            cells[n - 1] = " ".join(t for _, t in chunks[n - 1:])
            return cells
        last = -1
        for k, (start, text) in enumerate(chunks):
            end = start + len(text)

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
        spans = self._spans()
        rows = [self._assign(chunks, spans) for chunks in self.raw_rows]
        labels = list(self.labels)
        merged = bool(labels) or any(not r[0] for r in rows)
        if merged:
            for i, row in enumerate(rows):
                if row[0] and i > 0:
                    labels.append((i, row[0]))
                    row[0] = ""
            labels.sort()
            if rows and rows[0][0]:
                labels.insert(0, (0, rows[0][0]))
            self._place(rows, labels)
        return [[t for _, t in self.header]] + rows

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


def _is_subtotal(text: str) -> bool:
    from .tables import is_subtotal
    return is_subtotal(text)


def read_pdf(path: Path, display_name: str | None = None) -> Document:
    return assemble(pdf_lines(path), display_name or str(path))
