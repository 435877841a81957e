"""benchmarks/bench_claims.py maps the engine's claims back to the corpus sentences by line."""
from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("bench_claims", ROOT / "benchmarks" / "bench_claims.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules["bench_claims"] = bench  # dataclasses look their module up there
_spec.loader.exec_module(bench)


def test_each_sentence_is_found_on_the_lines_the_bench_gives_it(tmp_path):
    sentences = bench.load_corpus(bench.CORPUS)
    project = tmp_path / "p"
    shutil.copytree(bench.EXAMPLE, project)
    bench.write_corpus(project, sentences)
    lines = (project / bench.SECTION).read_text(encoding="utf-8").split("\n")
    for s in sentences:
        assert "\n".join(lines[s.first - 1:s.last]) == s.entry["text"]
        assert lines[s.first - 2] == ""  # its own paragraph
    assert len({s.first for s in sentences}) == len(sentences)


def test_claims_are_attached_by_file_and_line_and_a_contradiction_flags():
    first, second = bench.Sentence({"verdict": "contradicts"}, 10, 11), bench.Sentence({"verdict": "agrees"}, 13, 13)
    section = bench.SECTION.as_posix()
    claims = [
        {"file": section, "line": 11, "verdict": "contradicts", "expected": "90.89%"},
        {"file": section, "line": 13, "verdict": "agrees", "expected": None},
        {"file": section, "line": 12, "verdict": "contradicts", "expected": None},  # blank line
        {"file": "sections/0-preface/_intro.md", "line": 10, "verdict": "contradicts", "expected": None},
    ]
    assert bench.attach_claims([first, second], claims) == 2
    assert first.flagged and not second.flagged
    assert bench.verdict_seen(first) and bench.verdict_seen(second)


def test_expected_values_match_at_the_labels_precision():
    assert bench.same_value("90.89%", "90.89%")
    assert bench.same_value("90.89%", 90.8900209)
    assert bench.same_value("6.27倍", "增长 6.27 倍（比值 7.27）")
    assert bench.same_value("1:174", "1:174.3")
    assert bench.same_value("工业技术系", "工业技术系（87.50%）")
    assert bench.same_value("-37.5%", "下降 37.5%")
    assert not bench.same_value("-37.5%", "增长 37.5%")
    assert not bench.same_value("90.89%", "90.98%")
    assert not bench.same_value("2个", None)
