"""`pdftotext -layout` of a page set in two text columns: both columns stand side by side on the
same lines, a small table in one column beside the other column's prose, a table's first rows printed
one cell a line, a wide table across the page between two-column sections. Own text; the held-out
yantang report stays a measure."""
from __future__ import annotations

from nianbao.audit import audit_report, read_report
from nianbao.audit.columns import gather_scattered, reading_order
from nianbao.audit.text_reader import text_lines
from nianbao.document.model import Paragraph

R = 46  # the right column's margin


def _pair(left: str, right: str = "") -> str:
    """One layout line: `left` in the left column, `right` at the right column's margin."""
    return (left.ljust(R) + right).rstrip() if right else left


def _page() -> str:
    left = ["一、学校概况",
            "梧岭职业技术学院地处梧岭新区，是市政府举办的全日制",
            "公办高职院校，设有智能制造、建筑工程、现代服务三个二",
            "级学院。",
            "截至 2025 年 9 月，学院有全日制在校生 4,200 人，各二",
            "级学院在校生见表 1。",
            "表 1 2025 年各二级学院在校生",
            "学院          班级数     在校生      占比"]
    right = ["智能制造      40         1,680       40.00%",
             "建筑工程      30         1,260       30.00%",
             "现代服务      30         1,260       30.00%",
             "合计          100        4,200       100.00%",
             "数据来源：学院教务处。",
             "二、学生发展",
             "2025 届毕业生 1,350 人，毕业去向落实率为 93.63%，较上届",
             "提高 1.2 个百分点，就业情况见表 2。"]
    lines = ["\f梧岭职业技术学院 2025 年度质量报告", ""]
    for k in range(max(len(left), len(right))):
        lines.append(_pair(left[k] if k < len(left) else "", right[k] if k < len(right) else ""))
    return "\n".join(lines) + "\n"


WIDE = ("\n表 2 2025 届毕业生去向\n\n"
        "去向             人数              占比              其中省内（人）           其中省外（人）\n"
        "协议和合同就业   1,012             74.96%            820                      192\n"
        "升学             140               10.37%            131                      9\n"
        "灵活就业         112               8.30%             97                       15\n"
        "待就业           86                6.37%             70                       16\n"
        "合计             1,350             100.00%           1,118                    232\n"
        "数据来源：学院招生就业处。\n\n")
END = "三、社会服务\n学院 2025 年开展社会培训 6,150 人次，见表 2 前后各章。\n\n                     —1—\n"


def _report(tmp_path, page: str | None = None) -> object:
    path = tmp_path / "two.txt"
    path.write_text("梧岭职业技术学院 2025 年度质量报告\n\n" + (page or _page()) + WIDE + END, encoding="utf-8")
    return path


def test_the_left_column_is_read_before_the_right(tmp_path):
    document = read_report(_report(tmp_path))
    texts = [block.text for _, block in document.walk_blocks() if isinstance(block, Paragraph)]
    assert any("是市政府举办的全日制公办高职院校，设有智能制造" in t.replace(" ", "") for t in texts)
    assert any("毕业去向落实率为93.63%，较上届提高1.2个百分点" in t.replace(" ", "") for t in texts)


def test_a_table_in_one_column_keeps_its_caption_and_rows(tmp_path):
    tables = {t.number: t for t in read_report(_report(tmp_path)).tables()}
    one = tables["表 1"]
    assert one.columns == ["学院", "班级数", "在校生", "占比"]
    assert [[c.text for c in row] for row in one.rows] == [
        ["智能制造", "40", "1680", "40.00%"], ["建筑工程", "30", "1260", "30.00%"],
        ["现代服务", "30", "1260", "30.00%"], ["合计", "100", "4200", "100.00%"]]
    assert one.source == "学院教务处。"
    two = tables["表 2"]  # the wide table between the sections is read whole, not cut at the gutter
    assert two.columns == ["去向", "人数", "占比", "其中省内（人）", "其中省外（人）"]
    assert [c.text for c in two.rows[-1]] == ["合计", "1350", "100.00%", "1118", "232"]


def test_a_true_two_column_report_draws_no_error(tmp_path):
    result = audit_report(_report(tmp_path))
    assert [f"{f.rule} {f.message}" for f in result.findings if f.severity in ("error", "warning")] == []
    assert (result.recognised.chapters, result.recognised.tables) == (3, 2)


def test_a_wrong_total_in_a_one_column_table_is_found_at_its_line(tmp_path):
    path = _report(tmp_path, _page().replace("合计          100        4,200", "合计          100        4,300"))
    found = [f for f in audit_report(path).findings if f.rule == "table.total"]
    assert [(f.message, f.locations[0].line) for f in found] == [  # at its caption, line 11 of the file
        ("表 1“合计”行“在校生”为 4300，而其上 3 行之和为 4200", 11)]


def test_line_numbers_stay_the_files_own():
    raw = ["左栏第一行文字写得足够长一些以便识别为正文", ""]
    order = reading_order(raw)
    assert order == [(0, raw[0]), (1, "")]
    by_text = {line.text.replace(" ", ""): line.line for line in text_lines(_page())}
    assert by_text["二、学生发展"] == 8 and by_text["级学院。"] == 6  # both halves of line 8 and 6


def test_one_column_text_with_an_indented_column_of_prose_is_left_as_it_stands():
    """Prose lines indented to one column (a quotation, a list) with no prose beside them on the same
    lines give no gutter."""
    raw = ["学院坚持立德树人根本任务，深化产教融合，各项工作取得新进展。"] + \
          ["          " + "学院获评省级优质高职院校建设单位，专业群建设成效显著。"] * 4
    assert reading_order(raw) == list(enumerate(raw))


def test_cells_printed_one_a_line_are_gathered_into_rows():
    order = list(enumerate(["层次     班级数     在校生", "中级工", "高级工", "         42", "         68",
                            "                   1,812", "                   2,905", "预备技师  14        546"]))
    assert [text.split() for _, text in gather_scattered(order)] == [
        ["层次", "班级数", "在校生"], ["中级工", "42", "1,812"], ["高级工", "68", "2,905"], ["预备技师", "14", "546"]]
    # a run of short lines that no row after it matches stays as it is
    lines = list(enumerate(["一、学校概况", "（一）基本情况", "学院设有 8 个专业。"]))
    assert gather_scattered(lines) == lines
