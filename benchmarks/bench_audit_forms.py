"""The same report in the forms a reviewer receives it: does the audit say the same?

    python benchmarks/bench_audit_forms.py [--show] [REPORT.docx ...]

Each Word report (by default the held-out DOCX reports of tests/data/audit-reports and our own test
reports in tests/audit/reports) is printed by LibreOffice to PDF and saved as a web page (HTML); the
PDF is turned into text by `pdftotext -layout` and by plain `pdftotext` (every cell a line). Each
form is audited and its findings (rule, severity and message, spaces ignored: a PDF prints "1.87 个"
where Word has "1.87个") are compared with the DOCX's. A finding of one form only is a way of
printing the report that the readers take differently: a missed finding, or a false one.

Captions numbered by Word's SEQ fields are numbered afresh by LibreOffice when it converts (a
planted skip disappears; a chapter switch is ignored, 表 2-3 for 表 2-1), so the other forms of such a
report print other numbers than the DOCX holds: their numbering and citation findings are that
conversion's, counted apart ("numbering by LibreOffice").

Needs soffice (LibreOffice) and pdftotext (poppler-utils). Prints per report and form the findings
only in the DOCX and only in the form, and the totals; asserts nothing.
"""
from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

from nianbao.audit import audit_report  # noqa: E402
from nianbao.audit.limits import NoReportContent, ReportUnreadable  # noqa: E402

DEFAULT = sorted((ROOT / "tests" / "data" / "audit-reports").glob("*.docx")) + \
    sorted((ROOT / "tests" / "audit" / "reports").glob("*.docx"))
FORMS = ("html", "pdf", "pdftotext -layout", "pdftotext")
NUMBERING_RULES = {"numbering.sequence", "citation.unknown", "citation.uncited"}


def findings(path: Path) -> set[tuple[str, str, str]]:
    try:
        result = audit_report(path)
    except (NoReportContent, ReportUnreadable) as exc:
        return {("unreadable", "error", str(exc))}
    return {(f.rule, f.severity, re.sub(r"\s+", "", f.message)) for f in result.findings}


def numbered_by_fields(docx: Path) -> bool:
    """Whether the report's captions are SEQ fields, which LibreOffice numbers afresh when it prints."""
    with zipfile.ZipFile(docx) as z:
        return "SEQ " in z.read("word/document.xml").decode("utf-8", "replace")


def convert(source: Path, out: Path) -> dict[str, Path]:
    profile = f"-env:UserInstallation=file://{out}/lo"
    forms = {}
    for fmt in ("html", "pdf"):
        subprocess.run(["soffice", "--headless", profile, "--convert-to", fmt, "--outdir", str(out), str(source)],
                       check=True, capture_output=True, timeout=300)
        forms[fmt] = out / f"{source.stem}.{fmt}"
    layout, plain = out / f"{source.stem}-layout.txt", out / f"{source.stem}-plain.txt"
    subprocess.run(["pdftotext", "-layout", str(forms["pdf"]), str(layout)], check=True, timeout=120)
    subprocess.run(["pdftotext", str(forms["pdf"]), str(plain)], check=True, timeout=120)
    forms["pdftotext -layout"], forms["pdftotext"] = layout, plain
    return forms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("reports", nargs="*", type=Path, help="DOCX reports (default: the held-out and test reports)")
    parser.add_argument("--show", action="store_true", help="print the differing findings")
    args = parser.parse_args()
    if not (shutil.which("soffice") and shutil.which("pdftotext")):
        print("!!! soffice and pdftotext are needed; nothing measured.")
        return 1
    totals = {form: [0, 0, 0] for form in FORMS}  # only in DOCX, only in the form, numbering by LibreOffice
    with tempfile.TemporaryDirectory() as tmp:
        for source in args.reports or DEFAULT:
            out = Path(tmp) / source.stem
            out.mkdir()
            word = findings(source)
            renumbered = numbered_by_fields(source)
            forms = convert(source, out)
            print(f"{source.name}: {len(word)} findings in the DOCX")
            for form in FORMS:
                other = findings(forms[form])
                lost, extra = word - other, other - word
                numbering = {f for f in lost | extra if f[0] in NUMBERING_RULES} if renumbered else set()
                lost, extra = lost - numbering, extra - numbering
                totals[form][0] += len(lost)
                totals[form][1] += len(extra)
                totals[form][2] += len(numbering)
                print(f"  {form:18} only in DOCX {len(lost):3}  only in this form {len(extra):3}"
                      + (f"  (numbering by LibreOffice {len(numbering)})" if numbering else ""))
                if args.show:
                    for f in sorted(lost):
                        print(f"      - {f[1]} {f[0]} {f[2]}")
                    for f in sorted(extra):
                        print(f"      + {f[1]} {f[0]} {f[2]}")
    print("\ntotal per form (findings only in the DOCX / only in the form / numbering by LibreOffice):")
    for form, (lost, extra, numbering) in totals.items():
        print(f"  {form:18} {lost:4} {extra:4} {numbering:4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
