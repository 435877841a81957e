"""DOCX writer: the Word file colleges submit, opened in Microsoft Word, WPS or LibreOffice.

python-docx has no API for fields (TOC, SEQ, PAGE), East Asian fonts or vertical merges with
explicit widths, so this module writes that XML itself through python-docx's oxml helpers.
Every field carries a cached result computed from the document model (the right caption
number, the list entries), so the file reads correctly before any field is updated; Word and
WPS refresh the page numbers on open because settings.xml asks them to (`w:updateFields`).
See docs/docx.md for the structure.
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.image.exceptions import UnrecognizedImageError
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.pkgwriter import PackageWriter
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor, Twips
from docx.table import _Cell

from ..document.model import (BulletList, Case, Cell, CrossRef, Document, Emphasis, Figure, FrontPage, Heading, Inline, Paragraph,
                              Section, Strong, Table, Text, ValueRef, inline_text)
from .anchors import anchor, section_anchor
from .common import build_timestamp
from .docx_fast import BodyAppender, ShapeIds, attribute_name, new_element, xml_escape
from .docx_tables import table_xml

# ---------------------------------------------------------------- page geometry and fonts

PAGE_WIDTH, PAGE_HEIGHT = Twips(11906), Twips(16838)  # A4, in the twips Word itself uses
MARGIN_TOP, MARGIN_BOTTOM, MARGIN_SIDE = Cm(2.54), Cm(2.54), Cm(2.8)
TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN_SIDE  # 15.4 cm
TEXT_WIDTH_TWIPS = round(TEXT_WIDTH / 635)  # EMU -> twips (1 twip = 635 EMU)
MAX_IMAGE_WIDTH = Cm(15.0)
MAX_CASE_IMAGE_WIDTH = Cm(13.5)  # inside the case box's padding
MAX_IMAGE_HEIGHT = Cm(12.0)  # keeps a tall photo and its caption on one page
LATIN_FONT = "Times New Roman"
KEEP_TOGETHER_ROWS = 22  # tables up to this many rows fit on a page: never split (as in the PDF)

# Chinese sizes: 小二 18, 三号 16, 四号 14, 小四 12, 五号 10.5, 小五 9.
BODY_SIZE, TABLE_SIZE, CAPTION_SIZE, SOURCE_SIZE, HEADER_SIZE = 12, 10.5, 10.5, 9, 9

CASE_PADDING_TWIPS = 227  # 4 mm left and right inside the case box
CASE_INNER_WIDTH_TWIPS = TEXT_WIDTH_TWIPS - 2 * CASE_PADDING_TWIPS - 60  # minus the accent border
CASE_LINE_CHARS = 32  # Chinese characters of 小四 on one line inside the case box
CASE_KEEP_WHOLE_LINES = 12  # about a third of a page: a shorter box is never split, a longer one may be
FIGURE_LINES = 14  # a chart or photo with its caption, in body lines
CASE_FILL, CASE_BORDER, HEADER_FILL = "F3F6FA", "1F5FA8", "DCE6F1"
CASE_TITLE_STYLE = "案例标题"  # a custom style: its name is the same in every language of Word/WPS
NUMERIC_KINDS = {"count", "percent", "number"}

TOC_MAIN = 'TOC \\o "1-3" \\h \\z \\u'
TOC_FIGURES = 'TOC \\h \\z \\c "图"'
TOC_TABLES = 'TOC \\h \\z \\c "表"'
# Chapter cases (案例 1-1) and featured cases (经典案例 1) are two SEQ sequences; one TOC \c can list
# only one of them, so the case list collects the case title style instead (\t), which holds both.
TOC_CASES = f'TOC \\h \\z \\t "{CASE_TITLE_STYLE},1"'

PAGE_PLACEHOLDER = ""  # cached PAGEREF result in the pre-filled lists; Word/WPS fill in the page on update
NUMBER_PARTS = re.compile(r"^(?P<kind>\D+?)\s*(?:(?P<chapter>\d+)-)?(?P<n>\d+)$")


def bookmark_name(number_or_anchor: str) -> str:
    """Word bookmark names allow letters, digits and '_' only: "表 1-1" -> "tab_1_1"."""
    name = anchor(number_or_anchor) if " " in number_or_anchor else number_or_anchor
    return name.replace("-", "_")[:40]


# ---------------------------------------------------------------- low-level XML helpers


def _el(tag: str, **attrs: str):
    element = new_element(tag)
    for key, value in attrs.items():
        element.set(attribute_name(f"w:{key}"), str(value))
    return element


# Child order the schema requires (Word reports "unreadable content" for elements out of order).
SCHEMA_ORDER = {
    "w:pPr": "pStyle keepNext keepLines pageBreakBefore framePr widowControl numPr suppressLineNumbers pBdr shd "
             "tabs suppressAutoHyphens kinsoku wordWrap overflowPunct topLinePunct autoSpaceDE autoSpaceDN bidi "
             "adjustRightInd snapToGrid spacing ind contextualSpacing mirrorIndents suppressOverlap jc "
             "textDirection textAlignment textboxTightWrap outlineLvl divId cnfStyle rPr sectPr pPrChange",
    "w:rPr": "rStyle rFonts b bCs i iCs caps smallCaps strike dstrike outline shadow emboss imprint noProof "
             "snapToGrid vanish webHidden color spacing w kern position sz szCs highlight u effect bdr shd "
             "fitText vertAlign rtl cs em lang eastAsianLayout specVanish oMath",
    "w:tblPr": "tblStyle tblpPr tblOverlap bidiVisual tblStyleRowBandSize tblStyleColBandSize tblW jc "
               "tblCellSpacing tblInd tblBorders shd tblLayout tblCellMar tblLook tblCaption tblDescription",
    "w:tcPr": "cnfStyle tcW gridSpan hMerge vMerge tcBorders shd noWrap tcMar textDirection tcFitText vAlign "
              "hideMark",
    "w:tblCellMar": "top start left bottom end right",
    "w:sectPr": "headerReference footerReference footnotePr endnotePr type pgSz pgMar paperSrc pgBorders "
                "lnNumType pgNumType cols formProt vAlign noEndnote titlePg textDirection bidi rtlGutter docGrid "
                "printerSettings sectPrChange",
}
SCHEMA_ORDER = {parent: [qn(f"w:{t}") for t in tags.split()] for parent, tags in SCHEMA_ORDER.items()}


def _insert_ordered(parent, element):
    """Insert element among parent's children at the place the schema gives it."""
    order = SCHEMA_ORDER.get(parent.prefix + ":" + parent.tag.split("}")[1]) if parent.prefix else None
    if order and element.tag in order:
        later = set(order[order.index(element.tag) + 1:])
        for sibling in parent:
            if sibling.tag in later:
                sibling.addprevious(element)
                return element
    parent.append(element)
    return element


def _put(parent, element):
    """Replace parent's child of the same tag with element (or insert it in schema order)."""
    old = parent.find(element.tag)
    if old is not None:
        old.getparent().replace(old, element)
        return element
    return _insert_ordered(parent, element)


def _child(parent, tag: str, **attrs: str):
    """The first `tag` child of parent, created in schema order when absent, with attrs set."""
    found = parent.find(attribute_name(tag))
    if found is None:
        found = _insert_ordered(parent, _el(tag))
    for key, value in attrs.items():
        found.set(attribute_name(f"w:{key}"), str(value))
    return found


XML_SPACE = qn("xml:space")


def _text_run(text: str, bold: bool = False, italic: bool = False):
    run = _el("w:r")
    if bold or italic:
        rpr = _child(run, "w:rPr")
        for tag in (("w:b", "w:bCs") if bold else ()) + (("w:i", "w:iCs") if italic else ()):
            _child(rpr, tag)
    t = new_element("w:t")
    t.text = text
    t.set(XML_SPACE, "preserve")
    run.append(t)
    return run


def _fldchar_run(kind: str, dirty: bool = False):
    run = _el("w:r")
    fld = _el("w:fldChar", fldCharType=kind)
    if dirty:
        fld.set(qn("w:dirty"), "true")
    run.append(fld)
    return run


def _instr_run(instruction: str):
    run = _el("w:r")
    instr = _el("w:instrText")
    instr.text = f" {instruction} "
    instr.set(qn("xml:space"), "preserve")
    run.append(instr)
    return run


def _seq_reset(chapter: str | None, n) -> str:
    """Per-chapter SEQ switches. `\\s 1` restarts at each chapter (Heading 1) in Word; LibreOffice
    ignores `\\s` and would number on across chapters (表 2-9), so `\\r n` also pins each field to
    the number the model gave it: every application then shows 表 2-1."""
    return f" \\r {n} \\s 1" if chapter else ""


def _field_runs(instruction: str, shown: str, bold: bool = False) -> list:
    """A complete field whose cached result `shown` is what readers see until it is updated."""
    return [_fldchar_run("begin"), _instr_run(instruction), _fldchar_run("separate"), _text_run(shown, bold),
            _fldchar_run("end")]


def _set_fonts(rpr, east_asia: str, latin: str = LATIN_FONT) -> None:
    """Named fonts on rFonts; theme attributes would override them in Word, so they go."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = _insert_ordered(rpr, _el("w:rFonts"))
    for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr, value in (("ascii", latin), ("hAnsi", latin), ("eastAsia", east_asia), ("cs", latin)):
        fonts.set(qn(f"w:{attr}"), value)


def _shade(parent_pr, fill: str) -> None:
    _child(parent_pr, "w:shd", val="clear", color="auto", fill=fill)


def _borders(tag: str, edges: dict[str, tuple[str, int]]):
    """<w:tblBorders>/<w:tcBorders>/<w:pBdr> with (color, eighths of a point) per edge."""
    element = _el(tag)
    for edge, (color, size) in edges.items():
        element.append(_el(f"w:{edge}", val="single" if size else "nil", sz=size, space=0, color=color))
    return element


# ---------------------------------------------------------------- styles


def _style(document, name: str, style_type=WD_STYLE_TYPE.PARAGRAPH, base: str | None = "Normal"):
    try:
        return document.styles[name]
    except KeyError:
        style = document.styles.add_style(name, style_type)
        if base:
            style.base_style = document.styles[base]
        return style


def _format_style(style, east_asia: str, size: float, bold: bool = False, align=None, indent_chars: int = 0,
                  before: float = 0, after: float = 0, line: float | None = None, keep_next: bool = False) -> None:
    font = style.font
    font.size, font.bold, font.italic = Pt(size), bold, False
    font.color.rgb = RGBColor(0, 0, 0)
    _set_fonts(style.element.get_or_add_rPr(), east_asia)
    pf = style.paragraph_format
    pf.space_before, pf.space_after = Pt(before), Pt(after)
    pf.keep_with_next = keep_next
    if align is not None:
        pf.alignment = align
    if line is not None:
        pf.line_spacing = line
    ind = _child(style.element.get_or_add_pPr(), "w:ind")
    ind.set(qn("w:firstLineChars"), str(indent_chars * 100))
    ind.set(qn("w:firstLine"), str(round(indent_chars * size * 20)))


def _strip_theme_fonts(document) -> None:
    for fonts in document.styles.element.iter(qn("w:rFonts")):
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            fonts.attrib.pop(qn(f"w:{attr}"), None)


def _set_doc_defaults(document, body_font: str) -> None:
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _set_fonts(rpr, body_font)
    # hint: ambiguous characters such as “ ” and … take the Chinese font, as Chinese Word does.
    rpr.find(qn("w:rFonts")).set(qn("w:hint"), "eastAsia")
    _child(rpr, "w:lang", val="en-US", eastAsia="zh-CN", bidi="ar-SA")


def setup_styles(document, fonts: dict[str, str]) -> None:
    names = docx_fonts(fonts)
    body, heading, caption = names["body"], names["heading"], names["caption"]
    _strip_theme_fonts(document)
    _set_doc_defaults(document, body)
    center, left, justify = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.LEFT, WD_ALIGN_PARAGRAPH.JUSTIFY
    _format_style(document.styles["Normal"], body, BODY_SIZE, align=justify, indent_chars=2, line=1.5)
    h1 = document.styles["Heading 1"]
    _format_style(h1, heading, 16, align=center, before=12, after=18, line=1.5, keep_next=True)
    h1.paragraph_format.page_break_before = True  # every chapter starts a page, as in the printed report
    _format_style(document.styles["Heading 2"], heading, 14, align=left, before=12, after=6, line=1.5,
                  keep_next=True)
    _format_style(document.styles["Heading 3"], heading, BODY_SIZE, align=left, indent_chars=2, before=6,
                  after=3, line=1.5, keep_next=True)
    _format_style(document.styles["Heading 4"], body, BODY_SIZE, bold=True, align=left, indent_chars=2, line=1.5,
                  keep_next=True)
    _format_style(document.styles["Caption"], caption, CAPTION_SIZE, align=center, before=6, after=6)
    _format_style(_style(document, "数据来源"), body, SOURCE_SIZE, align=left, after=6)
    _format_style(_style(document, "表格文字"), body, TABLE_SIZE, align=left, line=1.0)
    _format_style(_style(document, CASE_TITLE_STYLE), heading, BODY_SIZE, align=center, before=3, after=6,
                  keep_next=True)
    _format_style(_style(document, "图片"), body, BODY_SIZE, align=center, before=6, line=1.0, keep_next=True)
    front = _style(document, "前置页标题")
    _format_style(front, heading, 16, align=center, before=0, after=18, line=1.5)
    front.paragraph_format.page_break_before = True
    for name in ("Header", "Footer"):
        _format_style(document.styles[name], body, HEADER_SIZE, align=center, line=1.0)
    _setup_list_styles(document, body)


def _setup_list_styles(document, body: str) -> None:
    """TOC 1-3 and "table of figures" (Word's names for the list entry styles) with dot leaders."""
    for name, indent in (("toc 1", 0), ("toc 2", 2), ("toc 3", 4), ("table of figures", 0)):
        style = _style(document, name)
        _format_style(style, body, BODY_SIZE, align=WD_ALIGN_PARAGRAPH.LEFT, line=1.5)
        ind = style.element.get_or_add_pPr().find(qn("w:ind"))
        ind.set(qn("w:leftChars"), str(indent * 100))
        ind.set(qn("w:left"), str(indent * BODY_SIZE * 20))
        tabs = _child(style.element.get_or_add_pPr(), "w:tabs")
        tabs.append(_el("w:tab", val="right", leader="dot", pos=TEXT_WIDTH_TWIPS))


# ---------------------------------------------------------------- the writer


class DocxWriter:
    def __init__(self, doc: Document, reference: bytes | None = None, document=None, sections=None,
                 images_ready=None):
        self.doc = doc
        # Called before the first section: the figures' PNGs may still be in the making (charts
        # rasterised in a thread), and nothing before the sections shows a picture.
        self._images_ready = images_ready
        self._sections = sections  # docx_cache.SectionCache: the XML of sections unchanged since the last build
        self.warnings: list[str] = []
        # `reference`: a package to start from instead of python-docx's template; `document`: one
        # already opened, written into as it is (the Word exchange gives each department's file a
        # copy of one styled document, see exchange/export.py).
        self.document = document or docx.Document(io.BytesIO(reference) if reference is not None else None)
        # Appends in O(1) (see docx_fast); tables start at the text width as Word stores it (whole twips).
        self.body = BodyAppender(self.document, Twips(PAGE_WIDTH.twips - 2 * MARGIN_SIDE.twips))
        self._shapes = ShapeIds()
        self._bookmark_id = 0
        self._style_ids: dict[str, str] = {}
        self._width = TEXT_WIDTH_TWIPS  # width available to a table at the current nesting
        self._chapter_index = 0

    # ------------------------------------------------ paragraphs with styles

    def _style_id(self, name: str) -> str:
        # python-docx resolves a style name by scanning all styles on every call (slow for ~1000 cells).
        if name not in self._style_ids:
            self._style_ids[name] = self.document.styles[name].style_id
        return self._style_ids[name]

    def _set_style(self, paragraph, name: str) -> None:
        _child(paragraph._p.get_or_add_pPr(), "w:pStyle", val=self._style_id(name))

    def _para(self, container, style: str | None = None, text: str = ""):
        p = container.add_paragraph()
        if style:
            self._set_style(p, style)
        if text:
            p._p.append(_text_run(text))
        return p

    # ------------------------------------------------ entry point

    def build(self) -> "DocxWriter":
        meta = self.doc.meta
        setup_styles(self.document, meta.fonts)
        self._setup_front_section()
        self._cover()
        for page in meta.front.pages():
            self._front_page(page)
        self._lists()
        self._start_body_section()
        if self._images_ready is not None:
            self._images_ready()
        for i, chapter in enumerate(self.doc.sections, start=1):
            self._chapter(i, chapter)
        self._authors()
        self._settings()
        self._core_properties()
        self._drop_template_leftovers()
        self._own_package_parts(meta.fonts)
        return self

    def to_bytes(self) -> bytes:
        return package_bytes(self.document)

    # ------------------------------------------------ pages and sections

    def _page_geometry(self, section) -> None:
        section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
        section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
        section.left_margin = section.right_margin = MARGIN_SIDE
        section.header_distance = section.footer_distance = Cm(1.5)

    def _setup_front_section(self) -> None:
        # The cover and the front matter carry no header and no page number, like the printed report.
        self._page_geometry(self.document.sections[0])

    def _start_body_section(self) -> None:
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        self._page_geometry(section)
        _child(section._sectPr, "w:pgNumType", start=1, fmt="decimal")
        meta = self.doc.meta
        header = section.header
        header.is_linked_to_previous = False
        p = header.paragraphs[0]
        p.text = f"{meta.college}{meta.title}{meta.subtitle}"
        _put(p._p.get_or_add_pPr(), _borders("w:pBdr", {"bottom": ("000000", 6)}))
        footer = section.footer
        footer.is_linked_to_previous = False
        fp = footer.paragraphs[0]
        for run in _field_runs("PAGE", "1"):
            fp._p.append(run)

    def _page_break(self) -> None:
        self.body.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def _centered(self, text: str, size: float, east_asia: str, bold: bool = False, before: float = 0,
                  spacing: float = 0, latin: str = LATIN_FONT):
        p = self.body.add_paragraph()
        pf = p.paragraph_format
        pf.alignment, pf.first_line_indent, pf.space_before = WD_ALIGN_PARAGRAPH.CENTER, Pt(0), Pt(before)
        ind = p._p.get_or_add_pPr().find(qn("w:ind"))
        ind.set(qn("w:firstLineChars"), "0")  # the style's 2-character indent would shift centred text
        run = p.add_run(text)
        run.font.size, run.font.bold = Pt(size), bold
        _set_fonts(run._r.get_or_add_rPr(), east_asia, latin)
        if spacing:
            _child(run._r.get_or_add_rPr(), "w:spacing", val=round(spacing * 20))
        return p

    def _cover(self) -> None:
        meta, fonts = self.doc.meta, docx_fonts(self.doc.meta.fonts)
        heading, body = fonts["heading"], fonts["body"]
        self._centered(meta.college, 28, heading, bold=True, before=110, spacing=4)
        if meta.college_en:
            self._centered(meta.college_en, 14, body, before=6, spacing=1)
        for i, line in enumerate(meta.cover_lines):
            self._centered(line, 14, body, before=48 if i == 0 else 8)
        self._centered(meta.title, 22, heading, bold=True, before=120 if meta.cover_lines else 200)
        if meta.subtitle:
            self._centered(meta.subtitle, 18, heading, before=12)

    def _front_title(self, text: str) -> None:
        self._para(self.body, "前置页标题", text)

    def _external_link(self, paragraph, url: str) -> None:
        rel = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
        link = _el("w:hyperlink")
        link.set(qn("r:id"), rel)
        run = _text_run(url)
        rpr = _el("w:rPr")
        rpr.append(_el("w:color", val="1F5FA8"))
        rpr.append(_el("w:u", val="single"))
        run.insert(0, rpr)
        link.append(run)
        paragraph._p.append(link)

    def _front_page(self, page: FrontPage) -> None:
        """年报公开形式及网址 or 内容真实性责任声明: the model's words, signature lines to the right."""
        if page.attachment:
            p = self.body.add_paragraph(page.attachment)
            p.paragraph_format.page_break_before = True
            p.paragraph_format.first_line_indent = Pt(0)
        title = self._para(self.body, "前置页标题", page.title)
        if page.attachment:
            title.paragraph_format.page_break_before = False
        for line in page.paragraphs:
            if page.link and page.link in line:
                before, _, after = line.partition(page.link)
                p = self.body.add_paragraph(before)
                self._external_link(p, page.link)
                if after:
                    p._p.append(_text_run(after))
            else:
                self.body.add_paragraph(line)
        if page.closing:
            self.body.add_paragraph(page.closing)
        for i, line in enumerate(page.signatures):
            p = self.body.add_paragraph(line)
            p.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            p.paragraph_format.space_before = Pt(48 if i == 0 else 18)
            p.paragraph_format.right_indent = Pt(BODY_SIZE * 4)

    # ------------------------------------------------ 目录 / 图目录 / 表目录 / 案例目录

    def _lists(self) -> None:
        front = self.doc.meta.front
        self._front_title(front.toc_title)
        self._toc_field(TOC_MAIN, self._main_toc_entries(), "（无条目）")
        self._front_title(front.figures_title)
        self._toc_field(TOC_FIGURES, [("table of figures", f"{f.number} {f.caption}", bookmark_name(f.number))
                                      for f in self.doc.figures()], "（本报告无图）")
        self._front_title(front.tables_title)
        self._toc_field(TOC_TABLES, [("table of figures", f"{t.number} {t.caption}", bookmark_name(t.number))
                                     for t in self.doc.tables()], "（本报告无表）")
        self._front_title(front.cases_title)
        self._toc_field(TOC_CASES, [("toc 1", f"{c.number} {c.title}", bookmark_name(c.number))
                                    for c in self.doc.cases()], "（本报告无案例）")

    def _main_toc_entries(self) -> list[tuple[str, str, str]]:
        entries = []
        for i, chapter in enumerate(self.doc.sections, start=1):
            entries.append(("toc 1", chapter.heading, bookmark_name(section_anchor((i,)))))
            entries += self._heading3_entries(chapter, (i,))
            for j, child in enumerate(chapter.children, start=1):
                entries.append(("toc 2", child.heading, bookmark_name(section_anchor((i, j)))))
                entries += self._heading3_entries(child, (i, j))
            # Featured cases carry outline level 2, so Word's own TOC lists them under 附录 too.
            entries += [("toc 2", f"{c.number} {c.title}", bookmark_name(c.number))
                        for c in chapter.blocks if isinstance(c, Case) and c.featured]
        return entries

    @staticmethod
    def _heading3_entries(section: Section, path: tuple[int, ...]) -> list[tuple[str, str, str]]:
        headings = [b for b in section.blocks if isinstance(b, Heading) and b.level == 3]
        return [("toc 3", heading_text(h), bookmark_name(section_anchor(path + (k,))))
                for k, h in enumerate(headings, start=1)]

    def _toc_field(self, instruction: str, entries: list[tuple[str, str, str]], empty: str) -> None:
        """One TOC field spanning several paragraphs: begin+instruction in the first, end in the last.

        The entries are the field's cached result: right text and a PAGEREF per entry, so readers
        see a complete list before Word/WPS update it (LibreOffice keeps what is stored).
        """
        paragraphs = []
        for style, text, bookmark in entries or [("toc 1", empty, "")]:
            p = self._para(self.body, style)
            if bookmark:
                link = _el("w:hyperlink", anchor=bookmark, history="1")
                link.append(_text_run(text))
                tab = _el("w:r")
                tab.append(_el("w:tab"))
                link.append(tab)
                # The page number is unknown until a layout engine runs: leave it empty rather than wrong.
                for run in _field_runs(f"PAGEREF {bookmark} \\h", PAGE_PLACEHOLDER):
                    link.append(run)
                p._p.append(link)
            else:
                p._p.append(_text_run(text))
            paragraphs.append(p._p)
        first = paragraphs[0]
        start = [_fldchar_run("begin", dirty=True), _instr_run(instruction), _fldchar_run("separate")]
        ppr = first.find(qn("w:pPr"))
        for offset, run in enumerate(start):
            first.insert(list(first).index(ppr) + 1 + offset if ppr is not None else offset, run)
        paragraphs[-1].append(_fldchar_run("end"))

    # ------------------------------------------------ body

    def _bookmark(self, paragraph_el, name: str) -> None:
        """Wrap the paragraph's content in a bookmark (target of TOC entries and cross-references)."""
        self._bookmark_id += 1
        start = _el("w:bookmarkStart", id=self._bookmark_id, name=name)
        ppr = paragraph_el.find(qn("w:pPr"))
        paragraph_el.insert(list(paragraph_el).index(ppr) + 1 if ppr is not None else 0, start)
        paragraph_el.append(_el("w:bookmarkEnd", id=self._bookmark_id))

    def _chapter(self, i: int, chapter: Section) -> None:
        self._section((i,), chapter, "Heading 1")
        for j, child in enumerate(chapter.children, start=1):
            self._section((i, j), child, "Heading 2")

    def _section(self, path: tuple[int, ...], section: Section, style: str) -> None:
        """A section's heading and blocks (a chapter's: those before its first child); taken from the
        section cache when the last build wrote it exactly so."""
        cache = self._sections
        name = cache.name(path, section) if cache is not None else None
        if cache is not None and cache.replay(self, name, section):
            return
        start = cache.start(self) if cache is not None else None
        p = self._para(self.body, style, section.heading)
        self._bookmark(p._p, bookmark_name(section_anchor(path)))
        self._section_blocks(section, path)
        if cache is not None:
            cache.keep(self, name, start)

    def _section_blocks(self, section: Section, path: tuple[int, ...]) -> None:
        h3 = 0
        for block in section.blocks:
            if isinstance(block, Heading) and block.level == 3:
                h3 += 1
                p = self._para(self.body, "Heading 3", heading_text(block))
                self._bookmark(p._p, bookmark_name(section_anchor(path + (h3,))))
            else:
                self._block(self.body, block)

    def _block(self, container, block, in_case: bool = False) -> None:
        if isinstance(block, Paragraph):
            self._inlines(container.add_paragraph(), block.inlines)
        elif isinstance(block, Heading):
            self._heading(container, block, in_case)
        elif isinstance(block, BulletList):
            self._list(container, block)
        elif isinstance(block, Table):
            self._table(container, block)
        elif isinstance(block, Figure):
            self._figure(container, block, in_case)
        elif isinstance(block, Case):
            self._case(container, block)

    def _heading(self, container, block: Heading, in_case: bool) -> None:
        if in_case or block.level < 3:
            # Headings inside a case box stay out of the TOC: bold text, no outline level.
            p = self._para(container, "Heading 4")
            _child(p._p.get_or_add_pPr(), "w:outlineLvl", val=9)
            p.add_run(heading_text(block))
        else:
            self._para(container, f"Heading {min(block.level, 4)}", heading_text(block))

    def _inlines(self, paragraph, inlines: list[Inline]) -> None:
        for item in inlines:
            self._inline(paragraph, item)

    def _inline(self, paragraph, item: Inline) -> None:
        if isinstance(item, Emphasis):
            paragraph._p.append(_text_run(item.text, italic=True))
        elif isinstance(item, Text):
            paragraph._p.append(_text_run(item.text))
        elif isinstance(item, Strong):
            paragraph._p.append(_text_run(item.text, bold=True))
        elif isinstance(item, ValueRef):
            paragraph._p.append(_text_run(item.display or item.expr))
        elif isinstance(item, CrossRef):
            text = item.display or item.label
            if item.display:
                # A link to the numbered object's bookmark: click-through in Word/WPS, plain text on paper.
                link = _el("w:hyperlink", anchor=bookmark_name(item.display), history="1")
                link.append(_text_run(text))
                paragraph._p.append(link)
            else:
                paragraph._p.append(_text_run(text))

    def _list(self, container, block: BulletList) -> None:
        for n, item in enumerate(block.items, start=1):
            p = container.add_paragraph()
            p._p.append(_text_run(f"{n}. " if block.ordered else "• "))
            self._inlines(p, item)

    # ------------------------------------------------ captions

    def _caption(self, container, number: str, caption: str, keep_next: bool):
        """"表 1-3 …": the chapter part as text, the running number as a SEQ field showing the right value."""
        p = self._para(container, "Caption")
        p.paragraph_format.keep_with_next = keep_next
        parts = NUMBER_PARTS.match(number)
        if parts:
            kind, chapter, n = parts["kind"], parts["chapter"], parts["n"]
            prefix = f"{kind} {chapter}-" if chapter else f"{kind} "
            reset = _seq_reset(chapter, n)
            p._p.append(_text_run(prefix))
            for run in _field_runs(f"SEQ {kind} \\* ARABIC{reset}", n):
                p._p.append(run)
        else:
            p._p.append(_text_run(number))
        p._p.append(_text_run(f" {caption}"))
        if number:
            self._bookmark(p._p, bookmark_name(number))
        return p

    def _source(self, container, source: str) -> None:
        if source:
            self._para(container, "数据来源", f"数据来源：{source}")

    # ------------------------------------------------ tables

    def _table(self, container, block: Table) -> None:
        self._caption(container, block.number, block.caption, keep_next=True)
        widths = column_widths(block, self._width)
        # Word keeps a table on one page when every row but the last keeps with the next. A long
        # table breaks only between merged groups (a 院系 and its majors), so no merged cell spans
        # a page break and shows blank on the next page.
        kept = set(range(len(block.rows))) if len(block.rows) <= KEEP_TOGETHER_ROWS \
            else set(_rows_inside_merges(block))
        xml = table_xml(block, widths, self._style_id("表格文字"), HEADER_FILL, NUMERIC_KINDS, kept)
        self._add_table_element(container, parse_xml(xml))
        self._source(container, block.source)

    @staticmethod
    def _add_table_element(container, tbl) -> None:
        """Append a built `w:tbl` where `container.add_table` would put it: in the body before its
        final section properties; in a cell after its content, then the paragraph a cell must end with."""
        if isinstance(container, BodyAppender):
            container.append(tbl)
        else:
            container._tc.append(tbl)
            container.add_paragraph()

    @staticmethod
    def _table_properties(table, widths: list[int]) -> None:
        tbl = table._tbl
        tblpr = tbl.tblPr
        _child(tblpr, "w:tblW", w=sum(widths), type="dxa")
        _child(tblpr, "w:jc", val="center")
        grey = ("808080", 4)
        _put(tblpr, _borders("w:tblBorders", {e: grey for e in ("top", "left", "bottom", "right",
                                                                  "insideH", "insideV")}))
        _child(tblpr, "w:tblLayout", type="fixed")
        margins = _child(tblpr, "w:tblCellMar")
        for edge in ("left", "right"):
            _child(margins, f"w:{edge}", w=85, type="dxa")
        grid = tbl.tblGrid
        for col, width in zip(grid.findall(qn("w:gridCol")), widths):
            col.set(qn("w:w"), str(width))

    def _cell_text(self, cell, text: str, align: str, bold: bool = False) -> None:
        p = cell.paragraphs[0]
        self._set_style(p, "表格文字")
        p.paragraph_format.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                                        "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
        p._p.append(_text_run(text, bold=bold))
        _child(cell._tc.get_or_add_tcPr(), "w:vAlign", val="center")

    # ------------------------------------------------ figures

    def _figure(self, container, block: Figure, in_case: bool) -> None:
        if not block.png:
            self.warnings.append(f"{block.number} {block.caption}：没有图像数据，DOCX 中只保留题注")
        else:
            p = self._para(container, "图片")
            try:
                shape = self._shapes.add_picture(p.add_run(), io.BytesIO(block.png),
                                                 MAX_CASE_IMAGE_WIDTH if in_case else MAX_IMAGE_WIDTH)
                fit_height(shape)
                if block.alt or block.caption:
                    # Alternative text for screen readers (Word's 可选文字).
                    shape._inline.docPr.set("descr", block.alt or block.caption)
            except (UnrecognizedImageError, ValueError, ZeroDivisionError) as exc:
                self.warnings.append(f"{block.number} {block.caption}：图像无法读取（{exc}），DOCX 中只保留题注")
        self._caption(container, block.number, block.caption, keep_next=bool(block.source))
        self._source(container, block.source)

    # ------------------------------------------------ cases

    def _case(self, container, block: Case) -> None:
        """A one-cell shaded table with an accent border: the case box of the printed report."""
        box = container.add_table(rows=1, cols=1)
        tblpr = box._tbl.tblPr
        _child(tblpr, "w:tblW", w=TEXT_WIDTH_TWIPS, type="dxa")
        _child(tblpr, "w:jc", val="center")
        light = (CASE_BORDER, 4)
        _put(tblpr, _borders("w:tblBorders", {"top": light, "left": (CASE_BORDER, 24), "bottom": light,
                                               "right": light}))
        margins = _child(tblpr, "w:tblCellMar")
        for edge, width in (("top", 113), ("left", CASE_PADDING_TWIPS), ("bottom", 113),
                            ("right", CASE_PADDING_TWIPS)):
            _child(margins, f"w:{edge}", w=width, type="dxa")
        box._tbl.tblGrid.find(qn("w:gridCol")).set(qn("w:w"), str(TEXT_WIDTH_TWIPS))
        cell = box.rows[0].cells[0]
        _child(cell._tc.get_or_add_tcPr(), "w:tcW", w=TEXT_WIDTH_TWIPS, type="dxa")
        _shade(cell._tc.get_or_add_tcPr(), CASE_FILL)
        self._case_title(cell.paragraphs[0], block)
        if estimated_lines(block.blocks) <= CASE_KEEP_WHOLE_LINES:
            _child(box.rows[0]._tr.get_or_add_trPr(), "w:cantSplit")  # a short box moves whole to the next page
        else:
            # A long box splits across pages. LibreOffice never splits a row whose first paragraph keeps
            # with the next, so the title gives that up (Word would have honoured it either way).
            cell.paragraphs[0].paragraph_format.keep_with_next = False
        outer_width, self._width = self._width, CASE_INNER_WIDTH_TWIPS  # tables inside fit the box's padding
        for inner in block.blocks:
            self._block(cell, inner, in_case=True)
        self._width = outer_width
        # A table directly followed by another table would merge with it; an empty paragraph separates them.
        container.add_paragraph().paragraph_format.space_after = Pt(0)

    def _case_title(self, p, block: Case) -> None:
        self._set_style(p, CASE_TITLE_STYLE)
        if block.featured:
            # Outline level 2: Word's TOC \o "1-3" \u lists featured cases under 附录, as the printed report does.
            _child(p._p.get_or_add_pPr(), "w:outlineLvl", val=1)
        parts = NUMBER_PARTS.match(block.number)
        if parts:
            kind, chapter = parts["kind"], parts["chapter"]
            p._p.append(_text_run(f"{kind} {chapter}-" if chapter else f"{kind} ", bold=True))
            reset = _seq_reset(chapter, parts["n"])
            for run in _field_runs(f"SEQ {kind} \\* ARABIC{reset}", parts["n"], bold=True):
                p._p.append(run)
        else:
            p._p.append(_text_run(block.number, bold=True))
        p._p.append(_text_run(f" {block.title}", bold=True))
        if block.number:
            self._bookmark(p._p, bookmark_name(block.number))

    # ------------------------------------------------ back matter and package parts

    def _authors(self) -> None:
        authors = self.doc.meta.authors
        if not authors:
            return
        self._front_title(self.doc.meta.back.authors_title)
        block = Table(label="authors", caption="", columns=list(self.doc.meta.back.authors_columns),
                      rows=[[_text_cell(a.department), _text_cell(a.lead), _text_cell("、".join(a.writers))]
                            for a in authors])
        table = self.body.add_table(rows=1 + len(authors), cols=3)
        widths = column_widths(block, TEXT_WIDTH_TWIPS)
        self._table_properties(table, widths)
        rows = table_cells(table)
        _child(table.rows[0]._tr.get_or_add_trPr(), "w:tblHeader")
        for c, title in enumerate(block.columns):
            self._cell_text(rows[0][c], title, "center", bold=True)
            _shade(rows[0][c]._tc.get_or_add_tcPr(), HEADER_FILL)
        for r, row in enumerate(block.rows, start=1):
            for c, data in enumerate(row):
                self._cell_text(rows[r][c], data.text, "center" if c < 2 else "left")

    def _settings(self) -> None:
        settings = self.document.settings.element
        # Ask Word/WPS to refresh every field (TOC page numbers) when the file is opened.
        update = _el("w:updateFields", val="true")
        successors = ("hdrShapeDefaults", "footnotePr", "endnotePr", "compat", "docVars", "rsids")
        for tag in successors:  # schema order: updateFields precedes these
            found = settings.find(qn(f"w:{tag}"))
            if found is not None:
                found.addprevious(update)
                break
        else:
            settings.append(update)
        lang = settings.find(qn("w:themeFontLang"))
        if lang is not None:
            lang.set(qn("w:eastAsia"), "zh-CN")

    def _drop_template_leftovers(self) -> None:
        """python-docx's template ships a thumbnail of itself (shown as the file preview) and a Word 2010
        stylesWithEffects copy that still names theme fonts; neither belongs in the report."""
        package_rels = self.document.part.package.rels
        for rid, rel in list(package_rels.items()):
            if rel.reltype.endswith("/thumbnail"):
                package_rels.pop(rid)
        for rid, rel in list(self.document.part.rels.items()):
            if rel.reltype.endswith("/stylesWithEffects"):
                self.document.part.rels.pop(rid)

    def _own_package_parts(self, fonts: dict[str, str]) -> None:
        """Replace what python-docx's default template says about itself: app.xml named "Microsoft
        Macintosh Word", and a font table and theme listing Japanese faces (ＭＳ 明朝). Our font table
        names each font the report uses with its Chinese name (w:altName), panose and family."""
        package = self.document.part.package
        for part in package.iter_parts():
            name = str(part.partname)
            if name == "/docProps/app.xml":
                part._blob = APP_XML.encode("utf-8")
            elif name.endswith("/fontTable.xml"):
                part._blob = font_table_xml(fonts).encode("utf-8")
            elif name.startswith("/word/theme/"):
                part._blob = re.sub(rb'<a:font script="(Jpan|Hang|Hant)" typeface="[^"]*"/>', b"", part.blob)

    def _core_properties(self) -> None:
        meta, props = self.doc.meta, self.document.core_properties
        stamp = build_timestamp(meta.declaration_date).replace(tzinfo=None)
        props.created = props.modified = props.last_printed = stamp
        props.title = f"{meta.college}{meta.title}{meta.subtitle}"
        props.author = props.last_modified_by = meta.college
        props.revision = 1
        props.comments = ""
        props.keywords = "职业教育质量年度报告"


# ---------------------------------------------------------------- pure helpers

APP_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
           'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
           '<Application>nianbao</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>'
           '<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>'
           '<HyperlinksChanged>false</HyperlinksChanged><AppVersion>1.0000</AppVersion></Properties>')

# The Windows family names of the Chinese fonts templates ask for. The DOCX names a font by its family
# name, as Word itself does (w:eastAsia="SimSun", 宋体 as its w:altName): Word finds the installed face
# by either name, and LibreOffice, which takes only the run's font name to fontconfig, finds there that
# SimSun is a serif face and SimHei a sans one (40-nonlatin.conf), so with the text's zh-CN language a
# stock Debian renders Noto Serif CJK SC and Noto Sans CJK SC. Given "宋体", fontconfig knows no
# such alias and LibreOffice drew the whole report in a sans face.
WINDOWS_FAMILY = {"宋体": "SimSun", "黑体": "SimHei", "新宋体": "NSimSun", "仿宋": "FangSong", "楷体": "KaiTi",
                  "微软雅黑": "Microsoft YaHei"}
DEFAULT_FONTS = {"body": "宋体", "heading": "黑体"}

# family name -> (panose, charset, family, pitch): family "roman" is a serif face, "swiss" a sans face;
# applications use them to choose a substitute when the font and its w:altName are both missing.
FONT_FACTS = {
    "SimSun": ("02010600030101010101", "86", "roman", "variable"),
    "SimHei": ("02010609060101010101", "86", "swiss", "variable"),
    "Times New Roman": ("02020603050405020304", "00", "roman", "variable"),
}


def docx_fonts(fonts: dict[str, str]) -> dict[str, str]:
    """The template's body/heading/caption fonts under the names the DOCX gives them."""
    chosen = {**DEFAULT_FONTS, **{k: v for k, v in fonts.items() if k in ("body", "heading", "caption")}}
    chosen.setdefault("caption", chosen["heading"])
    return {role: WINDOWS_FAMILY.get(name, name) for role, name in chosen.items()}


QUOTE = {'"': "&quot;"}  # inside an attribute's quotes


def font_table_xml(fonts: dict[str, str]) -> str:
    """The font table: every font the styles name, with its Chinese name as w:altName."""
    names = docx_fonts(fonts)
    chinese = {english: chinese for chinese, english in WINDOWS_FAMILY.items()}
    entries = [(names["body"], "roman"), (names["heading"], "swiss"), (names["caption"], "swiss"),
               (LATIN_FONT, "roman")]
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="'
           'http://schemas.openxmlformats.org/wordprocessingml/2006/main">']
    seen = set()
    for name, family in entries:
        if name in seen:
            continue
        seen.add(name)
        panose, charset, family, pitch = FONT_FACTS.get(name, ("00000000000000000000", "86", family, "variable"))
        alt_el = f'<w:altName w:val="{xml_escape(chinese[name], QUOTE)}"/>' if name in chinese else ""
        out.append(f'<w:font w:name="{xml_escape(name, QUOTE)}">{alt_el}<w:panose1 w:val="{panose}"/>'
                   f'<w:charset w:val="{charset}"/><w:family w:val="{family}"/><w:pitch w:val="{pitch}"/></w:font>')
    out.append("</w:fonts>")
    return "".join(out)


def heading_text(block: Heading) -> str:
    """"1." + "去向落实率" -> "1. 去向落实率"; full-width labels such as "（1）" need no space."""
    if not block.label:
        return block.title
    sep = "" if block.label[-1] in "）、" else " "
    return f"{block.label}{sep}{block.title}"


def _text_cell(text: str) -> Cell:
    return Cell(text=text)


def display_width(text: str) -> int:
    """Width in half-em units: CJK characters count twice."""
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


HALF_EM_TWIPS = round(TABLE_SIZE * 10)  # half an em at 五号
CELL_PADDING_TWIPS = 2 * 85 + 60  # tblCellMar left+right, plus a little air
# Latin characters in half-ems, at the widest of the faces that may draw them: Times New Roman in
# Word, Liberation Serif or DejaVu Serif (digits 0.64 em, "%" 0.95 em) in a LibreOffice without it.
LATIN_HALF_EMS = {**{d: 1.3 for d in "0123456789"}, "%": 1.9, ".": 0.65, ",": 0.65, " ": 0.65, "-": 0.8}


def _text_twips(text: str) -> int:
    half_ems = sum(2 if ord(ch) > 0x2E80 else LATIN_HALF_EMS.get(ch, 1.3) for ch in text)
    return round(half_ems * HALF_EM_TWIPS) + CELL_PADDING_TWIPS


def column_widths(block: Table, total: int) -> list[int]:
    """Column widths (twips) summing to total.

    Three levels per column: `floor` (numbers on one line, text wrapped to four characters),
    `body` (every cell on one line) and `want` (the header on one line too). Space goes to
    the lowest unmet level first, so numbers never wrap, data text wraps before headers do.
    """
    floors, bodies, wants = [], [], []
    for c, title in enumerate(block.columns):
        cells = [row[c] for row in block.rows if c < len(row) and not row[c].covered]
        body = max((_text_twips(cell.text) for cell in cells), default=_text_twips(""))
        numeric = bool(cells) and all(cell.kind in NUMERIC_KINDS for cell in cells if cell.text)
        floor = max(body if numeric else min(body, _text_twips("四个汉字")), _text_twips("两字"))
        floors.append(floor)
        bodies.append(max(body, floor))
        wants.append(max(body, floor, _text_twips(title)))
    widths = _fill_levels(total, [floors, bodies, wants])
    widths[-1] += total - sum(widths)
    return widths


def _fill_levels(total: int, levels: list[list[int]]) -> list[int]:
    """Raise columns level by level; the level that no longer fits is reached in proportion."""
    current = levels[0]
    if sum(current) >= total:
        return [w * total // sum(current) for w in current]
    for target in levels[1:]:
        if sum(target) <= total:
            current = target
            continue
        room, gaps = total - sum(current), [t - c for t, c in zip(target, current)]
        return [c + room * g // max(sum(gaps), 1) for c, g in zip(current, gaps)]
    return [w + (total - sum(current)) * w // sum(current) for w in current]


def _rows_inside_merges(block: Table) -> list[int]:
    """Table rows (1 = the first data row) that a merged cell joins to the row below."""
    joined = set()
    for r, row in enumerate(block.rows, start=1):
        for cell in row:
            joined.update(range(r, r + cell.rowspan - 1))
    return sorted(joined)


def estimated_lines(blocks: list) -> int:
    """About how many body lines `blocks` take inside a case box (paragraph text, list items, table
    rows; a picture as the lines of its usual height)."""
    lines = 0
    for block in blocks:
        if isinstance(block, Paragraph):
            lines += -(-display_width(block.text) // (2 * CASE_LINE_CHARS)) or 1
        elif isinstance(block, BulletList):
            lines += sum(-(-display_width(inline_text(item)) // (2 * CASE_LINE_CHARS)) or 1 for item in block.items)
        elif isinstance(block, Table):
            lines += len(block.rows) + 3
        elif isinstance(block, Figure):
            lines += FIGURE_LINES
        else:
            lines += 2
    return lines


def table_cells(table) -> list[list[_Cell]]:
    """Cells by row, one per <w:tc>: python-docx's row.cells re-walks merges on every call."""
    return [[_Cell(tc, table) for tc in row._tr.tc_lst] for row in table.rows]


def fit_height(shape) -> None:
    if shape.height > MAX_IMAGE_HEIGHT:
        ratio = MAX_IMAGE_HEIGHT / shape.height
        shape.width, shape.height = int(shape.width * ratio), MAX_IMAGE_HEIGHT


FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def deterministic_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed entry times and order: python-docx stamps the current time."""
    source = zipfile.ZipFile(io.BytesIO(data))
    return fixed_zip({name: source.read(name) for name in source.namelist()})


def fixed_zip(entries: dict[str, bytes]) -> bytes:
    first = [n for n in ("[Content_Types].xml", "_rels/.rels") if n in entries]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name in first + sorted(n for n in entries if n not in first):
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, entries[name])
    return out.getvalue()


class _PartCollector:
    """python-docx's physical package writer interface, keeping each part's bytes by its name."""

    def __init__(self):
        self.entries: dict[str, bytes] = {}

    def write(self, pack_uri, blob: bytes) -> None:
        self.entries[pack_uri.membername] = blob


def package_bytes(document) -> bytes:
    """The bytes deterministic_zip(document.save()) gives, without zipping the package twice: the
    parts are collected as python-docx's OpcPackage.save writes them, then zipped once."""
    return fixed_zip(package_entries(document))


def package_entries(document, written: dict[str, bytes] | None = None) -> dict[str, bytes]:
    """Each zip entry of the package, serialised as python-docx's OpcPackage.save writes it.
    `written` (entry name -> bytes): parts, with their relationships, already serialised, which are
    taken as they are (the Word exchange's parts shared by every department's file)."""
    package = document.part.package
    written = written or {}
    parts = [part for part in package.parts if part.partname.membername not in written]
    for part in parts:
        part.before_marshal()
    collector = _PartCollector()
    PackageWriter._write_content_types_stream(collector, package.parts)
    PackageWriter._write_pkg_rels(collector, package.rels)
    PackageWriter._write_parts(collector, parts)
    return {**collector.entries, **written}


def write_docx(doc: Document, path: Path, project_root: Path | None = None, images_ready=None) -> list[str]:
    """Write the report as DOCX; return warnings (e.g. a figure without image data). With the
    project's folder, the XML of sections unchanged since its last build is reused (docx_cache).
    `images_ready()`, when given, is called before the first section, which is the first place a
    figure's PNG is read: the template, styles, cover and lists are built while the PNGs are made."""
    sections = None
    if project_root is not None:
        from .docx_cache import SectionCache
        sections = SectionCache(project_root, doc.meta.fonts)
    writer = DocxWriter(doc, sections=sections, images_ready=images_ready).build()
    Path(path).write_bytes(writer.to_bytes())
    if sections is not None:
        sections.prune()
    return writer.warnings


__all__ = ["write_docx", "DocxWriter", "column_widths", "deterministic_zip", "bookmark_name", "heading_text",
           "TOC_MAIN", "TOC_FIGURES", "TOC_TABLES", "TOC_CASES"]
