"""DOCX writer: fields, captions, tables, fonts, determinism, and a LibreOffice round trip."""
from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from nianbao.document.model import (Author, Case, Cell, CrossRef, Document, Figure, Heading, Meta, Paragraph,
                                    Section, Table, Text)
from nianbao.render.docx import (TOC_CASES, TOC_FIGURES, TOC_MAIN, TOC_TABLES, column_widths, deterministic_zip,
                                 heading_text, write_docx)
from lo_uno import SYSTEM_PYTHON, has_system_uno

from pdf_faces import faces_drawing, font_of_line

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "tianjin-polytechnic-2025"


# ---------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def example_doc():
    from nianbao.document.build import build_document
    from nianbao.project import open_project
    return build_document(open_project(EXAMPLE)).document


@pytest.fixture(scope="module")
def example_docx(example_doc, tmp_path_factory):
    path = tmp_path_factory.mktemp("docx") / "report.docx"
    warnings = write_docx(example_doc, path)
    return path, warnings


@pytest.fixture(scope="module")
def body(example_docx):
    return docx.Document(str(example_docx[0])).element.body


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def _instructions(element) -> list[str]:
    return [(i.text or "").strip() for i in element.iter(qn("w:instrText"))]


def _style_id(p) -> str:
    style = p.find(qn("w:pPr") + "/" + qn("w:pStyle"))
    return style.get(qn("w:val")) if style is not None else ""


def _toc_paragraphs(body, instruction: str) -> list:
    """The paragraphs of the TOC field with this instruction, begin to end."""
    paragraphs = list(body.iter(qn("w:p")))
    for i, p in enumerate(paragraphs):
        if instruction in _instructions(p):
            for j in range(i, len(paragraphs)):
                ends = [f for f in paragraphs[j].iter(qn("w:fldChar")) if f.get(qn("w:fldCharType")) == "end"]
                begins = [f for f in paragraphs[j].iter(qn("w:fldChar")) if f.get(qn("w:fldCharType")) == "begin"]
                if len(ends) > len(begins) - (1 if j == i else 0):
                    return paragraphs[i:j + 1]
    raise AssertionError(f"no field {instruction}")


def _caption_paragraph(body, number: str):
    for p in body.iter(qn("w:p")):
        if _style_id(p) == "Caption" and _text(p).startswith(number + " "):
            return p
    raise AssertionError(f"no caption {number}")


# ---------------------------------------------------------------- the example report


def test_four_lists_are_fields_prefilled_with_their_entries(example_doc, body):
    main = " ".join(_text(p) for p in _toc_paragraphs(body, TOC_MAIN))
    for chapter in example_doc.sections:
        assert chapter.heading in main
    for instruction, items in ((TOC_FIGURES, example_doc.figures()), (TOC_TABLES, example_doc.tables()),
                               (TOC_CASES, example_doc.cases())):
        paragraphs = _toc_paragraphs(body, instruction)
        entries = [_text(p) for p in paragraphs]
        for item in items:
            title = getattr(item, "caption", None) or item.title
            assert f"{item.number} {title}" in entries
        # each entry links to the bookmark on its target and carries a PAGEREF
        assert all(any(i.startswith("PAGEREF ") for i in _instructions(p)) for p in paragraphs) or not items


def test_cases_list_holds_chapter_and_featured_cases():
    doc = _small_document()
    featured = Case(label="f", title="示范案例", blocks=[_para("内容")], number="经典案例 1", chapter=8, featured=True)
    doc.sections.append(Section(key="appendix", title="经典案例", level=1, label="附录 ", chapter=8,
                                blocks=[featured]))
    out = _write(doc)
    d = docx.Document(io.BytesIO(out))
    entries = [_text(p) for p in _toc_paragraphs(d.element.body, TOC_CASES)]
    assert "案例 1-1 校企合作" in entries and "经典案例 1 示范案例" in entries
    # featured cases carry outline level 2 so Word's own TOC lists them under 附录
    main = " ".join(_text(p) for p in _toc_paragraphs(d.element.body, TOC_MAIN))
    assert "经典案例 1 示范案例" in main
    instructions = " ".join(_instructions(d.element.body))
    assert "SEQ 案例 \\* ARABIC \\r 1 \\s 1" in instructions and "SEQ 经典案例 \\* ARABIC" in instructions


def test_update_fields_on_open(example_docx):
    settings = zipfile.ZipFile(example_docx[0]).read("word/settings.xml").decode()
    assert '<w:updateFields w:val="true"/>' in settings


def test_every_table_has_a_caption_above_with_a_seq_field(example_doc, body):
    tables = example_doc.tables()
    assert tables
    for table in tables:
        caption = _caption_paragraph(body, table.number)
        chapter, n = re.match(r"表 (\d+)-(\d+)", table.number).groups()
        # \s restarts per chapter in Word; \r pins the number where \s is ignored (LibreOffice)
        assert f"SEQ 表 \\* ARABIC \\r {n} \\s 1" in _instructions(caption)
        assert _text(caption) == f"表 {chapter}-{n} {table.caption}"  # cached SEQ result is the right number
        following = caption.getnext()
        assert following.tag == qn("w:tbl"), table.number
        first_row = following.find(qn("w:tr"))
        assert first_row.find(qn("w:trPr") + "/" + qn("w:tblHeader")) is not None  # header repeats
        if table.source:
            after = following.getnext()
            assert _text(after) == f"数据来源：{table.source}"


def test_figure_captions_below_pictures(example_doc, body):
    for figure in example_doc.figures():
        caption = _caption_paragraph(body, figure.number)
        assert any(i.startswith("SEQ 图") for i in _instructions(caption))
        if figure.png:
            assert caption.getprevious().find(".//" + qn("w:drawing")) is not None, figure.number


def test_department_cell_spans_its_majors(example_doc, body):
    table = next(t for t in example_doc.tables() if t.columns[:2] == ["院系", "专业"])
    tbl = _caption_paragraph(body, table.number).getnext()
    rows = tbl.findall(qn("w:tr"))[1:]
    first = rows[0].findall(qn("w:tc"))[0]
    merge = first.find(qn("w:tcPr") + "/" + qn("w:vMerge"))
    assert merge is not None and merge.get(qn("w:val")) == "restart"
    assert _text(first) == table.rows[0][0].text
    span = table.rows[0][0].rowspan
    assert span > 1
    for row in rows[1:span]:
        tc = row.findall(qn("w:tc"))[0]
        cont = tc.find(qn("w:tcPr") + "/" + qn("w:vMerge"))
        assert cont is not None and cont.get(qn("w:val")) in (None, "continue")
        assert _text(tc) == ""
    # numbers are right-aligned
    count_tc = rows[0].findall(qn("w:tc"))[2]
    assert count_tc.find(".//" + qn("w:jc")).get(qn("w:val")) == "right"


def test_east_asian_fonts_named_and_theme_fonts_gone(example_docx, example_doc):
    styles = zipfile.ZipFile(example_docx[0]).read("word/styles.xml").decode()
    for attr in ("asciiTheme", "eastAsiaTheme", "hAnsiTheme"):
        assert attr not in styles
    d = docx.Document(str(example_docx[0]))
    fonts = example_doc.meta.fonts
    for name, font in (("Normal", fonts.get("body", "宋体")), ("Heading 1", fonts.get("heading", "黑体"))):
        rfonts = d.styles[name].element.rPr.find(qn("w:rFonts"))
        assert rfonts.get(qn("w:eastAsia")) == {"宋体": "SimSun", "黑体": "SimHei"}[font]
        assert rfonts.get(qn("w:ascii"))


def test_two_writes_are_byte_identical(example_doc, example_docx, tmp_path):
    again = tmp_path / "again.docx"
    write_docx(example_doc, again)
    assert again.read_bytes() == example_docx[0].read_bytes()
    core = zipfile.ZipFile(again).read("docProps/core.xml").decode()
    assert "2025-12-30T00:00:00Z" in core


def test_pngs_delivered_before_the_first_section_give_the_same_bytes(example_doc, example_docx, tmp_path):
    # A build's charts are rasterised beside the other writers: the DOCX writer sets up its template,
    # styles, cover and lists first and asks for the PNGs just before the sections.
    import copy
    late = copy.deepcopy(example_doc)
    figures = [f for f in late.figures() if f.png]
    assert len(figures) >= 10
    pngs = [f.png for f in figures]
    for f in figures:
        f.png = b""
    calls = []

    def images_ready():
        calls.append(len(calls))
        for f, png in zip(figures, pngs):
            f.png = png

    path = tmp_path / "late.docx"
    assert write_docx(late, path, images_ready=images_ready) == example_docx[1]
    assert calls == [0]
    assert path.read_bytes() == example_docx[0].read_bytes()


def test_source_date_epoch_sets_core_dates(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767225600")  # 2026-01-01
    core = zipfile.ZipFile(io.BytesIO(_write(_small_document()))).read("docProps/core.xml").decode()
    assert "2026-01-01T00:00:00Z" in core


def test_no_student_ids_in_output(example_docx):
    with (EXAMPLE / "data" / "graduates.csv").open(encoding="utf-8-sig") as f:
        ids = {row["学号"] for row in csv.DictReader(f)}
    package = zipfile.ZipFile(example_docx[0])
    for name in package.namelist():
        if name.endswith(".xml"):
            text = package.read(name).decode("utf-8")
            assert not any(i in text for i in re.findall(r"\d{8,}", text) if i in ids), name


# ---------------------------------------------------------------- a small hand-made document


def _para(text: str) -> Paragraph:
    return Paragraph([Text(text)])


def _small_document() -> Document:
    table = Table(label="t", caption="示例表", columns=["院系", "专业", "人数", "占比"], number="表 1-1", chapter=1,
                  source="测试数据",
                  rows=[[Cell("甲系", rowspan=2), Cell("专业一"), Cell("10", 10, "count"), Cell("50.00%", 0.5, "percent")],
                        [Cell("甲系", covered=True), Cell("小计", bold=True), Cell("10", 10, "count"),
                         Cell("50.00%", 0.5, "percent")]])
    case = Case(label="c", title="校企合作", blocks=[_para("案例正文。"), Heading(4, "做法")], number="案例 1-1",
                chapter=1)
    missing = Figure(label="f", caption="没有图像的图", number="图 1-1", chapter=1)
    chapter = Section(key="c1", title="人才培养", level=1, label="一、", chapter=1, children=[
        Section(key="s1", title="立德树人", level=2, label="（一）", chapter=1, blocks=[
            Heading(3, "小标题", label="1."), Paragraph([Text("见"), CrossRef("t", "表 1-1"), Text("。")]),
            table, missing, case])])
    meta = Meta(college="示例职业学院", year=2025, title="高等职业教育质量年度报告", subtitle="（2025 年度）",
                declaration_date="2025-12-30", fonts={"body": "宋体", "heading": "黑体"},
                authors=[Author("教务部", "张老师", ["李老师", "王老师"])])
    return Document(meta=meta, sections=[Section(key="preface", title="前言", level=1, blocks=[_para("前言。")]),
                                         chapter])


def _write(doc: Document, warnings: list | None = None) -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "small.docx"
        result = write_docx(doc, path)
        if warnings is not None:
            warnings.extend(result)
        return path.read_bytes()


def test_small_document_structure_and_warnings():
    warnings: list[str] = []
    d = docx.Document(io.BytesIO(_write(_small_document(), warnings)))
    assert any("图 1-1" in w for w in warnings)  # a figure without image data is reported, not fatal
    body = d.element.body
    texts = [_text(p) for p in body.iter(qn("w:p"))]
    assert "一、人才培养" in texts and "（一）立德树人" in texts and "1. 小标题" in texts
    assert "见表 1-1。" in texts
    link = next(h for h in body.iter(qn("w:hyperlink")) if _text(h) == "表 1-1" and h.getparent().tag == qn("w:p")
                and "见" in _text(h.getparent()))
    assert link.get(qn("w:anchor")) == "tab_1_1"
    assert any(b.get(qn("w:name")) == "tab_1_1" for b in body.iter(qn("w:bookmarkStart")))
    # the authors table closes the report
    last = body.findall(qn("w:tbl"))[-1]
    assert [_text(tc) for tc in last.find(qn("w:tr")).findall(qn("w:tc"))] == ["编写部门", "负责人", "主要编写人"]
    assert "李老师、王老师" in _text(last)
    # styles map to Word's built-in headings (shown as 标题 1/2/3 in Chinese Word)
    styles = {p.style.name for p in d.paragraphs}
    assert {"Heading 1", "Heading 2", "Heading 3", "Caption"} <= styles


def test_case_box_is_a_shaded_single_cell():
    d = docx.Document(io.BytesIO(_write(_small_document())))
    box = next(t for t in d.element.body.iter(qn("w:tbl")) if _text(t).startswith("案例 1-1 校企合作"))
    assert len(box.findall(".//" + qn("w:tc"))) == 1
    assert box.find(".//" + qn("w:shd")) is not None
    title = box.find(".//" + qn("w:p"))
    assert any(i.startswith("SEQ 案例") for i in _instructions(title))


def test_body_pages_have_header_and_page_number():
    d = docx.Document(io.BytesIO(_write(_small_document())))
    body_section = d.sections[-1]
    assert "示例职业学院" in body_section.header.paragraphs[0].text
    assert "PAGE" in _instructions(body_section.footer._element)
    assert abs(body_section.page_width - docx.shared.Cm(21.0)) < docx.shared.Cm(0.01)  # A4


def test_column_widths_fill_the_width_and_keep_numbers_whole():
    table = _small_document().sections[1].children[0].blocks[2]
    widths = column_widths(table, 8700)
    assert sum(widths) == 8700 and all(w > 0 for w in widths)
    wide = Table(label="w", caption="", columns=["院系"] + [f"列{i}" for i in range(9)],
                 rows=[[Cell("很长很长的院系名称")] + [Cell("100.00%", 1.0, "percent") for _ in range(9)]])
    widths = column_widths(wide, 8700)
    assert sum(widths) == 8700 and min(widths[1:]) >= 7 * 105  # "100.00%" fits on one line


def test_heading_text_spacing():
    assert heading_text(Heading(3, "去向落实率", label="1.")) == "1. 去向落实率"
    assert heading_text(Heading(4, "总体规模", label="（1）")) == "（1）总体规模"


def test_deterministic_zip_fixes_times_and_order():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("word/document.xml", "b")
        z.writestr("[Content_Types].xml", "a")
    names = zipfile.ZipFile(io.BytesIO(deterministic_zip(buffer.getvalue()))).infolist()
    assert [n.filename for n in names] == ["[Content_Types].xml", "word/document.xml"]
    assert all(n.date_time == (1980, 1, 1, 0, 0, 0) for n in names)


# ---------------------------------------------------------------- LibreOffice opens it


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")), reason="needs soffice and poppler")
def test_libreoffice_converts_the_example(example_docx, example_doc, tmp_path):
    source, _ = example_docx
    result = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                             "--convert-to", "pdf", "--outdir", str(tmp_path), str(source)],
                            capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "report.pdf"
    assert pdf.exists(), result.stderr
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages > 10
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "表 1-1" in text and "2025 届毕业生的院系与专业分布" in text and "11.21%" in text
    # LibreOffice recomputes SEQ fields on load: the numbers must still be the model's, per chapter.
    shown = set(re.findall(r"(?<![\d-])([表图]) ?(\d+-\d+)", text))
    expected = {tuple(t.number.split(" ")) for t in [*example_doc.tables(), *example_doc.figures()]}
    assert shown == expected
    assert not re.search(r"(?<!\S)%(?!\S)", text)  # no percentage wraps its "%" onto a line of its own
    # A stock Debian (fonts-noto-cjk, no 宋体/黑体): sans headings, and a serif body in the SC face
    # (直 and 骨 occur only in body text; their JP forms differ).
    page = next(i for i, p in enumerate(text.split("\f")) if re.search(r"^\s*一、人才培养\s*$", p, re.M))
    assert all(f.startswith("NotoSansCJK") for f in font_of_line(pdf, page, "一、人才培养"))
    assert faces_drawing(pdf, "骨") == {"Noto Serif CJK SC"}
    assert faces_drawing(pdf, "直") <= {"Noto Serif CJK SC", "Noto Serif CJK TC"}


@pytest.mark.skipif(not has_system_uno("pdftotext"), reason="needs LibreOffice with python3-uno and poppler")
def test_lists_update_in_libreoffice_with_right_page_numbers(example_docx, example_doc, tmp_path):
    """LibreOffice reads our TOC fields as its own indexes; updated, every 表目录 entry points at the
    page where that table's caption is printed."""
    source, _ = example_docx
    pdf = tmp_path / "updated.pdf"
    script = Path(__file__).with_name("lo_update_fields.py")
    result = subprocess.run([SYSTEM_PYTHON, str(script), str(source), str(pdf), str(tmp_path / "profile")],
                            capture_output=True, text=True, timeout=240)
    assert pdf.exists(), result.stderr
    assert len(result.stdout.splitlines()) == 4  # 目录, 图目录, 表目录, 案例目录
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout.split("\f")
    listed = {}
    for line in "\n".join(pages[:12]).splitlines():
        entry = re.match(r"\s*(表 \d+-\d+) .*?[.…·\s]+(\d+)\s*$", line)
        if entry:
            listed.setdefault(entry.group(1), int(entry.group(2)))
    assert set(listed) == {t.number for t in example_doc.tables()}
    footers = {}
    for i, page in enumerate(pages):
        footer = re.search(r"(\d+)\s*$", page.strip())
        if footer:
            footers[int(footer.group(1))] = page
    for number, page in listed.items():
        assert re.search(rf"^\s*{number} ", footers[page], re.M), (number, page)


def test_package_parts_are_ours_not_python_docx_template(example_docx):
    import zipfile
    with zipfile.ZipFile(example_docx[0]) as z:
        app = z.read("docProps/app.xml").decode("utf-8")
        fonts = z.read("word/fontTable.xml").decode("utf-8")
        theme = z.read("word/theme/theme1.xml").decode("utf-8")
    assert "<Application>nianbao</Application>" in app and "Macintosh" not in app
    assert "ＭＳ" not in fonts and "ＭＳ" not in theme
    # Word's own way of naming 宋体/黑体: the family name, the Chinese name as w:altName
    assert '<w:font w:name="SimSun"><w:altName w:val="宋体"/><w:panose1 w:val="02010600030101010101"/>' in fonts
    assert '<w:font w:name="SimHei"><w:altName w:val="黑体"/>' in fonts and '<w:family w:val="swiss"/>' in fonts


def test_small_tables_keep_their_rows_together(example_docx):
    doc = docx.Document(str(example_docx[0]))
    small = next(t for t in doc.tables if len(t.rows) == 7 and t.cell(0, 0).text == "毕业去向合并")  # 表 1-6
    kept = [all(p.paragraph_format.keep_with_next for c in row.cells for p in c.paragraphs) for row in small.rows]
    assert kept == [True] * 6 + [False]


def test_long_table_breaks_only_between_departments(example_docx):
    """表 1-5 (34 rows) may break across pages, but never inside a 院系's merged group, so no page
    starts with a blank 院系 cell."""
    doc = docx.Document(str(example_docx[0]))
    table = next(t for t in doc.tables if len(t.columns) > 2 and t.cell(0, 2).text == "单位就业")  # 表 1-5
    trs = table._tbl.tr_lst
    kept = [all(p.paragraph_format.keep_with_next for c in row.cells for p in c.paragraphs) for row in table.rows]
    group_ends = [r for r, tr in enumerate(trs) if r > 0 and (r + 1 == len(trs) or trs[r + 1].tc_lst[0].tcPr.find(
        qn("w:vMerge")).get(qn("w:val")) == "restart")]
    assert len(group_ends) == 5  # one per 院系
    assert [r for r, k in enumerate(kept) if not k and r > 0] == group_ends


def test_long_case_boxes_may_split_short_ones_may_not(example_docx):
    doc = docx.Document(str(example_docx[0]))
    boxes = {_text(t._tbl.tr_lst[0].tc_lst[0].p_lst[0]).split(" ", 2)[1]: t for t in doc.tables
             if len(t._tbl.tr_lst) == 1 and len(t._tbl.tr_lst[0].tc_lst) == 1 and "案例" in _text(t._tbl)[:6]}
    split = {number for number, t in boxes.items() if t._tbl.tr_lst[0].trPr is None
             or t._tbl.tr_lst[0].trPr.find(qn("w:cantSplit")) is None}
    # the four 经典案例 are over a third of a page each; the 13 chapter cases (案例 1-1 …) are short
    assert split == {"1", "2", "3", "4"} and len(boxes) == 17
    for number in split:
        # LibreOffice keeps a row whole when its first paragraph keeps with the next
        assert boxes[number].cell(0, 0).paragraphs[0].paragraph_format.keep_with_next is False
