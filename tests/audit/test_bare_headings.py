"""Headings printed as bare lines (a web page saved as text): with no numbered chapter and no styled
heading, a line alone between blank lines that names a chapter of a template's outline opens a chapter,
a bare line before the first of them too (学校概况), and the other bare lines open sections."""
from __future__ import annotations

from nianbao.audit import read_report

PROSE = ("学院坚持立德树人根本任务，深化产教融合、校企合作，围绕区域文旅产业培养高素质技术技能人才，"
         "持续完善专业布局，推进课程改革和实训基地建设，人才培养质量稳步提升。")


def _chapters(tmp_path, text: str) -> list[tuple[str, list[str]]]:
    path = tmp_path / "r.txt"
    path.write_text(text, encoding="utf-8")
    return [(s.title, [c.title for c in s.children]) for s in read_report(path).sections if s.title]


def test_bare_lines_naming_an_outline_s_chapters_are_its_headings(tmp_path):
    text = (f"某某职业学院2025年度质量报告\n\n学校概况\n\n{PROSE}\n\n人才培养\n\n立德树人\n\n{PROSE}\n\n"
            f"就业质量\n\n2025届毕业生1,794人，毕业去向落实率93.65%。\n\n服务贡献\n\n{PROSE}\n")
    assert _chapters(tmp_path, text) == [("学校概况", []), ("人才培养", ["立德树人", "就业质量"]), ("服务贡献", [])]


def test_short_lines_of_a_numbered_report_stay_paragraphs(tmp_path):
    text = (f"某某职业学院2025年度质量报告\n\n一、人才培养\n\n{PROSE}\n\n就业质量\n\n{PROSE}\n\n二、服务贡献\n\n"
            f"{PROSE}\n\n社会培训\n\n{PROSE}\n")
    assert _chapters(tmp_path, text) == [("人才培养", []), ("服务贡献", [])]


def test_one_outline_word_alone_is_no_outline(tmp_path):
    text = f"某某职业学院2025年度质量报告\n\n{PROSE}\n\n人才培养\n\n{PROSE}\n\n就业质量\n\n{PROSE}\n"
    assert _chapters(tmp_path, text) == []
