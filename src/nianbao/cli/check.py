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
              min_severity: str = typer.Option("info", "--min-severity", help="只显示该级别及以上：error / warning / info")):
        """检查报告：数据规则、表格运算、正文数字与数据及前后文是否一致、结构与编号。有错误时退出码为 1。"""
        from ..checks import format_json, format_text, has_errors
        from ..pipeline import check as run_check
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
