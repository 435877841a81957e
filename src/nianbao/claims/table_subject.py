"""Whom a printed table counts: all graduates, a subgroup of them, or someone else.

A report's table of employed graduates by industry ends with a 合计 that is the number employed,
not the number of graduates; a table of new students by origin counts new students. Which one a
bare 人数 column (and a 占比 column) counts is read from the table's caption and headers, with the
template's words: the population's name (毕业生), the counts that narrow it (就业人数 → 就业,
落实去向人数 → 落实去向), the scope words of its dimensions (升学, 自主创业, 女生, a department read
from the tables) and the grammar of a status (已…/未…/尚…, 签约). When the caption does not say
the table counts all graduates, its cells are not facts about all graduates: a claim finds
nothing to contradict it there ("cannot verify"), never an error.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import YEAR, normalize
from .vocabulary import Measure, Vocabulary

# Status words that make a subset of whoever follows: 已就业毕业生, 未落实去向, 尚未就业, 签约毕业生.
STATUS = re.compile(r"[已未尚][\u4e00-\u9fff]|签约")
# Count measures that narrow the population: the rest of their name once the counted noun is gone.
COUNTED = re.compile(r"(?:毕业生)?(?:总人数|人数|人|数|毕业生)$")


@dataclass(frozen=True)
class TableSubject:
    """What a table's counts are about. `whole`: the caption (or a header) names the population.
    `subgroup`: a word narrows it to a subset (已就业毕业生, 升学, 女生, one department).
    `topic`: the caption is about what a narrower count counts (毕业生就业行业分布, 就业情况).
    `known_breakdown`: its rows are members of the template's (or the tables') dimensions."""
    whole: bool
    subgroup: bool
    topic: bool
    known_breakdown: bool

    def counts_population(self, header_named: bool) -> bool:
        """Whether a count column counts the population. A header that names it (毕业生人数) does,
        unless the caption names a subgroup, or a topic whose breakdown is not a dimension of
        graduates (industries of the employed); a bare 人数 only when the caption says it counts
        graduates and nothing narrows them."""
        if self.subgroup:
            return False
        if header_named:
            return not self.topic or self.known_breakdown
        return self.whole and not self.topic

    @property
    def shares_of_population(self) -> bool:
        return self.whole and not self.subgroup and not self.topic


def _population_words(vocab: Vocabulary) -> list[str]:
    return sorted({w for w, m in vocab.measures.items() if m.population and len(w) >= 2}, key=len, reverse=True)


def _is_destination(vocab: Vocabulary, dimension: str) -> bool:
    return vocab.dimension_keys.get(dimension, "").startswith("destination")


def _subgroup_words(vocab: Vocabulary, breakdown: set[str]) -> list[str]:
    """Scope words of the dimensions the table does not break down (a table by 毕业去向 names 升学
    because it is one of its rows)."""
    by_destination = any(_is_destination(vocab, d) for d in breakdown)
    return [w for w, (dim, _) in vocab.scopes.items()
            if dim not in breakdown and not (by_destination and _is_destination(vocab, dim))]


def narrower_counts(vocab: Vocabulary) -> set[str]:
    """就业 for 就业人数, 落实去向 for 落实去向人数: counts of graduates that are not all of them."""
    return {core for w, m in vocab.measures.items()
            if m.kind == "count" and not m.population and len(core := COUNTED.sub("", w)) >= 2}


def table_subject(caption: str, headers: list[str], breakdown: set[str], vocab: Vocabulary) -> TableSubject:
    """The subject of a table whose rows break down `breakdown` (dimension names; empty when its rows
    are labels the vocabulary does not know, such as industries or unit types)."""
    text = re.sub(r"\s+", "", YEAR.sub("", normalize(caption)))
    population = _population_words(vocab)
    whole = any(w in text for w in population) or any(re.sub(r"\s+", "", normalize(h)) in population for h in headers)
    subgroup = bool(STATUS.search(text)) or any(w in text for w in _subgroup_words(vocab, breakdown))
    by_destination = any(_is_destination(vocab, d) for d in breakdown)
    topic = not by_destination and any(w in text for w in narrower_counts(vocab))
    return TableSubject(whole, subgroup, topic, bool(breakdown))


def dimension_by_members(header: str, members: set[str], vocab: Vocabulary) -> str | None:
    """A label column headed by the common ending of its members' names (学院 over 机械工程学院,
    电气与信息学院…) lists the college's own units of the one dimension whose noun ends with that word
    (二级学院 → 院系); a bare 学院 elsewhere is the college itself, so the word is no noun of its own."""
    header = re.sub(r"\s+", "", normalize(header))
    if len(header) < 2 or len(members) < 2 or not all(m.endswith(header) and len(m) > len(header) for m in members):
        return None
    dimensions = {dim for noun, dim in vocab.nouns.items() if noun.endswith(header)}
    return dimensions.pop() if len(dimensions) == 1 else None


# Words before a counted noun that narrow nothing: the verb of having (开设专业, 现有专业), the college itself,
# a year (2025 年), the words of "all".
PLAIN_LEAD = re.compile(r"开设|设置|设有|现有|共有|拥有|目前|当前|全部|所有|全校|全院|学校|学院|本校|我校|"
                        r"学年|年度|年|届|共|有|已|的|各")
# A caption that says the table lists every member of the dimension whose noun is `{noun}`.
EVERY_MEMBER = r"(?:各|全部|所有|开设|设置)(?:二级)?{noun}|{noun}(?:设置|一览|名录|名单|目录|列表)|^(?:学院|学校)?{noun}$"


def narrowing_word(lead: str) -> str:
    """What narrows the members a count counts: the words between the last plain word and the counted
    noun (`lead` is the text before the noun). “2025 年招生专业 18 个” counts the majors that enrolled
    (招生); “学院开设专业 18 个”, “现有专业 18 个” count them all ('')."""
    run = re.search(r"[\u4e00-\u9fff]*$", re.sub(r"\s+", "", normalize(lead))).group()
    plain_end = max((m.end() for m in PLAIN_LEAD.finditer(run)), default=0)
    return run[plain_end:]


@dataclass(frozen=True)
class MemberList:
    """The members of one dimension a table lists, and whether the table says the list is complete."""
    count: int
    what: str
    caption: str
    complete: bool  # the caption says every member is listed, or a 合计/总计 row sums them all
    population: bool  # the caption names the population (毕业生): the members that have graduates
    narrowed: str  # what narrows the members in the caption (重点专业在校生情况 → 重点)

    def answers(self, narrowed: str, graduates: bool) -> bool:
        """Whether this list is evidence of the number of members a sentence counts: a list that may
        be a selection is none, nor a list of the members that have graduates for a count of all
        members, nor a list about something else for a count narrowed by a word (招生专业 against a
        table of 在校生): the reader cannot tell, so the claim is "cannot verify"."""
        if not self.complete or (self.population and not graduates) or self.narrowed not in narrowed:
            return False
        return not narrowed or narrowed in self.caption


def member_list(count: int, what: str, caption: str, noun_words: list[str], total_row: bool,
                vocab: Vocabulary) -> MemberList:
    text = re.sub(r"\s+", "", YEAR.sub("", normalize(caption)))
    says_all = any(re.search(EVERY_MEMBER.format(noun=re.escape(w)), text) for w in noun_words)
    population = any(w in text for w in _population_words(vocab))
    noun = min((i for w in noun_words if (i := text.find(w)) >= 0), default=-1)
    narrowed = narrowing_word(text[:noun]) if noun >= 0 else ""
    return MemberList(count, what, text, says_all or total_row, population, narrowed)


# A header that names a count: a noun, maybe with 人数/数/（人） after it; not a rate, share or money.
_AMOUNT = re.compile(r"额|经费|收入|支出|资金|投入|拨款|产值|费用")
COUNT_HEADER = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,8}?)(?:人数|总数|数|[（(]人[）)])?")


def column_label(header: str, shown: str) -> Measure | None:
    """The measure of a column the vocabulary does not know (在校生, 在校生人数), as the prose names it,
    for the 合计 row of a table broken down by a dimension: the college's whole of that count, which a
    share of it (“占在校生的 x%”) takes as its base."""
    header = re.sub(r"\s+", "", normalize(header))
    found = COUNT_HEADER.fullmatch(header)
    if found is None or shown.endswith("%") or re.search(r"率|比|占|万元|元|平均|其中", header):
        return None
    name = found.group("name")
    return Measure(f"label:{name}", name, "人", "label")


def measure_in_caption(caption: str, label_headers: list[str], vocab: Vocabulary) -> Measure | None:
    """The count a table of members by year counts, named by its caption once the years and the members
    (各二级学院, 各专业) are gone: “2023—2025 年各二级学院全日制在校生人数” → 全日制在校生人数. The vocabulary's
    measure when it knows the name, else a measure of that name that the prose then finds (全日制在校生,
    在校生人数) — never a rate, share or money, whose rows would need their own unit."""
    text = re.sub(r"\s+", "", YEAR.sub("", normalize(caption)))
    text = re.sub(r"^(?:[\d—–\-~至到]|年度?|届)+", "", text)
    for header in label_headers:
        text = re.sub(r"^(?:各|全部|所有)?(?:二级)?" + re.escape(re.sub(r"\s+", "", header)) + r"(?:的)?", "", text)
    text = re.sub(r"(?:规模|情况|统计|分布|变化|一览)+(?:表)?$", "", text)
    found = COUNT_HEADER.fullmatch(text)
    if found is None or re.search(r"率|比|占|万元|元|平均|其中|[各、与和及]", text):
        return None
    known = vocab.measure_named(text)
    if known is not None and known.kind in ("count", "label") and known.unit in ("人", ""):
        return known
    # an amount (到款额, 经费, 收入) is money in the unit printed over the table (单位：万元), which the
    # table does not keep: no unit rather than 人 (a message would print 2605.25 人)
    measure = Measure(f"label:{text}", text, "" if _AMOUNT.search(text) else "人", "label")
    for word in {text, found.group("name"), re.sub(r"^全日制", "", found.group("name"))}:
        vocab.add_measure(word, measure)
    return measure
