"""Parse value references: `placement_rate[department=机械工程系]`, `training_income[year=2024]`."""
from __future__ import annotations

import re
from dataclasses import dataclass

# An indicator by code (placement_rate) or by Chinese name (毕业去向落实率), then optional filters.
SELECTOR = re.compile(r"^\s*([^\[\]\s]+?)\s*(?:\[(.*)\])?\s*$")


@dataclass(frozen=True)
class Selector:
    indicator: str
    filters: tuple[tuple[str, str], ...] = ()

    def get(self, key: str) -> str | None:
        return dict(self.filters).get(key)


class SelectorError(ValueError):
    pass


def parse_selector(text: str) -> Selector:
    match = SELECTOR.match(text)
    if not match:
        raise SelectorError(f"无法解析的数值引用“{text}”，应形如 placement_rate[department=机械工程系]")
    filters = []
    for part in filter(None, (p.strip() for p in re.split(r"[,，]", match.group(2) or ""))):
        key, sep, value = part.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise SelectorError(f"数值引用“{text}”中的条件“{part}”应形如 维度=值")
        filters.append((key.strip(), value.strip()))
    return Selector(match.group(1), tuple(filters))
