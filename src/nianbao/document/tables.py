"""Generate the template's standard tables from indicators (one function per layout)."""
from __future__ import annotations

from ..indicators import IndicatorError, Indicators, Value
from ..indicators.values import MISSING
from .model import Cell, Table

def _cell(value: Value) -> Cell:
    kind = "percent" if value.unit == "%" else ("count" if value.unit in ("人", "人次", "个", "项") else "number")
    return Cell(value.display, value.value, kind)


def _sort_key(value: Value):
    return value.value if value.value is not None else float("-inf")


def ordered_members(ind: Indicators, dim: str, fixed: dict | None = None, omit_empty: bool = True) -> list[str]:
    """Members of one dimension; destination groups in the template's order."""
    present = [m[0] for m in ind.members((dim,), fixed)]
    if dim == "destination_group":
        groups = ind.template.destination_groups
        return [g for g in groups if g in present] if omit_empty else list(groups)
    return present


def _value_columns(ind: Indicators, spec: dict) -> list[tuple[str, str, dict]]:
    if "column_dimension" in spec:
        dim = spec["column_dimension"]
        return [(m, spec["column_indicator"], {dim: m}) for m in ordered_members(ind, dim, omit_empty=False)]
    return [(c["title"], c["indicator"], {}) for c in spec["columns"]]


def _values(ind: Indicators, columns, filters: dict) -> list[Value]:
    return [ind.value(indicator, {**filters, **fixed}) for _, indicator, fixed in columns]


def _order(ind: Indicators, spec: dict, members: list[str], columns, parent: dict) -> list[str]:
    dim_values = {m: _values(ind, columns[:1], {**parent, spec["_dim"]: m})[0] for m in members}
    if spec.get("_group_order"):
        order = spec["_group_order"]
        return sorted(members, key=lambda m: order.index(m) if m in order else len(order))
    if spec.get("sort") == "first_column_desc":
        return sorted(members, key=lambda m: _sort_key(dim_values[m]), reverse=True)
    return members


def breakdown_table(ind: Indicators, spec: dict) -> tuple[list[str], list[list[Cell]], str]:
    dims, columns = spec["rows"], _value_columns(ind, spec)
    requests = [(indicator, tuple(dims[:level + 1]) + tuple(fixed)) for level in range(len(dims))
                for _, indicator, fixed in columns]
    ind.prepare(requests + [(indicator, tuple(fixed)) for _, indicator, fixed in columns])
    header = list(spec.get("row_titles", dims)) + [title for title, _, _ in columns]
    top = ordered_members(ind, dims[0], omit_empty=spec.get("omit_empty", True))
    top = _order(ind, {**spec, "_dim": dims[0], "_group_order": spec.get("group_order")}, top, columns, {})
    rows: list[list[Cell]] = []
    for member in top:
        if len(dims) == 1:
            rows.append([Cell(member)] + [_cell(v) for v in _values(ind, columns, {dims[0]: member})])
            continue
        children = [m[1] for m in ind.members((dims[0], dims[1]), {dims[0]: member})]
        children = _order(ind, {**spec, "_dim": dims[1]}, children, columns, {dims[0]: member})
        block = [[Cell(member), Cell(child)] + [_cell(v) for v in _values(ind, columns, {dims[0]: member, dims[1]: child})]
                 for child in children]
        if spec.get("subtotal"):
            subtotal = [Cell(member), Cell(spec["subtotal"], bold=True)]
            block.append(subtotal + [_cell(v) for v in _values(ind, columns, {dims[0]: member})])
        block[0][0].rowspan = len(block)
        for row in block[1:]:
            row[0].covered = True
        rows.extend(block)
    if spec.get("total"):
        total = [Cell(spec["total"], bold=True)] + [Cell("") for _ in dims[1:]]
        rows.append(total + [_cell(v) for v in _values(ind, columns, {})])
    return header, rows, ind.project.source_label("graduates")


def cross_table(ind: Indicators, spec: dict) -> tuple[list[str], list[list[Cell]], str]:
    row_dim, col_dim = spec["row_dimension"], spec["column_dimension"]
    col_values = spec.get("column_values") or ordered_members(ind, col_dim)
    labels = spec.get("column_labels", {})
    ind.prepare([(spec["indicator"], (row_dim, col_dim))]
                + [(extra["indicator"], (col_dim,)) for extra in spec.get("extra_rows", [])])
    header = [spec.get("row_title", row_dim)] + [labels.get(c, c) for c in col_values]
    rows = []
    for member in ordered_members(ind, row_dim, omit_empty=spec.get("omit_empty", True)):
        rows.append([Cell(member)] + [_cell(ind.value(spec["indicator"], {row_dim: member, col_dim: c}))
                                      for c in col_values])
    for extra in spec.get("extra_rows", []):
        rows.append([Cell(extra["title"], bold=True)]
                    + [_cell(ind.value(extra["indicator"], {col_dim: c})) for c in col_values])
    return header, rows, ind.project.source_label("graduates")


def majors_table(ind: Indicators, spec: dict) -> tuple[list[str], list[list[Cell]], str]:
    records = ind.majors()
    rows: list[list[Cell]] = []
    i = 0
    while i < len(records):
        department = records[i][0]
        j = i + 1
        while j < len(records) and records[j][0] == department:
            j += 1
        block = records[i:j]
        label = spec.get("department_label", "{department}").format(department=department, count=len(block))
        for k, (_, code, major, year) in enumerate(block):
            rows.append([Cell(label, rowspan=len(block) if k == 0 else 1, covered=k > 0),
                         Cell(code or ""), Cell(major or ""), Cell(year or "", kind="number")])
        i = j
    return list(spec["columns"]), rows, ind.project.source_label("majors")


def _figure_label(value: Value) -> str:
    return f"{value.name}（{value.unit}）" if value.unit else value.name


def figure_pairs_table(ind: Indicators, spec: dict) -> tuple[list[str], list[list[Cell]], str]:
    values = [ind.value(key) for key in spec["items"]]
    titles = spec.get("column_titles", ["项目", "数值"])
    rows = []
    for i in range(0, len(values), 2):
        row = []
        for value in values[i:i + 2]:
            row += [Cell(_figure_label(value)), _cell(value)]
        rows.append(row + [Cell("") for _ in range(4 - len(row))])
    return titles * 2, rows, values[0].source if values else ""


def report_years(ind: Indicators, spec: dict) -> list[int]:
    return list(range(ind.year - spec.get("years", 3) + 1, ind.year + 1))


def figure_years_table(ind: Indicators, spec: dict) -> tuple[list[str], list[list[Cell]], str]:
    years = report_years(ind, spec)
    rows, source = [], ""
    for key in spec["items"]:
        values = [ind.value(key, {"year": str(y)}) for y in years]
        source = source or values[-1].source
        rows.append([Cell(values[-1].name), Cell(values[-1].unit)] + [_cell(v) for v in values])
    return ["指标", "单位"] + [f"{y} 年" for y in years], rows, source


def figure_groups_table(ind: Indicators, spec: dict) -> tuple[list[str], list[list[Cell]], str]:
    key = spec["figure"]
    values = [ind.value(key, {"group": g}) for g in ind.figure_groups(key, str(ind.year))]
    rows = [[Cell(dict(v.breakdown)["group"]), _cell(v)] for v in values]
    return list(spec.get("column_titles", ["分组", "数值"])), rows, values[0].source if values else ""


def figure_list_table(ind: Indicators, spec: dict) -> tuple[list[str], list[list[Cell]], str]:
    """One row per indicator: name, unit, the report year's value (national 指标表). A figure not yet
    entered shows — so a fresh project builds; `nianbao check` and the build name what is missing."""
    rows, sources = [], []
    for key in spec["items"]:
        d = ind.definition(key)
        try:
            value = ind.value(key)
            cell, source = _cell(value), value.source
        except IndicatorError:
            cell, source = Cell(MISSING, kind="number"), d.get("source", "")
        rows.append([Cell(d.get("name", key)), Cell(d.get("unit", "") or "—"), cell])
        if source and source not in sources:
            sources.append(source)
    titles = [t.format(year=ind.year) for t in spec.get("column_titles") or ["指标", "单位", "{year} 年"]]
    return titles, rows, spec.get("source") or "；".join(sources)


LAYOUTS = {
    "breakdown": breakdown_table,
    "cross": cross_table,
    "majors": majors_table,
    "figure_pairs": figure_pairs_table,
    "figure_years": figure_years_table,
    "figure_groups": figure_groups_table,
    "figure_list": figure_list_table,
}


def generate_table(ind: Indicators, table_id: str, label: str = "") -> Table:
    spec = ind.template.tables[table_id]
    header, rows, source = LAYOUTS[spec["layout"]](ind, spec)
    caption = spec["caption"].format(year=ind.year)
    return Table(label=label or table_id, caption=caption, columns=header, rows=rows, source=source, spec=table_id)
