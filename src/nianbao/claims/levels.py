"""Comparisons whose other side is not written right after the relation word.

Reports often name the other side first and the relation last: "本市生源落实率与全校平均水平基本持平",
"与全校平均水平相比，基本持平", or set two measures of one survey side by side with 对…的:
"毕业生对母校的满意度高于对工作的总体满意度". The core reader looks for the other side after
高于/低于/持平; these helpers find it before the word (与/和/同/跟 X, optionally 相比) or as a measure
after it, so the claim is checked instead of left unread. Kept apart from reader.py so that the
family can be read and changed on its own.
"""
from __future__ import annotations

import re

# "与全校平均水平（相比）基本持平": the other side right before the level word; "与全校平均水平相比，
# …基本持平": in a clause of its own before the word's.
SIDE_BEFORE = re.compile(r"(?:与|和|同|跟)\s*([^，,。；;与和同跟]{1,16}?)\s*(?:相比|比较|相较)?\s*"
                         r"(?:的?\s*(?:水平|落实率|比例))?\s*(?:基本|大致|大体|总体|基本上)?\s*$")
SIDE_CLAUSE = re.compile(r"(?:与|和|同|跟)\s*([^，,。；;与和同跟]{1,16}?)\s*(?:相比|比较|相较)(?:而言|来看)?\s*[，,]?\s*$")
# Words of degree that may open the clause of a relation word (明显高于, 略低于, 均高于).
OPENING_DEGREE = r"\s*(?:但|而|且|并|也|均|都|仍|还|已|明显|显著|略|稍|远|大幅|分别)*\s*"
# A measure introduced by 对…的 right after the relation word: "高于对工作的总体满意度".
MEASURE_AFTER = re.compile(r"\s*(?:毕业生)?\s*对\s*[^，,。；;]{1,12}?的?\s*[^，,。；;]{0,6}$")


def side_before(reader, pos: int) -> tuple[dict[str, str], int, int] | None:
    """(target, where it starts, where it ends) for a level word at `pos` whose other side was named before it
    by 与/和/同/跟; None when the words there name no member and not the college."""
    lo = max((b for b in reader.breaks if b <= pos), default=0)
    earlier = max((b for b in reader.breaks if b < lo), default=0)
    for m in (SIDE_BEFORE.search(reader.text, lo, pos), SIDE_CLAUSE.search(reader.text, earlier, lo)):
        if m is None:
            continue
        target = reader.target_of(m.group(1))
        if target is not None and not reader.about_others(m.start(1), m.end(1)):
            return target, m.start(), m.end(1)
    return None


def measure_compared(reader, start: int, end: int, word: str, relation: str) -> bool:
    """"对母校的满意度高于对工作的总体满意度": two measures of one population; claimed when the
    words after the relation name a measure of the same unit as the one before it."""
    tail = reader.text[end:end + 20]
    stop = re.search(r"[，,。；;（(]", tail)
    span_end = end + (stop.start() if stop else len(tail))
    after = [x for x in reader.s.mentions if x.kind == "measure" and end <= x.start and x.end <= span_end]
    lo = reader.clause_start(start)
    if lo and re.fullmatch(OPENING_DEGREE, reader.text[lo:start]):
        # "母校满意度为 95.87%，高于所学课程总体满意度": the relation opens its clause, the subject is the
        # figure the clause before states
        lo = reader.clause_start(lo - 1)
    before = [x for x in reader.s.mentions if x.kind == "measure" and x.end <= start and x.start >= lo]
    if not after or not before:
        return False
    left, right = before[-1].measure, after[-1].measure
    if left == right or left.unit != right.unit or left.unit != "%" or \
            any(x.kind == "scope" and end <= x.start < span_end for x in reader.s.mentions):
        return False
    scope = reader.scope_at(start)
    claim = reader.claim(start, span_end, "comparison", left, word, None, at=start, target=dict(scope),
                         relation=relation, college=False, target_measure=right)
    claim.scope = scope
    return True
