"""Find the header row and map its headers to a schema's columns.

The header row is the row, among the first rows, that names the most schema columns;
a title row above it and merged header cells (“生源信息” over two columns, “学号” over two
rows) are handled by filling each merged range with its top-left value first.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .normalize import cell_text, header_key
from .problems import Problem
from .readers import RawSheet
from .schemas import Column, Schema

SCAN_ROWS = 10


@dataclass
class HeaderMap:
    row: int  # 1-based row of the header
    end: int  # 1-based last row of the header block (a header merged over rows ends below)
    columns: dict[int, tuple[Column, str]] = field(default_factory=dict)  # 0-based col -> (column, header text)
    unknown: list[str] = field(default_factory=list)

    def header_of(self, name: str) -> str | None:
        return next((text for col, text in self.columns.values() if col.name == name), None)


def lookup_table(schema: Schema) -> dict[str, Column]:
    lookup: dict[str, Column] = {}
    for col in schema.columns:
        for text in (col.header, col.name, *col.aliases):
            lookup.setdefault(header_key(text), col)
    return lookup


def filled_window(raw: RawSheet, limit: int) -> tuple[list[list], set[tuple[int, int]]]:
    """The first rows with merged ranges filled, and the cells that are copies to the right."""
    window = [list(row) for row in raw.rows[:limit]]
    copies: set[tuple[int, int]] = set()
    for (r0, c0), (r1, c1) in raw.merged:
        if r0 >= len(window) or c0 >= len(window[r0]):
            continue
        value = window[r0][c0]
        for r in range(r0, min(r1, len(window) - 1) + 1):
            row = window[r]
            if len(row) <= c1:
                row.extend([None] * (c1 + 1 - len(row)))
            for c in range(c0, c1 + 1):
                row[c] = value
                if c != c0:
                    copies.add((r, c))
    return window, copies


def score(row: list, lookup: dict[str, Column]) -> int:
    return len({lookup[k].name for k in (header_key(c) for c in row) if k in lookup})


def header_end(raw: RawSheet, row0: int) -> int:
    ends = [r1 for (r0, _), (r1, _) in raw.merged if r0 <= row0 <= r1]
    return max([row0, *ends]) + 1


def locate(raw: RawSheet, schema: Schema) -> tuple[HeaderMap | None, list[Problem]]:
    lookup = lookup_table(schema)
    window, copies = filled_window(raw, SCAN_ROWS + 2)
    scores = [score(row, lookup) for row in window[:SCAN_ROWS]]
    if not scores or max(scores) == 0:
        wanted = "、".join(c.header for c in schema.columns if c.required)
        return None, [Problem(raw.file, raw.sheet, None, None, None, f"前 {SCAN_ROWS} 行中有表头行，含：{wanted}",
                              f"找不到{schema.title}的表头", "找不到表头")]
    row0 = scores.index(max(scores))
    header = HeaderMap(row0 + 1, header_end(raw, row0))
    cells = [None if (row0, c) in copies else v for c, v in enumerate(window[row0])]
    problems = map_columns(raw, schema, lookup, cells, header)
    return header, problems + missing_columns(raw, schema, header)


def map_columns(raw: RawSheet, schema: Schema, lookup: dict[str, Column], cells: list,
                header: HeaderMap) -> list[Problem]:
    problems = []
    for index, cell in enumerate(cells):
        text = cell_text(cell).strip()
        key = header_key(cell)
        if not key:
            continue
        column = lookup.get(key)
        if column is None:
            header.unknown.append(text)
        elif header.header_of(column.name) is not None:
            problems.append(Problem(raw.file, raw.sheet, header.row, text, None, f"“{column.header}”只出现一列",
                                    f"重复的列：与“{header.header_of(column.name)}”同为“{column.header}”", "重复的列"))
        else:
            header.columns[index] = (column, text)
    return problems


def missing_columns(raw: RawSheet, schema: Schema, header: HeaderMap) -> list[Problem]:
    problems = []
    for col in schema.columns:
        if col.required and header.header_of(col.name) is None:
            names = "、".join((col.header, *col.aliases))
            problems.append(Problem(raw.file, raw.sheet, header.row, col.header, None, f"表头含“{names}”之一",
                                    f"缺少必填列“{col.header}”", "缺少必填列"))
    for group in schema.one_of:
        if all(header.header_of(name) is None for name in group):
            headers = "、".join(schema.column(n).header for n in group)
            problems.append(Problem(raw.file, raw.sheet, header.row, None, None, f"表头含“{headers}”中的至少一列",
                                    f"缺少列：{headers} 至少需要一列", "缺少必填列"))
    return problems
