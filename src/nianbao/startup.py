"""Process-wide settings of a nianbao command, made before its heavy imports.

Used by the CLI and by the benchmarks' child builds, which measure a build as `nianbao build` runs
it. Never called by the library itself: a web server or a test process keeps Python's defaults
(`skip_final_collections` only acts when the process ends)."""
from __future__ import annotations

import atexit
import gc

_REGISTERED = False


def skip_final_collections() -> None:
    """At exit the interpreter collects garbage over every object the command made (0.1 s after an
    HTML build, 0.2-0.3 s after a full one, measured): the process is ending, so the objects alive
    then are frozen out of those passes. They are still freed by reference counting, and every other
    exit handler (registered later, so run earlier) still runs."""
    global _REGISTERED
    if not _REGISTERED:
        _REGISTERED = True
        atexit.register(gc.freeze)


def preload_fonts(formats: list[str] | None) -> None:
    """When the outputs may need Typst (PDF, or the charts' PNGs for DOCX; `None`: the project's default
    formats, not read yet), start loading its CJK faces on the second core while Python imports the
    build (pipeline.warm_up finds them started)."""
    if formats is None or any(name in item.lower() for item in formats for name in ("pdf", "docx")):
        from .fonts import preload
        preload()
