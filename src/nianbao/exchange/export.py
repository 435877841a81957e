"""Export a department's sections as a DOCX it can edit in Word, WPS or LibreOffice.

The file is written by the report's own DOCX writer (same styles, captions, tables, charts and
case boxes); this module only marks what the department must not retype: every computed value and
cross-reference (a locked content control with a bookmark inside, shaded), every generated table,
chart and photo (bookmarks on each of its paragraphs and on its first cell), every case box, and
where each section starts. An appendix lists the values the writer may copy, each one protected
the same way. The manifest (custom properties) maps each mark back to its Markdown.

What every department's file shares (the report's build, the styled reference document, the
appendix's indicator values) is built once per export (`SharedParts`) and reused for each file.
"""
from __future__ import annotations

import copy
import hashlib
import io
import multiprocessing
import os
import re
import threading
import zipfile
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape as escape_xml

import docx
from docx.oxml.ns import qn
from lxml import etree
from docx.shared import Pt

from ..document.build import BuildResult, build_document, document_meta
from ..document.markdown import _parser
from ..document.model import Block, Case, Cell, CrossRef, Document, Figure, Inline, Section, Table, ValueRef
from ..indicators import IndicatorError
from ..indicators.cache import store_indicators
from ..project import Project
from ..render.docx import (HEADER_FILL, DocxWriter, _child, _el, _shade, _text_run, column_widths, fixed_zip,
                           package_entries, setup_styles, table_cells)
from ..workflow.ownership import Ownership, SectionEntry
from .manifest import APPENDIX, BLOCK, CASE, INLINE, MANUAL, SECTION, ExportedSection, Manifest, attach

VALUE_FILL = "E8EEF7"  # light blue-grey: "this number comes from the data"
VALUE_ALIAS = "数据（由 nianbao 生成，请勿改动）"
REF_ALIAS = "引用（编号由 nianbao 生成）"
VALUE_COLUMNS = ("指标代码", "名称", "当前值")


def _protected_element(key, bookmark, shown: str, kind: str = "value"):
    """w:sdt(alias, tag nb:vK, id K, lock) > w:sdtContent > bookmark nb_vK around a shaded run."""
    sdt, pr, content = _el("w:sdt"), _el("w:sdtPr"), _el("w:sdtContent")
    for element in (_el("w:alias", val=VALUE_ALIAS if kind == "value" else REF_ALIAS), _el("w:tag", val=f"nb:v{key}"),
                    _el("w:id", val=key), _el("w:lock", val="contentLocked")):
        pr.append(element)
    run = _text_run(shown)
    rpr = _el("w:rPr")
    run.insert(0, rpr)  # a run's properties come before its text (Word rejects the file otherwise)
    _shade(rpr, VALUE_FILL)
    for element in (_el("w:bookmarkStart", id=bookmark, name=f"{INLINE}{key}"), run,
                    _el("w:bookmarkEnd", id=bookmark)):
        content.append(element)
    sdt.append(pr)
    sdt.append(content)
    return sdt


# Slots of the appendix's value table text (private-use characters no value contains).
WIDTH_SLOTS = ("\ue020", "\ue021", "\ue022", "\ue023")  # three columns, then the table
CODE_SLOT, NAME_SLOT, SHOWN_SLOT, KEY_SLOT, BOOKMARK_SLOT = "\ue010", "\ue011", "\ue012", "\ue013", "\ue014"
DEPARTMENT_SLOT = "\ue015"


def _protected_xml(key, bookmark, shown: str, kind: str = "value"):
    """The protected value as `_protected_element` builds it: a copy of one built per kind, filled
    in (hundreds of values a file, and python-docx builds each element slowly)."""
    if kind not in _PROTECTED:
        _PROTECTED[kind] = _protected_element(KEY_SLOT, BOOKMARK_SLOT, SHOWN_SLOT, kind)
    sdt = copy.deepcopy(_PROTECTED[kind])
    pr, content = sdt
    pr[1].set(_VAL, f"nb:v{key}")
    pr[2].set(_VAL, str(key))
    start, run, end = content
    start.set(_ID, str(bookmark))
    start.set(_NAME, f"{INLINE}{key}")
    run[-1].text = shown
    end.set(_ID, str(bookmark))
    return sdt


_PROTECTED: dict[str, object] = {}
_VAL, _ID, _NAME = qn("w:val"), qn("w:id"), qn("w:name")


SPLICE_TARGET = "nianbao-splice"
SPLICE_MARK = re.compile(rb"<\?nianbao-splice (\d+)\?>")
NAMESPACE_DECLARATION = re.compile(r' xmlns:(\w+)="([^"]*)"')


def element_text(element) -> str:
    """A body element as XML text to splice back into its document: without the namespace
    declarations serialising it alone adds where the document's root declares the same."""
    declared = element.getroottree().getroot().nsmap
    return NAMESPACE_DECLARATION.sub(
        lambda m: "" if declared.get(m.group(1)) == m.group(2) else m.group(0), etree.tostring(element, encoding="unicode"))


def _fill(text: str, *pairs) -> str:
    for group in pairs:
        for slot, value in group:
            text = text.replace(slot, value)
    return text


def file_hash(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except (FileNotFoundError, IsADirectoryError):
        return ""


def text_hash(text: str) -> str:
    """The hash a file holding exactly `text` (UTF-8) has: drafts held outside the files (the web
    app) are compared with an export as the files are."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def source_hash(entry: SectionEntry, texts: dict[str, str] | None) -> str:
    return text_hash(texts[entry.id]) if texts and entry.id in texts else file_hash(entry.path)


@dataclass
class SectionSource:
    """One section file: its entry, the built blocks that came from it, and its directive snippets."""

    entry: SectionEntry
    blocks: list[Block]
    snippets: "Snippets"


FENCE_OPENING = re.compile(r"^( *)(`{3,}|~{3,})")


class Snippets:
    """The exact text of a section file's fenced directives and case labels, found from the line a
    built block starts at. The build parsed the file already; parsing it again per export was a
    tenth of the export's time, so the fence is found by its opening and closing lines (CommonMark's
    rule: the same character, at least as many, indented up to three spaces more), and the file is
    parsed again only for a block whose line has a fence after something else (a list marker)."""

    def __init__(self, text: str):
        self.text, self.lines = text, text.splitlines()
        self._parsed: dict[int, str] | None = None

    def fence(self, line: int | None) -> str | None:
        """The fenced directive starting at `line` (1-based), closing fence included."""
        if line is None or not 0 < line <= len(self.lines):
            return None
        opening = FENCE_OPENING.match(self.lines[line - 1])
        if opening is None:  # a pipe table, an image, or a fence after a list marker
            return self._parsed_fences().get(line) if "``" in self.lines[line - 1] or "~~" in self.lines[line - 1] \
                else None
        indent, mark = len(opening.group(1)), opening.group(2)
        for end in range(line, len(self.lines)):
            candidate = self.lines[end]
            stripped = candidate.strip()
            if (len(stripped) >= len(mark) and stripped == mark[0] * len(stripped)
                    and len(candidate) - len(candidate.lstrip(" ")) <= indent + 3):
                return "\n".join(self.lines[line - 1:end + 1])
        return "\n".join(self.lines[line - 1:])  # an unclosed fence runs to the end of the file

    def case_label(self, line: int | None) -> str:
        """"{#label}" as written on the case's "::: case" line ("" when none)."""
        info = self.lines[line - 1] if line is not None and 0 < line <= len(self.lines) else ""
        return info[info.index("{#"):].strip() if "{#" in info else ""

    def _parsed_fences(self) -> dict[int, str]:
        if self._parsed is None:
            self._parsed = {}
            for tok in _parser().parse(self.text):
                if tok.type == "fence" and tok.map is not None:
                    start, end = tok.map
                    self._parsed[start + 1] = "\n".join(self.lines[start:end])
        return self._parsed


def blocks_by_file(result: BuildResult) -> dict[str, list[Block]]:
    """The built blocks by the section file they came from."""
    by_file: dict[str, list[Block]] = {}
    for section in result.document.walk_sections():
        for block in section.blocks:
            if block.location is not None:
                by_file.setdefault(block.location.file, []).append(block)
    return by_file


def section_sources(project: Project, result: BuildResult, entries: list[SectionEntry],
                    texts: dict[str, str] | None = None,
                    by_file: dict[str, list[Block]] | None = None) -> list[SectionSource]:
    by_file = by_file if by_file is not None else blocks_by_file(result)
    sources = []
    for entry in entries:
        if texts and entry.id in texts:
            text = texts[entry.id]
        else:
            text = entry.path.read_text(encoding="utf-8") if entry.exists else ""
        sources.append(SectionSource(entry, by_file.get(project.relative(entry.path), []), Snippets(text)))
    return sources


class SectionsWriter(DocxWriter):
    """The report's DOCX writer, writing only some sections and marking what is protected."""

    def __init__(self, shared: "SharedParts", department: str, sources: list[SectionSource]):
        super().__init__(shared.result.document, document=shared.new_document())
        self._style_ids = shared.style_ids
        self.shared, self.result, self.project, self.sources = shared, shared.result, shared.project, sources
        cfg = self.project.config
        self.manifest = Manifest(cfg.college, cfg.year, department,
                                 [ExportedSection(s.entry.id, source_hash(s.entry, shared.texts)) for s in sources])
        self._section_source: SectionSource | None = None
        self._spliced: list[bytes] = []
        self._case_key = 0
        self._chapter_headings = {c.number: f"{c.label}{c.title}" for c in self.project.template.chapters}

    # ------------------------------------------------ the file

    def to_bytes(self) -> bytes:
        return fixed_zip(self.entries())

    def entries(self) -> dict[str, bytes]:
        """The package's zip entries: its own parts serialised, the shared ones as saved, and the
        blocks formatted as text (`_splice`) put in place of their markers."""
        entries = package_entries(self.document, self.shared.fixed_entries)
        if self._spliced:
            pieces = SPLICE_MARK.split(entries["word/document.xml"])
            for i in range(1, len(pieces), 2):
                pieces[i] = self._spliced[int(pieces[i])]
            entries["word/document.xml"] = b"".join(pieces)
        return entries

    def _splice(self, xml: str) -> None:
        """Body elements given as XML text (in the document's namespaces), written into the file as
        they are: hundreds of appendix rows a file, which parsing and serialising again would only
        copy. The body holds a processing instruction in their place (no text of a document can
        form one: its "<" is escaped)."""
        self.body.append(etree.ProcessingInstruction(SPLICE_TARGET, str(len(self._spliced))))
        self._spliced.append(xml.encode("utf-8"))

    def build(self) -> "SectionsWriter":
        # the styles come with the reference document (SharedParts.reference)
        self._page_geometry(self.document.sections[0])
        self._title_page()
        chapter = object()
        for n, source in enumerate(self.sources, start=1):
            chapter = self._section_start(n, source.entry, chapter)
            self._section_source = source
            self._section_blocks(Section(source.entry.id, source.entry.title, 2, blocks=source.blocks), (n,))
        self._section_source = None
        self._appendix()
        self._core_properties()
        self.document.core_properties.title = f"{self.doc.meta.college}{self.doc.meta.title}：{self.manifest.department}"
        self._drop_template_leftovers()
        attach(self.document, self.manifest)
        return self

    def _title_page(self) -> None:
        """The title page, formatted once per export with a slot for the department's name (the same
        paragraphs in every file; python-docx formats each run slowly), filled in for each file."""
        if self.shared.title_page_xml is None:
            body = self.document.element.body
            start = len(body) - 1  # before the final w:sectPr
            self._write_title_page(DEPARTMENT_SLOT)
            added = body[start:len(body) - 1]
            self.shared.title_page_xml = [element_text(element) for element in added]
            for element in added:
                body.remove(element)
        for xml in self.shared.title_page_xml:
            self._splice(xml.replace(DEPARTMENT_SLOT, escape_xml(self.manifest.department)))

    def _write_title_page(self, department: str) -> None:
        meta = self.doc.meta
        self._centered(f"{meta.college}{meta.title}{meta.subtitle}", 16, meta.fonts.get("heading", "黑体"),
                       bold=True, before=24)
        self._centered(f"{department} 撰写章节", 14, meta.fonts.get("heading", "黑体"), before=12)
        for line in ("请在本文件中直接修改正文，保存后交回编制专班（nianbao sections import）。",
                     "灰底的数字和“表/图/案例”编号由数据生成，受保护，请勿改动；需要的数据可从文末附录复制。",
                     "由数据生成的表格和图表请勿改动；可以新增段落、标题、列表、表格（表题写在表格上方）"
                     "和图片（图题写在图片下方）。"):
            self.body.add_paragraph(line)

    def _section_start(self, n: int, entry: SectionEntry, chapter):
        """The heading each section file starts under, bookmarked so import knows where it begins."""
        name = f"{SECTION}{n}"
        if entry.heading_level == 2 or entry.id.startswith(self._appendix_dir()):
            if entry.chapter != chapter:
                context = self._para(self.body, "Heading 1", self._chapter_headings.get(entry.chapter, ""))
                self._bookmark(context._p, f"nb_x{n}")  # for orientation only: import drops it
            p = self._para(self.body, "Heading 2", entry.short_title)
        else:
            p = self._para(self.body, "Heading 1", self._chapter_headings.get(entry.chapter, entry.title))
        self._bookmark(p._p, name)
        return entry.chapter

    def _appendix_dir(self) -> str:
        appendix = [c for c in self.project.template.chapters if c.appendix]
        return f"{appendix[0].dirname}/" if appendix else "\0"

    # ------------------------------------------------ protected inlines

    def _inline(self, paragraph, item: Inline) -> None:
        if isinstance(item, ValueRef):
            self._protected(paragraph._p, "value", f"{{value}}`{item.expr}`", item.display or item.expr)
        elif isinstance(item, CrossRef):
            self._protected(paragraph._p, "ref", f"{{ref}}`{item.label}`", item.display or item.label)
        else:
            super()._inline(paragraph, item)

    def _protected(self, parent, kind: str, source: str, shown: str) -> None:
        """A locked content control (Word, WPS) around a bookmark (LibreOffice) around a shaded run."""
        key = self.manifest.add(kind, source, shown)
        self._bookmark_id += 1
        parent.append(_protected_xml(key, self._bookmark_id, shown, kind))

    # ------------------------------------------------ protected blocks

    def _block(self, container, block, in_case: bool = False) -> None:
        if isinstance(block, Case):
            self._case_key = self.manifest.add("case", self._case_label(block), block.number)
        if not isinstance(block, (Table, Figure)):
            super()._block(container, block, in_case)
            return
        # What the block adds: in a cell, after the last child; in the body, before the final w:sectPr.
        parent = container._tc if hasattr(container, "_tc") else self.document.element.body
        count = len(parent)
        start = count - 1 if count and parent[-1].tag == qn("w:sectPr") else count
        super()._block(container, block, in_case)
        added = parent[start:start + len(parent) - count]
        if isinstance(block, Table) and not block.spec:
            self._mark_manual_table(block, added)
        elif isinstance(block, (Table, Figure)):
            key = self.manifest.add("block", self._fence(block), block.number)
            for i, element in enumerate(added):
                self._mark(element, f"{BLOCK}{key}_{i}")

    def _case_title(self, p, block: Case) -> None:
        super()._case_title(p, block)
        self._bookmark(p._p, f"{CASE}{self._case_key}")

    def _mark(self, element, name: str) -> None:
        """A paragraph carries its bookmark; a table carries it in its first paragraph, named with "t"."""
        if element.tag.endswith("}tbl"):
            element, name = element.find(".//" + element.tag.replace("}tbl", "}p")), name + "t"
        if element is not None and element.tag.endswith("}p"):
            self._bookmark(element, name)

    def _mark_manual_table(self, block: Table, added: list) -> None:
        """A hand-typed table stays editable; its caption and 数据来源 lines are marked so import keeps
        the table's label and source."""
        key = self.manifest.add("manual", self._fence_header(block), block.number)
        paragraphs = [e for e in added if e.tag.endswith("}p")]
        if paragraphs:
            self._bookmark(paragraphs[0], f"{MANUAL}{key}_c")
        if block.source and len(paragraphs) > 1:
            self._bookmark(paragraphs[-1], f"{MANUAL}{key}_s")

    def _fence(self, block) -> str:
        line = block.location.line if block.location else None
        fence = self._section_source.snippets.fence(line) if self._section_source else None
        if fence is not None:
            return fence
        directive = "chart" if isinstance(block, Figure) and block.spec else "figure" if isinstance(block, Figure) \
            else "table"
        return f"```{{{directive}}} {block.image_path or block.spec}\n```"

    def _fence_header(self, block: Table) -> str:
        """The manual table's fence line and options, without its caption and rows (import puts the
        edited ones back)."""
        lines = self._fence(block).splitlines()
        header = [lines[0]]
        for line in lines[1:]:
            stripped = line.strip()
            if not stripped.startswith(":") or stripped.startswith(":caption:"):
                if not stripped.startswith(":caption:"):
                    break
                continue
            header.append(line)
        return "\n".join(header)

    def _case_label(self, block: Case) -> str:
        line = block.location.line if block.location else None
        return self._section_source.snippets.case_label(line) if self._section_source else ""

    # ------------------------------------------------ appendix: values to copy

    def _appendix(self) -> None:
        """Per section the values it cites, then per chapter the department writes in the values of
        that chapter's indicators (SharedParts.chapter_indicators gives the rule)."""
        self._page_break()
        p = self._para(self.body, "Heading 1", "附：可引用的数据")
        p.paragraph_format.page_break_before = False
        self._bookmark(p._p, APPENDIX)
        self.body.add_paragraph("下表中的数值由数据生成。需要时整格复制到正文中（不要手工输入数字），"
                                "交回后仍会随数据更新。这里列出各节已引用的数据，以及各节所在章的指标"
                                "（模板为该章指定的、该章表格和图表用到的、该章正文引用的）；"
                                "需要其他数据请联系编制专班。")
        listed: set[str] = set()
        for source in self.sources:
            rows = self._used_values(source.blocks)
            if rows:
                self._para(self.body, "Heading 2", f"{source.entry.short_title}：已引用的数据")
                self._value_table(rows)
                listed.update(expr for expr, _, _ in rows)
        for chapter in dict.fromkeys(source.entry.chapter for source in self.sources):
            title, codes = self.shared.chapter_indicators(chapter)
            rows = [row for row in self.shared.overall_values(codes) if row[0] not in listed]
            if rows:
                self._para(self.body, "Heading 2", title)
                self._value_table(rows)
                listed.update(code for code, _, _ in rows)

    def _used_values(self, blocks: list[Block]) -> list[tuple[str, str, str]]:
        rows, seen = [], set()
        for inlines in inline_lists(blocks):
            for item in inlines:
                if isinstance(item, ValueRef) and item.expr not in seen:
                    seen.add(item.expr)
                    name = self.shared.indicator_name(item.indicator or item.expr.split("[")[0])
                    rows.append((item.expr, name + self._filters_text(item.expr), item.display))
        return rows

    @staticmethod
    def _filters_text(expr: str) -> str:
        return f"（{expr[expr.index('[') + 1:-1]}）" if "[" in expr and expr.endswith("]") else ""

    def _value_table(self, rows: list[tuple[str, str, str]]) -> None:
        """指标代码, 名称, 当前值 (protected). The appendix has hundreds of rows in every file, and
        python-docx builds each cell slowly: the table is one formatted table (made once per export,
        `_value_table_xml`) filled in as text and parsed once."""
        if not rows:
            self.body.add_paragraph("（无）")
            return
        model = Table("values", "", list(VALUE_COLUMNS),
                      [[Cell(c), Cell(n), Cell(v, kind="number")] for c, n, v in rows])
        widths = [str(w) for w in column_widths(model, self._width)]
        head, row, tail = self._value_table_xml()
        parts = [_fill(head, zip(WIDTH_SLOTS, widths + [str(sum(map(int, widths)))]))]
        for code, name, shown in rows:
            key = self.manifest.add("value", f"{{value}}`{code}`", shown)
            self._bookmark_id += 1
            parts.append(_fill(row, zip(WIDTH_SLOTS, widths),
                               ((CODE_SLOT, escape_xml(code)), (NAME_SLOT, escape_xml(name)),
                                (SHOWN_SLOT, escape_xml(shown)), (KEY_SLOT, str(key)),
                                (BOOKMARK_SLOT, str(self._bookmark_id)))))
        parts.append(tail)
        self._splice("".join(parts))
        self.body.add_paragraph().paragraph_format.space_after = Pt(0)

    def _value_table_xml(self) -> tuple[str, str, str]:
        """The value table as (table start with its header row, one data row, table end), with slots
        for the widths, texts, manifest key and bookmark id; formatted once per export."""
        if self.shared.value_table_xml is None:
            table = self.body.add_table(rows=2, cols=3)
            slots = list(WIDTH_SLOTS[:3])
            self._table_properties(table, [1, 1, 1])
            table._tbl.tblPr.find(qn("w:tblW")).set(qn("w:w"), WIDTH_SLOTS[3])
            for col, slot in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), slots):
                col.set(qn("w:w"), slot)
            cells = table_cells(table)
            for c, title in enumerate(VALUE_COLUMNS):
                self._cell_text(cells[0][c], title, "center", bold=True)
                _shade(cells[0][c]._tc.get_or_add_tcPr(), HEADER_FILL)
            for c, (align, text) in enumerate((("left", CODE_SLOT), ("left", NAME_SLOT), ("right", ""))):
                self._cell_text(cells[1][c], text, align)
            value_p = cells[1][2].paragraphs[0]._p
            value_p.remove(value_p.findall(qn("w:r"))[-1])
            value_p.append(_protected_element(KEY_SLOT, BOOKMARK_SLOT, SHOWN_SLOT))
            for row in cells:
                for cell, slot in zip(row, slots):
                    _child(cell._tc.get_or_add_tcPr(), "w:tcW", w=slot, type="dxa")
            tbl = table._tbl
            xml = element_text(tbl)  # while in the document, whose root declares its namespaces
            tbl.getparent().remove(tbl)
            second = xml.index("<w:tr", xml.index("<w:tr") + 1)
            end = xml.rindex("</w:tbl>")
            self.shared.value_table_xml = (xml[:second], xml[second:end], xml[end:])
        return self.shared.value_table_xml


# ---------------------------------------------------------------- shared by every department's file


def reference_document(doc) -> bytes:
    """The package every department's file starts from: python-docx's template with the report's
    styles and package parts (font table, theme) as the report's DOCX writer sets them, less what
    the report never uses: the template's thumbnail and stylesWithEffects copy, and 99 of its 100
    table styles (together 780 KB of XML every file would otherwise parse, write and zip)."""
    writer = DocxWriter(doc)
    setup_styles(writer.document, doc.meta.fonts)
    writer._drop_template_leftovers()
    writer._own_package_parts(doc.meta.fonts)
    styles = writer.document.styles.element
    for style in styles.findall(qn("w:style")):
        if style.get(qn("w:type")) == "table" and style.get(qn("w:default")) != "1":
            styles.remove(style)
    buffer = io.BytesIO()
    writer.document.save(buffer)
    return buffer.getvalue()


# The parts each department's file writes itself; every other part of the reference document (styles,
# numbering, settings, font table, theme...) is the same in every file and is zipped as it was saved.
OWN_PARTS = ("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
             "docProps/core.xml")


def fixed_entries(reference: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(reference)) as package:
        return {name: package.read(name) for name in package.namelist() if name not in OWN_PARTS}


class StyledReference:
    """The reference document of one set of fonts: its package, the entries every file zips as they
    are, and the package opened once; each file writes into a copy (a third of opening it again)."""

    def __init__(self, package: bytes):
        self.package, self.fixed_entries = package, fixed_entries(package)
        self._document = docx.Document(io.BytesIO(package))
        # The XML of the parts zipped as saved (styles, numbering, settings) is shared by every copy,
        # not copied: a file reads it (style ids) and never writes it, and what it wrote would not
        # reach the file anyway. Copying the styles was most of a copy's time.
        self._shared_xml = {id(part._element): part._element for part in self._document.part.package.parts
                            if hasattr(part, "_element") and part.partname.membername in self.fixed_entries}
        self.style_ids: dict[str, str] = {}  # style name -> id, the same in every copy
        self._lock = threading.Lock()  # the web app exports from several threads

    def new_document(self):
        with self._lock:
            return copy.deepcopy(self._document, dict(self._shared_xml))


_REFERENCES: dict[tuple, StyledReference] = {}
_REFERENCES_LOCK = threading.Lock()


def styled_reference(doc) -> StyledReference:
    """The reference document for the report's fonts, made once per process: it depends on nothing
    else, and a long-running process (the web app) exports again and again."""
    key = tuple(sorted(doc.meta.fonts.items()))
    with _REFERENCES_LOCK:
        if key not in _REFERENCES:
            if len(_REFERENCES) >= 8:
                _REFERENCES.clear()
            _REFERENCES[key] = StyledReference(reference_document(doc))
        return _REFERENCES[key]


def inline_lists(blocks: list[Block]):
    """The inline runs of paragraphs, headings and list items, cases' blocks included."""
    for block in blocks:
        if hasattr(block, "inlines"):
            yield block.inlines
        elif hasattr(block, "items"):
            yield from block.items
        elif isinstance(block, Case):
            yield from inline_lists(block.blocks)


def spec_indicators(spec, known: set[str]) -> list[str]:
    """Every indicator a table or chart definition names, wherever it names it (columns, items,
    extra rows, numerator...): the strings of the definition that are indicator codes."""
    if isinstance(spec, str):
        return [spec] if spec in known else []
    values = spec.values() if isinstance(spec, dict) else spec if isinstance(spec, (list, tuple)) else ()
    return [code for value in values for code in spec_indicators(value, known)]


class SharedParts:
    """What every department's file shares, built once per export: the report's build, the styled
    reference document each file starts from, and the appendix's indicator values."""

    def __init__(self, project: Project, result: BuildResult | None = None, ownership: Ownership | None = None,
                 texts: dict[str, str] | None = None):
        self.project, self.texts = project, texts  # texts: drafts (section id -> Markdown) in place of files
        if result is None:
            # The styled reference document needs only the report's fonts: it is made while the
            # build's data load and queries (DuckDB, which releases the GIL) run.
            with ThreadPoolExecutor(1) as pool:
                reference = pool.submit(styled_reference, Document(document_meta(project), []))
                result = build_document(project, formats=("docx",), texts=texts)  # charts as PNG only
                self._reference = reference.result()
        else:
            self._reference = styled_reference(result.document)
        self.result = result
        self.ownership = ownership or Ownership(project)
        self.reference, self.fixed_entries = self._reference.package, self._reference.fixed_entries
        self.blocks_by_file = blocks_by_file(self.result)
        self._known = set(self.result.indicators.names())
        self._chapters: dict[int | None, tuple[str, list[str]]] = {}
        self._values: dict[str, tuple[str, str, str] | None] = {}
        self.value_table_xml: tuple[str, str, str] | None = None  # SectionsWriter._value_table_xml
        self.title_page_xml: list[str] | None = None  # SectionsWriter._title_page

    def new_document(self):
        return self._reference.new_document()

    @property
    def style_ids(self) -> dict[str, str]:
        return self._reference.style_ids

    def prepare_appendices(self, departments: list[str]) -> None:
        """The indicator values of every appendix the departments' files list, computed now."""
        for chapter in dict.fromkeys(entry.chapter for department in departments
                                     for entry in self.ownership.sections_of(department)):
            self.overall_values(self.chapter_indicators(chapter)[1])

    def keep_figures(self) -> None:
        """Keep the figures the appendices added to the build's for the next build or export (the
        indicators' cache: without it every export would load the data again for its appendices)."""
        store_indicators(self.project, self.result.indicators)

    def chapter_indicators(self, chapter: int | None) -> tuple[str, list[str]]:
        """(appendix heading, indicator codes) offered to the sections of a chapter: the indicators the
        template's outline names for the chapter's sections, those the tables and charts of the chapter
        read (the outline's and those its files include), and those its text cites. A chapter with none
        of its own, and 前言, get the outline's indicators of every chapter: the report's headline figures."""
        if chapter not in self._chapters:
            codes = self._chapter_codes(chapter) if chapter is not None else []
            if codes:
                outline = next(c for c in self.project.template.chapters if c.number == chapter)
                self._chapters[chapter] = (f"{outline.label}{outline.title}：本章指标", codes)
            else:
                headline = [code for c in self.project.template.chapters for s in c.sections for code in s.indicators]
                self._chapters[chapter] = ("报告主要指标", list(dict.fromkeys(headline)))
        return self._chapters[chapter]

    def _chapter_codes(self, number: int) -> list[str]:
        template, codes, tables, charts = self.project.template, [], [], []
        for chapter in template.chapters:
            if chapter.number == number:
                tables += chapter.tables
                for section in chapter.sections:
                    codes += section.indicators
                    tables += section.tables
                    charts += section.charts
        for section, block in self.result.document.walk_blocks():
            if section.chapter != number:
                continue
            if isinstance(block, Table) and block.spec:
                tables.append(block.spec)
            elif isinstance(block, Figure) and block.spec:
                charts.append(block.spec)
            for inlines in inline_lists([block]) if not isinstance(block, Case) else ():
                codes += [item.indicator or item.expr.split("[")[0] for item in inlines if isinstance(item, ValueRef)]
        for key in dict.fromkeys(tables):
            codes += spec_indicators(template.tables.get(key, {}), self._known)
        for key in dict.fromkeys(charts):
            codes += spec_indicators(template.charts.get(key, {}), self._known)
        return [code for code in dict.fromkeys(codes) if code in self._known and not self._is_share(code)]

    def _is_share(self, code: str) -> bool:
        """A share's overall value is the whole (100%): it means something only by a dimension, which
        a writer cites as it is cited in the text, so the chapter's list leaves it out."""
        try:
            return self.result.indicators.definition(code).get("kind") == "share"
        except IndicatorError:
            return False

    def overall_values(self, codes: list[str]) -> list[tuple[str, str, str]]:
        """(code, name, value as shown) of each indicator's overall value; those without one left out."""
        missing = [code for code in codes if code not in self._values]
        if missing:
            ind = self.result.indicators
            try:
                ind.prepare([(code, ()) for code in missing])
            except IndicatorError:
                pass  # the values that cannot be computed are left out below
            for code in missing:
                try:
                    value = ind.value(code, {})
                except IndicatorError:
                    value = None
                shown = value is not None and value.value is not None
                self._values[code] = (code, self.indicator_name(code), value.display) if shown else None
        return [self._values[code] for code in codes if self._values[code] is not None]

    def indicator_name(self, code: str) -> str:
        try:
            return self.result.indicators.definition(code).get("name", code)
        except IndicatorError:
            return code


@dataclass
class ExportResult:
    department: str
    path: Path
    sections: list[str]
    warnings: list[str]


def _save(out: Path, entries: dict[str, bytes]) -> None:
    out.write_bytes(fixed_zip(entries))


def export_department(project: Project, department: str, out: Path, result: BuildResult | None = None,
                      ownership: Ownership | None = None, shared: "SharedParts | None" = None,
                      texts: dict[str, str] | None = None, save=_save) -> ExportResult:
    """One department's sections as a DOCX; `texts` (section id -> Markdown) stands in for the files.
    `save(out, entries)` zips and writes the file (export_all: in a thread, while the next is built)."""
    own = shared is None
    shared = shared or SharedParts(project, result, ownership, texts)
    entries = shared.ownership.sections_of(department)
    sources = section_sources(project, shared.result, entries, shared.texts, shared.blocks_by_file)
    writer = SectionsWriter(shared, department, sources).build()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    save(out, writer.entries())
    if own:
        shared.keep_figures()
    warnings = list(writer.warnings)
    if not entries:
        warnings.append(f"编写部门“{department}”没有指定章节（report.toml [[authors]] sections），导出的文件只有附录")
    return ExportResult(department, out, [e.id for e in entries], warnings)


def department_file_name(department: str) -> str:
    """A file name from a department's name: brackets and separators a file system dislikes go."""
    cleaned = "".join(ch for ch in department if ch not in '\\/:*?"<>|（）() ')
    return f"{cleaned or 'department'}.docx"


def export_all(project: Project, out_dir: Path, processes: int | None = None) -> list[ExportResult]:
    """One DOCX per department that owns a section, sharing one build of the report. With a core to
    spare (or `processes=2`) half the files are written by a forked copy of this process: the files
    are CPU-bound Python (building and serialising XML) and each depends only on the shared build, so
    a file's bytes do not depend on which process wrote it."""
    shared = SharedParts(project)
    departments = [d for d in shared.ownership.departments if shared.ownership.sections_of(d)]
    targets = [(department, Path(out_dir) / department_file_name(department)) for department in departments]
    processes = processes or (2 if len(targets) > 1 and _core_to_spare() else 1)
    if processes > 1 and "fork" in multiprocessing.get_all_start_methods():
        results = _export_in_two(shared, targets)
    else:
        results = _export_files(shared, targets)
    shared.keep_figures()
    return results


def _core_to_spare() -> bool:
    """Whether a second process would run beside this one: two cores or more, and on average
    (the last minute's load) one of them idle. On a busy machine the fork's cost (copying the
    pages both processes touch, ~20% more CPU on the example) is not repaid."""
    cores = os.cpu_count() or 1
    return cores > 1 and os.getloadavg()[0] <= cores - 1


def _export_files(shared: "SharedParts", targets: list[tuple[str, Path]]) -> list[ExportResult]:
    """Each file is zipped and written in a thread while the next is built (zlib releases the GIL)."""
    results = []
    with ThreadPoolExecutor(1) as zipper:
        saved = []
        for department, out in targets:
            results.append(export_department(shared.project, department, out, shared=shared,
                                             save=lambda *file: saved.append(zipper.submit(_save, *file))))
        for done in saved:
            done.result()  # a file that could not be written fails the export here
    return results


_FORKED: "SharedParts | None" = None  # the shared parts a forked worker inherits (never pickled)


def _export_forked(targets: list[tuple[str, Path]]) -> list[ExportResult]:
    return _export_files(_FORKED, targets)


def _export_in_two(shared: "SharedParts", targets: list[tuple[str, Path]]) -> list[ExportResult]:
    """Every other file in a forked worker, the rest here. Whatever a file needs from the data
    (its appendix's values) is computed before the fork, so the worker never queries the engine's
    database (its connection is not safe to use across a fork) and adds nothing to its figures."""
    global _FORKED
    shared.prepare_appendices([department for department, _ in targets])
    _FORKED = shared
    try:
        with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool:
            theirs = pool.submit(_export_forked, targets[1::2])
            ours = _export_files(shared, targets[0::2])
            try:
                theirs = theirs.result()
            except BrokenProcessPool:  # the worker was killed (out of memory...): its files are written here
                theirs = _export_files(shared, targets[1::2])
    finally:
        _FORKED = None
    results = [None] * len(targets)
    results[0::2], results[1::2] = ours, theirs
    return results


__all__ = ["export_department", "export_all", "ExportResult", "SectionsWriter", "SharedParts", "file_hash",
           "department_file_name", "reference_document"]
