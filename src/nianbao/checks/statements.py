"""Statements in running text: "<label> … <number><unit>" with their scope and year."""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .lexicon import Lexicon
from ..text import Number, find_numbers
from .text import TextUnit

CLAUSE_BREAK = re.compile(r"[，,；;。！？!?（()）、]")
CONNECTOR = re.compile(r"^(?:\s|为|达到了|达到|达|共计有|共计|共有|共|合计|总计|累计|计|有|是|约|在|已|了|：|:|总数|总人数|人数"
                       r"|稳定在|保持在|增至|实现)*$")
CHANGE = re.compile(r"较|同比|环比|比上年|增长|增加|提升|提高|下降|减少|回落|增至|降至|增幅|降幅|翻|倍|由|从|攀升|上升")
GENERIC_PREFIX = re.compile(r"本届|本年度|全校|全院|学校|学院|我校|我院|本校|现有|目前|当前|其中|总体|整体|共有|共|年度|全年|当年|已|均"
                            r"|(?:20\d\d\s*(?:年|届|年度))|毕业生中|届|的|\s")
COUNT_UNITS = {"人": "人", "名": "人"}


@dataclass
class Statement:
    unit: TextUnit
    number: Number
    label: str  # indicator key, or the words before the number
    indicator: str  # "" when the label is not a known indicator
    scope: tuple[tuple[str, str], ...]  # resolved scope words: (dimension, value)
    scope_text: str  # words of the clause that qualify the label and are not understood
    years: tuple[int, ...]
    typed: bool
    change: bool  # the clause talks about a change (growth, 由…至…)

    @property
    def key(self) -> tuple:
        unit = COUNT_UNITS.get(self.number.unit, self.number.unit)
        return self.label, unit, self.scope, self.scope_text, self.years

    @property
    def value(self) -> Decimal:
        return self.number.value


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    lo = max((m.end() for m in CLAUSE_BREAK.finditer(text, 0, start)), default=0)
    hi = CLAUSE_BREAK.search(text, end)
    return lo, hi.start() if hi else len(text)


def _generic_label(pre: str) -> str:
    run = re.search(r"[\u4e00-\u9fff“”\"A-Za-z]+$", pre.rstrip())
    if not run:
        return ""
    label = run.group()
    label = re.sub(r"(?:为|达到|达|共计|共有|共|合计|总计|累计|计|有|是|约|已|超过|近)+$", "", label)
    label = GENERIC_PREFIX.sub("", label).strip("“”\"")
    if label.startswith("占"):
        return ""  # "…，占毕业生总人数的 71.47%": the subject is in an earlier clause; claim.share checks it
    return label[-12:] if len(label) >= 4 else ""


def extract(unit: TextUnit, lex: Lexicon) -> list[Statement]:
    out = []
    text = unit.text
    names = lex.find_names(text)
    for number in find_numbers(text):
        if number.unit in ("倍", "") or number.approx:
            continue
        lo, hi = _clause(text, number.start, number.end)
        pre = text[lo:number.start]
        if re.search(r"\d", re.sub(r"20\d\d\s*(?:年|届)", "", pre)):
            continue  # another number stands between the label and this one
        name = next(((s, e, n) for s, e, n in reversed(names) if lo <= s and e <= number.start), None)
        clause = text[lo:hi]
        years = tuple(sorted({int(y) for y in re.findall(r"(20\d\d)\s*(?:年|届)", pre)}))
        change = bool(CHANGE.search(clause))
        typed = unit.is_ref(number.start, number.start + len(number.text)) is None
        if name:
            s, e, word = name
            between = text[e:number.start]
            scope_words = lex.find_scopes(text[lo:s] + " " + between)
            rest = text[lo:s]
            for w, _ in scope_words:
                rest, between = rest.replace(w, ""), between.replace(w, "")
            if not CONNECTOR.match(between):
                continue
            scope_text = GENERIC_PREFIX.sub("", rest)
            out.append(Statement(unit, number, lex.names[word], lex.names[word], tuple(sorted(v for _, v in scope_words)),
                                 scope_text, years, typed, change))
            continue
        label = _generic_label(pre)
        if label:
            out.append(Statement(unit, number, label, "", (), "", years, typed, change))
    return out


def all_statements(units: list[TextUnit], lex: Lexicon) -> list[Statement]:
    return [s for unit in units for s in extract(unit, lex)]
