"""New charts are rendered on two cores (a forked child renders every other one): the same bytes as
in one process, and a child that fails or hangs only means this process renders its charts."""
from __future__ import annotations

import os

import pytest

from nianbao.document import chart_workers
from nianbao.document.build import build_document
from nianbao.project import open_project
from test_chart_cache import FIGURES, GRADUATES, MAJORS, SECTION
from project_helpers import make_project

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system: charts render in one process")


def _images(root, monkeypatch, workers: str) -> list[tuple[bytes, str]]:
    monkeypatch.setenv("NIANBAO_CHART_WORKERS", workers)
    result = build_document(open_project(root), formats=("html", "docx"))  # a fresh project: every chart drawn
    assert result.charts.drawn == 2
    return [(f.png, f.svg) for f in result.document.figures()]


def test_two_processes_render_the_same_bytes_as_one(tmp_path, monkeypatch):
    one = _images(make_project(tmp_path / "a", GRADUATES, MAJORS, figures=FIGURES,
                               sections={"1-talent/4-employment.md": SECTION}), monkeypatch, "1")
    two = _images(make_project(tmp_path / "b", GRADUATES, MAJORS, figures=FIGURES,
                               sections={"1-talent/4-employment.md": SECTION}), monkeypatch, "2")
    assert two == one and all(png.startswith(b"\x89PNG") and "<svg" in svg for png, svg in two)


def _render_here_only(parent: int):
    def render(job, formats):
        if os.getpid() != parent:
            raise RuntimeError("the child fails")
        return {"svg": f"{job}:{','.join(formats)}".encode()}
    return render


def test_a_failing_child_leaves_its_charts_to_this_process(monkeypatch):
    monkeypatch.setenv("NIANBAO_CHART_WORKERS", "2")
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    jobs = [(f"c{i}", ["svg"]) for i in range(5)]
    images = chart_workers.render_all(jobs, _render_here_only(os.getpid()))
    assert images == [{"svg": f"c{i}:svg".encode()} for i in range(5)]


def test_a_silent_child_is_ended_and_its_charts_rendered_here(monkeypatch):
    monkeypatch.setenv("NIANBAO_CHART_WORKERS", "2")
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(chart_workers, "CHILD_SILENCE_SECONDS", 0.5)
    parent = os.getpid()

    def render(job, formats):
        if os.getpid() != parent:
            import time
            time.sleep(60)  # stuck: the parent must not wait for it
        return {"svg": job.encode()}
    images = chart_workers.render_all([("a", ["svg"]), ("b", ["svg"]), ("c", ["svg"])], render)
    assert images == [{"svg": b"a"}, {"svg": b"b"}, {"svg": b"c"}]


def test_a_process_with_other_threads_does_not_fork(monkeypatch):
    # The web app builds in a background thread of a threaded server: a forked child could
    # inherit a lock held by another thread, so such a build renders its charts itself.
    import threading
    monkeypatch.setenv("NIANBAO_CHART_WORKERS", "2")
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    forks = []
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or pytest.fail("forked beside other threads"))
    images = []
    builder = threading.Thread(target=lambda: images.extend(
        chart_workers.render_all([(f"c{i}", ["svg"]) for i in range(3)], _render_here_only(os.getpid()))))
    builder.start()
    builder.join()
    assert images == [{"svg": f"c{i}:svg".encode()} for i in range(3)] and forks == []


def test_a_lone_main_thread_forks(monkeypatch):
    import threading
    if threading.active_count() != 1:
        pytest.skip("another test left a thread running in this process")
    monkeypatch.setenv("NIANBAO_CHART_WORKERS", "2")
    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    real_fork, forks = os.fork, []
    monkeypatch.setattr(os, "fork", lambda: forks.append(1) or real_fork())
    images = chart_workers.render_all([(f"c{i}", ["svg"]) for i in range(3)], lambda job, formats: {"svg": job.encode()})
    assert images == [{"svg": b"c0"}, {"svg": b"c1"}, {"svg": b"c2"}] and forks == [1]
