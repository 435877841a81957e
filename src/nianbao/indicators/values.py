"""Computed values with their provenance, and the report's number formats."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ..text import WHOLE_UNITS

MISSING = "—"


@dataclass(frozen=True)
class Value:
    indicator: str
    value: Decimal | int | None  # percentages as percent (90.89), counts as int
    display: str  # as printed: "90.89%", "3337", "—"
    unit: str = ""
    numerator: int | None = None
    n: int | None = None  # the denominator of a rate or share, or the group size
    breakdown: tuple[tuple[str, str], ...] = ()
    name: str = ""
    definition: str = ""
    source: str = ""  # the 数据来源 label printed under tables
    provenance: str = ""  # file and rows, or the entered figure's row

    @property
    def is_missing(self) -> bool:
        return self.value is None


def percent(numerator: int, denominator: int, decimals: int = 2) -> tuple[Decimal | None, str]:
    """Half-up rounding of an exact fraction, as the published tables do (1/3 -> 33.33%)."""
    if not denominator:
        return None, MISSING
    exact = Decimal(numerator) * 100 / Decimal(denominator)
    rounded = exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    return rounded, f"{rounded}%"


def format_entered(text: str, unit: str) -> str:
    shown = (text or "").strip()
    if not shown:
        return MISSING
    if unit == "%" and not shown.endswith("%"):
        return shown + "%"
    return shown


# WHOLE_UNITS (text.py): running text prints them without a decimal part even when the
# figure was entered as "1166.0" (tables keep the figure exactly as entered).


def running_text_display(value: Value) -> str:
    """How a value reads in a sentence: "1166.0" with unit 课时 -> "1166"."""
    if (value.unit in WHOLE_UNITS and isinstance(value.value, Decimal)
            and value.value == value.value.to_integral_value() and "." in value.display):
        return str(int(value.value))
    return value.display
