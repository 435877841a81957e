"""`nianbao check`: the CLI over `pipeline.check`."""
from __future__ import annotations

from pathlib import Path

import typer

from ..errors import NianbaoError
from .common import fail


def register(app: typer.Typer) -> None:
    @app.command()
    def check(project: Path = typer.Argument(..., help="报告项目目录"),
              fmt: str = typer.Option("text", "--format", help="text 或 json"),
              min_severity: str = typer.Option("info", "--min-severity", help="只显示该级别及以上：error / warning / info"),
              claims: bool = typer.Option(False, "--claims", help="列出正文中读到的每条数字陈述、对照的数据与结论")):
        """检查报告：数据规则、表格运算、正文数字与数据及前后文是否一致、结构与编号。有错误时退出码为 1。"""
        from ..checks import format_json, format_text, has_errors
        from ..pipeline import check as run_check
        if fmt not in ("text", "json"):
            fail(NianbaoError(f"--format 只能是 text 或 json，而不是“{fmt}”"))
        if claims:
            from ..claims.report import format_claims_json, format_claims_text
            from ..pipeline import claims as run_claims
            try:
                records = run_claims(project)
            except NianbaoError as exc:
                fail(exc)
            print(format_claims_json(records) if fmt == "json" else format_claims_text(records), end="")
            return
        try:
            findings = run_check(project)
        except NianbaoError as exc:
            fail(exc)
        if fmt == "json":
            print(format_json(findings))
        else:
            print(format_text(findings, min_severity), end="")
        if has_errors(findings):
            raise typer.Exit(1)
