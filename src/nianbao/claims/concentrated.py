"""Where the members meeting a condition are: "落实率低于 88% 的专业全部集中在工业技术系和经济管理工程系",
"落实率达到 100% 的专业均来自机械工程系". Every member (专业) meeting the threshold must belong to one of the
members of the other dimension named (院系), and each of those must hold one; a member outside them, or a
named one holding none, contradicts."""
from __future__ import annotations

import re
from decimal import Decimal

from ..text import plain
from .model import Claim, ClaimRecord, Fact

LOW = ("低于", "不足", "不到", "以下", "及以下")
STRICT = ("低于", "不足", "不到", "高于", "超过", "逾")
EITHER = ("以上", "以下")  # whether a member exactly at the threshold is in is read both ways in reports
THRESHOLD = re.compile(r"(低于|高于|超过|逾|不足|不到|达到|达|不低于|在)?\s*(\d+(?:\.\d+)?)\s*%\s*(及以上|以上|及以下|以下)?\s*的\s*")
PLACED_IN = re.compile(r"\s*(?:全部|均|都|全都|皆|主要|分别|只|仅)?\s*(?:集中在|集中于|分布在|分布于|出现在|来自|出自|属于|位于|在)\s*")


def concentrations(reader) -> None:
    """A claim for "…X% 的<noun>(全部)集中在 A 和 B": the members meeting the threshold and where they are."""
    vocab = reader.vocab
    if not vocab.nouns or "%" not in reader.text:  # the threshold is a percentage
        return
    nouns = vocab.noun_alternation()
    for m in re.finditer(rf"({nouns})", reader.text):
        threshold = None
        for threshold in THRESHOLD.finditer(reader.text, reader.clause_start(m.start()), m.start()):
            pass
        if threshold is None or threshold.end() != m.start():
            continue
        verb = PLACED_IN.match(reader.text, m.end())
        if verb is None:
            continue
        stop = min([i for i in (reader.text.find(mark, verb.end()) for mark in "，,。；;（(") if i >= 0]
                   or [len(reader.text)])
        places = [x for x in reader.s.mentions if x.kind == "scope" and verb.end() <= x.start and x.end <= stop]
        if not places or len({x.scope[0] for x in places}) != 1 or places[0].start != verb.end():
            continue
        measure = next((x.measure for x in reversed(reader.s.mentions) if x.kind == "measure" and x.end <= threshold.start()
                        and x.start >= reader.clause_start(m.start()) and x.measure.unit == "%"), None)
        if measure is None:
            continue
        condition = threshold.group(3) or (threshold.group(1) if threshold.group(1) != "在" else "") or "达到"
        reader.consumed.add(threshold.start(2))
        reader.claim(threshold.start(), places[-1].end, "members", measure, reader.text[verb.end():places[-1].end],
                     None, at=threshold.start(), concentrated=[x.scope for x in places], dimension=vocab.nouns[m.group(1)],
                     threshold=Decimal(threshold.group(2)), condition=condition)


def verify_concentration(verifier, claim: Claim) -> ClaimRecord | None:
    d, facts = claim.detail, verifier.facts
    dimension, places = d["dimension"], d["concentrated"]
    within = places[0][0]
    scope = {k: v for k, v in claim.scope.items() if k not in (dimension, within)}
    members = facts.members(claim.measure, dimension, scope, claim.year)
    owners = {}
    for owner, _ in facts.members(claim.measure, within, scope, claim.year):
        for member, _ in facts.members(claim.measure, dimension, {**scope, within: owner}, claim.year):
            owners[member] = owner
    if not members or any(m not in owners for m, _ in members):
        return None
    low, threshold = d["condition"] in LOW, d["threshold"]
    at_line = {m for m, f in members if abs(f.value - threshold) < Decimal("0.005")}
    hits = [(m, f) for m, f in members if (f.value < threshold if low else f.value > threshold) or
            (m in at_line and d["condition"] not in STRICT)]
    named = {member for _, member in places}
    excused = at_line if d["condition"] in EITHER else set()
    outside = [(m, f) for m, f in hits if owners[m] not in named and m not in excused]
    empty = [p for p in named if not any(owners[m] == p for m, _ in hits)]
    shown = "、".join(f"{m}（{owners[m]}，{f.display}）" for m, f in hits[:8]) or "无"
    fact = Fact(Decimal(len(hits)), shown, f"{claim.measure.name}{d['condition']} {plain(threshold)}% 的{dimension}", "")
    if not outside and not empty:
        return ClaimRecord(claim, "agrees", fact)
    if outside:
        m, f = outside[0]
        return ClaimRecord(claim, "contradicts", fact, expected=f"另有{owners[m]}的{m}（{f.display}）")
    return ClaimRecord(claim, "contradicts", fact, expected=f"{'、'.join(empty)}没有这样的{dimension}")
