"""A sentence reads the same when PDF text or a Word template prints it with spaces around its
numbers, or breaks its line anywhere (inside a name, inside a number, between a number and its
unit, inside 个百分点). Sentences of our own with the example's figures: college rate 90.89%;
女生 91.91%, 男生 90.48%; 机械工程系 94.25% (939 graduates), 工业技术系 87.50%."""
import pytest

from claims_helpers import per_line
from nianbao.claims import project_claims
from nianbao.claims.units import text_units
from nianbao.document.markdown import read_section
from nianbao.document.model import Document, Meta, Section


def verdicts(records):
    return [(r.claim.kind, r.verdict, r.expected or "") for r in records
            if r.claim.kind != "date" and r.verdict != "unverifiable"]


@pytest.fixture
def read_markdown(example, tmp_path):
    """The sentences as paragraphs of a section file, read through the Markdown reader (where a line
    break of the source is a soft break between two pieces of text)."""
    project, result = example

    def run(*paragraphs):
        path = tmp_path / "section.md"
        path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        problems: list[str] = []
        blocks = read_section(path, "section.md", problems)
        assert not problems
        doc = Document(Meta("学院", 2025, "报告"), [Section("s", "正文", 1, blocks=blocks)])
        return [verdicts(project_claims(project, result, [u])) for u in text_units(doc)]
    return run


@pytest.mark.parametrize("sentence, expected", [
    ("与工业技术系相比，机械工程系的落实率高出 7.25 个百分点。", [("difference", "contradicts", "高 6.75 个百分点")]),
    ("与工业技术系相比，机械工程系的落实率高出 6.75 个百分点。", [("difference", "agrees", "")]),
    ("女生落实率为 91.91%，男生为 90.48%，女生高出 2.43 个百分点。",
     [("difference", "contradicts", "高 1.43 个百分点"), ("value", "agrees", ""), ("value", "agrees", "")]),
    ("与男生相比，女生落实率高出了2.43个百分点。", [("difference", "contradicts", "高 1.43 个百分点")]),
    ("与男生相比，女生落实率高出了 1.43 个百分点。", [("difference", "agrees", "")]),
])
def test_a_space_or_a_particle_after_the_word_of_a_difference_names_no_other_side(read, sentence, expected):
    (records,) = per_line(read(sentence), 1)
    assert sorted(verdicts(records)) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("女生落实率高于男生，高出1.43个百分点。", [("comparison", "agrees", ""), ("difference", "agrees", "")]),
    ("女生落实率高于男生，高出 2.43 个百分点。",
     [("comparison", "agrees", ""), ("difference", "contradicts", "高 1.43 个百分点")]),
    ("工业技术系落实率低于全校，低4.39个百分点。",
     [("comparison", "agrees", ""), ("difference", "contradicts", "低 3.39 个百分点")]),
    ("机械工程系的落实率超过工业技术系，多出 7.75 个百分点。",
     [("comparison", "agrees", ""), ("difference", "contradicts", "高 6.75 个百分点")]),
    ("女生落实率高于男生（90.48%），高出1.43个百分点。",
     [("comparison", "agrees", ""), ("difference", "agrees", ""), ("value", "agrees", "")]),
])
def test_a_difference_after_a_comparison_is_against_the_side_compared(read, sentence, expected):
    """Was read against the college's rate: 女生 91.91% "低 0.41 个百分点" than 90.89%."""
    (records,) = per_line(read(sentence), 1)
    assert sorted(verdicts(records)) == expected


@pytest.mark.parametrize("paragraph, expected", [
    ("毕业去向落实率为90.\n89%。", [("value", "agrees", "")]),
    ("毕业去向落实率为90. 8\n9%。", [("value", "agrees", "")]),
    ("工业与信息化系落实率比全校高0.\n09个百分点。", [("difference", "agrees", "")]),
    ("工业与信息化系落实率比全校高0. 09个百\n分点。", [("difference", "agrees", "")]),
    ("培训到账经费\n44. 02 万元。", [("value", "agrees", "")]),
    ("2025 届毕业生共 33\n37 人。", [("value", "agrees", "")]),
    ("机械工程系落实率比工业技术系高\n7.75 个百分点。", [("difference", "contradicts", "高 6.75 个百分点")]),
    ("机械工\n程系毕业生（ 939 人 ）落实率为 94.25\n %。", [("value", "agrees", ""), ("value", "agrees", "")]),
])
def test_a_line_break_anywhere_reads_as_the_joined_line(read_markdown, paragraph, expected):
    """The pieces of a soft break are folded together: "90." and "89%" apart read no decimal,
    and "44. 02 万元" opening the second line read as an item's number."""
    assert [sorted(v) for v in read_markdown(paragraph)] == [expected]


@pytest.mark.parametrize("sentence, expected", [
    ("男生落实率为 90.48%，女生高出 1.43 个百分点。", [("difference", "agrees", ""), ("value", "agrees", "")]),
    ("女生落实率为91.91%，男生低出2.43个百分点。",
     [("difference", "contradicts", "低 1.43 个百分点"), ("value", "agrees", "")]),
    ("工业技术系落实率为 87.50%，机械工程系高出 6.75 个百分点。", [("difference", "agrees", ""), ("value", "agrees", "")]),
    ("全校落实率为90.89%，机械工程系高出4.36个百分点。",
     [("difference", "contradicts", "高 3.36 个百分点"), ("value", "agrees", "")]),
    ("机械工程系落实率为 94.25%，高于全校平均水平 3.36 个百分点，高出工业技术系 6.75 个百分点。",
     [("comparison", "agrees", ""), ("difference", "agrees", ""), ("difference", "agrees", ""), ("value", "agrees", "")]),
])
def test_a_difference_is_against_the_other_side_the_sentence_stated(read, sentence, expected):
    """The one other member stated before (男生 for 女生), the college's figure stated before, or for a
    clause opening with its relation word, the subject of the comparison before it (was: the college)."""
    (records,) = per_line(read(sentence), 1)
    assert sorted(verdicts(records)) == expected


@pytest.mark.parametrize("sentence", [
    "学院落实率为 90.89%，高出 1.2 个百分点。",
    "学院落实率为90.89%，同比高出1.2个百分点。",
    "机械工程系落实率高出 3.36 个百分点。",
])
def test_a_difference_against_nothing_named_is_not_checked_against_the_college(read, sentence):
    """The college against itself (0.00) is no claim, nor is a member against a side a reader cannot tell."""
    (records,) = per_line(read(sentence), 1)
    assert [r.verdict for r in records if r.claim.kind == "difference"] == ["unverifiable"]


@pytest.mark.parametrize("sentence, expected", [
    ("机械工程系女生落实率（百分之96.52）高于男生（百分之93.93）。",
     [("comparison", "agrees", ""), ("value", "agrees", ""), ("value", "agrees", "")]),
    ("教学态度（百分之95.84）高于教学水平（百分之96.02）。",
     [("comparison", "contradicts", "95.84%，低于 96.02%"), ("value", "agrees", ""), ("value", "agrees", "")]),
    ("毕业去向落实率为百分之九十点八九。", [("value", "agrees", "")]),
])
def test_a_percentage_written_with_百分之_reads_as_the_printed_one(read, sentence, expected):
    (records,) = per_line(read(sentence), 1)
    assert sorted(verdicts(records)) == expected


@pytest.mark.parametrize("sentence", [
    "省外生源毕业生略高于全校平均（91.10%对90.89%）。",
    "省外生源毕业生略高于全校平均（ 91.10% 对 90.89% ）。",
])
def test_percentages_in_brackets_after_a_comparison_are_not_the_graduates_count(read, sentence):
    """Was an error: "2617 人，低于 3337 人" (the graduates named, their count compared)."""
    (records,) = per_line(read(sentence), 1)
    assert "contradicts" not in {r.verdict for r in records}
