"""pandoc's reading of an edited DOCX (JSON AST) -> the Markdown of each section file.

Markers left by prepare.py stand for what nianbao protected: `v` values and references, `b`
generated tables, charts and photos, `c` case titles, `m` hand-typed tables' captions, `s` the
start of a section file. Everything else is what the department wrote: paragraphs, headings,
lists, bold, tables (-> `{table}` with CSV rows), pictures (-> saved files and `{figure}`).
Anything that has no Markdown form is kept as plain paragraphs, with a warning.
"""
from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from ..document.images import ImageProblem, check_image
from ..document.markdown import MISSING_FIGURE_CAPTION, MISSING_TABLE_CAPTION
from ..limits import current_limits
from .manifest import Manifest
from .prepare import CLOSE, OPEN

MARKER = re.compile(f"{OPEN}([vbcms])(\\d{{1,9}}){CLOSE}")
CAPTION_STYLES = {"caption", "题注", "Caption"}
TABLE_CAPTION = re.compile(r"^表\s*(?:\d+(?:[-－]\d+)?)?\s*(?=\S)")
FIGURE_CAPTION = re.compile(r"^图\s*(?:\d+(?:[-－]\d+)?)?\s*(?=\S)")
SOURCE_LINE = re.compile(r"^数据来源[：:]\s*")
HEADING_LABEL = re.compile(r"^(?:\d+[.．、]\s*|（\d+）\s*|\(\d+\)\s*)")
BULLET = re.compile(r"^[•·●▪◦\-–]\s*")
# Bounded: a department's file is untrusted and int() refuses more than 4 300 digits.
ORDERED = re.compile(r"^(\d{1,9})[.．、]\s+")


@dataclass
class Picture:
    section: str
    data: bytes
    path: str  # project-relative, where it will be saved


@dataclass
class ReadResult:
    sections: dict[str, list[str]]  # section id -> Markdown blocks
    pictures: list[Picture] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    outside: int = 0  # blocks before the first section marker (the title page)
    found: set[str] = field(default_factory=set)  # sections whose start was found


EMPHASIS_OPEN, EMPHASIS_CLOSE = "\ue002", "\ue003"


def _punctuation(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "PS"


def _delimit(text: str) -> str:
    """Place the emphasis delimiters so CommonMark reads them back: "**院系与专业。**毕业生" does not
    close (punctuation before, a letter after), "**院系与专业。** 毕业生" does (the Markdown reader
    drops that space again between Chinese characters)."""
    out = []
    for i, ch in enumerate(text):
        if ch == EMPHASIS_OPEN:
            before = "".join(out)[-1:]
            after = text[i + 1:].lstrip("*")[:1]
            if before and not before.isspace() and after and _punctuation(after):
                out.append(" ")
        elif ch == EMPHASIS_CLOSE:
            inner_end = "".join(out).rstrip("*")[-1:]
            after = text[i + 1:i + 2]
            if after and not after.isspace() and after not in (EMPHASIS_OPEN, EMPHASIS_CLOSE) \
                    and inner_end and _punctuation(inner_end):
                out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def _as_png_or_jpeg(data: bytes) -> bytes:
    """Pictures in other raster formats (GIF, BMP, TIFF) become PNG, the format every writer embeds;
    what Pillow cannot read is returned unchanged for check_image to name."""
    if data.startswith((b"\x89PNG", b"\xff\xd8\xff")):
        return data
    from PIL import Image, UnidentifiedImageError
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > current_limits().max_image_pixels:
                return data
            out = io.BytesIO()
            image.convert("RGBA" if "A" in image.getbands() or image.mode == "P" else "RGB").save(out, "PNG")
            return out.getvalue()
    except (UnidentifiedImageError, OSError, ValueError):
        return data


def escape_text(text: str) -> str:
    """Backslash the characters Markdown would read as markup (code, emphasis, HTML)."""
    return re.sub(r"([\\`*<])", r"\\\1", text)


class AstReader:
    def __init__(self, ast: dict, manifest: Manifest, media: Path, photos_dir: str = "photos"):
        self.ast, self.manifest, self.media, self.photos_dir = ast, manifest, media, photos_dir
        self.ids = [s.id for s in manifest.sections]
        self.result = ReadResult({sid: [] for sid in self.ids})
        self.current: str | None = None
        self.where = "标题页"

    # ------------------------------------------------ entry

    def read(self) -> ReadResult:
        blocks = self._flatten(self.ast.get("blocks", []))
        self._blocks(blocks, self._emit)
        return self.result

    def _emit(self, markdown: str) -> None:
        if self.current is None:
            self.result.outside += 1
            return
        self.result.sections[self.current].append(markdown)

    def warn(self, message: str) -> None:
        self.result.warnings.append(f"{self.where}：{message}")

    # ------------------------------------------------ blocks

    def _flatten(self, blocks: list) -> list:
        """Divs (custom paragraph styles) and block quotes (indented paragraphs) are unwrapped; a
        paragraph remembers its style so captions are recognised."""
        out = []
        for block in blocks:
            if block["t"] == "Div":
                attrs = dict(block["c"][0][2])
                style = attrs.get("custom-style", "")
                for inner in self._flatten(block["c"][1]):
                    out.append({**inner, "style": inner.get("style") or style})
            elif block["t"] == "BlockQuote":
                out.extend(self._flatten(block["c"]))
            else:
                out.append(block)
        return out

    def _blocks(self, blocks: list, emit) -> None:
        i = 0
        pending_list: list[str] = []
        list_kind = ""

        def flush_list():
            nonlocal pending_list, list_kind
            if pending_list:
                emit("\n".join(pending_list))
            pending_list, list_kind = [], ""

        while i < len(blocks):
            block = blocks[i]
            kind = block["t"]
            if kind in ("Para", "Plain"):
                inlines = block["c"]
                text = self._raw(inlines)
                whole = MARKER.fullmatch(text.strip())
                if whole and whole.group(1) == "s":
                    flush_list()
                    self._start_section(int(whole.group(2)))
                    i += 1
                    continue
                if whole and whole.group(1) == "b":
                    flush_list()
                    emit(self.manifest.objects[int(whole.group(2))].source)
                    i += 1
                    continue
                images = [x for x in inlines if x["t"] == "Image"]
                if images:
                    flush_list()
                    i = self._figure(blocks, i, images, emit)
                    continue
                manual = MARKER.match(text.strip())
                if manual and manual.group(1) == "m":
                    flush_list()
                    i = self._table_after_caption(blocks, i, emit, int(manual.group(2)),
                                                  self._caption_text(text.strip()[manual.end():]))
                    continue
                if self._is_caption(block, text, TABLE_CAPTION) and i + 1 < len(blocks) \
                        and blocks[i + 1]["t"] == "Table":
                    flush_list()
                    i = self._table_after_caption(blocks, i, emit, None,
                                                  self._caption_text(TABLE_CAPTION.sub("", text.strip())))
                    continue
                bullet, ordered = BULLET.match(text), ORDERED.match(text)
                if bullet and text.startswith(("• ", "·", "●", "▪", "◦")):
                    if list_kind != "-":
                        flush_list()
                    list_kind = "-"
                    pending_list.append("- " + self._inlines(inlines, strip=bullet.end()))
                elif ordered and int(ordered.group(1)) == (len(pending_list) + 1 if list_kind == "1" else 1):
                    if list_kind != "1":
                        flush_list()
                    list_kind = "1"
                    pending_list.append(f"{len(pending_list) + 1}. " + self._inlines(inlines, strip=ordered.end()))
                else:
                    flush_list()
                    if text.strip():
                        emit(self._inlines(inlines, line_start=True))
                i += 1
                continue
            flush_list()
            if kind == "Header":
                self._heading(block, emit)
            elif kind in ("BulletList", "OrderedList"):
                self._list(block, emit)
            elif kind == "Table":
                self._table(block, emit, None, self._caption_text(TABLE_CAPTION.sub("", self._pandoc_caption(block))))
            elif kind == "Figure":
                # pandoc joins a picture and the caption-styled paragraph under it into one Figure.
                inner = self._flatten(block["c"][2])
                caption = self._pandoc_caption(block)
                if caption:
                    inner.append({"t": "Para", "c": [{"t": "Str", "c": caption}], "style": "caption"})
                self._blocks(inner, emit)
            elif kind in ("HorizontalRule", "Null"):
                pass
            else:
                self._unmapped(block, emit)
            i += 1
        flush_list()

    def _start_section(self, n: int) -> None:
        if 1 <= n <= len(self.ids):
            self.current = self.ids[n - 1]
            self.result.found.add(self.current)
            self.where = f"sections/{self.current}.md"

    def _heading(self, block, emit) -> None:
        level, _, inlines = block["c"]
        text = HEADING_LABEL.sub("", self._inlines(inlines).strip())
        if not text:
            return
        if level <= 2:
            self.warn(f"“{text}”是 {level} 级标题（章、节标题由模板给出），按本节内的一级标题（#）导入")
        emit(("#" if level <= 3 else "##") + " " + text)

    def _list(self, block, emit) -> None:
        ordered = block["t"] == "OrderedList"
        items = block["c"][1] if ordered else block["c"]
        lines = []
        for n, item in enumerate(items, start=1):
            parts = [self._inlines(b["c"]) for b in self._flatten(item) if b["t"] in ("Para", "Plain")]
            nested = [b for b in item if b["t"] not in ("Para", "Plain")]
            if nested:
                self.warn("多级列表按一级列表导入")
                for b in nested:
                    if b["t"] in ("BulletList", "OrderedList"):
                        sub = b["c"][1] if b["t"] == "OrderedList" else b["c"]
                        parts.extend(self._plain(x) for x in sub)
            lines.append((f"{n}. " if ordered else "- ") + "".join(parts[:1]))
            lines.extend((f"{n}. " if ordered else "- ") + p for p in parts[1:])
        emit("\n".join(lines))

    def _unmapped(self, block, emit) -> None:
        text = self._plain(block)
        if text.strip():
            self.warn(f"无法对应的内容（{block['t']}）按普通段落保留：{text.strip()[:30]}")
            for line in text.splitlines():
                if line.strip():
                    emit(self._escape_line_start(escape_text(line.strip())))

    # ------------------------------------------------ tables

    @staticmethod
    def _is_caption(block, text: str, pattern) -> bool:
        return bool(text.strip()) and (block.get("style") in CAPTION_STYLES or bool(pattern.match(text.strip()))) \
            and len(text.strip()) <= 80

    def _table_after_caption(self, blocks, i: int, emit, manual: int | None, caption: str) -> int:
        if i + 1 < len(blocks) and blocks[i + 1]["t"] == "Table":
            self._table(blocks[i + 1], emit, manual, caption)
            return i + 2
        if manual is not None:
            self.warn(f"表格“{caption}”已被删除")
        elif caption:
            emit(self._escape_line_start(escape_text(caption)))
        return i + 1

    def _rows(self, table) -> list[list[str]]:
        rows = []
        for row in self._table_rows(table):
            cells = []
            for cell in row[1]:
                text = " ".join(self._plain(b) for b in cell[4]).strip()
                cells.append(MARKER.sub(self._marker_text, text))
                cells.extend("" for _ in range(cell[3] - 1))  # a merged cell keeps its columns
            rows.append(cells)
        width = max((len(r) for r in rows), default=0)
        return [r + [""] * (width - len(r)) for r in rows]

    def _pandoc_caption(self, block) -> str:
        """The caption pandoc attached to a Table or Figure (from a caption-styled paragraph)."""
        return " ".join(self._raw(b["c"]) for b in self._flatten(block["c"][1][1]) if b["t"] in ("Para", "Plain")).strip()

    @staticmethod
    def _table_rows(table) -> list:
        """pandoc's Table: attr, caption, colspecs, head [attr, rows], bodies [attr, n, head rows, rows],
        foot [attr, rows]; a row is [attr, cells]; a cell is [attr, align, rowspan, colspan, blocks]."""
        _, _, _, head, bodies, foot = table["c"]
        return head[1] + [r for body in bodies for r in body[2] + body[3]] + foot[1]

    def _caption_text(self, raw: str) -> str:
        """Text for a directive option (a caption, a case title): markers shown, no Markdown escapes."""
        return re.sub(r"\\(.)", r"\1", MARKER.sub(self._marker_text, raw)).strip()

    def _marker_text(self, match) -> str:
        obj = self.manifest.objects.get(int(match.group(2)))
        return obj.display if obj else ""

    def _table(self, table, emit, manual: int | None, caption: str) -> None:
        cells = [c for row in self._table_rows(table) for c in row[1]]
        if len(cells) == 1:
            self._single_cell(cells[0][4], emit)
            return
        rows = self._rows(table)
        if not rows:
            return
        header = self.manifest.objects[manual].source if manual in self.manifest.objects else "```{table}"
        if not caption:
            caption = MISSING_TABLE_CAPTION
            self.warn(f"新表格（首行：{'、'.join(rows[0])[:30]}）没有表题，已写为“{caption}”，请在 Markdown 中补上")
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        lines = header.splitlines()
        emit("\n".join([lines[0], *lines[1:], f":caption: {caption}", buffer.getvalue().rstrip("\n"), "```"]))

    def _single_cell(self, blocks, emit) -> None:
        """A one-cell table is a case box when it starts with a case title marker; otherwise its
        content is kept as paragraphs."""
        inner = self._flatten(blocks)
        first = self._raw(inner[0]["c"]).strip() if inner and inner[0]["t"] in ("Para", "Plain") else ""
        match = MARKER.match(first)
        if match and match.group(1) == "c":
            key = int(match.group(2))
            title = self._caption_text(first[match.end():])
            label = self.manifest.objects[key].source if key in self.manifest.objects else ""
            body: list[str] = []
            self._blocks(inner[1:], body.append)
            emit("\n".join([f"::: case {title}{' ' + label if label else ''}", "\n\n".join(body), ":::"]))
            return
        self.warn("单格表格（文本框）的内容按普通段落导入")
        self._blocks(inner, emit)

    # ------------------------------------------------ pictures

    def _figure(self, blocks, i: int, images: list, emit) -> int:
        block = blocks[i]
        text = self._inlines([x for x in block["c"] if x["t"] != "Image"]).strip()
        if text:
            emit(self._inlines([x for x in block["c"] if x["t"] != "Image"], line_start=True))
        consumed = i + 1
        caption, source = "", ""
        if consumed < len(blocks) and blocks[consumed]["t"] in ("Para", "Plain"):
            candidate = self._raw(blocks[consumed]["c"]).strip()
            if self._is_caption(blocks[consumed], candidate, FIGURE_CAPTION) and not MARKER.search(candidate):
                caption, consumed = self._caption_text(FIGURE_CAPTION.sub("", candidate)), consumed + 1
        if consumed < len(blocks) and blocks[consumed]["t"] in ("Para", "Plain"):
            candidate = self._inlines(blocks[consumed]["c"]).strip()
            if SOURCE_LINE.match(candidate):
                source, consumed = SOURCE_LINE.sub("", candidate), consumed + 1
        for image in images:
            path = self._save_picture(image)
            if path is None:
                continue
            shown = caption or MISSING_FIGURE_CAPTION
            if not caption:
                self.warn(f"新图片 {path} 没有图题（图片下方一行“图 …”），已写为“{shown}”")
            lines = [f"```{{figure}} {path}", f":caption: {shown}"]
            if source:
                lines.append(f":source: {source}")
            emit("\n".join(lines + ["```"]))
        return consumed

    def _save_picture(self, image) -> str | None:
        target = image["c"][2][0]
        file = (self.media / target) if not Path(target).is_absolute() else Path(target)
        if not file.is_file():
            file = self.media / Path(target).name
        if not file.is_file():
            self.warn(f"图片 {target} 无法读取，未导入")
            return None
        data = _as_png_or_jpeg(file.read_bytes())
        try:
            check_image(data, Path(target).name, current_limits())
        except ImageProblem as exc:
            self.warn(f"图片未导入：{exc}（Word 中的 EMF/WMF 图请另存为 PNG 后插入）")
            return None
        ext = ".jpg" if data.startswith(b"\xff\xd8") else ".png"
        slug = (self.current or "section").replace("/", "-")
        path = f"{self.photos_dir}/{slug}-{hashlib.sha256(data).hexdigest()[:12]}{ext}"
        if self.current is not None:
            self.result.pictures.append(Picture(self.current, data, path))
        return path

    # ------------------------------------------------ inlines

    def _raw(self, inlines: list) -> str:
        """The paragraph's Markdown with nianbao's markers still in place."""
        return re.sub(r"[ \t]+", " ", _delimit("".join(self._inline(x) for x in inlines)))

    def _inlines(self, inlines: list, line_start: bool = False, strip: int = 0) -> str:
        text = self._raw(inlines)
        text = text[strip:] if strip else text
        if line_start:
            text = self._escape_line_start(text)
        return MARKER.sub(self._marker_source, text).strip()

    @staticmethod
    def _escape_line_start(text: str) -> str:
        stripped = text.lstrip()
        if re.match(r"^([#>+\-])", stripped) or re.match(r"^\d+[.)]\s", stripped):
            return "\\" + stripped if not stripped[0].isdigit() else re.sub(r"^(\d+)([.)])", r"\1\\\2", stripped)
        return text

    def _marker_source(self, match) -> str:
        kind, key = match.group(1), int(match.group(2))
        obj = self.manifest.objects.get(key)
        if obj is None or kind != "v":
            return ""
        return obj.source

    def _inline(self, x) -> str:
        t = x["t"]
        if t == "Str":
            return escape_text(x["c"]) if OPEN not in x["c"] else self._escape_around(x["c"])
        if t == "Space":
            return " "
        if t in ("SoftBreak", "LineBreak"):
            return ""
        if t in ("Strong", "Emph"):
            inner = "".join(self._inline(y) for y in x["c"]).strip()
            mark = "**" if t == "Strong" else "*"
            return f"{EMPHASIS_OPEN}{mark}{inner}{mark}{EMPHASIS_CLOSE}" if inner else ""
        if t in ("Underline", "Strikeout", "SmallCaps", "Superscript", "Subscript"):
            return "".join(self._inline(y) for y in x["c"])
        if t in ("Span", "Link"):
            return "".join(self._inline(y) for y in x["c"][1])
        if t == "Quoted":
            inner = "".join(self._inline(y) for y in x["c"][1])
            return f"“{inner}”" if x["c"][0]["t"] == "DoubleQuote" else f"‘{inner}’"
        if t in ("Code", "Math"):
            return escape_text(x["c"][1])
        if t == "Note":
            self.warn("脚注按括注写入正文")
            return "（注：" + " ".join(self._plain(b) for b in x["c"]) + "）"
        if t == "Cite":
            return "".join(self._inline(y) for y in x["c"][1])
        if t == "Image":
            return ""
        return ""

    @staticmethod
    def _escape_around(text: str) -> str:
        parts = re.split(f"({OPEN}[vbcms]\\d+{CLOSE})", text)
        return "".join(p if p.startswith(OPEN) else escape_text(p) for p in parts)

    def _plain(self, block) -> str:
        """A block's text, markers shown as the value they stood for."""
        t = block["t"]
        if t in ("Para", "Plain"):
            return MARKER.sub(self._marker_text, self._raw(block["c"])).replace("\\", "")
        if t == "Header":
            return self._plain({"t": "Para", "c": block["c"][2]})
        if t in ("Div", "BlockQuote", "Figure"):
            inner = block["c"][1] if t == "Div" else block["c"] if t == "BlockQuote" else block["c"][2]
            return "\n".join(self._plain(b) for b in inner)
        if t in ("BulletList", "OrderedList"):
            items = block["c"][1] if t == "OrderedList" else block["c"]
            return "\n".join(self._plain(b) for item in items for b in item)
        if t == "CodeBlock":
            return block["c"][1]
        if t == "RawBlock":
            return re.sub(r"<[^>]+>", "", block["c"][1])
        if t == "LineBlock":
            return "\n".join(self._plain({"t": "Para", "c": line}) for line in block["c"])
        if t == "DefinitionList":
            return "\n".join(self._plain({"t": "Para", "c": term}) + "\n" +
                             "\n".join(self._plain(b) for defs in definitions for b in defs)
                             for term, definitions in block["c"])
        if t == "Table":
            return "\n".join("，".join(row) for row in self._rows(block))
        return ""
