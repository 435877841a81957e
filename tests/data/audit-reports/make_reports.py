"""Make the binary held-out reports (DOCX, PDF) from their sources (`*.src`, our own text).

Source markup, one line each: `=` a title paragraph, `# ` Heading 1, `## ` Heading 2, `@` a caption
(table or figure), tab-separated lines a table (a cell `^` is merged with the cell above, `<` with the
cell on its left; a row of one cell spans the table, as a unit line 单位：万元 does in Word), anything
else a paragraph. In the DOCX, captions are Word captions (Caption style, `STYLEREF`/`SEQ` fields);
the PDF is LibreOffice's conversion of a DOCX with typed captions (LibreOffice would renumber fields).

Run: /work/main/.venv/bin/python tests/data/audit-reports/make_reports.py [report …] (needs python-docx and
soffice; with names, only those reports are made)
"""
from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx

HERE = Path(__file__).parent
_spec = importlib.util.spec_from_file_location("styled", HERE.parent.parent / "audit" / "reports" / "make_reports.py")
styled = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(styled)  # the Word caption fields of the styled reports (one implementation)

_CAPTION = re.compile(r"^(表|图)\s*(?:(\d+)[-.])?(\d+)\s+(.*)$")


def _table(d, rows: list[list[str]]) -> None:
    width = max(len(r) for r in rows)
    t = d.add_table(rows=len(rows), cols=width)
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        if len(row) == 1:
            t.cell(r, 0).merge(t.cell(r, width - 1)).text = row[0]
            continue
        for c, text in enumerate(row):
            if text == "^":
                t.cell(r - 1, c).merge(t.cell(r, c))
            elif text == "<":
                t.cell(r, c - 1).merge(t.cell(r, c))
            else:
                t.cell(r, c).text = text


def build(source: Path, target: Path, fields: bool) -> None:
    d = docx.Document()
    rows: list[list[str]] = []
    for line in source.read_text(encoding="utf-8").splitlines() + [""]:
        if "\t" in line or (rows and line.startswith("单位：")):
            rows.append(line.split("\t"))
            continue
        if rows:
            _table(d, rows)
            rows = []
        if not line:
            continue
        if line.startswith("="):
            d.add_paragraph(line[1:], style="Title")
        elif line.startswith("## "):
            d.add_heading(line[3:], level=2)
        elif line.startswith("# "):
            d.add_heading(line[2:], level=1)
        elif line.startswith("@"):
            _caption(d, line[1:], fields)
        else:
            d.add_paragraph(line)
    d.save(str(target))


def _caption(d, text: str, fields: bool) -> None:
    m = _CAPTION.match(text)
    word, chapter, n, title = m.group(1), m.group(2), int(m.group(3)), m.group(4)
    if fields:
        styled.caption(d, word, int(chapter) if chapter else None, n, title)
    else:
        d.add_paragraph(text)


def to_pdf(soffice: str, source: Path, name: str) -> None:
    """HERE/name: LibreOffice's PDF of the DOCX built from `source` (typed captions)."""
    with tempfile.TemporaryDirectory() as tmp:
        docx_file = Path(tmp) / Path(name).with_suffix(".docx").name
        build(source, docx_file, fields=False)
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(HERE), str(docx_file)], check=True, capture_output=True, timeout=180)


def main(names: list[str]) -> None:
    """Make the named reports (all when none is named): rebuilding one leaves the others' bytes alone."""
    soffice = shutil.which("soffice")
    for name, make in _REPORTS.items():
        if names and name not in names:
            continue
        if name.endswith(".pdf") and soffice is None:
            sys.exit("需要 LibreOffice（soffice）来生成 PDF 报告")
        make(soffice)


def _luzhou_pdf(soffice: str) -> None:
    """The dotted TXT report as a PDF (unit rows, wrapped cells)."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "luzhou.src"
        text = (HERE / "luzhou-dotted-traditional.txt").read_text(encoding="utf-8")
        source.write_text("\n".join(line for line in text.splitlines() if line.strip()), encoding="utf-8")
        to_pdf(soffice, source, "luzhou-dotted-traditional-libreoffice.pdf")


_REPORTS = {
    "beiyu-word.docx": lambda _: build(HERE / "beiyu-word.src", HERE / "beiyu-word.docx", fields=True),
    "nanxi-libreoffice.pdf": lambda soffice: to_pdf(soffice, HERE / "nanxi-libreoffice.src", "nanxi-libreoffice.pdf"),
    "luzhou-dotted-traditional-libreoffice.pdf": _luzhou_pdf,
    "wuxi-secondary-word.docx": lambda _: build(HERE / "wuxi-secondary-word.src", HERE / "wuxi-secondary-word.docx",
                                                fields=True),
    "jingyuan-dotted-libreoffice.pdf": lambda soffice: to_pdf(soffice, HERE / "jingyuan-dotted-libreoffice.src",
                                                              "jingyuan-dotted-libreoffice.pdf"),
}


if __name__ == "__main__":
    main(sys.argv[1:])
