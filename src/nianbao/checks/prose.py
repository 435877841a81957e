"""Prose against data (typed numbers) and prose against prose (one quantity, two numbers)."""
from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from .base import Context, finding
from ..text import decimals, plain, tolerance
from .statements import COUNT_UNITS, Statement

GRADUATE_KINDS = ("count", "share", "rate")


def _same(a: Decimal, a_text: str, b: Decimal, b_text: str) -> bool:
    """Equal, or equal once the more precise one is rounded as the other is printed."""
    if a == b:
        return True
    coarse, fine = (a_text, b) if decimals(a_text) < decimals(b_text) else (b_text, a)
    return abs(Decimal(coarse) - fine) <= tolerance(coarse)


def _expr(indicator: str, filters: dict) -> str:
    if not filters:
        return indicator
    return f"{indicator}[{', '.join(f'{k}={v}' for k, v in filters.items())}]"


def lookup(ctx: Context, st: Statement):
    """(value, expr) of the data the statement is about, or None when the scope is unclear."""
    ind = ctx.indicators
    if ind is None or st.scope_text:
        return None
    try:
        definition = ind.definition(st.indicator)
    except Exception:  # noqa: BLE001 - not an indicator of this project
        return None
    filters = {}
    if definition.get("kind") in GRADUATE_KINDS:
        if st.years and st.years != (ind.year,):
            return None
        filters = dict(st.scope)
    elif definition.get("kind") == "figure":
        if len(st.scope) > 1 or len(st.years) > 1:
            return None
        if st.scope:
            filters["group"] = st.scope[0][1]
        if st.years:
            filters["year"] = str(st.years[0])
    elif st.scope or (st.years and st.years != (ind.year,)):
        return None
    try:
        value = ind.value(st.indicator, filters)
    except Exception:  # noqa: BLE001 - no such breakdown or year: nothing to compare with
        return None
    if value.value is None:
        return None
    return value, _expr(st.indicator, filters)


def units_match(st: Statement, value) -> bool:
    unit = value.unit or ""
    if unit == "%" or st.number.unit == "%":
        return unit == st.number.unit
    return bool(st.number.unit) and COUNT_UNITS.get(unit, unit) == COUNT_UNITS.get(st.number.unit, st.number.unit)


def check_typed_numbers(ctx: Context, statements: list[Statement]) -> list:
    found = []
    for st in statements:
        if not st.typed or st.change or not st.indicator:
            continue
        hit = lookup(ctx, st)
        if hit is None:
            continue
        value, expr = hit
        if not units_match(st, value):
            continue
        where = st.unit.where(st.number.start, st.number.end)
        reference = f"{{value}}`{expr}`"
        data = Decimal(str(value.value))
        if _same(st.value, st.number.text, data, plain(data)):
            found.append(finding("prose.typed_number", "info",
                                 f"正文手写了“{st.number.shown}”（{value.name}），与数据一致",
                                 where, st.unit.section, suggestion=f"建议改用数据引用 {reference}",
                                 indicator=expr, stated=st.number.shown, data=value.display))
        else:
            found.append(finding("prose.data_mismatch", "error",
                                 f"正文写“{value.name} {st.number.shown}”，数据为 {value.display}",
                                 where, st.unit.section, suggestion=f"改为 {reference}（{value.display}）",
                                 indicator=expr, stated=st.number.shown, data=value.display,
                                 provenance=value.provenance))
    return found


def check_prose_consistency(ctx: Context, statements: list[Statement]) -> list:
    groups: dict[tuple, list[Statement]] = defaultdict(list)
    for st in statements:
        if st.change or (ctx.indicators is not None and st.indicator and lookup(ctx, st) is not None):
            continue  # with data at hand, prose.data_mismatch reports it against the data instead
        groups[st.key].append(st)
    found = []
    for key, items in groups.items():
        distinct: list[Statement] = []
        for st in items:
            if not any(_same(st.value, st.number.text, d.value, d.number.text) for d in distinct):
                distinct.append(st)
        if len(distinct) < 2:
            continue
        label = _label_text(ctx, key[0], distinct[0])
        shown = "、".join(d.number.shown for d in distinct)
        severity = "error" if distinct[0].indicator else "warning"
        found.append(finding("prose.inconsistent", severity, f"同一数量“{label}”在不同位置写法不一：{shown}",
                             [d.unit.where(d.number.start, d.number.end) for d in distinct], distinct[0].unit.section,
                             suggestion="核实正确的数字并统一（最好改用数据引用）", label=label,
                             values=[d.number.shown for d in distinct]))
    return found


def _label_text(ctx: Context, label: str, st: Statement) -> str:
    if st.indicator and ctx.template is not None:
        return ctx.template.indicators.get(label, {}).get("name", "") or _figure_name(ctx, label) or label
    return _figure_name(ctx, label) or label


def _figure_name(ctx: Context, key: str) -> str:
    if ctx.indicators is None:
        return ""
    try:
        return ctx.indicators.definition(key).get("name", "")
    except Exception:  # noqa: BLE001
        return ""
