"""A proportion of one entered figure among another named with 中 before it: "专任教师中高级职称教师
占比为 34.58%", "教职工中专任教师近八成", "在专任教师中，高级职称教师所占比例约为三成". A reader takes
the words before 中 as the whole and the words after it as the part, both counts the project entered,
and checks the proportion against part / whole. The reader's usual share path takes the words of both
as one subject it cannot name; this family is kept apart so that it reads only this shape.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..text import fmt, tolerance
from .model import Claim, ClaimRecord, Fact
from .vocabulary import COLLEGE_NAMES

# The clause before the proportion: the whole, 中, the part, then only share or degree words.
WITHIN = re.compile(r"^\s*(?:在|从)?\s*(?:" + COLLEGE_NAMES + r"|现有|目前)*\s*"
                    r"([^\s，,。；;：:\d%、和与及]{2,16}?)\s*(?:之中|当中|中)\s*[，,]?\s*"
                    r"((?:[^\s，,。；;：:\d%、和与及]|及(?=以上)){2,20}?)\s*"
                    r"(?:人数|的人数)?\s*(?:所占的?|的)?\s*(?:占比|比例|比重|占)?\s*"
                    r"(?:约为|约占|约|大约|大致|达到|达|为|是|有|已|仅为|仅|只有|高达)?\s*"
                    r"(?:近|将近|接近|超过|逾|过|不足|不到|约)?\s*$")
# Where the clause starts: the sentence's start, or the comma right after "X 中".
CLAUSE_MARKS = "。；;！!：:"


def _clause(text: str, pos: int) -> str:
    lo = max(text.rfind(mark, 0, pos) for mark in CLAUSE_MARKS) + 1
    comma = max(text.rfind(mark, lo, pos) for mark in "，,")
    if comma >= 0 and not re.search(r"(?:之中|当中|中)\s*$", text[lo:comma]):
        lo = comma + 1
    return text[lo:pos]


def _figure(verifier, words: str, unit: str = ""):
    vocab = verifier.vocab
    measure = vocab.measures.get(words) or vocab.measure_like(words, unit)
    if measure is None or measure.kind != "figure" or measure.population:
        return None
    return measure


def figure_among_figure(verifier, claim: Claim) -> ClaimRecord | None:
    """The record of a proportion of one entered figure among another named before 中, or None when
    the clause has another shape or either side names no entered count of the college."""
    if getattr(verifier, "vocab", None) is None or claim.scope or claim.kind not in ("share", "vague"):
        return None
    d = claim.detail
    if "percent" not in d and (claim.number is None or claim.number.unit != "%"):
        return None
    m = WITHIN.match(_clause(claim.unit.text, claim.start))
    if m is None:
        return None
    whole = _figure(verifier, m.group(1))
    part = _figure(verifier, m.group(2), whole.unit) if whole is not None else None
    if whole is not None and part is None:
        # "专业课教师中“双师型”教师约占八成": the project entered the proportion itself, not the part's count
        entered = _figure(verifier, f"{m.group(1)}中{m.group(2)}占比", "%")
        fact = verifier.facts.value(entered, {}, claim.year) if entered is not None else None
        if fact is None or fact.source == "prose":
            return None
        return _verdict(verifier, claim, fact.value, fact.what, fact.reference)
    if part is None or part.key == whole.key or not _may_hold(verifier.vocab, whole, part):
        return None
    of_whole = verifier.facts.value(whole, {}, claim.year)
    of_part = verifier.facts.value(part, {}, claim.year)
    if of_whole is None or of_part is None or "prose" in (of_whole.source, of_part.source) or \
            not of_whole.value or of_part.value > of_whole.value:
        return None  # a part larger than its whole is another reading ("在校生中新生…" of another year)
    return _verdict(verifier, claim, of_part.value / of_whole.value * 100,
                    f"{part.name} {of_part.display} / {whole.name} {of_whole.display}")


def _may_hold(vocab, whole, part) -> bool:
    """A part the template counts within another whole (part_of) is no part of this one, unless both
    lie within one whole (普通高中生源 of 高职在校生, both of 全日制在校生): as the share path reads it."""
    wholes = vocab.wholes_of(part.key)
    return not wholes or whole.key in wholes or bool(set(vocab.wholes_of(whole.key)) & set(wholes))


def _verdict(verifier, claim: Claim, exact: Decimal, what: str, reference: str = "") -> ClaimRecord | None:
    from .verify import about_before, qualifier_word, vague_ok

    d = claim.detail
    tenths = "percent" in d and (claim.number is None or claim.number.unit == "成")
    stated = Decimal(d["percent"]) if "percent" in d else claim.number.value
    qualifier = d.get("qualifier") or (claim.number.qualifier if claim.number else "") or about_before(claim)
    places = claim.number.places if claim.number is not None and not tenths else 0
    if claim.number is None and stated == 50 and qualifier:
        return None  # 过半 / 近半: read by the half words' own path
    if qualifier or tenths:
        ok = vague_ok(stated, qualifier, exact, places, tenths, qualifier_word(claim), verifier.slack)
    else:
        ok = abs(exact - stated) <= tolerance(places)
    shown = f"{fmt(exact, 2)}%"
    fact = Fact(exact.quantize(Decimal("0.01")), shown, what, reference, exact=exact)
    return ClaimRecord(claim, "agrees" if ok else "contradicts", fact, expected="" if ok else shown)
