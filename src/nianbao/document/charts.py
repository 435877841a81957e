"""Charts drawn with matplotlib from indicators: PNG at print resolution (DOCX) and SVG (HTML, PDF).

Only chart_cache.py imports this module, and only when a chart has to be drawn."""
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
# Defaults; a template's charts.toml [style] names its own palette and the fixed colour of each category.
PALETTE = ["#1f5fa8", "#e07b39", "#3a9d5d", "#c23b3b", "#7f5aa2", "#8c6d46", "#4aa3b5"]
REST_COLOUR = "#d5dbe3"  # the remainder of a share (not satisfied, left the job): quiet grey
INK, MUTED = "#1d1d1f", "#5b6270"
PRINT_DPI = 200
# Printed at natural size (14.2 cm, inside the text width); 10.5 pt text reads like the body text on
# paper and stays legible when the SVG is scaled to a 390 px phone screen.
WIDTH_IN, HEIGHT_IN = 5.6, 3.0
FONT_PT = 10.5


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
        "font.size": FONT_PT,
        "axes.labelsize": FONT_PT,
        "xtick.labelsize": FONT_PT,
        "ytick.labelsize": FONT_PT,
        "legend.fontsize": FONT_PT,
        "axes.edgecolor": MUTED,
        "xtick.color": INK,
        "ytick.color": INK,
        "axes.labelcolor": INK,
    })
    return found


def render(fig, formats) -> dict[str, bytes]:
    """The figure in each format ("png" at print resolution, "svg"), each drawn once, then closed.

    The tight bounding box (the figure cropped to what is drawn) is worked out in one layout pass
    and handed to every savefig: `bbox_inches="tight"` lays the figure out again per format.
    """
    if not formats:
        plt.close(fig)
        return {}
    fig.draw_without_rendering()
    bbox = fig.get_tightbbox(fig.canvas.get_renderer()).padded(plt.rcParams["savefig.pad_inches"])
    images = {}
    for fmt in formats:
        buffer = io.BytesIO()
        if fmt == "png":
            fig.savefig(buffer, format="png", dpi=PRINT_DPI, bbox_inches=bbox, metadata={"Software": None})
        else:
            fig.savefig(buffer, format="svg", bbox_inches=bbox, metadata={"Date": None, "Creator": None})
        images[fmt] = buffer.getvalue()
    plt.close(fig)
    return images


def _float(value) -> float:
    return float(value) if isinstance(value, (int, Decimal)) else 0.0


def require_data(values: list, spec: dict) -> None:
    """An empty roster (or a breakdown with no member) has nothing to draw: say so, do not crash."""
    if not any(_float(v.value) for v in values):
        raise IndicatorError(f"图表“{spec.get('caption', '')}”没有数据，无法作图（{spec['indicator']} 按"
                             f" {spec['dimension']} 的各项都为 0 或为空）；请检查数据文件或已导入的版本是否有数据行")


def _style(ind: Indicators) -> dict:
    return getattr(ind.template, "chart_style", None) or {}


def colour_for(ind: Indicators, category: str, index: int) -> str:
    """A category keeps its colour in every chart (女 is always the same orange, whatever the row order);
    categories without a fixed colour take the palette in order."""
    style = _style(ind)
    fixed = style.get("colours", {})
    if category in fixed:
        return fixed[category]
    palette = style.get("palette") or PALETTE
    return palette[index % len(palette)]


def _accent(ind: Indicators, role: str) -> str:
    """The palette's colours by role: "main" for bars, "overall" for the school-wide value."""
    palette = _style(ind).get("palette") or PALETTE
    return palette[0] if role == "main" else palette[1]


def _label(ax, text: str, xy, *, horizontal: bool = False, colour: str = INK) -> None:
    offset = (4, 0) if horizontal else (0, 6)
    ax.annotate(text, xy, ha="left" if horizontal else "center", va="center" if horizontal else "bottom",
                xytext=offset, textcoords="offset points", color=colour)


def _percent_axis(ax, axis: str = "y") -> None:
    """Shares and rates start at zero and end at 100 %: small gaps are not exaggerated."""
    (ax.set_ylim if axis == "y" else ax.set_xlim)(0, 100)
    ticks = [0, 20, 40, 60, 80, 100]
    (ax.set_yticks if axis == "y" else ax.set_xticks)(ticks, [f"{t}%" for t in ticks])


def _wrap(label: str, count: int) -> str:
    """Category names under bars: long ones on two lines rather than slanted or overlapping."""
    limit = 8 if count <= 3 else 5 if count <= 6 else 3
    if len(label) <= limit:
        return label
    half = (len(label) + 1) // 2
    return label[:half] + "\n" + label[half:]


def pie_chart(ind: Indicators, spec: dict):
    dim, labels = spec["dimension"], spec.get("labels", {})
    members = ordered_members(ind, dim, omit_empty=spec.get("omit_empty", True))
    values = [ind.value(spec["indicator"], {dim: m}) for m in members]
    require_data(values, spec)
    shares = [ind.value("graduate_share", {dim: m}).display for m in members]
    fig, ax = plt.subplots(figsize=(WIDTH_IN, HEIGHT_IN))
    colours = [colour_for(ind, m, i) for i, m in enumerate(members)]
    wedges, _ = ax.pie([_float(v.value) for v in values], colors=colours, startangle=90, counterclock=False,
                       wedgeprops={"width": 0.42, "edgecolor": "white", "linewidth": 1.5})
    legend = [f"{labels.get(m, m)}  {v.display} 人（{s}）" for m, v, s in zip(members, values, shares)]
    ax.legend(wedges, legend, loc="center left", bbox_to_anchor=(0.98, 0.5), frameon=False,
              handlelength=1.0, handleheight=1.0, labelspacing=0.6)
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
    bars = ax.bar(range(len(pairs)), [_float(v.value) for _, v in pairs], color=_accent(ind, "main"), width=0.6)
    ax.set_xticks(range(len(pairs)), [_wrap(m, len(pairs)) for m, _ in pairs])
    is_percent = values[0].unit == "%"
    for bar, (_, v) in zip(bars, pairs):
        # Inside the bar near its foot: no reference line or neighbouring label can cross it.
        ax.annotate(v.display, (bar.get_x() + bar.get_width() / 2, 0), xytext=(0, 5), textcoords="offset points",
                    ha="center", va="bottom", color="white", fontsize=FONT_PT * (0.9 if len(pairs) > 6 else 1))
    if is_percent:
        _percent_axis(ax)
    if spec.get("reference"):
        # The school-wide value is a line named in the legend, never a label on the line.
        overall = ind.value(spec["reference"])
        ax.axhline(_float(overall.value), color=_accent(ind, "overall"), linestyle="--", linewidth=1.4,
                   label=f"全校 {overall.display}")
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False)
    return fig


def cohort_trend_chart(ind: Indicators, spec: dict):
    """Graduates per cohort (bars, left axis) and their placement rate (line, right axis): the
    report year from the roster, earlier cohorts from entered figures."""
    cohorts = []
    for year in report_years(ind, spec):
        if year == ind.year:
            cohorts.append((year, ind.value(spec["count"]), ind.value(spec["rate"])))
        elif year in ind.figure_years(spec["past_count"]) and year in ind.figure_years(spec["past_rate"]):
            cohorts.append((year, ind.value(spec["past_count"], {"year": str(year)}),
                            ind.value(spec["past_rate"], {"year": str(year)})))
    labels = [f"{y} 届" for y, _, _ in cohorts]
    fig, ax = plt.subplots(figsize=(WIDTH_IN, HEIGHT_IN))
    counts = [_float(c.value) for _, c, _ in cohorts]
    bars = ax.bar(labels, counts, color=_accent(ind, "main"), width=0.45, label="毕业生人数（人）")
    for bar, (_, c, _) in zip(bars, cohorts):
        ax.annotate(c.display, (bar.get_x() + bar.get_width() / 2, bar.get_height() / 2), ha="center",
                    va="center", color="white")
    # A cohort of 0 graduates still needs a non-empty axis.
    ax.set_ylim(0, max(counts) * 1.25 if counts and max(counts) > 0 else 1)
    ax.set_ylabel("人")
    rate_ax = ax.twinx()
    rate_ax.spines["right"].set_visible(True)
    rates = [_float(r.value) for _, _, r in cohorts]
    rate_ax.plot(labels, rates, color=_accent(ind, "overall"), marker="o", linewidth=2, label="毕业去向落实率")
    for label, (_, _, r) in zip(labels, cohorts):
        _label(rate_ax, r.display, (label, _float(r.value)), colour=_accent(ind, "overall"))
    _percent_axis(rate_ax)
    rate_ax.set_ylim(0, 112)
    handles = ax.get_legend_handles_labels()[0] + rate_ax.get_legend_handles_labels()[0]
    ax.legend(handles, [h.get_label() for h in handles], loc="lower center", bbox_to_anchor=(0.5, 1.0),
              frameon=False, ncols=2)
    ax.set_xlim(-0.6, max(len(labels), 3) - 0.4)  # one cohort alone is not a full-width bar
    return fig


def figure_trend_chart(ind: Indicators, spec: dict):
    years = report_years(ind, spec)
    fig, ax = plt.subplots(figsize=(WIDTH_IN, HEIGHT_IN))
    for i, key in enumerate(spec["items"]):
        values = [ind.value(key, {"year": str(y)}) for y in years]
        colour = colour_for(ind, values[-1].name, i)
        ax.plot([str(y) for y in years], [_float(v.value) for v in values], marker="o", color=colour,
                label=f"{values[-1].name}（{values[-1].unit}）")
        for y, v in zip(years, values):
            _label(ax, v.display, (str(y), _float(v.value)), colour=colour)
    ax.set_ylim(0, max(ax.get_ylim()[1], 1) * 1.12)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False, ncols=2)
    return fig


def _survey_values(ind: Indicators, spec: dict) -> tuple[list[str], list]:
    labels, values = [], []
    if spec.get("overall"):
        labels.append(spec.get("overall_label", "总体"))
        values.append(ind.value(spec["overall"]))
    for group in ind.figure_groups(spec["items"]):
        labels.append(group)
        values.append(ind.value(spec["items"], {"group": group}))
    return labels, values


def _fit_height(rows: int) -> float:
    return max(1.6, min(HEIGHT_IN + 1.2, 0.5 * rows + 0.7))


def survey_bar_chart(ind: Indicators, spec: dict):
    labels, values = _survey_values(ind, spec)
    fig, ax = plt.subplots(figsize=(WIDTH_IN, _fit_height(len(values))))
    colours = [_accent(ind, "overall") if spec.get("overall") and i == 0 else _accent(ind, "main")
               for i in range(len(values))]
    bars = ax.barh(labels[::-1], [_float(v.value) for v in values][::-1], color=colours[::-1], height=0.55)
    for bar, v in zip(bars, values[::-1]):
        _label(ax, v.display, (bar.get_width(), bar.get_y() + bar.get_height() / 2), horizontal=True)
    _percent_axis(ax, "x")
    ax.set_xlim(0, 114)
    return fig


def split_bar_chart(ind: Indicators, spec: dict):
    """Each bar is one whole (100 %) split in two parts, e.g. 未离职 / 离职: the overall figure may be
    entered as one part and the groups' figures as the other."""
    first, second = spec["parts"]
    rows = []
    if spec.get("overall"):
        v = ind.value(spec["overall"])
        rows.append((spec.get("overall_label", "总体"), v, spec.get("overall_part", first)))
    for group in ind.figure_groups(spec["items"]):
        rows.append((group, ind.value(spec["items"], {"group": group}), spec.get("items_part", first)))
    fig, ax = plt.subplots(figsize=(WIDTH_IN, _fit_height(len(rows)) + 0.3))
    colours = (_accent(ind, "main"), REST_COLOUR)
    for y, (label, v, part) in enumerate(reversed(rows)):
        _require_value(v, spec)
        entered = Decimal(v.value)
        shares = (entered, 100 - entered) if part == first else (100 - entered, entered)
        left = 0.0
        for share, colour, name in zip(shares, colours, (first, second)):
            ax.barh(y, float(share), left=left, color=colour, height=0.55, label=name if y == 0 else None)
            if share >= 8:
                ax.text(left + float(share) / 2, y, f"{share}%", ha="center", va="center",
                        color="white" if colour != REST_COLOUR else INK)
            left += float(share)
    ax.set_yticks(range(len(rows)), [r[0] for r in reversed(rows)])
    _percent_axis(ax, "x")
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False, ncols=2)
    return fig


def _require_value(v, spec: dict) -> None:
    if v.value is None:
        raise IndicatorError(f"图表“{spec.get('caption', '')}”缺少数据：指标 {v.indicator} 没有数值；"
                             "请检查录入的数据文件")


def share_ring_chart(ind: Indicators, spec: dict):
    """One share as a ring (satisfied vs the rest), the figure written in its centre."""
    v = ind.value(spec["indicator"])
    _require_value(v, spec)
    share = float(v.value)
    fig, ax = plt.subplots(figsize=(WIDTH_IN, 2.6))
    parts = [share, max(0.0, 100 - share)]
    ax.pie(parts, colors=[_accent(ind, "main"), REST_COLOUR], startangle=90, counterclock=False,
           wedgeprops={"width": 0.28, "edgecolor": "white", "linewidth": 1})
    ax.text(0, 0.08, v.display, ha="center", va="center", fontsize=FONT_PT * 1.7, fontweight="bold", color=INK)
    ax.text(0, -0.28, spec.get("label", "满意"), ha="center", va="center", color=MUTED)
    ax.set_aspect("equal")
    return fig


KINDS = {"pie": pie_chart, "bar": bar_chart, "figure_trend": figure_trend_chart, "survey_bar": survey_bar_chart,
         "cohort_trend": cohort_trend_chart, "split_bar": split_bar_chart, "share_ring": share_ring_chart}


def generate_chart(ind: Indicators, chart_id: str, label: str = "") -> Figure:
    """One chart in both formats, drawn now (a build goes through chart_cache.ChartCache)."""
    from .chart_cache import ChartCache
    cache = ChartCache(None, {"png", "svg"})
    figure = cache.figure(ind, chart_id, label)
    cache.finish()
    return figure
