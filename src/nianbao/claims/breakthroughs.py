"""A first non-zero year: "2025 年技术产权交易收入实现零的突破" says the figure was 0 in every earlier year the
data hold and is above 0 in the year named (the report's year when none is). A year whose figure is still 0,
or a figure that was already above 0 before, contradicts; with no earlier year in the data it is left
unverifiable."""
from __future__ import annotations

import re
from decimal import Decimal

from ..text import plain
from .model import Claim, ClaimRecord, Fact

BREAKTHROUGH = re.compile(r"(?:实现|取得)了?\s*(?:[“\"]?\s*零\s*[”\"]?\s*的?\s*突破|从无到有的?突破|从\s*(?:零|0)\s*到\s*(?:一|1)"
                          r"的?突破)|打破了?\s*(?:[“\"]?\s*零\s*[”\"]?\s*的?)纪录")
SPAN_YEARS = 10  # how far back the data are asked for earlier years


def breakthroughs(reader) -> None:
    """A claim for each "实现零的突破" whose clause names an entered figure before it."""
    if "突破" not in reader.text and "纪录" not in reader.text:
        return
    for m in BREAKTHROUGH.finditer(reader.text):
        lo = reader.clause_start(m.start())
        lo = reader.clause_start(lo - 1) if lo and not any(
            x.kind == "measure" and lo <= x.start < m.start() for x in reader.s.mentions) else lo
        named = [x for x in reader.s.mentions if x.kind == "measure" and lo <= x.start and x.end <= m.start()
                 and x.measure is not None and x.measure.kind == "figure"]
        if named:
            reader.claim(named[-1].start, m.end(), "growth", named[-1].measure, re.sub(r"\s+", "", m.group(0)), None,
                         at=m.start(), breakthrough=True)


def verify_breakthrough(verifier, claim: Claim) -> ClaimRecord | None:
    year = claim.year or verifier.facts.year
    if year is None:
        return None
    values = {}
    for y in range(year - SPAN_YEARS, year + 1):
        fact = verifier.facts.value(claim.measure, claim.scope, y)
        if fact is not None and fact.source == "data":
            values[y] = fact
    if year not in values or len(values) < 2:
        return None
    unit = f" {claim.measure.unit}" if claim.measure.unit else ""
    shown = "、".join(f"{y} 年 {plain(f.value)}{unit}" for y, f in sorted(values.items()))
    first = min((y for y, f in values.items() if f.value > Decimal(0)), default=None)
    fact = Fact(values[year].value, shown, claim.measure.name, values[year].reference, exact=values[year].value)
    if first == year:
        return ClaimRecord(claim, "agrees", fact)
    earliest = first is not None and first == min(values)  # above 0 in the first year held: maybe before it
    expected = f"{first} 年{'或更早' if earliest else ''}" if first is not None else f"{year} 年仍为 0"
    return ClaimRecord(claim, "contradicts", fact, expected=expected,
                       note="零的突破应在首个大于 0 的年份" if first is not None else "当年仍为 0，未实现突破")
