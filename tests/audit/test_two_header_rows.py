"""Yearly tables with two header rows (a year printed in the middle of its merged cell over 人数/占比 or
期数/人次), header names wrapped in their cells, and growths read against them. Own text in the form
`pdftotext -layout` prints (the PDF reader places cells through the same TableLines); the held-out
daichuan report stays a measure."""
from __future__ import annotations

from nianbao.audit import audit_report, read_report

TITLE = ("桐岗卫生职业学院 2025 年度质量报告\n\n一、学生发展\n"
         "学院面向县乡医疗机构和养老机构培养护理、药学和康复人才，坚持以岗位需求确定招生结构，"
         "逐步压缩供给过剩的专业，扩大基层紧缺专业的招生，并通过订单培养稳定生源质量。\n")
ENROL = ("表 1 2023—2025 年各专业招生人数及占比\n\n"
         "专业                2024年                    2025年\n"
         "               人数          占比          人数          占比\n"
         "护理           640           53.33%        700           53.85%\n"
         "药学           320           26.67%        330           25.38%\n"
         "康复治疗技术   240           20.00%        270           20.77%\n"
         "合计           1,200         100.00%       1,300         100.00%\n"
         "数据来源：学院招生处。\n\n")
TRAINING = ("表 2 2024—2025 年社会培训情况\n\n"
            "培训类别            2024年                    2025年\n"
            "               期数          人次          期数          人次\n"
            "护理员培训     12            1,500         14            1,650\n"
            "健康讲座       30            2,400         26            2,600\n"
            "合计           42            3,900         40            4,250\n"
            "数据来源：学院继续教育部。\n\n")
STAFF = ("表 3 2024—2025 年教学条件\n\n"
         "年份       专任教师      教学仪器设备      生均仪器设备\n"
         "           （人）        值（万元）        值（元）\n"
         "2024年     210           5,320.00          13,300\n"
         "2025年     226           5,980.00          14,170\n"
         "数据来源：学院资产处。\n\n")


def _report(tmp_path, prose: str) -> object:
    path = tmp_path / "r.txt"
    path.write_text(TITLE + prose + "\n" + ENROL + TRAINING + STAFF, encoding="utf-8")
    return path


def _tables(tmp_path) -> dict:
    return {t.number: t for t in read_report(_report(tmp_path, "各专业招生见表 1，培训见表 2，教学条件见表 3。")).tables()}


def test_a_year_printed_in_the_middle_of_its_merged_cell_names_its_own_columns(tmp_path):
    tables = _tables(tmp_path)
    assert tables["表 1"].columns == ["专业", "2024年·人数", "2024年·占比", "2025年·人数", "2025年·占比"]
    assert tables["表 2"].columns == ["培训类别", "2024年·期数", "2024年·人次", "2025年·期数", "2025年·人次"]
    assert [c.text for c in tables["表 2"].rows[0]] == ["护理员培训", "12", "1500", "14", "1650"]


def test_header_names_wrapped_in_their_cells_are_joined(tmp_path):
    table = _tables(tmp_path)["表 3"]
    assert table.columns == ["年份", "专任教师（人）", "教学仪器设备值（万元）", "生均仪器设备值（元）"]
    assert [[c.text for c in row] for row in table.rows] == [["2024年", "210", "5320.00", "13300"],
                                                            ["2025年", "226", "5980.00", "14170"]]


def _findings(tmp_path, prose: str) -> list[str]:
    return [f"{f.severity} {f.rule} {f.message}" for f in audit_report(_report(tmp_path, prose)).findings
            if f.severity in ("error", "warning")]


def test_a_count_is_never_held_to_the_share_column_of_its_year(tmp_path):
    prose = "2025 年学院招生 1,300 人，各专业招生见表 1，培训见表 2，教学条件见表 3。\n"
    assert _findings(tmp_path, prose) == []


def test_a_row_with_two_counts_a_year_leaves_a_growth_unverified_not_wrong(tmp_path):
    """期数 and 人次 under one year: nothing tells which the row's growth is of."""
    prose = ("各专业招生见表 1，培训见表 2，教学条件见表 3。2025 年健康讲座较上年增加 200 人次，"
             "护理员培训人次同比增长 10%。\n")
    assert _findings(tmp_path, prose) == []


def test_a_growth_after_another_members_from_to_is_of_its_own_figure(tmp_path):
    """由 A 增至 B of one major, then another major's figure and its 较上年: the growth is not held to A → B."""
    prose = ("各专业招生见表 1，培训见表 2，教学条件见表 3。护理专业招生由 640 人增加到 700 人，"
             "康复治疗技术专业 2025 年招生 270 人，较上年增加 30 人。\n")
    assert [f for f in _findings(tmp_path, prose) if "30 人" in f] == []


def test_a_span_of_years_in_its_own_clause_is_not_the_year_before(tmp_path):
    prose = ("各专业招生见表 1，培训见表 2，教学条件见表 3。2025 年学院招生 1,300 人，较上年增长 8.33%，"
             "其中康复治疗技术专业招生 270 人，近三年增长 35.0%。\n")
    assert _findings(tmp_path, prose) == []


def test_a_wrong_growth_against_a_wrapped_header_column_is_found(tmp_path):
    prose = "各专业招生见表 1，培训见表 2，教学条件见表 3。2025 年学院有专任教师 226 人，较上年增长 9.6%。\n"
    found = _findings(tmp_path, prose)
    assert len(found) == 1 and found[0].startswith("error claim.growth") and "7.62%" in found[0], found
