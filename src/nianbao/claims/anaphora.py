"""前者 / 后者 (issue 9, held-out family): after two members ("男生和女生的落实率…，前者为 90.48%，后者为
91.91%") or two quantities ("专任教师和校外兼职教师…，其中前者 295 人") named in one sentence, the
value after 前者 is the first's, after 后者 the second's, as a reader takes them.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .vocabulary import JOINED

if TYPE_CHECKING:  # the reader imports this module
    from .reader import Mention, SentenceReader

ANAPHOR = re.compile(r"前者|后者")
PAIR_JOIN = re.compile(rf"\s*(?:{JOINED}|、|及|以及)\s*")
# Between the word and its number: what a plain statement puts there (前者为, 后者的落实率达到)
STATED = re.compile(r"\s*(?:的)?\s*(?:为|达到|达|是|有|共有|共计|共|计|仅|只有)?\s*")


def former_latter(reader: "SentenceReader") -> None:
    """Give each plain value stated right after 前者/后者 the subject that word refers to."""
    text = reader.text
    for claim in reader.out:
        n = claim.number
        if n is None or claim.kind not in ("value", "vague"):
            continue
        word = _anaphor_before(reader, n.start)
        if word is None:
            continue
        pair = _pair_before(reader, word.start())
        if pair is None:
            continue
        named = pair[0] if word.group() == "前者" else pair[1]
        if named.kind == "scope":
            measure = _measure_between(reader, pair[1].end, word.start(), n.unit) or \
                (claim.measure if claim.measure is not None and claim.measure.kind != "label" else None)
            if measure is None:
                continue
            # the sentence's scope before the pair, and the member referred to (not words after the pair)
            claim.scope = {**reader.scope_at(pair[0].start), named.scope[0]: named.scope[1]}
            claim.measure = measure
        elif named.measure.fits(n.unit if n.unit != "成" else "%"):
            claim.measure = named.measure
        else:
            continue
        claim.detail.pop("unread", None)
        claim.detail["anaphor"] = text[word.start():word.end()]


def _anaphor_before(reader: "SentenceReader", pos: int) -> re.Match | None:
    """前者/后者 in the number's clause with only a plain verb (or the measure's name) between."""
    lo = reader.clause_start(pos)
    found = None
    for found in ANAPHOR.finditer(reader.text, lo, pos):
        pass
    if found is None:
        return None
    between = reader.text[found.end():pos]
    for m in reader.s.mentions:
        if found.end() <= m.start and m.end <= pos and m.kind in ("measure", "noun"):
            between = between.replace(m.word, "")
    return found if STATED.fullmatch(between) else None


def _pair_before(reader: "SentenceReader", pos: int) -> "tuple[Mention, Mention] | None":
    """The last two members of one dimension, or two measures, joined before `pos` in the sentence."""
    named = [m for m in reader.s.mentions if m.end <= pos and (m.kind == "scope" or
                                                               m.kind == "measure" and m.measure.kind != "label")]
    for first, second in reversed(list(zip(named, named[1:]))):
        if not PAIR_JOIN.fullmatch(reader.text[first.end:second.start]):
            continue
        if first.kind == second.kind == "scope" and first.scope[0] == second.scope[0] and first.scope != second.scope:
            return first, second
        if first.kind == second.kind == "measure" and first.measure != second.measure:
            return first, second
        return None
    return None


def _measure_between(reader: "SentenceReader", lo: int, hi: int, unit: str):
    """The measure the two members are compared by, named after them (男生和女生的落实率…)."""
    unit = "%" if unit == "成" else unit
    named = [m.measure for m in reader.s.mentions if m.kind == "measure" and lo <= m.start and m.end <= hi
             and m.measure.kind != "label" and m.measure.fits(unit)]
    return named[-1] if named else None
