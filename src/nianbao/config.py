"""report.toml, typed: every key checked on load against the one schema (schema.ReportFile)."""
from __future__ import annotations

from pathlib import Path

from .errors import ConfigError
from .schema import DATA_KINDS, AuthorEntry, ReportFile, ReportSection, read_toml, validate

__all__ = ["DATA_KINDS", "Author", "ReportConfig", "parse_config", "load_config"]

Author = AuthorEntry  # one [[authors]] entry: department, lead, writers, sections


class ReportConfig(ReportSection):
    """[report] plus what the other tables say, flattened for the code that reads the config."""

    data: dict[str, str] = {}  # kind -> path relative to the project
    sources: dict[str, str] = {}  # kind -> 数据来源 label
    authors: list[Author] = []
    formats: list[str] = ["html"]


def parse_config(raw: dict, where: str = "report.toml") -> ReportConfig:
    parsed = validate(ReportFile, raw, where)
    data = parsed.data
    return ReportConfig.model_construct(
        **dict(parsed.report), data={k: getattr(data, k) for k in DATA_KINDS if getattr(data, k)},
        sources=dict(data.sources), authors=list(parsed.authors), formats=list(parsed.output.formats))


def load_config(path: Path) -> ReportConfig:
    if not path.is_file():
        raise ConfigError(f"找不到 {path}：报告项目目录中应有 report.toml")
    return parse_config(read_toml(path, path.name), path.name)
