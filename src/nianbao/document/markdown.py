"""Reader: a section's Markdown (with directives) -> document model blocks.

Directives (MyST-style, so editors highlight them):
  ```{table} graduates_by_major      a template table (or CSV rows below the options)
  ```{chart} gender_structure        a template chart
  ```{figure} photos/visit.jpg       a photo, with :caption: and optional :source:
  ::: case 标题 {#case-label}         a case box (nested Markdown)
  {value}`placement_rate[department=机械工程系]`   an inline value
  {ref}`graduates_by_major`          a cross-reference, shown as 表 1-1
Options under a fence: `:label: x`, `:caption: …`, `:source: …`.
A GFM pipe table is a table typed by hand too; its caption is a paragraph `: 表题` (or
`表：表题`) right before or after it, as in pandoc.
The reader only parses; numbers and values are filled in by `build`. A section is untrusted
text: it must be UTF-8, below a size limit, and whatever the model cannot hold (raw HTML,
images, link targets, headings deeper than ##) is reported with file:line, never dropped
in silence.
"""
from __future__ import annotations

import csv
import io
import re
import threading
from pathlib import Path

from markdown_it import MarkdownIt
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.myst_role import myst_role_plugin

from ..limits import Limits, current_limits
from .model import (Block, BulletList, Case, Cell, CrossRef, Emphasis, Figure, Heading, Inline, Location,
                    Paragraph, Strong, Table, Text, ValueRef)

LABEL_IN_INFO = re.compile(r"\{#([\w\-:.]+)\}")
OPTION = re.compile(r"^:(\w+):\s*(.*)$")
PIPE_CAPTION = re.compile(r"^(?::|表[:：]|Table:)\s*(.+)$", re.S)
# What a table or picture without a caption shows (in every format and in the lists) until one is written.
MISSING_TABLE_CAPTION = "（表题待补）"
MISSING_FIGURE_CAPTION = "（图题待补）"
DEEPEST_HEADING = 2  # `#` -> 1., `##` -> （1）; the outline above is the template's


_PARSERS = threading.local()


def _parser() -> MarkdownIt:
    """One parser per thread, shared by every section it reads (building one takes as long as parsing
    a short section; a parser keeps no state between `parse` calls)."""
    md = getattr(_PARSERS, "md", None)
    if md is None:
        md = _PARSERS.md = MarkdownIt("commonmark").enable("table").use(myst_role_plugin) \
            .use(container_plugin, "case")
    return md


class SectionReader:
    """Parse one Markdown file; problems are collected, not raised, so the user sees all."""

    def __init__(self, path: Path, shown: str, problems: list[str], warnings: list[str] | None = None):
        self.path, self.shown, self.problems = path, shown, problems
        self.warnings = warnings if warnings is not None else problems
        self.md = _parser()

    def loc(self, token) -> Location:
        return Location(self.shown, token.map[0] + 1 if token.map else None)

    def read(self, text: str | None = None) -> list[Block]:
        text = self.load() if text is None else text
        if text is None:
            return []
        tokens = self.md.parse(text)
        self.lines = text.splitlines()
        blocks, _ = self._blocks(tokens, 0, None)
        return blocks

    def load(self, limits: Limits | None = None) -> str | None:
        """The file as text; None (and a problem naming the file) if it is too big or not UTF-8."""
        limits = limits or current_limits()
        size = self.path.stat().st_size
        if size > limits.max_section_bytes:
            self.problems.append(f"{self.shown}：章节文件过大（{size / 1024**2:.1f} MB）；应不超过 "
                                 f"{limits.max_section_bytes / 1024**2:.0f} MB（上限可用环境变量 "
                                 f"{Limits.env_name('max_section_bytes')} 设置）")
            return None
        data = self.path.read_bytes()
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = data[:exc.start].count(b"\n") + 1
            hint = "（看起来是 GBK/GB18030 编码）" if _decodes(data, "gb18030") else ""
            self.problems.append(f"{self.shown}:{line}：文件不是 UTF-8 编码{hint}，无法读取；"
                                 "请在编辑器中以 UTF-8 编码另存此文件")
            return None

    def _blocks(self, tokens, i: int, stop: str | None) -> tuple[list[Block], int]:
        blocks: list[Block] = []
        while i < len(tokens):
            tok = tokens[i]
            if stop and tok.type == stop:
                return blocks, i + 1
            if tok.type == "heading_open":
                blocks.append(self._heading(tok, tokens[i + 1]))
                i += 3
            elif tok.type == "paragraph_open":
                if not tokens[i + 1].meta.get("caption"):
                    blocks.append(Paragraph(self._inlines(tokens[i + 1]), self.loc(tok)))
                i += 3
            elif tok.type in ("bullet_list_open", "ordered_list_open"):
                block, i = self._list(tokens, i)
                blocks.append(block)
            elif tok.type == "table_open":
                i = self._pipe_table(tokens, i, blocks)
            elif tok.type == "fence":
                block = self._fence(tok)
                if block is not None:
                    blocks.append(block)
                i += 1
            elif tok.type == "code_block":
                blocks.append(self._code(tok))
                i += 1
            elif tok.type == "html_block":
                self.warnings.append(f"{self.loc(tok)}：HTML 代码不会出现在报告中（已忽略）："
                                     f"{_excerpt(tok.content)}；请改用 Markdown 书写")
                i += 1
            elif tok.type == "container_case_open":
                info = tok.info.strip()[len("case"):].strip()
                label_match = LABEL_IN_INFO.search(info)
                title = LABEL_IN_INFO.sub("", info).strip()
                inner, i = self._blocks(tokens, i + 1, "container_case_close")
                if not title:
                    self.problems.append(f"{self.loc(tok)}：案例缺少标题（应写作 ::: case 标题）")
                label = label_match.group(1) if label_match else f"case:{self.shown}:{tok.map[0] + 1}"
                blocks.append(Case(label=label, title=title, blocks=inner, location=self.loc(tok)))
            else:
                i += 1
        return blocks, i

    def _heading(self, tok, inline) -> Heading:
        level = int(tok.tag[1])
        if level > DEEPEST_HEADING:
            self.problems.append(f"{self.loc(tok)}：标题层级过深（{'#' * level}）：节内只能用 # 和 ##"
                                 f"（编号为 1. 和 （1））；更细的层次请写成加粗的段落")
        return Heading(min(level, DEEPEST_HEADING) + 2, inline.content.strip(), location=self.loc(tok))

    def _code(self, tok) -> Paragraph:
        """A code block has no place in a report, but its words are the author's: kept as text."""
        self.warnings.append(f"{self.loc(tok)}：代码块按普通段落排版（报告中没有代码格式）")
        return Paragraph([Text(tok.content.strip())], self.loc(tok))

    def _list(self, tokens, i: int) -> tuple[BulletList, int]:
        open_tok = tokens[i]
        close = open_tok.type.replace("_open", "_close")
        items, depth = [], 0
        i += 1
        while i < len(tokens) and not (tokens[i].type == close and depth == 0):
            tok = tokens[i]
            if tok.type == open_tok.type:
                depth += 1
            elif tok.type == close:
                depth -= 1
            elif tok.type == "inline":
                items.append(self._inlines(tok))
            i += 1
        return BulletList(items, ordered=open_tok.type.startswith("ordered"), location=self.loc(open_tok)), i + 1

    def _inlines(self, tok) -> list[Inline]:
        out: list[Inline] = []
        strong = emphasis = 0
        line = tok.map[0] + 1 if tok.map else None
        for child in tok.children or []:
            loc = Location(self.shown, line)
            if child.type in ("text", "code_inline"):
                kind = Strong if strong else Emphasis if emphasis else Text
                out.append(kind(child.content))
            elif child.type in ("softbreak", "hardbreak"):
                line = line + 1 if line else None  # Chinese text joins lines without a space
            elif child.type in ("strong_open", "strong_close"):
                strong += 1 if child.type == "strong_open" else -1
            elif child.type in ("em_open", "em_close"):
                emphasis += 1 if child.type == "em_open" else -1
            elif child.type == "link_open":
                self.warnings.append(f"{loc}：链接只保留文字，网址“{child.attrs.get('href', '')}”不会出现在报告中；"
                                     "需要时把网址写进正文")
            elif child.type == "image":
                self.warnings.append(f"{loc}：行内图片不会出现在报告中（已忽略）：{child.attrs.get('src', '')}；"
                                     "请用 ```{figure} 路径``` 并写 :caption:")
            elif child.type == "html_inline":
                self.warnings.append(f"{loc}：HTML 标记不会出现在报告中（已忽略）：{_excerpt(child.content)}")
            elif child.type == "myst_role":
                role = child.meta.get("name")
                if role == "value":
                    out.append(ValueRef(child.content.strip(), location=loc))
                elif role == "ref":
                    out.append(CrossRef(child.content.strip(), location=loc))
                else:
                    self.problems.append(f"{loc}：未知的行内指令 {{{role}}}，可用：{{value}}、{{ref}}")
        return _join_cjk_runs(out)

    # ------------------------------------------------------------ pipe tables

    def _pipe_table(self, tokens, i: int, blocks: list[Block]) -> int:
        """A GFM pipe table -> a hand-typed Table; its caption is a `: 表题` paragraph next to it."""
        open_tok, header, rows, row = tokens[i], [], [], None
        i += 1
        while tokens[i].type != "table_close":
            tok = tokens[i]
            if tok.type == "tr_open":
                row = []
            elif tok.type == "tr_close":
                rows.append(row)
            elif tok.type == "inline":
                row.append(self._inlines(tok))
            i += 1
        header, body = rows[0], rows[1:]
        loc = self.loc(open_tok)
        self._check_pipe_widths(open_tok, len(header))
        caption = self._caption_before(blocks) or self._caption_after(tokens, i + 1)
        if not caption:
            # Still numbered (every table of the report is: 表目录, cross-references, reviewers'
            # check of the numbering), and the gap shows where readers see it.
            self.warnings.append(f"{loc}：表格没有表题：在表格前或后加一行“: 表题”，它才有完整的表题和表目录条目")
            caption = MISSING_TABLE_CAPTION
        blocks.append(Table(label=f"table:{loc}", caption=caption, columns=[_plain(c) for c in header],
                            rows=[[Cell(_plain(c)) for c in r] for r in body], location=loc))
        return i + 1

    def _check_pipe_widths(self, tok, width: int) -> None:
        """GFM pads short rows and drops extra cells: say so, since a cell typed was then lost."""
        start, end = tok.map
        for number in range(start, end):
            text = self.lines[number].strip() if number < len(self.lines) else ""
            if number == start + 1 or not text:
                continue  # the |---|---| delimiter row
            cells = len(re.split(r"(?<!\\)\|", text.strip("|")))
            if cells != width:
                self.problems.append(f"{self.shown}:{number + 1}：表格这一行有 {cells} 格，表头有 {width} 列；"
                                     "每行的格数应与表头相同（空格子也要写出 | |）")

    def _caption_before(self, blocks: list[Block]) -> str:
        if blocks and isinstance(blocks[-1], Paragraph) and (m := PIPE_CAPTION.match(blocks[-1].text.strip())):
            blocks.pop()
            return m.group(1).strip()
        return ""

    def _caption_after(self, tokens, i: int) -> str:
        if i + 2 < len(tokens) and tokens[i].type == "paragraph_open":
            if m := PIPE_CAPTION.match(tokens[i + 1].content.strip()):
                tokens[i + 1].meta["caption"] = True  # consumed: not a paragraph of its own
                return m.group(1).strip()
        return ""

    def _fence(self, tok) -> Block | None:
        info = tok.info.strip()
        match = re.match(r"^\{(\w+)\}\s*(.*)$", info)
        if not match:
            return self._code(tok)
        directive, arg = match.group(1), match.group(2).strip()
        options, body = {}, []
        for line in tok.content.splitlines():
            opt = OPTION.match(line.strip())
            if opt and not body:
                options[opt.group(1)] = opt.group(2).strip()
            elif line.strip():
                body.append(line)
        loc = self.loc(tok)
        if directive == "table":
            if body:
                return self._manual_table(arg, options, body, loc)
            return Table(label=options.get("label", arg), caption=options.get("caption", ""), columns=[], rows=[],
                         source=options.get("source", ""), spec=arg, location=loc)
        if directive == "chart":
            return Figure(label=options.get("label", arg), caption=options.get("caption", ""),
                          source=options.get("source", ""), spec=arg, location=loc)
        if directive == "figure":
            return Figure(label=options.get("label", arg), caption=options.get("caption", ""),
                          source=options.get("source", ""), image_path=arg, alt=options.get("alt", ""), location=loc)
        self.problems.append(f"{loc}：未知指令 {{{directive}}}，可用：{{table}}、{{chart}}、{{figure}}")
        return None

    def _manual_table(self, arg: str, options: dict, body: list[str], loc: Location) -> Table:
        delimiter = "\t" if any("\t" in line for line in body) else ","
        rows = list(csv.reader(io.StringIO("\n".join(body)), delimiter=delimiter))
        if not options.get("caption"):
            self.problems.append(f"{loc}：手工表格缺少 :caption:（表题）")
        for n, row in enumerate(rows[1:], start=2):
            if len(row) != len(rows[0]):
                self.problems.append(f"{loc}：手工表格第 {n} 行有 {len(row)} 格，表头有 {len(rows[0])} 列；"
                                     "每行的格数应与表头相同（空格子也要写出分隔符）")
        return Table(label=options.get("label", arg or f"table:{loc}"), caption=options.get("caption", ""),
                     columns=[c.strip() for c in rows[0]],
                     rows=[[Cell(c.strip()) for c in row] for row in rows[1:]],
                     source=options.get("source", ""), location=loc)


CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’]")


def _join_cjk_runs(inlines: list[Inline]) -> list[Inline]:
    """Drop the ASCII spaces authors type between a run-in bold heading and the Chinese text after
    it ("**院系与专业。** 毕业生…"): Chinese has no spaces between words, and printed they show."""
    for before, after in zip(inlines, inlines[1:]):
        if isinstance(before, (Text, Strong)) and isinstance(after, (Text, Strong)) and before.text:
            stripped = after.text.lstrip(" ")
            if stripped != after.text and CJK.match(before.text[-1]) and stripped and CJK.match(stripped[0]):
                after.text = stripped
    return inlines


def _plain(inlines: list[Inline]) -> str:
    return "".join(getattr(item, "text", "") or getattr(item, "expr", "") or getattr(item, "label", "")
                   for item in inlines)


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:40] + "…"


def _decodes(data: bytes, encoding: str) -> bool:
    try:
        data.decode(encoding)
    except UnicodeDecodeError:
        return False
    return True


def read_section(path: Path, shown: str, problems: list[str], warnings: list[str] | None = None) -> list[Block]:
    """Blocks of one section file; errors go to `problems`, what is left out to `warnings`."""
    return SectionReader(path, shown, problems, warnings).read()
