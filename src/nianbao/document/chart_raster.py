"""Charts as PNG at print resolution (for DOCX), rasterised from their SVG by Typst.

Typst is already the PDF writer: it draws SVG with the same Noto CJK fonts the PDF uses, so the
PNG shows what the PDF and the HTML show. All the charts of a build are pages of one Typst
document, compiled once: the font index is loaded once and the pages are drawn together.
"""
from __future__ import annotations

import struct
import zlib

from ..fonts import font_dirs, typst_fonts

# Word's own "web" resolution: a chart at its natural 14.2 cm is 840 px wide, its 10.5 pt text 22 px
# high, sharp on screen and on an office printer; 200 dpi cost 1.8x the pixels to draw, encode and
# zip into the DOCX (~0.1 s of a two-second build). The PDF has the charts as vectors.
PRINT_DPI = 150


class RasterError(Exception):
    """Typst could not draw the charts (a bug in the SVG writer): the DOCX keeps captions only."""


def cjk_font_available() -> bool:
    return bool(font_dirs())


def rasterise(svgs: list[str]) -> list[bytes]:
    """Each SVG (sized in pt) as a PNG of PRINT_DPI, in order."""
    if not svgs:
        return []
    import typst

    files = {f"c{i}.svg": svg.encode("utf-8") for i, svg in enumerate(svgs)}
    pages = "\n#pagebreak()\n".join(f'#image("c{i}.svg")' for i in range(len(svgs)))
    files["main"] = f"#set page(width: auto, height: auto, margin: 0pt, fill: white)\n{pages}\n".encode()
    try:
        pngs = typst.compile(files, format="png", ppi=PRINT_DPI, font_paths=typst_fonts(font_dirs()),
                             ignore_system_fonts=True)
    except typst.TypstError as exc:
        raise RasterError(str(exc)) from exc
    pngs = pngs if isinstance(pngs, list) else [pngs]
    return [with_resolution(png, PRINT_DPI) for png in pngs]


def with_resolution(png: bytes, dpi: int) -> bytes:
    """The PNG with a pHYs chunk saying its resolution, so Word and the PDF writer size it right."""
    if b"pHYs" in png[:64]:
        return png
    per_metre = round(dpi / 0.0254)
    body = b"pHYs" + struct.pack(">IIB", per_metre, per_metre, 1)
    chunk = struct.pack(">I", 9) + body + struct.pack(">I", zlib.crc32(body))
    ihdr_end = 8 + 8 + 13 + 4  # signature, IHDR length+type, IHDR data, CRC
    return png[:ihdr_end] + chunk + png[ihdr_end:]
