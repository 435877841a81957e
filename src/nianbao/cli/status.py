"""`nianbao status`: per section its owner, review state, length and findings; and changing a state."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from ..errors import NianbaoError
from .common import console, err, fail, rich_table


def register(app: typer.Typer) -> None:
    @app.command()
    def status(project: Path = typer.Argument(..., help="报告项目目录"),
               fmt: str = typer.Option("text", "--format", help="text 或 json"),
               department: Optional[str] = typer.Option(None, "--department", help="只显示该部门的章节"),
               section: Optional[str] = typer.Option(None, "--section", help="要改状态的章节，如 1-talent/4-employment"),
               to: Optional[str] = typer.Option(None, "--to", help="新状态：未开始/撰写中/已提交/退回/已通过"),
               by: Optional[str] = typer.Option(None, "--by", help="操作的部门或角色（如 编制专班），不写个人姓名"),
               note: str = typer.Option("", "--note", help="说明（退回时必填）"),
               findings: bool = typer.Option(True, "--findings/--no-findings", help="是否运行检查以统计问题数")):
        """各章节的编写部门、审核状态、字数和检查发现的问题数；加 --section --to --by 可改状态。"""
        from ..pipeline import set_status, status as project_status
        try:
            if section or to:
                if not (section and to and by):
                    raise typer.BadParameter("改状态需要同时给出 --section、--to 和 --by")
                changed = set_status(project, section, to, by, note)
                console.print(f"{section}：{changed.state}（{changed.by}，{changed.updated}）", highlight=False)
                return
            report = project_status(project, with_findings=findings)
        except NianbaoError as exc:
            fail(exc)
        rows = [s for s in report.sections if department is None or department in s.owners]
        if fmt == "json":
            data = report.to_json()
            data["sections"] = [s.to_json() for s in rows]
            print(json.dumps(data, ensure_ascii=False, indent=2))
            return
        table = rich_table(show_lines=False)
        for title, justify in (("章节", "left"), ("标题", "left"), ("编写部门", "left"), ("状态", "left"),
                               ("字数", "right"), ("问题", "right"), ("更新", "left")):
            table.add_column(title, justify=justify, no_wrap=title in ("章节", "状态"))
        for s in rows:
            table.add_row(s.id, s.short_title, "、".join(s.owners) or "（未指定）", s.state,
                          str(s.words), "—" if s.findings is None else str(s.findings), s.updated[:16].replace("T", " "))
        console.print(table)
        for line in report.warnings:
            err.print(f"[yellow]提示：[/yellow]{line}", highlight=False)
