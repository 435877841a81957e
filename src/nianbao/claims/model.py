"""What the claim engine reads (Claim), what it checks against (Fact) and what it concludes
(ClaimRecord: the claim, the fact and the verdict)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ..document.model import Location
from ..text import Number
from .units import TextUnit
from .vocabulary import Measure

KINDS = ("value", "vague", "share", "subparts", "sum", "comparison", "difference", "superlative", "members",
         "growth", "ratio", "date")
VERDICTS = ("agrees", "contradicts", "unverifiable", "not_ours")
# Where prose names a person: a title after a name (王亮老师, 杨某某院长), a speaker after a quotation
# (”李某介绍). An excerpt there is shown as its row reference only (no personal data beyond it).
PERSON_CONTEXT = re.compile(r"(?:老师|院长|书记|校长|教授|同学|主任|处长|部长|厂长|经理|工程师|大师|师傅|博士|先生|女士|"
                            r"董事长|教师团队)|[”\"]\s*[\u4e00-\u9fff]{2,3}\s*(?:介绍|表示|指出|谈到|说)")


@dataclass
class Claim:
    unit: TextUnit
    start: int  # span of the claim in unit.text
    end: int
    kind: str
    measure: Measure | None
    scope: dict[str, str]  # dimension name -> member ("院系" -> "机械工程系")
    year: int | None  # the cohort or calendar year stated in the sentence, None: the report's year
    value: str  # as written: "93.12%", "9.5 倍", "最高", "6 个"
    number: Number | None = None
    typed: bool = True  # False when the number came from a {value} reference
    ours: bool = True
    detail: dict = field(default_factory=dict)  # kind-specific: base, years, parts, target, condition, cutoff

    @property
    def location(self) -> Location | None:
        return self.unit.location_at(self.start)

    @property
    def excerpt(self) -> str:
        return self.unit.excerpt(self.start, self.end)


@dataclass(frozen=True)
class Fact:
    value: Decimal
    display: str  # "90.89%", "36.36 万元"
    what: str  # "毕业去向落实率（院系=机械工程系）"
    reference: str = ""  # how to cite it: "{value}`placement_rate[院系=机械工程系]`", "表 1-3", "正文 a.md:12"
    location: Location | None = None  # where the fact is printed (a table, another sentence)
    exact: Decimal | None = None  # the unrounded value, when known
    source: str = "data"  # data | table | prose

    def to_json(self) -> dict:
        out = {"what": self.what, "value": self.display, "reference": self.reference, "source": self.source}
        if self.location is not None:
            out["file"] = self.location.file
            if self.location.line is not None:
                out["line"] = self.location.line
            if self.location.page:
                out["page"] = self.location.page
        return out


@dataclass
class ClaimRecord:
    claim: Claim
    verdict: str  # agrees | contradicts | unverifiable | not_ours
    fact: Fact | None = None
    expected: str = ""  # the right value, when the claim contradicts its fact
    note: str = ""  # why, in Chinese
    warning: str = ""  # agrees, but a reader could misread it (倍 as a ratio)
    others: list[Fact] = field(default_factory=list)  # other places that state the same quantity

    # The fields of the JSON record, as attributes (file, line, kind, scope, measure, value).
    @property
    def file(self) -> str:
        return self.claim.location.file if self.claim.location else ""

    @property
    def line(self) -> int | None:
        return self.claim.location.line if self.claim.location else None

    @property
    def excerpt(self) -> str:
        return self.claim.excerpt

    @property
    def kind(self) -> str:
        return self.claim.kind

    @property
    def scope(self) -> dict[str, str]:
        return dict(self.claim.scope)

    @property
    def measure(self) -> str:
        return shown_measure(self.claim.measure)

    @property
    def value(self) -> str:
        return self.claim.value

    def fact_json(self) -> dict | None:
        if self.fact is None:
            return None
        out = self.fact.to_json()
        if self.fact.source == "prose" and self.claim.measure is not None and self.claim.measure.kind == "label":
            out["what"] = "正文另一处所述数量"  # its name would be the words of the text, not the vocabulary's
        return out

    def to_json(self, root: str = "") -> dict:
        c = self.claim
        loc = c.location
        return {
            "file": loc.file if loc else "", "line": loc.line if loc else None,
            **({"page": loc.page} if loc is not None and loc.page else {}),
            "excerpt": shown_excerpt(c), "kind": c.kind, "scope": dict(c.scope),
            "measure": shown_measure(c.measure), "measure_key": shown_key(c.measure),
            "year": c.year, "value": c.value, "typed": c.typed,
            "fact": self.fact_json(),
            "verdict": self.verdict, "expected": self.expected or None, "note": self.note,
            **({"warning": self.warning} if self.warning else {}),
        }


def shown_measure(measure: Measure | None) -> str:
    """A measure's name as output shows it: the vocabulary's names only. A label is the words
    before a number in the text (they may be anything, a person's name included): not shown."""
    return measure.name if measure is not None and measure.kind != "label" else ""


def shown_key(measure: Measure | None) -> str:
    if measure is None:
        return ""
    return "label" if measure.kind == "label" else measure.key


def shown_excerpt(claim: Claim) -> str:
    """The text around a claim, or only its row reference where the text names a person."""
    text = claim.excerpt
    around = claim.unit.text[max(0, claim.start - len(text)):claim.end + len(text)]  # a title just past its edge
    if not PERSON_CONTEXT.search(around):
        return text
    loc = claim.location
    if loc is not None and loc.line is not None:
        return f"第 {loc.line} 行"
    return f"第 {loc.page} 页" if loc is not None and loc.page else ""
