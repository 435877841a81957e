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
                                      "service_trend", "job_satisfaction", "cohort_trend", "major_relevance",
                                      "turnover", "alma_mater_satisfaction", "employment_service",
                                      "employer_satisfaction"])
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
    """The matplotlib figure a chart kind draws (before it is saved)."""
    from nianbao.document.charts import KINDS
    spec = indicators.template.charts[chart_id]
    return KINDS[spec["kind"]](indicators, spec)


def test_bars_of_rates_start_at_zero(indicators):
    import matplotlib.pyplot as plt
    for chart_id in ("placement_by_department", "job_satisfaction", "major_relevance", "turnover"):
        fig = _drawn(indicators, chart_id)
        ax = fig.axes[0]
        low = ax.get_ylim()[0] if chart_id == "placement_by_department" else ax.get_xlim()[0]
        plt.close(fig)
        assert low == 0, chart_id


def test_reference_line_is_named_in_the_legend_not_written_on_the_line(indicators):
    import matplotlib.pyplot as plt
    fig = _drawn(indicators, "placement_by_department")
    ax = fig.axes[0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    free_texts = [t.get_text() for t in ax.texts]
    plt.close(fig)
    assert legend == ["全校 90.89%"] and "全校 90.89%" not in free_texts


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
