"""`nianbao audit FILE…`: check reports that are already published, one or a whole province's."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..errors import NianbaoError
from .common import echo, fail


def register(app: typer.Typer) -> None:
    @app.command()
    def audit(files: List[Path] = typer.Argument(..., help="已发布的报告（.txt / .md / .docx / .pdf）或包含报告的文件夹"),
              template: Optional[str] = typer.Option(None, "--template", "-t", help="按模板（如 tianjin-2025）核对章节结构"),
              output_format: str = typer.Option("text", "--format", help="text 或 json"),
              summary: Optional[Path] = typer.Option(None, "--summary", help="批量审核汇总表：out.xlsx 或 out.html"),
              show_all: bool = typer.Option(False, "--all", help="同时显示“提示”级别的问题"),
              jobs: Optional[int] = typer.Option(None, "--jobs", "-j", help="并行进程数（默认：CPU 核数）"),
              claims: bool = typer.Option(False, "--claims", help="列出正文中读到的每条数字陈述、对照的数据与结论")):
        """审核已发布的报告：读取 TXT、DOCX 或 PDF，运行与 check 相同的检查（定位到行号或页码）。
        给出多个文件、文件夹或 --summary 时批量并行审核，每份报告一行写入汇总表。"""
        if output_format not in ("text", "json"):
            fail(NianbaoError(f"--format 只能是 text 或 json，而不是“{output_format}”"))
        if claims:
            if len(files) != 1 or files[0].is_dir():
                fail(NianbaoError("--claims 只能用于一份报告"))
            _claims(files[0], template, output_format)
        elif len(files) == 1 and not files[0].is_dir() and summary is None:
            _single(files[0], template, output_format, show_all)
        else:
            _batch(files, template, output_format, summary, show_all, jobs)


def _claims(file: Path, template: Optional[str], output_format: str) -> None:
    from ..claims.report import format_claims_json, format_claims_text
    from ..pipeline import audit_claims
    try:
        records = audit_claims(file, template, display_name=str(file))
    except NianbaoError as exc:
        fail(exc)
    print(format_claims_json(records) if output_format == "json" else format_claims_text(records), end="")


def _single(file: Path, template: Optional[str], output_format: str, show_all: bool) -> None:
    from ..audit.present import format_audit, shown_findings
    from ..checks import format_json
    from ..pipeline import audit_report
    try:
        result = audit_report(file, template, display_name=str(file))
    except NianbaoError as exc:
        fail(exc)
    if output_format == "json":
        echo(f"{result.file}：{result.recognised.describe()}", stderr=True)
        print(format_json(shown_findings(result.findings, show_all)))
    else:
        echo(format_audit(result, show_all).rstrip("\n"))
    if any(f.severity == "error" for f in result.findings):
        raise typer.Exit(1)


def _batch(files: List[Path], template: Optional[str], output_format: str, summary: Optional[Path],
           show_all: bool, jobs: Optional[int]) -> None:
    from ..audit.present import batch_json, batch_line
    from ..pipeline import audit_batch
    try:
        results, written = audit_batch(files, template, jobs, summary)
    except NianbaoError as exc:
        fail(exc)
    if output_format == "json":
        print(batch_json(results, show_all))
    else:
        for result in results:
            echo(batch_line(result))
        unreadable = sum(not r.readable for r in results)
        flagged = sum(any(f.severity == "error" for f in r.findings) for r in results)
        echo(f"共 {len(results)} 份报告：有错误 {flagged} 份，无法读取 {unreadable} 份"
             + (f"；汇总表：{written}" if written else ""))
    if any(not r.readable or any(f.severity == "error" for f in r.findings) for r in results):
        raise typer.Exit(1)
