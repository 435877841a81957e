"""Differences whose two sides are not named one by one. Between the extremes of a dimension: "各院系
落实率最高与最低相差 6.75 个百分点", "落实率最高的院系比最低的院系高…", "院系间落实率极差为…" (the reader
marks the claim with the dimension; the verifier sets the highest member's value against the lowest's).
Between the two members one word names within a subgroup: "机械工程系男女生落实率相差 2.59 个百分点".
Kept apart from reader.py so the family can be read on its own.
"""
from __future__ import annotations

import re

EXTREMES = re.compile(r"最高[^，,。；;\d]{0,12}?最低|最低[^，,。；;\d]{0,12}?最高|极差|最大值与最小值|最大与最小")


def extremes_dimension(reader, pos: int) -> str | None:
    """The dimension whose highest and lowest members the difference at `pos` sets apart, when the
    sentence names the extremes by 最高/最低 (or 极差) and a dimension's noun, and no member."""
    lo = max((b for b in (m.end() for m in re.finditer(r"[。；;]", reader.text[:pos]))), default=0)
    if EXTREMES.search(reader.text, lo, pos) is None:
        return None
    nouns = [m for m in reader.s.mentions if m.kind == "noun" and lo <= m.start < pos]
    dimension = reader.vocab.nouns.get(nouns[-1].word) if nouns else None
    if dimension is None or any(m.kind == "scope" and m.scope[0] == dimension and lo <= m.start < pos
                                for m in reader.s.mentions):
        return None  # "最高的机械工程系与最低的工业技术系": the members are named, read as such
    return dimension


def pair_sides(reader, pos: int):
    """The two members a word such as 男女生 names in the clause before a difference at `pos` with no
    side named otherwise ("机械工程系男女生落实率相差…"): (first, second) scopes, or None."""
    lo = reader.clause_start(pos)
    head = reader.text[lo:pos]
    word = next((w for w in sorted(reader.vocab.pairs, key=len, reverse=True) if w in head), None)
    if word is None or not re.search(r"相差|差距|差值|之差", head):
        return None
    return reader.vocab.pairs[word]


def other_side_stated_before(reader, claim, target, other) -> bool:
    """Whether a difference with no other side named after it ("我院高出 2.39 个百分点") is taken from
    another body's figure stated earlier in the sentence ("天津市高校毕业生平均落实率为 88.5%，…"): the
    college against itself would be no claim, so the earlier figure is the other side."""
    if other is not None or target or claim.scope:  # (None: no other side named)
        return False
    return any(c.ours is False and c.number is not None and c.number.end <= claim.start - reader.s.start
               for c in reader.out if c is not claim)
