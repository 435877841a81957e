"""Word round trip: export a department's sections as DOCX with protected data references,
import the edited DOCX back to section Markdown (see docs/word.md)."""
from __future__ import annotations

from .export import ExportResult, department_file_name, export_all, export_department
from .manifest import Manifest, NotAnExport, read_manifest

__all__ = ["ExportResult", "department_file_name", "export_all", "export_department", "Manifest", "NotAnExport",
           "read_manifest"]
