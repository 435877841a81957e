"""Read a CSV or spreadsheet into a grid of cells, rows numbered as Excel shows them.

CSV: UTF-8 (with or without BOM) is tried strictly first, then GB18030 (a superset of
GBK), then whatever charset-normalizer detects. Spreadsheets (xlsx, xlsm, xls, ods) are
read with python-calamine when installed, else openpyxl (xlsx only).
"""
from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from zlib import error as zlib_error
from dataclasses import dataclass, field
from pathlib import Path

from ..limits import Limits, current_limits
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
    limit = current_limits().max_data_file_bytes
    if path.stat().st_size > limit:
        raise fail(shown, f"文件过大（{path.stat().st_size / 1024**2:.0f} MB）",
                   f"不超过 {limit / 1024**2:.0f} MB 的数据文件（上限可用环境变量 "
                   f"{Limits.env_name('max_data_file_bytes')} 设置）")
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
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
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
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        check_xlsx_bounds(path, shown, current_limits())
    try:
        import python_calamine  # noqa: F401
    except ImportError:
        return read_openpyxl(path, shown, sheet)
    return read_calamine(path, shown, sheet)


# Scanning every cell reference of a 1,000,000-row sheet costs seconds; these rarer patterns
# bound the used range as tightly for the cases that matter (see _scan_sheet).
# Patterns start with a literal so the regex engine can skip ahead (a leading \b made
# them ten times slower); an uppercase letter after r=" is a cell reference in practice.
_ROW_REF = re.compile(rb'<row [^>]*?r="(\d{1,12})"')
_FAR_ROW_CELL = re.compile(rb'r="[A-Z]{1,4}(\d{7,12})"')  # a cell at row 1,000,000 or below
_WIDE_CELL = re.compile(rb'r="([A-Z]{2,4})\d')  # a cell right of column Z
_ANY_CELL_ROW = re.compile(rb'r="[A-Z]{1,4}(\d{1,12})"')
# The exact walk, for sheets whose cells do not all start with r="…" (positions implied).
_TAG = re.compile(rb'<(?:\w+:)?(row|c)(?=[\s/>])([^>]*)>')
_R_ATTR = re.compile(rb'\sr="([A-Z]{0,4})(\d{0,12})"')
_CHUNK = 1 << 22
SINGLE_LETTER_COLUMNS = 26
ROWS_BELOW_FAR = 999_999


def _column_number(letters: bytes) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ch - 64
    return number


def check_xlsx_bounds(path: Path, shown: str, limits: Limits) -> None:
    """Before calamine sees the file: the decompressed size and the used range of every sheet.

    calamine allocates rows x columns of a sheet's used range at once, so one cell at
    XFD1048576 asks for 17 billion cells and aborts the process; a zip bomb expands to
    gigabytes. The sizes declared in the zip are checked first (instant), then each sheet
    is streamed, counting the bytes actually produced (a bomb may declare small sizes)."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise fail(shown, "不是有效的 Excel 文件（无法作为 .xlsx 打开）", "可用 Excel 打开的 .xlsx 文件") from exc
    with archive:
        entries = archive.infolist()
        declared = sum(i.file_size for i in entries)
        _check_unpacked(declared, shown, limits)
        produced = 0
        for info in entries:
            if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                produced = _scan_sheet(archive, info, shown, limits, produced)


def _check_unpacked(size: int, shown: str, limits: Limits) -> None:
    if size > limits.max_spreadsheet_unpacked_bytes:
        raise fail(shown, f"Excel 文件解压后过大（超过 {limits.max_spreadsheet_unpacked_bytes / 1024**2:.0f} MB），"
                          "可能已损坏或是压缩炸弹",
                   f"解压后不超过 {limits.max_spreadsheet_unpacked_bytes / 1024**2:.0f} MB 的 Excel 文件（上限可用环境变量 "
                   f"{Limits.env_name('max_spreadsheet_unpacked_bytes')} 设置）")


def _scan_sheet(archive: zipfile.ZipFile, info: zipfile.ZipInfo, shown: str, limits: Limits,
                produced: int) -> int:
    """Bound the sheet's used range (rows x columns) without parsing every cell.

    Fast path, for sheets whose every cell starts with r="…" (Excel, WPS, openpyxl):
    rows from the <row> elements and from cells at row 1,000,000 or below; columns from the
    cells right of Z (else at most 26); only a sheet wider than max_cells / 999,999 columns
    needs the last row of all its cells. Any other sheet is walked tag by tag."""
    rows = max_row = max_column = 0
    plain = True  # every cell carries its reference first
    tail = b""
    try:
        with archive.open(info) as fh:
            while chunk := fh.read(_CHUNK):
                produced += len(chunk)
                _check_unpacked(produced, shown, limits)
                text = tail + chunk
                max_row = max([max_row, *map(int, _ROW_REF.findall(text) + _FAR_ROW_CELL.findall(text))])
                wide = set(_WIDE_CELL.findall(text))
                max_column = max([max_column, SINGLE_LETTER_COLUMNS if b'<c r="' in text else 0,
                                  *map(_column_number, wide)])
                rows += text.count(b"<row") - tail.count(b"<row")
                plain = plain and _cells_have_references(_whole_tags(text))
                tail = text[-64:]
        if not plain:
            max_row, max_column = _walk_sheet(archive, info)
        elif max_column * ROWS_BELOW_FAR > limits.max_spreadsheet_cells:
            max_row = max(max_row, _last_cell_row(archive, info))
        max_row = max(max_row, rows)
    except (zipfile.BadZipFile, OSError, EOFError, zlib_error) as exc:
        raise fail(shown, "Excel 文件已损坏（无法解压）", "可用 Excel 打开的 .xlsx 文件") from exc
    if max_column > limits.max_spreadsheet_columns or max_row * max_column > limits.max_spreadsheet_cells:
        raise fail(shown, f"工作表的数据区域过大（{max_row} 行 × {max_column} 列；常见原因：远处的单元格有内容或格式）",
                   f"不超过 {limits.max_spreadsheet_columns} 列、共 {limits.max_spreadsheet_cells} 个单元格的工作表"
                   f"（可删除多余的行列后重新保存；上限可用环境变量 {Limits.env_name('max_spreadsheet_cells')}、"
                   f"{Limits.env_name('max_spreadsheet_columns')} 设置）")
    return produced


def _whole_tags(text: bytes) -> bytes:
    """The text without a tag cut short by the chunk's end (`<c ` whose `r="` is in the next
    chunk): the next text starts with this one's last 64 bytes and sees that tag whole."""
    cut = text.rfind(b"<")
    return text[:cut] if len(text) - cut < 8 else text


def _cells_have_references(text: bytes) -> bool:
    cells = text.count(b"<c ") + text.count(b"<c>") + text.count(b"<c/>")
    return cells == text.count(b'<c r="') and b":c " not in text and b":row" not in text


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo):
    """The entry's bytes in chunks that overlap by 64 bytes (a tag cut in two is seen whole)."""
    tail = b""
    with archive.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            yield tail + chunk, len(tail)
            tail = chunk[-64:]


def _last_cell_row(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> int:
    last = 0
    for text, _ in _chunks(archive, info):
        last = max([last, *map(int, _ANY_CELL_ROW.findall(text))])
    return last


def _walk_sheet(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, int]:
    """Positions as a reader assigns them: a row or cell without r="…" follows the previous one."""
    row = column = max_row = max_column = 0
    for text, overlap in _chunks(archive, info):
        for match in _TAG.finditer(text):
            if match.start() < overlap:
                continue  # seen in the previous chunk
            ref = _R_ATTR.search(match[2])
            if match[1] == b"row":
                row = int(ref[2]) if ref and ref[2] else row + 1
                column = 0
            else:
                column = _column_number(ref[1]) if ref and ref[1] else column + 1
                if ref and ref[2]:
                    row = int(ref[2])
            max_row, max_column = max(max_row, row), max(max_column, column)
    return max_row, max_column


def _missing_sheet(shown: str, sheet: str, names: list[str]) -> IntakeError:
    return fail(shown, f"找不到工作表“{sheet}”", f"以下工作表之一：{'、'.join(names)}")


def read_calamine(path: Path, shown: str, sheet: str | None) -> RawSheet:
    from python_calamine import CalamineError, CalamineWorkbook
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
    except (CalamineError, OSError, ValueError, KeyError) as exc:  # a corrupt or disguised file
        raise fail(shown, f"无法读取 Excel 文件：{type(exc).__name__}", "可用 Excel 打开的 .xlsx/.xls 文件") from exc
    return RawSheet(shown, name, rows, merged, typed=True)


def read_openpyxl(path: Path, shown: str, sheet: str | None) -> RawSheet:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException
    try:
        book = openpyxl.load_workbook(path, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, ValueError, KeyError) as exc:  # corrupt file
        raise fail(shown, f"无法读取 Excel 文件：{type(exc).__name__}", "可用 Excel 打开的 .xlsx 文件") from exc
    if sheet is not None and sheet not in book.sheetnames:
        raise _missing_sheet(shown, sheet, book.sheetnames)
    ws = book[sheet] if sheet is not None else book.worksheets[0]
    rows = [list(r) for r in ws.iter_rows(min_row=1, min_col=1, values_only=True)]
    merged = [((r.min_row - 1, r.min_col - 1), (r.max_row - 1, r.max_col - 1)) for r in ws.merged_cells.ranges]
    return RawSheet(shown, ws.title, rows, merged, typed=True)
