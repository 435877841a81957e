"""Make the two binary test reports from text written here (run: python make_reports.py).

- word-captions.docx: made with python-docx the way Word makes a report: Heading 1/2 styles, captions
  in the Caption style whose numbers are STYLEREF + SEQ fields (with their shown values), tables in
  the Table Grid style, 數據來源 written with Traditional characters.
- libreoffice.pdf: another DOCX converted by LibreOffice (`soffice --headless --convert-to pdf`).
The planted errors and traps are listed in README.md.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = Path(__file__).parent


def _field(paragraph, instruction: str, shown: str) -> None:
    """A complex field (begin, instrText, separate, shown value, end), as Word writes it."""
    def char(kind):
        run = paragraph.add_run()
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)
    char("begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    char("separate")
    paragraph.add_run(shown)
    char("end")


def caption(document, word: str, chapter: int, n: int, title: str) -> None:
    p = document.add_paragraph(style="Caption")
    p.add_run(f"{word} ")
    _field(p, "STYLEREF 1 \\s", str(chapter))
    p.add_run("-")
    _field(p, f"SEQ {word} \\* ARABIC \\s 1", str(n))
    p.add_run(f" {title}")


def table(document, rows: list[list[str]]) -> None:
    t = document.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text


def word_captions(path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("东川机电职业技术学院高等职业教育质量年度报告（2025 年度）", style="Title")
    d.add_heading("一、人才培养", level=1)
    d.add_heading("（一）专业与招生", level=2)
    d.add_paragraph("学院设有三个教学系，2025 年各系招生人数见表 1-1。机电系招生人数最多，占全院招生总数的一半。")
    caption(d, "表", 1, 1, "2025 年各系招生人数")
    table(d, [["系别", "专业", "人数"], ["机电系", "机电一体化技术", "150"], ["", "工业机器人技术", "100"],
              ["", "小计", "250"], ["信息系", "软件技术", "90"], ["", "大数据技术应用", "70"],
              ["", "小计", "170"], ["管理系", "现代物流管理", "90"], ["", "小计", "90"],
              ["合计", "", "500"]])
    d.add_paragraph("數據來源：學院招生辦公室。")
    d.add_paragraph("各系新生报到现场见图 1-1，新生入学教育的安排见图 2-3。")
    caption(d, "图", 1, 1, "新生报到现场")
    d.add_paragraph("數據來源：學院宣傳部。")
    d.add_heading("（二）技能竞赛", level=2)
    d.add_paragraph("学生在省级职业院校技能大赛中获得一等奖 4 项、二等奖 7 项，获奖情况见表 1-2。")
    caption(d, "表", 1, 2, "省级技能大赛获奖情况")
    table(d, [["赛项", "一等奖", "二等奖"], ["工业机器人系统集成", "2", "3"], ["软件测试", "1", "2"],
              ["智能物流", "1", "2"], ["合计", "4", "7"]])
    d.add_paragraph("數據來源：學院教務處。")
    d.save(str(path))


def libreoffice_docx(path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("西江旅游职业学院", style="Title")
    d.add_paragraph("高等职业教育质量年度报告（2025 年度）")
    d.add_heading("一、人才培养", level=1)
    d.add_heading("（一）毕业生就业", level=2)
    d.add_paragraph("2025 届毕业生共 600 人，各专业的就业情况见表 1-1，就业单位类型见表 1-2。酒店管理与数字化运营"
                    "专业的毕业生最多，其次是旅游管理专业，两个专业的毕业生大多进入本地文旅企业工作，"
                    "少数选择继续升学或应征入伍。")
    d.add_paragraph("表 1-1 各专业毕业生就业人数")
    table(d, [["专业", "毕业生人数", "就业人数", "就业人数占比"],
              ["酒店管理与数字化运营", "260", "240", "40.00%"], ["旅游管理", "200", "180", "30.00%"],
              ["烹饪工艺与营养", "140", "126", "20.00%"], ["合计", "600", "546", "91.00%"]])
    d.add_paragraph("数据来源：学院就业指导中心。")
    d.add_paragraph("表 1-2 就业单位类型")
    table(d, [["单位类型", "人数", "占比"], ["民营企业", "420", "76.92%"], ["国有企业", "96", "17.58%"],
              ["机关事业单位", "30", "5.49%"], ["合计", "546", "100.00%"]])
    d.add_paragraph("数据来源：学院就业指导中心。")
    d.add_paragraph("学院与多家文旅集团签订订单培养协议，毕业生的岗位匹配度有所提升，详见表 1-3。")
    d.save(str(path))


def main() -> None:
    word_captions(HERE / "word-captions.docx")
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("需要 LibreOffice（soffice）来生成 libreoffice.pdf")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "libreoffice.docx"
        libreoffice_docx(source)
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(HERE), str(source)], check=True, capture_output=True, timeout=180)


if __name__ == "__main__":
    main()
