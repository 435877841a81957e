"""A report project on disk: report.toml, data/, sections/."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .config import ReportConfig, load_config
from .template import Template, load_template


@dataclass
class Project:
    root: Path
    config: ReportConfig
    template: Template

    @property
    def sections_dir(self) -> Path:
        return self.root / "sections"

    def source_label(self, kind: str) -> str:
        return self.config.sources.get(kind) or self.template.source_labels.get(kind, "")

    def relative(self, path: Path) -> str:
        try:
            return str(path.relative_to(self.root))
        except ValueError:
            return str(path)


def open_project(root: str | Path) -> Project:
    root = Path(root).resolve()
    config = load_config(root / "report.toml")
    return Project(root=root, config=config, template=load_template(config.template))
