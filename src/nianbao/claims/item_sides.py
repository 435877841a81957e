"""Two items of the survey set side by side by name: "毕业生对师德师风的满意度为 97.84%，高于教学水平",
"课后复习满意度比课前预习高 0.95 个百分点". The other side is an item (a 分组 of an entered figure); the
subject is the item named before it in the sentence. Each side is its own figure's item, never the
graduates the reader took by default."""
from __future__ import annotations

from .model import Claim, Fact
from .vocabulary import GROUP

SENTENCE_MARKS = "。；;！!？?"


def item_pair(verifier, claim: Claim) -> tuple[Fact, Fact] | None:
    """(the subject item's value, the other item's value), or None when the other side is no lone item."""
    target, vocab = claim.detail.get("target") or {}, getattr(verifier, "vocab", None)
    if vocab is None or set(target) != {GROUP}:
        return None
    other = target[GROUP]
    mine = claim.scope.get(GROUP)
    if mine is None:
        text = claim.unit.text
        lo = max(text.rfind(mark, 0, claim.start) for mark in SENTENCE_MARKS) + 1
        named = [vocab.scopes[w][1] for _, _, w in vocab.mentions(text[lo:claim.start])
                 if vocab.scopes.get(w, ("", ""))[0] == GROUP and vocab.scopes[w][1] != other]
        mine = named[-1] if named else None
    if mine is None or mine == other:
        return None
    sides = []
    for member in (mine, other):
        measure = verifier.facts.grouped_measure(member)
        fact = verifier.facts.value(measure, {GROUP: member}, claim.year) if measure is not None else None
        if fact is None:
            return None
        sides.append((measure, fact))
    (a, left), (b, right) = sides
    return (left, right) if a.unit == b.unit else None
