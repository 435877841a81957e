"""Reader: a section's Markdown (with directives) -> document model blocks.

Directives (MyST-style, so editors highlight them):
  ```{table} graduates_by_major      a template table (or CSV rows below the options)
  ```{chart} gender_structure        a template chart
  ```{figure} photos/visit.jpg       a photo, with :caption: and optional :source:
  ::: case 标题 {#case-label}         a case box (nested Markdown)
  {value}`placement_rate[department=机械工程系]`   an inline value
  {ref}`graduates_by_major`          a cross-reference, shown as 表 1-1
Options under a fence: `:label: x`, `:caption: …`, `:source: …`.
The reader only parses; numbers and values are filled in by `build`.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from markdown_it import MarkdownIt
from mdit_py_plugins.container import container_plugin
from mdit_py_plugins.myst_role import myst_role_plugin

from .model import (Block, BulletList, Case, Cell, CrossRef, Figure, Heading, Inline, Location, Paragraph,
                    Strong, Table, Text, ValueRef)

LABEL_IN_INFO = re.compile(r"\{#([\w\-:.]+)\}")
OPTION = re.compile(r"^:(\w+):\s*(.*)$")


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").use(myst_role_plugin).use(container_plugin, "case")


class SectionReader:
    """Parse one Markdown file; problems are collected, not raised, so the user sees all."""

    def __init__(self, path: Path, shown: str, problems: list[str]):
        self.path, self.shown, self.problems = path, shown, problems
        self.md = _parser()

    def loc(self, token) -> Location:
        return Location(self.shown, token.map[0] + 1 if token.map else None)

    def read(self, text: str | None = None) -> list[Block]:
        text = self.path.read_text(encoding="utf-8") if text is None else text
        tokens = self.md.parse(text)
        blocks, _ = self._blocks(tokens, 0, None)
        return blocks

    def _blocks(self, tokens, i: int, stop: str | None) -> tuple[list[Block], int]:
        blocks: list[Block] = []
        while i < len(tokens):
            tok = tokens[i]
            if stop and tok.type == stop:
                return blocks, i + 1
            if tok.type == "heading_open":
                level = int(tok.tag[1])
                blocks.append(Heading(level + 2, tokens[i + 1].content.strip(), location=self.loc(tok)))
                i += 3
            elif tok.type == "paragraph_open":
                blocks.append(Paragraph(self._inlines(tokens[i + 1]), self.loc(tok)))
                i += 3
            elif tok.type in ("bullet_list_open", "ordered_list_open"):
                block, i = self._list(tokens, i)
                blocks.append(block)
            elif tok.type == "fence":
                block = self._fence(tok)
                if block is not None:
                    blocks.append(block)
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
        strong = False
        line = tok.map[0] + 1 if tok.map else None
        for child in tok.children or []:
            loc = Location(self.shown, line)
            if child.type == "text":
                out.append(Strong(child.content) if strong else Text(child.content))
            elif child.type == "code_inline":
                out.append(Text(child.content))
            elif child.type in ("softbreak", "hardbreak"):
                line = line + 1 if line else None  # Chinese text joins lines without a space
            elif child.type == "strong_open":
                strong = True
            elif child.type == "strong_close":
                strong = False
            elif child.type == "myst_role":
                role = child.meta.get("name")
                if role == "value":
                    out.append(ValueRef(child.content.strip(), location=loc))
                elif role == "ref":
                    out.append(CrossRef(child.content.strip(), location=loc))
                else:
                    self.problems.append(f"{loc}：未知的行内指令 {{{role}}}，可用：{{value}}、{{ref}}")
        return _join_cjk_runs(out)

    def _fence(self, tok) -> Block | None:
        info = tok.info.strip()
        match = re.match(r"^\{(\w+)\}\s*(.*)$", info)
        if not match:
            return None  # an ordinary code block has no place in a report; skip it
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


def read_section(path: Path, shown: str, problems: list[str]) -> list[Block]:
    return SectionReader(path, shown, problems).read()
