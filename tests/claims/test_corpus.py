"""The labelled claim corpus (tests/data/claims/): its format, and its labels recomputed from data.

The corpus measures the claim engine (benchmarks/bench_claims.py); these tests measure the
corpus. A label's number is recomputed here from the example's CSV files with the standard
library only, independently of nianbao's indicator engine, so that a labelling mistake fails
the suite instead of silently moving the benchmark. Each line may carry two expressions over
the helpers of `Facts` (see tests/data/claims/README.md):

* `truth`: the true value of the quantity the sentence states. For "agrees" the stated value
  must equal it at the stated precision (vague values are left to `holds`); for "contradicts"
  the stated value must differ and `expected` must equal it.
* `holds`: whether the sentence is right; it must be true exactly when the verdict is "agrees".

Run it as a script to print every line's recomputed truth:
    python tests/claims/test_corpus.py
"""
from __future__ import annotations

import csv
import json
import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "claims"
EXAMPLE = ROOT / "examples" / "tianjin-polytechnic-2025"
DESTINATIONS = ROOT / "src" / "nianbao" / "templates" / "tianjin-2025" / "destinations.toml"

VERDICTS = {"agrees", "contradicts", "unverifiable", "not_ours"}
FIELDS = {"id", "text", "kind", "verdict", "value", "expected", "why"}
OPTIONAL = {"truth", "holds"}
KINDS = {
    "value", "share", "subparts", "sum", "comparison", "difference", "superlative",
    "members", "vague", "growth", "ratio", "date",
}
# Words that make a stated value approximate: its truth is checked by `holds`, not by rounding.
VAGUE = re.compile(r"近|约|超过|逾|过半|成|余|以上|以下|不足|翻|多|左右|接近|将近")
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
RATIO = re.compile(r"(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)")


def normalise(text: str) -> str:
    """NFKC, without any whitespace: what a reader sees in "78. 26%" or a PDF line break."""
    # the vertical colon "︰" (U+FE30) is a ratio's colon to a reader; NFKC would make it ".."
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text.replace("︰", ":")))


def stated_number(value: str) -> str | None:
    """The number a value states; of a ratio "1:174" or "2.51:1", the side that is not 1."""
    text = normalise(value).replace(",", "")
    ratio = RATIO.search(text)
    if ratio:
        return ratio.group(2) if ratio.group(1) == "1" else ratio.group(1)
    found = NUMBER.findall(text)
    return found[-1] if found else None


def matches(truth: float, stated: str) -> bool:
    """The stated decimal equals the truth rounded half-up to the stated precision."""
    places = Decimal(stated)
    rounded = Decimal(repr(truth)).quantize(places if "." in stated else Decimal(1), ROUND_HALF_UP)
    return rounded == places


@dataclass(frozen=True)
class Graduate:
    院系: str
    专业: str
    性别: str
    生源地: str
    省内外: str
    民族: str
    民族类别: str
    去向: str
    去向组: str
    落实: bool


class Facts:
    """The example's data, read from its CSV files; the namespace of `truth` and `holds`."""

    def __init__(self, project: Path = EXAMPLE, destinations: Path = DESTINATIONS):
        spec = tomllib.loads(destinations.read_text(encoding="utf-8"))
        placed = set(spec["placed_classes"])
        kinds = {d["name"]: (d["group"], d["class"] in placed) for d in spec["destination"]}
        province = tomllib.loads((project / "report.toml").read_text(encoding="utf-8"))["report"]["province"]
        self.graduates = [
            Graduate(
                院系=row["院系"], 专业=row["专业"], 性别=row["性别"], 生源地=row["生源地"],
                省内外="省内" if row["生源地"] == province else "省外",
                民族=row["民族"], 民族类别="汉族" if row["民族"] == "汉族" else "少数民族",
                去向=row["毕业去向"], 去向组=kinds[row["毕业去向"]][0], 落实=kinds[row["毕业去向"]][1],
            )
            for row in self._rows(project / "data" / "graduates.csv")
        ]
        self.majors_rows = self._rows(project / "data" / "majors.csv")
        self.figures = {
            (r["指标代码"], int(r["年份"]), r["分组"]): float(r["数值"])
            for r in self._rows(project / "data" / "figures.csv")
        }
        self.survey = {(r["指标代码"], r["分组"]): float(r["数值"])
                       for r in self._rows(project / "data" / "survey.csv")}
        # Identical graduates counted once: a count scans about 800 cells, not 3,337 rows.
        self._cells = Counter(self.graduates)
        self._counts: dict[tuple, int] = {}
        self._members: dict[tuple, list[str]] = {}

    @staticmethod
    def _rows(path: Path) -> list[dict[str, str]]:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    # graduates
    def n(self, **where) -> int:
        key = tuple(sorted(where.items()))
        if key not in self._counts:
            self._counts[key] = sum(count for g, count in self._cells.items()
                                    if all(getattr(g, k) == v for k, v in key))
        return self._counts[key]

    def rate(self, **where) -> float:
        """毕业去向落实率 of the graduates matching `where`, in percent."""
        return self.pct(self.n(落实=True, **where), self.n(**where))

    def share(self, part: dict, **base) -> float:
        """Percent of the graduates matching `base` who also match `part`."""
        return self.pct(self.n(**part, **base), self.n(**base))

    def members(self, dimension: str, **where) -> list[str]:
        """The values of a dimension among the graduates matching `where`."""
        key = (dimension, *sorted(where.items()))
        if key not in self._members:
            self._members[key] = sorted({getattr(g, dimension) for g in self._cells
                                         if all(getattr(g, k) == v for k, v in where.items())})
        return self._members[key]

    def by(self, dimension: str, measure=None, **where) -> dict[str, float]:
        """{member: measure(member)} within `where`; measure = rate by default (n for counts)."""
        measure = measure or self.rate
        return {m: measure(**{dimension: m}, **where) for m in self.members(dimension, **where)}

    # majors.csv
    def majors(self, **where) -> int:
        return sum(all(r[k] == v for k, v in where.items()) for r in self.majors_rows)

    # figures.csv / survey.csv
    def fig(self, code: str, year: int = 2025, group: str = "") -> float:
        return self.figures[(code, year, group)]

    def sv(self, code: str, group: str = "") -> float:
        return self.survey[(code, group)]

    # arithmetic a reader does
    @staticmethod
    def pct(part: float, whole: float) -> float:
        return 100 * part / whole

    @staticmethod
    def grow(new: float, old: float) -> float:
        """Growth in percent (增长 X%)."""
        return 100 * (new / old - 1)

    @staticmethod
    def r2(x: float) -> float:
        """Round half-up to 2 places, as the published percentages are (before a difference)."""
        return float(Decimal(repr(x)).quantize(Decimal("0.01"), ROUND_HALF_UP))

    @staticmethod
    def top(values: dict) -> str:
        return max(values, key=values.get)

    @staticmethod
    def bottom(values: dict) -> str:
        return min(values, key=values.get)

    @staticmethod
    def count_if(values: dict, predicate) -> int:
        return sum(bool(predicate(v)) for v in values.values())

    def namespace(self) -> dict:
        names = {name: getattr(self, name) for name in dir(self) if not name.startswith("_")}
        return {**names, "abs": abs, "round": round, "sum": sum, "min": min, "max": max, "dict": dict,
                "sorted": sorted, "len": len}


def load_corpus(folder: Path = CORPUS) -> list[tuple[str, int, dict]]:
    entries = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            entries.append((path.name, number, json.loads(line)))
    return entries


def evaluate(facts: Facts, entry: dict, field: str):
    # The namespace is the globals, so that names inside a lambda resolve too.
    return eval(entry[field], {"__builtins__": {}, **facts.namespace()})  # noqa: S307 (our own data)


def label_problems(facts: Facts, entry: dict) -> list[str]:
    """What is wrong with one line's label against the data (empty when it is right)."""
    problems = []
    verdict, value, expected = entry["verdict"], entry["value"], entry["expected"]
    if "holds" in entry:
        holds = evaluate(facts, entry, "holds")
        if not isinstance(holds, bool):
            problems.append(f"holds is {holds!r}, not a bool")
        elif holds != (verdict == "agrees"):
            problems.append(f"holds is {holds} but the verdict is {verdict}")
    if "truth" in entry:
        truth = evaluate(facts, entry, "truth")
        stated = stated_number(value)
        if verdict == "agrees" and not VAGUE.search(value):
            if stated is None or not matches(truth, stated):
                problems.append(f"agrees, but the data give {truth!r} for {value!r}")
        if verdict == "contradicts":
            right = stated_number(expected or "")
            if right is None or not matches(truth, right):
                problems.append(f"expected {expected!r}, but the data give {truth!r}")
            if stated is not None and not VAGUE.search(value) and matches(truth, stated):
                problems.append(f"contradicts, but {value!r} equals the data's {truth!r}")
    if verdict in {"agrees", "contradicts"} and not ({"truth", "holds"} & entry.keys()):
        problems.append("no truth or holds expression to recompute the label")
    return problems


ENTRIES = load_corpus()


@pytest.fixture(scope="module")
def facts() -> Facts:
    return Facts()


def test_every_line_is_well_formed():
    problems = []
    for name, number, entry in ENTRIES:
        where = f"{name}:{number}"
        keys = set(entry)
        if not FIELDS <= keys or keys - FIELDS - OPTIONAL:
            problems.append(f"{where}: fields {sorted(keys)}")
            continue
        kind = name.removesuffix(".jsonl")
        if entry["kind"] != kind or kind not in KINDS:
            problems.append(f"{where}: kind {entry['kind']!r} in {name}")
        if not re.fullmatch(rf"{re.escape(kind)}-\d{{3}}", entry["id"]):
            problems.append(f"{where}: id {entry['id']!r}")
        if entry["verdict"] not in VERDICTS:
            problems.append(f"{where}: verdict {entry['verdict']!r}")
        if (entry["verdict"] == "contradicts") != (entry["expected"] is not None):
            problems.append(f"{where}: expected {entry['expected']!r} with verdict {entry['verdict']}")
        if not entry["value"] or normalise(entry["value"]) not in normalise(entry["text"]):
            problems.append(f"{where}: value {entry['value']!r} is not in the text")
        if entry["expected"] is not None and normalise(entry["expected"]) == normalise(entry["value"]):
            problems.append(f"{where}: expected equals the stated value")
        if not re.search(r"[A-Za-z]{3,}", entry["why"]):
            problems.append(f"{where}: why must be an English note")
    assert problems == []


def test_ids_are_unique_and_texts_distinct():
    ids = [entry["id"] for _, _, entry in ENTRIES]
    texts = [normalise(entry["text"]) for _, _, entry in ENTRIES]
    assert len(ids) == len(set(ids))
    assert len(texts) == len(set(texts))


def test_texts_can_stand_as_markdown_paragraphs():
    """The benchmark writes each text as one paragraph; no line may start a list, heading or directive."""
    bad = [entry["id"] for _, _, entry in ENTRIES
           for line in entry["text"].split("\n")
           if not line.strip() or re.match(r"\s*([#>*+-]|\d+[.)]\s|:::|```)", line) or "{" in line]
    assert bad == []


def test_corpus_size_and_balance():
    assert len(ENTRIES) >= 360
    kinds = {entry["kind"] for _, _, entry in ENTRIES}
    assert kinds == KINDS
    wrong = sum(entry["verdict"] == "contradicts" for _, _, entry in ENTRIES)
    assert 0.4 <= wrong / len(ENTRIES) <= 0.6
    for verdict in ("unverifiable", "not_ours"):
        assert sum(entry["verdict"] == verdict for _, _, entry in ENTRIES) >= 15


def test_every_label_agrees_with_the_data(facts):
    problems = [f"{entry['id']}: {problem}" for _, _, entry in ENTRIES
                for problem in label_problems(facts, entry)]
    assert problems == []


def test_the_recomputation_catches_a_wrong_label(facts):
    """A mislabelled line (a right rate called wrong, a wrong one called right) is caught."""
    line = {"id": "value-999", "text": "机械工程系毕业去向落实率为94.25%。", "kind": "value",
            "verdict": "contradicts", "value": "94.25%", "expected": "94.52%", "why": "mislabelled",
            "truth": "rate(院系='机械工程系')"}
    assert len(label_problems(facts, line)) == 2
    line.update(verdict="agrees", value="94.52%", expected=None,
                text="机械工程系毕业去向落实率为94.52%。")
    assert label_problems(facts, line) == ["agrees, but the data give 94.24920127795527 for '94.52%'"]
    line.update(holds="rate(院系='机械工程系') > 95")
    assert "holds is False but the verdict is agrees" in label_problems(facts, line)


if __name__ == "__main__":
    shared = Facts()
    for _name, _number, _entry in ENTRIES:
        shown = {f: evaluate(shared, _entry, f) for f in ("truth", "holds") if f in _entry}
        flag = "  <-- " + "; ".join(label_problems(shared, _entry)) if label_problems(shared, _entry) else ""
        print(f"{_entry['id']:16} {_entry['verdict']:12} {_entry['value']:>12} {shown}{flag}")
