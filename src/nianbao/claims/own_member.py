"""The other side of a comparison named 本系/该系/所在院系 (…平均) after a finer member: "机电一体化技术专业
落实率高于本系平均 2 个百分点" compares the major with its own department, not with the college. The
reader cannot tell which department a major belongs to (that is data), so it marks the dimension with
OWN; the verifier puts in the member the data give for the subject (the department of its major), and
leaves the claim unverifiable when they give none or several."""
from __future__ import annotations

import re
from functools import lru_cache

OWN = "<本>"  # a target member still to be found: the subject's own member of that dimension


@lru_cache(maxsize=8)
def _own(nouns: str) -> re.Pattern:
    return re.compile(r"(?:本|该|所在|所属)\s*(" + nouns + r")(?!统|列|数)")


def own_dimension(vocab, text: str) -> str | None:
    """The dimension a side names as the subject's own (本系 -> 院系), or None."""
    if not vocab.nouns or not re.search(r"本|该|所在|所属", text):
        return None
    m = _own(vocab.noun_alternation()).search(text)
    return vocab.nouns[m.group(1)] if m else None


def own_target(facts, scope: dict[str, str], target: dict[str, str], year) -> dict[str, str] | None:
    """The target with each OWN member found: the subject's own member when its scope names that
    dimension, else the one member of it the data give for the subject's scope; None when unknown."""
    out = {}
    for dim, member in target.items():
        if member != OWN:
            out[dim] = member
        elif dim in scope:
            out[dim] = scope[dim]
        else:
            found = facts.member_of(dim, scope, year) if scope else None
            if found is None:
                return None
            out[dim] = found
    return out


# The note of a comparison whose subject is the very member 本系 names: what is compared is its members
# the sentence does not name ("机械工程系有 3 个专业落实率高于本系平均水平").
OF_UNNAMED_MEMBERS = "所比为本系（本院系）中未列出的成员，无法核对"


def compares_itself(claim) -> bool:
    """Whether the OWN side of a comparison is the subject itself (机械工程系…高于本系平均)."""
    target = claim.detail.get("target") or {}
    own = [d for d, m in target.items() if m == OWN]
    return bool(own) and all(d in claim.scope for d in own) and set(claim.scope) <= set(target)
