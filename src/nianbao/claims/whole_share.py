"""A share stated right after an entered figure's count with no base named ("高级职称教师 102 人，占比
34.58%"): a reader may take it of any whole the template counts the figure in (part_of: 专任教师, then
教职工). It agrees when one of them gives it; otherwise the base is not known (the writer may mean a
population the template does not chain), so it is left unverifiable. Tried only when nothing else in the
sentence gave the share a base."""
from __future__ import annotations

from decimal import Decimal

from ..text import fmt, tolerance
from .model import Claim, ClaimRecord, Fact


def share_of_whole(verifier, claim: Claim) -> ClaimRecord | None:
    d = claim.detail
    count = d.get("count")
    vocab = getattr(verifier, "vocab", None)
    if claim.kind != "share" or d.get("base") or claim.scope or vocab is None or count is None or \
            count.number is None or count.measure is None or count.measure.kind != "figure" or \
            claim.number is None or claim.number.unit != "%" or claim.number.qualifier:
        return None
    part = verifier.facts.value(count.measure, {}, count.year)
    if part is None or part.source == "prose" or part.value != count.number.value:
        return None  # a count that is not the figure's own (of a year, a part) has no known whole
    shares = []
    for key in vocab.wholes_of(count.measure.key):
        whole = next((m for m in vocab.measures.values() if m.key == key and m.kind == "figure"), None)
        fact = verifier.facts.value(whole, {}, claim.year) if whole is not None else None
        if fact is None or fact.source == "prose" or not fact.value:
            continue
        shares.append((part.value / fact.value * 100, f"{count.measure.name} {part.display} / {whole.name} {fact.display}"))
    if not shares:
        return None
    stated, half = claim.number.value, tolerance(claim.number.places)
    exact, what = next(((e, w) for e, w in shares if abs(e - stated) <= half), shares[0])
    shown = f"{fmt(exact, 2)}%"
    fact = Fact(exact.quantize(Decimal("0.01")), shown, what, exact=exact)
    if abs(exact - stated) <= half:
        return ClaimRecord(claim, "agrees", fact)
    # No base named: the writer may mean another population that holds the figure (中职生源 of 高职在校生
    # rather than of 全日制在校生), so a share none of the wholes gives is left unread, never flagged.
    return None
