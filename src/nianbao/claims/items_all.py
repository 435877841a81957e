"""Every item of an entered figure against one bound: "任课教师满意度各分项均在 95% 以上", "学风建设
各项满意度均不低于 96%", "鲁班工坊各类学员培训人次均超过 300 人次". The figure's 分组 (survey items,
categories of trainees) are checked one by one and the one furthest on the wrong side is named; the
overall figure is no item (学风建设总体满意度 96.46% says nothing of 课前预习 95.66%)."""
from __future__ import annotations

import re
from decimal import Decimal

from .model import Claim, ClaimRecord, Fact
from .vocabulary import GROUP, Measure

# 均 (or 都, 全部) right before the bound: every one of those named meets it.
ALL_BEFORE = re.compile(r"(?:均|都|全部|皆|全都|一律)\s*(?:在|达到|达|为|不低于|不少于|超过|逾|高于|低于|不超过|不高于|少于|保持在)?\s*$")
# Words saying the subject is the items, not the whole (各分项, 各项, 分项, 各方面, 各维度, 各类).
ITEMS_NAMED = re.compile(r"各\s*(?:分项|项|方面|维度|类|类别|指标)|分项|三项|四项|五项|几项")
FILLERS = re.compile(r"总体|整体|分项|各项|各")


def every_item(verifier, claim: Claim) -> ClaimRecord | None:
    """The claim checked item by item, when it bounds every item of a figure that has 分组."""
    n, vocab = claim.number, getattr(verifier, "vocab", None)
    if n is None or vocab is None or claim.measure is None or GROUP in claim.scope or \
            n.qualifier not in ("over", "under"):
        return None
    text = claim.unit.text
    lo = max(text.rfind(mark, 0, claim.start) for mark in "，,。；;：:") + 1
    clause = text[lo:claim.start]
    if not ALL_BEFORE.search(clause) or not ITEMS_NAMED.search(clause):
        return None
    measure = claim.measure
    if measure.kind == "label":  # 鲁班工坊各类学员培训人次: the figure named with its items' word
        measure = vocab.measure_like(ITEMS_NAMED.sub("", measure.name), n.unit) or measure
    items = verifier.facts.members(_itemised(verifier, measure), GROUP, {}, None)
    if len(items) < 2:
        return None
    bound = n.value
    inclusive = "以上" in text[claim.end:claim.end + 3] or re.search(r"不低于|不少于|达到|达$", clause) is not None
    if n.qualifier == "over":
        worst = min(items, key=lambda item: item[1].value)
        ok = worst[1].value >= bound if inclusive else worst[1].value > bound
    else:
        worst = max(items, key=lambda item: item[1].value)
        ok = worst[1].value < bound
    name = _itemised(verifier, measure).name
    fact = Fact(worst[1].value, f"{worst[0]} {worst[1].display}",
                f"{name}（{len(items)} 项中{'最低' if n.qualifier == 'over' else '最高'}）", worst[1].reference)
    return ClaimRecord(claim, "agrees" if ok else "contradicts", fact,
                       expected="" if ok else f"{worst[0]}为 {worst[1].display}")


def _itemised(verifier, measure: Measure) -> Measure:
    """The figure whose 分组 are the items: the measure itself, or the one entered figure named like its
    overall value with 分项 (学风建设总体满意度 -> 学风建设满意度分项)."""
    if verifier.facts.members(measure, GROUP, {}, None):
        return measure
    core = FILLERS.sub("", measure.name)
    found = {m.key: m for w, m in verifier.vocab.measures.items()
             if m.kind == "figure" and m.key != measure.key and FILLERS.sub("", m.name) == core}
    return next(iter(found.values())) if len(found) == 1 else measure
