from checks_helpers import Case, Figure, Location, PrintedListEntry, doc_of, para, rules_of, table

from nianbao.checks import run_document_checks
from nianbao.template import load_template


def _t(number, line):
    return table(number, f"标题{number}", ["项目", "人数"], [["A", "1"]], line=line)


def test_textual_citations_count_and_unknown_numbers_are_errors():
    doc = doc_of(para("详见下表1-1。如图 1-1 所示，另见表 1-9。"), _t("表 1-1", 2),
                 Figure("f", "图题", source="数据来源：x", number="图 1-1", chapter=1, spec="c", location=Location("r", 3)))
    found = run_document_checks(doc)
    assert not rules_of(found, "citation.uncited")
    unknown = rules_of(found, "citation.unknown")
    assert len(unknown) == 1 and unknown[0].values["number"] == "表 1-9"


def test_uncited_table_is_a_warning():
    found = rules_of(run_document_checks(doc_of(para("正文。"), _t("表 1-1", 2))), "citation.uncited")
    assert [f.severity for f in found] == ["warning"]


def test_duplicate_and_skipped_numbers():
    doc = doc_of(para("见表 1-1、表 1-3。"), _t("表 1-1", 2), _t("表 1-1", 3), _t("表 1-3", 4))
    found = run_document_checks(doc)
    assert len(rules_of(found, "numbering.duplicate")) == 1
    assert rules_of(found, "numbering.sequence")[0].values["expected"] == "表 1-2"
    # a report numbered 表 3.1, 表 3.3 is told of 表 3.2, in its own form
    dotted = run_document_checks(doc_of(para("见表 3.1、表 3.3。"), _t("表 3.1", 2), _t("表 3.3", 3)))
    assert rules_of(dotted, "numbering.sequence")[0].message == "编号跳号：应为“表 3.2”，实为“表 3.3”"


def test_missing_caption_and_source():
    bare = table("表 1-1", "", ["项目", "人数"], [["A", "1"]], source="")
    found = run_document_checks(doc_of(para("见表 1-1。"), bare))
    assert rules_of(found, "caption.missing") and rules_of(found, "source.missing")


def test_printed_lists_against_the_body():
    printed = {"表目录": [PrintedListEntry("表 1-1", "标题表 1-1"), PrintedListEntry("表 1-7", "不存在")],
               "案例目录": [PrintedListEntry("案例 1-1", "另一个标题")]}
    doc = doc_of(para("见表 1-1、表 1-2。"), _t("表 1-1", 2), _t("表 1-2", 3),
                 Case("c", "案例标题", number="案例 1-1", chapter=1, location=Location("r", 9)), printed=printed)
    found = run_document_checks(doc)
    assert rules_of(found, "list.unknown_entry")[0].values["number"] == "表 1-7"
    assert rules_of(found, "list.missing_entry")[0].values["number"] == "表 1-2"
    assert len(rules_of(found, "list.title_mismatch")) == 1


def test_outline_against_the_template():
    found = run_document_checks(doc_of(para("正文。")), load_template("tianjin-2025"))
    missing = rules_of(found, "outline.missing_chapter")
    assert "产教融合" in {f.values["chapter"] for f in missing}
    assert "人才培养" not in {f.values["chapter"] for f in missing}
    sections = {f.values["required"] for f in rules_of(found, "outline.missing_section")}
    assert sections == {"立德树人", "多样成长", "数智赋能"}


def test_two_figures_with_the_same_caption_are_flagged_once():
    from nianbao.checks import run_document_checks
    from nianbao.document.model import Document, Figure, Meta, Section
    figures = [Figure("a", "签约仪式现场", number="图 3-2", chapter=3), Figure("b", "签约 仪式现场", number="图 3-3", chapter=3),
               Figure("c", "签约仪式后合影", number="图 3-4", chapter=3)]
    doc = Document(Meta(college="某校", year=2025, title="年报"), [Section("s", "服务贡献", 1, "三、", 3, figures)])
    dup = [f for f in run_document_checks(doc) if f.rule == "caption.duplicate"]
    assert [f.message for f in dup] == ["图 3-2与图 3-3的图题相同：“签约 仪式现场”"]
