"""PDF writer: Typst markup generated from the document model, compiled in-process by `typst`.

The page and style setup lives in `pdf_templates/report.typ`; this module writes `main.typ`
(the content) next to it in a temporary directory together with the figure images, and
compiles it with only the fonts we pass (`ignore_system_fonts=True`), so the same document
gives the same PDF bytes on every machine that has the same fonts.

Numbers (表 1-1, 图 8-3, 案例 2-1, 经典案例 1) are the model's strings, printed as text; the
lists (目录, 图目录, 表目录, 案例目录) are written here in the model's order and Typst only
fills in the page numbers (`locate` on a label placed on each heading, caption and case).
"""
from __future__ import annotations

import datetime as dt
import os
import re
import struct
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..document.model import (BulletList, Case, Cell, CrossRef, Document, Emphasis, Figure, FrontPage, Heading, Inline, Paragraph,
                              Section, Strong, Table, Text, ValueRef)
from ..fonts import FONT_PATHS_ENV, font_dirs
from ..fonts import typst_fonts as _fonts
from .anchors import anchor, section_anchor
from .common import build_timestamp

TEMPLATES = Path(__file__).parent / "pdf_templates"
TEMPLATE = TEMPLATES / "report.typ"


# Tables up to this many body rows fit on one page even with wrapped cells: they are never split.
KEEP_TOGETHER_ROWS = 22
# Text width of the template's A4 page (210 mm less 27 mm and 25 mm margins), in pt.
TEXT_WIDTH_PT = 158 / 25.4 * 72
# report.typ: a table cell's left+right inset; a case box's left+right inset and its accent stroke.
CELL_INSET_X_PT = 10
CASE_INSET_PT = 2 * 12 + 3

DEFAULT_FALLBACK = {"body": "Noto Serif CJK SC", "heading": "Noto Sans CJK SC", "caption": "Noto Sans CJK SC"}

# The Chinese names templates use for the traditional font roles, and the family names the
# font files carry (Typst matches family names, case-insensitively).
FONT_ALIASES = {
    "宋体": ("SimSun", "NSimSun", "Songti SC", "STSong", "宋体"),
    "黑体": ("SimHei", "Heiti SC", "STHeiti", "黑体"),
    "仿宋": ("FangSong", "FangSong_GB2312", "STFangsong", "仿宋"),
    "仿宋_GB2312": ("FangSong_GB2312", "FangSong", "仿宋_GB2312"),
    "楷体": ("KaiTi", "KaiTi_GB2312", "STKaiti", "楷体"),
    "微软雅黑": ("Microsoft YaHei", "微软雅黑"),
    "方正小标宋简体": ("FZXiaoBiaoSong-B05S", "方正小标宋简体"),
}

# Characters with a meaning in Typst markup; escaped with a backslash in user text.
_SPECIAL = set("\\#$*_@<>[]`~=-+/:'\".()")
_SPACE = re.compile(r"(.?)\s*\n\s*(.?)")


def _join_lines(m: re.Match) -> str:
    # a line break between two CJK characters is no space in Chinese; elsewhere it is one
    before, after = m.group(1), m.group(2)
    cjk = before and after and ord(before) > 0x2E80 and ord(after) > 0x2E80
    return before + ("" if cjk else " ") + after


def escape(text: str) -> str:
    """User text -> Typst markup that shows it literally."""
    text = _SPACE.sub(_join_lines, text or "")
    return "".join("\\" + ch if ch in _SPECIAL else ch for ch in text)


def string(text: str) -> str:
    """A Typst string literal."""
    return '"' + (text or "").replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def content(text: str) -> str:
    """A Typst content block holding `text` literally."""
    return "[" + escape(text) + "]"


def heading_text(label: str, title: str) -> str:
    """"1." + "去向落实率" -> "1. 去向落实率"; "（1）" + "总体规模" -> "（1）总体规模" (no space after a
    full-width bracket)."""
    if not label:
        return title
    return f"{label}{title}" if ord(label[-1]) > 0x2E80 else f"{label} {title}"


# ---------------------------------------------------------------- fonts

def font_stacks(wishes: dict[str, str], families: set[str], warnings: list[str]) -> dict[str, list[str]]:
    """Per role (body, heading, caption) the families to ask Typst for: the template's wish if
    available, then the Noto fallback. One warning per missing font name."""
    available = {f.lower(): f for f in families}
    warned: set[str] = set()
    stacks = {}
    for role in ("body", "heading", "caption"):
        fallback = wishes.get(f"fallback_{role}") or (wishes.get("fallback_heading") if role == "caption" else "") \
            or DEFAULT_FALLBACK[role]
        stack = []
        wish = wishes.get(role, "")
        if wish:
            found = [available[c.lower()] for c in (wish, *FONT_ALIASES.get(wish, ())) if c.lower() in available]
            if found:
                stack.append(found[0])
            elif wish not in warned and wish.lower() != fallback.lower():
                warned.add(wish)
                warnings.append(f"PDF：模板指定的字体“{wish}”不可用，已改用 {fallback}"
                                f"（可用环境变量 {FONT_PATHS_ENV} 指定字体目录）")
        if fallback.lower() in available:
            stack.append(available[fallback.lower()])
        elif fallback not in warned:
            warned.add(fallback)
            warnings.append(f"PDF：找不到字体 {fallback}，中文可能无法显示（请安装 fonts-noto-cjk）")
        for noto in DEFAULT_FALLBACK.values():  # last resort: any Noto CJK we have
            if noto.lower() in available and available[noto.lower()] not in stack:
                stack.append(available[noto.lower()])
        stacks[role] = list(dict.fromkeys(stack))
    return stacks


# ---------------------------------------------------------------- images


def _image_info(data: bytes) -> tuple[str, float | None, float | None]:
    """(extension, natural width in mm or None, height/width or None) of PNG/JPEG/GIF/WebP bytes."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        w, h = struct.unpack(">II", data[16:24])
        dpi = 200.0  # the charts' print resolution, if the file does not say
        i = 8
        while i + 8 <= len(data):
            length, kind = struct.unpack(">I4s", data[i:i + 8])
            if kind == b"pHYs" and length >= 9:
                ppux, _, unit = struct.unpack(">IIB", data[i + 8:i + 17])
                if unit == 1 and ppux:
                    dpi = ppux * 0.0254
                break
            if kind == b"IDAT":
                break
            i += 12 + length
        return "png", w / dpi * 25.4, h / w if w else None
    if data[:2] == b"\xff\xd8":
        i = 2
        while i + 9 < len(data):
            if data[i] != 0xFF:
                i += 1
                continue
            marker = data[i + 1]
            if marker in (0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF):
                h, w = struct.unpack(">HH", data[i + 5:i + 9])
                return "jpg", None, h / w if w else None
            if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
                i += 2
                continue
            i += 2 + struct.unpack(">H", data[i + 2:i + 4])[0]
        return "jpg", None, None
    if data[:6] in (b"GIF87a", b"GIF89a"):
        w, h = struct.unpack("<HH", data[6:10])
        return "gif", None, h / w if w else None
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "webp", None, None
    if data.lstrip()[:5] in (b"<?xml", b"<svg ") or b"<svg" in data[:512]:
        return ("svg", *_svg_size(data))
    return "", None, None


SVG_SIZE = re.compile(rb'<svg\b[^>]*?\swidth="([\d.]+)pt"[^>]*?\sheight="([\d.]+)pt"')


def _svg_size(data: bytes) -> tuple[float | None, float | None]:
    """(width in mm, height/width) of an SVG sized in points, as document/charts.py writes charts."""
    found = SVG_SIZE.search(data[:2048])
    if not found or not float(found[1]):
        return None, None
    width, height = float(found[1]), float(found[2])
    return width * 25.4 / 72, height / width


# ---------------------------------------------------------------- tables

# Upper bounds of glyph widths in em, bold included, in the Noto CJK faces (measured: digits 0.55-0.58,
# "%" 0.92-0.97, capitals up to 1.0); anything not listed counts as a whole em.
_NARROW_EMS = {**{d: 0.6 for d in "0123456789"}, ".": 0.6, ",": 0.6, "-": 0.6, "+": 0.6, "/": 0.6, " ": 0.6}


def _widest_ems(text: str) -> float:
    """The width `text` takes at most, in em."""
    return sum(_NARROW_EMS.get(ch, 1.0) for ch in text)


def _lines_arg(one_line: list[bool]) -> str:
    """`one-line: (...)` for report-table when some row is known to take one line, else nothing."""
    if not any(one_line):
        return ""
    return "one-line: (" + ", ".join("true" if x else "false" for x in one_line) + ",), "


# ---------------------------------------------------------------- the writer


@dataclass
class TypstWriter:
    doc: Document
    fonts: dict[str, list[str]] = field(default_factory=lambda: {k: [v] for k, v in DEFAULT_FALLBACK.items()})
    files: dict[str, bytes] = field(default_factory=dict)  # name -> bytes, written next to main.typ
    warnings: list[str] = field(default_factory=list)
    labels: set[str] = field(default_factory=set)

    def __post_init__(self):
        # Labels of every numbered element, so cross-references can link and lists can locate.
        seen: set[str] = set()
        self._block_labels: dict[int, str] = {}
        for i, (_, block) in enumerate(self.doc.walk_blocks()):
            if isinstance(block, (Table, Figure, Case)):
                label = anchor(block.number) if block.number else f"x-{i}"
                if label in seen:
                    label = f"{label}-{i}"
                seen.add(label)
                self._block_labels[id(block)] = label
        self.labels = seen
        self._width = TEXT_WIDTH_PT  # width available to a table at the current nesting, pt

    # ------------------------------------------------------------ helpers

    @property
    def font_arg(self) -> str:
        parts = [f"{role}: ({', '.join(string(f) for f in fams)},)" for role, fams in self.fonts.items()]
        return "(" + ", ".join(parts) + ")"

    def inlines(self, items: list[Inline]) -> str:
        out = []
        for item in items:
            if isinstance(item, Emphasis):
                out.append(f"#emph{content(item.text)}")
            elif isinstance(item, Text):
                out.append(escape(item.text))
            elif isinstance(item, Strong):
                out.append(f"#strong{content(item.text)}")
            elif isinstance(item, ValueRef):
                out.append(escape(item.display or item.expr))
            elif isinstance(item, CrossRef):
                shown = item.display or item.label
                target = anchor(shown) if item.display else ""
                if target in self.labels:
                    out.append(f"#link(<{target}>){content(shown)}")
                else:
                    out.append(escape(shown))
        return "".join(out)

    # ------------------------------------------------------------ blocks

    def block(self, block, out: list[str]) -> None:
        if isinstance(block, Paragraph):
            text = self.inlines(block.inlines).strip()
            if text:
                out.append(text + "\n")
        elif isinstance(block, Heading):
            level = min(max(block.level, 3), 6)
            title = heading_text(block.label, block.title)
            out.append(f"#heading(level: {level}, outlined: false){content(title)}\n")
        elif isinstance(block, BulletList):
            fn = "enum" if block.ordered else "list"
            items = ", ".join(f"[{self.inlines(item)}]" for item in block.items)
            out.append(f"#{fn}({items})\n")
        elif isinstance(block, Table):
            self.table(block, out)
        elif isinstance(block, Figure):
            self.figure(block, out)
        elif isinstance(block, Case):
            inner: list[str] = []
            outer, self._width = self._width, TEXT_WIDTH_PT - CASE_INSET_PT
            for b in block.blocks:
                self.block(b, inner)
            self._width = outer
            label = self._block_labels[id(block)]
            out.append(f"#case-box(fonts: fonts, number: {string(block.number)}, title: {content(block.title)})"
                       f"[#metadata({string(block.number)}) <{label}>\n\n" + "\n".join(inner) + "]\n")

    @staticmethod
    def _ems(text: str) -> float:
        """Rough width of `text` in em: CJK and fullwidth characters 1, the rest about 0.55."""
        return sum(1.0 if ord(ch) > 0x2E80 else 0.55 for ch in text)

    def _layout(self, t: Table, ncols: int) -> tuple[list[float], float]:
        """Column weights (fractions in proportion to each column's natural width) and font size in pt:
        10.5 (五号) when every column fits on one line, else 9, else 9 with wrapping headers."""
        natural = []
        for c in range(ncols):
            head = self._ems(t.columns[c]) if c < len(t.columns) else 0.0
            body = max((self._ems(r[c].text) for r in t.rows if c < len(r) and not r[c].covered), default=0.0)
            natural.append((max(head, body), body))
        inset = 12  # pt: cell padding, both sides, plus a little air
        for size in (10.5, 9.0):
            if sum(w * size + inset for w, _ in natural) <= TEXT_WIDTH_PT:
                return [w * size + inset for w, _ in natural], size
        # too wide even at 9pt: headers wrap, columns in proportion to their cells
        return [max(body, min(w, 3.0)) * 9 + inset for w, body in natural], 9.0

    def _one_line_rows(self, t: Table, weights: list[float], size: float) -> list[bool]:
        """Per body row (the header first): whether every cell surely fits on one line. Typst measures
        every cell of an `auto` row before laying it out; a row given its one-line height is laid out
        once (the tables were ~40 % of the compile's layout). A rowspan cell may take one line per
        row it spans. The estimate errs wide (`_widest_ems`), so a row that might wrap stays `auto`."""
        room = [self._width * w / sum(weights) - CELL_INSET_X_PT - 1.0 for w in weights]

        def fits(text: str, column: int, lines: int = 1) -> bool:
            return _widest_ems(text) * size <= room[column] * lines if column < len(room) else False

        rows = [all(fits(title, c) for c, title in enumerate(t.columns))]
        for row in t.rows:
            rows.append(all(cell.covered or fits(cell.text, c, cell.rowspan) for c, cell in enumerate(row)))
        return rows

    def table_markup(self, t: Table) -> str:
        """The `report-table(...)` call of a table (no caption, no source)."""
        ncols = max([len(t.columns)] + [len(r) for r in t.rows]) or 1
        weights, size_pt = self._layout(t, ncols)
        cols, size = ", ".join(f"{w:.1f}fr" for w in weights), f"{size_pt}pt"
        one_line = self._one_line_rows(t, weights, size_pt)
        head = ", ".join(f"table.cell(align: center + horizon)[#strong{content(h)}]" for h in t.columns)
        cells = []
        for row in t.rows:
            for cell in row:
                if cell.covered:
                    continue
                args = []
                if cell.rowspan > 1:
                    # a merged group stays on one page, so a continued table never loses its label
                    args.append(f"rowspan: {cell.rowspan}, breakable: false")
                if cell.kind in ("count", "percent", "number"):
                    args.append("align: right + horizon")
                elif cell.rowspan > 1:
                    args.append("align: center + horizon")
                body = f"#strong{content(cell.text)}" if cell.bold else escape(cell.text)
                cells.append(f"table.cell({', '.join(args)})[{body}]" if args else f"[{body}]")
        if len(t.rows) <= KEEP_TOGETHER_ROWS:
            return (f"#report-table(size: {size}, keep: true, {_lines_arg(one_line)}columns: ({cols},),\n"
                    f"  table.header(repeat: true, {head}),\n  " + ",\n  ".join(cells) + ",\n)\n")
        label = self._block_labels.get(id(t))
        continued = (f"table.cell(colspan: {ncols}, stroke: none, inset: 0pt, continued-caption(fonts: fonts, "
                     f"<{label}>, {string('续' + t.number)}, {content(t.caption)})), " if label and t.number else "")
        if continued:
            one_line.insert(0, False)  # the 续表 line above the header: empty on the first page
        return (f"#report-table(size: {size}, head-row: {1 if continued else 0}, {_lines_arg(one_line)}"
                f"columns: ({cols},),\n"
                f"  table.header(repeat: true, {continued}{head}),\n  " + ",\n  ".join(cells) + ",\n)\n")

    def table(self, t: Table, out: list[str]) -> None:
        label = self._block_labels[id(t)]
        out.append(f"#table-caption(fonts: fonts, {string(t.number)}, {content(t.caption)}) <{label}>\n")
        out.append(self.table_markup(t))
        if t.source:
            out.append(f"#data-source{content(t.source)}\n")

    def figure(self, f: Figure, out: list[str]) -> None:
        label = self._block_labels[id(f)]
        data = f.svg.encode("utf-8") if f.svg else f.png  # charts as SVG: vector text, and no PNG to draw
        if not data and f.image_path and Path(f.image_path).is_file():
            data = Path(f.image_path).read_bytes()
        ext, width_mm, aspect = _image_info(data) if data else ("", None, None)
        source = f", source: {content(f.source)}" if f.source else ""  # on the figure's page, never the next
        if not ext:
            self.warnings.append(f"PDF：{f.number or f.label} 没有可用的图片，已留出空框")
            out.append(f"#missing-figure(fonts: fonts, number: {string(f.number)}, caption: {content(f.caption)}"
                       f"{source}) <{label}>\n")
        else:
            name = f"img-{len(self.files) + 1:03d}.{ext}"
            self.files[name] = data
            # charts: their natural size; photos without a usable resolution: the text width
            width = f"{width_mm:.2f}mm" if width_mm else "1000mm"
            out.append(f"#report-figure(path: {string(name)}, width: {width}, aspect: {aspect or 0.6:.4f}, "
                       f"fonts: fonts, number: {string(f.number)}, caption: {content(f.caption)}{source}) <{label}>\n")

    # ------------------------------------------------------------ structure

    def _toc_entries(self) -> list[tuple[int, str, str]]:
        """(level, label, text) of 目录 in the HTML writer's order; labels as placed on headings."""
        entries = []
        for i, chapter in enumerate(self.doc.sections, start=1):
            entries.append((1, section_anchor((i,)), chapter.heading))
            for j, section in enumerate(chapter.children, start=1):
                entries.append((2, section_anchor((i, j)), section.heading))
                for k, block in enumerate(section.blocks):
                    if isinstance(block, Heading) and block.level == 3:
                        entries.append((3, f"{section_anchor((i, j))}-h{k}", heading_text(block.label, block.title)))
        for case in self.doc.cases():
            if case.featured:
                entries.append((2, self._block_labels[id(case)], f"{case.number} {case.title}"))
        return entries

    def section(self, section: Section, path: tuple[int, ...], out: list[str]) -> None:
        level = len(path)
        out.append(f"#heading(level: {level}){content(section.heading)} <{section_anchor(path)}>\n")
        for k, block in enumerate(section.blocks):
            self.block(block, out)
            if isinstance(block, Heading) and block.level == 3 and level == 2:
                # the label 目录 locates; attached to a marker right after the heading
                out[-1] = out[-1].rstrip("\n") + f" <{section_anchor(path)}-h{k}>\n"
        for j, child in enumerate(section.children, start=1):
            self.section(child, path + (j,), out)

    def front_page(self, page: FrontPage, out: list[str]) -> None:
        if page.attachment:
            out.append(f"#labelled-front-title(label: {content(page.attachment)}, fonts: fonts){content(page.title)}\n")
        else:
            out.append(f"#front-title{content(page.title)}\n")
        for line in page.paragraphs:
            if page.link and page.link in line:
                before, _, after = line.partition(page.link)
                out.append(f"{escape(before)}#link({string(page.link)}){content(page.link)}{escape(after)}\n")
            else:
                out.append(escape(line) + "\n")
        if page.closing:
            out.append(escape(page.closing) + "\n")
        if page.signatures:
            out.append(f"#signature-lines(({''.join(content(s) + ', ' for s in page.signatures)}))\n")

    def list_page(self, title: str, items: list[tuple[int, str, str, bool]], out: list[str]) -> None:
        out.append(f"#front-title{content(title)}\n")
        if not items:
            out.append(f"#align(center){content(self.doc.meta.front.empty_list)}\n")
        for level, label, text, strong in items:
            flag = ", strong-entry: true" if strong else ""
            out.append(f"#list-line(<{label}>, level: {level}{flag}, fonts: fonts){content(text)}\n")

    def render(self) -> str:
        meta = self.doc.meta
        full_title = f"{meta.college}{meta.title}{meta.subtitle}"
        stamp = build_timestamp(meta.declaration_date)
        date = (f"datetime(year: {stamp.year}, month: {stamp.month}, day: {stamp.day}, "
                f"hour: {stamp.hour}, minute: {stamp.minute}, second: {stamp.second})")
        out = [
            "// Generated by nianbao from the document model; edit the sections, not this file.\n",
            '#import "report.typ": *\n',
            f"#let fonts = {self.font_arg}\n",
            f"#show: report.with(title: {string(full_title)}, author: {string(meta.college)}, date: {date}, "
            "fonts: fonts)\n",
            f"#cover(college: {string(meta.college)}, college-en: {string(meta.college_en)}, "
            f"lines: ({''.join(string(x) + ', ' for x in meta.cover_lines)}), "
            f"title: [{escape(meta.college)}#linebreak(){escape(meta.title)}#linebreak(){escape(meta.subtitle)}], "
            "fonts: fonts)\n",
        ]
        # 年报公开形式及网址, 内容真实性责任声明: the model's words
        for page in meta.front.pages():
            self.front_page(page, out)
        # 目录 and the lists, with roman page numbers
        out.append("#show: front-matter\n")
        toc = [(level, label, text, level == 1) for level, label, text in self._toc_entries()]
        front = meta.front
        self.list_page(front.toc_title, toc, out)
        self.list_page(front.figures_title, [(1, self._block_labels[id(f)], f"{f.number} {f.caption}", False)
                                 for f in self.doc.figures()], out)
        self.list_page(front.tables_title, [(1, self._block_labels[id(t)], f"{t.number} {t.caption}", False)
                                 for t in self.doc.tables()], out)
        self.list_page(front.cases_title, [(1, self._block_labels[id(c)], f"{c.number} {c.title}", False)
                                   for c in self.doc.cases()], out)
        # the body
        out.append(f"#show: body-matter.with(college: {string(meta.college)}, "
                   f"title: {string(meta.title + meta.subtitle)}, fonts: fonts)\n")
        for i, chapter in enumerate(self.doc.sections, start=1):
            self.section(chapter, (i,), out)
        # back matter: who wrote it
        if meta.authors:
            out.append(f"#front-title{content(meta.back.authors_title)}\n")
            authors = Table(label="authors", caption="", columns=list(meta.back.authors_columns),
                            rows=[[Cell(a.department), Cell(a.lead), Cell("、".join(a.writers))] for a in meta.authors])
            out.append(self.table_markup(authors))
        return "\n".join(out)


def render_typst(doc: Document, fonts: dict[str, list[str]] | None = None) -> TypstWriter:
    """The Typst source of `doc` (writer.render()) and the image files it refers to (writer.files)."""
    writer = TypstWriter(doc, fonts=fonts) if fonts else TypstWriter(doc)
    return writer


def write_pdf(doc: Document, path: Path) -> list[str]:
    """Write `doc` as PDF to `path`; return warnings (missing fonts, images, Typst warnings)."""
    import typst

    warnings: list[str] = []
    dirs = font_dirs()
    fonts = _fonts(dirs)
    stacks = font_stacks(doc.meta.fonts or {}, set(fonts.families()), warnings)
    writer = render_typst(doc, stacks)
    source = writer.render()
    warnings.extend(writer.warnings)
    stamp = build_timestamp(doc.meta.declaration_date)
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="nianbao-pdf-") as tmp:
        root = Path(tmp)
        (root / "report.typ").write_bytes(TEMPLATE.read_bytes())
        (root / "main.typ").write_text(source, encoding="utf-8")
        for name, data in writer.files.items():
            (root / name).write_bytes(data)
        if os.environ.get("NIANBAO_KEEP_TYPST"):  # debugging: keep the generated sources next to the PDF
            keep = path.with_suffix(".typst")
            keep.mkdir(parents=True, exist_ok=True)
            for item in root.iterdir():
                (keep / item.name).write_bytes(item.read_bytes())
        try:
            pdf, typst_warnings = typst.compile_with_warnings(
                str(root / "main.typ"), root=str(root), font_paths=fonts, ignore_system_fonts=True,
                format="pdf", timestamp=stamp if stamp.tzinfo else stamp.replace(tzinfo=dt.timezone.utc))
        except typst.TypstError as exc:  # a bug in the writer, not in the user's data
            raise RuntimeError(f"PDF 生成失败（Typst）：{exc.message}\n{getattr(exc, 'diagnostic', '')}") from exc
    for w in typst_warnings:
        message = getattr(w, "message", str(w))
        text = f"PDF（Typst）：{message}"
        if text not in warnings:
            warnings.append(text)
    path.write_bytes(pdf)
    return warnings


__all__ = ["write_pdf", "render_typst", "escape", "TypstWriter", "font_stacks"]
