"""Forms real reports come in (issue 9, reading side): captions typed below their tables.
Own short snippets; the held-out reports stay a measure."""
from __future__ import annotations

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH

from nianbao.audit import audit_report, read_report

ROWS = [["专业", "招生人数", "报到人数"], ["汽车检测与维修技术", "120", "116"],
        ["新能源汽车技术", "80", "77"], ["合计", "200", "193"]]
PROSE = ("学院坚持以学生为中心，围绕区域汽车产业链调整专业布局，推进校企共建实训基地和课程资源，"
         "新生入学教育、专业认知和职业规划指导贯穿第一学年，学生满意度稳步提升。")
FORM_RULES = {"caption.missing", "numbering.missing", "source.missing"}


def _txt(tmp_path, body: str):
    report = tmp_path / "r.txt"
    report.write_text("一、人才培养\n\n" + PROSE + "\n\n各专业报到情况见表 1，实训基地见表 2。\n\n" + body, encoding="utf-8")
    return report


def _tab(rows) -> str:
    return "".join("\t".join(r) + "\n" for r in rows)


def test_a_caption_below_its_table_with_the_source_after_it(tmp_path):
    report = _txt(tmp_path, _tab(ROWS) + "表 1 各专业新生报到情况\n数据来源：学院招生办公室。\n\n"
                  "实训条件持续改善。\n\n" + _tab([["基地", "工位数"], ["智能制造实训中心", "240"]])
                  + "注：工位数为年末数。\n来源：资产管理处\n表 2 校内实训基地\n\n学院继续推进基地建设。\n")
    first, second = read_report(report).tables()
    assert (first.number, first.caption, first.source, len(first.rows)) == ("表 1", "各专业新生报到情况",
                                                                           "学院招生办公室。", 3)
    assert (second.number, second.caption, second.source) == ("表 2", "校内实训基地", "资产管理处")
    assert not {f.rule for f in audit_report(report).findings} & FORM_RULES


def test_a_caption_directly_above_a_table_stays_with_that_table(tmp_path):
    report = _txt(tmp_path, "表 1 各专业新生报到情况\n" + _tab(ROWS) + "数据来源：学院招生办公室。\n"
                  "表 2 校内实训基地\n" + _tab([["基地", "工位数"], ["智能制造实训中心", "240"]])
                  + "数据来源：资产管理处。\n")
    assert [(t.number, len(t.rows)) for t in read_report(report).tables()] == [("表 1", 3), ("表 2", 1)]


def test_a_citation_after_a_table_is_no_caption(tmp_path):
    report = _txt(tmp_path, "表 1 各专业新生报到情况\n" + _tab(ROWS) + "数据来源：学院招生办公室。\n"
                  + _tab([["基地", "工位数"], ["智能制造实训中心", "240"]]) + "表 2 显示，工位数逐年增加。\n")
    tables = read_report(report).tables()
    assert [t.number for t in tables] == ["表 1", ""]


def test_a_bold_caption_below_a_word_table(tmp_path):
    document = docx.Document()
    document.add_heading("一、人才培养", level=1)
    document.add_paragraph(PROSE)
    document.add_paragraph("各专业报到情况见表3-1。")
    table = document.add_table(rows=len(ROWS), cols=3)
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            table.cell(r, c).text = text
    caption = document.add_paragraph()
    caption.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption.add_run("表3-1 各专业新生报到情况").bold = True
    document.add_paragraph("注：报到人数截至 9 月 30 日。")
    document.add_paragraph("数据来源：学院招生办公室")
    document.add_paragraph("新生报到率保持稳定。")
    path = tmp_path / "r.docx"
    document.save(path)
    (read,) = read_report(path).tables()
    assert (read.number, read.caption, read.source, len(read.rows)) == ("表 3-1", "各专业新生报到情况",
                                                                     "学院招生办公室", 3)
    assert not {f.rule for f in audit_report(path).findings} & FORM_RULES
