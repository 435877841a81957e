"""Counts and rankings of the graduates a count of them does not count: "未落实去向的 304 名毕业生中，
机械工程系 54 人、工业技术系 50 人", "未落实去向毕业生 304 人，其中女生 77 人", "在尚未落实去向的毕业生中，
智能技术系最多". The words before the count name its people (those not placed), so a member's count there
is its graduates not placed, and a ranking ranks those, never all its graduates. When the data cannot
count such people (未参加调查的毕业生中) the claim is left unverifiable rather than checked against the
member's graduates."""
from __future__ import annotations

import re
from decimal import Decimal

from ..text import plain
from .model import Claim, ClaimRecord, Fact
from .unplaced_among import count_word_forms, negated_among
from .vocabulary import Measure

NEGATED_WORDS = re.compile(r"(?:尚未|暂未|仍未|未|没有)\s*(.+?)\s*的?")
DESTINATION = "毕业去向"
UNCOUNTED = "所计为未…的毕业生，数据无法计出这部分人"
# The count's own clause naming its people by a negated count word right before it, after the members
# it narrows ("机械工程系未落实毕业去向的毕业生 54 人", "A 系和 B 系尚未落实去向的毕业生合计 158 人").
NEGATED_BEFORE = re.compile(r"(?:尚未|暂未|仍未|未|没有)\s*([^\d\s的，,。；;、和与及]{2,8}?)\s*的?\s*(?:毕业生|学生)\s*"
                            r"(?:人数|总数)?\s*(?:有|为|达|共|共有|共计|合计|总计|计)*\s*$")


def _negated(words: str | None) -> str | None:
    found = NEGATED_WORDS.fullmatch(re.sub(r"\s+", "", words)) if words else None
    return found.group(1) if found else None


def _words_of_people(verifier, claim: Claim) -> str | None:
    """The words after the negation (落实去向) naming the people `claim` counts among: the claim's own
    narrowing (未落实去向的 304 名毕业生), a clause "未落实去向的…中，" before it, or a total of such
    people before its 其中."""
    own = _negated(claim.detail.get("unread"))
    if own is not None:
        return own
    text = claim.unit.text
    lo = max(text.rfind(mark, 0, claim.start) for mark in "，,。；;：:") + 1
    before = NEGATED_BEFORE.search(text, lo, claim.start)
    if before is not None:  # "机械工程系未落实毕业去向的毕业生 54 人": the member's people not placed
        return before.group(1)
    clause = negated_among(claim.unit.text, claim.start)
    if clause is not None:
        return clause[0]
    total = verifier._total_before_among(claim) if claim.kind in ("value", "vague") else None
    if total is None or total.measure is None:
        return None
    return _negated(total.detail.get("unread")) or \
        (_negated(total.measure.name) if total.measure.kind == "label" else None)


def complement_count(verifier, words: str, year) -> Measure | None:
    """The count the words name, when the graduates it does not count are only the ones it leaves out."""
    counted = next((m for m in (verifier._count_named(f) for f in count_word_forms(words)) if m is not None), None)
    return counted if counted is not None and widest_count(verifier, counted, year) else None


def widest_count(verifier, counted: Measure, year) -> bool:
    """Whether `counted` is the widest count of graduates (落实去向人数), the only one whose rest is all it
    leaves out. A narrower one (就业人数) is not: "未就业" in reports also stands for the graduates not
    placed or for those waiting for work, not only for all the employed count leaves out."""
    if counted.population or counted.kind != "count":
        return False
    own = verifier.facts.value(counted, {}, year)
    if own is None:
        return False
    measures = verifier.vocab.measures.values()
    everyone = {m.key for m in measures if m.population}  # the graduates themselves, under any of their names
    for other in {m.key: m for m in measures if m.kind == "count" and m.key not in everyone
                  and m.unit == counted.unit}.values():
        wider = verifier.facts.value(other, {}, year)
        if wider is not None and wider.value > own.value:
            return False
    return True


def _graduate_count(verifier, claim: Claim) -> bool:
    """A count of graduates, or of a member's people with no measure named ("智能技术系最多，有 75 人")."""
    m, n = claim.measure, claim.number
    if n is None or n.unit not in ("人", "名", "位") or any(k.startswith(DESTINATION) for k in claim.scope):
        return False  # a destination's count is its own people
    if m is None:
        return bool(claim.scope) and not verifier._did_something(claim, claim.end)
    return m.population


def count_among_unplaced(verifier, claim: Claim) -> ClaimRecord | None:
    """A count of graduates among those not counted by a count of them: the scope's graduates less that
    count; None when the count is not among such people."""
    if claim.kind != "value" or getattr(verifier, "vocab", None) is None:
        return None
    label = claim.measure is not None and claim.measure.kind == "label" and claim.detail.get("members_total") and \
        claim.number is not None and claim.number.unit in ("人", "名", "位")
    if not label and not _graduate_count(verifier, claim):
        return None
    # "A 系、B 系尚未落实去向的毕业生共有 158 人": the label names the people not placed of both members
    words = _negated(claim.measure.name) if label else _words_of_people(verifier, claim)
    if words is None:
        return None
    counted = complement_count(verifier, words, claim.year)
    fact = _rest_of_members(verifier, counted, claim) if counted is not None else None
    if fact is None:
        return ClaimRecord(claim, "unverifiable", note=UNCOUNTED)
    if claim.number.value == fact.value:
        return ClaimRecord(claim, "agrees", fact)
    return ClaimRecord(claim, "contradicts", fact, expected=fact.display)


def _rest_of_members(verifier, counted: Measure, claim: Claim) -> Fact | None:
    """The rest of the scope's graduates, added over the members a total lists ("A 系和 B 系未落实…合计")."""
    listed = claim.detail.get("members_total")
    if not listed:
        return verifier._rest_of(counted, claim.scope, claim.year)
    dims = {d for d, _ in listed}
    rests = [verifier._rest_of(counted, {**{k: v for k, v in claim.scope.items() if k not in dims}, d: m}, claim.year)
             for d, m in listed]
    if any(r is None for r in rests):
        return None
    total = sum((r.value for r in rests), Decimal(0))
    return Fact(total, f"{plain(total)} 人", " + ".join(f"{m} {r.display}" for (_, m), r in zip(listed, rests)),
                "", exact=total)


def ranked_among_unplaced(verifier, claim: Claim) -> list[tuple[str, Fact]] | None:
    """The members of the ranked dimension with their graduates not counted, when a superlative ranks
    those ("在尚未落实去向的毕业生中，智能技术系最多"); [] when the data cannot count them; None when the
    superlative is not among such people."""
    if claim.measure is None or not claim.measure.population or getattr(verifier, "vocab", None) is None:
        return None
    clause = negated_among(claim.unit.text, claim.start)
    if clause is None:
        return None
    counted = complement_count(verifier, clause[0], claim.year)
    if counted is None:
        return []
    dim = claim.detail["member"][0]
    ranked = []
    for member, _ in verifier.facts.members(claim.measure, dim, claim.scope, claim.year):
        rest = verifier._rest_of(counted, {**claim.scope, dim: member}, claim.year)
        if rest is None:
            return []
        ranked.append((member, rest))
    return ranked
