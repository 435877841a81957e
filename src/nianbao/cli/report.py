"""`nianbao init | build | explain`: the report project's own commands."""
from __future__ import annotations

import time
from pathlib import Path
from typing import List, Optional

import typer

from ..errors import NianbaoError
from rich.markup import escape

from .common import console, err, fail, print_failure, rich_table


def register(app: typer.Typer) -> None:
    @app.command()
    def init(directory: Path = typer.Argument(..., help="新报告项目的目录"),
             template: str = typer.Option("tianjin-2025", "--template", "-t", help="模板代码"),
             college: str = typer.Option("（学校名称）", help="学校名称"),
             year: int = typer.Option(2025, help="报告年度")):
        """按模板创建报告项目骨架（report.toml、data/、每个章节一个 Markdown 文件）。"""
        from ..pipeline import init as init_project
        try:
            created, missing = init_project(directory, template, college, year)
        except NianbaoError as exc:
            fail(exc)
        console.print(f"已创建 {directory}（{len(created)} 个文件）。下一步：把数据放进 data/，撰写 sections/ 中的各节。",
                      highlight=False)
        for line in missing:
            err.print(f"[yellow]待办：[/yellow]{escape(line)}", highlight=False)

    @app.command()
    def build(project: Path = typer.Argument(..., help="报告项目目录"),
              out: Path = typer.Option(Path("out"), "-o", "--out", help="输出目录"),
              formats: Optional[List[str]] = typer.Option(None, "--format", "-f", help="html / docx / pdf，可重复或用逗号分隔"),
              allow_errors: bool = typer.Option(False, "--allow-errors", help="检查发现错误时仍然生成（并列出问题）"),
              annotate: bool = typer.Option(False, "--annotate", help="在 HTML 页边显示检查发现的问题"),
              watch: bool = typer.Option(False, "--watch", help="生成后继续监视项目文件，保存修改即重新生成（Ctrl+C 停止）")):
        """构建报告：先检查（有错误则停止），再生成 report.html（及 report.docx、report.pdf）和 tables.json。"""
        from ..startup import preload_fonts
        preload_fonts(formats)  # before the imports below: Typst reads its fonts on the second core meanwhile
        code = _build_once(project, out, formats, allow_errors, annotate)
        if not watch or not project.is_dir():  # nothing to watch: the build's message said why
            if code:
                raise typer.Exit(code)
            return
        from ..pipeline import project_changes
        console.print("正在监视项目文件，保存修改即重新生成（Ctrl+C 停止）。", highlight=False)
        try:
            for changed in project_changes(project, out):
                shown = "、".join(changed[:3]) + (f" 等 {len(changed)} 个文件" if len(changed) > 3 else "")
                console.print(f"检测到修改：{shown}，重新生成……", highlight=False, markup=False)
                start = time.perf_counter()
                if _build_once(project, out, formats, allow_errors, annotate) == 0:
                    console.print(f"用时 {time.perf_counter() - start:.1f} 秒。", highlight=False)
        except KeyboardInterrupt:  # Ctrl-C ends the watch, while waiting or during a rebuild
            pass
        console.print("已停止监视。", highlight=False)

    @app.command()
    def explain(project: Path = typer.Argument(..., help="报告项目目录"),
                indicator: str = typer.Argument(..., help="指标代码，如 placement_rate"),
                by: Optional[List[str]] = typer.Option(None, "--by", help="分组维度，如 专业、院系、性别"),
                as_json: bool = typer.Option(False, "--json", help="以 JSON 输出")):
        """说明一个指标：定义、取值、n 和数据来源，可按维度分组。"""
        from ..pipeline import dumps_value, explain as explain_indicator
        try:
            definition, overall, rows = explain_indicator(project, indicator, by)
        except NianbaoError as exc:
            fail(exc)
        if as_json:
            for value in filter(None, [overall, *rows]):
                print(dumps_value(value))
            return
        shown = overall or rows[0]
        console.print(f"[bold]{definition.get('name', indicator)}[/bold]（{indicator}）", highlight=False)
        console.print(f"定义：{definition.get('definition', '')}", highlight=False)
        console.print(f"数据来源：{shown.source}；文件：{shown.provenance}", highlight=False)
        table = rich_table(show_lines=False)
        for title in ["分组", "值", "分子", "n"]:
            table.add_column(title, justify="left" if title == "分组" else "right")
        if overall is not None:
            label = "报告年度" if definition.get("kind") == "figure" else "全部"
            table.add_row(label, overall.display, str(overall.numerator or ""), str(overall.n or ""))
        for value in rows:
            label = " / ".join(v for _, v in value.breakdown)
            table.add_row(label, value.display, "" if value.numerator is None else str(value.numerator),
                          "" if value.n is None else str(value.n))
        console.print(table)


def _build_once(project: Path, out: Path, formats, allow_errors: bool, annotate: bool) -> int:
    """One build with its messages; the exit code `build` ends with (0, 1 checks failed, 2 error),
    so that a watching build goes on after a failed one."""
    from ..checks import format_text
    from ..pipeline import ChecksFailed, build_report
    try:
        outputs = build_report(project, out, formats, check=True, allow_errors=allow_errors, annotate=annotate)
    except ChecksFailed as exc:
        err.print(format_text(exc.findings, "warning"), markup=False, highlight=False, end="", soft_wrap=True)
        err.print(f"[red]{exc}[/red]（可加 --allow-errors 仍然生成）", highlight=False)
        return 1
    except NianbaoError as exc:
        print_failure(exc)
        return 2
    for line in outputs.result.data_sources:
        err.print(f"数据：{line}", highlight=False, markup=False)
    for line in outputs.result.warnings:
        err.print(f"[yellow]提示：[/yellow]{escape(line)}", highlight=False)
    problems = [f for f in outputs.findings if f.severity in ("error", "warning")]
    if problems:
        err.print(format_text(problems), markup=False, highlight=False, end="", soft_wrap=True)
    doc = outputs.result.document
    console.print(f"已生成（表 {len(doc.tables())} 个，图 {len(doc.figures())} 个，案例 {len(doc.cases())} 个）：")
    for path in outputs.files.values():
        console.print(f"  {path}", highlight=False)
    return 0
