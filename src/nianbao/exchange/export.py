"""Export a department's sections as a DOCX it can edit in Word, WPS or LibreOffice.

The file is written by the report's own DOCX writer (same styles, captions, tables, charts and
case boxes); this module only marks what the department must not retype: every computed value and
cross-reference (a locked content control with a bookmark inside, shaded), every generated table,
chart and photo (bookmarks on each of its paragraphs and on its first cell), every case box, and
where each section starts. An appendix lists the values the writer may copy, each one protected
the same way. The manifest (custom properties) maps each mark back to its Markdown.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from docx.shared import Pt

from ..document.build import BuildResult, build_document
from ..document.markdown import _parser
from ..document.model import Block, Case, Cell, CrossRef, Figure, Inline, Section, Table, ValueRef
from ..indicators import IndicatorError
from ..project import Project
from ..render.docx import (HEADER_FILL, DocxWriter, _child, _el, _shade, _text_run, column_widths, setup_styles,
                           table_cells)
from ..workflow.ownership import Ownership, SectionEntry
from .manifest import APPENDIX, BLOCK, CASE, INLINE, MANUAL, SECTION, ExportedSection, Manifest, attach

VALUE_FILL = "E8EEF7"  # light blue-grey: "this number comes from the data"
VALUE_ALIAS = "数据（由 nianbao 生成，请勿改动）"
REF_ALIAS = "引用（编号由 nianbao 生成）"


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


@dataclass
class SectionSource:
    """One section file: its entry, the built blocks that came from it, and its directive snippets."""

    entry: SectionEntry
    blocks: list[Block]
    fences: dict[int, str]  # first line -> the fenced directive's exact text
    case_labels: dict[int, str]  # line of "::: case" -> "{#label}" as written ("" when none)


def _snippets(text: str) -> tuple[dict[int, str], dict[int, str]]:
    lines = text.splitlines()
    fences, cases = {}, {}
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


def section_sources(project: Project, result: BuildResult, entries: list[SectionEntry]) -> list[SectionSource]:
    by_file: dict[str, list[Block]] = {}
    for section in result.document.walk_sections():
        for block in section.blocks:
            if block.location is not None:
                by_file.setdefault(block.location.file, []).append(block)
    sources = []
    for entry in entries:
        text = entry.path.read_text(encoding="utf-8") if entry.exists else ""
        fences, cases = _snippets(text)
        sources.append(SectionSource(entry, by_file.get(project.relative(entry.path), []), fences, cases))
    return sources


class SectionsWriter(DocxWriter):
    """The report's DOCX writer, writing only some sections and marking what is protected."""

    def __init__(self, result: BuildResult, project: Project, department: str, sources: list[SectionSource]):
        super().__init__(result.document)
        self.result, self.project, self.sources = result, project, sources
        cfg = project.config
        self.manifest = Manifest(cfg.college, cfg.year, department,
                                 [ExportedSection(s.entry.id, file_hash(s.entry.path)) for s in sources])
        self._section_source: SectionSource | None = None
        self._case_key = 0
        self._chapter_headings = {c.number: f"{c.label}{c.title}" for c in project.template.chapters}

    # ------------------------------------------------ the file

    def build(self) -> "SectionsWriter":
        setup_styles(self.document, self.doc.meta.fonts)
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
        meta, department = self.doc.meta, self.manifest.department
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
        sdt = _el("w:sdt")
        pr = _el("w:sdtPr")
        pr.append(_el("w:alias", val=VALUE_ALIAS if kind == "value" else REF_ALIAS))
        pr.append(_el("w:tag", val=f"nb:v{key}"))
        pr.append(_el("w:id", val=key))
        pr.append(_el("w:lock", val="contentLocked"))
        sdt.append(pr)
        content = _el("w:sdtContent")
        self._bookmark_id += 1
        content.append(_el("w:bookmarkStart", id=self._bookmark_id, name=f"{INLINE}{key}"))
        run = _text_run(shown)
        rpr = _el("w:rPr")
        run.insert(0, rpr)  # a run's properties come before its text (Word rejects the file otherwise)
        _shade(rpr, VALUE_FILL)
        content.append(run)
        content.append(_el("w:bookmarkEnd", id=self._bookmark_id))
        sdt.append(content)
        parent.append(sdt)

    # ------------------------------------------------ protected blocks

    def _block(self, container, block, in_case: bool = False) -> None:
        parent = container._tc if hasattr(container, "_tc") else self.document.element.body
        before = list(parent)
        if isinstance(block, Case):
            self._case_key = self.manifest.add("case", self._case_label(block), block.number)
        super()._block(container, block, in_case)
        added = [e for e in parent if not any(e is b for b in before)]
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
        if self._section_source and line in self._section_source.fences:
            return self._section_source.fences[line]
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
        return self._section_source.case_labels.get(line, "") if self._section_source else ""

    # ------------------------------------------------ appendix: values to copy

    def _appendix(self) -> None:
        self._page_break()
        p = self._para(self.body, "Heading 1", "附：可引用的数据")
        p.paragraph_format.page_break_before = False
        self._bookmark(p._p, APPENDIX)
        self.body.add_paragraph("下表中的数值由数据生成。需要时整格复制到正文中（不要手工输入数字），"
                                "交回后仍会随数据更新。")
        used: list[tuple[str, str, str]] = []
        for source in self.sources:
            rows = self._used_values(source.blocks)
            if rows:
                self._para(self.body, "Heading 2", f"{source.entry.short_title}：已引用的数据")
                self._value_table(rows)
                used.extend(rows)
        self._para(self.body, "Heading 2", "其他指标（全校总体值）")
        seen = {expr for expr, _, _ in used}
        self._value_table([row for row in self._all_values() if row[0] not in seen])

    def _used_values(self, blocks: list[Block]) -> list[tuple[str, str, str]]:
        rows, seen = [], set()
        for block in self._inline_lists(blocks):
            for item in block:
                if isinstance(item, ValueRef) and item.expr not in seen:
                    seen.add(item.expr)
                    name = self._indicator_name(item.indicator or item.expr.split("[")[0])
                    rows.append((item.expr, name + self._filters_text(item.expr), item.display))
        return rows

    @staticmethod
    def _filters_text(expr: str) -> str:
        return f"（{expr[expr.index('[') + 1:-1]}）" if "[" in expr and expr.endswith("]") else ""

    def _indicator_name(self, code: str) -> str:
        try:
            return self.result.indicators.definition(code).get("name", code)
        except IndicatorError:
            return code

    def _inline_lists(self, blocks: list[Block]):
        for block in blocks:
            if hasattr(block, "inlines"):
                yield block.inlines
            elif hasattr(block, "items"):
                yield from block.items
            elif isinstance(block, Case):
                yield from self._inline_lists(block.blocks)

    def _all_values(self) -> list[tuple[str, str, str]]:
        ind = self.result.indicators
        names = ind.names()
        try:
            ind.prepare([(code, ()) for code in names])
        except IndicatorError:
            pass  # the values that cannot be computed are left out below
        rows = []
        for code in names:
            try:
                value = ind.value(code, {})
            except IndicatorError:
                continue
            if value.value is not None:
                rows.append((code, self._indicator_name(code), value.display))
        return rows

    def _value_table(self, rows: list[tuple[str, str, str]]) -> None:
        if not rows:
            self.body.add_paragraph("（无）")
            return
        model = Table("values", "", ["指标代码", "名称", "当前值"],
                      [[Cell(c), Cell(n), Cell(v, kind="number")] for c, n, v in rows])
        table = self.body.add_table(rows=1 + len(rows), cols=3)
        widths = column_widths(model, self._width)
        self._table_properties(table, widths)
        cells = table_cells(table)
        for c, title in enumerate(model.columns):
            self._cell_text(cells[0][c], title, "center", bold=True)
            _shade(cells[0][c]._tc.get_or_add_tcPr(), HEADER_FILL)
        for r, (code, name, shown) in enumerate(rows, start=1):
            self._cell_text(cells[r][0], code, "left")
            self._cell_text(cells[r][1], name, "left")
            self._cell_text(cells[r][2], "", "right")
            self._protected(cells[r][2].paragraphs[0]._p, "value", f"{{value}}`{code}`", shown)
        for c, width in enumerate(widths):
            for row in cells:
                _child(row[c]._tc.get_or_add_tcPr(), "w:tcW", w=width, type="dxa")
        self.body.add_paragraph().paragraph_format.space_after = Pt(0)


@dataclass
class ExportResult:
    department: str
    path: Path
    sections: list[str]
    warnings: list[str]


def export_department(project: Project, department: str, out: Path, result: BuildResult | None = None,
                      ownership: Ownership | None = None) -> ExportResult:
    ownership = ownership or Ownership(project)
    entries = ownership.sections_of(department)
    result = result or build_document(project)
    sources = section_sources(project, result, entries)
    writer = SectionsWriter(result, project, department, sources).build()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(writer.to_bytes())
    warnings = list(writer.warnings)
    if not entries:
        warnings.append(f"编写部门“{department}”没有指定章节（report.toml [[authors]] sections），导出的文件只有附录")
    return ExportResult(department, out, [e.id for e in entries], warnings)


def department_file_name(department: str) -> str:
    """A file name from a department's name: brackets and separators a file system dislikes go."""
    cleaned = "".join(ch for ch in department if ch not in '\\/:*?"<>|（）() ')
    return f"{cleaned or 'department'}.docx"


def export_all(project: Project, out_dir: Path) -> list[ExportResult]:
    """One DOCX per department that owns a section, sharing one build of the report."""
    ownership = Ownership(project)
    result = build_document(project)
    results = []
    for department in ownership.departments:
        if ownership.sections_of(department):
            results.append(export_department(project, department, Path(out_dir) / department_file_name(department),
                                              result, ownership))
    return results


__all__ = ["export_department", "export_all", "ExportResult", "SectionsWriter", "file_hash",
           "department_file_name"]
