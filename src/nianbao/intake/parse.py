"""One file -> canonical columns + every problem found (nothing is written here)."""
from __future__ import annotations

from dataclasses import dataclass, field
from itertools import zip_longest
from pathlib import Path

from .headers import HeaderMap, locate
from .normalize import clean_code, clean_text, fraction_to_percent, normalize_cell
from .problems import MASK, Problem, Summary, redact, shown_value, summarize
from .readers import RawSheet, read_source
from .schemas import CODE_TYPES, SCHEMAS, Column, Schema
from ..text import WHOLE_UNITS
from .validate import Context, check_column, check_count, check_percent, duplicates, major_failures


@dataclass
class Parsed:
    kind: str
    file: str
    sheet: str | None
    rows_read: int = 0
    first_data_row: int = 0
    row_numbers: list[int] = field(default_factory=list)
    columns: dict[str, list[str | None]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    encoding: str = ""
    raw_cells: dict[str, list] = field(default_factory=dict)  # typed cells kept for cross checks
    columnar: object = None  # columnar.ColumnarFile: the canonical values stay in DuckDB (large CSV files)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> Summary:
        return summarize(self.rows_read, self.problems, self.first_data_row)

    def records(self, names: list[str]) -> list[tuple]:
        """Rows of canonical values in `names` order, plus row_no."""
        cols = [self.columns.get(n) or [None] * len(self.row_numbers) for n in names]
        return list(zip(*cols, self.row_numbers))

    def write_canonical(self, path: Path, names: list[str], durable: bool = True) -> None:
        """The canonical CSV of the accepted rows (store.CANONICAL's format)."""
        if self.columnar is not None:
            self.columnar.write_canonical(path, names, durable)
        else:
            from .store import write_canonical
            write_canonical(path, names, self.records(names), durable)


def parse_file(path: Path, kind: str, ctx: Context, shown: str | None = None,
               sheet: str | None = None) -> Parsed:
    from . import columnar  # DuckDB, imported only when a file is read
    from .problems import IntakeError
    schema = SCHEMAS[kind]
    shown = shown or path.name
    if path.is_file() and columnar.wanted(path, kind):
        try:
            return parse_columnar(path, schema, ctx, shown, sheet)
        except columnar.Fallback:
            pass  # read row by row, which reports what DuckDB rejects
    try:
        raw = read_source(path, shown, sheet)
    except IntakeError as exc:
        return Parsed(kind, shown, sheet, problems=exc.problems)
    return parse_sheet(raw, schema, ctx)


def is_empty(row: list) -> bool:
    try:
        return not "".join(row).strip()
    except TypeError:  # typed cells (numbers, dates, None)
        pass
    for cell in row:
        if cell is not None and (not isinstance(cell, str) or cell.strip()):
            return False
    return True


def parse_sheet(raw: RawSheet, schema: Schema, ctx: Context) -> Parsed:
    parsed = Parsed(schema.kind, raw.file, raw.sheet, encoding=raw.encoding)
    header, problems = locate(raw, schema)
    parsed.problems.extend(problems)
    if header is None:
        return parsed
    if header.unknown:
        parsed.notes.append(f"未识别的列（已忽略）：{'、'.join(header.unknown)}")
    rows = raw.rows
    if raw.typed:
        indices = [r for r in range(header.end, len(rows)) if not is_empty(rows[r])]
    else:  # CSV rows are lists of strings
        indices = [r for r in range(header.end, len(rows)) if "".join(rows[r]).strip()]
    parsed.rows_read = len(indices)
    parsed.first_data_row = header.end + 1
    parsed.row_numbers = [r + 1 for r in indices]
    data = [raw.rows[r] for r in indices]
    width = max(header.columns, default=-1) + 1
    transposed = list(zip_longest(*data, fillvalue=None))[:width] if data else []
    for index, (column, text) in header.columns.items():
        cells = list(transposed[index]) if index < len(transposed) else [None] * len(data)
        values = normalize_column(cells, column, raw.typed)
        if raw.typed and column.type == "figure_value":
            parsed.raw_cells[column.name] = cells
        parsed.columns[column.name], failures = check_column(values, column, ctx)
        parsed.problems.extend(_problems(parsed, column, text, values, failures))
    parsed.problems.extend(cross_checks(parsed, schema, header, ctx))
    return _finish(parsed, schema, header, ctx)


def parse_columnar(path: Path, schema: Schema, ctx: Context, shown: str, sheet: str | None = None) -> Parsed:
    """A large CSV or XLSX file checked column by column in DuckDB (columnar.py); raises columnar.Fallback."""
    from . import columnar
    table = columnar.open_file(path, shown, schema, ctx, sheet)
    table.read_header()
    table.check_body()
    table.load()
    table.build()
    header = table.header
    parsed = Parsed(schema.kind, shown, table.sheet_name, encoding=table.encoding, columnar=table)
    if header.unknown:
        parsed.notes.append(f"未识别的列（已忽略）：{'、'.join(header.unknown)}")
    parsed.row_numbers = table.row_numbers()
    parsed.rows_read = len(parsed.row_numbers)
    parsed.first_data_row = header.end + 1
    parsed.problems = table.column_problems() + table.cross_problems()
    return _finish(parsed, schema, header, ctx)


def _finish(parsed: Parsed, schema: Schema, header: HeaderMap, ctx: Context) -> Parsed:
    parsed.problems.sort(key=lambda p: (p.row or 0, _order(schema, header, p.column)))
    parsed.problems = redact(parsed.problems, personal_file(schema, header), ctx.vocabulary(schema))
    if schema.check_majors and ctx.majors is None:
        parsed.notes.append("本项目还没有专业数据，未核对院系和专业（先导入 majors）")
    return parsed


PERSONAL_HEADERS = ("姓名", "学号", "工号", "身份证", "手机", "电话", "学籍号", "准考证")


def personal_file(schema: Schema, header: HeaderMap) -> bool:
    """A file whose schema has personal columns, or with an unknown column that looks personal."""
    return any(c.personal for c in schema.columns) or any(
        word in text for text in header.unknown for word in PERSONAL_HEADERS)


def _order(schema: Schema, header: HeaderMap, column: str | None) -> int:
    for index, (_, text) in header.columns.items():
        if text == column:
            return index
    return -1


def normalize_column(cells: list, column: Column, typed: bool) -> list[str]:
    code = column.type in CODE_TYPES
    if typed and column.type == "percent" and looks_like_fractions(cells):
        return [fraction_to_percent(c) if _is_number(c) else normalize_cell(c, code) for c in cells]
    if not typed:  # CSV: strings (None where a row is short)
        clean = clean_code if code else clean_text
        table = {c: clean(c) if c else "" for c in set(cells)}
        return list(map(table.__getitem__, cells))
    keys = list(zip(map(type, cells), cells))  # typed keys: 1, 1.0 and True are equal otherwise
    table = {key: normalize_cell(key[1], code) for key in set(keys)}
    return list(map(table.__getitem__, keys))


def _is_number(cell) -> bool:
    return isinstance(cell, (int, float)) and not isinstance(cell, bool)


def looks_like_fractions(cells: list) -> bool:
    """Excel cells formatted as % hold fractions (0.9089 shows as 90.89%): all numbers within 0–1."""
    numbers = [c for c in cells if _is_number(c)]
    return bool(numbers) and all(0 <= c <= 1 for c in numbers) and any(c != int(c) for c in numbers)


def _problems(parsed: Parsed, column: Column, text: str, values: list, failures: dict) -> list[Problem]:
    return [Problem(parsed.file, parsed.sheet, parsed.row_numbers[i], text,
                    shown_value(values[i], column.personal), expected, message, reason)
            for i, (message, expected, reason) in failures.items()]


# ---------------------------------------------------------------- across rows

def cross_checks(parsed: Parsed, schema: Schema, header: HeaderMap, ctx: Context) -> list[Problem]:
    problems = unique_problems(parsed, schema, header) + one_of_problems(parsed, schema)
    if schema.check_majors and ctx.majors is not None:
        problems += major_problems(parsed, schema, header, ctx)
    if schema.kind == "figures":
        problems += figure_percent_problems(parsed, header) + figure_count_problems(parsed, header)
    return problems


def unique_problems(parsed: Parsed, schema: Schema, header: HeaderMap) -> list[Problem]:
    problems = []
    n = len(parsed.row_numbers)
    for key in schema.unique:
        if any(header.header_of(name) is None for name in key[:1]):
            continue
        cols = [parsed.columns.get(name) or [None] * n for name in key]
        columns = [schema.column(name) for name in key]
        label = "、".join(c.header for c in columns)
        first = columns[0]
        for i, j in duplicates(list(zip(*cols))):
            row, other = parsed.row_numbers[i], parsed.row_numbers[j]
            shown = MASK if first.personal else " / ".join(v or "" for v in (c[i] for c in cols))
            problems.append(Problem(parsed.file, parsed.sheet, row, header.header_of(first.name), shown,
                                    f"每行的{label}不重复", f"第 {row} 行与第 {other} 行的{label}重复",
                                    f"{label}重复"))
    return problems


def one_of_problems(parsed: Parsed, schema: Schema) -> list[Problem]:
    problems = []
    n = len(parsed.row_numbers)
    for group in schema.one_of:
        present = [parsed.columns[name] for name in group if name in parsed.columns]
        if not present:
            continue  # the missing columns are reported once, at the header
        headers = "、".join(schema.column(name).header for name in group)
        for i in range(n):
            if all(col[i] is None for col in present):
                problems.append(Problem(parsed.file, parsed.sheet, parsed.row_numbers[i], None, None,
                                        f"{headers}至少填一项", f"{headers}都没有填", f"{headers}都为空"))
    return problems


def major_problems(parsed: Parsed, schema: Schema, header: HeaderMap, ctx: Context) -> list[Problem]:
    departments, majors = parsed.columns.get("department"), parsed.columns.get("major")
    if departments is None or majors is None:
        return []
    problems = []
    for i, (name, (message, expected, reason)) in major_failures(departments, majors, ctx).items():
        value = parsed.columns[name][i]
        problems.append(Problem(parsed.file, parsed.sheet, parsed.row_numbers[i], header.header_of(name), value,
                                expected, message, reason))
    return problems


def figure_percent_problems(parsed: Parsed, header: HeaderMap) -> list[Problem]:
    """Entered figures whose 单位 is % must be percentages (the % sign is dropped)."""
    units, values = parsed.columns.get("unit"), parsed.columns.get("value")
    if units is None or values is None:
        return []
    problems = []
    percent_rows = [i for i, unit in enumerate(units) if unit == "%" and values[i] is not None]
    cells = parsed.raw_cells.get("value")
    if cells and looks_like_fractions([cells[i] for i in percent_rows]):
        for i in percent_rows:
            if _is_number(cells[i]):
                values[i] = fraction_to_percent(cells[i])
    for i, value in enumerate(values):
        if value is not None and value.endswith("%") and units[i] != "%":
            problems.append(Problem(parsed.file, parsed.sheet, parsed.row_numbers[i], header.header_of("value"),
                                    value, "单位为 % 时才带 %；否则只填数字", "数值带 %，但单位不是 %",
                                    "数值与单位不符"))
    for i in percent_rows:
        text, failure = check_percent(values[i], None, None)
        if failure:
            problems.append(Problem(parsed.file, parsed.sheet, parsed.row_numbers[i], header.header_of("value"),
                                    values[i], failure[1], failure[0], failure[2]))
        else:
            values[i] = text
    return problems


def figure_count_problems(parsed: Parsed, header: HeaderMap) -> list[Problem]:
    """Entered figures in a unit of whole things (人, 人次, 个 …): -650 人 or 12.5 人 is a typo."""
    units, values = parsed.columns.get("unit"), parsed.columns.get("value")
    if units is None or values is None:
        return []
    problems = []
    for i, (unit, value) in enumerate(zip(units, values)):
        if value is None or value.endswith("%"):
            continue  # a % under another unit is reported once, by figure_percent_problems
        if unit in WHOLE_UNITS and (failure := check_count(value)):
            problems.append(Problem(parsed.file, parsed.sheet, parsed.row_numbers[i], header.header_of("value"),
                                    value, failure[1], f"单位为“{unit}”，{failure[0]}", failure[2]))
    return problems
