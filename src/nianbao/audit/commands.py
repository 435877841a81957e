"""`nianbao audit <file>`: check a report that is already published."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from ..errors import NianbaoError


def register(app: typer.Typer) -> None:
    @app.command()
    def audit(file: Path = typer.Argument(..., help="已发布的报告：.txt / .md / .docx / .pdf"),
              template: Optional[str] = typer.Option(None, "--template", "-t", help="按模板（如 tianjin-2025）核对章节结构"),
              output_format: str = typer.Option("text", "--format", help="text 或 json")):
        """审核已发布的报告：读取 TXT、DOCX 或 PDF，运行与 check 相同的检查（定位到行号或页码）。"""
        from ..checks import format_json, format_text
        from . import audit_file
        if output_format not in ("text", "json"):
            print(f"错误：--format 只能是 text 或 json，而不是“{output_format}”", file=sys.stderr)
            raise typer.Exit(2)
        try:
            _, findings = audit_file(file, template, display_name=str(file))
        except NianbaoError as exc:
            print(f"错误：{exc}", file=sys.stderr)
            raise typer.Exit(2)
        print(format_json(findings) if output_format == "json" else format_text(findings))
        if any(f.severity == "error" for f in findings):
            raise typer.Exit(1)
