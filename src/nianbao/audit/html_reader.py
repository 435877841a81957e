"""Read a report published as a web page: the HTML a college puts on its site (saved by a browser),
or a report.html that nianbao built.

The page's blocks, in reading order, become the assembler's lines as the DOCX reader makes them:
headings, paragraphs and list items (each a line of its own; a heading tag is no hint, since sites
put the page's title and front matter in h1 too: headings are recognised by their numbering, as in
text), captions (figcaption, a table's caption, hinted),
and one line of cells per table row, a cell spanning columns followed by empty cells and one spanning
rows repeated as an empty cell below it, so that columns stay under their headers. Only the article
is read when the page marks one (main, article); menus, headers and footers of the site (nav, header,
footer, aside), scripts, styles and drawings (svg) are not the report. A table laid out to place the
page's parts (it holds another table, headings or long passages) is read as blocks, not as rows.
Each line's location is the line of the HTML source where its block starts.
"""
from __future__ import annotations

import re
from pathlib import Path

import lxml.etree
import lxml.html

from .assemble import assemble
from .limits import MAX_XML_BYTES, ReportUnreadable, check_file_size, check_line
from .recognize import Line, clean
from .text_reader import decode
from ..document.model import Document

SKIPPED = {"script", "style", "noscript", "template", "svg", "math", "nav", "header", "footer", "aside", "form",
           "button", "select", "textarea", "iframe", "object", "embed", "head", "title", "del", "s"}
BLOCKS = {"p", "div", "section", "article", "main", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
          "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "address", "center", "body",
          "caption", "details", "summary", "fieldset", "table", "tr", "td", "th", "thead", "tbody", "tfoot"}
LAYOUT_CELL_CHARS = 300  # a data table's cell holds a figure or a name; a passage means a layout table
MAX_SPAN = 64  # as the DOCX reader: no row or column span widens a table without bound
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Charsets pages declare, as Python reads them (GB2312 and GBK pages use GB18030's characters).
_CODECS = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "big5": "big5", "utf-8": "utf-8-sig",
           "utf8": "utf-8-sig"}


def page_text(data: bytes) -> str:
    """The page as text, in the charset its <meta> declares, else as a text file is read."""
    declared = _DECLARED.search(data[:4096])
    codec = _CODECS.get(declared.group(1).decode("ascii").lower()) if declared else None
    return data.decode(codec, errors="replace") if codec else decode(data)


def _tag(element) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def _span(cell, name: str) -> int:
    value = (cell.get(name) or "1").strip()
    return max(1, min(int(value), MAX_SPAN)) if value.isdigit() else 1


def _rows(table) -> list:
    """The table's own rows (not those of a table inside one of its cells)."""
    return table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")


def _is_layout(table) -> bool:
    if table.find(".//table") is not None or any(True for _ in table.iter("h1", "h2", "h3", "h4", "h5", "h6")):
        return True
    return any(len(cell.text_content()) > LAYOUT_CELL_CHARS for cell in table.iter("td", "th"))


class _Reader:
    def __init__(self, name: str, skipped: set[str] = SKIPPED):
        self.name = name
        self.skipped = skipped
        self.lines: list[Line] = []
        self.buffer: list[str] = []
        self.where: int | None = None  # the source line of the block being read

    # ------------------------------------------------------------ inline text and blocks

    def flush(self, style: str = "") -> None:
        text = "".join(self.buffer)
        self.buffer = []
        for part in text.split("\n"):
            cleaned = clean(part)
            if cleaned:
                check_line(cleaned, self.name, f"第 {self.where} 行")
                self.lines.append(Line(cleaned, line=self.where, style=style, whole=True))

    def text(self, text: str | None, element=None) -> None:
        if text:
            if not self.buffer and element is not None:
                self.where = element.sourceline
            # a line break of the source is a space (<br> ends a line); control characters a converter
            # left of a Word field (LibreOffice writes them around a SEQ caption number) are no text
            self.buffer.append(_SPACES.sub(" ", _CONTROL.sub("", text)))

    def block(self, element, style: str = "") -> None:
        self.flush()
        self.where = element.sourceline
        self.inline(element)
        self.flush(style)

    def inline(self, element) -> None:
        self.text(element.text, element)
        for child in element:
            tag = _tag(child)
            if not tag or tag in self.skipped:
                pass  # a comment, a script, the site's menu: not the report
            elif tag == "br":
                self.buffer.append("\n")
            elif tag == "table":
                self.table(child)
            elif tag in ("figcaption", "caption"):
                self.block(child, "caption")
            elif tag in BLOCKS:
                self.block(child)
            else:
                self.inline(child)  # a, span, strong, sup…: part of the running line
            self.text(child.tail, element)

    # ------------------------------------------------------------ tables

    def table(self, table) -> None:
        self.flush()
        if _is_layout(table):
            for row in _rows(table):
                for cell in row.xpath("./td|./th"):
                    self.block(cell)  # a nested table inside is read when its cell is
            return
        caption = table.find("caption")
        if caption is not None:
            self.block(caption, "caption")
        below: dict[int, int] = {}  # column -> rows a cell above still spans
        for row in _rows(table):
            cells, column = [], 0
            for cell in row:
                if _tag(cell) not in ("td", "th"):
                    continue
                while below.get(column, 0):
                    below[column] -= 1
                    cells.append("")
                    column += 1
                text = clean(_SPACES.sub(" ", cell.text_content()))
                width = _span(cell, "colspan")
                for i in range(width):
                    cells.append(text if i == 0 else "")
                    if _span(cell, "rowspan") > 1:
                        below[column + i] = _span(cell, "rowspan") - 1
                column += width
            while below.get(column, 0):  # spans at the row's end
                below[column] -= 1
                cells.append("")
                column += 1
            if any(cells):
                self.lines.append(Line("\t".join(cells), line=row.sourceline, cells=cells, whole=True))


def _content(root):
    """The article when the page marks one, else the whole body."""
    for tag in ("main", "article"):
        found = root.find(f".//{tag}")
        if found is not None and len(found.text_content().strip()) > 200:
            return found
    body = root.find(".//body")
    return body if body is not None else root


def html_lines(path: Path, name: str = "") -> list[Line]:
    name = name or str(path)
    check_file_size(path, name, MAX_XML_BYTES)
    text = _XML_DECLARATION.sub("", page_text(path.read_bytes()))
    try:
        root = lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(no_network=True, remove_comments=True))
    except (lxml.etree.ParserError, ValueError) as exc:  # nothing to parse (an empty file), a declaration lxml refuses
        raise ReportUnreadable(name, "网页为空或无法解析") from exc
    content = _content(root)
    # an article's own header (its title, the date) is part of it; the page's header is the site's
    reader = _Reader(name, SKIPPED - {"header", "footer"} if _tag(content) in ("main", "article") else SKIPPED)
    reader.block(content)
    return reader.lines


def read_html(path: Path, display_name: str | None = None) -> Document:
    name = display_name or str(path)
    return assemble(html_lines(path, name), name, running_heads=False)
