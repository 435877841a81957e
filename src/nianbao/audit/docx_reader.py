"""Read a report saved as DOCX (ours or anyone's) with python-docx's XML tree.

Every top-level body element (paragraph or table) gets an ordinal: that ordinal is the
location ("段落序号") reported for anything found in it. Styles help where present
(Heading 1-4, Caption, TOC entries); numbered text is recognised either way. A one-cell
table is a box (our case boxes): its paragraphs are read as body text.
"""
from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml.etree import XMLSyntaxError

from ..document.model import Document
from .assemble import assemble
from .limits import ReportUnreadable, check_file_size, check_line, check_zip
from .recognize import Line, clean

# What python-docx raises on a damaged file: a broken zip member, missing parts, bad XML.
DAMAGED = (PackageNotFoundError, KeyError, XMLSyntaxError, zipfile.BadZipFile, zlib.error, EOFError, ValueError)

_P, _TBL, _T, _TAB, _BR = qn("w:p"), qn("w:tbl"), qn("w:t"), qn("w:tab"), qn("w:br")
_INSTR, _DEL = qn("w:instrText"), qn("w:delText")
_TCPR, _SPAN = qn("w:tcPr"), qn("w:gridSpan")


def paragraph_text(p) -> str:
    parts = []
    for node in p.iter(_T, _TAB, _BR):
        if node.tag == _T:
            parts.append(node.text or "")
        elif node.tag == _TAB:
            # a w:tab inside w:tabs (paragraph properties) is a tab stop, not text
            if node.getparent().tag != qn("w:tabs"):
                parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts)


def _style_hint(p, styles: dict[str, str]) -> str:
    ppr = p.find(qn("w:pPr"))
    style_id, outline = "", None
    if ppr is not None:
        ps = ppr.find(qn("w:pStyle"))
        style_id = ps.get(qn("w:val")) if ps is not None else ""
        ol = ppr.find(qn("w:outlineLvl"))
        outline = ol.get(qn("w:val")) if ol is not None else None
    name = styles.get(style_id, style_id).lower()
    if name.startswith("heading ") and name[8:].isdigit():
        return "" if outline == "9" else f"h{min(int(name[8:]), 4)}"
    if name.startswith("toc") or name == "table of figures":
        return "toc"
    if name == "caption":
        return "caption"
    return ""


def _cell_texts(tc) -> list[str]:
    """A cell's text, then one empty cell for every further grid column it spans (w:gridSpan), so
    that the columns of a row with merged cells stay under their headers."""
    text = clean(" ".join(paragraph_text(p) for p in tc.iter(_P)).replace("\t", " "))
    span = tc.find(f"{_TCPR}/{_SPAN}")
    width = int(span.get(qn("w:val"))) if span is not None and (span.get(qn("w:val")) or "").isdigit() else 1
    return [text] + [""] * (min(width, 64) - 1)


class _Reader:
    def __init__(self, document, name: str):
        self.name = name
        self.styles = {s.style_id: s.name for s in document.styles if s.style_id}
        self.lines: list[Line] = []
        self.blanks = 0

    def paragraph(self, p, index: int, in_case: bool = False) -> None:
        text = paragraph_text(p)
        check_line(text, self.name, f"第 {index} 段")
        for part in text.split("\n"):
            cleaned = clean(part.replace("\t", " ")) if "\t" not in part.strip() else clean(part)
            if not cleaned:
                self.blanks += 1
                continue
            hint = _style_hint(p, self.styles)
            line = Line(cleaned, line=index, style=hint, blank_before=self.blanks, whole=True,
                        extra={"raw": part.strip(), "in_case": in_case})
            self.blanks = 0
            self.lines.append(line)

    def table(self, tbl, index: int) -> None:
        rows = tbl.findall(qn("w:tr"))
        cells = [tr.findall(qn("w:tc")) for tr in rows]
        if len(rows) == 1 and len(cells[0]) == 1:  # a box: read what is inside
            self.children(cells[0][0], index, in_case=True)
            return
        for tr_cells in cells:
            texts = [text for tc in tr_cells for text in _cell_texts(tc)]
            self.lines.append(Line("\t".join(texts), line=index, cells=texts, whole=True,
                                   blank_before=self.blanks))
            self.blanks = 0

    def children(self, parent, index: int | None = None, in_case: bool = False) -> None:
        for n, child in enumerate(parent, start=1):
            at = index if index is not None else n
            if child.tag == _P:
                self.paragraph(child, at, in_case)
            elif child.tag == _TBL:
                self.table(child, at)


def docx_lines(path: Path, name: str = "") -> list[Line]:
    name = name or str(path)
    check_file_size(path, name)
    check_zip(path, name)
    try:
        document = docx.Document(str(path))
        reader = _Reader(document, name)
        reader.children(document.element.body)
    except DAMAGED as exc:
        raise ReportUnreadable(name, f"文件已损坏或不是 Word 文档（{type(exc).__name__}）") from exc
    return reader.lines


def read_docx(path: Path, display_name: str | None = None) -> Document:
    name = display_name or str(path)
    return assemble(docx_lines(path, name), name, running_heads=False)
