"""`nianbao templates` and `nianbao indicators`: what a template offers, for a college that is new to it."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from ..errors import NianbaoError
from .common import console, fail, rich_table


def register(app: typer.Typer) -> None:
    @app.command()
    def templates():
        """列出可用的报告模板（代码、名称、章节）。"""
        from ..pipeline import template_summaries
        table = rich_table(show_lines=False)
        table.add_column("模板代码", no_wrap=True)
        for title in ("名称", "章节", "编号"):
            table.add_column(title, overflow="fold")
        for row in template_summaries():
            table.add_row(row["id"], row["name"], "、".join(row["chapters"]), row["numbering"])
        console.print(table)

    @app.command()
    def indicators(project: Optional[Path] = typer.Argument(None, help="报告项目目录（给出时显示当前取值）"),
                   template: Optional[str] = typer.Option(None, "--template", "-t", help="模板代码（无项目时）"),
                   as_json: bool = typer.Option(False, "--json", help="以 JSON 输出")):
        """列出模板的全部指标和维度：代码、中文名称、单位、定义，以及（给出项目时）当前取值。"""
        from ..pipeline import list_indicators
        try:
            rows = list_indicators(project, template)
        except NianbaoError as exc:
            fail(exc)
        if as_json:
            for row in rows:
                print(json.dumps(row, ensure_ascii=False))
            return
        table = rich_table(show_lines=False)
        for title in ("类别", "代码", "中文名称", "单位", "定义", *(["当前值"] if project else [])):
            table.add_column(title, overflow="fold")
        for row in rows:
            table.add_row(row["category"], row["code"], row["name"], row["unit"], row["definition"],
                          *([row["value"]] if project else []))
        console.print(table)
