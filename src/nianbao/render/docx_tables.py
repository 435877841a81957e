"""A data table's `<w:tbl>` written as one XML string and parsed once.

python-docx builds a table cell by cell: every property is an element created, looked up and
inserted in schema order through its object model, which was about 70 % of the time the DOCX
writer spent on the example's tables (issue 15 item 5). The table here is the same XML, element
for element and attribute for attribute, as the writer built through python-docx (see
`tests/render/test_docx_tables.py`): the grid and every cell's width, grey borders, the shaded
bold header row repeated on each page, rows that do not split, vertical merges, right-aligned
numbers, and "keep with next" on the rows a page break must not separate. Every text goes
through XML escaping.
"""
from __future__ import annotations

from docx.oxml.ns import nsdecls

from ..document.model import Cell, Table
from .docx_fast import xml_escape as escape

# Characters an XML parser would not give back as written: a carriage return becomes a line feed
# in element text, and quotes must not end an attribute.
_TEXT_ENTITIES = {"\r": "&#13;"}
_ATTR_ENTITIES = {'"': "&quot;", "\r": "&#13;"}

GRID_BORDER = '<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
TABLE_LOOK = ('<w:tblLook w:firstColumn="1" w:firstRow="1" w:lastColumn="0" w:lastRow="0" w:noHBand="0" '
              'w:noVBand="1" w:val="04A0"/>')


def table_xml(block: Table, widths: list[int], style_id: str, header_fill: str, numeric_kinds: set[str],
              kept_rows: set[int]) -> str:
    """The table's XML; `kept_rows` are the rows (0 = the header) whose paragraphs keep with the next."""
    style = escape(style_id, _ATTR_ENTITIES)
    borders = "".join(GRID_BORDER.format(edge=edge) for edge in ("top", "left", "bottom", "right", "insideH",
                                                                  "insideV"))
    parts = [f'<w:tbl {nsdecls("w")}><w:tblPr><w:tblW w:type="dxa" w:w="{sum(widths)}"/><w:jc w:val="center"/>'
             f'<w:tblBorders>{borders}</w:tblBorders><w:tblLayout w:type="fixed"/>'
             '<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar>'
             f'{TABLE_LOOK}</w:tblPr><w:tblGrid>',
             "".join(f'<w:gridCol w:w="{width}"/>' for width in widths), "</w:tblGrid>"]
    shade = f'<w:shd w:val="clear" w:color="auto" w:fill="{header_fill}"/>'
    keep = "<w:keepNext/>" if 0 in kept_rows else ""
    parts.append("<w:tr><w:trPr><w:tblHeader/></w:trPr>")
    for title, width in zip(block.columns, widths):
        parts.append(_cell(width, shade, style, keep, "center", title, bold=True))
    parts.append("</w:tr>")
    for r, row in enumerate(block.rows, start=1):
        keep = "<w:keepNext/>" if r in kept_rows else ""
        parts.append("<w:tr><w:trPr><w:cantSplit/></w:trPr>")
        for c, width in enumerate(widths):
            parts.append(_data_cell(row[c], width, style, keep, numeric_kinds) if c < len(row)
                         else _empty_cell(width, keep))
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


def _data_cell(data: Cell, width: int, style: str, keep: str, numeric_kinds: set[str]) -> str:
    if data.covered:
        # continues the merge started above; Word shows no text here
        return (f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/><w:vMerge/></w:tcPr>'
                f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{keep}</w:pPr></w:p></w:tc>')
    merged = data.rowspan > 1
    align = "right" if data.kind in numeric_kinds else ("center" if merged else "left")
    return _cell(width, '<w:vMerge w:val="restart"/>' if merged else "", style, keep, align, data.text, data.bold)


def _cell(width: int, properties: str, style: str, keep: str, align: str, text: str, bold: bool = False) -> str:
    """A cell with one paragraph of text, centred vertically; `properties` go between its width
    and its vertical alignment (a merge, a shading)."""
    run_pr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
    return (f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{properties}<w:vAlign w:val="center"/></w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{keep}<w:jc w:val="{align}"/></w:pPr>'
            f'<w:r>{run_pr}<w:t xml:space="preserve">{escape(text, _TEXT_ENTITIES)}</w:t></w:r></w:p></w:tc>')


def _empty_cell(width: int, keep: str) -> str:
    """A cell the row has no data for (a short row)."""
    paragraph = f"<w:p><w:pPr>{keep}</w:pPr></w:p>" if keep else "<w:p/>"
    return f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/></w:tcPr>{paragraph}</w:tc>'


__all__ = ["table_xml"]
