"""A proportion of an entered staff figure that holds a qualification, the qualification named after
the proportion: "专任教师中近七成具有硕士及以上学位", "超过四成的专任教师具有高级职称", "三成以上的专任
教师拥有高级职称". The part is the entered figure the template counts within the whole that the
qualification names with the whole's noun (硕士及以上学位 + 教师: 硕士及以上学位教师), as for a count
(具有高级职称的专任教师 102 人); the proportion is checked against part / whole. figure_within.py reads
the shape with the part named before the proportion."""
from __future__ import annotations

import re

from .figure_within import _figure, _verdict
from .model import Claim, ClaimRecord

HOLDS = r"(?:具有|具备|拥有|取得|获得|持有)"
PROPORTION_WORDS = r"(?:以上|以下|左右|多)?\s*(?:的)?\s*"
# "专任教师中近七成具有…": the whole, 中, then the proportion (its degree word included).
WHOLE_BEFORE = re.compile(r"(?:^|[，,])\s*(?:在|从)?\s*(?:全校|全院|学校|学院|现有|目前)*\s*([^\s，,。；;：:\d%、和与及]{2,12}?)"
                          r"\s*(?:之中|当中|中)\s*[，,]?\s*(?:有|约有|共有)?\s*(?:近|将近|接近|超过|逾|过|不足|不到|约)?\s*$")
# "超过四成的专任教师具有…": the proportion, 的, the whole.
WHOLE_AFTER = re.compile(PROPORTION_WORDS + r"([^\s，,。；;：:\d%、和与及]{2,12}?)\s*(?:均|都|已)?\s*" + HOLDS)
# After the proportion in the first shape: its people, then the verb of holding.
HOLDER_AFTER = re.compile(PROPORTION_WORDS + r"(?:的)?\s*(?:人|教师|老师)?\s*(?:均|都|已)?\s*" + HOLDS)
QUALIFICATION = re.compile(r"\s*([^\s，,。；;：:\d%、]{2,16}?)\s*(?:的)?\s*(?:人员|人|教师|老师)?\s*(?:[，,。；;）)]|$)")


def qualified_share(verifier, claim: Claim) -> ClaimRecord | None:
    """The record of such a proportion, or None when the sentence has another shape."""
    if getattr(verifier, "vocab", None) is None or claim.scope or claim.kind not in ("share", "vague", "value"):
        return None
    if "percent" not in claim.detail and (claim.number is None or claim.number.unit != "%"):
        return None
    text = claim.unit.text
    if not re.search(HOLDS, text[claim.end:claim.end + 24]):
        return None
    lo = max(text.rfind(mark, 0, claim.start) for mark in "。；;！!：:") + 1
    before = WHOLE_BEFORE.search(text, lo, claim.start)
    after = HOLDER_AFTER.match(text, claim.end) if before is not None else WHOLE_AFTER.match(text, claim.end)
    if after is None:
        return None
    whole = _figure(verifier, before.group(1) if before is not None else after.group(1))
    qualification = QUALIFICATION.match(text, after.end())
    if whole is None or qualification is None:
        return None
    part = verifier._figure_within(whole, qualification.group(1))
    if part is None:
        return None
    of_whole = verifier.facts.value(whole, {}, claim.year)
    of_part = verifier.facts.value(part, {}, claim.year)
    if of_whole is None or of_part is None or "prose" in (of_whole.source, of_part.source) or \
            not of_whole.value or of_part.value > of_whole.value:
        return None
    return _verdict(verifier, claim, of_part.value / of_whole.value * 100,
                    f"{part.name} {of_part.display} / {whole.name} {of_whole.display}")
