"""Stable anchor ids shared by the writers that link (HTML, DOCX bookmarks)."""
from __future__ import annotations

import re

KIND_IDS = {"表": "tab", "图": "fig", "案例": "case", "经典案例": "featured"}


def anchor(number: str) -> str:
    """"表 1-1" -> "tab-1-1"; "经典案例 2" -> "featured-2"."""
    kind, _, rest = number.partition(" ")
    return f"{KIND_IDS.get(kind, 'x')}-{re.sub(r'[^0-9A-Za-z]+', '-', rest).strip('-')}"


def section_anchor(index_path: tuple[int, ...]) -> str:
    return "sec-" + "-".join(str(i) for i in index_path)
