"""Dates in a sentence: the statistical cut-off (截至 2025 年 8 月 31 日, 到 2024 年底, 截止二〇二五年
八月) and the period a bracket after a figure gives it (…9120 人（截止 2024 年 12 月 31 日）, …93.12%
（2024 届）).

Kept apart from reader.py because a date is not a quantity: it only tells which year a quantity is
of (the claim's year, whether the date stands before or after the measure) and, across sentences,
whether the same figure carries the same cut-off. Years themselves (2025 年/届/学年, 二〇二五年)
are found by text.find_years, the one number parser.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from ..text import YEAR_DIGITS, cn_number, find_years, year_value

_SMALL = r"(\d{1,2}|[一二三四五六七八九十]{1,3})"
# 截至/截止 anywhere; a bare 到/至 only where a clause starts or after 统计/数据 ("数据统计到…"), so
# "由 A 增加到 2025 年底的 B" and the span "2023 年至 2025 年" are not cut-offs.
CUTOFF = re.compile(
    rf"(?:截至|截止(?:到|至)?|(?:^|(?<=[，,：:；;（(\s])|(?<=统计|数据|时间))(?:到|至))\s*{YEAR_DIGITS}\s*年\s*"
    rf"(?:{_SMALL}\s*月\s*(?:{_SMALL}\s*[日号]|(底|末))?|年?\s*(底|末))")
# A bracket right after a figure that holds only its period: "（2024 届）", "（截止 2024 年 12 月 31 日）",
# "（2024—2025 学年）", "（数据截至 2025 年 8 月底）"; no other number in it.
PERIOD_BRACKET = re.compile(r"\s*[（(]([^（()）]{2,30})[）)]")
PERIOD_WORDS = re.compile(r"数据|统计|口径|截至|截止|为止|到|至|时点|时间|底|末|年|届|学年|年度|月|日|号|[—\-–~/、\s]")


@dataclass(frozen=True)
class Cutoff:
    start: int
    end: int
    year: int
    value: str  # "2025 年 8 月 31 日", "2025 年 9 月"; 底/末 is the last day of the month or year


def _small(text: str) -> int | None:
    return int(text) if text.isdigit() else cn_number(text)


def find_cutoff(text: str) -> Cutoff | None:
    """The first statistical cut-off in the text with at least its month (or 年底/年末)."""
    if "年" not in text or not ("截" in text or "到" in text or "至" in text):
        return None  # every sentence is asked: the words the pattern needs, found first
    for m in CUTOFF.finditer(text):
        year = year_value(m.group(1))
        month = _small(m.group(2)) if m.group(2) else 12
        if month is None or not 1 <= month <= 12:
            continue
        if m.group(2) is None or m.group(4):  # 年底 / 8 月底: the last day of that month
            day = calendar.monthrange(year, month)[1]
        elif m.group(3):
            day = _small(m.group(3))
            if day is None or not 1 <= day <= calendar.monthrange(year, month)[1]:
                continue
        else:
            return Cutoff(m.start(), m.end(), year, f"{year} 年 {month} 月")
        return Cutoff(m.start(), m.end(), year, f"{year} 年 {month} 月 {day} 日")
    return None


def period_after(text: str, pos: int) -> int | None:
    """The year a bracket right after `pos` (the end of a figure) gives it, when the bracket holds
    only a period or a cut-off ("（2024 届）", "（截止 2024 年底）"), not another figure."""
    m = PERIOD_BRACKET.match(text, pos)
    if m is None:
        return None
    inside = m.group(1)
    years = find_years(inside)
    if not years:
        return None
    rest = PERIOD_WORDS.sub("", re.sub(r"(?:19|20)\d\d|\d{1,2}(?=\s*[月日号])", "", inside))
    rest = re.sub(r"[〇零一二三四五六七八九十]", "", rest)
    return years[-1][0] if not rest else None


def same_date(a: str, b: str) -> bool:
    """Two cut-offs agree when one is the other at a coarser precision ("2025 年 9 月" and
    "2025 年 9 月 30 日")."""
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")
