"""Data rules from the template's rules.toml (validation rules in the spirit of DHIS2:
left side, operator, right side, severity, missing-value strategy)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from ..errors import NianbaoError
from ..indicators import parse_selector
from ..text import parse_number, plain
from .base import finding
from .findings import FindingLocation

DATA_SECTION = "数据"
OPERATORS = {"==": lambda a, b, t: abs(a - b) <= t, "!=": lambda a, b, t: abs(a - b) > t,
             "<=": lambda a, b, t: a <= b + t, ">=": lambda a, b, t: a + t >= b,
             "<": lambda a, b, t: a < b, ">": lambda a, b, t: a > b}
OPERATOR_TEXT = {"==": "等于", "!=": "不等于", "<=": "不大于", ">=": "不小于", "<": "小于", ">": "大于",
                 "between": "介于"}
PROVENANCE_ROW = re.compile(r"^(.*?) 第 (\d+) 行")


class Missing(Exception):
    """A value a rule needs is not in the data."""


@dataclass
class Evaluated:
    value: Decimal
    provenance: str


def location_of(provenance: str) -> FindingLocation:
    first = provenance.split("；")[0]
    m = PROVENANCE_ROW.match(first)
    if m:
        return FindingLocation(m.group(1), int(m.group(2)))
    return FindingLocation(re.split(r"[（(]", first)[0] or "data", None)


class RuleEngine:
    def __init__(self, indicators, rules: dict):
        self.ind = indicators
        self.settings = rules.get("settings", {})
        self.rules = rules.get("rule", [])

    # ------------------------------------------------------------ expressions

    def term(self, text: str, missing: str) -> Evaluated:
        text = text.strip()
        if re.fullmatch(r"-?\d+(?:\.\d+)?", text):
            return Evaluated(Decimal(text), "")
        sel = parse_selector(text)
        star = [k for k, v in sel.filters if v == "*"]
        fixed = {k: v for k, v in sel.filters if v != "*"}
        if star:
            dim = self.ind.dimension(star[0]).key
            fixed_keys = {self.ind.dimension(k).key: v for k, v in fixed.items()}
            parts = [self.value(sel.indicator, {**fixed, dim: m[0]}, missing)
                     for m in self.ind.members((dim,), fixed_keys) if m[0] is not None]
            total = sum((p.value for p in parts), Decimal(0))
            return Evaluated(total, parts[0].provenance if parts else "")
        return self.value(sel.indicator, fixed, missing)

    def value(self, indicator: str, filters: dict, missing: str) -> Evaluated:
        try:
            v = self.ind.value(indicator, filters)
        except NianbaoError as exc:  # IndicatorError: no such indicator, breakdown or year
            if missing == "zero":
                return Evaluated(Decimal(0), "")
            raise Missing(str(exc)) from exc
        if v.value is None:
            if missing == "zero":
                return Evaluated(Decimal(0), v.provenance)
            raise Missing(f"{indicator} 没有数值")
        return Evaluated(Decimal(str(v.value)), v.provenance)

    def expression(self, text: str, missing: str) -> Evaluated:
        """Terms joined by " + " / " - " (spaces required, so names with hyphens stay whole)."""
        parts = re.split(r"\s+([+-])\s+", text.strip())
        total, provenance, sign = Decimal(0), "", "+"
        for i, part in enumerate(parts):
            if i % 2:
                sign = part
                continue
            ev = self.term(part, missing)
            total += -ev.value if sign == "-" else ev.value
            provenance = provenance or ev.provenance
        return Evaluated(total, provenance)

    # ------------------------------------------------------------ rules

    def run(self, doc=None) -> list:
        found = []
        for rule in self.rules:
            kind = rule.get("kind", "compare")
            if kind == "compare":
                found += self.run_compare(rule)
            elif kind == "yoy":
                found += self.run_yoy(rule)
            elif kind == "units":
                found += self.run_units(rule)
            elif kind == "percent_range":
                found += self.run_percent_range(rule)
            elif kind == "table_total" and doc is not None:
                found += self.run_table_total(rule, doc)
        return found

    def bindings(self, rule: dict) -> list[dict]:
        dims = rule.get("for_each")
        if not dims:
            return [{}]
        dims = [dims] if isinstance(dims, str) else list(dims)
        keys = [self.ind.dimension(d).key for d in dims]
        return [dict(zip(dims, m)) for m in self.ind.members(tuple(keys)) if all(x is not None for x in m)]

    def run_compare(self, rule: dict) -> list:
        found = []
        missing = rule.get("missing", "skip")
        for binding in self.bindings(rule):
            left_text = rule["left"].format(**binding)
            right = rule["right"]
            try:
                left = self.expression(left_text, missing)
                ok, right_shown = self.compare(rule, left, right, binding, missing)
            except Missing as exc:
                if missing == "error":
                    found.append(self._finding(rule, f"无法检查：{exc}", FindingLocation("data"), binding))
                continue
            if not ok:
                scope = "、".join(binding.values())
                op = OPERATOR_TEXT.get(rule.get("operator", "=="), rule.get("operator"))
                message = rule.get("message", rule.get("description", rule["id"]))
                message = f"{message}{'（' + scope + '）' if scope else ''}：{plain(left.value)} 应{op} {right_shown}"
                found.append(self._finding(rule, message, location_of(left.provenance), binding,
                                           left=plain(left.value), right=right_shown))
        return found

    def compare(self, rule: dict, left: Evaluated, right, binding: dict, missing: str) -> tuple[bool, str]:
        op = rule.get("operator", "==")
        tol = Decimal(str(rule.get("tolerance", 0)))
        if op == "between":
            lo, hi = (Decimal(str(x)) for x in (right if isinstance(right, list) else right.split(",")))
            return lo - tol <= left.value <= hi + tol, f"{plain(lo)}–{plain(hi)}"
        r = self.expression(str(right).format(**binding), missing)
        return OPERATORS[op](left.value, r.value, tol), plain(r.value)

    def _finding(self, rule: dict, message: str, where: FindingLocation, binding: dict, **values):
        return finding(rule["id"], rule.get("severity", "error"), message, where, DATA_SECTION,
                       rule.get("suggestion", "核对数据文件"), **binding, **values)

    def run_yoy(self, rule: dict) -> list:
        factor = Decimal(str(rule.get("factor", self.settings.get("yoy_factor", 5))))
        found = []
        for key in self._entered(rule):
            years = self.ind.figure_years(key)
            for a, b in zip(years, years[1:]):
                try:
                    old, new = (self.ind.value(key, {"year": str(y)}) for y in (a, b))
                except NianbaoError:  # a year entered with a value that is not a number
                    continue
                if not old.value or new.value is None:
                    continue
                ratio = Decimal(str(new.value)) / Decimal(str(old.value))
                if ratio >= factor or (ratio and ratio <= 1 / factor):
                    found.append(self._finding(
                        rule, f"{new.name} {b} 年（{new.display}）是 {a} 年（{old.display}）的 {ratio:.2f} 倍，"
                              f"超出复核阈值 {plain(factor)} 倍，请确认", location_of(new.provenance), {},
                        indicator=key, ratio=f"{ratio:.2f}", years=[a, b]))
        return found

    def _entered(self, rule: dict) -> list[str]:
        keys = sorted({k for (k, _, _) in self.ind._figures})
        wanted = rule.get("indicators", "*")
        return keys if wanted == "*" else [k for k in keys if k in wanted]

    def run_units(self, rule: dict) -> list:
        found = []
        for (key, group, year), fig in sorted(self.ind._figures.items()):
            if not fig["unit"] and fig["value"] not in ("", None):
                found.append(self._finding(rule, f"录入数据“{fig['name']}”（{key}）缺少单位",
                                           location_of(fig["provenance"]), {}, indicator=key))
        return found

    def run_percent_range(self, rule: dict) -> list:
        found = []
        for (key, group, year), fig in sorted(self.ind._figures.items()):
            if fig["unit"] != "%":
                continue
            number = parse_number(str(fig["value"]), chinese=False)
            if number is None:  # intake reports values that are not numbers
                continue
            if not Decimal(0) <= number <= Decimal(100):
                found.append(self._finding(rule, f"“{fig['name']}”{('（' + group + '）') if group else ''}为 "
                                                 f"{fig['value']}%，不在 0–100% 之间", location_of(fig["provenance"]),
                                           {}, indicator=key, value=str(fig["value"])))
        return found

    def run_table_total(self, rule: dict, doc) -> list:
        from .tables import column_kinds, read_rows
        try:
            expected = self.expression(rule["right"], "skip").value
        except Missing:
            return []
        found = []
        specs = set(rule.get("tables", []))
        for table in doc.tables():
            if table.spec not in specs:
                continue
            rows = read_rows(table)
            kinds = column_kinds(table, rows)
            column = rule.get("column", "人数")
            j = next((i for i, c in enumerate(table.columns) if c == column and kinds.get(i) == "count"), None)
            if j is None:
                continue
            total = sum((r.numbers[j][0] for r in rows if r.kind == "leaf" and j in r.numbers), Decimal(0))
            if total != expected:
                where = FindingLocation(table.location.file, table.location.line, table.number) if table.location \
                    else FindingLocation("（报告）", None, table.number)
                found.append(self._finding(rule, f"{table.number}的合计 {plain(total)} 与 {rule['right']} = "
                                                 f"{plain(expected)} 不一致", where, {}, table=table.number))
        return found
