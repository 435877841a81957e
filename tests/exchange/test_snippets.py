"""exchange.export.Snippets: the fenced directives and case labels found from a block's first line are
the ones the Markdown parser finds, in both examples and in the fences CommonMark allows."""
from __future__ import annotations

from pathlib import Path

import pytest

from nianbao.document.markdown import _parser
from nianbao.exchange.export import Snippets

ROOT = Path(__file__).resolve().parents[2]


def _parsed(text: str) -> tuple[dict[int, str], dict[int, str]]:
    """(first line -> fence text, first line -> case label) as markdown-it finds them."""
    lines, fences, cases = text.splitlines(), {}, {}
    for tok in _parser().parse(text):
        if tok.map is None:
            continue
        start, end = tok.map
        if tok.type == "fence":
            fences[start + 1] = "\n".join(lines[start:end])
        elif tok.type == "container_case_open":
            info = lines[start]
            cases[start + 1] = info[info.index("{#"):].strip() if "{#" in info else ""
    return fences, cases


def _assert_same(text: str) -> None:
    fences, cases = _parsed(text)
    snippets = Snippets(text)
    for line, fence in fences.items():
        assert snippets.fence(line) == fence, line
    for line, label in cases.items():
        assert snippets.case_label(line) == label, line


@pytest.mark.parametrize("example", ["tianjin-polytechnic-2025", "qinglan-vocational-2025"])
def test_every_directive_of_the_examples(example):
    files = sorted((ROOT / "examples" / example / "sections").rglob("*.md"))
    assert files
    found = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        _assert_same(text)
        found += len(_parsed(text)[0])
    assert found >= 5


def test_fences_commonmark_allows():
    text = "\n".join([
        "正文。", "",
        "````{table}", ":caption: 长围栏", "```", "甲,乙", "````", "",  # a shorter fence inside is text
        "~~~{figure} images/a.png", ":caption: 波浪线", "~~~~", "",
        "```{table}", ":caption: 缩进的结尾", "a,b", "   ```", "",
        "::: case 案例 {#case-x}", "```{chart} c1", "```", ":::", "",
        "- 列表项", "",
        "  ```{table}", "  :caption: 列表里", "  x,y", "  ```", "",
        "```{table} open", "未闭合",
    ])
    _assert_same(text)
    assert Snippets(text).fence(3).endswith("甲,乙\n````")
    assert Snippets(text).fence(1) is None  # a paragraph, not a fence
