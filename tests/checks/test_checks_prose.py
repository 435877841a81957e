from checks_helpers import doc_of, para, rules_of

from nianbao.checks import run_document_checks
from nianbao.template import load_template

TPL = load_template("tianjin-2025")


def test_same_quantity_with_two_numbers_in_two_places():
    doc = doc_of(para("全院现有专任教师 310 人，成效显著。", 3), para("学院现有专任教师 329 人。", 90))
    found = rules_of(run_document_checks(doc, TPL), "prose.inconsistent")
    assert len(found) == 1 and [loc.line for loc in found[0].locations] == [3, 90]


def test_consistent_repeat_and_other_scope_are_not_flagged():
    doc = doc_of(para("专任教师 310 人。"), para("现有专任教师 310 人。", 2), para("思政部专任教师 20 人。", 3),
                 para("2024 年专任教师 300 人。", 4))
    assert not rules_of(run_document_checks(doc, TPL), "prose.inconsistent")


def test_department_rate_is_not_compared_with_the_college_rate():
    doc = doc_of(para("毕业去向落实率为 90.89%。"), para("机械工程系毕业去向落实率为 94.25%。", 2))
    assert not rules_of(run_document_checks(doc, TPL), "prose.inconsistent")


def test_parallel_shares_of_different_subjects_are_not_a_contradiction():
    from nianbao.checks import run_document_checks
    from nianbao.document.model import Document, Meta, Paragraph, Section, Text, Location
    text = "男生 2385 人，占毕业生总人数的 71.47%；女生 952 人，占毕业生总人数的 28.53%。"
    doc = Document(Meta(college="某校", year=2025, title="年报"),
                   [Section("c", "人才培养", 1, "一、", 1, [Paragraph([Text(text)], Location("a.md", 1))])])
    assert [f for f in run_document_checks(doc) if f.rule == "prose.inconsistent"] == []
