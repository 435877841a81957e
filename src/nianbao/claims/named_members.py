"""The members named right after a count of members meeting a condition ("…的专业有 2 个，即 A 和
B", "…有两个：A、B"): each named one must meet the condition too, whatever the count."""
from __future__ import annotations

import re

# What may stand between the count and its list: 即, 分别是, a colon; the list ends at the clause.
LIST_LEAD = re.compile(r"\s*(?:个)?\s*[，,:：]?\s*(?:即|分别是|分别为|依次是|依次为|包括|是|为)\s*[:：]?|\s*(?:个)?\s*[:：]")


def named_after(verifier, claim, dimension: str) -> list[str]:
    """The members of `dimension` listed right after the claim, in order; [] when none is."""
    vocab = getattr(verifier, "vocab", None)
    if vocab is None:
        return []
    text = claim.unit.text
    lead = LIST_LEAD.match(text, claim.end)
    if lead is None:
        return []
    stop = re.search(r"[。；;]", text[lead.end():])
    tail = text[lead.end():lead.end() + stop.start() if stop else len(text)]
    found = [vocab.scopes[w] for _, _, w in vocab.mentions(tail) if w in vocab.scopes]
    return [member for dim, member in found if dim == dimension]
