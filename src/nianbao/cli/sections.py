"""`nianbao sections export | import`: the Word round trip for departments (see docs/word.md)."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from ..errors import NianbaoError
from .common import console, err, fail

sections_app = typer.Typer(help="各部门用 Word 撰写：导出本部门章节为 DOCX，导入修改后的 DOCX", no_args_is_help=True)


@sections_app.command("export")
def export(project: Path = typer.Argument(..., help="报告项目目录"),
           department: Optional[str] = typer.Option(None, "--department", "-d", help="编写部门（report.toml 中的名称）"),
           all_departments: bool = typer.Option(False, "--all", help="每个有章节的部门各导出一个文件"),
           out: Path = typer.Option(..., "-o", "--out", help="输出文件（--all 时为目录）")):
    """导出部门章节为 DOCX：数据、表格和图表受保护，附录列出可引用的数据。"""
    from ..pipeline import export_sections
    if bool(department) == all_departments:
        fail(NianbaoError("请给出 --department 部门名称，或用 --all 导出全部部门"))
    try:
        results = export_sections(project, out, department)
    except NianbaoError as exc:
        fail(exc)
    for result in results:
        console.print(f"已导出 {result.path}（{result.department}：{'、'.join(result.sections) or '无章节'}）",
                      highlight=False, soft_wrap=True)
        for line in result.warnings:
            err.print(f"[yellow]提示：[/yellow]{line}", highlight=False)


def register(app: typer.Typer) -> None:
    app.add_typer(sections_app, name="sections")




@sections_app.command("import")
def import_(project: Path = typer.Argument(..., help="报告项目目录"),
            file: Path = typer.Argument(..., help="部门交回的 DOCX（由 sections export 导出）"),
            apply: bool = typer.Option(False, "--apply", help="写入章节文件（章节文件在导出后未改动时不需要）"),
            link: bool = typer.Option(False, "--link-numbers", help="把与数据一致的手写数字改为数据引用"),
            numbers: bool = typer.Option(True, "--numbers/--no-numbers", help="核对手写数字与数据")):
    """导入修改后的 DOCX：逐节显示差异；写入前核对手写数字。"""
    from ..pipeline import import_sections
    try:
        result = import_sections(project, file, apply=apply, link_numbers=link, check_numbers=numbers)
    except NianbaoError as exc:
        fail(exc)
    for line in result.notices:
        err.print(f"[cyan]说明：[/cyan]{line}", highlight=False, soft_wrap=True)
    for line in result.warnings:
        err.print(f"[yellow]提示：[/yellow]{line}", highlight=False, soft_wrap=True)
    for section in result.sections:
        where = f"sections/{section.id}.md"
        if not section.changed:
            console.print(f"{where}：无改动", highlight=False, soft_wrap=True)
            continue
        console.print(section.diff(), markup=False, highlight=False, soft_wrap=True)
        if section.written:
            console.print(f"{where}：已写入", highlight=False, soft_wrap=True)
        else:
            reason = "导出后章节文件已被改动，" if not section.unchanged_since_export else \
                "本节已通过审核，" if section.approved else ""
            console.print(f"{where}：未写入（{reason}核对差异后加 --apply 写入）", highlight=False, soft_wrap=True)
    for path in result.pictures:
        console.print(f"已保存图片 {path}", highlight=False)
    check = result.numbers
    if check is not None:
        for offer in check.offers:
            hint = "已改为" if link else "可改为"
            console.print(f"sections/{offer.section}.md:{offer.line}：手写的“{offer.stated}”与数据一致，{hint} "
                          f"{offer.reference}{'' if link else '（加 --link-numbers）'}", highlight=False, soft_wrap=True)
        for found in check.contradictions:
            loc = found.locations[0]
            err.print(f"[red]错误：[/red]{loc.file}:{loc.line}：{found.message}；{found.suggestion}",
                      highlight=False, soft_wrap=True)
        for problem in check.problems:
            err.print(f"[yellow]提示：[/yellow]{problem}", highlight=False, soft_wrap=True)
