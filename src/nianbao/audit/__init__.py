"""Audit: read a report that is already published (TXT/Markdown, DOCX, PDF, a web page) into the
document model and run the same checks as `nianbao check`."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..document.model import Document
from ..errors import NianbaoError
from .limits import NoReportContent, ReportUnreadable
from .recognised import Recognised, recognise, require_content

READERS = {".txt": "text", ".md": "text", ".markdown": "text", ".text": "text", ".docx": "docx", ".pdf": "pdf",
           ".html": "html", ".htm": "html"}


@dataclass
class AuditResult:
    """One audited file: what was recognised, the findings, or why it could not be read."""

    file: str
    document: Document | None = None
    findings: list = field(default_factory=list)
    recognised: Recognised = field(default_factory=Recognised)
    error: str = ""  # set when the file could not be read (then there are no findings)

    @property
    def readable(self) -> bool:
        return not self.error


def _read(path: Path, name: str) -> tuple[Document, int | None]:
    if not path.is_file():
        raise ReportUnreadable(name, "找不到文件")
    kind = READERS.get(path.suffix.lower())
    if kind is None:
        raise ReportUnreadable(name, f"不支持的文件类型“{path.suffix}”：请提供 .txt、.md、.docx、.pdf 或 .html 文件")
    if kind == "text":
        from .text_reader import read_text
        doc = read_text(path, name)
        return doc, None
    if kind == "docx":
        from .docx_reader import read_docx
        return read_docx(path, name), None
    if kind == "html":
        from .html_reader import read_html
        return read_html(path, name), None
    from .pdf_reader import read_pdf_counted
    return read_pdf_counted(path, name)


def read_report(path: Path | str, display_name: str | None = None) -> Document:
    """Read a published report; the reader is chosen by the file's extension."""
    path = Path(path)
    return _read(path, display_name or str(path))[0]


def _checked(doc: Document, template) -> tuple[list, int]:
    """The findings of every document check, and how many numeric claims the claim engine read."""
    from ..checks import _document_findings, _section_order
    from ..checks.base import Context
    from ..checks.report import sort_findings
    from ..claims import document_claims
    ctx = Context.of(doc, template)
    records = document_claims(doc, template, ctx.units)
    findings = sort_findings(_document_findings(ctx, records), _section_order(ctx))
    return findings, len(records)


def audit_report(path: Path | str, template_id: str | None = None, display_name: str | None = None,
                 template=None) -> AuditResult:
    """Read and check one report. A file that cannot be read, or holds no recognisable report,
    raises ReportUnreadable (NoReportContent) — never an empty pass."""
    path = Path(path)
    name = display_name or str(path)
    if template is None and template_id:
        from ..template import load_template
        template = load_template(template_id)
    doc, pages = _read(path, name)
    found = recognise(doc, pages)
    require_content(doc, found, name)
    findings, found.claims = _checked(doc, template)
    return AuditResult(name, doc, findings, found)


def audit_file(path: Path | str, template_id: str | None = None, display_name: str | None = None):
    """Read the report and run the document checks: (document, findings)."""
    result = audit_report(path, template_id, display_name)
    return result.document, result.findings


__all__ = ["read_report", "audit_file", "audit_report", "AuditResult", "READERS", "ReportUnreadable",
           "NoReportContent", "NianbaoError"]
