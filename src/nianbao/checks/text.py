"""Where a finding points: a file:line (or page) and an excerpt of the text."""
from __future__ import annotations

from ..claims.units import excerpt, section_names  # noqa: F401 - shared with the structure checks
from ..document.model import Location
from .findings import FindingLocation


def finding_location(loc: Location | None, text: str = "", fallback: str = "") -> FindingLocation:
    if loc is None:
        return FindingLocation(fallback or "（未知位置）", None, text)
    return FindingLocation(loc.file, loc.line, text, loc.page)
