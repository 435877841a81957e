"""Totals of named quantities (issue 9, held-out family): the 分组 of one entered figure listed before
a total ("乌干达本土教师、本土学生和员工三类学员合计 1846 人次", short forms included), and a total
over years named as a list or a span ("2023 年、2024 年和 2025 年三年合计", "三年累计，…达到 N").
The count word after a list (三项, 两类) says how many were listed; it is no value to check.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..text import Number
from .vocabulary import COLLEGE_NAMES, GROUP, Measure

if TYPE_CHECKING:  # the reader imports this module
    from .reader import SentenceReader

TOTAL_WORD = r"(?:共计|合计|累计|总计|总共|一共|共)"
COUNT_UNITS = ("项", "类", "个", "种", "部分", "方面", "大类", "组")
# The words of a list's size, then what the listed things are, before the total: 三类人员, 两类经费
COUNT_TAIL = re.compile(rf"[两二三四五六七八九十]\s*(?:{'|'.join(COUNT_UNITS)})[\u4e00-\u9fff]{{0,4}}?\s*$")
COLLEGE_WORDS = re.compile(r"^(?:" + COLLEGE_NAMES + ")")
ITEM_SPLIT = re.compile(r"、|以及|和|与|及|，|,")
YEAR = r"(?:19|20)\d\d\s*年?"
# 2023 年、2024 年和 2025 年 (three or more years listed; two joined by 和 are a span already read)
YEARS_LISTED = re.compile(rf"{YEAR}(?:\s*[、，,]\s*{YEAR})+\s*(?:[和与及]\s*{YEAR})?")
# "三年累计，学院…达到 N": the total word right after the years, its clause before the number
SUMMED_AFTER_YEARS = re.compile(rf"\s*(?:来|间|以来|中)?\s*(?:的)?\s*{TOTAL_WORD}")


def list_size_word(reader: "SentenceReader", n: Number) -> bool:
    """"A、B 和 C 三项合计": the size of the list before a total, not a quantity stated."""
    if not n.chinese or n.unit not in COUNT_UNITS:
        return False
    lo = reader.clause_start(n.start)
    after = reader.text[n.end:n.end + 12]
    return bool(re.search(r"、|和|与|及", reader.text[lo:n.start])) and \
        re.match(rf"[\u4e00-\u9fff]{{0,4}}?\s*{TOTAL_WORD}", after) is not None


def years_span(text: str, found: re.Match | None) -> re.Match | None:
    """The words naming the years of a total: a list of years (whole), else what the reader found."""
    listed = None
    for listed in YEARS_LISTED.finditer(text):
        pass
    if listed is not None and (found is None or listed.start() <= found.start() < listed.end()):
        return listed
    return found


def summed_right_after(reader: "SentenceReader", span: re.Match, n: Number) -> bool:
    """"三年累计，学院…达到 N": the total word follows the years, in a clause before the number's,
    and no single year is named between them (…，2025 年达到 N is that year's)."""
    return SUMMED_AFTER_YEARS.match(reader.text, span.end()) is not None and \
        not any(span.end() <= s < n.start for _, s, _ in reader.s.years)


def years_of_total(text: str, last: int | None) -> list[int]:
    """The years a total is over: every year listed, the span between two, or the last N years."""
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", text)]
    if len(years) == 2 and re.search(r"[—\-–~至到]", text):
        return list(range(years[0], years[1] + 1))
    if len(years) >= 2:
        return sorted(set(years))
    count = re.search(r"[两二三四五]", text)
    size = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5}[count.group()] if count else 0
    return list(range(last - size + 1, last + 1)) if last and size else []


def listed_items(reader: "SentenceReader", n: Number) -> list[str]:
    """The items of a list before the total word of `n`'s clause (A、B 和 C 三项合计: [A, B, C]),
    the list's size word and what the items are left out; [] when there is no list."""
    lo = reader.clause_start(n.start)
    head = re.match(rf"(.*?){TOTAL_WORD}", reader.text[lo:n.start])
    if head is None:
        return []
    items = [x.strip() for x in ITEM_SPLIT.split(COUNT_TAIL.sub("", head.group(1))) if x.strip()]
    return items if len(items) >= 2 and all(len(x) <= 16 for x in items) else []


def groups_listed(reader: "SentenceReader", n: Number) -> list[tuple[str, str]]:
    """The 分组 of one entered figure listed before the total, each named in full or in a short
    form the vocabulary recognises (本土学生 for 乌干达本土学生); [] unless every item is one, two or
    more of them, all different."""
    found = []
    for item in listed_items(reader, n):
        member = group_named(reader.vocab, item)
        if member is None or member[0] != GROUP or member in found:
            return []
        found.append(member)
    return found


def figures_listed(reader: "SentenceReader", n: Number) -> list:
    """The entered figures listed before the total, named in full or in shorter forms (横向到款额、
    纵向到款额和技术产权交易收入三项合计), each fitting the total's unit; [] unless every item is one."""
    unit = n.unit
    found = []
    for item in listed_items(reader, n):
        measure = reader.vocab.measure_like(COLLEGE_WORDS.sub("", item), unit)
        if measure is None or measure.kind == "label" or not measure.unit or measure in found:
            return []
        found.append(measure)
    return found


def listed_total(reader: "SentenceReader", claim, n: Number) -> None:
    """A total after a list: of the listed 分组 of one figure, or of the listed figures; a list
    read as neither leaves the total unchecked (never checked against its last item alone)."""
    if n.unit in ("%", "成"):
        return  # 河北省和天津市生源合计占…的 X%: a share of members together, read as shares are
    groups = groups_listed(reader, n)
    figures = figures_listed(reader, n) if not groups else []
    if groups:
        claim.detail["members_total"] = groups
        claim.detail.pop("unread", None)
        if claim.measure is None or claim.measure.kind == "label":
            claim.measure = Measure("label:分组", "分项", n.unit, "label")
    elif figures:
        claim.detail["measures_total"] = figures
        claim.detail.pop("unread", None)
    elif listed_items(reader, n) and not claim.detail.get("years_total") and \
            not any(x.kind == "scope" and reader.clause_start(n.start) <= x.start < n.start for x in reader.s.mentions):
        claim.detail["unread"] = "、".join(listed_items(reader, n))


def group_named(vocab, item: str) -> tuple[str, str] | None:
    """The 分组 an item names: in full, in a form the vocabulary recognises, or as the one 分组
    whose name ends with it (员工 for 乌干达员工)."""
    member = vocab.scopes.get(item) or vocab.member_like(item, GROUP)
    if member is None and len(item) >= 2:
        ending = {scope for word, scope in vocab.scopes.items() if scope[0] == GROUP and word.endswith(item)}
        member = ending.pop() if len(ending) == 1 else None
    return member


RESPECTIVE = re.compile(r"分别(?:为|是|达到|达|有)?|依次(?:为|是)")
SPAN = re.compile(r"((?:19|20)\d\d)\s*年?\s*(?:至|到|—|-|–|~)\s*((?:19|20)\d\d)\s*年")
# "2024 年和 2025 年…分别为": a year joined to the one before it is listed, not a base compared with
YEAR_JOINED = re.compile(r"(?:19|20)\d\d\s*(?:年|届)?\s*(?:和|与|及)\s*$")


def years_respectively(reader: "SentenceReader") -> None:
    """"2023 年、2024 年、2025 年分别为 2.57 万元、5 万元和 36.36 万元" (or 2023 年至 2025 年…分别为): the
    values after 分别 are the years' before it, in order, when there are as many of each."""
    text = reader.text
    for word in RESPECTIVE.finditer(text):
        before = text[:word.start()]
        years = [y for y, s, _ in reader.s.years if s < word.start()
                 and (not re.search(r"(?:较|比|与|同|和|于)\s*$", text[max(0, s - 3):s])
                      or YEAR_JOINED.search(text, max(0, s - 12), s))]
        span = None
        for span in SPAN.finditer(before):
            pass
        if span is not None and len(years) <= 2:
            years = list(range(int(span.group(1)), int(span.group(2)) + 1))
        if len(years) < 2 or years != sorted(set(years)):
            continue
        after = [n for n in reader.s.numbers if n.start >= word.end()]
        values = after[:len(years)]
        if len(values) < len(years) or len({n.unit for n in values}) != 1 or not values[0].unit:
            continue
        for n, year in zip(values, years):
            for claim in reader.out:
                if claim.number is n and claim.kind in ("value", "vague"):
                    claim.year = year
