"""Charts: drawn with a CJK font (no boxes), PNG at print resolution, SVG with real text."""
import struct
import warnings

import pytest

from project_helpers import EXAMPLE
from nianbao.document.charts import PRINT_DPI, configure_fonts, generate_chart
from nianbao.indicators import Indicators
from nianbao.project import open_project


@pytest.fixture(scope="module")
def indicators():
    return Indicators(open_project(EXAMPLE))


def png_dpi(png: bytes) -> float:
    at = png.find(b"pHYs")
    per_metre = struct.unpack(">I", png[at + 4:at + 8])[0]
    return per_metre * 0.0254


@pytest.mark.parametrize("chart_id", ["gender_structure", "destination_distribution", "placement_by_department",
                                      "service_trend", "job_satisfaction"])
def test_chart_has_cjk_glyphs_and_print_resolution(indicators, chart_id):
    if configure_fonts() is None:
        pytest.skip("fonts-noto-cjk is not installed")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # matplotlib warns "Glyph … missing from font(s)" for boxes
        figure = generate_chart(indicators, chart_id)
    assert figure.png.startswith(b"\x89PNG") and round(png_dpi(figure.png)) == PRINT_DPI
    assert "Noto Sans CJK SC" in figure.svg
    assert figure.source


def test_gender_chart_shows_counts_and_shares(indicators):
    svg = generate_chart(indicators, "gender_structure").svg
    assert "男生  2385 人（71.47%）" in svg and "女生  952 人（28.53%）" in svg


def test_placement_chart_marks_the_college_rate(indicators):
    svg = generate_chart(indicators, "placement_by_department").svg
    assert "全校 90.89%" in svg and "94.25%" in svg
