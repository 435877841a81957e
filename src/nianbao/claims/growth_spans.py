"""Growth over a span of years: how many years a growth claim covers and what rate it states.

A reader takes "三年增长了 12 倍" or "近三年年均增长 25%" over the years the words count back from the
report's year; "年均" (平均每年) states a compound rate over the years between the two values, not
the whole change; a growth from nothing (the earlier value 0) has no rate at all, whatever the text
calls it (从无到有, 实现零的突破 are its honest words).
"""
from __future__ import annotations

import re
from decimal import Decimal, localcontext

from ..text import cn_number

# "年均增长", "平均每年增长", "年平均增幅": a rate per year.
ANNUAL = re.compile(r"(?:年均|年平均|平均每年|每年平均)\s*(?:增长|增加|提高|提升|增幅|增速|增长率|递增|下降|减少)?\s*"
                    r"(?:了|率|幅度)?\s*(?:为|达|达到|约|超过|近)?\s*$")
# "三年增长了…", "近三年来", "两年间", "过去 3 年": a span counted in years (not a year: 2025 年).
SPAN = re.compile(r"(?<![\d年])(?:近|最近|过去|这)?\s*([两二三四五六七八九十]|[1-9]\d?)\s*年(?![级届度])(?:来|间|内|中|里|以来)?")


def is_annual(text: str, start: int) -> bool:
    """Whether the words right before a growth figure make it a rate per year."""
    return ANNUAL.search(text, max(0, start - 16), start) is not None


def span_in(text: str) -> int | None:
    """The one span of years the words name (三年, 近 3 年), None when none or several."""
    spans = {_count(m.group(1)) for m in SPAN.finditer(text)}
    spans.discard(None)
    return spans.pop() if len(spans) == 1 else None


def _count(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    value = 2 if word == "两" else cn_number(word)
    return int(value) if value else None


def span_starts(year: int, span: int) -> tuple[int, ...]:
    """The earlier year of a growth over `span` years up to `year`: the year `span` years back (三年前)
    or, for three years or more, the span's first year (近三年 = 2023–2025, the years a report's
    tables show); a reader may mean either. Two years are never one year's growth."""
    return (year - span + 1, year - span) if span >= 3 else (year - span,) if span >= 1 else ()


def compound_rate(old: Decimal, new: Decimal, years: int) -> Decimal:
    """The rate per year (in %) that takes old to new in `years` years."""
    with localcontext() as ctx:
        ctx.prec = 28
        return ((new / old) ** (Decimal(1) / Decimal(years)) - 1) * 100
