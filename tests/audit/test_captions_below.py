"""A PDF whose table captions are printed below the tables (audit/captions_below.py): the rows above
a caption below are that table's, as in the DOCX; a caption above its table keeps the rows below it."""
from __future__ import annotations

import typst

from nianbao.audit import audit_report
from nianbao.document.model import Table

REPORT = r"""#set page(paper: "a4", margin: 2cm, numbering: "1")
#set text(font: "Noto Serif CJK SC", size: 11pt, lang: "zh")
#block[溪桥职业技术学院 2025 年质量年度报告]
#block[一、人才培养]
#block[（一）毕业生概况]

学院 2025 届毕业生按系别的人数和毕业去向落实率见表 1，各系的专业设置见表 2，学院持续加强就业指导与服务。

#table(columns: 4, stroke: none, column-gutter: 2em,
  [系别], [毕业生数], [落实人数], [落实率],
  [机电工程系], [270], [255], [94.44%],
  [信息工程系], [200], [181], [90.50%],
  [合计], [480], [436], [90.83%])
#block[表 1 2025 届各系毕业生人数与落实率]
#block[数据来源：学院招生就业处。]

机电工程系毕业生落实率为 94.44%，在各系中最高，学院将继续深化校企合作，拓宽毕业生就业渠道。

#block[表 2 各系专业设置]
#table(columns: 2, stroke: none, column-gutter: 2em,
  [系别], [专业数],
  [机电工程系], [6],
  [信息工程系], [5])
#block[数据来源：学院教务处。]

学院围绕区域产业需求设置专业，机电工程系与信息工程系共开设 11 个专业，形成了较为完整的专业布局。
"""


def _report(tmp_path):
    path = tmp_path / "below.pdf"
    path.write_bytes(typst.compile(REPORT.encode("utf-8"), font_paths=["/usr/share/fonts/opentype/noto"],
                                   ignore_system_fonts=True))
    return path


def test_rows_above_a_caption_below_are_its_table(tmp_path):
    result = audit_report(_report(tmp_path))
    tables = [b for _, b in result.document.walk_blocks() if isinstance(b, Table)]
    assert [t.number for t in tables] == ["表 1", "表 2"]
    assert tables[0].columns == ["系别", "毕业生数", "落实人数", "落实率"]
    assert tables[0].display_rows()[-1] == ["合计", "480", "436", "90.83%"]
    assert tables[1].display_rows() == [["机电工程系", "6"], ["信息工程系", "5"]]  # caption above: as before
    errors = [(f.rule, f.message) for f in result.findings if f.severity == "error"]
    assert errors == [("table.total", "表 1“合计”行“毕业生数”为 480，而其上 2 行之和为 470")], errors
