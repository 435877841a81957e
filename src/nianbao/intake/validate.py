"""Value checks per column type, and the checks across rows (duplicates, 院系/专业).

Checks run once per distinct value (a roster of 100,000 rows has a few hundred distinct
values per column), so validation costs a dictionary lookup per cell.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..text import parse_number
from .reference import ETHNIC_ALIASES, PROVINCE_ALIASES
from .schemas import Column, Schema

# A failed check: (message, expected, reason for the summary).
Failure = tuple[str, str, str]

_YEAR = re.compile(r"\d{4}")
_INTEGER = re.compile(r"\d+")
_CODE = re.compile(r"\d{6}[A-Z]{0,2}")
_INDICATOR = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
_MONTH = re.compile(r"(\d{4})(?:[-/.年])?(\d{1,2})(?:月|[-/.年]\d{1,2}日?)?(?: .*)?")


@dataclass
class Context:
    """What values are checked against: the template's destinations, the project's majors."""
    destinations: dict[str, str] = field(default_factory=dict)  # name or alias -> canonical name
    majors: dict[str, str] | None = None  # major -> department (None: no majors data yet)

    @property
    def departments(self) -> list[str]:
        return list(dict.fromkeys((self.majors or {}).values()))

    def vocabulary(self, schema: Schema) -> set[str]:
        """Every value that names no person: shown unmasked in messages about a personal file."""
        words = set(self.destinations) | set(self.majors or {}) | set(self.departments)
        words |= set(PROVINCE_ALIASES) | set(ETHNIC_ALIASES)
        for column in schema.columns:
            words |= set(column.choices) | {alias for pair in column.choice_aliases for alias in pair}
        return words


def to_decimal(text: str) -> Decimal | None:
    """A cell typed as a number (Arabic digits; "1,846" and full-width digits are fine, a % is not)."""
    if text.rstrip().endswith("%"):
        return None
    return parse_number(text, chinese=False)


def check_text(value: str, column: Column, ctx: Context) -> tuple[str | None, Failure | None]:
    return value, None


def check_choice(value: str, column: Column, ctx: Context):
    options = {c: c for c in column.choices} | dict(column.choice_aliases)
    found = options.get(value) or options.get(value.upper())
    if found:
        return found, None
    return None, (f"{column.header}取值不合法", "、".join(column.choices), f"{column.header}取值不合法")


def check_alias(table: dict[str, str], label: str, expected: str):
    def check(value: str, column: Column, ctx: Context):
        found = table.get(value)
        return (found, None) if found else (None, (f"{label}“{value}”无法识别", expected, f"{label}无法识别"))
    return check


check_ethnicity = check_alias(ETHNIC_ALIASES, "民族", "56 个民族名称之一，如 汉族、回族（可省略“族”）")
check_province = check_alias(PROVINCE_ALIASES, "省份", "34 个省级行政区名称之一，如 河北省、内蒙古自治区（可写简称 河北、内蒙古）")


def check_destination(value: str, column: Column, ctx: Context):
    found = ctx.destinations.get(value)
    if found:
        return found, None
    names = list(dict.fromkeys(ctx.destinations.values()))
    return None, (f"毕业去向“{value}”不是规定的类别", f"{len(names)} 类毕业去向之一：{'；'.join(names)}",
                  "毕业去向不是规定的类别")


def check_year(value: str, column: Column, ctx: Context):
    if _YEAR.fullmatch(value) and 1900 <= int(value) <= 2100:
        return value, None
    return None, ("年份格式不对", "4 位数字年份，如 2025", "年份格式不对")


def check_number(value: str, column: Column, ctx: Context):
    if failure := scientific_failure(value):
        return None, failure
    if to_decimal(value) is not None:
        return value, None
    return None, ("不是数字", "数字，如 1166 或 44.02", "不是数字")


def scientific_failure(value: str) -> Failure | None:
    """6.5e2 is a number to Python, not to the reader of a report ("6.5e2 人"): ask for 650."""
    if "e" not in value.lower() or to_decimal(value.removesuffix("%")) is None:
        return None
    plain = format(to_decimal(value.removesuffix("%")).normalize(), "f")
    return "数值用了科学计数法", f"普通写法的数字，如 {plain}", "科学计数法"


def check_figure_value(value: str, column: Column, ctx: Context):
    """A number; a trailing % is checked against the row's 单位 (parse.figure_percent_problems)."""
    if failure := scientific_failure(value):
        return None, failure
    if to_decimal(value.removesuffix("%")) is not None:
        return value, None
    return check_number(value, column, ctx)


def check_count(value: str) -> Failure | None:
    """A figure whose 单位 counts whole things (人, 人次, 个 …) is a non-negative integer."""
    number = to_decimal(value)
    if number is None or number < 0 or number != number.to_integral_value():
        return "人数、人次等计数应为非负整数", "非负整数，如 650", "计数不是非负整数"
    return None


def check_percent(value: str, column: Column, ctx: Context):
    text = value.removesuffix("%")
    number = to_decimal(text)
    if number is None:
        return None, ("不是百分数", "0–100 的数字，可带 %，如 90.89 或 90.89%", "不是百分数")
    if not 0 <= number <= 100:
        return None, ("百分数超出 0–100", "0–100 的数字，如 90.89", "百分数超出范围")
    return text, None


def check_integer(value: str, column: Column, ctx: Context):
    text = value.replace(",", "")
    if _INTEGER.fullmatch(text):
        return text, None
    return None, ("不是非负整数", "非负整数，如 356", "不是整数")


def check_code(value: str, column: Column, ctx: Context):
    text = value.upper()
    if _CODE.fullmatch(text):
        return text, None
    return None, ("专业代码格式不对", "6 位数字专业代码，如 460104", "专业代码格式不对")


def check_indicator(value: str, column: Column, ctx: Context):
    if _INDICATOR.fullmatch(value):
        return value, None
    return None, ("指标代码格式不对", "英文字母开头，由字母、数字和下划线组成，如 staff_total", "指标代码格式不对")


def check_month(value: str, column: Column, ctx: Context):
    match = _MONTH.fullmatch(value)
    if match and 1900 <= int(match[1]) <= 2100 and 1 <= int(match[2]) <= 12:
        return f"{match[1]}-{int(match[2]):02d}", None
    return None, ("出生年月格式不对", "年-月，如 1985-06（也可写 1985.06、1985年6月）", "出生年月格式不对")


def check_age(value: str, column: Column, ctx: Context):
    if _INTEGER.fullmatch(value) and 16 <= int(value) <= 80:
        return value, None
    return None, ("年龄不合理", "16–80 的整数", "年龄不合理")


CHECKS = {
    "text": check_text, "id": check_text, "department": check_text, "major": check_text,
    "choice": check_choice, "ethnicity": check_ethnicity, "province": check_province,
    "destination": check_destination, "year": check_year, "number": check_number,
    "figure_value": check_figure_value, "percent": check_percent, "integer": check_integer,
    "code": check_code, "indicator": check_indicator, "month": check_month, "age": check_age,
}


def check_column(values: list[str | None], column: Column, ctx: Context):
    """Canonical values and {index: failure} for one column; empty required values fail.

    Each distinct value is checked once; rows are then mapped through dictionaries."""
    check = CHECKS[column.type]
    empty: Failure = (f"{column.header}不能为空", f"必填的{column.header}", f"{column.header}为空")
    if check is check_text:  # free text (ids, names): only emptiness is checked
        out = [v or None for v in values]
        return out, ({i: empty for i, v in enumerate(out) if v is None} if column.required else {})
    results = {v: check(v, column, ctx) if v else (None, empty if column.required else None) for v in set(values)}
    if any(v != r[0] for v, r in results.items() if v):
        canonical = {v: r[0] for v, r in results.items()}
        out = list(map(canonical.__getitem__, values))
    else:
        out = [v or None for v in values]
    bad = {v: r[1] for v, r in results.items() if r[1] is not None}
    failures = {i: bad[v] for i, v in enumerate(values) if v in bad} if bad else {}
    return out, failures


# ---------------------------------------------------------------- across rows

def duplicates(keys: list[tuple]) -> list[tuple[int, int]]:
    """(index, index of the first occurrence) for every repeated non-empty key."""
    if len(set(keys)) == len(keys):
        return []
    first: dict[tuple, int] = {}
    found = []
    for i, key in enumerate(keys):
        if all(k is None for k in key):
            continue
        j = first.setdefault(key, i)
        if j != i:
            found.append((i, j))
    return found


def closest(value: str, options: list[str]) -> str:
    near = difflib.get_close_matches(value, options, n=3, cutoff=0.5)
    return f"；最接近：{'、'.join(near)}" if near else ""


def major_failures(departments: list[str | None], majors: list[str | None], ctx: Context):
    """{index: (column name, failure)} for 院系/专业 absent from the majors data or inconsistent."""
    table = ctx.majors or {}
    known_departments = ctx.departments
    verdicts: dict[tuple, tuple[str, Failure] | None] = {}
    failures = {}
    for i, pair in enumerate(zip(departments, majors)):
        if pair[0] is None or pair[1] is None:
            continue
        if pair not in verdicts:
            verdicts[pair] = major_verdict(pair[0], pair[1], table, known_departments)
        if verdicts[pair] is not None:
            failures[i] = verdicts[pair]
    return failures


def major_verdict(department: str, major: str, table: dict[str, str], departments: list[str]):
    if major not in table:
        return "major", (f"专业“{major}”不在本项目的专业数据中{closest(major, list(table))}",
                         "专业数据（majors）中的专业名称", "专业不在专业数据中")
    if department not in departments:
        return "department", (f"院系“{department}”不在本项目的专业数据中{closest(department, departments)}",
                              f"专业数据中的院系之一：{'、'.join(departments)}", "院系不在专业数据中")
    if table[major] != department:
        return "major", (f"专业“{major}”属于“{table[major]}”，不属于“{department}”",
                         f"院系填“{table[major]}”，或核对专业", "专业与院系不一致")
    return None
