"""The rows of one table from its printed lines: chunks of text with horizontal positions.

The PDF reader gives positions in points (from PDFium's character boxes); the text reader gives
them in character columns (a table `pdftotext -layout` printed with runs of spaces). Either way the
columns come from the header and the rows that fill every column, wrapped cells are joined to the
cell above them, a header repeated on a continuation page is dropped, and a merged first-column
label is put back on the first row of its block.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from . import recognize as rx

_NUMERIC = re.compile(r"^[-+]?\d[\d,. ]*%?$")


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


CONTINUED = re.compile(r"[（(]?续表\s*\d")


class TableLines:
    """Rows of one table. Column spans come from the header and from the rows that fill every
    column; the other rows are placed by overlap with those spans (positions in points, or in
    character columns for a text laid out with spaces)."""

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
        if len(chunks) == 1 and CONTINUED.match(chunks[0][2]):
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
        # a piece in the first column ends the first cell above only beside another wrapped piece and
        # under a first cell of its own; alone it is a merged label (handled in add)
        first_wraps = len(chunks) > 1 and last is not None and last[0][0] < first_end
        if last is None or len(chunks) >= len(self.header) or any(
                _NUMERIC.match(t) or _is_subtotal(t) or a < first_end and not first_wraps for a, _, t in chunks):
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
        self._join_header_wraps()
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
        if merged and not labels and rows and rows[0][0]:
            _fill_down(rows)  # labels printed at the top of their blocks (cells aligned to the top)
        elif merged:
            for i, row in enumerate(rows):
                if row[0] and i > 0 and not _is_subtotal(row[0]):  # a 合计 row keeps its own label
                    labels.append((i, row[0]))
                    row[0] = ""
            labels.sort()
            if rows and rows[0][0]:
                labels.insert(0, (0, rows[0][0]))
            self._place(rows, labels)
        return header_rows + rows

    def _join_header_wraps(self) -> None:
        """Header names wrapped in their cells ("全日制在" / "校生（人）", "职业技能等" / "级认定（人" / "次）"):
        lines right under the header, of text only, nothing under the first column (where every row
        has its label), each piece under a header name of its own, in a table with figures below.
        Joined to the names they continue; sub-column names under group headers are not (two of
        them stand under one group)."""
        while len(self.raw_rows) >= 2 and any(_NUMERIC.match(t) for row in self.raw_rows[1:] for _, _, t in row):
            chunks = self.raw_rows[0]
            if any(_NUMERIC.match(t) or _is_subtotal(t) for _, _, t in chunks) or len(chunks) > len(self.header):
                return
            under = []
            for start, end, _ in chunks:
                over = [k for k, ((a, _), b) in enumerate(zip(self.header, self.header_end)) if min(b, end) > max(a, start)]
                if len(over) != 1:
                    return
                under.append(over[0])
            if 0 in under or len(set(under)) != len(under):
                return
            for k, (_, _, text) in zip(under, chunks):
                self.header[k] = (self.header[k][0], self.header[k][1] + text)
            self.raw_rows.pop(0)
            self.labels = [(at - 1, label) for at, label in self.labels]

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
        runs = _repeated_runs([t for _, _, t in subs], sum(j not in free for j in top))
        if runs and sub_at == list(range(sub_at[0], sub_at[0] + len(sub_at))):
            # the same names under every group (人数 占比 | 人数 占比): each group is a run of them, wherever
            # in its merged cell the group's name is printed
            groups = iter(range(sub_at[0], sub_at[-1] + 1, runs))
            for j, text in zip(top, (t for _, t in self.header)):
                first[j if j in free else next(groups)] = text
            return [first, second], spans
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


def _fill_down(rows: list[list[str]]) -> None:
    """Each empty first cell takes the label above it, but a 合计 row starts no block."""
    label = ""
    for row in rows:
        if row[0] and not _is_subtotal(row[0]):
            label = row[0]
        elif not row[0]:
            row[0] = label


def _repeated_runs(names: list[str], groups: int) -> int:
    """The length of the run of sub-column names every one of `groups` group headers spans, when the
    names are one run repeated once per group (人数 占比 人数 占比 人数 占比 under three years); else 0."""
    if groups < 2 or len(names) % groups:
        return 0
    size = len(names) // groups
    return size if size >= 2 and names == names[:size] * groups else 0


def _columns_under(chunks: list[tuple[float, float, str]], spans: list[tuple[float, float]]) -> list[int] | None:
    """The column each chunk sits over (the one its centre is nearest to), left to right, each column at
    most once; None when two chunks fall on one column."""
    columns = [min(range(len(spans)), key=lambda j: abs((spans[j][0] + spans[j][1]) / 2 - (a + b) / 2))
               for a, b, _ in chunks]
    return columns if all(x < y for x, y in zip(columns, columns[1:])) else None


def _is_subtotal(text: str) -> bool:
    from .tables import is_subtotal
    return is_subtotal(rx.fold(text))


