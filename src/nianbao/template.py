"""Templates (e.g. tianjin-2025) are data: TOML files under nianbao/templates/<id>/."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import ConfigError

TEMPLATES_DIR = Path(__file__).parent / "templates"
CHAPTER_NUMERALS = "一二三四五六七八九十"
SECTION_NUMERALS = ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）", "（七）", "（八）", "（九）", "（十）"]


@dataclass(frozen=True)
class OutlineSection:
    key: str
    title: str


@dataclass(frozen=True)
class OutlineChapter:
    key: str
    title: str
    number: int | None  # 1..7; the appendix gets the template's appendix_chapter
    numbered: bool
    appendix: bool
    sections: tuple[OutlineSection, ...]

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

    @property
    def fonts(self) -> dict:
        return self.meta.get("fonts", {})

    @property
    def front_matter(self) -> dict:
        return self.meta.get("front_matter", {})

    def chapter(self, key: str) -> OutlineChapter:
        for chapter in self.chapters:
            if chapter.key == key:
                return chapter
        raise KeyError(key)

    def destination_by_name(self) -> dict[str, Destination]:
        names = {}
        for d in self.destinations:
            names[d.name] = d
            for alias in d.aliases:
                names.setdefault(alias, d)
        return names


def available_templates() -> list[str]:
    return sorted(p.name for p in TEMPLATES_DIR.iterdir() if (p / "template.toml").is_file())


def _read_toml(path: Path) -> dict:
    if not path.is_file():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _chapters(meta: dict) -> list[OutlineChapter]:
    appendix_number = meta["template"].get("appendix_chapter", 8)
    chapters, number = [], 0
    for raw in meta.get("chapter", []):
        numbered = raw.get("numbered", True)
        appendix = raw.get("appendix", False)
        if numbered:
            number += 1
        chapters.append(OutlineChapter(
            key=raw["key"], title=raw["title"],
            number=number if numbered else (appendix_number if appendix else None),
            numbered=numbered, appendix=appendix,
            sections=tuple(OutlineSection(s["key"], s["title"]) for s in raw.get("sections", [])),
        ))
    return chapters


@lru_cache(maxsize=8)
def load_template(template_id: str) -> Template:
    path = TEMPLATES_DIR / template_id
    if not (path / "template.toml").is_file():
        raise ConfigError(f"未知模板“{template_id}”；可用模板：{'、'.join(available_templates())}")
    meta = _read_toml(path / "template.toml")
    dest = _read_toml(path / "destinations.toml")
    ind = _read_toml(path / "indicators.toml")
    return Template(
        id=template_id, path=path, meta=meta, chapters=_chapters(meta),
        destinations=[Destination(d["name"], d["class"], d["group"], tuple(d.get("aliases", [])))
                      for d in dest.get("destination", [])],
        destination_groups=list(dest.get("groups", [])),
        placed_classes=list(dest.get("placed_classes", [])),
        indicators=ind.get("indicator", {}),
        dimensions=ind.get("dimension", {}),
        source_labels=ind.get("source_labels", {}),
        tables=_read_toml(path / "tables.toml").get("table", {}),
        charts=_read_toml(path / "charts.toml").get("chart", {}),
        rules=_read_toml(path / "rules.toml"),
    )
