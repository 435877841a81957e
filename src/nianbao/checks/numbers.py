"""Numbers as printed: parse them from display text, compare them with rounding in mind.

Published reports carry PDF artifacts ("78. 26%", "**1846**", full-width digits,
"1,846"); `normalize` undoes them before any check reads a number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

# "，" stays: in Chinese text it separates clauses ("389，636 和 821"), it is not a thousands separator.
FULL_WIDTH = str.maketrans("０１２３４５６７８９．％：　（）", "0123456789.%: ()")
SPLIT_DECIMAL = re.compile(r"(\d)\.\s+(\d)")
SPLIT_PERCENT = re.compile(r"(\d)\s+%")
THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
UNITS = ("万元", "亿元", "元", "人次", "学时", "课时", "小时", "人", "名", "个", "项", "家", "所", "次", "条",
         "门", "本", "部", "场", "册", "套", "台", "篇", "件", "天", "年", "倍", "%")
NUMBER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(" + "|".join(UNITS) + ")?")
APPROX_BEFORE = ("近", "约", "超过", "超", "逾", "达近", "将近", "不足", "不到", "接近")
APPROX_AFTER = ("余", "多", "以上", "左右", "以下", "以内", "+")


def normalize(text: str) -> str:
    """Undo PDF/typing artifacts so numbers read the same in every source."""
    text = (text or "").translate(FULL_WIDTH).replace("**", "")
    text = SPLIT_DECIMAL.sub(r"\1.\2", text)
    text = SPLIT_PERCENT.sub(r"\1%", text)
    return THOUSANDS.sub("", text)


def parse_number(text: str) -> Decimal | None:
    """A table cell's number: "78. 26%" -> 78.26, "1,846" -> 1846, "—" -> None."""
    cleaned = normalize(text).strip().rstrip("%").strip()
    if not cleaned or not re.fullmatch(r"-?\d+(?:\.\d+)?", cleaned):
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def cell_number(cell) -> Decimal | None:
    if cell.value is not None and not isinstance(cell.value, bool):
        return Decimal(str(cell.value))
    return parse_number(cell.text)


def is_percent_text(text: str) -> bool:
    return normalize(text).strip().endswith("%")


def decimals(text: str) -> int:
    match = re.search(r"\.(\d+)", text)
    return len(match.group(1)) if match else 0


def tolerance(text_or_places) -> Decimal:
    """Half a unit in the last printed place: 66.4 -> 0.05, 90.89 -> 0.005."""
    places = text_or_places if isinstance(text_or_places, int) else decimals(text_or_places)
    return Decimal(5) * Decimal(10) ** (-places - 1) + Decimal("0.000001")


def rounds_to(exact: Decimal, shown: str) -> bool:
    return abs(exact - Decimal(shown)) <= tolerance(shown)


def fmt(value: Decimal | float | int, places: int = 2) -> str:
    d = Decimal(str(value))
    if d == d.to_integral() and places == 0:
        return str(int(d))
    return str(d.quantize(Decimal(1).scaleb(-places)))


def plain(value) -> str:
    """A Decimal without trailing zeros: 36.360 -> 36.36, 5.0 -> 5."""
    d = Decimal(str(value))
    if d == d.to_integral():
        return str(int(d))
    return format(d.normalize(), "f")


@dataclass(frozen=True)
class Number:
    """A number found in running text."""

    text: str  # "90.89"
    value: Decimal
    unit: str  # "%", "人", "" …
    start: int
    end: int  # end of the unit
    approx: bool = False

    @property
    def shown(self) -> str:
        return f"{self.text}{self.unit}"


def find_numbers(text: str) -> list[Number]:
    """Numbers with their units in normalized text; years (2025 年/届) are excluded."""
    found = []
    for m in NUMBER.finditer(text):
        unit = m.group(2) or ""
        after = text[m.end():m.end() + 2]
        if unit == "年" or (len(m.group(1)) == 4 and not unit and after[:1] in ("届", "年", "级")):
            continue
        if re.match(r"\s*[年月日届级号]", text[m.end(1):m.end(1) + 2]) and unit in ("", "年"):
            continue
        before = text[max(0, m.start() - 2):m.start()]
        approx = any(before.endswith(w) for w in APPROX_BEFORE) or any(after.startswith(w) for w in APPROX_AFTER) \
            or any(text[m.end(1):m.end()+3].lstrip().startswith(w) for w in ("余", "多"))
        found.append(Number(m.group(1), Decimal(m.group(1)), unit, m.start(), m.end(), approx))
    return found
