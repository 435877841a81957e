"""Rendering a build's new charts on two cores, and importing matplotlib before it is needed.

Rendering (layout, rasterising the PNG, writing the SVG) is most of a chart's cost and needs only
the matplotlib figure, not the data: once the figures are built, a forked child renders every
other one while this process renders the rest. The child inherits the figures, so nothing is
pickled, and it touches nothing but matplotlib (never the DuckDB connection it also inherits);
it ends with `os._exit`, so no handler of this process runs twice. Whatever goes wrong in the
child (it cannot be forked, dies, or takes too long) only means this process renders those
charts itself: the images are the same bytes either way.

`NIANBAO_CHART_WORKERS=1` renders everything in this process.
"""
from __future__ import annotations

import os
import pickle
import selectors
import signal
import threading
import warnings

# A child that has sent nothing for this long is stuck: its charts are rendered here instead.
CHILD_SILENCE_SECONDS = 120.0


def worker_count() -> int:
    try:
        wanted = int(os.environ.get("NIANBAO_CHART_WORKERS", "2"))
    except ValueError:
        wanted = 2
    return max(1, min(wanted, 2, os.cpu_count() or 1))


def render_all(jobs: list, render) -> list[dict[str, bytes]]:
    """`render(fig, formats)` for every (fig, formats) job, in job order, on up to two cores."""
    if len(jobs) < 2 or worker_count() < 2 or not _safe_to_fork():
        return [render(fig, formats) for fig, formats in jobs]
    theirs = list(range(1, len(jobs), 2))  # alternate, so each side gets PNG-heavy and light charts
    child = _fork_renderer([jobs[i] for i in theirs], render)
    results: dict[int, dict[str, bytes]] = {}
    for i in range(0, len(jobs), 2):
        results[i] = render(*jobs[i])
    received = _collect(child) if child is not None else None
    if received is None or len(received) != len(theirs):
        received = [render(*jobs[i]) for i in theirs]
    results.update(zip(theirs, received))
    return [results[i] for i in range(len(jobs))]


def _safe_to_fork() -> bool:
    """Only a lone Python thread forks: in a server (the web app's request and build threads) a
    child may inherit a lock another thread holds and die or hang, costing the build its charts'
    time twice."""
    if not hasattr(os, "fork"):
        return False
    wait_for_import()
    return threading.current_thread() is threading.main_thread() and threading.active_count() == 1


def _fork_renderer(jobs: list, render) -> tuple[int, int] | None:
    """(pid, read end of the pipe) of a child rendering `jobs`, or None when it cannot be forked."""
    try:
        read_fd, write_fd = os.pipe()
    except OSError:
        return None
    try:
        with warnings.catch_warnings():
            # Python 3.12+ warns about forking a process with threads (DuckDB's): the child
            # only renders matplotlib figures and never uses them.
            warnings.simplefilter("ignore", DeprecationWarning)
            pid = os.fork()
    except OSError:
        os.close(read_fd)
        os.close(write_fd)
        return None
    if pid == 0:  # the child
        status = 1
        try:
            os.close(read_fd)
            payload = pickle.dumps([render(fig, formats) for fig, formats in jobs])
            with os.fdopen(write_fd, "wb") as out:
                out.write(payload)
            status = 0
        finally:
            os._exit(status)  # also on an error: the parent renders these charts itself
    os.close(write_fd)
    return pid, read_fd


def _collect(child: tuple[int, int]) -> list | None:
    """The child's images, or None if it failed or went silent (then it is ended)."""
    pid, read_fd = child
    chunks, ok = [], True
    waiting = selectors.DefaultSelector()  # not select.select: a busy server's descriptors pass 1024
    waiting.register(read_fd, selectors.EVENT_READ)
    try:
        while True:
            if not waiting.select(CHILD_SILENCE_SECONDS):
                ok = False
                os.kill(pid, signal.SIGKILL)
                break
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        waiting.close()
        os.close(read_fd)
        _, status = os.waitpid(pid, 0)
    if not ok or status != 0:
        return None
    try:
        return pickle.loads(b"".join(chunks))
    except (pickle.UnpicklingError, EOFError, ValueError):
        return None


# ---------------------------------------------------------------- importing ahead


_warm_up: threading.Thread | None = None


def import_ahead() -> None:
    """Start importing the drawing module (matplotlib, its fonts) in a thread, once per process.

    Called when a build is about to draw charts: the import overlaps the reading and the
    indicator queries (DuckDB releases the GIL). A later `from . import charts` waits for it.
    """
    global _warm_up
    if _warm_up is not None:
        return
    _warm_up = threading.Thread(target=_import_charts, name="nianbao-chart-import", daemon=True)
    _warm_up.start()


def _import_charts() -> None:
    try:
        from . import charts  # noqa: F401
    except ImportError:
        pass  # the build's own import reports it


def wait_for_import() -> None:
    """Before forking: no thread may be half-way through an import."""
    if _warm_up is not None:
        _warm_up.join()
