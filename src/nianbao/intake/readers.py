"""Read a CSV or spreadsheet into a grid of cells, rows numbered as Excel shows them.

CSV: UTF-8 (with or without BOM) is tried strictly first, then GB18030 (a superset of
GBK), then whatever charset-normalizer detects. Spreadsheets (xlsx, xlsm, xls, ods) are
read with python-calamine when installed, else openpyxl (xlsx only).
"""
from __future__ import annotations

import codecs
import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from .problems import IntakeError, Problem

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
DELIMITERS = (",", "\t", ";", "|")


@dataclass
class RawSheet:
    file: str  # the name shown in messages
    sheet: str | None  # None for CSV
    rows: list[list]  # rows[i] is row i + 1 as the user sees it
    merged: list[tuple[tuple[int, int], tuple[int, int]]] = field(default_factory=list)  # 0-based, inclusive
    typed: bool = False  # cells carry Excel types (numbers as float, dates as date)
    encoding: str = "utf-8"


def fail(file: str, message: str, expected: str, sheet: str | None = None) -> IntakeError:
    return IntakeError([Problem(file, sheet, None, None, None, expected, message, message)])


def read_source(path: Path, shown: str, sheet: str | None = None) -> RawSheet:
    if not path.is_file():
        raise fail(shown, "文件不存在", "存在的 CSV 或 Excel 文件")
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        return read_spreadsheet(path, shown, sheet)
    if suffix in CSV_SUFFIXES or not suffix:
        return read_csv(path.read_bytes(), shown)
    raise fail(shown, f"不支持的文件类型“{suffix}”", "CSV（.csv）或 Excel（.xlsx、.xls）文件")


# ---------------------------------------------------------------- CSV

def decode(data: bytes, shown: str) -> tuple[str, str]:
    """Bytes -> (text, encoding name)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError:
            pass
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(data).best()
    except Exception:  # noqa: BLE001 - a detector failure is an undetectable encoding
        best = None
    if best is None:
        raise fail(shown, "无法识别文件编码", "UTF-8 或 GBK/GB18030 编码的 CSV 文件")
    return str(best), best.encoding


def sniff_delimiter(text: str) -> str:
    head = text[:20000].splitlines()[:20]
    counts = {d: sum(line.count(d) for line in head) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes, shown: str) -> RawSheet:
    text, encoding = decode(data, shown)
    text = text.replace("\x00", "")
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    try:
        for row in reader:
            rows.append(row)
    except csv.Error as exc:
        raise fail(shown, f"CSV 格式错误（第 {len(rows) + 1} 行附近）：{exc}", "标准 CSV 文件") from exc
    check_quotes(text, rows, delimiter, shown)
    return RawSheet(shown, None, rows, encoding=encoding)


def check_quotes(text: str, rows: list[list[str]], delimiter: str, shown: str) -> None:
    """A quote opened and never closed swallows the rest of the file into one value: say so,
    with the row where it opens, instead of printing that value (it holds other rows' 学号)."""
    if not rows or '"' not in text:
        return
    last = rows[-1]
    if not any("\n" in cell or "\r" in cell for cell in last):
        return
    strict = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    count = 0
    try:
        for count, _ in enumerate(strict, start=1):
            pass
    except csv.Error as exc:
        if "unexpected end of data" not in str(exc):
            return  # another irregularity that the tolerant reader accepted
        row = count + 1
        raise IntakeError([Problem(shown, None, row, None, None, "引号成对出现；值中的引号写作两个引号（\"\"）",
                                   "引号没有配对：从这里起到文件末尾都会被当作一个值", "引号没有配对")]) from exc


# ---------------------------------------------------------------- spreadsheets

def read_spreadsheet(path: Path, shown: str, sheet: str | None) -> RawSheet:
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return read_openpyxl(path, shown, sheet)
    return read_calamine(path, shown, sheet)


def _missing_sheet(shown: str, sheet: str, names: list[str]) -> IntakeError:
    return fail(shown, f"找不到工作表“{sheet}”", f"以下工作表之一：{'、'.join(names)}")


def read_calamine(path: Path, shown: str, sheet: str | None) -> RawSheet:
    from python_calamine import CalamineWorkbook
    try:
        book = CalamineWorkbook.from_path(str(path))
        names = list(book.sheet_names)
        if not names:
            raise fail(shown, "工作簿中没有工作表", "至少含一个工作表的 Excel 文件")
        if sheet is not None and sheet not in names:
            raise _missing_sheet(shown, sheet, names)
        name = sheet if sheet is not None else names[0]
        ws = book.get_sheet_by_name(name)
        rows = ws.to_python(skip_empty_area=False)
        merged = list(ws.merged_cell_ranges or [])
    except IntakeError:
        raise
    except Exception as exc:  # noqa: BLE001 - calamine raises its own types for corrupt files
        raise fail(shown, f"无法读取 Excel 文件：{type(exc).__name__}", "可用 Excel 打开的 .xlsx/.xls 文件") from exc
    return RawSheet(shown, name, rows, merged, typed=True)


def read_openpyxl(path: Path, shown: str, sheet: str | None) -> RawSheet:
    import openpyxl
    try:
        book = openpyxl.load_workbook(path, data_only=True)
    except Exception as exc:  # noqa: BLE001
        raise fail(shown, f"无法读取 Excel 文件：{type(exc).__name__}", "可用 Excel 打开的 .xlsx 文件") from exc
    if sheet is not None and sheet not in book.sheetnames:
        raise _missing_sheet(shown, sheet, book.sheetnames)
    ws = book[sheet] if sheet is not None else book.worksheets[0]
    rows = [list(r) for r in ws.iter_rows(min_row=1, min_col=1, values_only=True)]
    merged = [((r.min_row - 1, r.min_col - 1), (r.max_row - 1, r.max_col - 1)) for r in ws.merged_cells.ranges]
    return RawSheet(shown, ws.title, rows, merged, typed=True)
