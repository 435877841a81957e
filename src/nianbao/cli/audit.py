"""`nianbao audit <file>`: check a report that is already published."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..errors import NianbaoError
from .common import fail


def register(app: typer.Typer) -> None:
    @app.command()
    def audit(file: Path = typer.Argument(..., help="已发布的报告：.txt / .md / .docx / .pdf"),
              template: Optional[str] = typer.Option(None, "--template", "-t", help="按模板（如 tianjin-2025）核对章节结构"),
              output_format: str = typer.Option("text", "--format", help="text 或 json"),
              claims: bool = typer.Option(False, "--claims", help="列出正文中读到的每条数字陈述、对照的数据与结论")):
        """审核已发布的报告：读取 TXT、DOCX 或 PDF，运行与 check 相同的检查（定位到行号或页码）。"""
        from ..checks import format_json, format_text
        from ..pipeline import audit as run_audit
        if output_format not in ("text", "json"):
            fail(NianbaoError(f"--format 只能是 text 或 json，而不是“{output_format}”"))
        if claims:
            from ..claims.report import format_claims_json, format_claims_text
            from ..pipeline import audit_claims
            try:
                records = audit_claims(file, template, display_name=str(file))
            except NianbaoError as exc:
                fail(exc)
            print(format_claims_json(records) if output_format == "json" else format_claims_text(records), end="")
            return
        try:
            _, findings = run_audit(file, template, display_name=str(file))
        except NianbaoError as exc:
            fail(exc)
        print(format_json(findings) if output_format == "json" else format_text(findings))
        if any(f.severity == "error" for f in findings):
            raise typer.Exit(1)
