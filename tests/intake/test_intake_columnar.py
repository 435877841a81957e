"""Large CSV files are checked column by column in DuckDB: the same problems, row numbers, notes and
canonical data as the row-by-row reader, and the row reader for what DuckDB would misread."""
from __future__ import annotations

import csv

import pytest

from intake_helpers import GRADUATE_HEADER, graduate, write_csv
from nianbao.intake import columnar, import_file, project_context
from nianbao.intake.parse import parse_file
from nianbao.intake.schemas import SCHEMAS


def messy_rows() -> list[list[str]]:
    """Every kind of cell the row reader has a rule for, each a few times."""
    rows = [["2025届毕业生去向名单"], GRADUATE_HEADER + ["备注"]]
    edits = {
        1: (0, "２０２２００９９"), 2: (2, "男性"), 3: (2, "X"), 4: (4, "河北"), 5: (4, "火星"), 6: (5, " 机械 工程系 "),
        7: (6, "不存在的专业"), 8: (7, "乱写"), 9: (0, ""), 11: (3, "汉"), 12: (0, "2022000000"), 13: (2, " "),
        14: (5, "智能技术系"), 15: (3, "\u3000"), 16: (1, "\u3000张三\u3000"), 17: (6, "ＡＢＣ专业"),
        18: (7, "签就业协议形式就业 "),
    }
    for i in range(120):
        row = graduate(i) + [""]
        row[0] = f"20220{i:05d}"
        column, value = edits.get(i % 20, (None, None))
        if column is not None:
            row[column] = value
        if i % 20 == 10:
            row[-1] = "备注,含逗号\n和换行"
        if i % 20 == 19:
            row = [""] * len(row)
        rows.append(row)
    return rows


def parse_both(path, project, monkeypatch):
    ctx = project_context(project)
    monkeypatch.setattr(columnar, "MIN_BYTES", 0)
    fast = parse_file(path, "graduates", ctx, "名单.csv")
    monkeypatch.setattr(columnar, "MIN_BYTES", 1 << 60)
    slow = parse_file(path, "graduates", ctx, "名单.csv")
    return fast, slow


def canonical(parsed, tmp_path, name) -> bytes:
    path = tmp_path / name
    parsed.write_canonical(path, SCHEMAS["graduates"].names(), durable=False)
    return path.read_bytes()


@pytest.mark.parametrize("encoding,newline", [("utf-8", "\n"), ("utf-8-sig", "\r\n")])
def test_same_problems_and_data_as_the_row_reader(project, tmp_path, monkeypatch, encoding, newline):
    path = tmp_path / "messy.csv"
    with open(path, "w", encoding=encoding, newline="") as fh:
        csv.writer(fh, lineterminator=newline).writerows(messy_rows())
    fast, slow = parse_both(path, project, monkeypatch)
    assert fast.columnar is not None and slow.columnar is None
    assert not fast.columnar.sorted_output  # rewritten by CASE: canon keeps the file's order unsorted
    assert len(fast.problems) > 40
    assert fast.problems == slow.problems
    assert (fast.row_numbers, fast.rows_read, fast.first_data_row, fast.notes) == \
        (slow.row_numbers, slow.rows_read, slow.first_data_row, slow.notes)
    assert canonical(fast, tmp_path, "a.csv") == canonical(slow, tmp_path, "b.csv")
    by_row = {(p.row, p.column): p for p in fast.problems}
    assert by_row[(8, "生源地")].message == "省份“火*”无法识别"  # i = 5 is Excel row 8; a personal file: masked
    assert by_row[(12, "学号")].message == "学号不能为空"  # i = 9
    assert by_row[(15, "学号")].value == "（已隐去）"  # i = 12 repeats i = 0: personal values are masked


@pytest.mark.parametrize("blank_rows", [True, False])
def test_rewritten_values_mapped_by_a_join_give_the_same_rows_in_order(project, tmp_path, monkeypatch, blank_rows):
    """Past CASE_LIMIT rewritten values a column is mapped by a join, whose output DuckDB may
    reorder: the canonical CSV is then sorted, and still the row reader's, byte for byte."""
    monkeypatch.setattr(columnar, "CASE_LIMIT", 0)
    rows = [r for r in messy_rows() if blank_rows or any(r)]
    path = write_csv(tmp_path / "messy.csv", rows)
    fast, slow = parse_both(path, project, monkeypatch)
    assert fast.columnar.sorted_output and fast.columnar.has_blank_rows is blank_rows
    assert fast.problems == slow.problems and list(fast.row_numbers) == slow.row_numbers
    assert canonical(fast, tmp_path, "a.csv") == canonical(slow, tmp_path, "b.csv")


@pytest.mark.parametrize("damage", ["blank line", "gb18030", "short row", "long row", "nul byte"])
def test_what_duckdb_would_misread_goes_to_the_row_reader(project, tmp_path, monkeypatch, damage):
    rows = messy_rows()[:40]
    data = "".join(",".join(f'"{c}"' if ("," in c or "\n" in c) else c for c in r) + "\n" for r in rows)
    if damage == "blank line":
        data = data.replace("\n2022000003", "\n\n2022000003")
    elif damage == "short row":
        data = data.replace("\n2022000004,测试,男,汉族,河北省,", "\n2022000004,测试,男,汉族,河北省\n")
    elif damage == "long row":
        data = data.replace("\n2022000004,", "\n2022000004,多余,")
    elif damage == "nul byte":
        data = data.replace("数控技术", "数控\x00技术", 1)
    path = tmp_path / "damaged.csv"
    path.write_bytes(data.encode("gb18030" if damage == "gb18030" else "utf-8"))
    fast, slow = parse_both(path, project, monkeypatch)
    assert fast.problems == slow.problems and fast.row_numbers == slow.row_numbers
    assert (fast.columnar is None) == (damage not in ("short row", "long row"))  # ragged rows: both pad or cut


def test_large_import_is_stored_and_built_from(project_dir, project, tmp_path, monkeypatch):
    from nianbao.indicators import Indicators
    from nianbao.project import open_project
    monkeypatch.setattr(columnar, "MIN_BYTES", 0)
    rows = [["学号", "性别", "民族", "生源地", "院系", "专业", "毕业去向"]]
    rows += [[f"2022{i:06d}", "男" if i % 3 else "女", "汉族", "河北", "机械工程系", "数控技术",
              "签劳动合同形式就业" if i % 4 else "待就业"] for i in range(300)]
    result = import_file(project, "graduates", write_csv(tmp_path / "g.csv", rows))
    assert result.version is not None and result.parsed.columnar is not None
    ind = Indicators(open_project(project_dir))
    assert ind.value("graduate_count").display == "300"
    assert ind.value("placement_rate").display == "75.00%"
    assert ind.value("graduate_count", {"origin_province": "河北省"}).display == "300"


def write_xlsx(path, rows, typed: bool = True, left: int = 0):
    """The rows in a workbook as a user's would hold them: 学号 as numbers, the title merged over the table."""
    import openpyxl
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "2025届"
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1 + left):
            if typed and r > 2 and c == 1 + left and value.isdigit():
                value = int(value) if r % 2 else float(value)  # Excel keeps numbers as floats
            sheet.cell(row=r, column=c, value=value if value != "" else None)
    sheet.merge_cells(start_row=1, start_column=1 + left, end_row=1, end_column=4 + left)
    book.save(path)
    return path


def parse_sheet_both(path, project, monkeypatch):
    ctx = project_context(project)
    monkeypatch.setattr(columnar, "MIN_SHEET_BYTES", 0)
    fast = parse_file(path, "graduates", ctx, "名单.xlsx")
    monkeypatch.setattr(columnar, "MIN_SHEET_BYTES", 1 << 60)
    slow = parse_file(path, "graduates", ctx, "名单.xlsx")
    return fast, slow


@pytest.mark.parametrize("left", [0, 2])
def test_xlsx_same_problems_and_data_as_the_row_reader(project, tmp_path, monkeypatch, left):
    path = write_xlsx(tmp_path / "messy.xlsx", messy_rows(), left=left)
    fast, slow = parse_sheet_both(path, project, monkeypatch)
    assert fast.columnar is not None and slow.columnar is None
    assert not fast.columnar.sorted_output  # rewritten by CASE: canon keeps the file's order unsorted
    assert len(fast.problems) > 40
    assert fast.problems == slow.problems
    assert (fast.sheet, fast.row_numbers, fast.rows_read, fast.first_data_row, fast.notes, fast.encoding) == \
        (slow.sheet, slow.row_numbers, slow.rows_read, slow.first_data_row, slow.notes, slow.encoding)
    assert canonical(fast, tmp_path, "a.csv") == canonical(slow, tmp_path, "b.csv")
    by_row = {(p.row, p.column): p for p in fast.problems}
    assert by_row[(8, "生源地")].message == "省份“火*”无法识别" and by_row[(8, "生源地")].sheet == "2025届"
    assert by_row[(12, "学号")].message == "学号不能为空"


def test_xlsx_with_merged_data_cells_goes_to_the_row_reader(project, tmp_path, monkeypatch):
    import openpyxl
    path = write_xlsx(tmp_path / "merged.xlsx", messy_rows()[:30])
    book = openpyxl.load_workbook(path)
    book.active.merge_cells("F5:F6")  # 院系 written once for two rows
    book.save(path)
    fast, slow = parse_sheet_both(path, project, monkeypatch)
    assert fast.columnar is None and fast.problems == slow.problems


def test_large_xlsx_import_is_stored_and_built_from(project_dir, project, tmp_path, monkeypatch):
    from nianbao.indicators import Indicators
    from nianbao.project import open_project
    monkeypatch.setattr(columnar, "MIN_SHEET_BYTES", 0)
    monkeypatch.setattr(columnar, "SHEET_BLOCK_ROWS", 64)  # several blocks
    rows = [["毕业生名单"], ["学号", "性别", "民族", "生源地", "院系", "专业", "毕业去向"]]
    rows += [[f"2022{i:06d}", "男" if i % 3 else "女", "汉族", "河北", "机械工程系", "数控技术",
              "签劳动合同形式就业" if i % 4 else "待就业"] for i in range(300)]
    result = import_file(project, "graduates", write_xlsx(tmp_path / "g.xlsx", rows))
    assert result.version is not None and result.parsed.columnar is not None
    assert result.parsed.row_numbers[0] == 3 and result.parsed.row_numbers[-1] == 302
    ind = Indicators(open_project(project_dir))
    assert ind.value("graduate_count").display == "300"
    assert ind.value("placement_rate").display == "75.00%"


@pytest.mark.parametrize("chunk,blank", [
    (b"a\nb\n", False), (b"a\n\nb", True), (b"a\r\n\r\nb", True), (b"a\n\r\nb", True), (b"a\r\nb\r\n", False),
    (b"a\n\r", False), (b"\n\n", True), (b"a\rb\n\rc", False), (b"", False), (b"\n", False),
])
def test_blank_lines_are_found_in_a_block(chunk, blank):
    assert columnar._blank_line(chunk) is blank
