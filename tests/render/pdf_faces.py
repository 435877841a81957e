"""Which installed face drew a character in a PDF that LibreOffice wrote.

LibreOffice embeds a Noto CJK face as Type 1 subsets named after the collection's shared CFF
(always "NotoSerifCJKjp-…"), so the name says serif or sans but not SC or JP; the glyph outline
does: 直 and 骨 are drawn differently in the SC and JP faces."""
from __future__ import annotations

import re
import tempfile
from pathlib import Path

from fontTools.pens.boundsPen import BoundsPen
from fontTools.t1Lib import T1Font
from fontTools.ttLib import TTCollection
from pypdf import PdfReader

NOTO = Path("/usr/share/fonts/opentype/noto")


def _bounds(glyphset, name) -> tuple:
    pen = BoundsPen(glyphset)
    glyphset[name].draw(pen)
    return tuple(round(x) for x in pen.bounds)


def installed_outlines(char: str) -> dict[str, tuple]:
    """Full face name ("Noto Serif CJK SC") -> outline bounds of `char`, for the Regular faces."""
    out = {}
    for path in sorted(NOTO.glob("Noto*CJK-Regular.ttc")):
        for font in TTCollection(str(path)).fonts:
            glyphs = font.getGlyphSet()
            out[font["name"].getDebugName(1)] = _bounds(glyphs, font.getBestCmap()[ord(char)])
    return out


def _to_unicode(font) -> dict[str, int]:
    cmap = font["/ToUnicode"].get_object().get_data().decode("latin-1")
    codes = {}
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, uni in re.findall(r"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]{4})>", block):
            codes[chr(int(uni, 16))] = int(code, 16)
    return codes


def faces_drawing(pdf: Path, char: str) -> set[str]:
    """The installed Noto CJK faces whose outline of `char` equals one the PDF embeds."""
    reference = installed_outlines(char)
    faces, seen = set(), set()
    for page in PdfReader(str(pdf)).pages:
        for ref in page.get("/Resources", {}).get("/Font", {}).values():
            font = ref.get_object()
            if font.get("/Subtype") != "/Type1" or id(font) in seen or "/ToUnicode" not in font:
                continue
            seen.add(id(font))
            code = _to_unicode(font).get(char)
            program = font["/FontDescriptor"].get_object().get("/FontFile")
            if code is None or program is None:
                continue
            with tempfile.NamedTemporaryFile(suffix=".pfa") as tmp:
                tmp.write(program.get_object().get_data())
                tmp.flush()
                t1 = T1Font(tmp.name)
                t1.parse()
                drawn = _bounds(t1.getGlyphSet(), t1.font["Encoding"][code])
            faces |= {name for name, bounds in reference.items() if bounds == drawn}
    return faces


def font_of_line(pdf: Path, page_index: int, text: str) -> set[str]:
    """The font names (subset prefix dropped) of the characters of the text line that reads `text`."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTChar, LTTextLine

    def lines(item):
        if isinstance(item, LTTextLine):
            yield item
        elif hasattr(item, "__iter__"):
            for child in item:
                yield from lines(child)

    page = next(extract_pages(str(pdf), page_numbers=[page_index]))
    for line in lines(page):
        if line.get_text().strip().replace(" ", "") == text:
            return {c.fontname.split("+")[-1] for c in line if isinstance(c, LTChar) and c.get_text().strip()}
    raise AssertionError(f"no line reads {text!r} on page {page_index + 1}")
