"""PDF writer: content, lists with real page numbers, fonts, escaping, determinism."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from nianbao.document.build import build_document
from nianbao.document.model import (Case, Cell, CrossRef, Document, Figure, Heading, Meta, Paragraph, Section,
                                    Strong, Table, Text, ValueRef)
from nianbao.project import open_project
from nianbao.render.pdf import TypstWriter, escape, font_stacks, write_pdf

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "tianjin-polytechnic-2025"

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
needs_pdffonts = pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils not installed")


def pdftotext(path: Path, *args: str) -> str:
    # poppler may complain on stderr about the tagged-PDF dictionary; only stdout matters
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, check=True,
                          text=True, encoding="utf-8").stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def example(tmp_path_factory):
    document = build_document(open_project(EXAMPLE)).document
    out = tmp_path_factory.mktemp("pdf")
    path = out / "report.pdf"
    warnings = write_pdf(document, path)
    return document, path, warnings


@pytest.fixture(scope="module")
def example_pages(example):
    _, path, _ = example
    return pdftotext(path, "-layout").split("\f")


# ---------------------------------------------------------------- content


@needs_pdftotext
def test_tables_and_values_are_in_the_text(example):
    _, path, _ = example
    text = pdftotext(path, "-layout")
    assert "表 1-1 2025 届毕业生的院系与专业分布" in re.sub(r"[ \t]+", " ", text) \
        or "表1-12025届毕业生的院系与专业分布" in squash(text)
    assert "11.21%" in text
    assert "\ufffd" not in text  # no replacement characters (missing glyphs)


@needs_pdftotext
def test_front_matter_lists_have_page_numbers(example, example_pages):
    document, _, _ = example
    text = "\f".join(example_pages)
    for title in ("年报公开形式及网址", "内容真实性责任声明", "目录", "图目录", "表目录", "案例目录"):
        assert re.search(rf"^\s*{title}\s*$", text, re.M), title
    entry = re.compile(r"(\.\s*){3,}(\d+|[IVXLC]+)\s*$")
    lines = [line.strip() for line in text.splitlines()]
    for number in [t.number for t in document.tables()] + [f.number for f in document.figures()] \
            + [c.number for c in document.cases()]:
        listed = [line for line in lines if line.startswith(number + " ") and entry.search(line)]
        assert listed, f"{number} is not listed with a page number"
    assert any(line.startswith("一、人才培养") and entry.search(line) for line in lines)
    assert any(line.startswith("（四）高质就业") and entry.search(line) for line in lines)


def _listed_page(pages: list[str], number: str) -> str:
    for page in pages:
        for line in page.splitlines():
            m = re.match(rf"{re.escape(number)} .*?(\.\s*){{3,}}(\d+)\s*$", line.strip())
            if m:
                return m.group(2)
    raise AssertionError(f"{number} not found in the lists")


def _printed_page_of(pages: list[str], marker: str) -> str:
    """The page number printed in the footer of the first body page whose text holds `marker`."""
    for page in pages:
        if marker in squash(page) and "...." not in squash(page):  # skip the lists themselves
            numbers = [line.strip() for line in page.splitlines() if re.fullmatch(r"\s*\d+\s*", line)]
            assert numbers, "no page number on the page"
            return numbers[-1]
    raise AssertionError(f"{marker} not found in the body")


@needs_pdftotext
def test_listed_page_numbers_are_where_the_items_are(example, example_pages):
    document, _, _ = example
    items = [(t.number, t.caption) for t in document.tables()[:3]] \
        + [(f.number, f.caption) for f in document.figures()[:2]] + [(c.number, c.title) for c in document.cases()[:2]]
    for number, caption in items:
        assert _listed_page(example_pages, number) == _printed_page_of(example_pages, squash(number + caption)), number


@needs_pdftotext
def test_paragraph_text_appears(example, example_pages):
    document, _, _ = example
    meta = document.meta
    running = squash(meta.college + meta.title + meta.subtitle)  # the running header
    body = "".join(squash(line) for page in example_pages for line in page.splitlines()
                   if squash(line) != running and not line.strip().isdigit())
    paragraphs = [b for _, b in document.walk_blocks() if isinstance(b, Paragraph) and len(b.text) > 15]
    assert paragraphs
    for paragraph in paragraphs[:: max(1, len(paragraphs) // 8)]:
        assert squash(paragraph.text) in body, paragraph.text


@needs_pdffonts
def test_only_noto_cjk_fonts_are_embedded(example):
    _, path, _ = example
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout
    rows = out.splitlines()[2:]
    assert rows
    for row in rows:
        assert re.search(r"Noto(Serif|Sans)CJK", row), row
        assert "Type 3" not in row
        assert " yes yes " in row, row  # embedded and subset


def test_missing_template_fonts_warn_once(example):
    _, _, warnings = example
    # the Tianjin template wishes 宋体/黑体, which Debian does not ship (unless someone added them)
    for name in ("宋体", "黑体"):
        assert sum(f"“{name}”" in w for w in warnings) <= 1
    stacks_warnings: list[str] = []
    stacks = font_stacks({"body": "宋体", "heading": "黑体", "caption": "黑体"},
                         {"Noto Serif CJK SC", "Noto Sans CJK SC"}, stacks_warnings)
    assert stacks["body"][0] == "Noto Serif CJK SC" and stacks["heading"][0] == "Noto Sans CJK SC"
    assert len(stacks_warnings) == 2 and sum("黑体" in w for w in stacks_warnings) == 1
    found: list[str] = []
    assert font_stacks({"body": "宋体"}, {"SimSun", "Noto Serif CJK SC", "Noto Sans CJK SC"}, found)["body"][0] == "SimSun"
    assert not found


def test_same_document_same_bytes(example, tmp_path):
    document, path, _ = example
    again = tmp_path / "again.pdf"
    write_pdf(document, again)
    assert again.read_bytes() == path.read_bytes()
    assert b"D:20251230" in path.read_bytes()  # the declaration date, not the build time


# ---------------------------------------------------------------- escaping

SPECIAL = "符号 #x $y$ *a* _b_ @c <d> \\e `f` [g] ~ = - + // : 'h' \"i\" ... 1. (j) 结束"


def _tiny_document() -> Document:
    meta = Meta(college="测试#学院", year=2025, title="质量年度报告", subtitle="（2025 年度）",
                declaration_date="2025-12-30", fonts={"body": "Noto Serif CJK SC", "heading": "Noto Sans CJK SC"})
    table = Table(label="t", caption="特殊 <表> #1", columns=["名称 #", "值 $"], number="表 1-1", chapter=1,
                  rows=[[Cell("a*b_c", rowspan=2), Cell("1", 1, "count")],
                        [Cell("", covered=True), Cell("50.00%", 50, "percent", bold=True)]],
                  source="@来源 [内部]")
    case = Case(label="c", title="案例 <标题> #", number="案例 1-1", chapter=1,
                blocks=[Paragraph([Text("案例正文 \\ 反斜杠 $5")])])
    figure = Figure(label="f", caption="无图片 #", number="图 1-1", chapter=1)
    chapter = Section(key="c1", title="第一章 #1", level=1, label="一、", chapter=1, children=[
        Section(key="s1", title="小节 *星*", level=2, label="（一）", chapter=1, blocks=[
            Heading(3, "三级 _标题_", "1."),
            Paragraph([Text("1. 开头像列表"), Strong(" 加粗*"), Text(" 值 "), ValueRef("x", "12.50%"),
                       Text(" 见"), CrossRef("t", "表 1-1"), Text("。")]),
            Paragraph([Text(SPECIAL)]),
            Paragraph([Text("= 不是标题 - 不是列表 + 不是编号 / 不是术语: 网址 https://a.b/c")]),
            table, figure, case,
        ])])
    return Document(meta=meta, sections=[Section(key="intro", title="前言", level=1), chapter])


@needs_pdftotext
def test_typst_special_characters_render_literally(tmp_path):
    path = tmp_path / "tiny.pdf"
    warnings = write_pdf(_tiny_document(), path)
    text = pdftotext(path)
    flat = squash(text)
    for expected in (SPECIAL, "1. 开头像列表", "加粗*", "12.50%", "= 不是标题 - 不是列表 + 不是编号 / 不是术语:",
                     "https://a.b/c", "a*b_c", "@来源 [内部]", "案例正文 \\ 反斜杠 $5", "测试#学院",
                     "第一章 #1", "小节 *星*", "三级 _标题_", "特殊 <表> #1", "案例 <标题> #"):
        assert squash(expected) in flat, expected
    assert any("图 1-1" in w for w in warnings)  # the figure has no image: a framed gap and a warning


def test_escape_covers_markup_characters():
    for ch in "#$*_@<>\\`[]":
        assert escape(ch) == "\\" + ch
    assert escape("中文，2025 年") == "中文，2025 年"
    assert escape("a\nb") == "a b"
    assert escape("中文\n  换行") == "中文换行"


def _pages_with(pages: list[str], text: str) -> list[int]:
    return [i for i, page in enumerate(pages, start=1) if text in " ".join(page.split())]


def test_small_tables_stay_on_one_page_and_long_ones_continue_as_xu_biao(example_pages):
    # 表 1-7 has six rows: its caption, first and last row are on one page.
    caption = _pages_with(example_pages, "表 1-7 2025 届省内外生源")[-1]
    assert caption in _pages_with(example_pages, "90.14% 91.10%")
    # 表 1-1 runs over two pages: the second carries "续表 1-1" with the caption, and its header row.
    continued = _pages_with(example_pages, "续表 1-1 2025 届毕业生的院系与专业分布")
    assert len(continued) == 1
    page = " ".join(example_pages[continued[0] - 1].split())
    assert "院系 专业 人数 占比" in page
    assert not _pages_with(example_pages, "续表 1-7")  # a table that does not continue has no 续表


@needs_pdftotext
def test_a_figure_keeps_its_data_source_line_on_its_page(example_pages):
    """The 数据来源 line under a chart is never the first line of the next page (图 1-6 once was)."""
    for number, page in enumerate(example_pages, start=1):
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        assert not (len(lines) > 1 and lines[1].startswith("数据来源")), number  # lines[0] is the running header


# ---------------------------------------------------------------- tables laid out once

def _table(label: str, number: str, middle: str = "数控技术") -> Table:
    return Table(label=label, caption="各院系人数", columns=["院系", "专业", "人数", "占比"], number=number, chapter=1,
                 rows=[[Cell("机械工程系", rowspan=2), Cell("数控技术"), Cell("120", 120, "count"),
                        Cell("12.50%", 12.5, "percent")],
                       [Cell("", covered=True), Cell(middle), Cell("80", 80, "count"), Cell("8.33%", 8.33, "percent")],
                       [Cell("WWW 合计", bold=True), Cell("—"), Cell("1,200", 1200, "count", bold=True),
                        Cell("100.00%", 100, "percent", bold=True)]])


def _table_document() -> Document:
    """Tables of one-line rows (bold header, numbers, a merged group, bold totals), in the body and in a case box."""
    meta = Meta(college="测试学院", year=2025, title="质量年度报告", subtitle="（2025 年度）",
                declaration_date="2025-12-30", fonts={"body": "Noto Serif CJK SC", "heading": "Noto Sans CJK SC"})
    case = Case(label="c", title="案例", number="案例 1-1", chapter=1, blocks=[_table("t2", "表 1-2")])
    chapter = Section(key="c1", title="第一章", level=1, label="一、", chapter=1, blocks=[_table("t1", "表 1-1"), case])
    return Document(meta=meta, sections=[chapter])


def test_a_row_that_may_wrap_keeps_auto_height():
    writer = TypstWriter(_table_document())
    table = _table("t", "表 1-1", middle="一段很长的说明文字" * 3)
    weights = [60.0, 60.0, 40.0, 40.0]  # the long text has a quarter of the width: it wraps
    assert writer._one_line_rows(table, weights, 10.5) == [True, True, False, True]
    writer._width = 250.0  # a narrow box: 机械工程系 has two rows' lines (merged), "WWW 合计" one and may wrap
    assert writer._one_line_rows(_table("t", "表 1-1"), [40.0, 60.0, 60.0, 60.0], 10.5) == [True, True, True, False]


def test_one_line_rows_give_the_pdf_that_auto_rows_give(tmp_path, monkeypatch):
    # The height given to a one-line row is the one Typst's `auto` finds: the same pages, byte for byte.
    assert re.findall(r"one-line: \(([^)]*)\)", TypstWriter(_table_document()).render()) == \
        ["true, true, true, true,"] * 2
    fixed, auto = tmp_path / "fixed.pdf", tmp_path / "auto.pdf"
    write_pdf(_table_document(), fixed)
    monkeypatch.setattr(TypstWriter, "_one_line_rows", lambda self, t, weights, size: [False] * (len(t.rows) + 1))
    write_pdf(_table_document(), auto)
    assert fixed.read_bytes() == auto.read_bytes()
