"""`nianbao users`, `nianbao serve`, `nianbao export`: the web workspace (nianbao.web)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

import typer

from ..errors import NianbaoError
from .common import echo, fail


def _password() -> str:
    password = os.environ.get("NIANBAO_PASSWORD")
    if password:
        return password
    return typer.prompt("密码", hide_input=True, confirmation_prompt="再次输入密码")


def register(app: typer.Typer) -> None:
    users = typer.Typer(help="网页工作台的账号：专班管理员、部门撰写人、审核人", no_args_is_help=True)
    app.add_typer(users, name="users")

    @users.command("add")
    def users_add(project: Path = typer.Argument(..., help="报告项目目录"),
                  name: str = typer.Argument(..., help="登录用户名（建议用部门或岗位代号，不用个人姓名）"),
                  role: str = typer.Option(..., "--role", help="admin（专班管理员）、writer（部门撰写人）或 reviewer（审核人）"),
                  department: Optional[str] = typer.Option(None, "--department", help="部门撰写人所属的编写部门"),
                  database: Optional[str] = typer.Option(None, "--database", help="数据库地址，默认项目下 .nianbao/web.sqlite3")):
        """添加网页工作台账号（密码取自环境变量 NIANBAO_PASSWORD，或交互输入）。"""
        from ..web.server import add_user, open_workspace
        try:
            open_workspace(project, database)
            add_user(name, _password(), role, department)
        except NianbaoError as exc:
            fail(exc)
        echo(f"已添加用户 {name}")

    @users.command("list")
    def users_list(project: Path = typer.Argument(..., help="报告项目目录"),
                   database: Optional[str] = typer.Option(None, "--database", help="数据库地址")):
        """列出网页工作台账号和角色。"""
        from ..web.server import list_users, open_workspace
        try:
            open_workspace(project, database)
        except NianbaoError as exc:
            fail(exc)
        for name, role, department in list_users():
            echo(f"{name}\t{role}\t{department}")

    @app.command()
    def serve(project: Path = typer.Argument(..., help="报告项目目录"),
              port: int = typer.Option(8000, "--port", help="端口"),
              host: str = typer.Option("127.0.0.1", "--host", help="监听地址（默认只在本机）"),
              database: Optional[str] = typer.Option(None, "--database", help="postgresql://… 或 sqlite:///…；默认项目下 .nianbao/web.sqlite3"),
              public_url: Optional[str] = typer.Option(None, "--public-url", help="访客访问本站的地址（如 https://nianbao.example.edu.cn），报告发布在其下的 /report/")):
        """启动网页工作台（首次启动时导入项目的章节和状态）。"""
        from ..web.server import open_workspace, run
        try:
            open_workspace(project, database, allowed_hosts=["localhost", "127.0.0.1", "[::1]", host], public_url=public_url)
        except NianbaoError as exc:
            fail(exc)
        echo(f"年报工作台：http://{host}:{port}/ （按 Ctrl+C 停止）")
        run(host, port)

    @app.command("export")
    def export(project: Path = typer.Argument(..., help="报告项目目录"),
               database: Optional[str] = typer.Option(None, "--database", help="数据库地址")):
        """把网页工作台中的章节正文和审核状态写回项目文件（sections/ 与 status.toml）。"""
        from ..web.server import open_workspace
        try:
            open_workspace(project, database)
            from ..web.store import export_project
            written = export_project()
        except NianbaoError as exc:
            fail(exc)
        echo(f"已写回 {written} 个章节文件和 status.toml")
