"""One quantity compared between two years with no number stated (issue 9, held-out family):
"横向技术服务到款额 2025 年高于上年", "培训到账经费较上年有所增长", "2024 年的非学历培训项目数比
2023 年多". The claim is checked against the two years' values of that quantity (an entered figure
keeps one value a year; a report's yearly table one a row); when either year has no value it
cannot be verified, and the direction reversed is an error naming both values.

A number in the same clause after the relation ("较上年增长 20%", "比上年多 96 项") is a growth the
reader reads as such; these sentences state only the direction.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .model import Claim, ClaimRecord, Fact

if TYPE_CHECKING:  # the reader imports this module
    from .reader import SentenceReader

LAST_YEAR = r"(?:上一?年度?|去年|上一学年|前一年|上一?届)"
OTHER_YEAR = rf"(?:{LAST_YEAR}|((?:19|20)\d\d)\s*(?:年度|学年|年|届))"
MANNER = r"(?:有所|略有|稍有|明显|显著|大幅度?|稳步|小幅|进一步|继续|持续|均有|均|都|也|又|还)*"
UP_WORDS = ("高于", "多于", "超过", "高", "多", "增长", "增加", "提高", "提升", "上升")
CHANGE_VERB = r"(增长|增加|提高|提升|上升|下降|减少|降低|回落|下滑)"
# "高于上年", "低于 2024 年同期水平"
RELATION_TO_YEAR = re.compile(rf"(高于|低于|多于|少于|超过|不及)\s*(?:同期)?\s*{OTHER_YEAR}\s*(?:同期)?\s*(?:的)?\s*(?:水平)?")
# "较上年有所增长", "与 2024 年相比明显下降", "比 2023 年多"
CHANGE_SINCE = re.compile(rf"(?:较|比|与|同|和|相较于|相比于)\s*{OTHER_YEAR}\s*(?:同期)?\s*(?:相比|比较)?\s*[，,]?\s*"
                          rf"{MANNER}\s*(?:{CHANGE_VERB}|(?:要|略|稍)?(多|少|高|低)(?!于))")
# "与上年相比，横向技术服务到款额有所增长": the quantity named between the year and the verb
VERSUS_YEAR = re.compile(rf"(?:与|同|和|较|相较于|相比于)\s*{OTHER_YEAR}\s*(?:同期)?\s*相比\s*[，,]\s*[^，,。；;\d]{{1,24}}?"
                         rf"{MANNER}\s*{CHANGE_VERB}")
# What a sentence of this family must contain to be read at all (it may hold no digit).
CHANGE_WORDS = re.compile(rf"{OTHER_YEAR}[^。；;]{{0,30}}?{CHANGE_VERB}|(?:较|比){LAST_YEAR}\s*(?:要|略|稍)?[多少高低]")
# A number or a multiple after the relation in its clause: a growth of a stated size, read elsewhere.
SIZED = re.compile(r"[\d一二两三四五六七八九十百千万半倍番成%]")


def year_comparisons(reader: "SentenceReader") -> None:
    """A comparison claim for each relation of one quantity's value to another year's."""
    text = reader.text
    seen: set[int] = set()
    for regex in (RELATION_TO_YEAR, CHANGE_SINCE, VERSUS_YEAR):
        for m in regex.finditer(text):
            if m.start() in seen or _sized(text, m.end()):
                continue
            if regex is RELATION_TO_YEAR:
                word, year = m.group(1), m.group(2)
            else:
                year, word = m.group(1), next(g for g in m.groups()[1:] if g)
            other = int(year) if year else "last"
            measure = _measure(reader, m)
            if measure is None or reader.about_others(reader.clause_start(m.start()), m.end()):
                continue
            seen.add(m.start())
            own = _own_year(reader, m.start())
            claim = reader.claim(m.start(), m.end(), "comparison", measure, m.group().strip("，, "), at=m.start(),
                                 year_sides=(other, own), relation=word, up=word in UP_WORDS)
            if own is not None:
                claim.year = own


def _sized(text: str, end: int) -> bool:
    stop = re.search(r"[，,。；;（(]", text[end:])
    tail = text[end:end + stop.start()] if stop else text[end:]
    return SIZED.search(tail) is not None


def _measure(reader: "SentenceReader", m: re.Match):
    """The quantity compared: a measure the vocabulary knows named last before the relation's verb
    (for 与上年相比，A 有所增长, the one between), with no other subject words between them
    ("学院培训到账经费 44.02 万元，培训学员人数较上年有所增长" is about 培训学员人数, not known)."""
    verb = max(i for i in (m.start(k) for k in range(1, (m.lastindex or 0) + 1)) if i >= 0)
    named = [x for x in reader.s.mentions if x.kind == "measure" and x.end <= verb and x.measure.kind != "label"]
    if not named:
        return None
    last = named[-1]
    lo = reader.clause_start(m.start())
    gap = reader.residue(last.end, m.start()) if last.end > lo else reader.residue(lo, m.start())
    if last.end > m.start():  # the measure inside the match (与上年相比，A 有所增长)
        gap = reader.residue(last.end, verb)
    return last.measure if len(re.sub(MANNER, "", gap)) <= 2 else None


def _own_year(reader: "SentenceReader", pos: int) -> int | None:
    """The year the subject side is about: the last year stated before the relation that is not
    itself the other side ("2024 年的 A 比 2023 年多"); None: the report's year."""
    text = reader.text
    own = [y for y, s, _ in reader.s.years if s < pos and not re.search(r"(?:较|比|与|同|和|于)\s*$", text[max(0, s - 3):s])]
    return own[-1] if own else None


def verify_years(facts, claim: Claim) -> ClaimRecord:
    """The claim's direction against the two years' values of its quantity."""
    other, own = claim.detail["year_sides"]
    new_year = own or claim.year or facts.year
    old_year = new_year - 1 if other == "last" and new_year else other
    name = claim.measure.name
    if new_year is None or old_year is None or old_year == new_year:
        return ClaimRecord(claim, "unverifiable", note="比较的两个年份不明")
    old = facts.value(claim.measure, claim.scope, old_year)
    new = facts.value(claim.measure, claim.scope, new_year)
    missing = [y for y, f in ((old_year, old), (new_year, new)) if f is None or f.source == "prose"]
    if missing:
        return ClaimRecord(claim, "unverifiable", note=f"没有{name} {missing[0]} 年的数据，无法比较")
    diff = new.value - old.value
    shown = f"{new_year} 年 {new.display}，{old_year} 年 {old.display}"
    fact = Fact(diff, shown, f"{name}（{old_year} 年、{new_year} 年）", new.reference, new.location, source=new.source)
    up = claim.detail["up"]
    if (diff > 0) == up and diff != 0:
        return ClaimRecord(claim, "agrees", fact)
    relation = claim.detail["relation"]
    if relation in ("高于", "低于", "超过", "不及", "多于", "少于", "高", "低", "多", "少"):
        more, less = ("多于", "少于") if relation in ("多于", "少于", "多", "少") else ("高于", "低于")
    else:
        more, less = "增加", "减少"
    actual = more if diff > 0 else less if diff < 0 else "持平"
    if actual in ("增加", "减少", "持平"):
        expected = f"{new_year} 年 {new.display}，较 {old_year} 年 {old.display}{actual}"
    else:
        expected = f"{new_year} 年 {new.display}，{actual} {old_year} 年 {old.display}"
    return ClaimRecord(claim, "contradicts", fact, expected=expected,
                       note=f"方向不对：{name} {shown}")
