"""Items (分组) of one entered figure named alone, as survey write-ups name them: "专业课掌握度高于公共课
帮助度", "教学水平（96.02%）略高于教学态度（95.84%）". Neither side names the figure, so the comparison
has no measure word; the items themselves find it (the figure whose 分组 they are). Kept apart from
reader.py so the family can be read on its own.
"""
from __future__ import annotations

import re

from .vocabulary import GROUP, Measure

# What may stand between an item and the relation word: its own value in brackets, adverbs.
ITEM_TO_RELATION = re.compile(r"\s*(?:[（(]\s*\d+(?:\.\d+)?\s*%\s*[）)])?\s*(?:的?满意度|的?评价)?\s*(?:均|都|也|还|要|略|稍|明显)?\s*$")


def item_measure() -> Measure:
    """The measure of a claim about 分组 items: the figure is found by its 分组."""
    return Measure("label:分组", "分项", "%", "label")


def item_before(reader, start: int):
    """The 分组 item right before the relation word at `start`, with at most its bracketed value and
    adverbs between; None when there is none."""
    items = [m for m in reader.s.mentions if m.kind == "scope" and m.scope[0] == GROUP and m.end <= start]
    if items and ITEM_TO_RELATION.fullmatch(reader.text[items[-1].end:start]):
        return items[-1]
    return None
