"""What every check returns. `nianbao check` and `nianbao audit` print these; the HTML
writer shows them as margin notes (`--annotate`, keyed by "file:line")."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

SEVERITIES = ("error", "warning", "info")


@dataclass(frozen=True)
class FindingLocation:
    file: str
    line: int | None = None
    excerpt: str = ""
    page: int | None = None


@dataclass
class Finding:
    rule: str  # e.g. "prose.typed_number"
    severity: str  # error | warning | info
    message: str  # Chinese, for the user
    locations: list[FindingLocation] = field(default_factory=list)
    values: dict = field(default_factory=dict)
    suggestion: str = ""
    section: str = ""  # the chapter/section heading it belongs to, for grouping

    def to_json(self) -> dict:
        data = asdict(self)
        data.pop("section")
        data["locations"] = [{k: v for k, v in loc.items() if v is not None and (k != "page" or v)}
                             for loc in data["locations"]]
        return data
