"""Reading real-world files: encodings, title rows, merged headers, full-width text, percentages."""
import datetime as dt

import pytest

from nianbao.intake.parse import parse_file
from nianbao.intake.readers import decode
from nianbao.intake.validate import Context

from intake_helpers import GRADUATE_HEADER, graduate, write_csv, write_xlsx

DESTS = {"签劳动合同形式就业": "签劳动合同形式就业", "升学": "境内升学", "境内升学": "境内升学"}


def ctx():
    return Context(dict(DESTS))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_csv_encodings(tmp_path, encoding):
    path = write_csv(tmp_path / "g.csv", [GRADUATE_HEADER, graduate(1, province="内蒙古")], encoding)
    parsed = parse_file(path, "graduates", ctx())
    assert parsed.ok, parsed.problems
    assert parsed.columns["origin_province"] == ["内蒙古自治区"]
    assert parsed.columns["major"] == ["数控技术"]


def test_decode_prefers_utf8_then_gb18030():
    assert decode("学号".encode("utf-8"), "x")[1] == "utf-8-sig"
    assert decode("学号".encode("gbk"), "x")[1] == "gb18030"
    assert decode("学号".encode("utf-16"), "x") == ("学号", "utf-16")


def test_title_row_full_width_and_stray_spaces(tmp_path):
    rows = [["2025届毕业生去向（系统导出）"], [" 学号 ", "性 别", "民族", "生源地", "院系", "专业", "毕业去向"],
            ["２０２５０００００１", " 男 ", "汉", "新疆", "机械 工程系", "数控技术", "升学"],
            ["", "", "", "", "", "", ""]]
    parsed = parse_file(write_csv(tmp_path / "g.csv", rows, "gbk"), "graduates", ctx())
    assert parsed.ok, parsed.problems
    assert parsed.row_numbers == [3]
    assert parsed.columns["student_id"] == ["2025000001"]
    assert parsed.columns["department"] == ["机械工程系"]
    assert parsed.columns["origin_province"] == ["新疆维吾尔自治区"]
    assert parsed.columns["destination"] == ["境内升学"]
    assert parsed.columns["ethnicity"] == ["汉族"]


def test_xlsx_title_row_merged_header_and_trailing_empties(tmp_path):
    rows = [["毕业生去向名单", None, None, None, None, None, None, None],
            ["学号", "基本信息", None, None, "生源地", "就读", None, "毕业去向"],
            [None, "性别", "民族", None, None, "院系", "专业", None],
            [2025000001, "男", "汉族", None, "北京", "机械工程系", "数控技术", "升学", None],
            [None] * 10, [None] * 10]
    path = write_xlsx(tmp_path / "g.xlsx", rows, sheet="名单",
                      merged=["A1:H1", "A2:A3", "B2:C2", "E2:E3", "F2:G2", "H2:H3"], extra_sheets=["其他"])
    parsed = parse_file(path, "graduates", ctx())
    assert parsed.ok, parsed.problems
    assert parsed.sheet == "名单"
    assert parsed.row_numbers == [4]
    assert parsed.columns["student_id"] == ["2025000001"]
    assert parsed.columns["origin_province"] == ["北京市"]


def test_xlsx_sheet_by_name_and_missing_sheet(tmp_path):
    path = write_xlsx(tmp_path / "g.xlsx", [["说明"]], sheet="说明", extra_sheets=[])
    import openpyxl
    book = openpyxl.load_workbook(path)
    ws = book.create_sheet("数据")
    ws.append(GRADUATE_HEADER)
    ws.append(graduate(1))
    book.save(path)
    assert parse_file(path, "graduates", ctx(), sheet="数据").ok
    missing = parse_file(path, "graduates", ctx(), sheet="无此表")
    assert "找不到工作表" in missing.problems[0].message and "数据" in missing.problems[0].expected


def test_percent_forms(tmp_path):
    header = ["指标代码", "指标名称", "分组", "数值", "样本量", "数据来源"]
    rows = [header, ["a", "甲", "", "90.89%", "１２０", "调查"], ["b", "乙", "", "９０．８９", "", "调查"]]
    parsed = parse_file(write_csv(tmp_path / "s.csv", rows), "survey", ctx())
    assert parsed.ok, parsed.problems
    assert parsed.columns["value"] == ["90.89", "90.89"]
    assert parsed.columns["n"] == ["120", None]


def test_xlsx_percent_cells_are_fractions(tmp_path):
    header = ["指标代码", "指标名称", "分组", "数值", "样本量", "数据来源"]
    rows = [header, ["a", "甲", None, 0.9089, 356, "调查"], ["b", "乙", None, 1, None, "调查"]]
    parsed = parse_file(write_xlsx(tmp_path / "s.xlsx", rows), "survey", ctx())
    assert parsed.ok, parsed.problems
    assert parsed.columns["value"] == ["90.89", "100"]
    assert parsed.columns["n"] == ["356", None]


def test_figures_keep_typed_precision_and_percent_unit(tmp_path):
    header = ["指标代码", "指标名称", "分组", "年份", "单位", "数值", "数据来源"]
    rows = [header, ["hours", "课时", "", "2025", "课时", "1166.0", "平台"],
            ["dual_share", "双师占比", "", "２０２５", "%", "82.69%", "平台"],
            ["bad", "错", "", "25", "人", "82.69%", "平台"]]
    parsed = parse_file(write_csv(tmp_path / "f.csv", rows), "figures", ctx())
    assert parsed.columns["value"][:2] == ["1166.0", "82.69"]
    assert [(p.row, p.column, p.reason) for p in parsed.problems] == [
        (4, "年份", "年份格式不对"), (4, "数值", "数值与单位不符")]


def test_staff_roster(tmp_path):
    header = ["工号", "姓名", "性别", "出生年月", "部门", "岗位类别", "学历", "学位", "职称", "职称级别", "双师型"]
    rows = [header,
            ["T001", "甲", "女", "1985.06", "机械工程系", "专任教师", "硕士", "硕士学位", "副教授", "副高级", "是"],
            ["T002", "乙", "男", dt.date(1990, 1, 5), "教务部", "行政", "本科", "学士", "", "中级", "N"],
            ["T003", "丙", "男", "", "教务部", "行政", "本科", "学士", "", "中级", "否"]]
    parsed = parse_file(write_xlsx(tmp_path / "s.xlsx", rows), "staff", ctx())
    assert parsed.columns["birth_month"] == ["1985-06", "1990-01", None]
    assert parsed.columns["post_category"] == ["专任教师", "行政人员", "行政人员"]
    assert parsed.columns["title_level"] == ["副高", "中级", "中级"]
    assert parsed.columns["dual_qualified"] == ["是", "否", "否"]
    assert [(p.row, p.reason) for p in parsed.problems] == [(4, "出生年月、年龄都为空")]
