"""Shared fixtures: the example project built once."""
from __future__ import annotations

import json

import pytest

from nianbao.pipeline import build_report
from project_helpers import EXAMPLE


@pytest.fixture(scope="session")
def example_html_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("example-html")
    outputs = build_report(EXAMPLE, out, ["html"])
    return outputs


@pytest.fixture(scope="session")
def example_tables(example_html_build):
    data = json.loads(example_html_build.files["tables"].read_text(encoding="utf-8"))
    return {t["number"]: t for t in data}
