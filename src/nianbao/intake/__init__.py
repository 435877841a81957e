"""Intake: read the project's data files into canonical DuckDB tables.

`load_project_data` is what the indicator engine calls; it creates one table per data
kind (columns as in `schemas.SCHEMAS`, plus `row_no`, the row as Excel shows it) and
returns where each came from, for provenance.
"""
from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

from ..errors import NianbaoError
from .schemas import SCHEMAS, Schema


@dataclass(frozen=True)
class DatasetInfo:
    kind: str
    path: str  # relative to the project
    sha256: str
    rows: int


def _header_map(schema: Schema, headers: list[str], path: str) -> dict[int, str]:
    lookup = {}
    for col in schema.columns:
        for h in (col.header, col.name, *col.aliases):
            lookup[h] = col.name
    mapping = {i: lookup[h.strip()] for i, h in enumerate(headers) if h.strip() in lookup}
    missing = [c.header for c in schema.columns if c.required and c.name not in mapping.values()]
    if missing:
        raise NianbaoError(f"{path}：缺少必填列 {'、'.join(missing)}")
    return mapping


def read_csv_rows(path: Path, schema: Schema, shown: str) -> list[dict]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        headers = next(reader, [])
        mapping = _header_map(schema, headers, shown)
        rows = []
        for line_no, raw in enumerate(reader, start=2):
            if not any(cell.strip() for cell in raw):
                continue
            row = {name: None for name in schema.names()}
            for i, name in mapping.items():
                value = raw[i].strip() if i < len(raw) else ""
                row[name] = value or None
            row["row_no"] = line_no
            rows.append(row)
    return rows


def create_table(con, schema: Schema, rows: list[dict]) -> None:
    cols = schema.names() + ["row_no"]
    con.execute(f"CREATE OR REPLACE TABLE {schema.kind} ("
                + ", ".join(f'"{c}" {"INTEGER" if c == "row_no" else "VARCHAR"}' for c in cols) + ")")
    if rows:
        con.executemany(f"INSERT INTO {schema.kind} VALUES ({', '.join('?' for _ in cols)})",
                        [[r.get(c) for c in cols] for r in rows])


def load_project_data(project, con) -> dict[str, DatasetInfo]:
    infos = {}
    for kind, schema in SCHEMAS.items():
        path = project.data_path(kind)
        rows: list[dict] = []
        if path is not None:
            shown = project.relative(path)
            if not path.is_file():
                raise NianbaoError(f"report.toml [data] 中的 {kind} 文件不存在：{shown}")
            rows = read_csv_rows(path, schema, shown)
            infos[kind] = DatasetInfo(kind, shown, hashlib.sha256(path.read_bytes()).hexdigest(), len(rows))
        create_table(con, schema, rows)
    return infos
