"""kill -9 during an import leaves the previous version in force; the next import works."""
import os
import signal
import subprocess
import sys
import time

import pytest

from nianbao.indicators import Indicators
from nianbao.intake import store
from nianbao.project import open_project

from intake_helpers import GRADUATE_HEADER, graduate, write_csv


def start_import(project_dir, path, stage, marker):
    env = dict(os.environ, **{store.HOOK_ENV: f"{stage}:{marker}"})
    return subprocess.Popen([sys.executable, "-m", "nianbao.cli", "data", "import", str(project_dir), "graduates",
                             str(path)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_for(marker, proc, timeout=30):
    deadline = time.monotonic() + timeout
    while not marker.exists():
        if proc.poll() is not None:
            raise AssertionError(f"import ended early: {proc.stderr.read().decode()}")
        if time.monotonic() > deadline:
            proc.kill()
            raise AssertionError("import never reached the hook")
        time.sleep(0.05)


@pytest.mark.parametrize("stage", ["copied", "versioned"])
def test_kill_9_mid_import_keeps_previous_version(project_dir, tmp_path, stage):
    first = write_csv(tmp_path / "first.csv", [GRADUATE_HEADER] + [graduate(i) for i in range(3)])
    from nianbao.intake import import_file
    assert import_file(open_project(project_dir), "graduates", first).version.name == "v0001"

    second = write_csv(tmp_path / "second.csv", [GRADUATE_HEADER] + [graduate(i) for i in range(5)])
    marker = tmp_path / "marker"
    proc = start_import(project_dir, second, stage, marker)
    wait_for(marker, proc)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL

    assert store.current_name(project_dir, "graduates") == "v0001"
    assert Indicators(open_project(project_dir)).value("graduate_count").display == "3"

    third = write_csv(tmp_path / "third.csv", [GRADUATE_HEADER] + [graduate(i) for i in range(7)])
    version = import_file(open_project(project_dir), "graduates", third).version
    assert version.current and version.name == ("v0002" if stage == "copied" else "v0003")
    assert Indicators(open_project(project_dir)).value("graduate_count").display == "7"
    assert not list(store.kind_dir(project_dir, "graduates").glob(".tmp-*"))
