"""A ratio of an entered figure to the rest of the whole it is counted in (complement_ratio.py reads the
graduates' counts; this the entered figures the template counts within another, part_of): "高级职称教师与其他职称教师之比
约为 1:1.9", "高级职称与其余专任教师的比例为 1:1.89". A reader takes 其他/其余 as the whole's people
outside the first side (专任教师 295 − 高级职称教师 102 = 193), never as the whole itself; the whole is
the figure the second side names when the template counts the first within it (part_of), else the
nearest whole the template gives. Kept apart from reader.py so the family can be read on its own.
"""
from __future__ import annotations

import re

from .vocabulary import COLLEGE_NAMES, Measure

OTHERS = re.compile(r"(.*?)\s*(?:与|和|同|对|跟)\s*(?:其他|其余|其它|剩余的?|余下的?)\s*(.*?)\s*(?:的)?\s*(?:人数)?\s*")
COLLEGE_FIRST = re.compile(r"^(?:在|从)?(?:" + COLLEGE_NAMES + r"|现有|目前)*(?:专任教师中|教职工中)?")
COMPLEMENT = "complement"  # the kind of the second side's mention: the whole less the first side


def complement_operands(reader, lo: int, hi: int) -> list:
    """[the first side, the rest of its whole] of "A 与其他…(之比)" between lo and hi, or [] when the
    words before 与 name no entered figure the template counts within a whole."""
    from .reader import Mention

    m = OTHERS.fullmatch(reader.text, lo, hi)
    if m is None:
        return []
    vocab = reader.vocab
    first = COLLEGE_FIRST.sub("", m.group(1).strip())
    rest = m.group(2).strip()
    # the noun both sides share may be written once, after the second (高级职称与其他职称教师: 教师)
    part = next((f for j in range(len(rest), -1, -1) if (f := _figure(vocab, first + rest[j:])) is not None), None) \
        if len(first) >= 2 else None
    if part is None:
        return []
    wholes = vocab.wholes_of(part.key)
    named = _figure(vocab, rest) if len(rest) >= 2 else None
    if named is not None and named.key in wholes:
        whole_key = named.key
    elif wholes and (named is None or named.key == part.key or _same_kind(rest, first)):
        whole_key = wholes[0]
    else:
        return []
    whole = next((w for w in vocab.measures.values() if w.key == whole_key and w.kind == "figure"), None)
    if whole is None:
        return []
    return [Mention(m.start(1), m.end(1), m.group(1), "measure", measure=part),
            Mention(m.start(2), m.end(2), m.group(2), COMPLEMENT, measure=whole)]


def _figure(vocab, words: str) -> Measure | None:
    measure = vocab.measures.get(words) or vocab.measure_like(words, "人")
    return measure if measure is not None and measure.kind == "figure" and not measure.population else None


def _same_kind(rest: str, first: str) -> bool:
    """其他职称教师 after 高级职称教师: the rest of the same kind of people (a shared qualifying word)."""
    return any(w in rest for w in re.findall(r"职称|学位|学历|教师|人员", first))


def complement_fact(verifier, mention, claim):
    """The rest of the whole outside the ratio's first side, as a fact (专任教师 295 − 高级职称教师 102)."""
    from ..text import fmt
    from .model import Fact

    first = claim.detail["operands"][0]
    whole = verifier.facts.value(mention.measure, claim.scope, claim.year)
    part = verifier.facts.value(first.measure, claim.scope, claim.year)
    if whole is None or part is None or "prose" in (whole.source, part.source) or part.value > whole.value:
        return None
    rest = whole.value - part.value
    return Fact(rest, f"{fmt(rest, 0)} {mention.measure.unit}".strip(),
                f"{mention.measure.name}中{first.measure.name}以外的（{whole.display} − {part.display}）")
