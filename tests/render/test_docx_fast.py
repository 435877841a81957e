"""docx_fast: the linear-time appends and picture ids give the XML python-docx itself would write."""
from __future__ import annotations

import io
import struct
import zipfile
import zlib

import docx
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.shared import Cm, Twips
from lxml import etree

from nianbao.document.model import Figure, Meta, Paragraph, Section, Text
from nianbao.render.docx import MARGIN_SIDE, PAGE_WIDTH, write_docx
from nianbao.render.docx_fast import BodyAppender, ShapeIds


def tiny_png(width: int, height: int) -> bytes:
    """A valid grey PNG of the given size (no imaging library needed)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _geometry(document) -> None:
    section = document.sections[-1]
    section.page_width, section.left_margin, section.right_margin = PAGE_WIDTH, MARGIN_SIDE, MARGIN_SIDE


def _body_xml(document) -> bytes:
    return etree.tostring(document.element.body)


def test_appends_give_the_same_body_as_python_docx():
    """Paragraphs, tables and a section break in the order the writer uses them."""
    native, fast = docx.Document(), docx.Document()
    _geometry(native)
    _geometry(fast)
    body = BodyAppender(fast, Twips(PAGE_WIDTH.twips - 2 * MARGIN_SIDE.twips))
    for document, add_paragraph, add_table in ((native, native.add_paragraph, native.add_table),
                                               (fast, body.add_paragraph, body.add_table)):
        add_paragraph("封面")
        add_paragraph()
        document.add_section(WD_SECTION.NEW_PAGE)
        _geometry(document)
        add_table(rows=3, cols=4)
        add_paragraph("正文", style="Heading 1")
        add_table(rows=1, cols=1)
    assert _body_xml(fast) == _body_xml(native)
    # the width python-docx derives from the last section (whole twips), split evenly over the columns
    grid = fast.element.body.findall(qn("w:tbl"))[0].find(qn("w:tblGrid"))
    assert [int(c.get(qn("w:w"))) for c in grid] == [(11906 - 2 * Cm(2.8).twips) // 4] * 4
    assert fast.element.body[-1].tag == qn("w:sectPr")


def test_picture_ids_count_up_as_python_docx_numbers_them():
    native, fast = docx.Document(), docx.Document()
    shapes = ShapeIds()
    images = [tiny_png(40, 20), tiny_png(30, 30), tiny_png(40, 20)]  # the third repeats the first image
    for image in images:
        native.add_paragraph().add_run().add_picture(io.BytesIO(image), width=Cm(5))
        shapes.add_picture(fast.add_paragraph().add_run(), io.BytesIO(image), Cm(5))
    assert _body_xml(fast) == _body_xml(native)
    ids = [int(p.get("id")) for p in fast.element.body.iter(qn("wp:docPr"))]
    assert ids == [1, 2, 3]
    assert fast.part.next_id == 4  # python-docx's own rule agrees with the counter
    assert len({rel.target_ref for rel in fast.part.rels.values() if rel.reltype.endswith("/image")}) == 2


def test_written_report_numbers_every_picture_once(tmp_path):
    figures = [Figure(label=f"f{i}", caption=f"图题{i}", png=tiny_png(60 + i, 30), number=f"图 1-{i}")
               for i in range(1, 6)]
    doc = docx_document([Paragraph([Text("正文")]), *figures])
    path = tmp_path / "r.docx"
    assert write_docx(doc, path) == []
    xml = zipfile.ZipFile(path).read("word/document.xml")
    root = etree.fromstring(xml)
    ids = [int(p.get("id")) for p in root.iter(qn("wp:docPr"))]
    assert ids == [1, 2, 3, 4, 5]
    widths = {int(e.get("cx")) for e in root.iter(qn("wp:extent"))}
    assert widths == {Cm(15.0)}  # every chart at the figure width the writer passes


def docx_document(blocks: list):
    from nianbao.document.model import Document
    chapter = Section(key="c1", title="人才培养", level=1, label="一、", chapter=1, blocks=blocks)
    return Document(meta=Meta(college="测试学院", year=2025, title="质量年度报告", declaration_date="2025-12-30"),
                    sections=[chapter])
