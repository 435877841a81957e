"""Values listed for members the sentence does not name one by one ("机械工程系 5 个专业的毕业生人数依次为
374 人、236 人…", "各专业落实率分别为…"): each value is some member's, in an order the text does not
say. A reader checks the list against the members' values, never a value against the whole (the
department's 939 graduates) nor the list's size as members meeting a condition (5 个专业…为 374 人).
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..text import SMALL_COUNT, find_numbers
from .model import Claim, ClaimRecord, Fact

LISTING = re.compile(r"(?:分别|依次)(?:为|是|达到|达|有)?")
# What stands between the listed numbers: separators only.
BETWEEN_VALUES = re.compile(r"[\s、，,和及与]*")


def listing_before(claim: Claim) -> re.Match | None:
    """The 分别/依次 word whose list of numbers reaches the claim's number, in its sentence."""
    text = claim.unit.text
    if "分别" not in text and "依次" not in text:
        return None  # (most paragraphs: no list, and this is asked of every value)
    lo = max(text.rfind(mark, 0, claim.start) for mark in "。；;！!") + 1
    found = None
    for found in LISTING.finditer(text, lo, claim.start):
        pass
    if found is None:
        return None
    between = text[found.end():claim.start]
    for n in reversed(find_numbers(between)):
        between = between[:n.start] + between[n.end:]
    return found if BETWEEN_VALUES.fullmatch(between) else None


def unnamed_dimension(verifier, claim: Claim, listing: re.Match) -> str:
    """The dimension whose members the words before the list count without naming them (各专业, 5 个专业,
    下设的专业), "" when the sentence names a member of it or no such noun."""
    vocab = getattr(verifier, "vocab", None)
    if vocab is None or not vocab.nouns:
        return ""
    text = claim.unit.text
    lo = max(text.rfind(mark, 0, listing.start()) for mark in "。；;！!") + 1
    before = text[lo:listing.start()]
    found = None
    for found in re.finditer(r"(?:各|所有|全部|" + SMALL_COUNT + r"\s*个)\s*(" + vocab.noun_alternation() + ")",
                             before):
        pass
    if found is None:
        return ""
    dimension = vocab.nouns[found.group(1)]
    named = [w for _, _, w in vocab.mentions(before) if w in vocab.scopes and vocab.scopes[w][0] == dimension]
    return "" if named else dimension


def listed_numbers(text: str, listing: re.Match) -> list:
    """The numbers listed after the word, up to the first words that are not a separator."""
    end = min([i for i in (text.find(mark, listing.end()) for mark in "。；;！!") if i >= 0] or [len(text)])
    out, at = [], listing.end()
    for n in find_numbers(text[listing.end():end]):
        start, stop = listing.end() + n.start, listing.end() + n.end
        if not BETWEEN_VALUES.fullmatch(text[at:start]):
            break
        out.append((start, stop, n))
        at = stop
    return out


def value_of_unnamed_member(verifier, claim: Claim) -> ClaimRecord | None:
    """A value listed for members counted but not named: agrees when it is one member's (each member's
    value used once), contradicts when the list has as many values as there are members and this one
    is none of theirs; None when the claim is no such value."""
    if claim.measure is None or claim.number is None:
        return None
    listing = listing_before(claim)
    dimension = unnamed_dimension(verifier, claim, listing) if listing is not None else ""
    if not dimension:
        return None
    scope = {k: v for k, v in claim.scope.items() if k != dimension}
    members = verifier.facts.members(claim.measure, dimension, scope, claim.year)
    listed = listed_numbers(claim.unit.text, listing)
    if len(members) < 2 or not any(claim.start <= start < claim.end for start, _, _ in listed):
        return ClaimRecord(claim, "unverifiable", note=f"所列为各{dimension}的值，未逐一点名")
    from .verify import close
    left = list(members)
    mine = None
    for start, _, n in listed:
        match = next((m for m in left if close(n.value, n.places, m[1])), None)
        if match is not None:
            left.remove(match)
        if claim.start <= start < claim.end:
            mine = match
            break
    what = f"{claim.measure.name}（{'、'.join(f'{m} {f.display}' for m, f in members[:8])}）"
    if mine is not None:
        return ClaimRecord(claim, "agrees", Fact(mine[1].value, f"{mine[0]} {mine[1].display}", what,
                                                 mine[1].reference))
    if len(listed) != len(members):
        return ClaimRecord(claim, "unverifiable", note=f"所列为部分{dimension}的值，未逐一点名")
    nearest = min(left or members, key=lambda m: abs(m[1].value - claim.number.value))
    return ClaimRecord(claim, "contradicts", Fact(nearest[1].value, f"{nearest[0]} {nearest[1].display}", what,
                                                  nearest[1].reference), expected=nearest[1].display,
                       note=f"不是任何一个{dimension}的值")


def size_of_listed_members(verifier, claim: Claim) -> ClaimRecord | None:
    """"机械工程系 5 个专业的毕业生人数依次为…": the count before the list is how many members there are,
    not members meeting a condition (为 374 人)."""
    d = claim.detail
    if claim.kind != "members" or d.get("condition") != "为" or claim.number is None:
        return None
    text = claim.unit.text
    end = min([i for i in (text.find(mark, claim.start) for mark in "。；;！!") if i >= 0] or [len(text)])
    listing = LISTING.search(text, claim.start, end)
    listed = listed_numbers(text, listing) if listing is not None else []
    if not listed or listed[0][2].value != d.get("threshold"):
        return None  # the number after the list word is the condition the reader took
    scope = {k: v for k, v in claim.scope.items() if k != d["dimension"]}
    members = verifier.facts.members(claim.measure, d["dimension"], scope, claim.year)
    if not members:
        return ClaimRecord(claim, "unverifiable", note="所列为各成员的值")
    count = Decimal(len(members))
    fact = Fact(count, f"{len(members)} 个", f"{claim.measure.name}（各{d['dimension']}）",
                "、".join(m for m, _ in members[:8]))
    ok = count == claim.number.value
    return ClaimRecord(claim, "agrees" if ok else "contradicts", fact, expected="" if ok else f"{len(members)} 个")
