"""Table arithmetic on display text: 小计 and 合计 rows, 占比 = count / total, shares summing to 100%.

Works on generated tables and on tables read back from a published report (cells hold
only text there), so every number is parsed from `cell.text` when `cell.value` is None.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..document.model import COLUMN_GROUP, Table
from .base import Context, finding
from ..text import cell_number, decimals, fmt, is_percent_text, normalize, plain, rounded, tolerance
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


PART_OF_ABOVE = re.compile(r"^其中\s*[：:]?")
NAMED_TOTAL = re.compile(r"[\u4e00-\u9fff]{2,10}(?:合计|总计)")
WHOLE_NAMED = re.compile(r"[\u4e00-\u9fff]{2,10}(?:总数|总人数)$")
UNIT_HEADER = re.compile(r"(?:计量)?单位")


def _row_kind(labels: list[str]) -> str:
    joined = "".join(labels)
    if labels and PART_OF_ABOVE.match(labels[0]):
        return "part"  # "其中：生均拨款": a part of the row above, not one more row to add
    if labels and NAMED_TOTAL.fullmatch(labels[0]):
        return "named_total"  # 教职工合计: the rows of its own right above it
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


def check_subtotals(ctx: Context, table: Table, rows: list[Row], kinds: dict[int, str],
                    wrong_counts: dict | None = None) -> list:
    """小计 rows against their parts; `wrong_counts` collects (row, column) -> the sum they should show."""
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
                if wrong_counts is not None:
                    wrong_counts[(sub.index, j)] = total
    return found


def _sum_finding(rule, ctx, table, row, j, total, stated, text, what, n):
    header = table.columns[j] if j < len(table.columns) else f"第 {j + 1} 列"
    return finding(rule, "error",
                   f"{table.number}{what}“{header}”为 {text}，而其上 {n} 行之和为 {plain(total)}",
                   _where(table, row, j), ctx.section_of(table), table=table.number, column=header,
                   stated=text, computed=plain(total), suggestion="核对该行或各组成行的数字")


@dataclass
class Mismatch:
    """A total cell that disagrees with the cells it adds up: `computed` is their sum."""

    row: Row
    column: int
    computed: Decimal
    parts: list  # the rows (a total row's) or the columns (a 合计 column's) that were added


def check_totals(ctx: Context, table: Table, rows: list[Row], kinds: dict[int, str],
                 explained: set | None = None) -> list[Mismatch]:
    """A total row against the sum of its rows, unless a root-cause cell already explains the gap."""
    found = []
    all_leaves = [r for r in rows if r.kind == "leaf"]
    for row in (r for r in rows if r.kind in ("total", "named_total")):
        leaves = all_leaves if row.kind == "total" else _rows_above(table, rows, row)
        for j, kind in kinds.items():
            if kind not in ("count", "share", "number") or j not in row.numbers or (row.index, j) in (explained or ()):
                continue
            values = [r.numbers[j][0] for r in leaves if j in r.numbers]
            stated, text = row.numbers[j]
            total = sum(values, Decimal(0))
            slack = tolerance(text) * max(len(values), 1) if kind == "share" else Decimal(0)
            if values and abs(total - stated) > slack:
                found.append(Mismatch(row, j, total, [r for r in leaves if j in r.numbers]))
    return found


def _rows_above(table: Table, rows: list[Row], total: Row) -> list[Row]:
    """The rows a named total (教职工合计) adds: the run of rows right above it in its unit (a table of
    indicators with a 单位 column mixes 元 and 人), a 其中 row skipped, up to another kind of row."""
    unit_col = next((j for j, h in enumerate(table.columns) if UNIT_HEADER.fullmatch(re.sub(r"\s+", "", h))), None)

    def unit(row: Row) -> str:
        cells = table.rows[row.index]
        return normalize(cells[unit_col].text).strip() if unit_col is not None and unit_col < len(cells) else ""

    run = []
    for row in reversed(rows[:rows.index(total)]):
        if row.kind == "part":
            continue
        if row.kind != "leaf" or unit(row) != unit(total):
            break
        run.append(row)
    return run[::-1] if len(run) >= 2 else []


TOTAL_COLUMN = re.compile(r"(?:合计|总计|小计|总数)(?:[（(][^）)]{0,8}[）)])?")


def _total_columns(table: Table, kinds: dict[int, str]) -> list[tuple[int, list[int]]]:
    """(total column, the columns it adds up): a column headed 合计 after a run of columns of its kind; under
    a group header (在校生人数·合计), the run of that group's columns."""
    out = []
    for j, kind in sorted(kinds.items()):
        group, sub = _group_and_sub(table, j)
        if kind not in ("count", "number") or not TOTAL_COLUMN.fullmatch(sub):
            continue
        parts, k = [], j - 1
        while k >= 0 and kinds.get(k) == kind and _group_and_sub(table, k)[0] == group \
                and not TOTAL_COLUMN.fullmatch(_group_and_sub(table, k)[1]):
            parts.insert(0, k)
            k -= 1
        if len(parts) >= 2:
            out.append((j, parts))
    return out


def _group_and_sub(table: Table, j: int) -> tuple[str, str]:
    """("在校生人数", "合计") of a column under a group header, ("", header) of any other."""
    header = normalize(table.columns[j]).replace(" ", "") if j < len(table.columns) else ""
    group, _, sub = header.rpartition(COLUMN_GROUP)
    return group, sub


def check_total_columns(ctx: Context, table: Table, rows: list[Row], kinds: dict[int, str]) -> list[Mismatch]:
    """A 合计 column against the columns before it, row by row. The reviewer reads the column as a sum
    only when most rows agree with that reading; the rows that do not are reported."""
    found = []
    for j, parts in _total_columns(table, kinds):
        checked = [(row, sum((row.numbers[k][0] for k in parts), Decimal(0))) for row in rows
                   if j in row.numbers and all(k in row.numbers for k in parts)]
        wrong = [(row, total) for row, total in checked if abs(total - row.numbers[j][0]) >
                 (tolerance(row.numbers[j][1]) * len(parts) if kinds[j] == "number" else 0)]
        if not wrong or 2 * len(wrong) >= len(checked):
            continue
        found += [Mismatch(row, j, total, parts) for row, total in wrong]
    return found


def _row_sum_finding(ctx: Context, table: Table, m: Mismatch):
    header, text = table.columns[m.column], m.row.numbers[m.column][1]
    return finding("table.total", "error",
                   f"{table.number}“{m.row.label}”行“{header}”为 {text}，而该行 {len(m.parts)} 列之和为 {plain(m.computed)}",
                   _where(table, m.row, m.column), ctx.section_of(table), table=table.number, column=header,
                   stated=text, computed=plain(m.computed), suggestion="核对该行的合计或各列的数字")


def _column_sum_finding(ctx: Context, table: Table, m: Mismatch):
    stated, text = m.row.numbers[m.column]
    return _sum_finding("table.total", ctx, table, m.row, m.column, m.computed, stated, text,
                        f"“{m.row.label}”行", len(m.parts))


def _corrected(m: Mismatch, cells: list[tuple[Row, int]], fixes: dict) -> bool:
    """Whether the total agrees once the cells it adds are set to what their own checks computed."""
    total = sum((fixes.get((r.index, k), r.numbers[k][0]) for r, k in cells), Decimal(0))
    return total == m.row.numbers[m.column][0]


def _one_cell(table: Table, down: Mismatch, across: Mismatch):
    """A wrong cell where a leaf row meets a column whose 合计 row disagrees, while the row's 合计 column
    disagrees too: the value both totals imply for that cell, when they imply the same one."""
    row, k = across.row, down.column
    if k not in across.parts or all(r is not row for r in down.parts) or k not in row.numbers:
        return None
    by_row = across.row.numbers[across.column][0] - sum(
        (row.numbers[c][0] for c in across.parts if c != k), Decimal(0))
    by_column = down.row.numbers[k][0] - sum((r.numbers[k][0] for r in down.parts if r is not row), Decimal(0))
    return by_row if by_row == by_column else None


def _cell_finding(ctx: Context, table: Table, row: Row, k: int, implied: Decimal):
    header, text = table.columns[k], row.numbers[k][1]
    return finding("table.total", "error",
                   f"{table.number}“{row.label}”行“{header}”为 {text}，而按该行合计与该列合计，它都应为 {plain(implied)}",
                   _where(table, row, k), ctx.section_of(table), table=table.number, column=header,
                   stated=text, computed=plain(implied), suggestion=f"核对该格：按合计应为 {plain(implied)}")


def total_findings(ctx: Context, table: Table, down: list[Mismatch], across: list[Mismatch]) -> list:
    """One finding per wrong cell where a 合计 row meets a 合计 column. A wrong cell of the total row makes
    that row's 合计 disagree too, a wrong 合计 of a leaf row makes the 合计 column's total disagree, a wrong
    corner cell disagrees both ways: each is one error, the cell's own. A wrong leaf cell under both
    totals is one error at that cell when both imply the same value."""
    fixes = {(m.row.index, m.column): m.computed for m in down + across}
    down_cells = {(m.row.index, m.column) for m in down}
    across = [m for m in across if (m.row.index, m.column) not in down_cells and not (
        m.row.kind == "total" and any((m.row.index, k) in down_cells for k in m.parts)
        and _corrected(m, [(m.row, k) for k in m.parts], fixes))]
    across_cells = {(m.row.index, m.column) for m in across}
    down = [m for m in down if not (any((r.index, m.column) in across_cells for r in m.parts)
                                    and _corrected(m, [(r, m.column) for r in m.parts], fixes))]
    found = []
    for d in list(down):
        for a in list(across):
            implied = _one_cell(table, d, a)
            if implied is not None:
                found.append(_cell_finding(ctx, table, a.row, d.column, implied))
                down.remove(d)
                across.remove(a)
                break
    return [_column_sum_finding(ctx, table, m) for m in down] + [_row_sum_finding(ctx, table, m) for m in across] + found


# ---------------------------------------------------------------- shares: the reviewer's judgement

STATED_TOTAL = re.compile(r"(?:共有|共计|合计|总计|总数为?|共)\s*(\d[\d,]{0,9})\s*(?:人|名)")


@dataclass
class Base:
    """A denominator a share column may be computed against, and where the report says it."""

    name: str  # "合计行", "各行之和", "正文所述总数", "本行合计", "表 1-2 的合计行"
    value: Decimal | None = None  # one base for every row; None: per row (本行合计)
    per_row: dict | None = None


def _stated_totals(ctx: Context, table: Table) -> list[Decimal]:
    """Totals the text states in paragraphs that cite this table ("共 400 人，见表 1-1")."""
    if not table.number:
        return []
    key = re.sub(r"\s+", "", table.number)
    out = []
    for unit in ctx.units:
        if key in re.sub(r"\s+", "", unit.text):
            out.extend(Decimal(m.group(1).replace(",", "")) for m in STATED_TOTAL.finditer(unit.text))
    return out


def _other_table_totals(ctx: Context, table: Table, column: str) -> list[tuple[str, Decimal]]:
    """Total rows of the other tables, in a column of the same name."""
    out = []
    for other in ctx.doc.tables():
        if other is table or column not in other.columns:
            continue
        j = other.columns.index(column)
        for row in read_rows(other):
            if row.kind == "total" and j in row.numbers:
                out.append((f"{other.number}的合计行", row.numbers[j][0]))
    return out


def _bases(ctx, table, rows, c, counts) -> list[Base]:
    bases = []
    total_row = next((r for r in rows if r.kind == "total" and c in r.numbers), None)
    if total_row:
        bases.append(Base("合计行", total_row.numbers[c][0]))
    else:  # "专任教师总数" closing a table of groups (职称 then 学历 of the same teachers): the whole of each
        named = next((r for r in rows if WHOLE_NAMED.search(r.label) and c in r.numbers), None)
        if named is not None:
            bases.append(Base(f"“{named.label}”行", named.numbers[c][0]))
    leaf_sum = sum((r.numbers[c][0] for r in rows if r.kind == "leaf" and c in r.numbers), Decimal(0))
    if leaf_sum:
        bases.append(Base("各行之和", leaf_sum))
    bases += [Base("正文所述总数", v) for v in _stated_totals(ctx, table)]
    header = table.columns[c] if c < len(table.columns) else ""
    bases += [Base(name, v) for name, v in _other_table_totals(ctx, table, header)]
    if len(counts) > 1:  # side-by-side groups (汉族 | 少数民族): a share of the row's own total
        bases.append(Base("本行合计", per_row={r.index: sum((r.numbers[k][0] for k in counts if k in r.numbers),
                                                           Decimal(0)) for r in rows}))
    return [b for b in bases if b.value is None or b.value > 0]


def _agrees(row: Row, c: int, s: int, base: Base) -> bool:
    value = base.value if base.per_row is None else base.per_row.get(row.index)
    if not value:
        return False
    stated, text = row.numbers[s]
    return abs(row.numbers[c][0] * 100 / value - stated) <= tolerance(text)


def _share_pairs(kinds: dict[int, str]) -> list[tuple[int, int]]:
    """(count column, share column): each share with the nearest count column to its left."""
    counts = sorted(j for j, k in kinds.items() if k == "count")
    pairs = []
    for s in sorted(j for j, k in kinds.items() if k == "share"):
        left = [c for c in counts if c < s]
        if left or counts:
            pairs.append((left[-1] if left else counts[0], s))
    return pairs


def judge_shares(ctx: Context, table: Table, rows: list[Row], kinds: dict[int, str],
                 wrong_counts: dict) -> tuple[list, set]:
    """占比 = count / base, with the base the report itself supports (the one most cells agree with:
    the total row, the sum of the rows, a total stated in the text, another table's total, the row's
    own total). Each disagreeing cell is reported once, with the value that would agree. A share that
    agrees with the corrected count of a wrong 小计/合计 row is that row's consequence, not a new error.
    Returns the findings and the (row, column) total cells they explain."""
    counts = sorted(j for j, k in kinds.items() if k == "count")
    found, explained = [], set()
    for c, s in _share_pairs(kinds):
        cells = [r for r in rows if c in r.numbers and s in r.numbers]
        bases = _bases(ctx, table, rows, c, counts)
        if not cells or not bases:
            continue
        scored = [(sum(_agrees(r, c, s, b) for r in cells), -i, b) for i, b in enumerate(bases)]
        agreeing, _, base = max(scored, key=lambda x: x[:2])
        if agreeing * 2 < len(cells):
            continue  # no base explains most of the column: the report does not say what it is a share of
        wrong_shares = []
        for row in cells:
            if _agrees(row, c, s, base):
                continue
            if row.kind == "total" and base.value is not None and row.numbers[c][0] != base.value:
                continue  # the total row's count is the root cause (table.total)
            corrected = wrong_counts.get((row.index, c))
            if corrected is not None and _agrees(_with_count(row, c, corrected), c, s, base):
                continue  # the 小计/合计 count is the root cause, already reported
            found.append(_share_finding(ctx, table, row, c, s, base))
            wrong_shares.append(row)
            if base.name in ("合计行", "正文所述总数") and row.kind == "leaf":
                explained |= _explains_total(rows, row, c, s, base)
        if wrong_shares:  # the share column's own total and its 100% are these cells' consequences
            explained |= {(r.index, s) for r in rows if r.kind == "total"} | {(None, s)}
    return found, explained


def _with_count(row: Row, c: int, value: Decimal) -> Row:
    return Row(row.index, row.label, row.kind, {**row.numbers, c: (value, plain(value))})


def _implied_count(row: Row, s: int, base_value: Decimal) -> Decimal:
    return rounded(row.numbers[s][0] * base_value / 100)


def _explains_total(rows: list[Row], row: Row, c: int, s: int, base: Base) -> set:
    """When replacing this cell by the count its share implies makes the rows add up to the total row,
    the total row's mismatch is this cell's consequence."""
    total_row = next((r for r in rows if r.kind == "total" and c in r.numbers), None)
    if total_row is None or base.value is None:
        return set()
    leaves = [r for r in rows if r.kind == "leaf" and c in r.numbers]
    fixed = sum((r.numbers[c][0] for r in leaves), Decimal(0)) - row.numbers[c][0] + _implied_count(row, s, base.value)
    return {(total_row.index, c)} if fixed == total_row.numbers[c][0] else set()


def _share_finding(ctx, table, row: Row, c: int, s: int, base: Base):
    stated, text = row.numbers[s]
    count = row.numbers[c][0]
    base_value = base.value if base.per_row is None else base.per_row[row.index]
    exact = count * 100 / base_value
    shown = f"{fmt(exact, max(decimals(text), 2))}%"
    implied = _implied_count(row, s, base_value)
    hint = f"；若占比无误，人数应为 {plain(implied)}" if implied != count and implied > 0 else ""
    return finding("table.share", "error",
                   f"{table.number}“{row.label}”的占比为 {text}，而 {plain(count)} / {plain(base_value)}"
                   f"（{base.name}）= {shown}",
                   _where(table, row, s), ctx.section_of(table), table=table.number, stated=text, computed=shown,
                   count=plain(count), total=plain(base_value), base=base.name,
                   suggestion=f"占比应为 {shown}{hint}")


def _rate_agrees(row: Row, a: int, b: int, r: int) -> bool:
    stated, text = row.numbers[r]
    return row.numbers[b][0] > 0 and abs(row.numbers[a][0] * 100 / row.numbers[b][0] - stated) <= tolerance(text)


def check_rate_columns(ctx: Context, table: Table, rows: list[Row], kinds: dict[int, str], wrong_counts: dict) -> list:
    """A rate column (落实率, 合格率) that is each row's own count over another of its counts: the pair of
    count columns most rows agree with (已落实人数 / 毕业生数·小计) is the reviewer's reading, when at least
    three rows and most of them agree; the rows that do not are errors. A row whose count is a wrong 小计 or
    合计 already reported is that cell's consequence."""
    counts = [j for j, k in kinds.items() if k == "count"]
    found = []
    for r in sorted(j for j, k in kinds.items() if k == "percent"):
        cells = [row for row in rows if r in row.numbers]
        best = None
        for a in counts:
            for b in counts:
                if a == b:
                    continue
                pairs = [row for row in cells if a in row.numbers and b in row.numbers and row.numbers[b][0] > 0]
                agreeing = sum(_rate_agrees(row, a, b, r) for row in pairs)
                if agreeing >= 3 and 2 * agreeing > len(pairs) and (best is None or agreeing > best[0]):
                    best = (agreeing, a, b, pairs)
        if best is None:
            continue
        _, a, b, pairs = best
        for row in pairs:
            if _rate_agrees(row, a, b, r) or (row.index, a) in wrong_counts or (row.index, b) in wrong_counts:
                continue
            found.append(_rate_finding(ctx, table, row, a, b, r))
    return found


def _rate_finding(ctx, table, row: Row, a: int, b: int, r: int):
    stated, text = row.numbers[r]
    shown = f"{fmt(row.numbers[a][0] * 100 / row.numbers[b][0], max(decimals(text), 2))}%"
    header, names = table.columns[r], f"{table.columns[a]} / {table.columns[b]}"
    return finding("table.share", "error",
                   f"{table.number}“{row.label}”的{header}为 {text}，而 {row.numbers[a][1]} / {row.numbers[b][1]}"
                   f"（{names}）= {shown}",
                   _where(table, row, r), ctx.section_of(table), table=table.number, stated=text, computed=shown,
                   count=row.numbers[a][1], total=row.numbers[b][1], base=table.columns[b],
                   suggestion=f"{header}应为 {shown}")


def _leaf_shares_sum(ctx, table, rows, shares, counts) -> list:
    """The leaves' shares add up to 100%: all of them, or, in a table of groups each closed by its 小计
    (职称 then 学历 of the same teachers), each group's."""
    found = []
    groups = [[r for r in rows[start:end] if r.kind == "leaf"] for start, end in _subtotal_runs(rows)] \
        or _first_column_groups(table, [r for r in rows if r.kind == "leaf" and not WHOLE_NAMED.search(r.label)])
    for j in shares:
        cells = [r.numbers[j] for r in rows if r.kind == "leaf" and j in r.numbers and not WHOLE_NAMED.search(r.label)]
        if len(cells) < 2:
            continue
        total = sum((v for v, _ in cells), Decimal(0))
        if abs(total - 100) > _share_slack(cells) and not (len(groups) >= 2 and all(
                _hundred([r.numbers[j] for r in group if j in r.numbers]) for group in groups)) \
                and not _overlapping(rows, j, counts):
            found.append(_hundred_finding(ctx, table, None, j, total, "各行"))
    return found


def _first_column_groups(table: Table, leaves: list[Row]) -> list[list[Row]]:
    """The leaves by the group their first column names over several rows (职称 over 正高级…初级, then 学历
    over 博士…本科: two classifications of the same people, each its own 100%), when it does."""
    keys = [normalize(table.rows[r.index][0].text).strip() if table.rows[r.index] else "" for r in leaves]
    if not all(keys) or len(set(keys)) < 2 or len(set(keys)) == len(keys):
        return []
    groups: dict[str, list[Row]] = {}
    for key, row in zip(keys, leaves):
        groups.setdefault(key, []).append(row)
    return list(groups.values())


def _overlapping(rows: list[Row], j: int, counts: list[int]) -> bool:
    """Categories of one whole that overlap (正高级, 副高级, 双师型, 硕士 of the 专任教师 printed in a row
    of their own): every share is its row's count over that whole, and the counts add up to more than
    it, so the shares cannot add up to 100% and are not meant to."""
    for c in counts:
        leaves = [r for r in rows if r.kind == "leaf" and j in r.numbers and c in r.numbers and r.numbers[j][0] > 0]
        whole = [r.numbers[c][0] for r in rows if c in r.numbers and j not in r.numbers]
        for w in whole:
            if w > 0 and len(leaves) >= 2 and all(abs(r.numbers[c][0] * 100 / w - r.numbers[j][0])
                                                  <= tolerance(r.numbers[j][1]) for r in leaves) \
                    and sum((r.numbers[c][0] for r in leaves), Decimal(0)) > w:
                return True
    return False


def _subtotal_runs(rows: list[Row]) -> list[tuple[int, int]]:
    """(start, end) of each run of rows a 小计 row closes, when every leaf is in one; else []."""
    runs, start = [], 0
    for k, row in enumerate(rows):
        if row.kind == "subtotal":
            runs.append((start, k))
            start = k + 1
    if any(r.kind == "leaf" for r in rows[start:]):
        return []
    return runs


def _share_slack(cells) -> Decimal:
    return sum((tolerance(t) for _, t in cells), Decimal(0)) + Decimal("0.01")


def _hundred(cells) -> bool:
    return len(cells) >= 2 and abs(sum((v for v, _ in cells), Decimal(0)) - 100) <= _share_slack(cells)


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
        wrong_counts: dict = {}
        found += check_subtotals(ctx, table, rows, kinds, wrong_counts)
        shares, explained = judge_shares(ctx, table, rows, kinds, wrong_counts)
        down, across = check_totals(ctx, table, rows, kinds, explained), check_total_columns(ctx, table, rows, kinds)
        found += total_findings(ctx, table, down, across)
        found += shares
        for m in down + across:  # a rate over a 合计 reported wrong is that cell's consequence
            wrong_counts.setdefault((m.row.index, m.column), m.computed)
        found += check_rate_columns(ctx, table, rows, kinds, wrong_counts)
        if sum(k == "count" for k in kinds.values()) == 1:  # side-by-side groups do not add up column-wise
            found += _leaf_shares_sum(ctx, table, rows, [j for j, k in kinds.items()
                                                         if k == "share" and (None, j) not in explained],
                                      [j for j, k in kinds.items() if k == "count"])
        found += check_percent_grids(ctx, table, rows, kinds)
    return found
