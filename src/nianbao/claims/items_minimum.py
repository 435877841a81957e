"""Every item above a bound, where the data hold the items' minimum as a figure of its own: "就业教育/服务各项
满意度均在 94% 以上" against 就业教育/服务各项满意度最低值 (the items listed in the data need not be all of them,
so their lowest is not the minimum). The subject is matched to the minimum figure's name without its 最低值,
joining marks (/, 和, 与) and the items' words (各项, 分项)."""
from __future__ import annotations

import re

from ..text import plain
from .items_all import ALL_BEFORE, FILLERS, ITEMS_NAMED
from .model import Claim, ClaimRecord, Fact
from .vocabulary import GROUP

MINIMUM = re.compile(r"最低值|最小值|最低")
RATED = re.compile(r"对\s*([^，,。；;]{2,16}?)\s*的\s*(?:评价|满意度|认可度)")
JOINERS = re.compile(r"毕业生对|[/／、和与及对的]|\s")


def _core(words: str) -> str:
    return FILLERS.sub("", JOINERS.sub("", words))


def _minimum_named(vocab, core: str) -> dict:
    return {m.key: m for m in vocab.measures.values()
            if m.kind == "figure" and MINIMUM.search(m.name) and _core(MINIMUM.sub("", m.name)) == core}


def every_item_by_minimum(verifier, claim: Claim) -> ClaimRecord | None:
    n, vocab = claim.number, getattr(verifier, "vocab", None)
    if n is None or vocab is None or n.qualifier != "over" or GROUP in claim.scope:
        return None
    text = claim.unit.text
    lo = max(text.rfind(mark, 0, claim.start) for mark in "，,。；;：:") + 1
    clause = text[lo:claim.start]
    bound_words = ALL_BEFORE.search(clause)
    if bound_words is None or not ITEMS_NAMED.search(clause):
        return None
    found = _minimum_named(vocab, _core(clause[:bound_words.start()]))
    if not found and lo:  # "毕业生对就业教育/服务的评价较高，各项满意度均在…": what is rated, in the clause before
        before = max(text.rfind(mark, 0, lo - 1) for mark in "，,。；;：:") + 1
        rated = RATED.search(text, before, lo)
        found = _minimum_named(vocab, _core(rated.group(1) + clause[:bound_words.start()])) if rated else {}
    if len(found) != 1:
        return None
    measure = next(iter(found.values()))
    fact = verifier.facts.value(measure, {}, claim.year)
    if fact is None:
        return None
    inclusive = "以上" in text[claim.end:claim.end + 3] or re.search(r"不低于|不少于|达到|达", bound_words.group(0))
    ok = fact.value >= n.value if inclusive else fact.value > n.value
    shown = Fact(fact.value, fact.display, measure.name, fact.reference, exact=fact.exact)
    return ClaimRecord(claim, "agrees" if ok else "contradicts", shown,
                       expected="" if ok else fact.display,
                       note="" if ok else f"各项中最低的为 {plain(fact.value)}{measure.unit}")
