"""Read a report saved as plain text or Markdown (e.g. text extracted from its PDF).

Locations are the line numbers of the input file, as an editor shows them. Tables are
tab-separated lines (or Markdown pipe rows); a form feed is a page break inside a line, not a line.
"""
from __future__ import annotations

import re
from pathlib import Path

from ..document.model import Document
from .assemble import assemble
from .limits import MAX_TEXT_BYTES, check_file_size, check_line
from .recognize import Line, clean, split_cells
from .recognised import garbled_share

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_MD_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030 or Big5, whichever reads as Chinese."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    candidates = [data.decode("gb18030", errors="replace"), data.decode("big5", errors="replace")]
    return max(candidates, key=lambda text: (garbled_share(text), -text.count("\ufffd")))


def editor_lines(text: str) -> list[str]:
    """The lines an editor (and `grep -n`) numbers: split at line ends only. str.splitlines also
    splits at the form feeds `pdftotext` puts between pages, so every page would shift the numbers."""
    lines = re.split(r"\r\n|\r|\n", text)
    return lines[:-1] if lines and lines[-1] == "" else lines


def text_lines(text: str, name: str = "") -> list[Line]:
    lines: list[Line] = []
    blanks, page_break = 0, False
    for number, raw in enumerate(editor_lines(text), start=1):
        check_line(raw, name, f"第 {number} 行")
        if "\f" in raw:
            page_break, raw = True, raw.replace("\f", "")
        line = _line(raw, number)
        if line is None:
            blanks += 1
            continue
        line.blank_before, line.page_break_before = blanks, page_break
        blanks, page_break = 0, False
        lines.append(line)
    return lines


def _line(raw: str, number: int) -> Line | None:
    stripped = raw.strip()
    if not stripped or _MD_RULE.match(stripped):
        return None
    heading = _MD_HEADING.match(stripped)
    if heading:
        return Line(clean(heading.group(2)), line=number, style=f"h{min(len(heading.group(1)), 4)}")
    if stripped.startswith("|") and stripped.endswith("|"):
        cells = [clean(c) for c in stripped.strip("|").split("|")]
        return Line("\t".join(cells), line=number, cells=cells, extra={"raw": stripped})
    cells = split_cells(raw.rstrip())
    if cells is not None and len([c for c in cells if c]) >= 2:
        cells = [clean(c) for c in cells]
        return Line(clean(raw.replace("\t", " ")), line=number, cells=cells, extra={"raw": raw.strip()})
    if _layout_row(stripped):
        return None
    return Line(clean(raw), line=number, extra={"raw": raw.strip()})


_GAP = re.compile(r"[ \u3000]{2,}")
_FIGURE = re.compile(r"[-+]?\d[\d,，.．]*\s*[%％‰]?")
_SENTENCE = re.compile(r"[。，；;：:？！]")


def _layout_row(stripped: str) -> bool:
    """A line `pdftotext -layout` made of a table's row or a chart's labels: cells apart by runs of
    spaces, two of them figures (`河北省      1106      33.14%`), or figures alone (`100%  80%`).
    Its columns cannot be aligned surely from one line, and joined to the prose around it its figures
    would be claims of whatever word precedes them: it is left unread (never misread)."""
    cells = _GAP.split(stripped)
    figures = sum(bool(_FIGURE.fullmatch(c)) for c in cells)
    if figures and figures == len(cells):
        return True  # a chart's axis or a row of bare figures
    return len(cells) >= 3 and figures >= 2 and not _SENTENCE.search(stripped)


def read_text(path: Path, display_name: str | None = None) -> Document:
    name = display_name or str(path)
    check_file_size(Path(path), name, MAX_TEXT_BYTES)
    return assemble(text_lines(decode(Path(path).read_bytes()), name), name)
