"""Tables that plain `pdftotext` (no -layout) prints one cell a line, in its block order: a lead block
across the rows of the first columns (a wrapped label's end after the row's figures), column blocks
with their names, bands of one-row blocks, the source line, a note and a page break amid the cells. Own text;
the held-out qinchuan report stays a measure."""
from __future__ import annotations

from nianbao.audit import audit_report, read_report
from nianbao.document.model import Paragraph

HEAD = "\f岫云职业技术学院 2025 年度质量报告\n"
TABLE_1 = ("表 1 2023—2025 年办学基本数据\n项目\n2023 年\n2024 年\n全日制在校生\n4,610\n4,880\n（人）\n"
           "校外实习基地\n97\n105\n（个）\n注：在校生为年末数。\n\n2025 年\n5,120\n112\n\n数据来源：学院发展规划处。\n")
# a lead block of two columns, a column block on the first page, the 合计 row on the next page with
# each of its cells a block of its own
TABLE_2 = ("表 2 2025 年各系在校生情况\n系别\n在校生数\n机电工程系\n1,840\n信息工程系\n1,760\n经济管理系\n1,520\n"
           "数据来源：学院学生工作处。\n\n女生数\n610\n720\n980\n—2—\n\n" + HEAD + "合计\n\n5,120\n\n{women}\n\n")
# labels wrapped over two lines each, each row's figures a band of one-cell blocks
TABLE_3 = ("表 3 2023—2025 年社会服务\n指标\n2023 年\n社会培训（人\n8,200\n日）\n技术服务到款\n96.5\n额（万元）\n"
           "数据来源：学院社会服务处。\n\n2024 年\n9,050\n\n2025 年\n9,870\n\n104.2\n\n118.0\n\n")


def _report(tmp_path, women: str = "2,310", served: str = "118.0") -> object:
    text = ("岫云职业技术学院 2025 年度质量报告\n\n一、学校概况\n"
            "学院地处岫云山麓，2025 年全日制在校生 5,120 人，近三年办学基本数据见表 1。\n" + TABLE_1
            + "2025 年全日制在校生较上年增长 4.92%，校外实习基地 121 个。\n\n—1—\n\n" + HEAD
            + "二、学生发展\n各系学生情况见表 2。\n" + TABLE_2.format(women=women)
            + "信息工程系女生 720 人。\n\n—3—\n\n" + HEAD + "三、社会服务\n"
            + f"2025 年技术服务到款额 {served} 万元，近三年社会服务情况见表 3。\n" + TABLE_3
            + "学院面向县域开展培训，主要项目如下。\n表 4 培训项目\n茶艺\n面点\n3 期\n电商直播\n5 期\n乡村导游\n"
              "学院将继续扩大培训规模，见表 4。\n\n—4—\n")
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return path


def _cells(table) -> list[list[str]]:
    return [[c.text for c in row] for row in table.rows]


def test_a_table_printed_one_cell_a_line_is_rebuilt(tmp_path):
    tables = {t.number: t for t in read_report(_report(tmp_path)).tables()}
    one, two, three = tables["表 1"], tables["表 2"], tables["表 3"]
    assert (one.columns, one.source) == (["项目", "2023年", "2024年", "2025年"], "学院发展规划处。")
    assert _cells(one) == [["全日制在校生（人）", "4610", "4880", "5120"], ["校外实习基地（个）", "97", "105", "112"]]
    assert two.columns == ["系别", "在校生数", "女生数"]
    assert _cells(two) == [["机电工程系", "1840", "610"], ["信息工程系", "1760", "720"],
                           ["经济管理系", "1520", "980"], ["合计", "5120", "2310"]]
    assert three.columns == ["指标", "2023年", "2024年", "2025年"]
    assert _cells(three) == [["社会培训（人日）", "8200", "9050", "9870"],
                             ["技术服务到款额（万元）", "96.5", "104.2", "118.0"]]


def test_short_lines_of_prose_after_a_caption_make_no_table(tmp_path):
    """Items of a list, a few with a figure, fit no count of columns: they stay lines of text."""
    document = read_report(_report(tmp_path))
    four = next(t for t in document.tables() if t.number == "表 4")
    assert four.rows == []
    texts = [block.text for _, block in document.walk_blocks() if isinstance(block, Paragraph)]
    assert any("电商直播" in text for text in texts)


def test_the_rebuilt_tables_are_the_facts_of_the_text_and_are_checked(tmp_path):
    result = audit_report(_report(tmp_path, women="2,320", served="181.0"))
    errors = sorted((f.rule, f.message) for f in result.findings if f.severity == "error")
    assert errors == [
        ("prose.table_mismatch", "正文写“技术服务到款额 181.0 万元”，而表 3 第 2 行“2025年”为 118.0 万元"),
        ("prose.table_mismatch", "正文写“校外实习基地 121 个”，而表 1 第 2 行“2025年”为 112 个"),
        ("table.total", "表 2“合计”行“女生数”为 2320，而其上 3 行之和为 2310")]
    right = audit_report(_report(tmp_path))
    assert [f.message for f in right.findings if f.severity == "error"] == [
        "正文写“校外实习基地 121 个”，而表 1 第 2 行“2025年”为 112 个"]
