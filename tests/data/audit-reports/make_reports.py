"""Make the binary held-out reports (DOCX, PDF) from their sources (`*.src`, our own text).

Source markup, one line each: `=` a title paragraph, `# ` Heading 1, `## ` Heading 2, `@` a caption
(table or figure), tab-separated lines a table (a cell `^` is merged with the cell above, `<` with the
cell on its left; a row of one cell spans the table, as a unit line 单位：万元 does in Word), anything
else a paragraph. In the DOCX, captions are Word captions (Caption style, `STYLEREF`/`SEQ` fields);
the PDF is LibreOffice's conversion of a DOCX with typed captions (LibreOffice would renumber fields).
Third set (helper reports3): `~~~` a page break, `*text` a bold centred paragraph (a caption as WPS users
type it under a table), `!bar 标题|a,b,c|1,2,3` a bar chart picture (matplotlib, no text in the picture but
its bars' labels). A `Form` gives the page furniture: a running head, a page number footer (— N —), and the
heading styles as WPS writes them (numeric style ids, names 标题 1/标题 2, the level in w:outlineLvl).
A TXT report "from the PDF" is `pdftotext -layout` of the LibreOffice PDF (form feeds kept).
Fourth set (helper reports4): `%text` a footnote (Word's footnotes part, printed at the foot of the page) whose
mark ends the paragraph before it, as 数据来源 are put under a caption; `[TOC]` Word's 目录 field (TOC
\\o "1-2", its entries shown as Word last updated them: styles TOC 1/TOC 2, a dotted tab, the page); `+ text` a
numbered list item (style List Number, Word's automatic numbering); a TXT report can also be `pdftotext`
without -layout (cells one per line, in reading order).
Sixth set (helper reports6): `[landscape]` / `[portrait]` start a section on a new page turned that way (wide
tables on landscape pages, as Word users set them), `[cols N]` a continuous section of N text columns (a densely
set two-column report whose wide tables run across the page in a one-column section); a `Form` can be `dense`
(narrow margins, small type, as a school's printed booklet).

Run: /work/main/.venv/bin/python tests/data/audit-reports/make_reports.py [report …] (needs python-docx and
soffice; with names, only those reports are made)
"""
from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from dataclasses import dataclass

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("styled", HERE.parent.parent / "audit" / "reports" / "make_reports.py")
styled = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(styled)  # the Word caption fields of the styled reports (one implementation)

_CAPTION = re.compile(r"^(表|图)\s*(?:(\d+)[-.])?(\d+)\s+(.*)$")


def _table(d, rows: list[list[str]], repeat_header: bool = False) -> None:
    width = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=width)
    t.style = "Table Grid"
    if repeat_header:  # LibreOffice and Word print the first row again on every page the table runs onto
        t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    _fit_column(d, t, width)
    for r, row in enumerate(rows):
        if len(row) == 1:
            t.cell(r, 0).merge(t.cell(r, width - 1)).text = row[0]
            continue
        for c, text in enumerate(row):
            if text == "^":
                t.cell(r - 1, c).merge(t.cell(r, c))
            elif text == "<":
                t.cell(r, c - 1).merge(t.cell(r, c))
            else:
                t.cell(r, c).text = text


def _fit_column(d, t, width: int) -> None:
    """In a section of several text columns, a table is as wide as one column (Word sizes a new table to the
    column it is inserted in; python-docx sizes it to the page)."""
    section = d.sections[-1]
    cols = section._sectPr.find(qn("w:cols"))
    count = int(cols.get(qn("w:num"), "1")) if cols is not None else 1
    if count < 2:
        return
    gap = int(cols.get(qn("w:space"), "0")) * 635  # twips to EMU
    column = (section.page_width - section.left_margin - section.right_margin - gap * (count - 1)) // count
    t.autofit = False
    for grid in t._tbl.tblGrid.findall(qn("w:gridCol")):
        grid.set(qn("w:w"), str(column // width // 635))
    for cell in t._cells:
        cell.width = column // width


@dataclass(frozen=True)
class Form:
    """Page furniture of a report (third set): running head, page numbers, WPS heading styles."""
    header: str = ""
    page_numbers: bool = False
    wps: bool = False
    repeat_header: bool = False
    dense: bool = False


def build(source: Path, target: Path, fields: bool, form: Form | None = None) -> None:
    d = docx.Document()
    form = form or Form()
    _furnish(d, form)
    rows: list[list[str]] = []
    notes = _Footnotes(d)
    lines = source.read_text(encoding="utf-8").splitlines()
    for line in lines + [""]:
        if "\t" in line or (rows and line.startswith("单位：")):
            rows.append(line.split("\t"))
            continue
        if rows:
            _table(d, rows, form.repeat_header)
            rows = []
        if not line:
            continue
        if line.startswith("="):
            d.add_paragraph(line[1:], style="Title")
        elif line.startswith("## "):
            _heading(d, line[3:].partition("|")[0], 2, form)
        elif line.startswith("# "):
            _heading(d, line[2:].partition("|")[0], 1, form)
        elif line == "~~~":
            d.add_page_break()
        elif line in ("[landscape]", "[portrait]"):
            _turn(d, landscape=line == "[landscape]")
        elif line.startswith("[cols "):
            _columns(d, int(line[6:-1]))
        elif line.startswith("*"):
            run = d.add_paragraph().add_run(line[1:])
            run.bold = True
            d.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif line.startswith("!bar "):
            _bar_chart(d, line[5:])
        elif line.startswith("@"):
            _caption(d, line[1:], fields)
        elif line.startswith("%"):
            notes.add(d.paragraphs[-1], line[1:])
        elif line == "[TOC]":
            _toc(d, lines)
        elif line.startswith("+ "):
            d.add_paragraph(line[2:], style="List Number")
        else:
            d.add_paragraph(line)
    notes.save()
    d.save(str(target))


_FOOTNOTES_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


class _Footnotes:
    """Word's footnotes part: the separators Word writes (ids -1 and 0), then one w:footnote per note."""

    def __init__(self, d) -> None:
        self.d, self.notes = d, []

    def add(self, paragraph, text: str) -> None:
        self.notes.append(text)
        run = paragraph.add_run()
        props = OxmlElement("w:rPr")
        align = OxmlElement("w:vertAlign")
        align.set(qn("w:val"), "superscript")
        props.append(align)
        run._r.append(props)
        ref = OxmlElement("w:footnoteReference")
        ref.set(qn("w:id"), str(len(self.notes)))
        run._r.append(ref)

    def save(self) -> None:
        if not self.notes:
            return
        from xml.sax.saxutils import escape
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part
        body = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
                '</w:p></w:footnote>']
        for n, text in enumerate(self.notes, 1):
            body.append(f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                        f'<w:footnoteRef/></w:r><w:r><w:rPr><w:sz w:val="18"/></w:rPr>'
                        f'<w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {_FOOTNOTES_NS}>' \
              + "".join(body) + "</w:footnotes>"
        part = Part(PackURI("/word/footnotes.xml"),
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                    xml.encode("utf-8"), self.d.part.package)
        self.d.part.relate_to(part, RT.FOOTNOTES)


def _toc(d, lines: list[str]) -> None:
    """Word's 目录: a TOC field over the headings, its shown entries as Word wrote them at the last update
    (the page of each heading is the one typed after `|` in the heading line's source, else none)."""
    d.add_paragraph("目  录", style="Title")
    for level in (1, 2):
        if f"TOC{level}" not in [s.style_id for s in d.styles]:
            style = d.styles.add_style(f"toc {level}", WD_STYLE_TYPE.PARAGRAPH)
            style.element.set(qn("w:styleId"), f"TOC{level}")
            style.base_style = d.styles["Normal"]
            style.paragraph_format.left_indent = Cm(0.74 * (level - 1))
            tabs = OxmlElement("w:tabs")
            tab = OxmlElement("w:tab")
            for key, value in (("w:val", "right"), ("w:leader", "dot"), ("w:pos", "8300")):
                tab.set(qn(key), value)
            tabs.append(tab)
            style.element.get_or_add_pPr().append(tabs)
    entries = [(2 if line.startswith("## ") else 1, line.lstrip("# ")) for line in lines
               if line.startswith("# ") or line.startswith("## ")]
    for i, (level, text) in enumerate(entries):
        title, _, page = text.partition("|")
        p = d.add_paragraph(style=f"toc {level}")
        if i == 0:
            _fld_char(p, "begin")
            run = p.add_run()
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = ' TOC \\o "1-2" \\h \\z \\u '
            run._r.append(instr)
            _fld_char(p, "separate")
        p.add_run(f"{title}\t{page}")
        if i == len(entries) - 1:
            _fld_char(p, "end")
    d.add_page_break()


def _fld_char(p, kind: str) -> None:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    p.add_run()._r.append(element)


def _turn(d, landscape: bool) -> None:
    """A new section on a new page, turned (the running head and page numbers carry on: linked to the previous)."""
    from docx.enum.section import WD_ORIENT, WD_SECTION
    before = d.sections[-1]
    section = d.add_section(WD_SECTION.NEW_PAGE)
    short, long = sorted((before.page_width, before.page_height))
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)


def _columns(d, count: int) -> None:
    """A continuous section of `count` text columns (0.75 cm apart), as Word's 分栏 makes it."""
    from docx.enum.section import WD_SECTION
    section = d.add_section(WD_SECTION.CONTINUOUS)
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), str(count))
    cols.set(qn("w:space"), "425")


def _heading(d, text: str, level: int, form: Form) -> None:
    if form.wps:
        d.add_paragraph(text, style=f"标题 {level}")
    else:
        d.add_heading(text, level=level)


def _furnish(d, form: Form) -> None:
    section = d.sections[0]
    if form.header:
        section.header.paragraphs[0].text = form.header
    if form.page_numbers:
        p = section.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run("— ")
        field = OxmlElement("w:fldSimple")
        field.set(qn("w:instr"), "PAGE")
        run, text = OxmlElement("w:r"), OxmlElement("w:t")
        text.text = "1"
        run.append(text)
        field.append(run)
        p._p.append(field)
        p.add_run(" —")
    if form.wps:
        _wps_heading_styles(d)
    if form.dense:  # a booklet: 1.8 cm margins, 9 pt body and tables
        section.top_margin = section.bottom_margin = Cm(1.8)
        section.left_margin = section.right_margin = Cm(1.8)
        d.styles["Normal"].font.size = Pt(9)


def _wps_heading_styles(d) -> None:
    """WPS's headings: style ids "2"/"3", localized names, the outline level in the paragraph properties."""
    for level, size in ((1, 16), (2, 14)):
        style = d.styles.add_style(f"标题 {level}", WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = d.styles["Normal"]
        style.element.set(qn("w:styleId"), str(level + 1))
        style.font.bold, style.font.size = True, Pt(size)
        outline = OxmlElement("w:outlineLvl")
        outline.set(qn("w:val"), str(level - 1))
        style.element.get_or_add_pPr().append(outline)


def _bar_chart(d, spec: str) -> None:
    """A bar chart picture: `title|labels|values` (the title goes into the caption, not the picture)."""
    try:
        import matplotlib
    except ImportError:  # nianbao no longer depends on matplotlib: plain bars drawn with Pillow (a picture either way)
        _plain_bars(d, [float(v) for v in spec.split("|")[2].split(",")])
        return
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    _, labels, values = spec.split("|")
    names, heights = labels.split(","), [float(v) for v in values.split(",")]
    plt.rcParams["font.family"] = ["Noto Sans CJK SC", "DejaVu Sans"]
    fig, ax = plt.subplots(figsize=(6, 3), dpi=100)
    ax.bar(names, heights, color="#4a7ab5")
    for x, h in zip(names, heights):
        ax.annotate(f"{h:g}", (x, h), ha="center", va="bottom", fontsize=8)
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "chart.png"
        fig.savefig(png, metadata={"Software": None})
        plt.close(fig)
        d.add_picture(str(png), width=Cm(13))
    d.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER


def _plain_bars(d, heights: list[float]) -> None:
    from PIL import Image, ImageDraw
    image = Image.new("RGB", (600, 300), "white")
    draw, slot, top = ImageDraw.Draw(image), 560 / len(heights), max(heights)
    for i, h in enumerate(heights):
        x = 20 + i * slot + slot * 0.2
        draw.rectangle([x, 280 - 250 * h / top, x + slot * 0.6, 280], fill="#4a7ab5")
    draw.line([15, 280, 585, 280], fill="black")
    with tempfile.TemporaryDirectory() as tmp:
        png = Path(tmp) / "chart.png"
        image.save(png)
        d.add_picture(str(png), width=Cm(13))
    d.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER


def _caption(d, text: str, fields: bool) -> None:
    m = _CAPTION.match(text)
    word, chapter, n, title = m.group(1), m.group(2), int(m.group(3)), m.group(4)
    if fields:
        styled.caption(d, word, int(chapter) if chapter else None, n, title)
    else:
        d.add_paragraph(text)


def to_pdf(soffice: str, source: Path, name: str, form: Form | None = None, outdir: Path = HERE) -> None:
    """outdir/name: LibreOffice's PDF of the DOCX built from `source` (typed captions)."""
    with tempfile.TemporaryDirectory() as tmp:
        docx_file = Path(tmp) / Path(name).with_suffix(".docx").name
        build(source, docx_file, fields=False, form=form)
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir), str(docx_file)], check=True, capture_output=True, timeout=180)


def pdftotext_layout(soffice: str, source: Path, name: str, form: Form) -> None:
    """HERE/name: `pdftotext -layout` of the LibreOffice PDF of `source`, as a reviewer extracts a report."""
    with tempfile.TemporaryDirectory() as tmp:
        to_pdf(soffice, source, Path(name).with_suffix(".pdf").name, form, Path(tmp))
        pdf = Path(tmp) / Path(name).with_suffix(".pdf").name
        subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), str(HERE / name)], check=True, timeout=180)


def pdftotext_raw(soffice: str, source: Path, name: str, form: Form) -> None:
    """HERE/name: plain `pdftotext` (no -layout) of the LibreOffice PDF: each table cell on a line of its own."""
    with tempfile.TemporaryDirectory() as tmp:
        to_pdf(soffice, source, Path(name).with_suffix(".pdf").name, form, Path(tmp))
        pdf = Path(tmp) / Path(name).with_suffix(".pdf").name
        subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), str(HERE / name)], check=True, timeout=180)


def main(names: list[str]) -> None:
    """Make the named reports (all when none is named): rebuilding one leaves the others' bytes alone."""
    soffice = shutil.which("soffice")
    for name, make in _REPORTS.items():
        if names and name not in names:
            continue
        if name.endswith((".pdf", ".txt")) and soffice is None:
            sys.exit("需要 LibreOffice（soffice）来生成 PDF 报告")
        make(soffice)


def _luzhou_pdf(soffice: str) -> None:
    """The dotted TXT report as a PDF (unit rows, wrapped cells)."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "luzhou.src"
        text = (HERE / "luzhou-dotted-traditional.txt").read_text(encoding="utf-8")
        source.write_text("\n".join(line for line in text.splitlines() if line.strip()), encoding="utf-8")
        to_pdf(soffice, source, "luzhou-dotted-traditional-libreoffice.pdf")


_REPORTS = {
    "beiyu-word.docx": lambda _: build(HERE / "beiyu-word.src", HERE / "beiyu-word.docx", fields=True),
    "nanxi-libreoffice.pdf": lambda soffice: to_pdf(soffice, HERE / "nanxi-libreoffice.src", "nanxi-libreoffice.pdf"),
    "luzhou-dotted-traditional-libreoffice.pdf": _luzhou_pdf,
    "wuxi-secondary-word.docx": lambda _: build(HERE / "wuxi-secondary-word.src", HERE / "wuxi-secondary-word.docx",
                                                fields=True),
    "jingyuan-dotted-libreoffice.pdf": lambda soffice: to_pdf(soffice, HERE / "jingyuan-dotted-libreoffice.src",
                                                              "jingyuan-dotted-libreoffice.pdf"),
    "qiaochuan-pdftotext.txt": lambda soffice: pdftotext_layout(
        soffice, HERE / "qiaochuan-pdftotext.src", "qiaochuan-pdftotext.txt",
        Form(header="峤川交通职业技术学院 2025 年度质量报告", page_numbers=True)),
    "wuting-wps.docx": lambda _: build(HERE / "wuting-wps.src", HERE / "wuting-wps.docx", fields=False,
                                       form=Form(page_numbers=True, wps=True)),
    "junlan-chapters-libreoffice.pdf": lambda soffice: to_pdf(
        soffice, HERE / "junlan-chapters-libreoffice.src", "junlan-chapters-libreoffice.pdf",
        Form(page_numbers=True, repeat_header=True)),
    "lanzhou-appendix-word.docx": lambda _: build(HERE / "lanzhou-appendix-word.src", HERE / "lanzhou-appendix-word.docx",
                                                  fields=True),
    "zhexi-footnotes-libreoffice.pdf": lambda soffice: to_pdf(
        soffice, HERE / "zhexi-footnotes-libreoffice.src", "zhexi-footnotes-libreoffice.pdf",
        Form(page_numbers=True, repeat_header=True)),
    "qinchuan-pdftotext-raw.txt": lambda soffice: pdftotext_raw(
        soffice, HERE / "qinchuan-pdftotext-raw.src", "qinchuan-pdftotext-raw.txt",
        Form(header="溱川现代农业职业学院2025年度职业教育质量报告", page_numbers=True)),
    "tangxi-toc-word.docx": lambda _: build(HERE / "tangxi-toc-word.src", HERE / "tangxi-toc-word.docx", fields=True,
                                            form=Form(page_numbers=True)),
    "xiuchuan-merged-wps.docx": lambda _: build(HERE / "xiuchuan-merged-wps.src", HERE / "xiuchuan-merged-wps.docx",
                                                fields=False, form=Form(page_numbers=True, wps=True)),
    "chengling-secondary-libreoffice.pdf": lambda soffice: to_pdf(
        soffice, HERE / "chengling-secondary-libreoffice.src", "chengling-secondary-libreoffice.pdf",
        Form(page_numbers=True)),
    "langxi-landscape-word.docx": lambda _: build(HERE / "langxi-landscape-word.src", HERE / "langxi-landscape-word.docx",
                                                  fields=True, form=Form(page_numbers=True)),
    "daichuan-twoheader-libreoffice.pdf": lambda soffice: to_pdf(
        soffice, HERE / "daichuan-twoheader-libreoffice.src", "daichuan-twoheader-libreoffice.pdf",
        Form(header="黛川护理职业学院2025年职业教育质量年度报告", page_numbers=True)),
    "yantang-twocolumn-pdftotext.txt": lambda soffice: pdftotext_layout(
        soffice, HERE / "yantang-twocolumn-pdftotext.src", "yantang-twocolumn-pdftotext.txt",
        Form(header="砚塘技师学院2025年度质量报告", page_numbers=True, dense=True)),
}


if __name__ == "__main__":
    main(sys.argv[1:])
