from checks_helpers import doc_of, rules_of, table

from nianbao.checks import run_document_checks

COLUMNS = ["院系", "专业", "人数", "占比"]


def _majors(subtotal: str, share: str = "60.00%"):
    return table("表 1-1", "毕业生分布", COLUMNS, [
        ["甲系", "专业A", "40", "40.00%"], ["", "专业B", "20", "20.00%"], ["", "小计", subtotal, share],
        ["乙系", "专业C", "40", "40.00%"], ["", "小计", "40", "40.00%"], ["合计", "", "100", "100. 00%"]])


def test_subtotal_that_does_not_add_up_is_an_error():
    found = rules_of(run_document_checks(doc_of(_majors("61"))), "table.subtotal")
    assert len(found) == 1 and found[0].severity == "error"
    assert found[0].values["stated"] == "61" and found[0].values["computed"] == "60"
    assert found[0].locations[0].line == 50


def test_correct_subtotals_and_shares_pass():
    assert not rules_of(run_document_checks(doc_of(_majors("60"))), "table.subtotal", "table.total", "table.share")


def test_share_column_against_count_over_total():
    bad = table("表 1-2", "生源", ["生源地", "人数", "占比"], [["河北", "1", "33.33%"], ["天津", "2", "66.76%"],
                                                          ["总体", "3", "100.00%"]])
    found = rules_of(run_document_checks(doc_of(bad)), "table.share")
    assert [f.values["stated"] for f in found] == ["66.76%"]


def test_total_row_must_equal_the_parts():
    bad = table("表 1-2", "生源", ["生源地", "人数"], [["河北", "1"], ["天津", "2"], ["合计", "4"]])
    assert len(rules_of(run_document_checks(doc_of(bad)), "table.total")) == 1


def test_rows_of_shares_summing_to_100():
    grid = table("表 1-5", "去向", ["专业", "单位就业", "升学", "待就业"], [
        ["A", "90.00%", "5.00%", "5.00%"], ["B", "80.00%", "10.00%", "10.00%"], ["C", "70.00%", "10.00%", "25.00%"]])
    found = rules_of(run_document_checks(doc_of(grid)), "table.share_sum")
    assert len(found) == 1 and "C" in found[0].message


def test_shares_of_groups_each_closed_by_a_subtotal_add_up_in_each_group():
    """The same teachers by 职称 and by 学历: each group of rows is a whole of its own (200% in all)."""
    rows = [["职称", "正高级", "30", "10.00%"], ["", "副高级", "120", "40.00%"], ["", "中级及以下", "150", "50.00%"],
            ["", "小计", "300", "100.00%"], ["学历", "博士", "45", "15.00%"], ["", "硕士及以下", "255", "85.00%"],
            ["", "小计", "300", "100.00%"]]
    grid = table("表 4-2", "教师结构", ["类别", "结构", "人数", "占比"], rows)
    assert not rules_of(run_document_checks(doc_of(grid)), "table.share_sum")
    rows[5] = ["", "硕士及以下", "255", "83.00%"]
    found = rules_of(run_document_checks(doc_of(table("表 4-2", "教师结构", ["类别", "结构", "人数", "占比"], rows))),
                     "table.share_sum")
    assert [f.message for f in found] == ["表 4-2“占比”列各行的百分比合计为 198%，不等于 100%"]


def test_shares_of_overlapping_categories_of_a_whole_printed_above_them_need_not_add_up():
    """正高级, 副高级, 双师型, 硕士 of the 专任教师 counted in the first row: each share is its count over
    that whole and the counts overlap (a teacher is in several), so the column adds up to 167%."""
    rows = [["专任教师总数", "400", "—"], ["正高级职称", "40", "10.00%"], ["副高级职称", "120", "30.00%"],
            ["“双师型”教师", "260", "65.00%"], ["硕士及以上学位", "250", "62.50%"]]
    grid = table("表 4-3", "教师结构", ["类别", "人数", "占比"], rows)
    assert not rules_of(run_document_checks(doc_of(grid)), "table.share_sum")
    rows[3] = ["“双师型”教师", "260", "56.00%"]  # no longer its count over the whole: the sum is told
    found = rules_of(run_document_checks(doc_of(table("表 4-3", "教师结构", ["类别", "人数", "占比"], rows))),
                     "table.share_sum")
    assert [f.message for f in found] == ["表 4-3“占比”列各行的百分比合计为 158.5%，不等于 100%"]


def test_grid_of_unrelated_rates_is_left_alone():
    grid = table("表 1-9", "满意度", ["院系", "总体满意度", "内容满意度", "薪酬满意度"], [
        ["A", "95.00%", "90.00%", "88.00%"], ["B", "94.00%", "91.00%", "87.00%"]])
    assert not rules_of(run_document_checks(doc_of(grid)), "table.share_sum")


def _majors_table(label_count: int):
    from nianbao.document.model import Cell, Table
    rows = []
    for k, code in enumerate(["430401", "420802", "420901"]):
        rows.append([Cell(f"工业技术系（{label_count}）", rowspan=3 if k == 0 else 1, covered=k > 0), Cell(code)])
    return Table("majors", "专业开设基本情况", ["所属系", "专业代码"], rows, number="表 2-1", chapter=2)


def _doc_with(*blocks):
    from nianbao.document.model import Document, Meta, Section
    return Document(Meta(college="某校", year=2025, title="年报"), [Section("c", "产教融合", 1, "二、", 2, list(blocks))])


def test_group_label_count_must_match_the_rows_it_spans():
    from nianbao.checks import run_document_checks
    wrong = [f for f in run_document_checks(_doc_with(_majors_table(4))) if f.rule == "table.group_count"]
    assert len(wrong) == 1 and wrong[0].values == {"stated": 4, "listed": 3}
    right = [f for f in run_document_checks(_doc_with(_majors_table(3))) if f.rule == "table.group_count"]
    assert right == []


def _income(row_2025: list[str], header: str = "合计"):
    return table("表 2-1", "技术服务收入", ["年度", "横向课题", "检测服务", header], [
        ["2023 年", "126.0", "84.5", "210.5"], ["2024 年", "158.5", "96.0", "254.5"], row_2025])


def test_total_column_must_equal_the_columns_before_it():
    found = rules_of(run_document_checks(doc_of(_income(["2025 年", "201.0", "113.5", "324.5"]))), "table.total")
    assert [f.message for f in found] == ["表 2-1“2025 年”行“合计”为 324.5，而该行 2 列之和为 314.5"]


def test_total_column_that_adds_up_or_is_no_sum_passes():
    assert not rules_of(run_document_checks(doc_of(_income(["2025 年", "201.0", "113.5", "314.5"]))), "table.total")
    # most rows disagree: the column is no sum of the columns before it (another measure), nothing said
    other = table("表 2-2", "培训", ["项目", "期数", "人次", "合计"], [
        ["甲", "4", "120", "300"], ["乙", "2", "60", "150"], ["丙", "1", "30", "31"]])
    assert not rules_of(run_document_checks(doc_of(other)), "table.total")
    # a column headed 占比 or without a total word is never read as a row total
    assert not rules_of(run_document_checks(doc_of(_income(["2025 年", "201.0", "113.5", "324.5"], "合计占比"))),
                        "table.total")


def _cross(cells: dict[tuple[int, int], str] | None = None):
    """Three kinds of income by year, a 合计 column and a 合计 row; `cells` replaces (row, column) texts."""
    rows = [["实训耗材", "40", "52", "61", "153"], ["场地租赁", "18", "20", "25", "63"],
            ["设备维修", "9", "11", "14", "34"], ["合计", "67", "83", "100", "250"]]
    for (i, j), text in (cells or {}).items():
        rows[i][j] = text
    return table("表 3-2", "实训中心支出", ["项目", "2023 年", "2024 年", "2025 年", "合计"], rows)


def _totals(cells):
    return [f.message for f in rules_of(run_document_checks(doc_of(_cross(cells))), "table.total")]


def test_one_wrong_cell_where_a_total_row_meets_a_total_column_is_one_error():
    # a cell of the 合计 row: its column disagrees, and so does the 合计 row's own 合计 (a consequence)
    assert _totals({(3, 3): "109"}) == ["表 3-2“合计”行“2025 年”为 109，而其上 3 行之和为 100"]
    # a leaf row's 合计: its row disagrees, and so does the 合计 column's total (a consequence)
    assert _totals({(1, 4): "68"}) == ["表 3-2“场地租赁”行“合计”为 68，而该行 3 列之和为 63"]
    # the corner cell disagrees with its row and its column: one cell
    assert _totals({(3, 4): "260"}) == ["表 3-2“合计”行“合计”为 260，而其上 3 行之和为 250"]
    # a leaf cell under both totals: both imply the same value, one error at that cell
    assert _totals({(2, 2): "17"}) == ["表 3-2“设备维修”行“2024 年”为 17，而按该行合计与该列合计，它都应为 11"]


def test_two_wrong_cells_are_two_errors():
    assert _totals({(3, 1): "76", (3, 2): "80"}) == [
        "表 3-2“合计”行“2023 年”为 76，而其上 3 行之和为 67", "表 3-2“合计”行“2024 年”为 80，而其上 3 行之和为 83"]
    # the corner agrees with neither its column nor its row, corrected or not: its own error, said once
    assert _totals({(3, 1): "76", (3, 4): "270"}) == [
        "表 3-2“合计”行“2023 年”为 76，而其上 3 行之和为 67", "表 3-2“合计”行“合计”为 270，而其上 3 行之和为 250"]


def test_a_share_cell_of_many_digits_is_reported_not_a_crash():
    # 28 digits and more: the value that would agree is computed beyond the default decimal precision
    bad = table("表 1-2", "生源", ["生源地", "人数", "占比"], [["河北", "100", "25.00%"], ["天津", "100", "7" * 28 + "25.00%"],
                                                          ["山东", "200", "50.00%"], ["合计", "400", "100.00%"]])
    found = rules_of(run_document_checks(doc_of(bad)), "table.share")
    assert [f.values["computed"] for f in found] == ["25.00%"]
    assert found[0].suggestion.startswith("占比应为 25.00%；若占比无误，人数应为 3111111111111111111111111111")


def test_a_rate_over_a_wrong_total_cell_is_that_cells_consequence():
    """报到率 = 报到人数 / 录取人数·合计 in every row; one row's 合计 is wrong (503 + 77 = 580, printed 590):
    that cell is the error, not the row's 报到率 (556 / 580 = 95.86 %, as printed)."""
    rows = [["会计", "862", "118", "980", "951", "97.04%"], ["金融", "574", "96", "670", "642", "95.82%"],
            ["工商管理", "503", "77", "590", "556", "95.86%"], ["数字商务", "690", "140", "830", "805", "96.99%"]]
    admitted = table("表 1", "各学院录取与报到", ["学院", "省内", "省外", "合计", "报到人数", "报到率"], rows)
    found = run_document_checks(doc_of(admitted))
    assert [f.message for f in rules_of(found, "table.total")] == ["表 1“工商管理”行“合计”为 590，而该行 2 列之和为 580"]
    assert not rules_of(found, "table.share")


def test_a_named_total_adds_the_rows_of_its_unit_right_above_it():
    """附表 of indicators with a 单位 column: 教职工合计 adds 专任教师 … 工勤人员 (人), not the 元 rows above
    them nor the 其中 row: 438 + 96 + 52 + 34 = 620, printed 612."""
    rows = [["年生均财政拨款水平", "元", "15,200"], ["其中：年生均财政专项经费", "元", "3,400"],
            ["专任教师", "人", "438"], ["行政人员", "人", "96"], ["教辅人员", "人", "52"], ["工勤人员", "人", "34"],
            ["教职工合计", "人", "612"]]
    policy = table("附表 6", "落实政策表", ["指标", "单位", "2025年"], rows)
    assert [f.message for f in rules_of(run_document_checks(doc_of(policy)), "table.total")] == [
        "附表 6“教职工合计 人”行“2025年”为 612，而其上 4 行之和为 620"]
    rows[-1][2] = "620"
    fixed = table("附表 6", "落实政策表", ["指标", "单位", "2025年"], rows)
    assert not rules_of(run_document_checks(doc_of(fixed)), "table.total")
