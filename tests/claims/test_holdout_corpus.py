"""The held-out claim corpora (tests/data/claims-holdout/, tests/data/claims-holdout2/,
tests/data/claims-holdout3/, tests/data/claims-holdout4/, tests/data/claims-holdout5/,
tests/data/claims-holdout6/, tests/data/claims-holdout7/, tests/data/claims-holdout8/,
tests/data/claims-holdout9/, tests/data/claims-holdout10/): their
format, and their labels against the library.

Each held-out corpus measures the claim engine independently of the corpus its developers work
with (see tests/data/claims-holdout/README.md). These tests measure the corpus, not the engine:
every line must parse, name a known kind and verdict, state a value that occurs in its text, and,
where it carries a `truth` or `holds` expression, agree with the values nianbao's indicator
engine (`nianbao explain`) computes for the example project. A labelling mistake fails here
instead of silently moving the benchmark.

Print every line's recomputed truth (of one corpus, the first by default):
    PYTHONPATH=src python tests/claims/test_holdout_corpus.py [tests/data/claims-holdout3]
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from nianbao.indicators import Indicators
from nianbao.project import open_project

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "claims-holdout"
# Independent held-out corpora, each written by someone who had not seen the engine or the others.
CORPORA = [CORPUS, ROOT / "tests" / "data" / "claims-holdout2", ROOT / "tests" / "data" / "claims-holdout3",
           ROOT / "tests" / "data" / "claims-holdout4", ROOT / "tests" / "data" / "claims-holdout5",
           ROOT / "tests" / "data" / "claims-holdout6", ROOT / "tests" / "data" / "claims-holdout7",
           ROOT / "tests" / "data" / "claims-holdout8", ROOT / "tests" / "data" / "claims-holdout9",
           ROOT / "tests" / "data" / "claims-holdout10"]
EXAMPLE = ROOT / "examples" / "tianjin-polytechnic-2025"

KINDS = {"value", "share", "subparts", "sum", "comparison", "difference", "superlative",
         "members", "vague", "growth", "ratio", "date"}
VERDICTS = {"agrees", "contradicts", "unverifiable", "not_ours"}
FIELDS = {"id", "text", "kind", "verdict", "value", "expected", "why"}
OPTIONAL = {"truth", "holds"}
NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
# Relation words as a sentence writes them, and the relation they state.
RELATIONS = {"高于": "高于", "高出": "高于", "超过": "高于", "多于": "高于", "优于": "高于", "略高于": "高于",
             "低于": "低于", "少于": "低于", "不及": "低于", "略低于": "低于", "落后于": "低于",
             "持平": "持平", "相当": "持平", "基本持平": "持平"}


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text)))


def stated_number(label: str) -> Decimal | None:
    """The number a label states: "90.89%" -> 90.89, "3,337人" -> 3337, "4.2:1" -> 4.2, "1:4.2" -> 4.2
    (the colon full-width too: "4.2：1")."""
    found = NUMBER.findall(squeeze(label).replace(",", ""))
    if not found:
        return None
    if ":" in squeeze(label) and len(found) == 2:
        return Decimal(found[1] if found[0] == "1" else found[0])
    return Decimal(found[-1])


def at_precision(value, stated: Decimal) -> Decimal:
    places = Decimal(1).scaleb(min(stated.as_tuple().exponent, 0))
    return Decimal(value).quantize(places, ROUND_HALF_UP)


class Facts:
    """The example's values as nianbao's indicator engine computes them; the helpers `truth` and
    `holds` expressions use. Filters are dimension names as the template spells them (院系, 专业,
    性别, 省内外, 民族类别, 毕业去向, 毕业去向合并) or `year` / `group` for entered figures."""

    def __init__(self, project_dir: Path = EXAMPLE):
        self.ind = Indicators(open_project(project_dir))

    def v(self, code: str, **where):
        """Any indicator's value (`nianbao explain PROJECT code`), e.g. v('training_income', year=2024)."""
        return self.ind.value(code, {k: str(x) for k, x in where.items()}).value

    def n(self, **where):
        return self.v("graduate_count", **where)

    def placed(self, **where):
        return self.v("placed_count", **where)

    def rate(self, **where):
        return self.v("placement_rate", **where)

    def members(self, dim: str, **where) -> list[str]:
        """The members of a dimension present in the data (within `where`), in order of first appearance."""
        key = self.ind.dimension(dim).key
        fixed = {self.ind.dimension(k).key: x for k, x in where.items()}
        return [m[0] for m in self.ind.members([key], fixed)]

    def by(self, dim: str, measure: str = "rate", **where) -> dict:
        get = getattr(self, measure)
        return {m: get(**{dim: m}, **where) for m in self.members(dim, **where)}

    def groups(self, code: str) -> dict:
        """An entered figure's breakdown by 分组 (survey items, departments, trainee categories)."""
        return {g: self.v(code, group=g) for g in self.ind.figure_groups(code)}

    def top(self, dim: str, measure: str = "rate", **where) -> str:
        """The member with the highest value; `dim` may be an entered figure's code (its 分组)."""
        values = self.groups(dim) if self.ind.figure_groups(dim) else self.by(dim, measure, **where)
        return max(values, key=values.get)

    def bottom(self, dim: str, measure: str = "rate", **where) -> str:
        values = self.groups(dim) if self.ind.figure_groups(dim) else self.by(dim, measure, **where)
        return min(values, key=values.get)

    def count_if(self, dim: str, test, measure: str = "rate", **where) -> int:
        return sum(1 for x in self.by(dim, measure, **where).values() if test(Decimal(x)))

    @staticmethod
    def pct(part, whole) -> Decimal:
        return Decimal(part) * 100 / Decimal(whole)

    @staticmethod
    def r2(x) -> Decimal:
        """A percentage as printed (two places, half-up), before a reader subtracts two of them."""
        return Decimal(x).quantize(Decimal("0.01"), ROUND_HALF_UP)

    @staticmethod
    def grow(old, new) -> Decimal:
        """Growth in %: (new / old - 1) x 100."""
        return (Decimal(new) / Decimal(old) - 1) * 100

    @staticmethod
    def times(old, new) -> Decimal:
        return Decimal(new) / Decimal(old)

    @staticmethod
    def rel(a, b, tolerance="0.5") -> str:
        a, b = Decimal(a), Decimal(b)
        if abs(a - b) <= Decimal(tolerance):
            return "持平"
        return "高于" if a > b else "低于"

    def namespace(self) -> dict:
        names = {name: getattr(self, name) for name in dir(self) if not name.startswith("_") and name != "ind"}
        return {**names, "Decimal": Decimal}


def load_corpus(folder: Path = CORPUS) -> list[tuple[str, int, dict]]:
    lines = []
    for path in sorted(folder.glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            lines.append((path.name, number, line))
    return lines


def parsed(folder: Path = CORPUS) -> list[dict]:
    return [json.loads(line) for _, _, line in load_corpus(folder) if line.strip()]


@pytest.fixture(scope="module")
def facts() -> Facts:
    return Facts()


@pytest.fixture(params=CORPORA, ids=lambda folder: folder.name)
def corpus(request) -> Path:
    return request.param


def test_every_line_parses_with_the_known_fields(corpus):
    problems = []
    for name, number, line in load_corpus(corpus):
        where = f"{name}:{number}"
        try:
            entry = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"{where}: not JSON ({error})")
            continue
        missing, extra = FIELDS - set(entry), set(entry) - FIELDS - OPTIONAL
        if missing or extra:
            problems.append(f"{where}: missing {sorted(missing)}, unknown {sorted(extra)}")
            continue
        if entry["kind"] not in KINDS or name != f"{entry['kind']}.jsonl":
            problems.append(f"{where}: kind {entry['kind']!r} in {name}")
        if entry["verdict"] not in VERDICTS:
            problems.append(f"{where}: verdict {entry['verdict']!r}")
        if not re.fullmatch(rf"{re.escape(entry['kind'])}-\d{{3}}", entry["id"]):
            problems.append(f"{where}: id {entry['id']!r}")
        if squeeze(entry["value"]) not in squeeze(entry["text"]):
            problems.append(f"{where}: value {entry['value']!r} does not occur in the text")
        if (entry["expected"] is None) != (entry["verdict"] != "contradicts"):
            problems.append(f"{where}: expected {entry['expected']!r} with verdict {entry['verdict']}")
        if entry["verdict"] in ("agrees", "contradicts") and not (OPTIONAL & set(entry)):
            problems.append(f"{where}: a right or wrong sentence without truth or holds")
        if entry["verdict"] in ("unverifiable", "not_ours") and OPTIONAL & set(entry):
            problems.append(f"{where}: truth/holds on a sentence the data cannot decide")
    assert not problems, "\n".join(problems)


def test_ids_are_unique_and_every_kind_is_covered(corpus):
    entries = parsed(corpus)
    ids = Counter(e["id"] for e in entries)
    assert [i for i, count in ids.items() if count > 1] == []
    assert {e["kind"] for e in entries} == KINDS
    texts = Counter(squeeze(e["text"]) for e in entries)
    assert [t for t, count in texts.items() if count > 1] == []


def test_about_half_the_sentences_are_wrong(corpus):
    verdicts = Counter(e["verdict"] for e in parsed(corpus))
    assert 0.4 <= verdicts["contradicts"] / sum(verdicts.values()) <= 0.6, verdicts


def check_label(entry: dict, facts: Facts) -> list[str]:
    """What is wrong with one line's label, recomputed through the indicator engine."""
    space = facts.namespace()
    problems = []
    verdict = entry["verdict"]
    if "holds" in entry:
        holds = bool(eval(entry["holds"], space))  # noqa: S307 (the corpus is ours)
        if holds != (verdict == "agrees"):
            problems.append(f"holds is {holds} but the verdict is {verdict}")
    if "truth" not in entry:
        return problems
    truth = eval(entry["truth"], space)  # noqa: S307
    if isinstance(truth, str):
        said = RELATIONS.get(squeeze(entry["value"]), squeeze(entry["value"]))
        if verdict == "agrees" and said != truth:
            problems.append(f"states {said}, the data say {truth}")
        if verdict == "contradicts" and (said == truth or squeeze(entry["expected"]) != truth):
            problems.append(f"states {said}, expected {entry['expected']}, the data say {truth}")
        return problems
    stated = stated_number(entry["value"])
    if stated is None:
        return problems + [f"value {entry['value']!r} has no number for truth {truth}"]
    if verdict == "agrees" and at_precision(truth, stated) != stated:
        problems.append(f"states {stated}, the data say {truth}")
    if verdict == "contradicts":
        expected = stated_number(entry["expected"])
        if expected is None or at_precision(truth, expected) != expected:
            problems.append(f"expected {entry['expected']!r}, the data say {truth}")
        if at_precision(truth, stated) == stated:
            problems.append(f"labelled wrong, but {stated} is what the data say ({truth})")
    return problems


def test_labels_agree_with_the_indicator_engine(facts, corpus):
    problems = [f"{e['id']}: {p}" for e in parsed(corpus) for p in check_label(e, facts)]
    assert not problems, "\n".join(problems)


def test_a_mislabelled_line_is_caught(facts):
    """The label check can fail: a right rate labelled wrong, and a wrong one labelled right."""
    right = {"id": "value-999", "text": "全校毕业去向落实率为90.89%。", "kind": "value", "verdict": "contradicts",
             "value": "90.89%", "expected": "90.98%", "why": "", "truth": "rate()"}
    assert len(check_label(right, facts)) == 2
    wrong = {**right, "text": "全校毕业去向落实率为90.98%。", "value": "90.98%", "verdict": "agrees", "expected": None}
    assert check_label(wrong, facts) == ["states 90.98, the data say 90.89"]


if __name__ == "__main__":
    import sys

    every = Facts()
    for e in parsed(Path(sys.argv[1]) if len(sys.argv) > 1 else CORPUS):
        shown = [f"{key}={eval(e[key], every.namespace())!r}" for key in ("truth", "holds") if key in e]  # noqa: S307
        flags = check_label(e, every)
        print(f"{e['id']:16} {e['verdict']:12} {e['value']!r:14} {', '.join(shown)}" + (f"  !! {flags}" if flags else ""))
