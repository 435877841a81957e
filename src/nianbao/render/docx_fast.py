"""Linear-time building blocks for python-docx, which is quadratic in three places.

Measured on the example's sections ×20 (issue 13): python-docx's `StoryPart.next_id` runs an
XPath over the whole document for every picture, `Document._block_width` walks the body for
every table (to find the last section), and `_Body.add_paragraph`/`add_table` look for the
final `w:sectPr` by scanning all the body's children before inserting. Each is O(document)
per call, so writing a document was O(document²). Here: shape ids come from a counter, table
widths are passed in, and body appends go straight before the `w:sectPr` kept from the start.
The XML produced is the same as python-docx's, element for element, so the file is the same.
"""
from __future__ import annotations

from typing import IO

from docx.oxml import OxmlElement
from docx.oxml.ns import NamespacePrefixedTag, qn
from docx.oxml.parser import oxml_parser
from docx.oxml.shape import CT_Inline
from docx.oxml.table import CT_Tbl
from docx.shape import InlineShape
from docx.shared import Length
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run


class BodyAppender:
    """Appends paragraphs and tables at the end of a document's body in constant time.

    The body's `w:sectPr` (the last section's properties) stays its last child for the life of
    the document: python-docx's `add_section` keeps this same element as the sentinel and puts
    the copy for the previous section into a paragraph before it.
    """

    def __init__(self, document, table_width: Length):
        self._body = document._body  # python-docx's _Body: the parent that gives paragraphs their .part
        self._end = document.element.body.get_or_add_sectPr()
        self._table_width = table_width

    def add_paragraph(self, text: str = "", style=None) -> Paragraph:
        p = OxmlElement("w:p")
        self._end.addprevious(p)
        paragraph = Paragraph(p, self._body)
        if text:
            paragraph.add_run(text)
        if style is not None:
            paragraph.style = style
        return paragraph

    def append(self, element) -> None:
        """A built block element (a `w:tbl`) at the end of the body."""
        self._end.addprevious(element)

    def last(self):
        """The body's last block so far (None while it is empty): a marker for `since`."""
        return self._end.getprevious()

    def since(self, marker) -> list:
        """The blocks appended after `marker` (from `last()`), in order."""
        element = marker.getnext() if marker is not None else self._end.getparent()[0]
        found = []
        while element is not None and element is not self._end:
            found.append(element)
            element = element.getnext()
        return found

    def add_table(self, rows: int, cols: int, width: Length | None = None) -> Table:
        """A table of `width` (the text width by default) split evenly, as `Document.add_table`."""
        tbl = CT_Tbl.new_tbl(rows, cols, width if width is not None else self._table_width)
        self._end.addprevious(tbl)
        table = Table(tbl, self._body)
        table.style = None  # what Document.add_table(style=None) does: the default table style
        return table


class ShapeIds:
    """Picture shape ids (`wp:docPr/@id`) from a counter instead of an XPath per picture.

    python-docx gives each picture max(@id in the part) + 1; the ids it counts (un-namespaced
    `id` attributes) are only the pictures' own, so after one XPath a counter gives the same.
    """

    def __init__(self):
        self._next: dict[int, int] = {}  # id(story part) -> next shape id

    def take(self, part) -> int:
        """The next shape id of a story part."""
        key = id(part)
        if key not in self._next:
            self._next[key] = part.next_id
        shape_id = self._next[key]
        self._next[key] += 1
        return shape_id

    def add_picture(self, run: Run, image: IO[bytes], width: Length) -> InlineShape:
        part = run.part
        shape_id = self.take(part)
        rid, picture = part.get_or_add_image(image)
        cx, cy = picture.scaled_dimensions(width, None)
        inline = CT_Inline.new_pic_inline(shape_id, rid, picture.filename, cx, cy)
        run._r.add_drawing(inline)
        return InlineShape(inline)


_ELEMENT_NAMES: dict[str, tuple[str, dict[str, str]]] = {}
_ATTRIBUTE_NAMES: dict[str, str] = {}


def new_element(tag: str):
    """`OxmlElement(tag)` (same element, same class) without parsing the prefixed name on each of
    the thousands of calls a document makes."""
    known = _ELEMENT_NAMES.get(tag)
    if known is None:
        prefixed = NamespacePrefixedTag(tag)
        known = _ELEMENT_NAMES[tag] = (prefixed.clark_name, prefixed.nsmap)
    return oxml_parser.makeelement(known[0], nsmap=known[1])


def xml_escape(text: str, entities: dict[str, str] | None = None) -> str:
    """`xml.sax.saxutils.escape`, the same characters replaced: that module imports urllib.request
    (http.client, ssl, email: ~0.05 s of a build's start-up) for functions nianbao never calls."""
    text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
    for char, entity in (entities or {}).items():
        text = text.replace(char, entity)
    return text


def attribute_name(name: str) -> str:
    """`qn(name)`, remembered."""
    known = _ATTRIBUTE_NAMES.get(name)
    if known is None:
        known = _ATTRIBUTE_NAMES[name] = qn(name)
    return known


__all__ = ["BodyAppender", "ShapeIds", "new_element", "attribute_name", "xml_escape"]
