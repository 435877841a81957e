"""Table arithmetic on display text: 小计 and 合计 rows, 占比 = count / total, shares summing to 100%.

Works on generated tables and on tables read back from a published report (cells hold
only text there), so every number is parsed from `cell.text` when `cell.value` is None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..document.model import Table
from .base import Context, finding
from ..text import cell_number, decimals, fmt, is_percent_text, normalize, plain, tolerance
from .text import finding_location

SHARE_HEADERS = ("占比", "比例", "比重", "构成", "百分比", "所占")
TOTAL_LABELS = ("合计", "总计", "总体", "总数", "全校", "全院", "总人数")
SUBTOTAL_LABEL = "小计"


@dataclass
class Row:
    index: int
    label: str
    kind: str  # leaf | subtotal | total | rate
    numbers: dict[int, tuple[Decimal, str]]  # column -> (value, text)


def _row_kind(labels: list[str]) -> str:
    joined = "".join(labels)
    if any(label.startswith(SUBTOTAL_LABEL) for label in labels):
        return "subtotal"
    if any(label.startswith(t) for label in labels for t in TOTAL_LABELS):
        return "total"
    if "率" in joined and not any(h in joined for h in SHARE_HEADERS):
        return "rate"
    return "leaf"


def read_rows(table: Table) -> list[Row]:
    rows = []
    for i, cells in enumerate(table.rows):
        labels, numbers = [], {}
        for j, cell in enumerate(cells):
            text = normalize(cell.text).strip()
            number = cell_number(cell)
            if number is None:
                if text and not cell.covered:
                    labels.append(text)
                elif cell.covered and text:
                    labels.append(text)
            else:
                numbers[j] = (number, text)
        shown = [label for label in labels if label]
        rows.append(Row(i, " ".join(shown), _row_kind(shown), numbers))
    return rows


def column_kinds(table: Table, rows: list[Row]) -> dict[int, str]:
    """column -> count | share | percent (a rate or other percentage) | number."""
    kinds = {}
    for j in {j for r in rows for j in r.numbers}:
        texts = [r.numbers[j][1] for r in rows if j in r.numbers]
        header = table.columns[j] if j < len(table.columns) else ""
        if all(is_percent_text(t) for t in texts):
            kinds[j] = "share" if any(h in header for h in SHARE_HEADERS) else "percent"
        elif all(decimals(t) == 0 for t in texts) and not any(is_percent_text(t) for t in texts):
            kinds[j] = "count"
        else:
            kinds[j] = "number"
    return kinds


def _where(table: Table, row: Row | None, j: int | None = None):
    text = f"{table.number} {row.label} " if row else table.number
    if row and j is not None and j in row.numbers:
        text += row.numbers[j][1]
    return finding_location(table.location, text.strip()[:60])


def _part_groups(rows: list[Row]):
    """(subtotal row, its part rows) for every 小计 row."""
    parts = []
    for row in rows:
        if row.kind == "subtotal":
            yield row, parts
            parts = []
        elif row.kind == "total":
            parts = []
        elif row.kind == "leaf":
            parts.append(row)


def check_subtotals(ctx: Context, table: Table, rows: list[Row], kinds: dict[int, str]) -> list:
    found = []
    for sub, parts in _part_groups(rows):
        for j, kind in kinds.items():
            if kind not in ("count", "share", "number") or j not in sub.numbers:
                continue
            values = [p.numbers[j][0] for p in parts if j in p.numbers]
            if not values:
                continue
            total, (stated, text) = sum(values, Decimal(0)), sub.numbers[j]
            slack = tolerance(text) * len(values) if kind == "share" else Decimal(0)
            if abs(total - stated) > slack:
                found.append(_sum_finding("table.subtotal", ctx, table, sub, j, total, stated, text,
                                          f"“{sub.label}”行", len(values)))
    return found


def _sum_finding(rule, ctx, table, row, j, total, stated, text, what, n):
    header = table.columns[j] if j < len(table.columns) else f"第 {j + 1} 列"
    return finding(rule, "error",
                   f"{table.number}{what}“{header}”为 {text}，而其上 {n} 行之和为 {plain(total)}",
                   _where(table, row, j), ctx.section_of(table), table=table.number, column=header,
                   stated=text, computed=plain(total), suggestion="核对该行或各组成行的数字")


def check_totals(ctx: Context, table: Table, rows: list[Row], kinds: dict[int, str]) -> list:
    found = []
    leaves = [r for r in rows if r.kind == "leaf"]
    for row in (r for r in rows if r.kind == "total"):
        for j, kind in kinds.items():
            if kind not in ("count", "share", "number") or j not in row.numbers:
                continue
            values = [r.numbers[j][0] for r in leaves if j in r.numbers]
            stated, text = row.numbers[j]
            total = sum(values, Decimal(0))
            slack = tolerance(text) * max(len(values), 1) if kind == "share" else Decimal(0)
            if values and abs(total - stated) > slack:
                found.append(_sum_finding("table.total", ctx, table, row, j, total, stated, text,
                                          f"“{row.label}”行", len(values)))
    return found


def check_shares(ctx: Context, table: Table, rows: list[Row], kinds: dict[int, str]) -> list:
    """占比 column = its row's count / the table's total."""
    counts = [j for j, k in kinds.items() if k == "count"]
    shares = [j for j, k in kinds.items() if k == "share"]
    if not counts or not shares:
        return []
    c = counts[0]
    total_row = next((r for r in rows if r.kind == "total" and c in r.numbers), None)
    total = total_row.numbers[c][0] if total_row else sum((r.numbers[c][0] for r in rows
                                                            if r.kind == "leaf" and c in r.numbers), Decimal(0))
    if not total:
        return []
    found = []
    for row in rows:
        for j in shares:
            if j not in row.numbers or c not in row.numbers:
                continue
            stated, text = row.numbers[j]
            exact = row.numbers[c][0] * 100 / total
            if abs(exact - stated) > tolerance(text):
                found.append(finding("table.share", "error",
                                     f"{table.number}“{row.label}”的占比为 {text}，而 {plain(row.numbers[c][0])} / "
                                     f"{plain(total)} = {fmt(exact, max(decimals(text), 2))}%",
                                     _where(table, row, j), ctx.section_of(table), table=table.number,
                                     stated=text, computed=f"{fmt(exact, max(decimals(text), 2))}%",
                                     count=plain(row.numbers[c][0]), total=plain(total)))
        if not total_row and not any(r.kind == "subtotal" for r in rows):
            continue
    found.extend(_leaf_shares_sum(ctx, table, rows, shares))
    return found


def _leaf_shares_sum(ctx, table, rows, shares) -> list:
    found = []
    for j in shares:
        cells = [r.numbers[j] for r in rows if r.kind == "leaf" and j in r.numbers]
        if len(cells) < 2:
            continue
        total = sum((v for v, _ in cells), Decimal(0))
        slack = sum((tolerance(t) for _, t in cells), Decimal(0)) + Decimal("0.01")
        if abs(total - 100) > slack:
            found.append(_hundred_finding(ctx, table, None, j, total, "各行"))
    return found


def _hundred_finding(ctx, table, row, j, total, what):
    header = table.columns[j] if j is not None and j < len(table.columns) else ""
    place = f"“{row.label}”行" if row else f"“{header}”列{what}"
    return finding("table.share_sum", "warning", f"{table.number}{place}的百分比合计为 {plain(total)}%，不等于 100%",
                   _where(table, row, j if row is None else None), ctx.section_of(table), table=table.number,
                   sum=f"{plain(total)}%", suggestion="核对各项占比（四舍五入误差之外）")


def check_percent_grids(ctx: Context, table: Table, rows: list[Row], kinds: dict[int, str]) -> list:
    """Cross tables of shares (no counts): rows, or columns, that should add to 100%.

    Only where most rows (or columns) do add to 100% — a grid of unrelated rates is left alone."""
    pct = [j for j, k in kinds.items() if k in ("share", "percent")]
    if len(pct) < 2 or any(k == "count" for k in kinds.values()):
        return []
    headers = [table.columns[j] if j < len(table.columns) else "" for j in pct]
    if any("率" in h for h in headers):
        return []
    leaves = [r for r in rows if r.kind in ("leaf", "subtotal", "total") and all(j in r.numbers for j in pct)]
    found = []
    if len(pct) >= 3 and len(leaves) >= 2:
        sums = [(r, _sum(r.numbers[j] for j in pct)) for r in leaves]
        found += _flag_minority(ctx, table, [(r, s, sl) for r, (s, sl) in sums], row_mode=True)
    body = [r for r in rows if r.kind == "leaf"]
    if len(body) >= 3:
        cols = [(j, _sum(r.numbers[j] for r in body if j in r.numbers)) for j in pct]
        found += _flag_minority(ctx, table, [(j, s, sl) for j, (s, sl) in cols], row_mode=False)
    return found


def _sum(cells) -> tuple[Decimal, Decimal]:
    cells = list(cells)
    return sum((v for v, _ in cells), Decimal(0)), sum((tolerance(t) for _, t in cells), Decimal(0)) + Decimal("0.01")


def _flag_minority(ctx, table, sums, row_mode: bool) -> list:
    good = [x for x in sums if abs(x[1] - 100) <= x[2]]
    if not good or len(good) * 2 < len(sums):
        return []
    bad = [x for x in sums if abs(x[1] - 100) > x[2]]
    if row_mode:
        return [_hundred_finding(ctx, table, row, None, total, "") for row, total, _ in bad]
    return [_hundred_finding(ctx, table, None, j, total, "") for j, total, _ in bad]


GROUP_COUNT = re.compile(r"[（(]\s*(\d+)\s*[）)]$")  # searched: no lazy prefix to backtrack over


def check_group_counts(ctx: Context, table: Table) -> list:
    """"工业技术系（4）" over a merged group of rows: the count must equal the rows it spans."""
    found = []
    for i, cells in enumerate(table.rows):
        head = cells[0] if cells else None
        label = normalize(head.text).strip() if head and not head.covered else ""
        match = GROUP_COUNT.search(label)
        if not match:
            continue
        span = table.rows[i:i + max(head.rowspan, 1)]
        items = [r for r in span if not any(c.text.strip().startswith((SUBTOTAL_LABEL, *TOTAL_LABELS)) for c in r[1:])]
        if int(match.group(1)) != len(items):
            name = label[:match.start()].strip()
            found.append(finding("table.group_count", "error",
                                 f"{table.number}中“{head.text}”标明 {match.group(1)} 项，实际列出 {len(items)} 项",
                                 [_where(table, None)], ctx.section_of(table), suggestion=f"改为“{name}（{len(items)}）”",
                                 stated=int(match.group(1)), listed=len(items)))
    return found


def check_tables(ctx: Context) -> list:
    found = []
    for table in ctx.doc.tables():
        found += check_group_counts(ctx, table)
        rows = read_rows(table)
        kinds = column_kinds(table, rows)
        if not kinds:
            continue
        found += check_subtotals(ctx, table, rows, kinds)
        found += check_totals(ctx, table, rows, kinds)
        found += check_shares(ctx, table, rows, kinds)
        found += check_percent_grids(ctx, table, rows, kinds)
    return found
