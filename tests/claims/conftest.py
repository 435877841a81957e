"""The example project built once; sentences read against its data."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from nianbao.claims import project_claims
from nianbao.claims.units import TextUnit
from nianbao.document.model import Location
from nianbao.text import normalize

sys.path.insert(0, str(Path(__file__).parent))
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "tianjin-polytechnic-2025"


@pytest.fixture(scope="session")
def example():
    from nianbao.document.build import build_document
    from nianbao.project import open_project
    project = open_project(EXAMPLE)
    return project, build_document(project)


@pytest.fixture(scope="session")
def read(example):
    """read("sentence", ...) -> the ClaimRecords of those sentences (line = position + 1)."""
    project, result = example

    def run(*sentences):
        units = [TextUnit(normalize(s), Location("t.md", i + 1), "", i) for i, s in enumerate(sentences)]
        return project_claims(project, result, units)
    return run
