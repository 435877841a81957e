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


CHAPTERS = ["学生发展", "教育教学", "服务贡献", "文化传承", "国际合作", "产教融合", "发展保障", "面临挑战"]
NUMERALS = "一二三四五六七八"


def _chaptered(with_sections: bool) -> str:
    toc = "".join(f"第{n}章 {t}\t{i * 3 + 1}\n" for i, (n, t) in enumerate(zip(NUMERALS, CHAPTERS)))
    body = []
    for n, title in zip(NUMERALS, CHAPTERS):
        body.append(f"第{n}章 {title}\n")
        for k, sub in enumerate(["基本情况", "主要举措"], start=1):
            body.append((f"第{NUMERALS[k - 1]}节 {sub}\n" if with_sections else f"{NUMERALS[k - 1]}、{sub}\n"))
            body.append("（一）工作进展\n" + PROSE + "\n1. 具体做法\n" + PROSE + "\n")
    return "某某职业技术学院2025年度质量报告\n\n目录\n" + toc + "\n" + "\n".join(body)


def test_chapters_numbered_di_n_zhang_are_the_outlines_chapters(tmp_path):
    for with_sections in (True, False):
        report = tmp_path / f"r{with_sections}.txt"
        report.write_text(_chaptered(with_sections), encoding="utf-8")
        result = audit_report(report)
        doc = result.document
        assert [(s.label, s.title, s.chapter) for s in doc.sections][:3] == [
            ("第一章", "学生发展", 1), ("第二章", "教育教学", 2), ("第三章", "服务贡献", 3)]
        assert [c.title for c in doc.sections[0].children] == ["基本情况", "主要举措"]
        assert (result.recognised.chapters, result.recognised.sections) == (8, 16)
        assert not [f for f in result.findings if f.rule.startswith("outline.")]


def test_a_preface_before_chapters_numbered_di_n_zhang_is_a_chapter_of_its_own(tmp_path):
    """前言 stands beside 第一章…, though 一、 headings sit a level below the chapters there."""
    text = _chaptered(True).replace("\n目录\n", "\n目录\n前言\t1\n").replace("\n第一章 学生发展\n",
                                                                       "\n前言\n" + PROSE + "\n\n第一章 学生发展\n", 1)
    report = tmp_path / "r.txt"
    report.write_text(text, encoding="utf-8")
    result = audit_report(report)
    assert [(s.key, s.title) for s in result.document.sections][:2] == [("preface", "前言"), ("ch1", "学生发展")]
    assert result.recognised.chapters == 9


def test_appendix_tables_are_a_series_of_their_own(tmp_path):
    tables = "".join(
        f"附表{n} {title}\n" + _tab([["指标", "单位", "数值"], ["专任教师总数", "人", str(300 + n)]]) + "数据来源：学院人事处\n\n"
        for n, title in ((1, "计分卡"), (2, "教学资源表")))
    report = tmp_path / "r.txt"
    report.write_text("一、人才培养\n\n" + PROSE + "\n\n各项指标详见附表1至附表2，招生情况见表 1。\n\n"
                      "表 1 各专业新生报到情况\n" + _tab(ROWS) + "数据来源：学院招生办公室。\n\n"
                      "附表 质量年报指标表\n\n" + tables, encoding="utf-8")
    result = audit_report(report)
    assert [(t.number, t.caption) for t in result.document.tables()] == [
        ("表 1", "各专业新生报到情况"), ("附表 1", "计分卡"), ("附表 2", "教学资源表")]
    assert result.document.sections[-1].title == "附表质量年报指标表"  # spaces beside CJK dropped
    rules = {f.rule for f in result.findings}
    assert not rules & (FORM_RULES | {"citation.unknown", "citation.uncited", "numbering.sequence"}), rules


def test_appendix_tables_need_no_citation_one_by_one(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("一、人才培养\n\n" + PROSE + "\n\n招生情况见表 1，各项指标见附表。\n\n"
                      "表 1 各专业新生报到情况\n" + _tab(ROWS) + "数据来源：学院招生办公室。\n\n附表\n\n"
                      "附表1 计分卡\n" + _tab([["指标", "单位", "数值"], ["专任教师总数", "人", "301"]])
                      + "数据来源：学院人事处\n", encoding="utf-8")
    assert not [f for f in audit_report(report).findings if f.rule.startswith("citation.")]


def test_form_feeds_are_page_breaks_not_lines(tmp_path):
    """pdftotext puts a form feed between pages: a finding's line is the one `grep -n` shows."""
    from nianbao.audit.text_reader import editor_lines
    assert editor_lines("甲\n乙\f丙\r\n丁\n") == ["甲", "乙\f丙", "丁"]
    report = tmp_path / "r.txt"
    pages = "\n".join(f"\f第{n}页内容。" + PROSE for n in range(1, 6))
    report.write_text("一、人才培养\n" + pages + "\n如图 1-9 所示，学院持续推进实训基地建设。\n", encoding="utf-8")
    finding = next(f for f in audit_report(report).findings if f.rule == "citation.unknown")
    assert [loc.line for loc in finding.locations] == [7]


def test_space_aligned_tables_of_pdftotext_layout_are_read(tmp_path):
    """`pdftotext -layout` prints a table as columns apart by runs of spaces: cells wrapped over two
    lines, a running head and a page number between pages, the rest under 续表 with the header again,
    a figure glued to the cell before it. The table is read whole and checked like any other; rows of
    figures outside a table (a chart's axis) stay unread."""
    from nianbao.audit.text_reader import _layout_row
    assert _layout_row("100%        80%        60%")
    head = "系别        专业            毕业生数      已落实人数    落实率\n"
    page_one = ("汽车工程系    汽车检测与维      164           157           95.73%\n"
                "             修技术\n"
                "             新能源汽车技      131           127           96.95%\n"
                "             术\n")
    page_two = ("信息技术系    计算机应用技      118           106           89.83%\n"
                "             术\n"
                "             智能交通技术40                37            92.50%\n"
                "合计                           453           437           96.47%\n")
    running = "\n\n                 — 3 —\n\f星河职业技术学院 2025 年度质量报告\n\n续表 1\n\n"
    heads = "".join(f"\f星河职业技术学院 2025 年度质量报告\n第{n}页。{PROSE}\n" for n in range(2))
    report = tmp_path / "r.txt"
    report.write_text("一、人才培养\n\n" + PROSE + "\n\n各专业落实情况见表 1。\n\n"
                      "表 1 2025 届各专业毕业去向落实情况\n\n单位：人\n\n" + head + page_one + running + head
                      + page_two + "数据来源：学院就业管理系统。\n\n" + PROSE + "\n" + heads, encoding="utf-8")
    table = read_report(report).tables()[0]
    assert (table.number, table.columns, table.source) == (
        "表 1", ["系别", "专业", "毕业生数", "已落实人数", "落实率"], "学院就业管理系统。")
    assert [[c.text for c in row] for row in table.rows] == [
        ["汽车工程系", "汽车检测与维修技术", "164", "157", "95.73%"],
        ["汽车工程系", "新能源汽车技术", "131", "127", "96.95%"],
        ["信息技术系", "计算机应用技术", "118", "106", "89.83%"],
        ["信息技术系", "智能交通技术", "40", "37", "92.50%"],
        ["合计", "", "453", "437", "96.47%"]]
    total = next(f for f in audit_report(report).findings if f.rule == "table.total")
    # 157 + 127 + 106 + 37 = 427: the 合计 row's 437 is the error, at the caption's line
    assert (total.message, total.locations[0].line) == ("表 1“合计”行“已落实人数”为 437，而其上 4 行之和为 427", 7)


def test_a_finding_in_a_wrapped_paragraph_points_at_the_line_it_is_on(tmp_path):
    """A TXT from a PDF wraps each paragraph over several lines; a finding (and a claim read) names
    the line where the figure or the citation is printed, not the paragraph's first line."""
    from nianbao.pipeline import audit_claims
    report = tmp_path / "r.txt"
    report.write_text("一、人才培养\n\n学院坚持以学生为中心，围绕区域汽车产业链调整专业布局，推进校企共建实训基地和课程资\n"
                      "源。2024 年全日制在校生 5,015 人，2025 年全日制在校生 5,248 人，\n"
                      "较上年增长 4.65%，专业群覆盖全部教学系，详见表 9。学院继续推进基地建设，新生入学教育、专业\n"
                      "认知和职业规划指导贯穿第一学年。\n\n" + "表 1 各系在校生\n系别\t2025 年\n机械系\t5248\n数据来源：教务处。\n",
                      encoding="utf-8")
    unknown = next(f for f in audit_report(report).findings if f.rule == "citation.unknown")
    assert [loc.line for loc in unknown.locations] == [5]
    assert [(c.claim.value, c.line) for c in audit_claims(report)] == [("5015 人", 4), ("5248 人", 4), ("4.65%", 5)]


def test_a_count_of_cases_is_no_citation(tmp_path):
    """"案例库收录案例 112 个" counts cases; "见案例 9" cites one that does not exist."""
    report = tmp_path / "r.txt"
    report.write_text("一、人才培养\n\n" + PROSE + "\n\n目前案例库收录案例 112 个、入选省级案例 3 篇，详见案例 9。\n\n"
                      "案例 1 校企共建实训基地\n\n" + PROSE + "\n", encoding="utf-8")
    unknown = [f.values["number"] for f in audit_report(report).findings if f.rule == "citation.unknown"]
    assert unknown == ["案例 9"]


def _appendix(tmp_path, last_source: str):
    tables = "".join(f"附表{n} 指标表{n}\n" + _tab([["指标", "单位", "数值"], [f"指标{n}", "人", str(100 * n)]])
                     for n in (1, 2, 3))
    report = tmp_path / "r.txt"
    report.write_text("一、人才培养\n\n" + PROSE + "\n\n附表 质量年报指标表\n\n" + tables + last_source, encoding="utf-8")
    return [f.message for f in audit_report(report).findings if f.rule == "source.missing"]


def test_one_source_under_the_appendix_tables_covers_them_all(tmp_path):
    """A 数据来源 printed once under the last 附表 ("（附表1—附表3）") is the source of each; without it
    every 附表 lacks one."""
    assert _appendix(tmp_path, "数据来源：学院质量年报数据采集平台（附表1—附表3）。\n") == []
    assert _appendix(tmp_path, "") == [f"附表 {n}缺少“数据来源”说明" for n in (1, 2, 3)]


def test_sources_given_as_footnotes_of_the_captions(tmp_path):
    """Word's footnotes printed in a PDF: the caption ends with the mark (…情况1) and the page's foot
    says "1 数据来源：…"; that is the table's source, and the mark no part of its caption."""
    report = tmp_path / "r.txt"
    report.write_text("一、人才培养\n\n" + PROSE + "\n\n各专业报到情况见表 1。\n\n表 1 各专业新生报到情况1\n" + _tab(ROWS)
                      + "\n" + PROSE + "\n\n1 数据来源：学院招生办公室。\n", encoding="utf-8")
    table = read_report(report).tables()[0]
    assert (table.caption, table.source) == ("各专业新生报到情况", "学院招生办公室。")
    assert not [f for f in audit_report(report).findings if f.rule == "source.missing"]


def test_a_part_of_the_row_above_is_not_added_into_the_total(tmp_path):
    """"其中：生均拨款" is a part of 财政拨款: 合计 = 18624 + 9836 + 1642 + 1162 = 31264 (printed 31624), four rows."""
    rows = [["项目", "金额"], ["财政拨款", "18,624"], ["其中：生均拨款", "15,426"], ["事业收入", "9,836"],
            ["社会服务收入", "1,642"], ["其他收入", "1,162"], ["合计", "31,624"]]
    report = _txt(tmp_path, "表 1 教育经费收入\n单位：万元\n" + _tab(rows) + "数据来源：计划财务处。\n")
    totals = [f.message for f in audit_report(report).findings if f.rule == "table.total"]
    assert totals == ["表 1“合计”行“金额”为 31624，而其上 4 行之和为 31264"]


def test_a_combined_list_of_figures_and_tables_is_checked_as_one_list(tmp_path):
    """One 图表目录 page lists both kinds: an entry with nothing in the body is an error, a figure or
    a table of the body that it leaves out a warning, each naming the list as printed."""
    report = tmp_path / "r.txt"
    report.write_text("图表目录\n表 1 各专业新生报到情况 ........ 2\n图 1 近三年报到率 ........ 2\n"
                      "表 2 校内实训基地 ........ 3\n\n一、人才培养\n\n" + PROSE + "\n\n各专业报到情况见表 1，"
                      "报到率见图 1，生源构成见图 2。\n\n表 1 各专业新生报到情况\n" + _tab(ROWS)
                      + "数据来源：学院招生办公室。\n\n图 1 近三年报到率\n数据来源：学院招生办公室。\n\n"
                      "图 2 新生生源构成\n数据来源：学院招生办公室。\n", encoding="utf-8")
    found = sorted((f.rule, f.message) for f in audit_report(report).findings if f.rule.startswith("list."))
    assert found == [("list.missing_entry", "图 2没有列入图表目录"),
                     ("list.unknown_entry", "图表目录列出的“表 2”在正文中不存在")]


def test_a_title_wrapped_inside_a_word_gives_the_college(tmp_path):
    """A cover title cut mid-word by the page width (…年度职 / 业教育质量报告) is one title."""
    report = tmp_path / "r.txt"
    report.write_text("岫云山地农林职业技术学院 2025 年度职\n业教育质量报告\n\n一、人才培养\n\n" + PROSE + "\n",
                      encoding="utf-8")
    meta = read_report(report).meta
    assert (meta.college, meta.year) == ("岫云山地农林职业技术学院", 2025)


def test_the_year_in_brackets_closing_the_title_is_the_reports_year(tmp_path):
    """The national outline names the report "…质量年度报告（2025）": that year is the report's, so a
    figure of a department given with no year is checked against a table of that year's cohort."""
    report = tmp_path / "r.txt"
    report.write_text("霁川园林职业技术学院高等职业教育质量年度报告（2025）\n\n一、人才培养\n\n" + PROSE + "\n\n"
                      "各系毕业生情况见表 1。园艺系毕业生人数最多，风景园林系毕业生 212 人。\n\n"
                      "表 1 2025届各系毕业生情况\n" + _tab([["系别", "毕业生数"], ["园艺系", "186"],
                                                      ["风景园林系", "221"], ["合计", "407"]])
                      + "数据来源：学院就业指导中心。\n", encoding="utf-8")
    assert read_report(report).meta.year == 2025
    found = sorted(f.message for f in audit_report(report).findings if f.rule.startswith(("claim.", "prose.")))
    assert found == ["“最多”与计算不符：毕业生人数（各院系） = 风景园林系 221 人，应为 风景园林系（221 人），园艺系为 186 人",
                     "正文写“风景园林系毕业生人数 212 人”，而表 1 第 2 行“毕业生数”为 221 人"]
