"""Charts drawn with matplotlib from indicators: PNG at print resolution and SVG for HTML."""
from __future__ import annotations

import io
import warnings
from decimal import Decimal

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402

from ..indicators import IndicatorError, Indicators  # noqa: E402
from .model import Figure  # noqa: E402
from .tables import ordered_members, report_years  # noqa: E402

CJK_FONTS = ["Noto Sans CJK SC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Source Han Sans SC"]
PALETTE = ["#1f5fa8", "#e07b39", "#3a9d5d", "#c23b3b", "#7f5aa2", "#8c6d46", "#4aa3b5"]
PRINT_DPI = 200
WIDTH_IN, HEIGHT_IN = 6.3, 3.4


def configure_fonts() -> str | None:
    """Use the first installed CJK font; None (and a warning) when there is none."""
    installed = {f.name for f in font_manager.fontManager.ttflist}
    found = next((name for name in CJK_FONTS if name in installed), None)
    if found is None:
        warnings.warn("未找到中文字体（Noto Sans CJK SC）：图表中的中文可能显示为方框；请安装 fonts-noto-cjk", stacklevel=2)
    plt.rcParams.update({
        "font.sans-serif": ([found] if found else []) + ["DejaVu Sans"],
        "font.family": "sans-serif",
        "axes.unicode_minus": False,
        "svg.fonttype": "none",
        "svg.hashsalt": "nianbao",
        "axes.spines.top": False,
        "axes.spines.right": False,
    })
    return found


def _render(fig) -> tuple[bytes, str]:
    png, svg = io.BytesIO(), io.StringIO()
    fig.savefig(png, format="png", dpi=PRINT_DPI, bbox_inches="tight", metadata={"Software": None})
    fig.savefig(svg, format="svg", bbox_inches="tight", metadata={"Date": None, "Creator": None})
    plt.close(fig)
    return png.getvalue(), svg.getvalue()


def _float(value) -> float:
    return float(value) if isinstance(value, (int, Decimal)) else 0.0


def require_data(values: list, spec: dict) -> None:
    """An empty roster (or a breakdown with no member) has nothing to draw: say so, do not crash."""
    if not any(_float(v.value) for v in values):
        raise IndicatorError(f"图表“{spec.get('caption', '')}”没有数据，无法作图（{spec['indicator']} 按"
                             f" {spec['dimension']} 的各项都为 0 或为空）；请检查数据文件或已导入的版本是否有数据行")


def pie_chart(ind: Indicators, spec: dict):
    dim, labels = spec["dimension"], spec.get("labels", {})
    members = ordered_members(ind, dim, omit_empty=spec.get("omit_empty", True))
    values = [ind.value(spec["indicator"], {dim: m}) for m in members]
    require_data(values, spec)
    shares = [ind.value("graduate_share", {dim: m}).display for m in members]
    fig, ax = plt.subplots(figsize=(WIDTH_IN, HEIGHT_IN))
    wedges, _ = ax.pie([_float(v.value) for v in values], colors=PALETTE, startangle=90, counterclock=False,
                       wedgeprops={"width": 0.45, "edgecolor": "white"})
    legend = [f"{labels.get(m, m)}  {v.display} 人（{s}）" for m, v, s in zip(members, values, shares)]
    ax.legend(wedges, legend, loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)
    ax.set_aspect("equal")
    return fig


def bar_chart(ind: Indicators, spec: dict):
    dim = spec["dimension"]
    members = ordered_members(ind, dim)
    values = [ind.value(spec["indicator"], {dim: m}) for m in members]
    require_data(values, spec)
    pairs = list(zip(members, values))
    if spec.get("sort") == "desc":
        pairs.sort(key=lambda p: _float(p[1].value), reverse=True)
    fig, ax = plt.subplots(figsize=(WIDTH_IN, HEIGHT_IN))
    bars = ax.bar([m for m, _ in pairs], [_float(v.value) for _, v in pairs], color=PALETTE[0], width=0.55)
    for bar, (_, v) in zip(bars, pairs):
        ax.annotate(v.display, (bar.get_x() + bar.get_width() / 2, bar.get_height()),
                    ha="center", va="bottom", fontsize=9, xytext=(0, 2), textcoords="offset points")
    if spec.get("reference"):
        overall = ind.value(spec["reference"])
        ax.axhline(_float(overall.value), color=PALETTE[1], linestyle="--", linewidth=1)
        ax.text(len(pairs) - 0.5, _float(overall.value), f"全校 {overall.display}", color=PALETTE[1],
                ha="right", va="bottom", fontsize=9)
    lows = [_float(v.value) for _, v in pairs]
    ax.set_ylim(max(0, min(lows) - 15) if lows else 0, 100 if spec["indicator"] != "graduate_count" else None)
    ax.set_ylabel("%")
    return fig


def figure_trend_chart(ind: Indicators, spec: dict):
    years = report_years(ind, spec)
    fig, ax = plt.subplots(figsize=(WIDTH_IN, HEIGHT_IN))
    for i, key in enumerate(spec["items"]):
        values = [ind.value(key, {"year": str(y)}) for y in years]
        ax.plot([str(y) for y in years], [_float(v.value) for v in values], marker="o", color=PALETTE[i],
                label=f"{values[-1].name}（{values[-1].unit}）")
        for y, v in zip(years, values):
            ax.annotate(v.display, (str(y), _float(v.value)), ha="center", va="bottom", fontsize=9,
                        xytext=(0, 4), textcoords="offset points")
    ax.legend(frameon=False)
    return fig


def survey_bar_chart(ind: Indicators, spec: dict):
    overall = ind.value(spec["overall"])
    items = [ind.value(spec["items"], {"group": g}) for g in ind.figure_groups(spec["items"])]
    labels = ["总体"] + [dict(v.breakdown)["group"] for v in items]
    values = [overall] + items
    fig, ax = plt.subplots(figsize=(WIDTH_IN, HEIGHT_IN))
    bars = ax.barh(labels[::-1], [_float(v.value) for v in values][::-1],
                   color=[PALETTE[0]] * len(items) + [PALETTE[1]], height=0.55)
    for bar, v in zip(bars, values[::-1]):
        ax.annotate(v.display, (bar.get_width(), bar.get_y() + bar.get_height() / 2), va="center",
                    fontsize=9, xytext=(3, 0), textcoords="offset points")
    low = min(_float(v.value) for v in values)
    ax.set_xlim(max(0, low - 20), 100)
    ax.set_xlabel("%")
    return fig


KINDS = {"pie": pie_chart, "bar": bar_chart, "figure_trend": figure_trend_chart, "survey_bar": survey_bar_chart}


def chart_source(ind: Indicators, spec: dict) -> str:
    if spec["kind"] in ("pie", "bar"):
        return ind.project.source_label("graduates")
    key = spec["items"][0] if spec["kind"] == "figure_trend" else spec["overall"]
    return ind.value(key).source


def generate_chart(ind: Indicators, chart_id: str, label: str = "") -> Figure:
    spec = ind.template.charts[chart_id]
    fig = KINDS[spec["kind"]](ind, spec)
    png, svg = _render(fig)
    years = report_years(ind, spec)
    caption = spec["caption"].format(year=ind.year, first_year=years[0])
    return Figure(label=label or chart_id, caption=caption, source=chart_source(ind, spec), png=png, svg=svg,
                  spec=chart_id, alt=caption)
