"""The chart cache: a text edit redraws nothing, a data change redraws the chart it feeds, a style
change redraws all; images only in the formats asked for; the cache never reaches the outputs."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from nianbao import sealed
from nianbao.document import chart_cache
from nianbao.document.build import build_document
from nianbao.document.chart_cache import CACHE_DIR, image_formats
from nianbao.document.model import Paragraph
from nianbao.pipeline import build_report
from nianbao.project import open_project
from project_helpers import EXAMPLE, REPO, make_project

CHARTS = 2
MAJORS = [["460301", "机电一体化技术", "机械工程系", "2006"]]
GRADUATES = [["男", "汉族", "河北省", "机械工程系", "机电一体化技术", "签就业协议形式就业"]] * 5 + \
    [["女", "回族", "天津市", "机械工程系", "机电一体化技术", "境内升学"]] * 3
FIGURES = [[key, name, "", str(year), "万元", value, "平台"]
           for key, name, values in (("horizontal_service_income", "横向技术服务到款额", ("2.57", "5", "36.36")),
                                     ("training_income", "培训到账经费", ("28.09", "37.25", "44.02")))
           for year, value in zip((2023, 2024, 2025), values)]
SECTION = ("毕业生性别构成见{ref}`gender_structure`，截至 8 月底的统计。\n\n```{chart} gender_structure\n```\n\n"
           "到账经费见{ref}`service_trend`。\n\n```{chart} service_trend\n```\n")


@pytest.fixture
def project(tmp_path) -> Path:
    return make_project(tmp_path / "p", GRADUATES, MAJORS, figures=FIGURES,
                        sections={"1-talent/4-employment.md": SECTION})


def _build(root: Path, formats=("html",)):
    return build_document(open_project(root), formats=formats)


def _svgs(result) -> dict[str, str]:
    return {f.label: f.svg for f in result.document.figures()}


def test_text_edit_redraws_nothing(project):
    first = _build(project)
    assert first.charts.drawn == CHARTS and first.charts.reused == 0
    section = project / "sections" / "1-talent" / "4-employment.md"
    section.write_text(section.read_text(encoding="utf-8").replace("截至 8 月底", "截至 9 月初"), encoding="utf-8")
    second = _build(project)
    assert second.charts.drawn == 0 and second.charts.reused == CHARTS
    assert _svgs(second) == _svgs(first)
    assert any("截至 9 月初" in b.text for _, b in second.document.walk_blocks() if isinstance(b, Paragraph))


def test_data_change_redraws_that_chart_only(project):
    _build(project)
    figures = project / "data" / "figures.csv"
    figures.write_text(figures.read_text(encoding="utf-8").replace(",44.02,", ",45.10,"), encoding="utf-8")
    result = _build(project)
    assert result.charts.drawn_ids == ["service_trend"] and result.charts.reused == CHARTS - 1
    assert "45.10" in _svgs(result)["service_trend"] and "44.02" not in _svgs(result)["service_trend"]


def test_style_change_redraws_every_chart(project, monkeypatch):
    _build(project)
    monkeypatch.setattr(chart_cache, "style_key", lambda: "another style")
    assert _build(project).charts.drawn == CHARTS


def test_only_the_formats_the_outputs_need(project):
    assert image_formats(["html"]) == {"svg"} and image_formats(["pdf"]) == {"svg"}
    assert image_formats(["docx"]) == {"png"} and image_formats(["html", "docx", "pdf"]) == {"svg", "png"}
    html = _build(project, ("html",))
    assert all(f.svg.startswith("<svg ") and f.png == b"" for f in html.document.figures())
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


def test_example_rebuild_after_a_text_edit_draws_nothing(tmp_path):
    root = tmp_path / "example"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns(".nianbao"))
    first = _build(root)
    charts = len(first.document.figures())
    assert first.charts.drawn == charts >= 8
    intro = root / "sections" / "0-preface" / "_intro.md"
    intro.write_text(intro.read_text(encoding="utf-8") + "\n本报告另附数据说明。\n", encoding="utf-8")
    again = _build(root)
    assert (again.charts.drawn, again.charts.reused) == (0, charts) and _svgs(again) == _svgs(first)


def test_rebuild_does_not_import_matplotlib(project):
    _build(project)
    code = ("import sys; from nianbao.document.build import build_document; from nianbao.project import open_project;"
            f"r = build_document(open_project({str(project)!r}), formats=('html',));"
            "print(r.charts.drawn, 'matplotlib' in sys.modules)")
    env = {"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.split() == ["0", "False"]


@pytest.mark.parametrize("sealed_by_us", [False, True])
def test_crafted_cache_entry_cannot_call_anything_else(project, sealed_by_us):
    _build(project)
    entry = next((project / CACHE_DIR).glob("*.json"))
    mac, _, payload = entry.read_bytes().partition(b"\n")
    record = json.loads(payload)
    record["reads"].insert(0, [["project", "root", "rmdir"], [], {"dict": []}, "0"])
    payload = json.dumps(record).encode()
    # Edited in place (the seal no longer matches), or even sealed with this user's key: refused either way.
    entry.write_bytes(sealed.seal(sealed.user_key(), payload) if sealed_by_us else mac + b"\n" + payload)
    result = _build(project)
    assert result.charts.drawn == 1 and project.is_dir()  # the entry was refused and its chart drawn again


def test_swapped_image_or_foreign_cache_is_not_used(project, tmp_path, monkeypatch):
    first = _build(project)
    svg = next((project / CACHE_DIR).glob("*.svg"))
    svg.write_text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', encoding="utf-8")
    again = _build(project)  # the image no longer has the SHA-256 its sealed entry names: drawn again
    assert again.charts.drawn == 1 and _svgs(again) == _svgs(first)
    assert all("<script" not in s for s in _svgs(again).values())
    monkeypatch.setenv(sealed.KEY_ENV, str(tmp_path / "someone-else"))  # the project folder in other hands
    assert _build(project).charts.drawn == CHARTS


def test_unwritable_cache_still_builds(project):
    (project / ".nianbao").mkdir()
    (project / ".nianbao" / "cache").write_text("not a directory", encoding="utf-8")
    result = _build(project)
    assert result.charts.drawn == CHARTS and all(f.svg for f in result.document.figures())
    assert any("图表缓存无法写入" in w for w in result.warnings)
