"""Rebuild a Table from the rows printed under a 表 caption.

Continuation pages repeat the header row (dropped here); a department label printed in
a merged first column may land one row off (put back where the 小计 rows or the
"（N）" counts say it belongs); the label is then repeated on every row of its block
(covered cells), as the document builder does for generated tables.
"""
from __future__ import annotations

import re

from ..document.model import COLUMN_GROUP, Cell, Location, Table
from .limits import MAX_DIGITS
from .recognize import compact, fold

SUBTOTAL_WORDS = ("小计", "合计", "总计", "总体", "合 计", "总 计")
_PERCENT = re.compile(r"^-?\d+(?:\.\d+)?%$")
# Bounded like limits.check_line: a cell of thousands of digits (with separators, which the line
# check does not count as one run) is text, not a figure int() would refuse to convert.
_GROUPS = MAX_DIGITS // 3
_INT = re.compile(r"^-?\d{1,3}(?:,\d{3}){1,%d}$|^-?\d{1,%d}$" % (_GROUPS, MAX_DIGITS))
_NUMBER = re.compile(r"^-?(?:\d{1,3}(?:,\d{3}){1,%d}|\d{1,%d})\.\d{1,%d}$" % (_GROUPS, MAX_DIGITS, MAX_DIGITS))
_COUNT_LABEL = re.compile(r"[（(]\s*(\d+)\s*[）)]\s*$")


def build_table(number: str, chapter: int | None, title: str, rows: list[list[str]],
                source: str, location: Location) -> Table:
    rows = split_panels([[_folded_total(compact(c)) for c in row] for row in rows])
    header, body = (rows[0], rows[1:]) if rows else ([], [])
    printed = [header]  # a continuation page repeats the header row (or both rows of a two-level one)
    two_level = merged_header(header, body[0], body[1:]) if body else None
    if two_level is not None:
        printed.append(body[0])
        header, body = two_level, body[1:]
    body = [r for r in body if r not in printed and any(r)]
    width = max([len(header)] + [len(r) for r in body]) if rows else 0
    header = _pad(header, width)
    body = [_pad(r, width) for r in body]
    labels = _first_column(body)
    table = Table(label=number, caption=title, columns=header, rows=[], source=source, number=number,
                  chapter=chapter, location=location)
    table.rows = [_row(r, labels[i] if labels else None) for i, r in enumerate(body)]
    if labels:
        _merge_first_column(table.rows)
    return table


def merged_header(header: list[str], second: list[str], body: list[list[str]]) -> list[str] | None:
    """A two-row header read as one: a group header (毕业生数, 在校生人数) spans the columns named in the
    second row (本科/专科/小计, 一年级…合计), the other headers span both rows (学院, 落实率). The rows
    are aligned (a spanned cell is empty: DOCX gridSpan and vMerge, tabs kept in text, PDF cells placed
    by position). Each column under a group is named "group·sub"; None when the second row is no row of
    column names (it holds a figure, names fewer than two columns, or names none under a spanning
    header) or the rows below hold no figure."""
    width = max(len(header), len(second))
    header, second = _pad(header, width), _pad(second, width)
    named = [k for k, text in enumerate(second) if text]
    if len(named) < 2 or any(parse_cell(second[k]).kind != "text" for k in named) \
            or not any(not header[k] for k in named) \
            or not any(parse_cell(t).kind != "text" for row in body for t in row if t):
        return None
    names, group = [], ""
    for k in range(width):
        if header[k]:
            group = header[k] if second[k] else ""
        if not second[k]:
            names.append(header[k])
        elif not group:
            return None  # a name in the second row under no group header
        else:
            names.append(group if second[k] == group else f"{group}{COLUMN_GROUP}{second[k]}")
    return names if all(names) else None


def _folded_total(text: str) -> str:
    """"總計", "小計", "合計" read as the total words the checks know; other cells stay as printed."""
    folded = fold(text)
    return folded if folded != text and is_subtotal(folded) else text


def split_panels(rows: list[list[str]]) -> list[list[str]]:
    """A table printed as side-by-side panels of the same columns (生源地 人数 占比 | 生源地 人数 占比)
    is one list: the panels' rows one after the other, under one header."""
    if not rows:
        return rows
    header = [c for c in rows[0]]
    while header and not header[-1]:
        header.pop()
    for panels in (2, 3, 4):
        width = len(header) // panels
        if width < 2 or width * panels != len(header):
            continue
        pieces = [header[k * width:(k + 1) * width] for k in range(panels)]
        if any(p != pieces[0] for p in pieces) or not all(pieces[0]):
            continue
        out = [pieces[0]]
        for k in range(panels):
            for row in rows[1:]:
                part = (row + [""] * len(header))[k * width:(k + 1) * width]
                if any(part):
                    out.append(part)
        return out
    return rows


def _pad(row: list[str], width: int) -> list[str]:
    return row + [""] * (width - len(row))


_SUBTOTALS = frozenset(w.replace(" ", "") for w in SUBTOTAL_WORDS)


def is_subtotal(text: str) -> bool:
    return text.replace(" ", "") in _SUBTOTALS


def _first_column(body: list[list[str]]) -> list[str] | None:
    """The group label of every row when the first column is a merged group column."""
    if len(body) < 2 or not any(r[0] == "" for r in body) or body[0][0] == "":
        return None
    positions = [i for i, r in enumerate(body) if r[0] and not is_subtotal(r[0])]
    positions = _regroup_by_subtotals(body, positions) or _regroup_by_counts(body, positions) or positions
    labels, current = [], ""
    starts = dict((p, body[p][0]) for p in positions)
    for i, row in enumerate(body):
        if i in starts:
            current = starts[i]
        elif row[0] and is_subtotal(row[0]):
            labels.append(row[0])
            continue
        labels.append(current)
    return labels


def _regroup_by_subtotals(body: list[list[str]], positions: list[int]) -> list[int] | None:
    """When the rows end each group with 小计, a group starts right after each 小计."""
    ends = [i for i, r in enumerate(body) if len(r) > 1 and is_subtotal(r[1])]
    if not ends or ends[-1] < len(body) - 2 or not positions:
        return None
    starts = [0] + [e + 1 for e in ends[:-1]]
    if len(starts) != len(positions) or positions == starts:
        return None
    for new, old in zip(starts, positions):
        body[new][0], moved = body[old][0], body[old][0]
        if old != new:
            body[old][0] = ""
        body[new][0] = moved
    return starts


def _regroup_by_counts(body: list[list[str]], positions: list[int]) -> list[int] | None:
    """Labels like "经济管理工程系（4）": move a label one row when that makes both neighbours fit."""
    counts = [_declared(body[p][0]) for p in positions]
    if None in counts or len(positions) < 2:
        return None
    fixed = list(positions)
    for k in range(1, len(fixed)):
        size_prev = fixed[k] - fixed[k - 1]
        size_this = (fixed[k + 1] if k + 1 < len(fixed) else len(body)) - fixed[k]
        for shift in (-1, 1):
            if size_prev + shift == counts[k - 1] and size_this - shift == counts[k] \
                    and size_prev != counts[k - 1]:
                fixed[k] += shift
                break
    if fixed == positions:
        return None
    labels = [body[p][0] for p in positions]
    for p in positions:
        body[p][0] = ""
    for p, label in zip(fixed, labels):
        body[p][0] = label
    return fixed


def _declared(label: str) -> int | None:
    m = _COUNT_LABEL.search(label)
    return int(m.group(1)) if m else None


def _row(texts: list[str], label: str | None) -> list[Cell]:
    cells = [parse_cell(t) for t in texts]
    if label is not None:
        cells[0] = Cell(label)
    subtotal = any(is_subtotal(t) for t in texts[:2])
    if subtotal:
        for cell in cells[:2]:
            cell.bold = is_subtotal(cell.text) or cell.bold
    return cells


def _merge_first_column(rows: list[list[Cell]]) -> None:
    start = 0
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][0].text != rows[start][0].text:
            rows[start][0].rowspan = i - start
            for row in rows[start + 1:i]:
                row[0].covered = True
            start = i


def parse_cell(text: str) -> Cell:
    plain = text.replace(",", "") if _INT.match(text) or _NUMBER.match(text) else text
    if _PERCENT.match(text):
        return Cell(text, float(text[:-1]), "percent")
    if _INT.match(text):
        return Cell(text, int(plain), "count")
    if _NUMBER.match(text):
        return Cell(text, float(plain), "number")
    return Cell(text)
