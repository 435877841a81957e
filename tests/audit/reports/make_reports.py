"""Make the two binary test reports from text written here (run: python make_reports.py).

- word-captions.docx: made with python-docx the way Word makes a report: Heading 1/2 styles, captions
  in the Caption style whose numbers are STYLEREF + SEQ fields (with their shown values), tables in
  the Table Grid style, 數據來源 written with Traditional characters.
- continuous-word.docx, dotted-word.docx: the same with continuous (表 1: a SEQ field alone) and
  dotted (表 1.1: STYLEREF, ".", SEQ) captions.
- libreoffice.pdf, continuous-libreoffice.pdf, dotted-libreoffice.pdf: DOCX reports converted by
  LibreOffice (`soffice --headless --convert-to pdf`).
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


def caption(document, word: str, chapter: int | None, n: int, title: str, separator: str = "-") -> None:
    """A Word caption: per chapter (表 1-1) or dotted (表 1.1) is STYLEREF to the chapter heading,
    the separator and a SEQ restarted at each chapter; continuous (chapter None: 表 1) is a SEQ alone."""
    p = document.add_paragraph(style="Caption")
    p.add_run(f"{word} ")
    if chapter is None:
        _field(p, f"SEQ {word} \\* ARABIC", str(n))
    else:
        _field(p, "STYLEREF 1 \\s", str(chapter))
        p.add_run(separator)
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


def report_start(college: str):
    d = docx.Document()
    d.add_paragraph(college, style="Title")
    d.add_paragraph("高等职业教育质量年度报告（2025 年度）")
    return d


def captioner(d, fields: bool, separator: str = "-"):
    """cap(word, chapter, n, title): a caption as Word fields, or typed as a writer types it
    ("表1.1 …", "图3 …"); chapter None is continuous numbering."""
    def cap(word: str, chapter: int | None, n: int, title: str) -> None:
        if fields:
            caption(d, word, chapter, n, title, separator)
        else:
            number = f"{chapter}{separator}{n}" if chapter is not None else str(n)
            d.add_paragraph(f"{word}{number} {title}")
    return cap


def continuous_report(path: Path, fields: bool = True) -> None:
    """Continuous numbering (表 1, 表 2, 图 1 …) through the whole report: captions as SEQ fields
    whose shown values were not updated after a figure was deleted (图 3 after 图 1), or typed."""
    d = report_start("南湖商贸职业学院")
    cap = captioner(d, fields)
    d.add_heading("一、人才培养", level=1)
    d.add_heading("（一）招生与生源", level=2)
    d.add_paragraph("学院 2025 年共录取新生 800 人，各专业录取人数见表1，生源地区构成见表2。")
    cap("表", None, 1, "各专业录取人数")
    table(d, [["专业", "人数"], ["电子商务", "300"], ["现代物流管理", "260"], ["大数据与会计", "240"],
              ["合计", "800"]])
    d.add_paragraph("數據來源：學院招生辦公室。")
    d.add_paragraph("表1显示，电子商务专业录取人数最多，三个专业的招生计划均已完成。")
    cap("表", None, 2, "新生生源地区构成")
    table(d, [["地区", "人数", "占比"], ["本市", "480", "60.00%"], ["本省其他地市", "200", "25.00%"],
              ["外省", "120", "20.00%"], ["合计", "800", "100.00%"]])
    d.add_paragraph("数据来源：学院招生办公室。")
    d.add_paragraph("从表2可以看出，本市生源占多数。新生的专业分流情况另见表5。")
    d.add_heading("（二）实践教学", level=2)
    d.add_paragraph("学院与本地商贸企业共建实训基地，实训基地的布局见图1，学生参加实训的情况见图3。")
    cap("图", None, 1, "校内实训基地布局")
    d.add_paragraph("数据来源：学院实训中心。")
    cap("图", None, 3, "学生在实训基地参加直播电商实训")
    d.add_paragraph("数据来源：学院实训中心。")
    d.add_heading("二、发展保障", level=1)
    d.add_heading("（一）师资队伍", level=2)
    d.add_paragraph("学院持续引进企业骨干担任兼职教师，新进教师上岗前均参加企业实践。")
    d.save(str(path))


def dotted_report(path: Path, fields: bool = True) -> None:
    """Dotted numbering (表 1.1, 图 2.1): captions as STYLEREF + "." + SEQ fields, or typed (a
    report written without fields; LibreOffice would renumber fields when it converts)."""
    d = report_start("北岭农林职业学院")
    cap = captioner(d, fields, ".")
    d.add_heading("一、人才培养", level=1)
    d.add_heading("（一）毕业生概况", level=2)
    d.add_paragraph("2025 届毕业生各系人数见表1.1，就业去向见表1.2。")
    cap("表", 1, 1, "各系毕业生人数")
    table(d, [["系别", "人数", "占比"], ["园林技术系", "210", "42.00%"], ["林业技术系", "160", "32.00%"],
              ["生态环境系", "130", "26.00%"], ["合计", "510", "100.00%"]])
    d.add_paragraph("数据来源：学院学生工作处。")
    cap("表", 1, 2, "毕业生就业去向")
    table(d, [["去向", "人数"], ["企业就业", "380"], ["升学", "80"], ["应征入伍", "40"]])
    d.add_paragraph("数据来源：学院招生就业处。")
    d.add_paragraph("毕业生顶岗实习的场景见图1.1。")
    cap("图", 1, 1, "毕业生在林场顶岗实习")
    cap("图", 1, 1, "2025 届毕业典礼")
    d.add_heading("二、服务贡献", level=1)
    d.add_heading("（一）社会培训", level=2)
    d.add_paragraph("学院面向林农开展技术培训，培训项目见表2.1，培训现场见图2.1。")
    cap("表", 2, 1, "社会培训项目")
    table(d, [["项目", "人次"], ["经济林栽培", "420"], ["林下养殖", "310"], ["合计", "730"]])
    d.add_paragraph("數據來源：學院繼續教育部。")
    cap("图", 2, 1, "林下养殖技术培训现场")
    d.add_paragraph("参训学员来自周边各县，按县的分布见表2.2。")
    cap("表", 2, 2, "参训学员来源")
    table(d, [["县", "人次", "占比", "县", "人次", "占比"],
              ["青山县", "200", "27.40%", "白河县", "90", "12.33%"],
              ["松林县", "150", "20.55%", "石门县", "70", "9.59%"],
              ["柳溪县", "120", "16.44%", "合计", "730", "100.00%"],
              ["桃源县", "100", "14.00%", "", "", ""]])
    d.add_paragraph("数据来源：学院继续教育部。")
    d.add_paragraph("培训的满意度调查结果见表2.3。")
    d.save(str(path))


def make_pdf(soffice: str, build, name: str) -> None:
    """A DOCX written by `build`, converted by LibreOffice to HERE/name."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / Path(name).with_suffix(".docx").name
        build(source)
        subprocess.run([soffice, f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", str(HERE), str(source)], check=True, capture_output=True, timeout=180)


def main() -> None:
    word_captions(HERE / "word-captions.docx")
    continuous_report(HERE / "continuous-word.docx")
    dotted_report(HERE / "dotted-word.docx")
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("需要 LibreOffice（soffice）来生成 PDF 报告")
    make_pdf(soffice, libreoffice_docx, "libreoffice.pdf")
    make_pdf(soffice, lambda p: continuous_report(p, fields=False), "continuous-libreoffice.pdf")
    make_pdf(soffice, lambda p: dotted_report(p, fields=False), "dotted-libreoffice.pdf")


if __name__ == "__main__":
    main()
