"""Audit: read a report that is already published (TXT/Markdown, DOCX, PDF) into the
document model and run the same checks as `nianbao check`."""
from __future__ import annotations

from pathlib import Path

from ..document.model import Document
from ..errors import NianbaoError

READERS = {".txt": "text", ".md": "text", ".markdown": "text", ".text": "text", ".docx": "docx", ".pdf": "pdf"}


def read_report(path: Path | str, display_name: str | None = None) -> Document:
    """Read a published report; the reader is chosen by the file's extension."""
    path = Path(path)
    if not path.is_file():
        raise NianbaoError(f"找不到文件：{path}")
    kind = READERS.get(path.suffix.lower())
    if kind is None:
        raise NianbaoError(f"不支持的文件类型“{path.suffix}”：请提供 .txt、.md、.docx 或 .pdf 文件")
    name = display_name or str(path)
    if kind == "text":
        from .text_reader import read_text
        return read_text(path, name)
    if kind == "docx":
        from .docx_reader import read_docx
        return read_docx(path, name)
    from .pdf_reader import read_pdf
    return read_pdf(path, name)


def audit_file(path: Path | str, template_id: str | None = None, display_name: str | None = None):
    """Read the report and run the document checks: (document, findings)."""
    from ..checks import run_document_checks
    template = None
    if template_id:
        from ..template import load_template
        template = load_template(template_id)
    doc = read_report(path, display_name)
    return doc, run_document_checks(doc, template)


__all__ = ["read_report", "audit_file", "READERS"]
