"""Large CSV files checked column by column in DuckDB; Python sees distinct values and failing rows.

The row reader (parse.parse_sheet) holds every cell as a Python string: a 1,000,000-row roster
took 10 s and 1.3 GB. Here DuckDB reads the file once into a table of text cells (`raw`), and
Python only

  * cleans the distinct values that need it (full-width characters, spaces: clean_text /
    clean_code, the same functions as the row reader; a value without such characters is
    already clean, which SQL tells apart),
  * checks each distinct value of the checked columns (validate.CHECKS, the same messages),
  * and turns the failing rows into Problems (file, Excel row, column, value, expected).

Everything else (empty rows, emptiness, duplicates, 院系/专业 pairs, one-of groups) is SQL over
columns. The canonical values are CASE expressions over `raw` (the `canon` view), so the rows stay
in file order and the canonical CSV is written in one unsorted pass; sorting 1,000,000 rows had
cost 250 MB, and each LEFT JOIN another pass. Files the row reader reads more leniently go to it instead (`Fallback`): not UTF-8,
blank lines (DuckDB skips them, which would shift the row numbers), NUL bytes, ragged rows,
a header the row reader would report problems about, or quotes DuckDB rejects. The result is
the same Parsed, problems and canonical CSV as the row reader's (tests/intake compare both).
"""
from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from itertools import zip_longest
from pathlib import Path

import duckdb

from ..limits import current_limits
from .headers import SCAN_ROWS, HeaderMap, locate
from .normalize import cell_text, clean_code, clean_text
from .problems import MASK, Problem, shown_value
from .readers import RawSheet, check_xlsx_bounds, sniff_delimiter
from .schemas import CODE_TYPES, Column, Schema
from .validate import CHECKS, Context, check_text, major_verdict

MIN_BYTES = 4 << 20  # smaller files: the row reader is as fast
MIN_SHEET_BYTES = 1 << 20  # XLSX is compressed: 1 MB holds some 50,000 roster rows
SHEET_SUFFIXES = (".xlsx", ".xlsm")
SHEET_BLOCK_ROWS = 20_000  # rows moved from calamine to DuckDB at a time (bounded memory)
KINDS = ("graduates", "staff")  # kinds whose checks are all per value, per column set or per 院系/专业 pair
HEAD_BYTES = 1 << 16
CASE_LIMIT = 200  # a column with more rewritten raw values is mapped by a join (and the output sorted)
# Characters Python's str.strip()/\s treat as space (\pZ holds the ideographic and no-break
# spaces), plus those clean_text folds or drops: a value with none of them is already clean.
_SPACE = r"\t\n\x{0B}\f\r \x{1C}-\x{1F}\x{85}\pZ"
DIRTY_TEXT = rf"[{_SPACE}\x{{FEFF}}\x{{200B}}\x{{FF10}}-\x{{FF19}}\x{{FF21}}-\x{{FF3A}}\x{{FF41}}-\x{{FF5A}}]"
CLEAN_CODE = "[A-Za-z0-9]*"


class Fallback(Exception):
    """This file is read row by row (parse.parse_sheet), which reports what DuckDB would not."""


def wanted(path: Path, kind: str) -> bool:
    suffix, size = path.suffix.lower(), path.stat().st_size
    if kind not in KINDS:
        return False
    if suffix in SHEET_SUFFIXES:
        return size >= MIN_SHEET_BYTES
    return suffix == ".csv" and size >= MIN_BYTES


def open_file(path: Path, shown: str, schema: Schema, ctx: Context, sheet: str | None) -> "ColumnarFile":
    if path.suffix.lower() in SHEET_SUFFIXES:
        return SheetColumnarFile(path, shown, schema, ctx, sheet)
    if sheet is not None:
        raise Fallback("a sheet named for a CSV file: the row reader says so")
    return ColumnarFile(path, shown, schema, ctx)


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


class ColumnarFile:
    """One CSV file's canonical table in its own DuckDB connection."""

    def __init__(self, path: Path, shown: str, schema: Schema, ctx: Context):
        self.path, self.shown, self.schema, self.ctx = path, shown, schema, ctx
        self.con = duckdb.connect()
        self.con.execute("SET enable_progress_bar = false")  # it would print on stdout
        self.header: HeaderMap | None = None
        self.problems: list[Problem] = []
        self.sheet_name: str | None = None  # problems name the sheet of a workbook
        self.encoding = "utf-8-sig"  # as the row reader names a UTF-8 CSV file's

    # ------------------------------------------------ reading

    def read_header(self) -> None:
        with open(self.path, "rb") as fh:
            head_bytes = fh.read(HEAD_BYTES)
        try:
            head = head_bytes.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            if exc.start < len(head_bytes) - 4:  # not just a character cut at the end of the block
                raise Fallback("not UTF-8") from exc
            head = head_bytes[:exc.start].decode("utf-8-sig")
        head = head[:head.rfind("\n") + 1]
        self.delimiter = sniff_delimiter(head)
        rows = list(csv.reader(io.StringIO(head, newline=""), delimiter=self.delimiter))
        header, problems = locate(RawSheet(self.shown, None, rows), self.schema)
        if header is None or problems or len(rows) <= header.end:
            raise Fallback("header")
        if any("\n" in cell or "\r" in cell for row in rows[:header.end] for cell in row):
            raise Fallback("a header cell spans lines: DuckDB skips lines, not records")
        self.header, self.width = header, len(rows[header.end - 1])

    def check_body(self) -> None:
        """In blocks (the file is not held in memory); a block keeps the previous one's last line."""
        carry = b""
        with open(self.path, "rb") as fh:
            if fh.read(2) in (b"\xff\xfe", b"\xfe\xff"):
                raise Fallback("UTF-16")
            fh.seek(0)
            for block in iter(lambda: fh.read(1 << 22), b""):
                chunk = carry + block
                # DuckDB skips empty lines (the row numbers would shift); lines of spaces it reads as rows
                if b"\x00" in block or _blank_line(chunk):
                    raise Fallback("NUL bytes or blank lines")
                carry = chunk[-2:]

    def _row_no(self) -> str:
        """Excel's row number of a raw record: in a CSV file, its position after the header."""
        return f"(rowid + {self.header.end + 1})::INTEGER"

    def _source(self) -> str:
        """The data rows as DuckDB reads them: c0…cN, Excel's row number, empty rows left out.

        A filter on one table keeps its rows' order (DuckDB's order preservation), so every use
        reads the rows in file order without sorting them."""
        if not self.has_blank_rows:  # the usual case: no row to test on every later scan
            return f"(SELECT *, {self._row_no()} AS row_no FROM raw)"
        return f"(SELECT *, {self._row_no()} AS row_no FROM raw WHERE NOT {self._blank_row()})"

    def _blank_row(self) -> str:
        cells = ", ".join(f"c{i}" for i in range(self.width))
        blank = f"'[{_SPACE}]*'"
        # the first cell settles almost every row; the whole row is looked at only when it is blank
        return f"(regexp_full_match(coalesce(c0, ''), {blank}) AND regexp_full_match(concat_ws('', {cells}), {blank}))"

    def load(self) -> None:
        """The raw cells, in file order (rowid is the record's position: its Excel row)."""
        columns = ", ".join(f"'c{i}': 'VARCHAR'" for i in range(self.width))
        try:
            self.con.execute(
                f"CREATE TABLE raw AS SELECT * FROM read_csv(?, auto_detect=false, header=false, skip={self.header.end},"
                f" delim=?, quote='\"', escape='\"', columns={{{columns}}})", [str(self.path), self.delimiter])
        except duckdb.Error as exc:  # ragged rows, stray quotes, invalid UTF-8: the row reader says where
            raise Fallback(str(exc)) from exc
        self._count_rows()

    def _count_rows(self) -> None:
        self.row_count, blank = self.con.execute(f"SELECT count(*), count(*) FILTER (WHERE {self._blank_row()}) FROM raw"
                                            ).fetchall()[0]
        self.has_blank_rows = blank > 0
        self.row_count -= blank

    # ------------------------------------------------ columns

    def mapped(self) -> list[tuple[int, Column, str]]:
        return [(i, column, text) for i, (column, text) in sorted(self.header.columns.items()) if i < self.width]

    def build(self) -> None:
        """The `canon` view: each mapped column's canonical values, in file order.

        A raw value whose canonical value differs (cleaned, an alias, failing) is rewritten by a
        CASE expression, which keeps the rows' order: the view is read once, unsorted, for the
        canonical CSV. Columns with more such values than CASE_LIMIT take a join instead (order
        no longer guaranteed: the canonical CSV is then sorted)."""
        selects, joins, self.failures, self.maps, self.failing = ["s.row_no"], [], {}, {}, {}
        self.sorted_output = False
        for i, column, _ in self.mapped():
            table, failures = self._value_table(i, column)
            self.failures[column.name] = failures
            self.maps[i] = {raw: value for raw, value, _, _ in table}
            self.failing[i] = {raw: (fail, bad) for raw, _, fail, bad in table if fail is not None}
            changed = [(raw, value) for raw, value, _, _ in table if value != raw]
            if len(changed) <= CASE_LIMIT:
                selects.append(f'{_case(f"s.c{i}", changed)} AS "{column.name}"')
                continue
            self.con.execute(f"CREATE TEMP TABLE m{i} AS SELECT unnest(?::VARCHAR[]) AS raw,"
                             " unnest(?::VARCHAR[]) AS value", [[c[0] for c in changed], [c[1] for c in changed]])
            joins.append(f"LEFT JOIN m{i} ON m{i}.raw = s.c{i}")
            selects.append(f"CASE WHEN m{i}.raw IS NULL THEN nullif(s.c{i}, '') ELSE m{i}.value END AS \"{column.name}\"")
            self.sorted_output = True
        self.con.execute(f"CREATE VIEW canon AS SELECT {', '.join(selects)} FROM {self._source()} s {' '.join(joins)}")

    def _value_table(self, i: int, column: Column):
        """[(raw, canonical, failure index, value shown)] for the distinct raw values Python must see
        (none when the column is free text with no value needing cleaning), and the failures."""
        code = column.type in CODE_TYPES
        check = CHECKS[column.type]
        empty = (f"{column.header}不能为空", f"必填的{column.header}", f"{column.header}为空")
        failures = [empty]
        if check is check_text:
            dirty = (f"NOT regexp_full_match(c{i}, '{CLEAN_CODE}')" if code
                     else f"regexp_matches(c{i}, '{DIRTY_TEXT}')")
            raws = [r for r, in self.con.execute(f"SELECT DISTINCT c{i} FROM raw WHERE c{i} <> '' AND {dirty}").fetchall()]
        else:
            raws = [r for r, in self.con.execute(f"SELECT DISTINCT c{i} FROM raw WHERE c{i} <> ''").fetchall()]
        clean = clean_code if code else clean_text
        table = []
        index = {empty: 0}
        for raw in raws:
            text = clean(raw)
            if not text:
                result = (None, empty if column.required else None)
            else:
                result = check(text, column, self.ctx)
            value, failure = result
            if failure is not None and failure not in index:
                index[failure] = len(failures)
                failures.append(failure)
            table.append((raw, value, index[failure] if failure is not None else None,
                          text if failure is not None else None))
        return table, failures

    # ------------------------------------------------ problems

    def column_problems(self) -> list[Problem]:
        """Every failing cell: the rows holding an empty required cell or a failing raw value."""
        mapped, tests = self.mapped(), []
        for i, column, _ in mapped:
            if column.required:
                tests.append(f"nullif(c{i}, '') IS NULL")
            if self.failing[i]:
                self.con.execute(f"CREATE OR REPLACE TEMP TABLE f{i} AS SELECT unnest(?::VARCHAR[]) AS raw",
                                 [list(self.failing[i])])
                tests.append(f"c{i} IN (SELECT raw FROM f{i})")
        if not tests:
            return []
        cols = ", ".join(f"c{i}" for i, _, _ in mapped)
        problems = []
        for row, *cells in self.con.execute(f"SELECT row_no, {cols} FROM {self._source()}"
                                            f" WHERE {' OR '.join(tests)} ORDER BY row_no").fetchall():
            for (i, column, text), raw in zip(mapped, cells):
                if not raw:
                    fail, bad = (0, None) if column.required else (None, None)
                else:
                    fail, bad = self.failing[i].get(raw, (None, None))
                if fail is None:
                    continue
                message, expected, reason = self.failures[column.name][fail]
                shown = shown_value(bad if bad is not None else "", column.personal)  # "" as the row reader shows it
                problems.append(Problem(self.shown, self.sheet_name, row, text, shown, expected, message, reason))
        return problems

    def cross_problems(self) -> list[Problem]:
        return self.unique_problems() + self.one_of_problems() + self.major_problems()

    def _present(self, name: str) -> bool:
        return self.header.header_of(name) is not None

    def unique_problems(self) -> list[Problem]:
        problems = []
        for key in self.schema.unique:
            if not self._present(key[0]):
                continue
            cols = [f'"{n}"' if self._present(n) else "NULL" for n in key]
            columns = [self.schema.column(n) for n in key]
            label, first = "、".join(c.header for c in columns), columns[0]
            not_all_null = " OR ".join(f"{c} IS NOT NULL" for c in cols)
            if not self.con.execute(f"SELECT 1 FROM canon WHERE {not_all_null} GROUP BY {', '.join(cols)}"
                                    " HAVING count(*) > 1 LIMIT 1").fetchall():
                continue  # the usual case: one hash aggregate, nothing repeated
            keys = ", ".join(f"{c} AS k{j}" for j, c in enumerate(cols))
            on = " AND ".join(f"d.k{j} IS NOT DISTINCT FROM r.k{j}" for j in range(len(cols)))
            # one hash aggregate finds the repeated keys (usually none); only their rows are looked at
            repeated = self.con.execute(
                f"WITH r AS (SELECT row_no, {keys} FROM canon WHERE {not_all_null}),"
                f" d AS (SELECT {', '.join(f'k{j}' for j in range(len(cols)))}, min(row_no) AS first FROM r"
                f" GROUP BY ALL HAVING count(*) > 1)"
                f" SELECT r.row_no, d.first, {', '.join(f'r.k{j}' for j in range(len(cols)))} FROM r JOIN d ON {on}"
                f" WHERE r.row_no <> d.first ORDER BY r.row_no").fetchall()
            for row, other, *values in repeated:
                shown = MASK if first.personal else " / ".join(v or "" for v in values)
                problems.append(Problem(self.shown, self.sheet_name, row, self.header.header_of(first.name), shown,
                                        f"每行的{label}不重复", f"第 {row} 行与第 {other} 行的{label}重复", f"{label}重复"))
        return problems

    def one_of_problems(self) -> list[Problem]:
        problems = []
        for group in self.schema.one_of:
            present = [n for n in group if self._present(n)]
            if not present:
                continue
            headers = "、".join(self.schema.column(n).header for n in group)
            where = " AND ".join(f'"{n}" IS NULL' for n in present)
            for row, in self.con.execute(f"SELECT row_no FROM canon WHERE {where} ORDER BY row_no").fetchall():
                problems.append(Problem(self.shown, self.sheet_name, row, None, None, f"{headers}至少填一项", f"{headers}都没有填",
                                        f"{headers}都为空"))
        return problems

    def major_problems(self) -> list[Problem]:
        """院系/专业 pairs: the distinct raw pairs, cleaned as their columns are, judged once each."""
        index = {c.name: i for i, c, _ in self.mapped()}
        if not (self.schema.check_majors and self.ctx.majors is not None and "department" in index
                and "major" in index):
            return []
        d, m = index["department"], index["major"]
        departments = self.ctx.departments
        bad = []
        for raw_d, raw_m in self.con.execute(f"SELECT DISTINCT c{d}, c{m} FROM raw").fetchall():
            pair = (self._canonical(d, raw_d), self._canonical(m, raw_m))
            if pair[0] is None or pair[1] is None:
                continue
            verdict = major_verdict(pair[0], pair[1], self.ctx.majors, departments)
            if verdict is not None:
                bad.append((raw_d, raw_m, pair, verdict))
        if not bad:
            return []
        self.con.execute("CREATE TEMP TABLE bad_pairs AS SELECT unnest(?::VARCHAR[]) AS d, unnest(?::VARCHAR[]) AS m,"
                         " unnest(?::INTEGER[]) AS k", [[b[0] for b in bad], [b[1] for b in bad], list(range(len(bad)))])
        problems = []
        for row, k in self.con.execute(f"SELECT s.row_no, k FROM {self._source()} s JOIN bad_pairs ON s.c{d} = bad_pairs.d"
                                       f" AND s.c{m} = bad_pairs.m ORDER BY s.row_no").fetchall():
            _, _, (department, major), (name, (message, expected, reason)) = bad[k]
            value = department if name == "department" else major
            problems.append(Problem(self.shown, self.sheet_name, row, self.header.header_of(name), value, expected, message,
                                    reason))
        return problems

    def _canonical(self, i: int, raw: str | None) -> str | None:
        """The canonical value of a raw cell of mapped column i (None: empty or failing)."""
        if raw in self.maps[i]:
            return self.maps[i][raw]
        return raw or None

    # ------------------------------------------------ output

    def row_numbers(self) -> "RowNumbers":
        return RowNumbers(self.row_count, lambda: self.con.execute(f"SELECT row_no FROM {self._source()}")
                          .fetchnumpy()["row_no"].tolist())

    def write_canonical(self, path: Path, names: list[str], durable: bool = True) -> None:
        """The canonical CSV (as store.write_canonical writes it: header, values, row_no)."""
        present = {c.name for _, c, _ in self.mapped()}
        cols = [f'"{n}"' if n in present else f'NULL::VARCHAR AS "{n}"' for n in names]
        order = " ORDER BY row_no" if self.sorted_output else ""  # else canon is in file order (build)
        self.con.execute(f"COPY (SELECT {', '.join(cols)}, row_no FROM canon{order}) TO "
                         f"{_sql_string(str(path))} (FORMAT csv, HEADER, DELIMITER ',', QUOTE '\"', ESCAPE '\"')")
        if durable:
            with open(path, "rb") as fh:
                os.fsync(fh.fileno())


class SheetColumnarFile(ColumnarFile):
    """One XLSX sheet read by calamine row by row into DuckDB columns of text, then checked as a CSV is.

    A cell becomes the text the row reader would make of it (normalize.cell_text: 2022001.0 is
    "2022001", a date "2001-05-01"); the cleaning and checks that follow are the CSV file's.
    """

    def __init__(self, path: Path, shown: str, schema: Schema, ctx: Context, sheet: str | None):
        super().__init__(path, shown, schema, ctx)
        self.sheet_name, self.encoding = sheet, "utf-8"
        if any(c.type == "percent" for c in schema.columns):
            raise Fallback("percent cells may be Excel fractions: the row reader looks at the whole column")

    def read_header(self) -> None:
        from python_calamine import CalamineError, CalamineWorkbook
        check_xlsx_bounds(self.path, self.shown, current_limits())  # before calamine allocates anything
        try:
            book = CalamineWorkbook.from_path(str(self.path))
            names = list(book.sheet_names)
            if not names or (self.sheet_name is not None and self.sheet_name not in names):
                raise Fallback("no such sheet: the row reader says which there are")
            self.sheet_name = self.sheet_name if self.sheet_name is not None else names[0]
            self.book = book  # the row iterator reads from it
            sheet = book.get_sheet_by_name(self.sheet_name)
            merged = list(sheet.merged_cell_ranges or [])
            self.rows = sheet.iter_rows()
            self.left = sheet.start[1] if sheet.start else 0  # iter_rows leaves out empty leading columns
            head = [self._padded(row) for _, row in zip(range(SCAN_ROWS + 2), self.rows)]
        except (CalamineError, OSError, ValueError, KeyError) as exc:  # corrupt: the row reader reports it
            raise Fallback(str(exc)) from exc
        header, problems = locate(RawSheet(self.shown, self.sheet_name, head, merged, typed=True), self.schema)
        if header is None or problems or len(head) <= header.end:
            raise Fallback("header")
        if any(r0 >= header.end for (r0, _), _ in merged):
            raise Fallback("merged cells among the data rows")
        self.header, self.width, self.head = header, max(len(r) for r in head), head[header.end:]

    def _padded(self, row: list) -> list:
        return [""] * self.left + row if self.left else row

    def check_body(self) -> None:
        """Nothing to check ahead: calamine reads the cells, there is no text to misread."""

    def _row_no(self) -> str:
        return "excel_row"

    def load(self) -> None:
        import pyarrow as pa
        names = [f"c{i}" for i in range(self.width)] + ["excel_row"]
        schema = pa.schema([(n, pa.string()) for n in names[:-1]] + [("excel_row", pa.int32())])
        self.con.execute(f"CREATE TABLE raw ({', '.join(f'{n} VARCHAR' for n in names[:-1])}, excel_row INTEGER)")
        next_row = self.header.end + 1
        block = list(self.head)
        try:
            for row in self.rows:
                block.append(self._padded(row))
                if len(block) == SHEET_BLOCK_ROWS:
                    next_row = self._append(pa, schema, block, next_row)
                    block = []
        except (ValueError, OSError) as exc:  # a cell calamine cannot read
            raise Fallback(str(exc)) from exc
        self._append(pa, schema, block, next_row)
        self.rows = self.head = None
        self._count_rows()

    def _append(self, pa, schema, block: list[list], first_row: int) -> int:
        """The rows of one block as columns of text, appended to `raw`; the next block's first row."""
        if not block:
            return first_row
        columns = [list(c) for c in zip_longest(*block, fillvalue="")][:self.width]
        columns += [[""] * len(block)] * (self.width - len(columns))
        arrays = [pa.array(_texts(c), pa.string()) for c in columns]
        arrays.append(pa.array(range(first_row, first_row + len(block)), pa.int32()))
        chunk = pa.Table.from_arrays(arrays, schema=schema)  # noqa: F841 (read by name in the SQL)
        self.con.execute("INSERT INTO raw SELECT * FROM chunk")
        return first_row + len(block)


def _blank_line(chunk: bytes) -> bool:
    """Whether `chunk` holds "\\n\\n" or "\\n\\r\\n". With a newline every hundred bytes, bytes.find
    restarts at each one (0.25 s per 100 MB); numpy looks at the byte after every newline at once."""
    import numpy as np  # only for large files: not on every command's start-up
    data = np.frombuffer(chunk, np.uint8)
    newlines = np.flatnonzero(data[:-1] == 10)
    after = data[newlines + 1]
    if (after == 10).any():
        return True
    returns = newlines[(after == 13) & (newlines + 2 < len(data))]
    return bool((data[returns + 2] == 10).any())


def _case(cell: str, changed: list[tuple[str, str | None]]) -> str:
    """`cell`'s canonical value: the rewritten raw values, else the cell itself ('' is empty)."""
    kept = f"nullif({cell}, '')"
    if not changed:
        return kept
    whens = " ".join(f"WHEN {_sql_string(raw)} THEN {'NULL' if value is None else _sql_string(value)}"
                     for raw, value in changed)
    return f"CASE {cell} {whens} ELSE {kept} END"


def _texts(cells: list) -> list[str | None]:
    """Cells as the row reader's text (cell_text); most are already strings, so those are kept."""
    return [None if c == "" else c if c.__class__ is str else cell_text(c) for c in cells]


class RowNumbers(Sequence):
    """The data rows' Excel row numbers: the count at once, the numbers themselves when read."""

    def __init__(self, count: int, fetch):
        self._count, self._fetch, self._numbers = count, fetch, None

    def _list(self) -> list[int]:
        if self._numbers is None:
            self._numbers = self._fetch()
        return self._numbers

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):
        return self._list()[index]

    def __eq__(self, other) -> bool:
        return list(self) == list(other)
