"""`nianbao data …`: import, history, rollback, template. A thin layer over the intake library."""
from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from ..errors import NianbaoError
from ..intake import store
from ..intake.schemas import SCHEMAS
from .common import console, echo as _echo, fail as _fail, rich_table

data_app = typer.Typer(help="数据：导入并核对数据文件、查看版本、回退、生成录入模板", no_args_is_help=True)
KINDS = "、".join(SCHEMAS)


class Format(str, Enum):
    text = "text"
    json = "json"


def _open(project: Path):
    from ..project import open_project
    try:
        return open_project(project)
    except NianbaoError as exc:
        _fail(exc)


def _check_kind(kind: str) -> None:
    if kind not in SCHEMAS:
        _fail(NianbaoError(f"未知数据类型“{kind}”；可用：{KINDS}"))


@data_app.command("import")
def import_command(project: Path = typer.Argument(..., help="报告项目目录"),
                   kind: str = typer.Argument(..., help=f"数据类型：{KINDS}"),
                   file: Path = typer.Argument(..., help="CSV 或 Excel 文件"),
                   sheet: Optional[str] = typer.Option(None, "--sheet", help="工作表名称（默认第一个）"),
                   fmt: Format = typer.Option(Format.text, "--format", help="text 或 json（问题列表）"),
                   allow_empty: bool = typer.Option(False, "--allow-empty",
                                                    help="允许导入没有数据行的文件（以空数据取代现有数据）")):
    """核对并导入一个数据文件：全部正确才导入（成为新版本），有任何问题则一次列出，原数据不变。"""
    from ..pipeline import import_data
    _check_kind(kind)
    try:
        result = import_data(project, kind, file, sheet, shown=str(file), allow_empty=allow_empty,
                             on_wait=lambda message: _echo(f"提示：{message}", stderr=True))
    except NianbaoError as exc:
        _fail(exc)
    parsed = result.parsed
    if fmt is Format.json:
        print(json.dumps([p.to_dict() for p in parsed.problems], ensure_ascii=False, indent=2))
    elif parsed.problems:
        _echo(f"未导入：{file} 有 {len(parsed.problems)} 个问题，项目数据没有任何改动。")
        for problem in parsed.problems:
            _echo(f"  {problem.line()}")
    summary_to = fmt is Format.json
    for line in parsed.summary().lines():
        _echo(line, stderr=summary_to)
    for note in parsed.notes:
        _echo(f"提示：{note}", stderr=summary_to)
    if result.version is None:
        raise typer.Exit(1)
    v = result.version
    _echo(f"已导入为 {kind} 的 {v.name}（{v.manifest['rows']} 行，sha256 {v.manifest['sha256'][:12]}）；"
          f"下次 nianbao build 将使用这一版本。", stderr=summary_to)


@data_app.command("history")
def history_command(project: Path = typer.Argument(..., help="报告项目目录"),
                    kind: Optional[str] = typer.Option(None, "--kind", help="只看一种数据")):
    """列出已导入的各版本（* 为当前使用的版本）。"""
    proj = _open(project)
    kinds = [kind] if kind else list(SCHEMAS)
    if kind:
        _check_kind(kind)
    table = rich_table()
    for title in ("", "数据类型", "版本", "导入时间", "文件", "sha256", "行数"):
        table.add_column(title, no_wrap=title in ("版本", "导入时间", "sha256"), overflow="fold")
    count = 0
    for k in kinds:
        for v in store.versions(proj.root, k):
            m = v.manifest
            table.add_row("*" if v.current else "", k, v.name, m.get("imported_at", "")[:19].replace("T", " "),
                          m.get("original_name", ""),
                          m.get("sha256", "")[:12], str(m.get("rows", "")))
            count += 1
    if not count:
        _echo("还没有导入过数据（nianbao data import）；构建使用 report.toml [data] 中的文件。")
        return
    console.print(table)
    _echo("* 当前版本；没有导入版本的数据类型使用 report.toml [data] 中的文件。")


@data_app.command("rollback")
def rollback_command(project: Path = typer.Argument(..., help="报告项目目录"),
                     kind: str = typer.Argument(..., help=f"数据类型：{KINDS}"),
                     version: str = typer.Argument(..., help="版本，如 v0001 或 1")):
    """把一种数据恢复到以前导入的某个版本（原子切换，不删除任何版本）。"""
    _check_kind(kind)
    proj = _open(project)
    try:
        v = store.rollback(proj.root, kind, version, on_wait=lambda message: _echo(f"提示：{message}", stderr=True))
    except NianbaoError as exc:
        _fail(exc)
    _echo(f"{kind} 已切换到 {v.name}（{v.manifest.get('original_name', '')}，{v.manifest.get('rows', '')} 行，"
          f"导入于 {v.manifest.get('imported_at', '')}）。")


@data_app.command("template")
def template_command(kind: str = typer.Argument(..., help=f"数据类型：{KINDS}"),
                     out: Path = typer.Option(..., "-o", "--out", help="输出的 .xlsx 文件"),
                     project: Optional[Path] = typer.Option(None, "--project",
                                                            help="报告项目目录（按项目的模板列出毕业去向，并给出院系、专业下拉列表）"),
                     template: Optional[str] = typer.Option(None, "--template", "-t",
                                                            help="不指定项目时按哪个模板列出毕业去向（默认 tianjin-2025）")):
    """生成空白录入模板（Excel）：表头、下拉列表、填写说明。"""
    from ..pipeline import entry_template
    _check_kind(kind)
    if project is not None and template is not None:
        _fail(NianbaoError("--project 与 --template 只能指定一个：指定项目时使用项目 report.toml 中的模板"))
    try:
        path = entry_template(kind, out, project, template or "tianjin-2025")
    except NianbaoError as exc:
        _fail(exc)
    _echo(f"已生成录入模板：{path}")


def register(app: typer.Typer) -> None:
    app.add_typer(data_app, name="data")

