"""Charts: SVG with real text in the CJK font, PNG (rasterised from it) at print resolution, the look
of issue 14 (axes from zero, labels that do not collide, a colour per category)."""
import re
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest

from project_helpers import EXAMPLE
from nianbao.document.chart_raster import cjk_font_available
from nianbao.document.charts import FONT_PT, PRINT_DPI, KINDS, generate_chart, text_width
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
                                      "service_trend", "job_satisfaction", "cohort_trend", "major_relevance",
                                      "turnover", "alma_mater_satisfaction", "employment_service",
                                      "employer_satisfaction"])
def test_chart_has_cjk_glyphs_and_print_resolution(indicators, chart_id):
    if not cjk_font_available():
        pytest.skip("fonts-noto-cjk is not installed")
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


# The charts of the published report's employment chapter (图 1-9 … 图 1-22 less its photos),
# by the words of their captions, each with its counterpart in the example.
PUBLISHED_EMPLOYMENT_CHARTS = ["毕业生性别结构", "毕业去向", "毕业生规模及毕业去向落实率变化趋势", "专业相关程度",
                               "对工作满意程度的评价", "离职情况分布", "对母校的满意度", "对所学课程的评价",
                               "对任课教师的评价", "对学风建设的评价", "就业教育/服务的评价", "用人单位对"]


def test_every_chart_of_the_published_employment_chapter_has_a_counterpart():
    from nianbao.document.build import build_document
    figures = build_document(open_project(EXAMPLE)).document.figures()
    captions = [f.caption for f in figures if f.chapter == 1 and f.spec]
    missing = [words for words in PUBLISHED_EMPLOYMENT_CHARTS if not any(words in c for c in captions)]
    assert missing == []


def _drawn(indicators, chart_id):
    """The chart a kind draws, with its value axis, legend and plot labels."""
    spec = indicators.template.charts[chart_id]
    return KINDS[spec["kind"]](indicators, spec)


def test_bars_of_rates_start_at_zero_and_shares_end_at_100(indicators):
    for chart_id in ("placement_by_department", "job_satisfaction", "major_relevance", "turnover"):
        low, high = _drawn(indicators, chart_id).value_range
        assert low == 0 and high >= 100, chart_id


def test_reference_line_is_named_in_the_legend_not_written_on_the_line(indicators):
    chart = _drawn(indicators, "placement_by_department")
    assert chart.legend == ["全校 90.89%"] and "全校 90.89%" not in chart.texts


def _text_boxes(svg: str):
    """(x0, y0, x1, y1, text) of every <text>, its width estimated as the writer measures it."""
    root = ET.fromstring(svg)
    default = float(root.get("font-size"))
    boxes = []
    for el in root.iter("{http://www.w3.org/2000/svg}text"):
        size, x, y = float(el.get("font-size", default)), float(el.get("x")), float(el.get("y"))
        w = text_width(el.text, size)
        x0 = {"start": x, "middle": x - w / 2, "end": x - w}[el.get("text-anchor")]
        boxes.append((x0, y - 0.88 * size, x0 + w, y + 0.12 * size, el.text))
    return root, boxes


@pytest.mark.parametrize("chart_id", ["gender_structure", "destination_distribution", "placement_by_department",
                                      "service_trend", "job_satisfaction", "cohort_trend", "major_relevance",
                                      "turnover", "alma_mater_satisfaction", "employment_service",
                                      "employer_satisfaction"])
def test_no_label_overlaps_another_or_leaves_the_chart(indicators, chart_id):
    root, boxes = _text_boxes(_drawn(indicators, chart_id).svg)
    width, height = (float(v) for v in root.get("viewBox").split()[2:])
    for i, (x0, y0, x1, y1, text) in enumerate(boxes):
        assert 0 <= x0 and x1 <= width and 0 <= y0 and y1 <= height, text
        for a0, b0, a1, b1, other in boxes[i + 1:]:
            assert x1 <= a0 or a1 <= x0 or y1 <= b0 or b1 <= y0, (text, other)


def test_long_category_names_are_wrapped_and_shrunk_not_overlapping():
    """Eight departments with long names under bars: wrapped and shrunk within their slots."""
    from nianbao.document.charts import bar_chart
    from types import SimpleNamespace
    names = [f"智能制造与工业机器人技术{i}系" for i in range(8)]
    values = {n: SimpleNamespace(value=80 + i, display=f"{80 + i}.00%", unit="%", indicator="r")
              for i, n in enumerate(names)}
    ind = SimpleNamespace(template=SimpleNamespace(chart_style={}), value=lambda key, where: values[where["d"]])
    import nianbao.document.charts as charts
    original = charts.ordered_members
    charts.ordered_members = lambda ind, dim, **kw: names
    try:
        svg = bar_chart(ind, {"dimension": "d", "indicator": "r"}).svg
    finally:
        charts.ordered_members = original
    _, boxes = _text_boxes(svg)
    for i, (x0, y0, x1, y1, text) in enumerate(boxes):
        for a0, b0, a1, b1, other in boxes[i + 1:]:
            assert x1 <= a0 or a1 <= x0 or y1 <= b0 or b1 <= y0, (text, other)
    assert "技术7系</text>" in svg and "智能制造与工业机器人技术7系" not in svg  # wrapped, the whole name kept


def test_same_data_same_bytes(indicators):
    first = generate_chart(indicators, "cohort_trend")
    again = generate_chart(indicators, "cohort_trend")
    assert (first.svg, first.png) == (again.svg, again.png)


def test_charts_use_the_report_font_and_no_matplotlib():
    code = ("import sys; from nianbao.document.charts import generate_chart; from nianbao.indicators import Indicators;"
            f"from nianbao.project import open_project; f = generate_chart(Indicators(open_project({str(EXAMPLE)!r})),"
            " 'gender_structure'); print('matplotlib' in sys.modules, len(f.png) > 1000)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["False", "True"]


def test_a_category_keeps_its_colour_whatever_the_order(indicators):
    from nianbao.document.charts import colour_for
    assert colour_for(indicators, "女", 0) == colour_for(indicators, "女", 1) == "#e07b39"
    assert colour_for(indicators, "男", 1) == "#1f5fa8"


def test_turnover_chart_splits_each_whole_into_stayed_and_left(indicators):
    svg = generate_chart(indicators, "turnover").svg
    for shown in ("32.14%", "67.86%", "78.26%", "21.74%", "未离职", "离职"):
        assert shown in svg, shown


def test_cohort_trend_takes_earlier_cohorts_from_entered_figures(tmp_path):
    import shutil
    project = tmp_path / "p"
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns(".nianbao", "out"))
    with (project / "data" / "figures.csv").open("a", encoding="utf-8") as fh:
        fh.write("cohort_graduate_count,毕业生人数,,2024,人,3105,测试数据\n"
                 "cohort_placement_rate,毕业去向落实率,,2024,%,88.12,测试数据\n")
    svg = generate_chart(Indicators(open_project(project)), "cohort_trend").svg
    for shown in ("2024 届", "3105", "88.12%", "2025 届", "3337", "90.89%"):
        assert shown in svg, shown
