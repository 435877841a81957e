"""Command line: thin layers over the library (`nianbao.pipeline` and the packages it calls).

One module per area registers its commands; none of them holds domain logic."""
from __future__ import annotations

import sys

import typer

from ..startup import skip_final_collections
from . import audit, check, data, report, sections, status, templates, web

app = typer.Typer(help="nianbao（年报）：职业教育质量年度报告的编制、检查与发布", no_args_is_help=True,
                  add_completion=False)
for _area in (report, templates, data, check, audit, status, sections, web):
    _area.register(app)
skip_final_collections()  # a command's process ends with it


def main() -> None:  # pragma: no cover
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)


if __name__ == "__main__":  # pragma: no cover
    main()
