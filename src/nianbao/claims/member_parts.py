"""Counts of a dimension's members given per member after the total ("学院开设 25 个专业，其中机械工程系
5 个、智能技术系 5 个"): each part names a member of another dimension and a count with no noun of its
own, which a reader takes as that member's count of what the total counts (its majors). Checked as the
total would be, within the member."""
from __future__ import annotations

from .model import Claim, ClaimRecord

PARTS_WORD = "其中"


def count_of_member_after_total(verifier, claim: Claim) -> ClaimRecord | None:
    """The record of a member's part of a count of members after the total's 其中, or None."""
    n = claim.number
    if claim.kind != "value" or claim.measure is not None or n is None or n.unit != "个" or len(claim.scope) != 1:
        return None
    from .verify import sentence_start

    text = claim.unit.text
    lo = sentence_start(text, claim.start)
    totals = [c for c in verifier.claims if c.unit is claim.unit and lo <= c.start and c.end <= claim.start
              and c.kind == "value" and c.detail.get("dimension") and not c.scope]
    if not totals or PARTS_WORD not in text[totals[-1].end:claim.start]:
        return None
    total = totals[-1]
    if total.detail["dimension"] in claim.scope:
        return None
    claim.detail.update(dimension=total.detail["dimension"], graduates=total.detail.get("graduates", False))
    return verifier._member_total(claim)
