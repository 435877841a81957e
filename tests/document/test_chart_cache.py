"""The chart cache: a text edit redraws nothing, a data change redraws the chart it feeds, a style
change redraws all; images only in the formats asked for; the cache never reaches the outputs."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nianbao.document import chart_cache
from nianbao.document.build import build_document
from nianbao.document.chart_cache import CACHE_DIR, image_formats
from nianbao.document.model import Paragraph
from nianbao.pipeline import build_report
from nianbao.project import open_project
from project_helpers import EXAMPLE, REPO

CHARTS = 8  # the example's charts: gender_structure … study_climate


@pytest.fixture
def project(tmp_path) -> Path:
    root = tmp_path / "p"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns(".nianbao"))
    return root


def _build(root: Path, formats=("html",)):
    return build_document(open_project(root), formats=formats)


def _svgs(result) -> dict[str, str]:
    return {f.label: f.svg for f in result.document.figures()}


def test_text_edit_redraws_nothing(project):
    first = _build(project)
    assert first.charts.drawn == CHARTS and first.charts.reused == 0
    section = project / "sections" / "1-talent" / "4-employment.md"
    section.write_text(section.read_text(encoding="utf-8").replace("截至 2025 年 8 月 31 日", "截至 2025 年 9 月 1 日"),
                       encoding="utf-8")
    second = _build(project)
    assert second.charts.drawn == 0 and second.charts.reused == CHARTS
    assert _svgs(second) == _svgs(first)
    assert any("截至 2025 年 9 月 1 日" in b.text for _, b in second.document.walk_blocks() if isinstance(b, Paragraph))


def test_data_change_redraws_that_chart_only(project):
    _build(project)
    survey = project / "data" / "survey.csv"
    survey.write_text(survey.read_text(encoding="utf-8").replace("教学态度,95.84", "教学态度,93.21"), encoding="utf-8")
    result = _build(project)
    assert result.charts.drawn_ids == ["teacher_evaluation"] and result.charts.reused == CHARTS - 1
    assert "93.21%" in _svgs(result)["teacher_evaluation"]


def test_style_change_redraws_every_chart(project, monkeypatch):
    _build(project)
    monkeypatch.setattr(chart_cache, "style_key", lambda: "another style")
    assert _build(project).charts.drawn == CHARTS


def test_only_the_formats_the_outputs_need(project):
    assert image_formats(["html"]) == {"svg"} and image_formats(["pdf"]) == {"svg"}
    assert image_formats(["docx"]) == {"png"} and image_formats(["html", "docx", "pdf"]) == {"svg", "png"}
    html = _build(project, ("html",))
    assert all(f.svg.lstrip().startswith("<?xml") and f.png == b"" for f in html.document.figures())
    docx = _build(project, ("docx",))  # SVGs cached, PNGs drawn now
    assert docx.charts.drawn == CHARTS
    assert all(f.png.startswith(b"\x89PNG") and f.svg == "" for f in docx.document.figures())
    both = _build(project, ("html", "docx"))
    assert both.charts.drawn == 0 and all(f.png and f.svg for f in both.document.figures())


def test_cache_is_not_in_the_outputs(project, tmp_path):
    out = tmp_path / "out"
    build_report(project, out, ["html", "docx"])
    assert sorted(p.name for p in out.iterdir()) == ["report.docx", "report.html", "tables.json"]
    cache = project / CACHE_DIR
    assert len(list(cache.glob("*.json"))) == CHARTS
    assert ".nianbao/" in (EXAMPLE / ".gitignore").read_text(encoding="utf-8").split()


def test_rebuild_does_not_import_matplotlib(project):
    _build(project)
    code = ("import sys; from nianbao.document.build import build_document; from nianbao.project import open_project;"
            f"r = build_document(open_project({str(project)!r}), formats=('html',));"
            "print(r.charts.drawn, 'matplotlib' in sys.modules)")
    env = {"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["0", "False"]


def test_crafted_cache_entry_cannot_call_anything_else(project):
    _build(project)
    entry = next((project / CACHE_DIR).glob("*.json"))
    record = json.loads(entry.read_text(encoding="utf-8"))
    record["reads"].insert(0, [["project", "root", "rmdir"], [], {"dict": []}, "0"])
    entry.write_text(json.dumps(record), encoding="utf-8")
    result = _build(project)
    assert result.charts.drawn == 1 and project.is_dir()  # the entry was refused and its chart drawn again


def test_unwritable_cache_still_builds(project):
    (project / ".nianbao").mkdir()
    (project / ".nianbao" / "cache").write_text("not a directory", encoding="utf-8")
    result = _build(project)
    assert result.charts.drawn == CHARTS and all(f.svg for f in result.document.figures())
    assert any("图表缓存无法写入" in w for w in result.warnings)
