"""Templates (e.g. tianjin-2025) are data: TOML files under nianbao/templates/<id>/, each read
through the one typed schema (schema.py), so a misspelt key names the file and the closest key."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError
from .schema import (BackMatterSpec, ChartsFile, DestinationsFile, FrontMatterSpec, IndicatorsFile, Numbers,
                     RulesFile, TablesFile, TemplateFile, closest_name, load)

TEMPLATES_DIR = Path(__file__).parent / "templates"
CHAPTER_NUMERALS = "一二三四五六七八九十"
SECTION_NUMERALS = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）",
                    "（十一）", "（十二）", "（十三）", "（十四）", "（十五）"]


@dataclass(frozen=True)
class OutlineSection:
    key: str
    title: str
    required: bool = True
    hint: str = ""
    indicators: tuple[str, ...] = ()
    tables: tuple[str, ...] = ()
    charts: tuple[str, ...] = ()


@dataclass(frozen=True)
class OutlineChapter:
    key: str
    title: str
    number: int | None  # 1..7; the appendix gets the template's appendix_chapter
    numbered: bool
    appendix: bool
    sections: tuple[OutlineSection, ...]
    required: bool = True
    tables: tuple[str, ...] = ()  # template tables the build appends to this chapter

    @property
    def label(self) -> str:
        return f"{CHAPTER_NUMERALS[self.number - 1]}、" if self.numbered and self.number else ""

    @property
    def dirname(self) -> str:
        return f"{self.number or 0}-{self.key}"


@dataclass(frozen=True)
class Destination:
    name: str
    cls: str
    group: str
    aliases: tuple[str, ...] = ()
    code: str = ""  # national two-digit code; three-digit sub-codes map by their first two digits


@dataclass
class Template:
    id: str
    path: Path
    meta: dict
    chapters: list[OutlineChapter]
    destinations: list[Destination]
    destination_groups: list[str]
    placed_classes: list[str]
    indicators: dict
    dimensions: dict
    source_labels: dict
    tables: dict
    charts: dict
    rules: dict = field(default_factory=dict)
    chart_style: dict = field(default_factory=dict)  # charts.toml [style]: palette, fixed colours
    numbers: Numbers = field(default_factory=Numbers)
    front: FrontMatterSpec = field(default_factory=FrontMatterSpec)
    back: BackMatterSpec = field(default_factory=BackMatterSpec)
    entered: dict = field(default_factory=dict)  # 指标代码 -> {name, unit, definition, source}

    @property
    def name(self) -> str:
        return self.meta["template"]["name"]

    @property
    def report_title(self) -> str:
        return self.meta["template"]["report_title"]

    @property
    def fonts(self) -> dict:
        return self.meta.get("fonts", {})

    @property
    def front_matter(self) -> dict:
        return self.meta.get("front_matter", {})

    @property
    def appendix_chapter(self) -> int:
        return self.meta["template"].get("appendix_chapter", 8)

    def chapter(self, key: str) -> OutlineChapter:
        for chapter in self.chapters:
            if chapter.key == key:
                return chapter
        raise KeyError(key)

    def destination_by_name(self) -> dict[str, Destination]:
        """Name, alias, national code and three-digit sub-code (271 -> 27) -> destination."""
        names: dict[str, Destination] = {}
        for d in self.destinations:
            names[d.name] = d
            for alias in d.aliases:
                names.setdefault(alias, d)
        for d in self.destinations:
            if d.code:
                names.setdefault(d.code, d)
                for digit in "0123456789":
                    names.setdefault(d.code + digit, d)
        return names


def available_templates() -> list[str]:
    return sorted(p.name for p in TEMPLATES_DIR.iterdir() if (p / "template.toml").is_file())


def _chapters(spec: TemplateFile) -> list[OutlineChapter]:
    chapters, number = [], 0
    for raw in spec.chapter:
        if raw.numbered:
            number += 1
        chapters.append(OutlineChapter(
            key=raw.key, title=raw.title,
            number=number if raw.numbered else (spec.template.appendix_chapter if raw.appendix else None),
            numbered=raw.numbered, appendix=raw.appendix, required=raw.required, tables=tuple(raw.tables),
            sections=tuple(OutlineSection(s.key, s.title, s.required, s.hint, tuple(s.indicators), tuple(s.tables),
                                          tuple(s.charts)) for s in raw.sections),
        ))
    return chapters


def _cross_check(template: Template, shown: str) -> None:
    """Names one template file uses that another must define: every problem at once."""
    problems = []

    def need(name: str, known, what: str, where: str) -> None:
        if name not in known:
            hint = closest_name(name, known)
            problems.append(f"{shown}/{where}：未知{what}“{name}”" + (f"；你是否想写 {hint}" if hint else ""))

    indicators = set(template.indicators) | set(template.entered)
    for chapter in template.chapters:
        for table in chapter.tables:
            need(table, template.tables, "表格", "template.toml")
        for section in chapter.sections:
            for table in section.tables:
                need(table, template.tables, "表格", "template.toml")
            for chart in section.charts:
                need(chart, template.charts, "图表", "template.toml")
            for indicator in section.indicators:
                need(indicator, indicators, "指标", "template.toml")
    for key, spec in template.tables.items():
        for item in spec.get("items", []):
            need(item, indicators, "指标", f"tables.toml [table.{key}]")
    for key, spec in template.entered.items():
        if spec.get("part_of"):
            need(spec["part_of"], template.entered, "录入指标", f"indicators.toml [entered.{key}] part_of")
    if problems:
        raise ConfigError("\n".join(problems))


@lru_cache(maxsize=8)
def load_template(template_id: str) -> Template:
    path = TEMPLATES_DIR / template_id
    if not (path / "template.toml").is_file():
        hint = closest_name(template_id, available_templates())
        raise ConfigError(f"未知模板“{template_id}”" + (f"；你是否想写 {hint}" if hint else "")
                          + f"；可用模板：{'、'.join(available_templates())}")
    shown = f"模板 {template_id}"
    spec = load(TemplateFile, path / "template.toml", f"{shown}/template.toml")
    dest = load(DestinationsFile, path / "destinations.toml", f"{shown}/destinations.toml")
    ind = load(IndicatorsFile, path / "indicators.toml", f"{shown}/indicators.toml")
    tables = load(TablesFile, path / "tables.toml", f"{shown}/tables.toml", missing_ok=True)
    charts = load(ChartsFile, path / "charts.toml", f"{shown}/charts.toml", missing_ok=True)
    rules = load(RulesFile, path / "rules.toml", f"{shown}/rules.toml", missing_ok=True)
    template = Template(
        id=template_id, path=path, meta=spec.model_dump(), chapters=_chapters(spec),
        destinations=[Destination(d.name, d.class_, d.group, tuple(d.aliases), d.code) for d in dest.destination],
        destination_groups=list(dest.groups), placed_classes=list(dest.placed_classes),
        indicators={k: v.model_dump(exclude_unset=True) for k, v in ind.indicator.items()},
        dimensions={k: v.model_dump(exclude_unset=True) for k, v in ind.dimension.items()},
        source_labels=dict(ind.source_labels),
        tables={k: _plain(v) for k, v in tables.table.items()},
        charts={k: _plain(v) for k, v in charts.chart.items()},
        chart_style=charts.style.model_dump(),
        rules=_plain(rules),
        numbers=spec.numbers, front=spec.front_matter, back=spec.back_matter,
        entered={k: v.model_dump() for k, v in ind.entered.items()},
    )
    _cross_check(template, shown)
    return template


def _plain(model) -> dict:
    """A validated model as the dict the table, chart and rule code reads (only the keys written)."""
    return model.model_dump(exclude_unset=True, by_alias=True)
