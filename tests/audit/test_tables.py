"""A published table with a two-level header (audit/tables.py, pdf_reader.py, docx_reader.py): a group
header (毕业生数, 在校生人数) spanning sub-columns (本科/专科/小计, 一年级…合计) is read as one header whose
columns are named "group·sub", in TXT (tabs keep the columns), DOCX (gridSpan, vMerge) and PDF (cells
placed by position); the claim engine then checks a row's own rate, superlatives and member counts against
it, and a sub-column's 合计 against the group's columns."""
from __future__ import annotations

import docx
import pytest

from nianbao.audit import audit_report, read_report
from nianbao.audit.table_lines import PdfLine, TableLines
from nianbao.audit.tables import merged_header

TITLE = ("青松理工职业大学 2025 年职业教育质量年度报告\n\n一、学生发展\n\n"
         "学校坚持以学生成长为中心，健全就业指导和升学服务体系，持续推进各学院之间的经验交流。\n\n")
CAPTION = "表1 2025 届各学院毕业生落实情况"
HEADER = ["学院\t毕业生数\t\t\t已落实人数\t落实率", "\t本科\t专科\t小计\t\t"]
ROWS = ["航空工程学院\t120\t300\t420\t401\t95.48%", "智能制造学院\t90\t280\t370\t356\t96.22%",
        "商务外语学院\t0\t260\t260\t238\t91.54%", "数字传媒学院\t60\t210\t270\t251\t92.96%",
        "合计\t270\t1050\t1320\t1246\t94.39%"]


def _report(tmp_path, prose: str, rows=ROWS, header=HEADER):
    path = tmp_path / "r.txt"
    body = "\n".join([CAPTION, *header, *rows, "数据来源：学校就业指导中心。", "", prose, ""])
    path.write_text(TITLE + "学校各学院毕业生的去向落实情况见表1。\n\n" + body, encoding="utf-8")
    return path


def _errors(path):
    return [(f.rule, f.message) for f in audit_report(path).findings if f.severity == "error"]


def test_the_second_header_row_names_the_columns_under_the_group():
    assert merged_header(["学院", "毕业生数", "", "", "已落实人数", "落实率"], ["", "本科", "专科", "小计", "", ""],
                         [["甲学院", "1", "2", "3", "3", "100%"]]) == \
        ["学院", "毕业生数·本科", "毕业生数·专科", "毕业生数·小计", "已落实人数", "落实率"]
    # two groups side by side, each named over its first column
    assert merged_header(["专业", "男", "", "女", ""], ["", "人数", "占比", "人数", "占比"],
                         [["甲", "1", "50%", "1", "50%"]]) == ["专业", "男·人数", "男·占比", "女·人数", "女·占比"]


@pytest.mark.parametrize("second, body", [
    (["", "100", "200"], [["甲", "1", "2"]]),  # a row of figures is data
    (["", "本科", ""], [["甲", "1", "2"]]),  # one name is no row of column names
    (["", "甲", "乙"], [["丙", "丁", "戊"]]),  # no figure below: a table of text
])
def test_a_first_row_that_is_no_row_of_column_names_stays_a_row(second, body):
    assert merged_header(["学院", "毕业生数", "已落实人数"], second, body) is None


def test_txt_table_with_a_two_level_header(tmp_path):
    doc = read_report(_report(tmp_path, "全校毕业去向落实率为 94.39%。"))
    table = doc.tables()[0]
    assert table.columns == ["学院", "毕业生数·本科", "毕业生数·专科", "毕业生数·小计", "已落实人数", "落实率"]
    assert [c.text for c in table.rows[0]] == ["航空工程学院", "120", "300", "420", "401", "95.48%"]
    assert len(table.rows) == 5


def test_a_rows_own_rate_superlative_and_member_count_are_checked_against_it(tmp_path):
    rows = list(ROWS)
    rows[3] = "数字传媒学院\t60\t210\t270\t251\t93.96%"  # 251 / 270 = 92.96%
    prose = ("全校毕业去向落实率为 94.39%。智能制造学院落实率最高，为 96.22%；航空工程学院落实率最低。"
             "落实率超过 95% 的学院有 3 个。数字传媒学院毕业生 270 人。")
    assert sorted(_errors(_report(tmp_path, prose, rows))) == [
        ("claim.member_count", "“3 个”与计算不符：毕业去向落实率超过 95% 的院系（共 4 个） = 2 个，应为 2 个"),
        ("claim.superlative", "“最低”与计算不符：毕业去向落实率（各院系） = 商务外语学院 91.54%，应为 商务外语学院（91.54%），"
                              "航空工程学院为 95.48%"),
        ("table.share", "表 1“数字传媒学院”的落实率为 93.96%，而 251 / 270（已落实人数 / 毕业生数·小计）= 92.96%"),
    ]


def test_true_statements_about_a_two_level_table_stay_silent(tmp_path):
    prose = ("全校毕业去向落实率为 94.39%。智能制造学院落实率最高，为 96.22%；商务外语学院落实率最低。"
             "落实率超过 95% 的学院有 2 个。数字传媒学院毕业生 270 人，航空工程学院毕业生 420 人。")
    assert _errors(_report(tmp_path, prose)) == []
    # the department's graduates are its 小计 under the group, not the first column (本科 120)
    assert _errors(_report(tmp_path, "航空工程学院毕业生 120 人。")) == [
        ("prose.table_mismatch", "正文写“航空工程学院毕业生人数 120 人”，而表 1 第 1 行“毕业生数·小计”为 420 人")]


def test_a_subtotal_column_under_the_group_adds_up_its_columns(tmp_path):
    rows = list(ROWS)
    rows[1] = "智能制造学院\t90\t280\t360\t356\t98.89%"
    assert ("table.total", "表 1“智能制造学院”行“毕业生数·小计”为 360，而该行 2 列之和为 370") in \
        _errors(_report(tmp_path, "", rows))


def test_docx_table_with_gridspan_and_vmerge(tmp_path):
    document = docx.Document()
    document.add_paragraph("青松理工职业大学 2025 年职业教育质量年度报告")
    document.add_paragraph("一、学生发展", style="Heading 1")
    document.add_paragraph("学校各学院毕业生的去向落实情况见表1。")
    document.add_paragraph(CAPTION)
    grid = [h.split("\t") for h in HEADER] + [r.split("\t") for r in ROWS]
    table = document.add_table(rows=len(grid), cols=6)
    for i, row in enumerate(grid):
        for j, text in enumerate(row):
            if text:
                table.cell(i, j).text = text
    table.cell(0, 1).merge(table.cell(0, 3))  # 毕业生数 over three columns (gridSpan)
    for j in (0, 4, 5):
        table.cell(0, j).merge(table.cell(1, j))  # 学院, 已落实人数, 落实率 over both rows (vMerge)
    document.add_paragraph("数据来源：学校就业指导中心。")
    path = tmp_path / "r.docx"
    document.save(path)
    read = read_report(path).tables()[0]
    assert read.columns == ["学院", "毕业生数·本科", "毕业生数·专科", "毕业生数·小计", "已落实人数", "落实率"]
    assert [c.text for c in read.rows[-1]] == ["合计", "270", "1050", "1320", "1246", "94.39%"]


def _line(top: float, *cells: tuple[float, str]) -> PdfLine:
    """A PDF line of 10-point characters: each cell (x, text) as one chunk."""
    return PdfLine([(x, x + 10 * len(text), text) for x, text in cells], 10.0, top, top - 10)


def test_pdf_header_over_two_lines_is_placed_on_the_columns_of_the_figures():
    lines = TableLines(page=1)
    columns = (60, 160, 210, 260, 320, 400)
    lines.add(_line(700, (60, "学院"), (200, "毕业生数"), (310, "已落实人数"), (400, "落实率")))
    lines.add(_line(685, (160, "本科"), (210, "专科"), (260, "小计")))
    for k, row in enumerate(ROWS):
        lines.add(_line(670 - 15 * k, *zip(columns, row.split("\t"))))
    rows = lines.rows()
    assert rows[:2] == [["学院", "毕业生数", "", "", "已落实人数", "落实率"], ["", "本科", "专科", "小计", "", ""]]
    assert rows[2] == ["航空工程学院", "120", "300", "420", "401", "95.48%"] and len(rows) == 7
    assert merged_header(rows[0], rows[1], rows[2:])[3] == "毕业生数·小计"


def test_a_pdf_caption_at_a_pages_foot_keeps_its_table_on_the_next_page():
    """A caption printed last on a page, its source as a footnote under it (…指标3 / 3 数据来源：…),
    the table at the top of the next page: the footnote does not end the table before its header."""
    from nianbao.audit.assemble import assemble
    from nianbao.audit.pdf_reader import _PageReader
    reader = _PageReader(60.0)
    reader.new_page()
    reader.line(_line(120, (60, "表 2 2023—2025 年产教融合主要指标3")), 1)
    reader.line(_line(60, (60, "3 数据来源：学校合作发展处。")), 1)
    reader.new_page()
    reader.line(_line(780, (60, "指标"), (200, "2023年"), (280, "2024年"), (360, "2025年")), 2)
    reader.line(_line(765, (60, "合作企业数"), (200, "126"), (280, "141"), (360, "158")), 2)
    reader.line(_line(750, (60, "冠名班学生数"), (200, "340"), (280, "402"), (360, "455")), 2)
    reader.line(_line(720, (60, "学校与合作企业共建课程、共编教材，共同开展学生评价和教师培训，合作成效逐年显现。")), 2)
    reader.end_table()
    table = assemble(reader.lines, "r.pdf").tables()[0]
    assert (table.number, table.caption, table.source) == ("表 2", "2023—2025 年产教融合主要指标", "学校合作发展处。")
    assert table.columns == ["指标", "2023年", "2024年", "2025年"]
    assert [[c.text for c in r] for r in table.rows] == [["合作企业数", "126", "141", "158"],
                                                        ["冠名班学生数", "340", "402", "455"]]
