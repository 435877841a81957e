"""docx_tables: a table written as one XML string is the table python-docx's object model built,
element for element, in the body and inside a case box, and every text comes back as written."""
from __future__ import annotations

import io

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from lxml import etree

from nianbao.document.model import Case, Cell, Document, Meta, Paragraph, Section, Table, Text
from nianbao.render.docx import (HEADER_FILL, KEEP_TOGETHER_ROWS, NUMERIC_KINDS, DocxWriter, _child, _rows_inside_merges,
                                 _shade, column_widths, table_cells)


def _python_docx_table(writer: DocxWriter, container, block: Table) -> None:
    """The table as the writer built it cell by cell through python-docx before docx_tables."""
    columns = len(block.columns)
    table = container.add_table(rows=1 + len(block.rows), cols=columns)
    widths = column_widths(block, writer._width)
    writer._table_properties(table, widths)
    rows, trs = table_cells(table), list(table._tbl.tr_lst)
    _child(trs[0].get_or_add_trPr(), "w:tblHeader")
    for c, title in enumerate(block.columns):
        writer._cell_text(rows[0][c], title, "center", bold=True)
        _shade(rows[0][c]._tc.get_or_add_tcPr(), HEADER_FILL)
    for r, row in enumerate(block.rows, start=1):
        _child(trs[r].get_or_add_trPr(), "w:cantSplit")
        for c, data in enumerate(row[:columns]):
            tcpr = rows[r][c]._tc.get_or_add_tcPr()
            if data.covered:
                _child(tcpr, "w:vMerge")
                writer._set_style(rows[r][c].paragraphs[0], "表格文字")
                continue
            if data.rowspan > 1:
                _child(tcpr, "w:vMerge", val="restart")
            align = "right" if data.kind in NUMERIC_KINDS else ("center" if data.rowspan > 1 else "left")
            writer._cell_text(rows[r][c], data.text, align, bold=data.bold)
    for c, width in enumerate(widths):
        for row in rows:
            _child(row[c]._tc.get_or_add_tcPr(), "w:tcW", w=width, type="dxa")
    kept = rows[:-1] if len(block.rows) <= KEEP_TOGETHER_ROWS else [rows[r] for r in _rows_inside_merges(block)]
    for row in kept:
        for cell in row:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.keep_with_next = True


def _merged_rows(groups: int) -> list[list[Cell]]:
    rows = []
    for g in range(groups):
        rows += [[Cell(f"第{g}系", rowspan=3), Cell(f"专业{g}甲"), Cell("12", 12, "count"), Cell("40.00%", 0.4, "percent")],
                 [Cell(f"第{g}系", covered=True), Cell(f"专业{g}乙"), Cell("18", 18, "count"),
                  Cell("60.00%", 0.6, "percent")],
                 [Cell(f"第{g}系", covered=True), Cell("小计", bold=True), Cell("30", 30, "count"),
                  Cell("100.00%", 1, "percent")]]
    return rows


TABLES = [
    # merged groups, a bold subtotal, numbers: short (kept on one page) and long (breaks between groups)
    Table("short", "短表", ["院系", "专业", "人数", "占比"], _merged_rows(2)),
    Table("long", "长表", ["院系", "专业", "人数", "占比"], _merged_rows(9)),
    # text XML must escape, a carriage return, an empty cell, a short row and a row longer than the header
    Table("odd", "特殊", ["名称 <a> & \"b\"", "值"], [[Cell("R&D <研发>\r\n第二行"), Cell("", kind="number")],
                                                    [Cell("只有一格")], [Cell("甲"), Cell("1", 1, "count"), Cell("多余")]]),
    Table("empty", "无数据", ["甲", "乙"], []),
]


def _meta() -> Meta:
    return Meta(college="示例职业学院", year=2025, title="质量年度报告", fonts={"body": "宋体", "heading": "黑体"})


def _body(build) -> bytes:
    """The body XML of a document whose styles are set up, after `build(writer)`, canonical (an empty
    text is `<w:t></w:t>` when python-docx sets it and `<w:t/>` when parsed: the same XML)."""
    from nianbao.render.docx import setup_styles
    writer = DocxWriter(Document(_meta(), []))
    setup_styles(writer.document, writer.doc.meta.fonts)
    build(writer)
    return etree.tostring(writer.document.element.body, method="c14n")


def _in_case_box(writer: DocxWriter, write_table) -> None:
    box = writer.body.add_table(rows=1, cols=1)
    write_table(box.rows[0].cells[0])


def test_each_table_is_the_xml_python_docx_built():
    for block in TABLES:
        fast = _body(lambda w: w._table(w.body, block))
        native = _body(lambda w: (w._caption(w.body, block.number, block.caption, True),
                                  _python_docx_table(w, w.body, block), w._source(w.body, block.source)))
        assert fast == native, block.label


def test_a_table_inside_a_case_box_is_the_xml_python_docx_built():
    block = TABLES[0]
    fast = _body(lambda w: _in_case_box(w, lambda cell: w._table(cell, block)))
    native = _body(lambda w: _in_case_box(w, lambda cell: (w._caption(cell, block.number, block.caption, True),
                                                           _python_docx_table(w, cell, block),
                                                           w._source(cell, block.source))))
    assert fast == native
    assert b"<w:tbl>" in fast.split(b"<w:tc>", 1)[1]  # nested in the box's cell


def test_texts_come_back_and_numbers_are_right_aligned():
    block = TABLES[2]
    writer = DocxWriter(Document(_meta(), [Section("s", "节", 1, blocks=[Paragraph([Text("前文")]), block,
                                                                          Case("c", "案例", [block])])]))
    buffer = io.BytesIO(writer.build().to_bytes())
    body_tables = docx.Document(buffer).tables
    box = next(t for t in body_tables if len(t.columns) == 1)
    tables = [t for t in body_tables if len(t.columns) == 2] + box.cell(0, 0).tables
    assert len(tables) == 2  # the table in the body and the one in the case box
    for table in tables:
        assert [c.text for c in table.rows[0].cells] == ["名称 <a> & \"b\"", "值"]
        assert table.cell(1, 0).text == "R&D <研发>\r\n第二行"
        assert table.cell(3, 1).paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT
        assert table.cell(2, 1).text == ""  # the short row's missing cell
        header = table.rows[0]._tr
        assert header.find(qn("w:trPr") + "/" + qn("w:tblHeader")) is not None
