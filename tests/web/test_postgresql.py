"""The web tests again on PostgreSQL (CI starts it and names it in NIANBAO_TEST_DATABASE): the
Django test-client tests and the browser flow, in a second pytest process because Django's
database is chosen once per process."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from web_databases import ON_POSTGRES, POSTGRES_URL

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(ON_POSTGRES, reason="this run is the PostgreSQL run")
@pytest.mark.skipif(not POSTGRES_URL, reason="NIANBAO_TEST_DATABASE 未设置（.ci/run 启动 PostgreSQL 并设置它）")
def test_web_suite_on_postgresql():
    env = {**os.environ, "NIANBAO_WEB_TEST_DB": "postgresql"}
    run = subprocess.run([sys.executable, "-m", "pytest", "tests/visual/test_workspace.py", "tests/web", "-q",
                          "-p", "no:cacheprovider", "-x"], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=1800)
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
    summary = run.stdout.strip().splitlines()[-1]
    skipped = re.search(r"(\d+) skipped", summary)
    assert " passed" in summary and (not skipped or skipped.group(1) == "1"), summary  # only this test skips
