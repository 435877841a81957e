"""The indicator engine: declared indicators computed over DuckDB tables.

Graduate indicators are all counts with filters, so every breakdown a report needs is
computed by one GROUPING SETS query over `graduates_v` (`prepare`); entered figures are
looked up by their 指标代码. Every value carries its definition, n and source.
"""
from __future__ import annotations

import difflib
from dataclasses import dataclass
from decimal import Decimal

from ..errors import NianbaoError
from ..intake import DatasetInfo, load_project_data
from .selector import Selector
from ..text import parse_number
from .values import MISSING, Value, format_entered, percent

GRADUATE_KINDS = ("count", "share", "rate")
# Columns never grouped by before the expressions run: unique per graduate, so grouping by them
# would not shrink anything (an expression that reads them falls back to per-row evaluation).
RAW_EXCLUDED = ("student_id", "name", "row_no")


class IndicatorError(NianbaoError):
    pass


def sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


@dataclass(frozen=True)
class Dimension:
    key: str
    name: str
    expr: str
    aliases: tuple[str, ...] = ()


def closest(name: str, candidates, n: int = 3) -> str:
    found = difflib.get_close_matches(name, list(candidates), n=n, cutoff=0.4)
    return "、".join(found) if found else "（无相近名称）"


class Indicators:
    """All indicators of one project. Create with `Indicators(project)`.

    `state` (from `state()` of an earlier Indicators over the same inputs: indicators/cache.py)
    stands in for the data: what it holds is answered without loading anything, and the data
    are loaded (DuckDB started, the files read) only when a lookup needs more."""

    def __init__(self, project, con: "duckdb.DuckDBPyConnection | None" = None,
                 datasets: dict[str, DatasetInfo] | None = None, state: dict | None = None):
        self.project = project
        self.template = project.template
        self.year = project.config.year
        self.definitions: dict[str, dict] = self.template.indicators
        self.dimensions = self._load_dimensions()
        self._filters = self._collect_filters()
        self._cube: dict[tuple[str, ...], dict[tuple, dict]] = {}
        self._known: dict[str, set[str]] = {}
        self._distinct: dict[tuple[str, str], int] = {}  # (table, column) -> count of distinct values
        self._majors: list[tuple] | None = None  # the majors table's rows, for the majors table
        # Lookups the claim engine makes thousands of times per reading; the data never change
        # under one Indicators, so each is answered once (filled lazily, emptied when figures load).
        self._values: dict[tuple, Value] = {}
        self._first_figure: dict[str, dict] | None = None
        self._names: dict[str, str] | None = None
        self._con, self._opened = con, False
        if state is None:
            self._open(datasets)
        else:
            self._restore(state)

    @property
    def con(self):
        """The DuckDB connection holding the project's data, loaded on first use."""
        if not self._opened:
            self._open()
        return self._con

    @con.setter
    def con(self, con) -> None:  # a connection standing in for the loaded one (tests count its queries)
        self._con, self._opened = con, True

    def _open(self, datasets: dict[str, DatasetInfo] | None = None) -> None:
        import duckdb  # not imported by a rebuild whose figures all come from the cache

        self._con = self._con or duckdb.connect()
        self._opened = True
        self.datasets = datasets if datasets is not None else load_project_data(self.project, self._con)
        self._create_graduate_view()
        self._figures = self._load_figures()
        self._forget_lookups()

    def _forget_lookups(self) -> None:
        self._values, self._first_figure, self._names = {}, None, None

    def _figure_of(self, code: str) -> dict | None:
        """The first entered figure of an indicator code, or None."""
        if self._first_figure is None:
            self._first_figure = {}
            for (key, _, _), fig in self._figures.items():
                self._first_figure.setdefault(key, fig)
        return self._first_figure.get(code)

    # ------------------------------------------------------------ cached state

    def state(self) -> dict:
        """What this object computed, as plain JSON values (tuples as lists; `_restore` takes it back)."""
        return {"datasets": {k: [i.path, i.sha256, i.rows, i.version] for k, i in self.datasets.items()},
                "figures": [[list(key), fig] for key, fig in self._figures.items()],
                "cube": [[list(dims), [[list(values), counts] for values, counts in cells.items()]]
                         for dims, cells in self._cube.items()],
                "known": [[dim, sorted(values, key=repr)] for dim, values in self._known.items()],
                "distinct": [[table, column, n] for (table, column), n in self._distinct.items()],
                "majors": [list(r) for r in self._majors] if self._majors is not None else None}

    def state_size(self) -> tuple[int, ...]:
        """How much `state()` holds: it only grows (an entry, once computed, never changes), so an
        equal size is an equal state, told without serialising it."""
        return (len(self._cube), sum(map(len, self._cube.values())), len(self._known),
                sum(map(len, self._known.values())), len(self._distinct), int(self._majors is not None))

    def _restore(self, state: dict) -> None:
        self.datasets = {k: DatasetInfo(k, path, sha, rows, version)
                         for k, (path, sha, rows, version) in state["datasets"].items()}
        self._figures = {tuple(key): dict(fig) for key, fig in state["figures"]}
        self._cube = {tuple(dims): {tuple(values): dict(counts) for values, counts in cells}
                      for dims, cells in state["cube"]}
        self._known = {dim: set(values) for dim, values in state["known"]}
        self._distinct = {(table, column): n for table, column, n in state["distinct"]}
        majors = state["majors"]
        self._majors = [tuple(r) for r in majors] if majors is not None else None
        self._forget_lookups()

    # ------------------------------------------------------------ setup

    def _load_dimensions(self) -> dict[str, Dimension]:
        province = sql_literal(self.project.config.province)
        return {key: Dimension(key, d["name"], d["expr"].replace("$province", province),
                               tuple(d.get("aliases", [])))
                for key, d in self.template.dimensions.items()}

    def _collect_filters(self) -> list[str]:
        filters = []
        for d in self.definitions.values():
            if d.get("kind") in GRADUATE_KINDS:
                for key in ("where", "numerator", "denominator"):
                    expr = d.get(key)
                    if expr and expr not in filters and expr != "TRUE":
                        filters.append(expr)
        return filters

    def _create_graduate_view(self) -> None:
        rows = []
        for dest in self.template.destinations:
            placed = dest.cls in self.template.placed_classes
            for name in (dest.name, *dest.aliases):
                rows.append((name, dest.cls, dest.group, placed))
        self.con.execute("CREATE OR REPLACE TABLE destination_map (name VARCHAR, destination_class VARCHAR,"
                         " destination_group VARCHAR, placed BOOLEAN)")
        self.con.executemany("INSERT INTO destination_map VALUES (?, ?, ?, ?)", rows)
        self.con.execute(
            "CREATE OR REPLACE VIEW graduates_v AS SELECT g.*, m.destination_class, m.destination_group,"
            " coalesce(m.placed, false) AS placed FROM graduates g"
            " LEFT JOIN (SELECT DISTINCT ON (name) * FROM destination_map) m ON g.destination = m.name")

    def _load_figures(self) -> dict[tuple[str, str, str], dict]:
        figures = {}
        for kind in ("figures", "survey"):
            info = self.datasets.get(kind)
            cols = "indicator, name, \"group\", year, unit, value, source, row_no" if kind == "figures" \
                else "indicator, name, \"group\", NULL, '%', value, source, row_no"
            for ind, name, group, year, unit, value, source, row_no in self.con.execute(
                    f"SELECT {cols} FROM {kind} ORDER BY row_no").fetchall():
                figures[(ind, group or "", str(year or ""))] = {
                    "name": name, "unit": unit or "", "value": value, "source": source or "",
                    "provenance": f"{info.path if info else kind} 第 {row_no} 行", "group": group or "",
                    "year": year}
        return figures

    # ------------------------------------------------------------ lookups

    def dimension(self, name: str) -> Dimension:
        for dim in self.dimensions.values():
            if name in (dim.key, dim.name, *dim.aliases):
                return dim
        raise IndicatorError(f"未知维度“{name}”；最接近：{closest(name, self._dimension_names())}")

    def _dimension_names(self) -> list[str]:
        return [n for d in self.dimensions.values() for n in (d.key, d.name)]

    def names(self) -> list[str]:
        """Every indicator identifier a section may reference."""
        return sorted(set(self.definitions) | set(self.template.entered) | {k[0] for k in self._figures})

    def chinese_names(self) -> dict[str, str]:
        """Chinese name or alias -> code: `{value}`毕业去向落实率`` means placement_rate."""
        if self._names is None:
            self._names = self._collect_chinese_names()
        return dict(self._names)

    def _collect_chinese_names(self) -> dict[str, str]:
        names: dict[str, str] = {}
        for code, d in self.definitions.items():
            for name in (d.get("name", ""), *d.get("aliases", [])):
                names.setdefault(name, code)
        for code, d in self.template.entered.items():
            names.setdefault(d["name"], code)
        for (code, _, _), fig in self._figures.items():
            names.setdefault(fig["name"], code)
        names.pop("", None)
        return names

    def resolve(self, indicator: str) -> str:
        if indicator in self.definitions or indicator in self.template.entered or \
                self._figure_of(indicator) is not None:
            return indicator
        if self._names is None:
            self._names = self._collect_chinese_names()
        code = self._names.get(indicator)
        if code is None:
            raise IndicatorError(f"未知指标“{indicator}”；最接近：{self.closest_names(indicator)}")
        return code

    def closest_names(self, indicator: str) -> str:
        """The nearest codes and Chinese names, each shown with the other: 毕业去向落实率（placement_rate）."""
        names = self.chinese_names()
        found = difflib.get_close_matches(indicator, [*names, *self.names()], n=3, cutoff=0.4)
        by_code = {code: name for name, code in reversed(list(names.items()))}
        shown = [f"{f}（{names[f]}）" if f in names else f"{by_code[f]}（{f}）" if f in by_code else f for f in found]
        return "、".join(dict.fromkeys(shown)) or "（无相近名称）"

    def definition(self, indicator: str) -> dict:
        indicator = self.resolve(indicator)
        if indicator in self.definitions:
            return self.definitions[indicator]
        declared = self.template.entered.get(indicator, {})
        fig = self._figure_of(indicator)
        if fig is not None:
            return {"name": fig["name"], "kind": "figure", "unit": fig["unit"],
                    "definition": declared.get("definition") or "录入的数据", "source": fig["source"]}
        return {**declared, "kind": "figure"}  # declared by the template, not entered yet

    def figure_groups(self, indicator: str, year: str = "") -> list[str]:
        return [g for (k, g, y) in self._figures if k == indicator and g and (not year or y in ("", year))]

    def figure_keys(self) -> list[tuple[str, str, str]]:
        """(indicator, 分组, 年份) of every entered figure, in file order."""
        return list(self._figures)

    def figure_years(self, indicator: str) -> list[int]:
        return sorted({int(y) for (k, _, y) in self._figures if k == indicator and y})

    # ------------------------------------------------------------ the cube

    @staticmethod
    def _key(dims) -> tuple[str, ...]:
        return tuple(sorted(dims))

    def sets_for(self, indicator: str, dims) -> list[tuple[str, ...]]:
        d = self.definition(indicator)
        if d.get("kind") not in GRADUATE_KINDS:
            return []
        sets = [self._key(dims)]
        if d["kind"] == "share":
            over = d.get("over", "all")
            parent = () if over == "all" else self._key(x for x in dims if x not in over)
            sets.append(parent)
        return sets

    def prepare(self, requests) -> None:
        """Compute, in one scan, every breakdown that (indicator, dims) requests need."""
        wanted = []
        for indicator, dims in requests:
            for s in self.sets_for(indicator, dims):
                if s not in self._cube and s not in wanted:
                    wanted.append(s)
        if wanted:
            self._compute(wanted)

    def _compute(self, sets: list[tuple[str, ...]]) -> None:
        used = sorted({d for s in sets for d in s})
        for d in used:
            if d not in self.dimensions:
                raise IndicatorError(f"未知维度“{d}”；最接近：{closest(d, self._dimension_names())}")
        # Grouping sets as sums over pre-aggregates: counts add up and minima of minima are
        # minima, so the cube is the same as grouping the rows once per set (which is what
        # GROUPING SETS over the rows costs). The rows are grouped once, by their raw
        # categorical columns (`raw`: thousands of groups for millions of rows), before the
        # destination join and the dimension and filter expressions, which then run per group.
        # An expression that reads another column (an identifier) cannot be bound over `raw`:
        # then the expressions run per row, as they must.
        import duckdb

        try:
            cursor = self.con.execute(self._cube_sql(used, sets, grouped_source=True))
        except duckdb.BinderException:
            cursor = self.con.execute(self._cube_sql(used, sets, grouped_source=False))
        for s in sets:
            self._cube[s] = {}
        names = [c[0] for c in cursor.description]
        for row in cursor.fetchall():
            rec = dict(zip(names, row))
            s = tuple(d for d in used if rec[f"g_{d}"] == 0)
            counts = {"n": rec["n"], "first": rec["first_row"]}
            counts.update({expr: rec[f"c{i}"] for i, expr in enumerate(self._filters)})
            self._cube.setdefault(s, {})[tuple(rec[d] for d in s)] = counts

    def _raw_source(self) -> str:
        """The graduates grouped by every column but identifiers and row_no, joined like graduates_v."""
        cols = [c for c, in self.con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = "
                                             "'graduates' ORDER BY column_index").fetchall()
                if c not in RAW_EXCLUDED]
        quoted = ", ".join(f'"{c}"' for c in cols)
        return (f"(SELECT r.*, m.destination_class, m.destination_group, coalesce(m.placed, false) AS placed FROM"
                f" (SELECT {quoted}, count(*) AS n0, min(row_no) AS r0 FROM graduates GROUP BY {quoted}) r"
                f" LEFT JOIN (SELECT DISTINCT ON (name) * FROM destination_map) m ON r.destination = m.name)")

    def _cube_sql(self, used: list[str], sets: list[tuple[str, ...]], grouped_source: bool) -> str:
        source = self._raw_source() if grouped_source else "(SELECT *, 1 AS n0, row_no AS r0 FROM graduates_v)"
        base_cols = [f"({self.dimensions[d].expr}) AS \"{d}\"" for d in used]
        base_cols += [f"({expr}) AS f{i}" for i, expr in enumerate(self._filters)] + ["n0", "r0"]
        quoted = [f'"{d}"' for d in used]
        counts = [f"sum(n0) FILTER (WHERE f{i}) AS c{i}" for i in range(len(self._filters))]
        fine = f"SELECT {', '.join(quoted + ['sum(n0) AS n', 'min(r0) AS first_row'] + counts)} FROM base"
        if used:
            fine += f" GROUP BY {', '.join(quoted)}"
        select = [f'"{d}"' for d in used] + [f'GROUPING("{d}") AS g_{d}' for d in used]
        select += ["coalesce(sum(n), 0)::BIGINT AS n", "min(first_row) AS first_row"]
        select += [f"coalesce(sum(c{i}), 0)::BIGINT AS c{i}" for i in range(len(self._filters))]
        grouping = ", ".join("(" + ", ".join(f'"{d}"' for d in s) + ")" for s in sets)
        return (f"WITH base AS (SELECT {', '.join(base_cols)} FROM {source} g), fine AS ({fine}) "
                f"SELECT {', '.join(select)} FROM fine GROUP BY GROUPING SETS ({grouping})")

    def _cell(self, dims: tuple[str, ...], values: tuple) -> dict | None:
        if dims not in self._cube:
            self._compute([dims])
        return self._cube[dims].get(values)

    def members(self, dims, fixed: dict[str, str] | None = None) -> list[tuple]:
        """Value tuples of `dims` present in the data, in order of first appearance."""
        dims = tuple(dims)
        key = self._key(set(dims) | set(fixed or {}))
        if key not in self._cube:
            self._compute([key])
        out = []
        for values, counts in self._cube[key].items():
            rec = dict(zip(key, values))
            if all(rec.get(k) == v for k, v in (fixed or {}).items()):
                out.append((counts["first"], tuple(rec[d] for d in dims)))
        return [v for _, v in sorted(out, key=lambda x: x[0] if x[0] is not None else 0)]

    def majors(self) -> list[tuple]:
        """(department, major_code, major, first_enrolment_year) of every major, in file order."""
        if self._majors is None:
            self._majors = [tuple(r) for r in self.con.execute(
                "SELECT department, major_code, major, first_enrolment_year FROM majors ORDER BY row_no").fetchall()]
        return self._majors

    def known_values(self, dim: str) -> set[str]:
        return set(self._known_values(dim))

    def _known_values(self, dim: str) -> set[str]:
        # Checked for every filter of every value, so worked out once per dimension: every
        # breakdown that includes `dim` holds the same values of it, and the data tables do
        # not change during the life of an Indicators.
        if dim in self._known:
            return self._known[dim]
        # Any breakdown already computed that includes `dim` knows its values: no new scan.
        computed = [s for s in self._cube if dim in s]
        if computed:
            known = {values[s.index(dim)] for s in computed for values in self._cube[s]
                     if values[s.index(dim)] is not None}
        else:
            known = {v[0] for v in self.members((dim,)) if v[0] is not None}
        if dim in ("department", "major"):
            known |= {r[0] for r in self.con.execute(f'SELECT DISTINCT "{dim}" FROM majors').fetchall() if r[0]}
        if dim == "destination":
            known |= {n for d in self.template.destinations for n in (d.name, *d.aliases)}
        if dim == "destination_group":
            known |= set(self.template.destination_groups)
        self._known[dim] = known
        return known

    # ------------------------------------------------------------ values

    def value(self, indicator: str, filters: dict[str, str] | None = None) -> Value:
        key = (indicator, tuple(sorted((filters or {}).items())))
        if key not in self._values:
            self._values[key] = self._compute_value(indicator, filters)
        return self._values[key]

    def _compute_value(self, indicator: str, filters: dict[str, str] | None) -> Value:
        indicator = self.resolve(indicator)
        d = self.definition(indicator)
        filters = dict(filters or {})
        kind = d.get("kind")
        if kind in GRADUATE_KINDS:
            return self._graduate_value(indicator, d, self._canonical_filters(filters))
        if kind == "distinct":
            return self._distinct_value(indicator, d, filters)
        if kind == "ratio":
            return self._ratio_value(indicator, d, filters)
        if kind == "sum":
            return self._sum_value(indicator, d, filters)
        return self._figure_value(indicator, filters)

    def select(self, selector: Selector) -> Value:
        return self.value(selector.indicator, dict(selector.filters))

    def _canonical_filters(self, filters: dict[str, str]) -> dict[str, str]:
        out = {}
        for name, value in filters.items():
            dim = self.dimension(name)
            known = self._known_values(dim.key)
            if value not in known:
                raise IndicatorError(f"{dim.name}“{value}”不在数据中；最接近：{closest(value, known)}")
            out[dim.key] = value
        return out

    def _graduate_value(self, indicator: str, d: dict, filters: dict[str, str]) -> Value:
        dims = self._key(filters)
        cell = self._cell(dims, tuple(filters[k] for k in dims)) or {"n": 0}
        kind, info = d["kind"], self.datasets.get(d.get("table", "graduates"))
        common = dict(indicator=indicator, unit=d.get("unit", ""), breakdown=tuple((k, filters[k]) for k in dims),
                      name=d.get("name", indicator), definition=d.get("definition", ""),
                      source=self.project.source_label(d.get("table", "graduates")),
                      provenance=f"{info.path}（{info.rows} 行，SHA-256 {info.sha256[:12]}）" if info else "")
        if kind == "count":
            count = cell.get(d["where"], 0) if d.get("where") else cell.get("n", 0)
            return Value(value=count, display=str(count), numerator=count, n=cell.get("n", 0), **common)
        if kind == "rate":
            num = cell.get(d["numerator"], 0)
            den = cell.get("n", 0) if d.get("denominator", "TRUE") == "TRUE" else cell.get(d["denominator"], 0)
            value, display = percent(num, den, self.template.numbers.percent_decimals)
            return Value(value=value, display=display, numerator=num, n=den, **common)
        over = d.get("over", "all")
        parent = () if over == "all" else self._key(k for k in dims if k not in over)
        parent_cell = self._cell(parent, tuple(filters[k] for k in parent)) or {"n": 0}
        value, display = percent(cell.get("n", 0), parent_cell.get("n", 0), self.template.numbers.percent_decimals)
        return Value(value=value, display=display, numerator=cell.get("n", 0), n=parent_cell.get("n", 0), **common)

    def _distinct_value(self, indicator: str, d: dict, filters: dict[str, str] | None = None) -> Value:
        table, column = d["table"], d["column"]
        breakdown: tuple = ()
        if filters:  # 开设专业数 of one 院系: counted within it, never the college's count shown as the department's
            within = self._canonical_filters(filters)
            count = self._distinct_within(indicator, d, within)
            breakdown = tuple((k, within[k]) for k in self._key(within))
        else:
            if (table, column) not in self._distinct:  # one query per column: a report cites it many times
                self._distinct[table, column] = self.con.execute(
                    f'SELECT count(DISTINCT "{column}") FROM {table}').fetchone()[0]
            count = self._distinct[table, column]
        info = self.datasets.get(table)
        return Value(indicator=indicator, value=count, display=str(count), unit=d.get("unit", ""), n=count,
                     breakdown=breakdown, name=d.get("name", indicator), definition=d.get("definition", ""),
                     source=self.project.source_label(table), provenance=info.path if info else "")

    def _distinct_within(self, indicator: str, d: dict, filters: dict[str, str]) -> int:
        """Distinct values of the column among the rows the filters keep: over the graduates by their
        dimensions (the breakdown cube), over another table by its own columns of those names."""
        table, column = d["table"], d["column"]
        if table == "graduates" and column in self.dimensions:
            return len({v for (v,) in self.members((column,), filters) if v is not None})
        columns = {c for c, in self.con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [table]).fetchall()}
        if table == "graduates" or not set(filters) <= columns:
            names = "、".join(self.dimensions[k].name for k in filters if k not in columns or table == "graduates")
            raise IndicatorError(f"指标“{d.get('name', indicator)}”不能按{names}细分")
        where = " AND ".join(f'"{k}" = ?' for k in filters)
        return self.con.execute(f'SELECT count(DISTINCT "{column}") FROM {table} WHERE {where}',
                                list(filters.values())).fetchone()[0]

    def _figure(self, indicator: str, filters: dict[str, str]) -> dict:
        group = filters.get("group", filters.get("分组", ""))
        year = str(filters.get("year", filters.get("年份", "")))
        for key in ((indicator, group, year or str(self.year)), (indicator, group, "")):
            if key in self._figures:
                return self._figures[key]
        if self._figure_of(indicator) is None:
            if indicator in self.template.entered:
                raise IndicatorError(f"指标“{indicator}”（{self.template.entered[indicator]['name']}）还没有录入："
                                     f"请在 figures.csv 中填写 {self.year} 年的数值")
            raise IndicatorError(f"未知指标“{indicator}”；最接近：{self.closest_names(indicator)}")
        scope = "、".join(x for x in (f"分组 {group}" if group else "", f"{year or self.year} 年") if x)
        raise IndicatorError(f"指标“{indicator}”没有{scope}的数据")

    def _figure_value(self, indicator: str, filters: dict[str, str]) -> Value:
        fig = self._figure(indicator, filters)
        number = parse_number(fig["value"])
        if number is None and fig["value"]:
            raise IndicatorError(f"{fig['provenance']}：指标“{indicator}”的数值“{fig['value']}”不是数字")
        breakdown = tuple((k, str(fig[k])) for k in ("group", "year") if fig[k])
        return Value(indicator=indicator, value=number, display=format_entered(fig["value"], fig["unit"]),
                     unit=fig["unit"], breakdown=breakdown, name=fig["name"], definition="录入的数据",
                     source=fig["source"], provenance=fig["provenance"])

    def _ratio_value(self, indicator: str, d: dict, filters: dict[str, str]) -> Value:
        num = self._figure_value(d["numerator"], filters)
        den = self._figure_value(d["denominator"], filters)
        if num.value is None or den.value is None or den.value == 0:
            value, display = None, MISSING
        else:
            places = Decimal(1).scaleb(-self.template.numbers.percent_decimals)
            value = (Decimal(num.value) * 100 / Decimal(den.value)).quantize(places, "ROUND_HALF_UP")
            display = f"{value}%"
        return Value(indicator=indicator, value=value, display=display, unit="%", name=d.get("name", indicator),
                     definition=d.get("definition", ""), source=num.source,
                     provenance=f"{num.provenance}；{den.provenance}")

    def _sum_value(self, indicator: str, d: dict, filters: dict[str, str]) -> Value:
        year = str(filters.get("year", self.year))
        parts = [self._figure_value(d["of"], {"group": g, "year": year}) for g in self.figure_groups(d["of"], year)]
        total = sum((p.value for p in parts if p.value is not None), Decimal(0))
        display = str(int(total)) if total == total.to_integral() else str(total)
        return Value(indicator=indicator, value=total, display=display, unit=d.get("unit", ""),
                     name=d.get("name", indicator), definition=d.get("definition", ""),
                     source=parts[0].source if parts else "", provenance="；".join(p.provenance for p in parts))
