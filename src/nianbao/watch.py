"""Which of a project's files `nianbao build --watch` rebuilds on, and the batches of their changes.

A task force edits sections and data while the report is open beside the editor; a rebuild in the
same process skips the interpreter's start and the imports and reuses the caches, so it costs a
fraction of a cold build. Only the project's own inputs count: the outputs, nianbao's cache
(.nianbao/), hidden files and the temporary files editors and Office write next to a document
(~$x.docx, x.swp, x~, .#x) would otherwise start a build that changes nothing, or never stop.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

# Temporary files of Word/WPS (~$, ~WRL), LibreOffice (.~lock), vim (.swp/.swx), emacs (x~, .#x), and
# files being written by a downloader.
_TEMPORARY = re.compile(r"^(~\$|~WRL|\.~lock|\.#)|(\.sw[a-z]|~|\.tmp|\.part|\.crdownload)$", re.IGNORECASE)

# watchfiles groups the events of one save: it yields once no new event came for STEP_MS.
STEP_MS = 50


def is_input(root: Path, out: Path, path: Path) -> bool:
    """True when `path` is one of the project's inputs: inside `root`, outside `out` and .nianbao/,
    neither hidden nor an editor's temporary file."""
    if path == out or out in path.parents:
        return False
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        return False
    return bool(parts) and not any(p.startswith(".") or _TEMPORARY.search(p) for p in parts)


def changes(project_dir: str | Path, out_dir: str | Path, stop_event=None) -> Iterator[list[str]]:
    """Each batch of changed inputs (paths relative to the project, sorted), until `stop_event` is
    set (the iteration ends) or Ctrl-C (KeyboardInterrupt, which the caller reports in Chinese:
    watchfiles would otherwise log an English line)."""
    import watchfiles  # only a watching build needs it

    root, out = Path(project_dir).resolve(), Path(out_dir).resolve()

    def wanted(_change, path: str) -> bool:
        return is_input(root, out, Path(path))

    for batch in watchfiles.watch(root, watch_filter=wanted, step=STEP_MS, stop_event=stop_event,
                                  raise_interrupt=True):
        yield sorted({Path(path).relative_to(root).as_posix() for _change, path in batch})
