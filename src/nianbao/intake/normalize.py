"""Cell values -> clean text.

Code-like columns (ids, years, numbers, percentages) get full NFKC; names keep their
Chinese punctuation (（）、) and only have full-width letters, digits and spaces folded.
Stray spaces are stripped, and removed next to Chinese characters (“机械 工程系”).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from decimal import Decimal, InvalidOperation

# Full-width ASCII letters and digits (U+FF10..), ideographic and no-break spaces.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF10, 0xFF1A)}
_FOLD.update({cp: cp - 0xFEE0 for cp in range(0xFF21, 0xFF3B)})
_FOLD.update({cp: cp - 0xFEE0 for cp in range(0xFF41, 0xFF5B)})
_FOLD.update({0x3000: 0x20, 0x00A0: 0x20, 0xFEFF: None, 0x200B: None})
_SPACE_NEAR_CJK = re.compile(r"\s+(?=[^\x00-\x7f])|(?<=[^\x00-\x7f])\s+")
_SPACES = re.compile(r"\s+")
_ALL_SPACES = re.compile(r"\s+")


def clean_text(text: str) -> str:
    text = text.translate(_FOLD).strip()
    if _ALL_SPACES.search(text) is None:
        return text
    text = _SPACE_NEAR_CJK.sub("", text)
    return _SPACES.sub(" ", text)


def clean_code(text: str) -> str:
    if text.isascii() and text.isalnum():
        return text
    return _ALL_SPACES.sub("", unicodedata.normalize("NFKC", text))


def header_key(text) -> str:
    """Headers compare after NFKC, without spaces, line breaks and required-marks (*)."""
    if text is None:
        return ""
    key = clean_code(cell_text(text))
    return key.strip("*").removesuffix("(必填)").removesuffix("(选填)")


def number_text(value: float | int) -> str:
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, int):
        return str(value)
    if value != value or value in (float("inf"), float("-inf")):
        return str(value)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def date_text(value: dt.date | dt.datetime | dt.time) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    return value.isoformat()


def cell_text(value) -> str:
    """Any cell (str, int, float, bool, date, None) as text, before column-specific cleaning."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (bool, int, float)):
        return number_text(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return date_text(value)
    return str(value)


def normalize_cell(value, code: bool) -> str:
    text = cell_text(value)
    return clean_code(text) if code else clean_text(text)


def fraction_to_percent(value: float) -> str:
    """0.9089 (an Excel cell formatted as 90.89%) -> "90.89"."""
    try:
        return format(Decimal(repr(float(value))).scaleb(2).normalize(), "f")
    except (InvalidOperation, ValueError):
        return cell_text(value)
