"""report.toml, typed (in the spirit of mkdocs' config): every key checked on load."""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .document.model import Author
from .errors import ConfigError

DATA_KINDS = ("graduates", "majors", "staff", "survey", "figures")


@dataclass
class ReportConfig:
    college: str
    year: int
    template: str
    province: str
    college_en: str = ""
    title: str = ""
    publication_form: str = ""
    publication_url: str = ""
    declaration_date: str = ""  # YYYY-MM-DD; also the timestamp written into DOCX/PDF
    cover_lines: list[str] = field(default_factory=list)
    data: dict[str, str] = field(default_factory=dict)  # kind -> path relative to the project
    sources: dict[str, str] = field(default_factory=dict)  # kind -> 数据来源 label
    authors: list[Author] = field(default_factory=list)
    formats: list[str] = field(default_factory=lambda: ["html"])


def _require(table: dict, key: str, kind: type, where: str):
    if key not in table:
        raise ConfigError(f"{where}：缺少必填项“{key}”")
    value = table[key]
    if not isinstance(value, kind):
        raise ConfigError(f"{where}：“{key}”应为{_TYPE_NAMES.get(kind, kind.__name__)}，实际为 {value!r}")
    return value


_TYPE_NAMES = {str: "文本", int: "整数", list: "列表", dict: "表"}


def _optional(table: dict, key: str, kind: type, where: str, default):
    if key not in table:
        return default
    return _require(table, key, kind, where)


def parse_config(raw: dict, where: str = "report.toml") -> ReportConfig:
    report = _require(raw, "report", dict, where)
    section = f"{where} [report]"
    data = _optional(raw, "data", dict, where, {})
    unknown = sorted(set(data) - set(DATA_KINDS) - {"sources"})
    if unknown:
        raise ConfigError(f"{where} [data]：未知数据类型 {'、'.join(unknown)}；可用：{'、'.join(DATA_KINDS)}")
    sources = data.get("sources", {})
    authors = []
    for i, a in enumerate(_optional(raw, "authors", list, where, []), start=1):
        aw = f"{where} [[authors]] 第 {i} 项"
        authors.append(Author(_require(a, "department", str, aw), _optional(a, "lead", str, aw, ""),
                              list(_optional(a, "writers", list, aw, [])),
                              [str(s) for s in _optional(a, "sections", list, aw, [])]))
    output = _optional(raw, "output", dict, where, {})
    formats = list(_optional(output, "formats", list, f"{where} [output]", ["html"]))
    bad = [f for f in formats if f not in ("html", "docx", "pdf")]
    if bad:
        raise ConfigError(f"{where} [output]：不支持的格式 {'、'.join(bad)}；可用：html、docx、pdf")
    return ReportConfig(
        college=_require(report, "college", str, section),
        year=_require(report, "year", int, section),
        template=_require(report, "template", str, section),
        province=_require(report, "province", str, section),
        college_en=_optional(report, "college_en", str, section, ""),
        title=_optional(report, "title", str, section, ""),
        publication_form=_optional(report, "publication_form", str, section, ""),
        publication_url=_optional(report, "publication_url", str, section, ""),
        declaration_date=_optional(report, "declaration_date", str, section, ""),
        cover_lines=list(_optional(report, "cover_lines", list, section, [])),
        data={k: v for k, v in data.items() if k in DATA_KINDS},
        sources=dict(sources),
        authors=authors,
        formats=formats,
    )


def load_config(path: Path) -> ReportConfig:
    if not path.is_file():
        raise ConfigError(f"找不到 {path}：报告项目目录中应有 report.toml")
    try:
        with path.open("rb") as fh:
            raw = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}：TOML 格式错误：{exc}") from exc
    return parse_config(raw, str(path.name))
