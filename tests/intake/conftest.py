import shutil
from pathlib import Path

import pytest

from intake_helpers import EXAMPLE


@pytest.fixture
def project_dir(tmp_path) -> Path:
    """A copy of the example project (report.toml, data/, sections/)."""
    dest = tmp_path / "proj"
    shutil.copytree(EXAMPLE, dest, ignore=shutil.ignore_patterns("out", ".nianbao"))
    return dest


@pytest.fixture
def project(project_dir):
    from nianbao.project import open_project
    return open_project(project_dir)
