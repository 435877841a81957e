"""`nianbao build --watch`: which files start a rebuild, the rebuild's outputs, and the command."""
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from project_helpers import EXAMPLE
from nianbao import pipeline
from nianbao.watch import is_input

NIANBAO = [sys.executable, "-m", "nianbao.cli"]


@pytest.mark.parametrize("relative, expected", [
    ("sections/1-talent/4-employment.md", True),
    ("data/graduates.csv", True),
    ("report.toml", True),
    ("assets/photos/campus.jpg", True),
    ("out/report.html", False),                # the build's own outputs
    ("out", False),
    (".nianbao/cache/charts/a.svg", False),    # nianbao's cache
    (".git/index", False),
    ("sections/.4-employment.md.swp", False),  # vim
    ("sections/4-employment.md~", False),      # emacs
    ("sections/.#4-employment.md", False),
    ("data/~$graduates.xlsx", False),          # Word / Excel / WPS lock file
    ("data/.~lock.graduates.xlsx#", False),    # LibreOffice
    ("data/graduates.xlsx.crdownload", False),
])
def test_only_the_projects_inputs_start_a_rebuild(tmp_path, relative, expected):
    assert is_input(tmp_path, tmp_path / "out", tmp_path / relative) is expected


def test_a_path_outside_the_project_is_not_an_input(tmp_path):
    assert not is_input(tmp_path / "p", tmp_path / "out", tmp_path / "elsewhere.md")
    assert not is_input(tmp_path / "p", tmp_path / "out", tmp_path / "p")


def test_one_save_is_one_batch_and_outputs_are_ignored(tmp_path):
    project = tmp_path / "p"
    (project / "sections").mkdir(parents=True)
    (project / "out").mkdir()
    stop = threading.Event()
    batches = []

    def edit():
        time.sleep(0.4)  # the watcher is set up meanwhile
        (project / "out" / "report.html").write_text("x", encoding="utf-8")
        (project / "sections" / ".a.md.swp").write_text("x", encoding="utf-8")
        (project / "sections" / "a.md").write_text("本节。", encoding="utf-8")
        (project / "report.toml").write_text("[report]", encoding="utf-8")

    def stop_later():
        time.sleep(5)
        stop.set()  # the test ends even if no event ever arrives

    threading.Thread(target=edit, daemon=True).start()
    threading.Thread(target=stop_later, daemon=True).start()
    for batch in pipeline.project_changes(project, project / "out", stop_event=stop):
        batches.append(batch)
        stop.set()
    assert batches == [["report.toml", "sections/a.md"]]


def test_a_rebuild_in_the_same_process_equals_a_cold_build(tmp_path):
    """What --watch relies on: nothing kept in the process from the first build goes stale."""
    project = tmp_path / "p"
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns(".nianbao"))
    pipeline.build_report(project, tmp_path / "warm", ["html"], check=True)
    figures = project / "data" / "figures.csv"
    figures.write_text(figures.read_text(encoding="utf-8").replace(",人,650,", ",人,651,", 1), encoding="utf-8")
    intro = project / "sections" / "0-preface" / "_intro.md"
    intro.write_text(intro.read_text(encoding="utf-8") + "\n本报告已修订一次。\n", encoding="utf-8")
    pipeline.build_report(project, tmp_path / "warm", ["html"], check=True)

    fresh = tmp_path / "q"  # another path: no cache of the first project can serve it
    shutil.copytree(project, fresh, ignore=shutil.ignore_patterns(".nianbao"))
    pipeline.build_report(fresh, tmp_path / "cold", ["html"], check=True)
    for name in ("report.html", "tables.json"):
        assert (tmp_path / "warm" / name).read_bytes() == (tmp_path / "cold" / name).read_bytes(), name
    assert "本报告已修订一次。" in (tmp_path / "warm" / "report.html").read_text(encoding="utf-8")


def _wait_for(proc, lines: list[str], text: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not any(text in line for line in lines):
        assert proc.poll() is None, "".join(lines)
        assert time.monotonic() < deadline, f"no “{text}” in:\n" + "".join(lines)
        time.sleep(0.05)


def test_watch_rebuilds_on_a_saved_section_and_stops_on_ctrl_c(tmp_path):
    project = tmp_path / "p"
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns(".nianbao"))
    out = tmp_path / "out"
    # Ctrl+C as a terminal delivers it: a test run started in the background by a non-interactive shell
    # (nohup …&, some CI runners) inherits SIGINT ignored, and so would the command without this.
    proc = subprocess.Popen([*NIANBAO, "build", str(project), "-o", str(out), "-f", "html", "--watch"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, encoding="utf-8",
                            env={**os.environ, "COLUMNS": "200"},
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(iter(proc.stdout.readline, "")), daemon=True)
    reader.start()
    try:
        _wait_for(proc, lines, "正在监视项目文件")
        time.sleep(0.3)
        intro = project / "sections" / "0-preface" / "_intro.md"
        intro.write_text(intro.read_text(encoding="utf-8") + "\n监视中追加的一句。\n", encoding="utf-8")
        _wait_for(proc, lines, "用时")
        assert any("检测到修改：sections/0-preface/_intro.md，重新生成" in line for line in lines), "".join(lines)
        assert "监视中追加的一句。" in (out / "report.html").read_text(encoding="utf-8")
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=20) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    reader.join(timeout=5)
    output = "".join(lines)
    assert output.rstrip().endswith("已停止监视。")
    assert "Traceback" not in output


def test_watch_on_a_missing_project_says_so_and_exits(tmp_path):
    proc = subprocess.run([*NIANBAO, "build", str(tmp_path / "none"), "-o", str(tmp_path / "out"), "--watch"],
                          capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
