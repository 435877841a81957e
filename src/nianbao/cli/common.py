"""What every command shares: the consoles and the one way a command fails."""
from __future__ import annotations

import typer
from rich.console import Console
from rich.markup import escape

from ..errors import BuildError

console = Console()
err = Console(stderr=True)


def fail(exc: Exception) -> None:
    """Print a library error in Chinese and exit 2 (1 is kept for "the checks found errors")."""
    print_failure(exc)
    raise typer.Exit(2)


def print_failure(exc: Exception) -> None:
    """A library error in Chinese on stderr: a build's every problem, or the one message."""
    if isinstance(exc, BuildError):
        err.print(f"[red]构建失败，共 {len(exc.problems)} 个问题：[/red]")
        for line in exc.problems:
            err.print(f"  {line}", markup=False, highlight=False)
    else:
        err.print(f"[red]错误：[/red]{escape(str(exc))}", highlight=False, soft_wrap=True)  # paths unbroken


def rich_table(**options):
    """A rich Table; rich.table is imported only by the commands that print one (not by `build`)."""
    from rich.table import Table
    return Table(**options)


def echo(text: str, stderr: bool = False) -> None:
    (err if stderr else console).print(text, markup=False, highlight=False, soft_wrap=True)
