"""Charts written as SVG straight from the chart descriptions (charts.toml) and the indicators.

One module draws every kind; the SVG serves HTML (inline) and PDF (Typst takes SVG), and the PNG
that DOCX needs is rasterised from the same SVG (chart_raster.py). The look, whatever the kind:
value axes start at zero (shares end at 100 %), a category keeps its colour in every chart, text
is 10.5 pt in the report's CJK sans font (legible when the chart is scaled to a 390 px phone), and
no label overlaps another: widths are estimated per character, CJK counted as a full em.
The same data gives the same bytes (no ids, no dates, fixed number formatting).
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from decimal import Decimal
from html import escape

from ..indicators import IndicatorError, Indicators
from .chart_raster import PRINT_DPI  # noqa: F401  (the PNGs' resolution; the tests read it here)
from .model import Figure
from .tables import ordered_members, report_years

CJK_FONTS = ["Noto Sans CJK SC", "Noto Sans CJK JP", "WenQuanYi Micro Hei", "Source Han Sans SC"]
FONT_FAMILY = ", ".join(f"'{name}'" for name in CJK_FONTS) + ", sans-serif"
# Defaults; a template's charts.toml [style] names its own palette and the fixed colour of each category.
PALETTE = ["#1f5fa8", "#e07b39", "#3a9d5d", "#c23b3b", "#7f5aa2", "#8c6d46", "#4aa3b5"]
REST_COLOUR = "#d5dbe3"  # the remainder of a share (not satisfied, left the job): quiet grey
INK, MUTED = "#1d1d1f", "#5b6270"
# Printed at natural size (14.2 cm, inside the text width): 10.5 pt text reads like the body text.
WIDTH_PT, HEIGHT_PT = 403.2, 216.0
FONT_PT = 10.5
LEGEND_ROW = 22.0  # height of the legend row above a plot
PIE_HEIGHT_PT = 160.0  # a donut and its legend need less height than a plot with axes


# ---------------------------------------------------------------- text metrics


def char_em(ch: str) -> float:
    """A conservative advance width in em of Noto Sans CJK: ideographs and full-width forms take a
    whole em; Latin, digits and signs less (rounded up from the font's metrics)."""
    code = ord(ch)
    if code >= 0x2E80 or 0xFF00 <= code <= 0xFFEF:
        return 1.0
    if ch == " ":
        return 0.25
    if ch in ".,:;|!'":
        return 0.3
    if ch in "%@&mwMW":
        return 0.92
    if ch.isupper():
        return 0.7
    return 0.58


def text_width(text: str, size: float = FONT_PT) -> float:
    return sum(char_em(ch) for ch in text) * size


FLOOR_PT = 7.5  # the smallest text a chart uses: still legible on paper


def fitted_size(lines: list[str], room: float, size: float = FONT_PT, floor: float = FLOOR_PT) -> float:
    """The font size at which the widest line fits `room` (never under `floor`)."""
    widest = max((text_width(line, 1.0) for line in lines), default=0.0)
    return size if widest * size <= room else max(floor, room / widest if widest else size)


def _split(label: str, count: int) -> list[str]:
    step = -(-len(label) // count)
    return [label[i:i + step] for i in range(0, len(label), step)]


def wrap_label(label: str, room: float, size: float = FONT_PT) -> list[str]:
    """A category name in lines that fit `room`: two at full size if they can, else up to four at
    the smallest size, rather than slanted or overlapping."""
    for count in (1, 2):
        lines = _split(label, count)
        if max(text_width(line, size) for line in lines) <= room:
            return lines
    for count in (2, 3, 4):
        lines = _split(label, count)
        if max(text_width(line, FLOOR_PT) for line in lines) <= room:
            return lines
    return _split(label, 4)


# ---------------------------------------------------------------- the SVG canvas


def _n(value: float) -> str:
    """Coordinates with two decimals and no trailing zeros: the same data, the same bytes."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


@dataclass
class Canvas:
    width: float
    height: float
    parts: list[str] = field(default_factory=list)

    def rect(self, x, y, w, h, fill: str, stroke: str = "") -> None:
        extra = f' stroke="{stroke}" stroke-width="1"' if stroke else ""
        self.parts.append(f'<rect x="{_n(x)}" y="{_n(y)}" width="{_n(max(w, 0))}" height="{_n(max(h, 0))}"'
                          f' fill="{fill}"{extra}/>')

    def line(self, x1, y1, x2, y2, colour: str = MUTED, width: float = 0.8, dash: str = "") -> None:
        extra = f' stroke-dasharray="{dash}"' if dash else ""
        self.parts.append(f'<line x1="{_n(x1)}" y1="{_n(y1)}" x2="{_n(x2)}" y2="{_n(y2)}" stroke="{colour}"'
                          f' stroke-width="{_n(width)}"{extra}/>')

    def polyline(self, points, colour: str, width: float = 2.0) -> None:
        coords = " ".join(f"{_n(x)},{_n(y)}" for x, y in points)
        self.parts.append(f'<polyline points="{coords}" fill="none" stroke="{colour}" stroke-width="{_n(width)}"'
                          ' stroke-linejoin="round"/>')

    def circle(self, x, y, r, fill: str) -> None:
        self.parts.append(f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}" fill="{fill}"/>')

    def path(self, d: str, fill: str, stroke: str = "white", width: float = 1.5) -> None:
        self.parts.append(f'<path d="{d}" fill="{fill}" stroke="{stroke}" stroke-width="{_n(width)}"'
                          ' stroke-linejoin="round"/>')

    def text(self, x, y, text: str, *, anchor: str = "middle", colour: str = INK, size: float = FONT_PT,
             bold: bool = False, middle: bool = False) -> None:
        """Text whose baseline is at y, or whose middle is at y when `middle`."""
        if middle:
            y += 0.36 * size
        weight = ' font-weight="bold"' if bold else ""
        size_attr = f' font-size="{_n(size)}"' if size != FONT_PT else ""
        self.parts.append(f'<text x="{_n(x)}" y="{_n(y)}" text-anchor="{anchor}" fill="{colour}"'
                          f'{size_attr}{weight}>{escape(text)}</text>')

    def svg(self) -> str:
        head = (f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(self.width)}pt" height="{_n(self.height)}pt"'
                f' viewBox="0 0 {_n(self.width)} {_n(self.height)}" font-family="{FONT_FAMILY}"'
                f' font-size="{_n(FONT_PT)}">')
        background = f'<rect width="{_n(self.width)}" height="{_n(self.height)}" fill="white"/>'
        return "\n".join([head, background, *self.parts, "</svg>"]) + "\n"


@dataclass
class Chart:
    """A drawn chart: its SVG, and what a test or reader may ask of it without parsing SVG."""
    svg: str
    value_range: tuple[float, float] = (0.0, 0.0)  # the value axis, from its low end
    legend: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)  # labels written on the plot itself


# ---------------------------------------------------------------- data and style


def _float(value) -> float:
    return float(value) if isinstance(value, (int, float, Decimal)) else 0.0


def require_data(values: list, spec: dict) -> None:
    """An empty roster (or a breakdown with no member) has nothing to draw: say so, do not crash."""
    if not any(_float(v.value) for v in values):
        raise IndicatorError(f"图表“{spec.get('caption', '')}”没有数据，无法作图（{spec['indicator']} 按"
                             f" {spec['dimension']} 的各项都为 0 或为空）；请检查数据文件或已导入的版本是否有数据行")


def _require_value(v, spec: dict) -> None:
    if v.value is None:
        raise IndicatorError(f"图表“{spec.get('caption', '')}”缺少数据：指标 {v.indicator} 没有数值；"
                             "请检查录入的数据文件")


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


def nice_top(peak: float, headroom: float = 1.0) -> tuple[float, list[float]]:
    """The top of a value axis from zero and its ticks (steps of 1, 2, 2.5 or 5 × 10^k, at most 6)."""
    peak = max(peak * headroom, 1e-9)
    raw = peak / 5
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    top = step * math.ceil(peak / step - 1e-9)
    return top, [step * i for i in range(int(round(top / step)) + 1)]


def _tick(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e6 else f"{value:.0f}"


PERCENT_TICKS = [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]


# ---------------------------------------------------------------- shared pieces


def _legend(c: Canvas, items: list[tuple[str, str, str]], y: float) -> list[str]:
    """A centred legend row: (label, colour, "box" | "line" | "dash") each."""
    widths = [16 + 6 + text_width(label) for label, _, _ in items]
    gap = 18.0
    x = (c.width - sum(widths) - gap * (len(items) - 1)) / 2
    for (label, colour, mark), w in zip(items, widths):
        if mark == "box":
            c.rect(x + 3, y - 5, 10, 10, colour)
        else:
            c.line(x, y, x + 16, y, colour, 2.0 if mark == "line" else 1.4, "" if mark == "line" else "5 3")
            if mark == "line":
                c.circle(x + 8, y, 3, colour)
        c.text(x + 22, y, label, anchor="start", middle=True)
        x += w + gap
    return [label for label, _, _ in items]


@dataclass
class Plot:
    """The plotting box of a chart with a value axis: maps values to coordinates."""
    left: float
    top: float
    right: float
    bottom: float
    high: float  # the value at the far end of the value axis (the near end is 0)
    horizontal: bool = False  # values along x (horizontal bars)

    def at(self, value: float) -> float:
        if self.horizontal:
            return self.left + (self.right - self.left) * value / self.high
        return self.bottom - (self.bottom - self.top) * value / self.high


def _value_axis(c: Canvas, plot: Plot, ticks: list[float], percent: bool, side: str = "left") -> None:
    """The value axis with its ticks and labels; the category axis is the line at zero."""
    for t in ticks:
        label = f"{_tick(t)}%" if percent else _tick(t)
        pos = plot.at(t)
        if plot.horizontal:
            c.line(pos, plot.bottom, pos, plot.bottom + 4)
            c.text(pos, plot.bottom + 6 + FONT_PT, label)
        elif side == "left":
            c.line(plot.left - 4, pos, plot.left, pos)
            c.text(plot.left - 7, pos, label, anchor="end", middle=True)
        else:
            c.line(plot.right, pos, plot.right + 4, pos)
            c.text(plot.right + 7, pos, label, anchor="start", middle=True)
    if plot.horizontal:
        c.line(plot.left, plot.bottom, plot.right, plot.bottom)
        c.line(plot.left, plot.top, plot.left, plot.bottom)
    else:
        x = plot.left if side == "left" else plot.right
        c.line(x, plot.top, x, plot.bottom)
        c.line(plot.left, plot.bottom, plot.right, plot.bottom)


def _axis_room(labels: list[str]) -> float:
    return max(text_width(label) for label in labels) + 12


def _category_labels(c: Canvas, centres: list[float], labels: list[str], slot: float, y: float) -> float:
    """Category names under the plot, wrapped to two lines and shrunk to their slot; returns the
    height they take."""
    lines = [wrap_label(label, slot * 0.92) for label in labels]
    size = fitted_size([line for ls in lines for line in ls], slot * 0.92)
    for x, ls in zip(centres, lines):
        for i, line in enumerate(ls):
            c.text(x, y + size * (1 + 1.25 * i), line, size=size)
    return size * (1.25 * max(len(ls) for ls in lines) + 0.4)


def _ring(c: Canvas, cx: float, cy: float, outer: float, inner: float, parts: list[tuple[float, str]],
          stroke: float) -> None:
    """A ring in wedges from 12 o'clock clockwise, each (share of the total, colour)."""
    total = sum(p for p, _ in parts) or 1.0
    angle = 0.0
    for share, colour in parts:
        if share <= 0:
            continue
        sweep = 2 * math.pi * share / total
        if sweep >= 2 * math.pi - 1e-6:  # a whole ring: two half arcs (one arc cannot close on itself)
            _ring(c, cx, cy, outer, inner, [(1, colour), (1, colour)], 0)
            return
        c.path(_wedge(cx, cy, outer, inner, angle, angle + sweep), colour, width=stroke)
        angle += sweep


def _wedge(cx, cy, outer, inner, start, end) -> str:
    def point(r, a):
        return f"{_n(cx + r * math.sin(a))} {_n(cy - r * math.cos(a))}"
    large = 1 if end - start > math.pi else 0
    return (f"M {point(outer, start)} A {_n(outer)} {_n(outer)} 0 {large} 1 {point(outer, end)} "
            f"L {point(inner, end)} A {_n(inner)} {_n(inner)} 0 {large} 0 {point(inner, start)} Z")


# ---------------------------------------------------------------- the kinds


def pie_chart(ind: Indicators, spec: dict) -> Chart:
    """A donut of one indicator by one dimension, the legend giving each member's count and share."""
    dim, labels = spec["dimension"], spec.get("labels", {})
    members = ordered_members(ind, dim, omit_empty=spec.get("omit_empty", True))
    values = [ind.value(spec["indicator"], {dim: m}) for m in members]
    require_data(values, spec)
    shares = [ind.value("graduate_share", {dim: m}).display for m in members]
    colours = [colour_for(ind, m, i) for i, m in enumerate(members)]
    legend = [f"{labels.get(m, m)}  {v.display} 人（{s}）" for m, v, s in zip(members, values, shares)]
    row = FONT_PT * 1.9
    height = max(PIE_HEIGHT_PT, row * len(legend) + 24)
    legend_width = 20 + max(text_width(t) for t in legend)
    outer = min(height / 2 - 10, (WIDTH_PT - legend_width - 40) / 2)
    c = Canvas(WIDTH_PT, height)
    left = (WIDTH_PT - (2 * outer + 28 + legend_width)) / 2
    cx, cy = left + outer, height / 2
    _ring(c, cx, cy, outer, outer * 0.58, [(_float(v.value), col) for v, col in zip(values, colours)], 1.5)
    y = cy - row * (len(legend) - 1) / 2
    for text, colour in zip(legend, colours):
        x = cx + outer + 28
        c.rect(x, y - 5.5, 11, 11, colour)
        c.text(x + 18, y, text, anchor="start", middle=True)
        y += row
    return Chart(c.svg(), legend=legend)


def bar_chart(ind: Indicators, spec: dict) -> Chart:
    """An indicator by the members of a dimension, bars from zero; the school-wide value (reference)
    a dashed line named in the legend, never a label on the line."""
    dim = spec["dimension"]
    members = ordered_members(ind, dim)
    values = [ind.value(spec["indicator"], {dim: m}) for m in members]
    require_data(values, spec)
    pairs = list(zip(members, values))
    if spec.get("sort") == "desc":
        pairs.sort(key=lambda p: _float(p[1].value), reverse=True)
    percent = values[0].unit == "%"
    peak = max(_float(v.value) for _, v in pairs)
    high, ticks = (100.0, PERCENT_TICKS) if percent else nice_top(peak, 1.1)
    c = Canvas(WIDTH_PT, HEIGHT_PT)
    tick_labels = [f"{_tick(t)}%" if percent else _tick(t) for t in ticks]
    top = LEGEND_ROW + 12 if spec.get("reference") else 12
    slot = (WIDTH_PT - _axis_room(tick_labels) - 8) / len(pairs)
    label_lines = max(len(wrap_label(m, slot * 0.92)) for m, _ in pairs)
    line_height = FONT_PT * 1.3 if label_lines <= 2 else FLOOR_PT * 1.3
    plot = Plot(_axis_room(tick_labels), top, WIDTH_PT - 8, HEIGHT_PT - 8 - line_height * label_lines, high)
    _value_axis(c, plot, ticks, percent)
    texts = []
    centres = [plot.left + slot * (i + 0.5) for i in range(len(pairs))]
    size = fitted_size([v.display for _, v in pairs], slot * 0.9 - 4, FONT_PT * (0.9 if len(pairs) > 6 else 1))
    widest = max(text_width(v.display, size) for _, v in pairs)
    bar_width = min(slot * 0.9, max(slot * 0.6, widest + 4))  # the value fits inside its bar
    for x, (_, v) in zip(centres, pairs):
        y = plot.at(_float(v.value))
        c.rect(x - bar_width / 2, y, bar_width, plot.bottom - y, _accent(ind, "main"))
        if plot.bottom - y >= size * 1.6:  # inside the bar near its foot: no reference line can cross it
            c.text(x, plot.bottom - 5, v.display, colour="white", size=size)
        else:
            c.text(x, y - 4, v.display, size=size)
        texts.append(v.display)
    _category_labels(c, centres, [m for m, _ in pairs], slot, plot.bottom + 2)
    legend = []
    if spec.get("reference"):
        overall = ind.value(spec["reference"])
        y = plot.at(_float(overall.value))
        c.line(plot.left, y, plot.right, y, _accent(ind, "overall"), 1.4, "5 3")
        legend = _legend(c, [(f"全校 {overall.display}", _accent(ind, "overall"), "dash")], LEGEND_ROW / 2 + 2)
    return Chart(c.svg(), (0.0, high), legend, texts)


def cohort_trend_chart(ind: Indicators, spec: dict) -> Chart:
    """Graduates per cohort (bars, left axis) and their placement rate (line, right axis): the
    report year from the roster, earlier cohorts from entered figures."""
    cohorts = []
    for year in report_years(ind, spec):
        if year == ind.year:
            cohorts.append((year, ind.value(spec["count"]), ind.value(spec["rate"])))
        elif year in ind.figure_years(spec["past_count"]) and year in ind.figure_years(spec["past_rate"]):
            cohorts.append((year, ind.value(spec["past_count"], {"year": str(year)}),
                            ind.value(spec["past_rate"], {"year": str(year)})))
    counts = [_float(n.value) for _, n, _ in cohorts]
    # A cohort of 0 graduates still needs a non-empty axis.
    high, ticks = nice_top(max(counts, default=0) or 1, 1.25)
    c = Canvas(WIDTH_PT, HEIGHT_PT)
    left = _axis_room([_tick(t) for t in ticks] + ["人"])
    plot = Plot(left, LEGEND_ROW + 14, WIDTH_PT - _axis_room(["100%"]), HEIGHT_PT - 8 - FONT_PT * 1.6, high)
    rates = Plot(plot.left, plot.top, plot.right, plot.bottom, 112.0)
    _value_axis(c, plot, ticks, False)
    _value_axis(c, rates, PERCENT_TICKS, True, side="right")
    c.text(plot.left - 7, plot.top - 8, "人", anchor="end")
    bar, line = _accent(ind, "main"), _accent(ind, "overall")
    slot = (plot.right - plot.left) / max(len(cohorts), 3)  # one cohort alone is not a full-width bar
    offset = (plot.right - plot.left - slot * len(cohorts)) / 2
    centres = [plot.left + offset + slot * (i + 0.5) for i in range(len(cohorts))]
    labels = [f"{y} 届" for y, _, _ in cohorts]
    size = fitted_size([n.display for _, n, _ in cohorts], slot * 0.45 - 2)
    for x, (_, n, _) in zip(centres, cohorts):
        y = plot.at(_float(n.value))
        c.rect(x - slot * 0.225, y, slot * 0.45, plot.bottom - y, bar)
        c.text(x, (y + plot.bottom) / 2, n.display, colour="white", size=size, middle=True)
    points = [(x, rates.at(_float(r.value))) for x, (_, _, r) in zip(centres, cohorts)]
    c.polyline(points, line)
    for (x, y), (_, _, r) in zip(points, cohorts):
        c.circle(x, y, 3.5, line)
        c.text(x, y - 8, r.display, colour=line)
    _category_labels(c, centres, labels, slot, plot.bottom + 2)
    legend = _legend(c, [("毕业生人数（人）", bar, "box"), ("毕业去向落实率", line, "line")], LEGEND_ROW / 2 + 2)
    return Chart(c.svg(), (0.0, high), legend, [n.display for _, n, _ in cohorts] + [r.display for _, _, r in cohorts])


def figure_trend_chart(ind: Indicators, spec: dict) -> Chart:
    """Entered figures over the report's years, one line each, every point labelled; labels that
    would collide at one year go below the lower point."""
    years = report_years(ind, spec)
    series = []
    for i, key in enumerate(spec["items"]):
        values = [ind.value(key, {"year": str(y)}) for y in years]
        series.append((values, colour_for(ind, values[-1].name, i)))
    peak = max((_float(v.value) for values, _ in series for v in values), default=0) or 1
    high, ticks = nice_top(peak, 1.12)
    c = Canvas(WIDTH_PT, HEIGHT_PT)
    left = _axis_room([_tick(t) for t in ticks])
    plot = Plot(left, LEGEND_ROW + 16, WIDTH_PT - 24, HEIGHT_PT - 8 - FONT_PT * 1.6, high)
    _value_axis(c, plot, ticks, False)
    slot = (plot.right - plot.left) / len(years)
    centres = [plot.left + slot * (i + 0.5) for i in range(len(years))]
    texts = []
    for values, colour in series:
        points = [(x, plot.at(_float(v.value))) for x, v in zip(centres, values)]
        c.polyline(points, colour)
        for x, y in points:
            c.circle(x, y, 3.5, colour)
    for j, x in enumerate(centres):
        placed: list[float] = []  # baselines of the labels already written at this year
        for values, colour in sorted(series, key=lambda s: -_float(s[0][j].value)):
            y = plot.at(_float(values[j].value))
            label_y = y - 8
            if any(abs(label_y - p) < FONT_PT * 1.2 for p in placed):
                label_y = y + 8 + FONT_PT  # under its point
            placed.append(label_y)
            c.text(x, label_y, values[j].display, colour=colour)
            texts.append(values[j].display)
    _category_labels(c, centres, [str(y) for y in years], slot, plot.bottom + 2)
    legend = _legend(c, [(f"{v[-1].name}（{v[-1].unit}）", colour, "line") for v, colour in series], LEGEND_ROW / 2 + 2)
    return Chart(c.svg(), (0.0, high), legend, texts)


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
    """Height in pt of a chart of horizontal bars: each row keeps its thickness, within bounds."""
    return max(1.6, min(HEIGHT_PT / 72 + 1.2, 0.5 * rows + 0.7)) * 72


def _row_labels(c: Canvas, plot: Plot, labels: list[str], room: float) -> None:
    size = fitted_size(labels, room - 8)
    step = (plot.bottom - plot.top) / len(labels)
    for i, label in enumerate(labels):
        c.text(plot.left - 7, plot.top + step * (i + 0.5), label, anchor="end", size=size, middle=True)


def _label_room(labels: list[str]) -> float:
    """Room for row names left of horizontal bars: their width, at most 40 % of the chart."""
    return min(max(text_width(label) for label in labels) + 14, WIDTH_PT * 0.4)


def survey_bar_chart(ind: Indicators, spec: dict) -> Chart:
    """Entered survey items as horizontal bars from 0 to 100 %, the overall figure first in its own colour."""
    labels, values = _survey_values(ind, spec)
    for v in values:
        _require_value(v, spec)
    height = _fit_height(len(values))
    c = Canvas(WIDTH_PT, height)
    room = _label_room(labels)
    plot = Plot(room, 8, WIDTH_PT - 8, height - 8 - FONT_PT * 1.8, 114.0, horizontal=True)
    _value_axis(c, plot, PERCENT_TICKS, True)
    _row_labels(c, plot, labels, room)
    step = (plot.bottom - plot.top) / len(values)
    for i, v in enumerate(values):
        colour = _accent(ind, "overall") if spec.get("overall") and i == 0 else _accent(ind, "main")
        y = plot.top + step * (i + 0.5)
        end = plot.at(_float(v.value))
        c.rect(plot.left, y - step * 0.275, end - plot.left, step * 0.55, colour)
        c.text(end + 4, y, v.display, anchor="start", middle=True)
    return Chart(c.svg(), (0.0, 114.0), [], [v.display for v in values])


def split_bar_chart(ind: Indicators, spec: dict) -> Chart:
    """Each bar is one whole (100 %) split in two parts, e.g. 未离职 / 离职: the overall figure may be
    entered as one part and the groups' figures as the other."""
    first, second = spec["parts"]
    rows = []
    if spec.get("overall"):
        rows.append((spec.get("overall_label", "总体"), ind.value(spec["overall"]), spec.get("overall_part", first)))
    for group in ind.figure_groups(spec["items"]):
        rows.append((group, ind.value(spec["items"], {"group": group}), spec.get("items_part", first)))
    for _, v, _ in rows:
        _require_value(v, spec)
    height = _fit_height(len(rows)) + 0.3 * 72
    c = Canvas(WIDTH_PT, height)
    room = _label_room([r[0] for r in rows])
    right = WIDTH_PT - text_width("100%") / 2 - 4  # the last tick's label stays inside
    plot = Plot(room, LEGEND_ROW + 8, right, height - 8 - FONT_PT * 1.8, 100.0, horizontal=True)
    _value_axis(c, plot, PERCENT_TICKS, True)
    _row_labels(c, plot, [r[0] for r in rows], room)
    colours = (_accent(ind, "main"), REST_COLOUR)
    step = (plot.bottom - plot.top) / len(rows)
    texts = []
    for i, (_, v, part) in enumerate(rows):
        entered = Decimal(v.value)
        shares = (entered, 100 - entered) if part == first else (100 - entered, entered)
        y, start = plot.top + step * (i + 0.5), 0.0
        for share, colour in zip(shares, colours):
            x0, x1 = plot.at(start), plot.at(start + float(share))
            c.rect(x0, y - step * 0.275, x1 - x0, step * 0.55, colour)
            label = f"{share}%"
            if text_width(label) + 4 <= x1 - x0:  # written only where it fits inside its part
                c.text((x0 + x1) / 2, y, label, colour="white" if colour != REST_COLOUR else INK, middle=True)
                texts.append(label)
            start += float(share)
    legend = _legend(c, [(first, colours[0], "box"), (second, colours[1], "box")], LEGEND_ROW / 2 + 2)
    return Chart(c.svg(), (0.0, 100.0), legend, texts)


def share_ring_chart(ind: Indicators, spec: dict) -> Chart:
    """One share as a ring (satisfied vs the rest), the figure written in its centre."""
    v = ind.value(spec["indicator"])
    _require_value(v, spec)
    share = min(max(_float(v.value), 0.0), 100.0)
    height = 187.2
    c = Canvas(WIDTH_PT, height)
    cx, cy, outer = WIDTH_PT / 2, height / 2, height / 2 - 10
    _ring(c, cx, cy, outer, outer * 0.72, [(share, _accent(ind, "main")), (100 - share, REST_COLOUR)], 1.0)
    big = fitted_size([v.display], outer * 1.3, FONT_PT * 1.7)
    c.text(cx, cy - 2, v.display, size=big, bold=True)
    c.text(cx, cy + FONT_PT * 1.6, spec.get("label", "满意"), colour=MUTED)
    return Chart(c.svg(), (0.0, 100.0), [], [v.display, spec.get("label", "满意")])


KINDS = {"pie": pie_chart, "bar": bar_chart, "figure_trend": figure_trend_chart, "survey_bar": survey_bar_chart,
         "cohort_trend": cohort_trend_chart, "split_bar": split_bar_chart, "share_ring": share_ring_chart}


def generate_chart(ind: Indicators, chart_id: str, label: str = "") -> Figure:
    """One chart in both formats, drawn now (a build goes through chart_cache.ChartCache)."""
    from .chart_cache import ChartCache
    cache = ChartCache(None, {"png", "svg"})
    figure = cache.figure(ind, chart_id, label)
    cache.finish()
    return figure
