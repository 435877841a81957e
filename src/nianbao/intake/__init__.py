"""Intake: read the college's files, check them, keep accepted versions, load them for the engine.

`load_project_data` is what the indicator engine calls; it creates one table per data
kind (columns as in `schemas.SCHEMAS`, plus `row_no`, the row as Excel shows it in the
original file) and returns where each came from, for provenance. For each kind the
current imported version (`nianbao data import`, see store.py) is used if there is one,
else the file named in report.toml [data], which is then checked like an import.
"""
from __future__ import annotations

import csv
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .problems import IntakeError, Problem
from .schemas import SCHEMAS, Schema
from .validate import Context
from . import store

if TYPE_CHECKING:
    from .parse import Parsed


def parse_file(path: Path, kind: str, ctx: Context, shown: str | None = None, sheet: str | None = None) -> "Parsed":
    """parse.parse_file, imported on first use: a build whose figures come from the cache reads no file."""
    from .parse import parse_file as parse
    return parse(path, kind, ctx, shown, sheet)


LOAD_ORDER = ("majors", "graduates", "staff", "survey", "figures")  # majors first: graduates are checked against them

__all__ = ["DatasetInfo", "data_sources", "IntakeError", "Problem", "SCHEMAS", "create_table", "load_project_data",
           "import_file", "ImportResult", "project_context"]


@dataclass(frozen=True)
class DatasetInfo:
    kind: str
    path: str  # relative to the project
    sha256: str
    rows: int
    version: str = ""  # "v0002" when it came from the store, "" for report.toml's file


@dataclass
class ImportResult:
    parsed: Parsed
    version: store.Version | None  # None: rejected, nothing changed


# ---------------------------------------------------------------- tables

def _columns_sql(schema: Schema) -> str:
    cols = schema.names() + ["row_no"]
    return ", ".join(f'"{c}" {"INTEGER" if c == "row_no" else "VARCHAR"}' for c in cols)


def create_table(con, schema: Schema, rows: list[dict]) -> None:
    """(Re)create the kind's table from row dicts (canonical names + row_no)."""
    cols = schema.names() + ["row_no"]
    _create_from_records(con, schema, [[r.get(c) for c in cols] for r in rows])


def _create_from_records(con, schema: Schema, records: list[list]) -> None:
    """Through a temporary CSV: DuckDB's executemany costs about 1 ms a row."""
    if not records:
        con.execute(f"CREATE OR REPLACE TABLE {schema.kind} ({_columns_sql(schema)})").fetchall()
        return
    with tempfile.TemporaryDirectory(prefix="nianbao-") as tmp:
        path = Path(tmp) / f"{schema.kind}.csv"
        store.write_canonical(path, schema.names(), records, durable=False)
        create_table_from_csv(con, schema, path)


def create_table_from_csv(con, schema: Schema, path: Path) -> int:
    """(Re)create the kind's table from a canonical data.csv (columns it lacks are NULL)."""
    with open(path, encoding="utf-8", newline="") as fh:
        present = set(next(csv.reader(fh), []))
    select = ", ".join(f'"{c}"' if c in present else f'NULL AS "{c}"' for c in schema.names())
    con.execute(f"CREATE OR REPLACE TABLE {schema.kind} ({_columns_sql(schema)})").fetchall()
    con.execute(f"INSERT INTO {schema.kind} SELECT {select}, CAST(row_no AS INTEGER) FROM read_csv(?, header=true,"
                " all_varchar=true, delim=',', quote='\"', escape='\"', auto_detect=true)", [str(path)]).fetchall()
    return con.execute(f"SELECT count(*) FROM {schema.kind}").fetchall()[0][0]


def create_table_from_parsed(con, schema: Schema, parsed: Parsed) -> None:
    if parsed.columnar is None:
        _create_from_records(con, schema, parsed.records(schema.names()))
        return
    with tempfile.TemporaryDirectory(prefix="nianbao-") as tmp:
        path = Path(tmp) / f"{schema.kind}.csv"
        parsed.write_canonical(path, schema.names(), durable=False)
        create_table_from_csv(con, schema, path)


# ---------------------------------------------------------------- context

def destination_table(project) -> dict[str, str]:
    return {alias: d.name for alias, d in project.template.destination_by_name().items()}


def configured_path(project, kind: str) -> Path | None:
    rel = project.config.data.get(kind)
    return project.root / rel if rel else None


def data_path(project, kind: str) -> Path | None:
    """The data in force: the current imported version (nianbao data import), else report.toml [data]."""
    stored = store.current_data_path(project.root, kind)
    return stored if stored is not None else configured_path(project, kind)


def current_majors(project) -> dict[str, str] | None:
    """major -> department from the majors in force (imported version, else report.toml's file)."""
    version = store.current(project.root, "majors")
    if version is not None:
        with open(version.data_path, encoding="utf-8", newline="") as fh:
            rows = [(r.get("major"), r.get("department")) for r in csv.DictReader(fh)]
    else:
        path = configured_path(project, "majors")
        if path is None or not path.is_file():
            return None
        parsed = parse_file(path, "majors", Context(), project.relative(path))
        rows = list(zip(parsed.columns.get("major", []), parsed.columns.get("department", [])))
    table = {m: d for m, d in rows if m and d}
    return table or None


def project_context(project, majors: dict[str, str] | None = None) -> Context:
    return Context(destination_table(project), majors if majors is not None else current_majors(project))


# ---------------------------------------------------------------- import

def import_file(project, kind: str, path: Path, sheet: str | None = None, shown: str | None = None,
                allow_empty: bool = False, on_wait=None) -> ImportResult:
    """Check a file and, if it has no problem at all, store it as the new current version.

    A file with no data row (a header-only roster, a blank entry template) would replace
    the data in force with nothing: refused unless `allow_empty`. Imports of one project run
    one at a time (store.locked; `on_wait(message)` is told when this one has to wait)."""
    with store.locked(project.root, on_wait):
        return _import_file(project, kind, path, sheet, shown, allow_empty)


def _import_file(project, kind: str, path: Path, sheet: str | None, shown: str | None,
                 allow_empty: bool) -> ImportResult:
    if kind not in SCHEMAS:
        raise IntakeError([Problem(shown or str(path), sheet, None, None, kind, "、".join(SCHEMAS),
                                   f"未知数据类型“{kind}”", "未知数据类型")])
    ctx = project_context(project) if SCHEMAS[kind].check_majors else Context(destination_table(project))
    parsed = parse_file(Path(path), kind, ctx, shown or str(path), sheet)
    if parsed.ok and not parsed.row_numbers and not allow_empty:
        parsed.problems.append(Problem(parsed.file, parsed.sheet, None, None, None,
                                       "至少一行数据；确实要以空数据取代现有数据时加 --allow-empty",
                                       "文件没有数据行（只有表头）", "没有数据行"))
    if not parsed.ok:
        return ImportResult(parsed, None)
    names = SCHEMAS[kind].names()
    info = {"original_name": Path(path).name, "sheet": parsed.sheet, "encoding": parsed.encoding,
            "rows_read": parsed.rows_read, "rows": len(parsed.row_numbers), "notes": parsed.notes}
    rows = parsed.records(names) if parsed.columnar is None else \
        (lambda target: parsed.write_canonical(target, names))  # large files: written by DuckDB
    version = store.save_version(project.root, kind, Path(path), names, rows, info)
    return ImportResult(parsed, version)


# ---------------------------------------------------------------- the engine's entry point

def load_project_data(project, con) -> dict[str, DatasetInfo]:
    infos: dict[str, DatasetInfo] = {}
    ctx = Context(destination_table(project))
    for kind in LOAD_ORDER:
        schema = SCHEMAS[kind]
        info = _load_kind(project, con, schema, ctx)
        if info is not None:
            infos[kind] = info
        if kind == "majors":
            ctx.majors = dict(con.execute("SELECT major, department FROM majors WHERE major IS NOT NULL"
                                          " AND department IS NOT NULL").fetchall()) or None
    return infos


def _load_kind(project, con, schema: Schema, ctx: Context) -> DatasetInfo | None:
    version = store.current(project.root, schema.kind)
    if version is not None:
        rows = create_table_from_csv(con, schema, version.data_path)
        return DatasetInfo(schema.kind, project.relative(version.original_path), version.manifest["sha256"], rows,
                           version.name)
    path = configured_path(project, schema.kind)
    if path is None or not path.is_file():  # no data yet (a fresh `nianbao init` project): an empty table
        create_table(con, schema, [])
        return None
    shown = project.relative(path)
    parsed = parse_file(path, schema.kind, ctx, shown)
    if not parsed.ok:
        raise IntakeError(parsed.problems, f"{shown} 有 {len(parsed.problems)} 个问题"
                                           f"（可用 nianbao data import 检查后导入）：")
    create_table_from_parsed(con, schema, parsed)
    return DatasetInfo(schema.kind, shown, store.sha256_of(path), len(parsed.row_numbers))


def data_sources(project, datasets: dict[str, DatasetInfo]) -> tuple[list[str], list[str]]:
    """What the build used for each kind, and warnings: a file named in report.toml that is
    missing, or that differs from the imported version the build used instead of it."""
    used, warnings = [], []
    for kind in LOAD_ORDER:
        info, path, rel = datasets.get(kind), configured_path(project, kind), project.config.data.get(kind)
        if info is not None and info.version:
            used.append(f"{kind}：已导入的版本 {info.version}（{Path(info.path).name}，{info.rows} 行，"
                        f"sha256 {info.sha256[:12]}）")
            if path is not None and path.is_file() and store.sha256_of(path) != info.sha256:
                warnings.append(f"report.toml [data] {kind} = {rel} 与已导入的版本 {info.version} 不同（文件在导入后被修改过）："
                                f"本次构建使用 {info.version}，没有读取也没有检查该文件；要使用它，请先 nianbao data import 导入")
        elif info is not None:
            used.append(f"{kind}：report.toml 中的 {info.path}（{info.rows} 行）")
        elif path is not None and not path.is_file():
            warnings.append(f"report.toml [data] {kind} = {rel}：文件不存在；按没有这类数据构建（需要它的表格和图表会报错）")
    return used, warnings
