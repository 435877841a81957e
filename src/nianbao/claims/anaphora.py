"""前者 / 后者 (issue 9, held-out family): after two members ("男生和女生的落实率…，前者为 90.48%，后者为
91.91%") or two quantities ("专任教师和校外兼职教师…，其中前者 295 人") named in one sentence, the
value after 前者 is the first's, after 后者 the second's, as a reader takes them.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .vocabulary import JOINED, Measure

if TYPE_CHECKING:  # the reader imports this module
    from .reader import Mention, SentenceReader

ANAPHOR = re.compile(r"前者|后者")
# Between the word and a difference: the relation (前者高出, 后者比前者低了, 前者的落实率高)
DIFFERENCE = re.compile(r"[^，,。；;\d]{0,10}?(?:高出|高了|高|低了|低|多出|多了|多|少了|少|相差|差)\s*(?:了)?\s*")
SHARE_WORD = re.compile(r"占比|比例|比重|所占")
PAIR_JOIN = re.compile(rf"\s*(?:{JOINED}|、|及|以及)\s*")
# Between the word and its number: what a plain statement puts there (前者为, 后者的落实率达到), or a
# judgement of the member before its figure in the next clause (前者落实率较低，为 90.48%; 后者占比更高，为…)
STATED = re.compile(r"\s*(?:的)?\s*(?:人数|占比|比例|比重|所占比例)?\s*"
                    r"(?:(?:较|更|明显|略|稍|相对|也)?(?:高|低|多|少|大|小|好|差)(?:一些|些)?\s*[，,]\s*)?"
                    r"(?:为|达到|达|是|有|共有|共计|共|计|仅|只有|仅为|约为|约|占)?\s*")


def former_latter(reader: "SentenceReader") -> None:
    """Give each plain value stated right after 前者/后者 the subject that word refers to."""
    text = reader.text
    for claim in reader.out:
        n = claim.number
        if n is None or claim.kind not in ("value", "vague", "share", "difference"):
            continue
        word = _anaphor_before(reader, n.start, DIFFERENCE if claim.kind == "difference" else STATED)
        if word is None:
            continue
        pair = _pair_before(reader, word.start())
        if pair is None:
            continue
        named = pair[0] if word.group() == "前者" else pair[1]
        if claim.kind == "difference":  # "A 和 B 的…分别为 x 和 y，前者高出 0.76 个百分点": one against the other
            if named.kind == "scope" and not claim.detail.get("extremes"):
                other = pair[1] if named is pair[0] else pair[0]
                before = reader.scope_at(pair[0].start)
                # the member first, the group it is a share of (升学) last: a share's whole drops the last
                claim.scope = {**before, named.scope[0]: named.scope[1],
                               **{k: v for k, v in claim.scope.items() if k != named.scope[0] and k not in before}}
                claim.detail.update(target={other.scope[0]: other.scope[1]}, college=False,
                                    anaphor=text[word.start():word.end()])
            continue
        if named.kind == "scope":
            before = reader.scope_at(pair[0].start)  # the sentence's scope before the pair
            if claim.kind == "value" and claim.measure is None and n.unit == "%" and \
                    SHARE_WORD.search(text, word.end(), n.start):  # "后者占比更高，为 78.42%"
                claim.kind, claim.measure = "share", Measure("share:", "占比", "%", "share")
                claim.detail.update(base="", base_scope=None, count=None, implied=True)
            if claim.kind == "share":  # "前者占比 4.35%": that member's share of the scope before the pair
                if claim.detail.get("base") or claim.detail.get("count") is not None:
                    continue
                claim.scope = {**before, named.scope[0]: named.scope[1]}
                claim.detail["base_scope"] = dict(before)
                claim.detail.pop("unread", None)
                claim.detail["anaphor"] = text[word.start():word.end()]
                continue
            measure = _measure_between(reader, pair[1].end, word.start(), n.unit) or \
                (claim.measure if claim.measure is not None and claim.measure.kind != "label" else None) or \
                _population(reader, n.unit)
            if measure is None:
                continue
            # the member referred to (not words after the pair)
            claim.scope = {**before, named.scope[0]: named.scope[1]}
            claim.measure = measure
        elif claim.kind == "share":
            continue
        elif named.measure.fits(n.unit if n.unit != "成" else "%"):
            claim.measure = named.measure
        else:
            continue
        claim.detail.pop("unread", None)
        claim.detail["anaphor"] = text[word.start():word.end()]


def _population(reader: "SentenceReader", unit: str):
    """The count of the population (毕业生人数) for a count of people after two of its members."""
    if unit not in ("人", "名"):
        return None
    return next((m for m in reader.vocab.measures.values() if m.population), None)


def _anaphor_before(reader: "SentenceReader", pos: int, stated: re.Pattern = STATED) -> re.Match | None:
    """前者/后者 before the number, in its clause or the one before, with only a plain verb, the measure's
    name or a judgement of the member (较低，为) between."""
    lo = reader.clause_start(reader.clause_start(pos) - 1) if reader.clause_start(pos) else 0
    found = None
    for found in ANAPHOR.finditer(reader.text, lo, pos):
        pass
    if found is None:
        return None
    between = reader.text[found.end():pos]
    for m in reader.s.mentions:
        if found.end() <= m.start and m.end <= pos and m.kind in ("measure", "noun"):
            between = between.replace(m.word, "")
    return found if stated.fullmatch(between) else None


def _pair_before(reader: "SentenceReader", pos: int) -> "tuple[Mention, Mention] | None":
    """The last two members of one dimension, or two measures, joined before `pos` in the sentence."""
    worded = pair_word_before(reader, pos)
    joined = _joined_pair_before(reader, pos)
    if worded is not None and (joined is None or worded[1].end > joined[1].end):
        return worded
    return joined or _stated_pair_before(reader, pos)


def _stated_pair_before(reader: "SentenceReader", pos: int) -> "tuple[Mention, Mention] | None":
    """"省外生源落实率为 91.10%，省内生源为 90.14%，前者…": the last two members of one dimension,
    each stated with a figure of its own before `pos`."""
    members = [m for m in reader.s.mentions if m.end <= pos and m.kind == "scope"]
    for second in reversed(members):
        first = next((m for m in reversed(members) if m.end <= second.start and m.scope[0] == second.scope[0]), None)
        if first is None or first.scope == second.scope:
            return None
        numbers = reader.s.numbers
        if any(first.end <= n.start < second.start for n in numbers) and \
                any(second.end <= n.start < pos for n in numbers):
            return first, second
        return None
    return None


def _joined_pair_before(reader: "SentenceReader", pos: int) -> "tuple[Mention, Mention] | None":
    named = [m for m in reader.s.mentions if m.end <= pos and (m.kind == "scope" or
                                                               m.kind == "measure" and m.measure.kind != "label")]
    named = reader.groups_of_graduates(named)  # "男性毕业生和女性毕业生": two members
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


def pair_word_before(reader: "SentenceReader", pos: int) -> "tuple[Mention, Mention] | None":
    """Two members named in one word before `pos` (男女生, 省内外): the first and the second of it."""
    from .reader import Mention
    text, best = reader.text[:pos], None
    for word, (first, second) in reader.vocab.pairs.items():
        at = text.rfind(word)
        if at >= 0 and (best is None or at + len(word) > best[0] + len(best[1]) or
                        at + len(word) == best[0] + len(best[1]) and len(word) > len(best[1])):
            best = (at, word, first, second)
    if best is None:
        return None
    at, word, first, second = best
    return Mention(at, at + len(word), word, "scope", scope=first), Mention(at, at + len(word), word, "scope", scope=second)
