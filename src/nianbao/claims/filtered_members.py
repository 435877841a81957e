"""A ranking among the members that meet a size bound ("毕业生百人以上的六个省份中，A 最高",
"生源超过 100 人的省份里，B 落实率最低"): only those members compete, not every member of the
dimension; the bound is on how many graduates each member has."""
from __future__ import annotations

import re
from decimal import Decimal

from ..text import BARE_MAGNITUDE, parse_number

# "百人以上的", "超过 100 人的", "100 人及以上的", "人数不少于 50 人的", "毕业生达百人的"; then the
# members it selects, within a few words ("六个省份中", "生源省份里", "院系之中").
BOUND = re.compile(r"(超过|多于|逾|高于|不少于|不低于|达到|达)?\s*(\d+|[一二两三四五六七八九十百千]+)\s*(?:人|名)\s*"
                   r"(以上|及以上|或以上|以下|及以下|以内)?\s*的\s*[^，,。；;]{0,10}?(?:中|里|之中|当中)")


def _number(word: str) -> int | None:
    """The bound as written: 100, 五百, or a bare 百 after its word of degree (百人以上)."""
    value = parse_number(word)
    return int(value) if value is not None else BARE_MAGNITUDE.get(word)


def size_bound(text: str, lo: int, hi: int) -> tuple[Decimal, str] | None:
    """The bound the members ranked between lo and hi must meet, as (count, how): how is ">" (超过),
    ">=" (以上, 不少于, 达), "<=" (以下)."""
    m = None
    for m in BOUND.finditer(text, lo, hi):
        pass
    if m is None:
        return None
    n = _number(m.group(2))
    if n is None:
        return None
    if m.group(3) in ("以下", "及以下", "以内"):
        return Decimal(n), "<="
    if m.group(1) in ("超过", "多于", "逾", "高于"):
        return Decimal(n), ">"
    return Decimal(n), ">="


def meets(count: Decimal, bound: tuple[Decimal, str]) -> bool:
    n, how = bound
    return count > n if how == ">" else count <= n if how == "<=" else count >= n


def within_bound(verifier, claim, members: list) -> list:
    """The members of a ranking that meet the claim's size bound (all of them when it states none);
    [] when the data cannot tell each member's size."""
    bound = claim.detail.get("size_bound")
    if bound is None:
        return members
    vocab = getattr(verifier, "vocab", None)
    population = next((x for x in vocab.measures.values() if x.population), None) if vocab is not None else None
    if population is None:
        return []
    dim = claim.detail["member"][0]
    sizes = {m: f.value for m, f in verifier.facts.members(population, dim, claim.scope, claim.year)}
    return [(m, f) for m, f in members if m in sizes and meets(sizes[m], bound)]
