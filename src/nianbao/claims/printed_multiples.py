"""A multiple between two figures the sentence prints ("机械工程系毕业生 939 人，接近工业技术系 400 人的
三倍", "…达到 650 人，约为上年 320 人的两倍"): the ratio of the two printed numbers, with the slack of
the vague word before the other side (接近: from 90 % of the multiple, below it; 约: 5 %; 超过, 不到),
not a growth of one quantity the words before 的 would have to name.
"""
from __future__ import annotations

import re
from decimal import Decimal

from ..text import find_numbers, fmt, tolerance
from .model import Claim, ClaimRecord, Fact
from .vocabulary import same_unit

# The relation before the other side, and its slack ("接近" before "工业技术系 400 人的三倍").
RELATION = re.compile(r"(大约是|大约为|约为|约是|接近于|接近|将近|相当于|超过|不到|不足|约|近|逾|是|为)\s*[^，,。；;\d]{0,16}$")
SLACK_OF = {"接近": "near", "接近于": "near", "将近": "near", "近": "near", "超过": "over", "逾": "over",
            "不到": "under", "不足": "under", "约": "about", "约为": "about", "约是": "about", "大约是": "about",
            "大约为": "about"}
AFTER_OTHER = re.compile(r"\s*[）)]?\s*的\s*(近|约|将近|接近|超过|逾|不到|不足)?\s*$")
# A change of one quantity, not a relation of two (较上年 320 人增长 1.03 倍).
CHANGE = re.compile(r"增|减|提高|提升|下降|降低|翻")


def multiple_of_printed(verifier, claim: Claim) -> ClaimRecord | None:
    """The multiple "A …接近 B 的 K 倍" checked as A / B when both are printed in the sentence."""
    d, n = claim.detail, claim.number
    if not d.get("times") or n is None or d.get("years") or d.get("pair") or d.get("down"):
        return None
    text = claim.unit.text
    lo = max(text.rfind(mark, 0, claim.start) for mark in "。；;！!") + 1
    head = text[lo:claim.start]
    numbers = [x for x in find_numbers(head) if x.unit not in ("%", "倍", "成", "")]
    if len(numbers) < 2 or not AFTER_OTHER.fullmatch(head[numbers[-1].end:]):
        return None
    a, b = numbers[-2], numbers[-1]
    relation = RELATION.search(head, a.end, b.start)
    if relation is None or not same_unit(a.unit, b.unit) or CHANGE.search(head, a.end, b.start) or not b.value:
        return None
    qualifier = n.qualifier or AFTER_OTHER.match(head, b.end).group(1) or relation.group(1)
    qualifier = SLACK_OF.get(qualifier, qualifier if qualifier in ("near", "over", "under", "about") else "")
    from .verify import about_slack, vague_ok
    actual, stated, places = a.value / b.value, n.value, n.places
    if qualifier in ("near", "over", "under"):
        ok = vague_ok(stated, qualifier, actual, places, slack=verifier.slack)
    elif qualifier == "about":
        ok = abs(actual - stated) <= about_slack(stated, places, verifier.slack.ratio_about)
    else:
        ok = abs(actual - stated) <= max(tolerance(places), stated * verifier.slack.ratio_printed)
    claim.kind = "ratio"
    claim.detail.update(left=stated, right=Decimal(1), approx=bool(qualifier), qualifier=qualifier)
    fact = Fact(actual, f"{fmt(actual, 2)} 倍", f"{a.shown} / {b.shown}", "", exact=actual)
    # a vague multiple's right value with a decimal more: "接近五倍" of 5.65 is not "6 倍"
    shown = fmt(actual, max(places, 1 if qualifier and not places else places))
    return ClaimRecord(claim, "agrees" if ok else "contradicts", fact, expected="" if ok else f"{shown} 倍")
