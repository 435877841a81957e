"""The document model: the one contract between readers and writers.

Readers (the section Markdown reader, the audit readers for TXT/DOCX/PDF) produce a
`Document`; writers (HTML, DOCX, PDF, tables.json) and checks consume it. Writers never
compute numbers or numbering: `number` fields are filled once, by `numbering.assign`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator, Union


@dataclass(frozen=True)
class Location:
    """Where a piece of the document came from, for error messages and findings."""

    file: str
    line: int | None = None
    page: int | None = None

    def __str__(self) -> str:
        if self.line is not None:
            return f"{self.file}:{self.line}"
        if self.page is not None:
            return f"{self.file}:第{self.page}页"
        return self.file


# ---------------------------------------------------------------- inlines


@dataclass
class Text:
    text: str


@dataclass
class Strong:
    text: str


@dataclass
class Emphasis(Text):
    """*emphasised* text (楷体 or italic in the writers); a Text to every reader that does not care."""


@dataclass
class ValueRef:
    """An inline value computed from the data: `{value}`placement_rate``."""

    expr: str
    display: str = ""
    indicator: str = ""
    location: Location | None = None
    # What a reader may be told about the value (the published page's tooltip): the
    # indicator's Chinese name and definition, its n and its 数据来源.
    name: str = ""
    definition: str = ""
    n: int | None = None
    source: str = ""


@dataclass
class CrossRef:
    """A reference to a numbered table, figure or case: `{ref}`tab-majors`` → 表 1-1."""

    label: str
    display: str = ""
    location: Location | None = None


Inline = Union[Text, Emphasis, Strong, ValueRef, CrossRef]


def inline_text(inlines: list[Inline]) -> str:
    parts = []
    for item in inlines:
        if isinstance(item, (Text, Strong)):
            parts.append(item.text)
        elif isinstance(item, ValueRef):
            parts.append(item.display or item.expr)
        elif isinstance(item, CrossRef):
            parts.append(item.display or item.label)
    return "".join(parts)


# ---------------------------------------------------------------- blocks


@dataclass
class Paragraph:
    inlines: list[Inline]
    location: Location | None = None
    # an audited paragraph joined from several printed lines: (offset in its text, where that line is)
    line_starts: list[tuple[int, Location]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return inline_text(self.inlines)


@dataclass
class Heading:
    """A heading inside a section: level 3 is `1.`, level 4 is `（1）`."""

    level: int
    title: str
    label: str = ""  # the numbering prefix, e.g. "1." or "（1）"
    location: Location | None = None


@dataclass
class BulletList:
    items: list[list[Inline]]
    ordered: bool = False
    location: Location | None = None


@dataclass
class Cell:
    text: str
    value: float | int | None = None
    kind: str = "text"  # text | count | percent | number
    rowspan: int = 1
    covered: bool = False  # covered by a rowspan from a row above
    bold: bool = False


# A column under a two-level header is named by both rows: "毕业生数·小计", "在校生人数·一年级".
COLUMN_GROUP = "·"


@dataclass
class Table:
    label: str
    caption: str
    columns: list[str]  # one name per column (COLUMN_GROUP joins a group header and its sub-column)
    rows: list[list[Cell]]
    source: str = ""
    number: str = ""  # "表 1-1", set by numbering
    chapter: int | None = None
    spec: str = ""  # the template table id it was generated from, if any
    location: Location | None = None

    def display_rows(self) -> list[list[str]]:
        return [[c.text for c in row] for row in self.rows]


@dataclass
class Figure:
    label: str
    caption: str
    source: str = ""
    number: str = ""
    chapter: int | None = None
    png: bytes = b""  # print resolution, for DOCX/PDF
    svg: str = ""  # for HTML
    image_path: str = ""  # a photo supplied by the authors
    spec: str = ""
    alt: str = ""
    location: Location | None = None


@dataclass
class Case:
    label: str
    title: str
    blocks: list["Block"] = field(default_factory=list)
    number: str = ""  # "案例 1-3" or "经典案例 2"
    chapter: int | None = None
    featured: bool = False
    location: Location | None = None


Block = Union[Paragraph, Heading, BulletList, Table, Figure, Case]


# ---------------------------------------------------------------- structure


@dataclass
class Section:
    """A node of the outline: chapter (level 1) or section (level 2)."""

    key: str
    title: str
    level: int
    label: str = ""  # "一、" / "（一）"
    chapter: int | None = None  # 1..7, 8 for the appendix, None for 前言
    blocks: list[Block] = field(default_factory=list)
    children: list["Section"] = field(default_factory=list)
    location: Location | None = None

    @property
    def heading(self) -> str:
        return f"{self.label}{self.title}" if self.label else self.title


@dataclass
class Author:
    department: str
    lead: str
    writers: list[str]
    # Section ids this department writes ("1-talent/4-employment", globs such as "8-appendix/*").
    sections: list[str] = field(default_factory=list)


@dataclass
class FrontPage:
    """A front-matter page of text: 年报公开形式及网址, or 内容真实性责任声明 with its signature form.

    Built once from the template's wording (document/frontmatter.py); every writer prints these
    strings as they are, so the three formats say the same thing."""

    title: str
    paragraphs: list[str] = field(default_factory=list)
    attachment: str = ""  # a label printed above the title, e.g. "附件"
    closing: str = ""  # e.g. "特此声明。"
    signatures: list[str] = field(default_factory=list)  # right-aligned lines; the last is the date
    link: str = ""  # an http(s) URL that occurs in `paragraphs`; writers that can, link it

    def lines(self) -> list[str]:
        return [x for x in (self.attachment, self.title, *self.paragraphs, self.closing, *self.signatures) if x]


@dataclass
class FrontMatter:
    publication: FrontPage | None = None
    declaration: FrontPage | None = None
    toc_title: str = "目录"
    figures_title: str = "图目录"
    tables_title: str = "表目录"
    cases_title: str = "案例目录"
    empty_list: str = "（无）"
    # which of the lists the template asks for
    lists: tuple[str, ...] = ("toc", "list_of_figures", "list_of_tables", "list_of_cases")

    def pages(self) -> list[FrontPage]:
        return [p for p in (self.publication, self.declaration) if p is not None]


@dataclass
class BackMatter:
    authors_title: str = "编写人员"
    authors_columns: list[str] = field(default_factory=lambda: ["编写部门", "负责人", "主要编写人"])


@dataclass
class Meta:
    college: str
    year: int
    title: str
    college_en: str = ""
    subtitle: str = ""
    publication_form: str = ""
    publication_url: str = ""
    declaration_date: str = ""
    cover_lines: list[str] = field(default_factory=list)
    authors: list[Author] = field(default_factory=list)
    fonts: dict[str, str] = field(default_factory=dict)
    front: FrontMatter = field(default_factory=FrontMatter)
    back: BackMatter = field(default_factory=BackMatter)

    @property
    def full_title(self) -> str:
        return f"{self.college}{self.title}{self.subtitle}"


@dataclass
class PrintedListEntry:
    """An entry of a 目录/图目录/表目录/案例目录 as printed in a published report (audit)."""

    number: str  # "表 1-1", "经典案例 2", or "" for 目录 headings
    title: str
    page: int | None = None
    location: Location | None = None


@dataclass
class Document:
    meta: Meta
    sections: list[Section]
    # Only documents read back from a published report have these ("目录", "图目录",
    # "表目录", "案例目录" -> entries); a built document's lists come from its blocks.
    printed_lists: dict[str, list[PrintedListEntry]] = field(default_factory=dict)
    source_file: str = ""

    def walk_sections(self) -> Iterator[Section]:
        stack = list(reversed(self.sections))
        while stack:
            section = stack.pop()
            yield section
            stack.extend(reversed(section.children))

    def walk_blocks(self) -> Iterator[tuple[Section, Block]]:
        """Every block in reading order, cases' inner blocks right after the case."""
        for section in self.walk_sections():
            for block in section.blocks:
                yield section, block
                if isinstance(block, Case):
                    for inner in block.blocks:
                        yield section, inner

    def tables(self) -> list[Table]:
        return [b for _, b in self.walk_blocks() if isinstance(b, Table)]

    def figures(self) -> list[Figure]:
        return [b for _, b in self.walk_blocks() if isinstance(b, Figure)]

    def cases(self) -> list[Case]:
        return [b for _, b in self.walk_blocks() if isinstance(b, Case)]
