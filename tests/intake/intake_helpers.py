"""Helpers for the intake tests: the example project, small CSV/XLSX fixture files."""
import csv
import io
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "tianjin-polytechnic-2025"

GRADUATE_HEADER = ["学号", "姓名", "性别", "民族", "生源地", "院系", "专业", "毕业去向"]


def csv_bytes(rows, encoding="utf-8") -> bytes:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode(encoding)


def write_csv(path: Path, rows, encoding="utf-8") -> Path:
    path.write_bytes(csv_bytes(rows, encoding))
    return path


def write_xlsx(path: Path, rows, sheet="Sheet1", merged=(), extra_sheets=()) -> Path:
    import openpyxl
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = sheet
    for row in rows:
        ws.append(list(row))
    for ref in merged:
        ws.merge_cells(ref)
    for name in extra_sheets:
        book.create_sheet(name)
    book.save(path)
    return path


def graduate(i, gender="男", ethnicity="汉族", province="河北省", department="机械工程系", major="数控技术",
             destination="签劳动合同形式就业", name="测试"):
    return [f"20259{i:05d}", name, gender, ethnicity, province, department, major, destination]
