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
from .vocabulary import Vocabulary

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
