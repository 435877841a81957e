"""Numbering of 图/表/案例 per chapter, the appendix, and cross-references."""
import pytest

from project_helpers import make_project
from nianbao.document.build import build_document
from nianbao.errors import BuildError
from nianbao.project import open_project

GRADS = [["男", "汉族", "河北省", "机械工程系", "数控技术", "签就业协议形式就业"],
         ["女", "汉族", "天津市", "机械工程系", "数控技术", "待就业"]]
MAJORS = [["460103", "数控技术", "机械工程系", "2004"]]

SECTIONS = {
    "1-talent/1-moral.md": "见{ref}`case-a`。\n\n::: case 第一个案例 {#case-a}\n正文。\n:::\n",
    "1-talent/4-employment.md": (
        "# 去向落实率\n\n## 总体规模\n\n共 {value}`graduate_count` 人，见{ref}`gender_structure`与{ref}`graduates_by_major`。\n\n"
        "```{chart} gender_structure\n```\n\n```{table} graduates_by_major\n```\n\n"
        "## 结构\n\n见{ref}`placement_by_major`。\n\n```{table} placement_by_major\n```\n\n"
        "# 就业满意度\n\n::: case 第二个案例 {#case-b}\n```{table} destinations\n:label: inner\n```\n:::\n"),
    "2-integration/2-teaching.md": "见{ref}`majors`和{ref}`case-b`。\n\n```{table} majors\n```\n",
    "8-appendix/1-first.md": "::: case 经典一 {#featured-one}\n```{chart} destination_distribution\n```\n:::\n",
    "8-appendix/2-second.md": "::: case 经典二\n文字。\n:::\n",
}


@pytest.fixture
def result(tmp_path):
    return build_document(open_project(make_project(tmp_path / "p", GRADS, MAJORS, sections=SECTIONS)))


def test_tables_figures_and_cases_numbered_per_chapter(result):
    doc = result.document
    assert [t.number for t in doc.tables()] == ["表 1-1", "表 1-2", "表 1-3", "表 2-1"]
    assert [f.number for f in doc.figures()] == ["图 1-1", "图 8-1"]
    assert [c.number for c in doc.cases()] == ["案例 1-1", "案例 1-2", "经典案例 1", "经典案例 2"]
    assert [c.featured for c in doc.cases()] == [False, False, True, True]


def test_references_show_the_target_number(result):
    labels = result.labels
    assert labels["graduates_by_major"] == "表 1-1" and labels["inner"] == "表 1-3"
    assert labels["case-b"] == "案例 1-2" and labels["featured-one"] == "经典案例 1"
    texts = [b.text for s in result.document.walk_sections() for b in s.blocks if hasattr(b, "text")]
    assert any("见表 2-1和案例 1-2。" == t for t in texts)


def test_subheadings_are_numbered_and_restart(result):
    # only the sections with a file are printed: find 高质就业 by its key
    employment = next(c for c in result.document.sections[1].children if c.key == "employment")
    labels = [(h.label, h.title) for h in employment.blocks if hasattr(h, "level")]
    assert labels == [("1.", "去向落实率"), ("（1）", "总体规模"), ("（2）", "结构"), ("1.", "就业满意度")][:3] + \
        [("2.", "就业满意度")]


def test_unknown_reference_fails_with_file_line_and_closest(tmp_path):
    sections = dict(SECTIONS)
    sections["2-integration/1-mechanism.md"] = "段落。\n\n另见{ref}`graduates_by_majr`。\n"
    with pytest.raises(BuildError) as err:
        build_document(open_project(make_project(tmp_path / "p", GRADS, MAJORS, sections=sections)))
    [problem] = err.value.problems
    assert problem.startswith(
        "sections/2-integration/1-mechanism.md:3：未知的引用“graduates_by_majr”；最接近：graduates_by_major")


def test_unknown_indicator_and_table_reported_together(tmp_path):
    sections = {"1-talent/1-moral.md": "共 {value}`graduate_cnt` 人。\n\n```{table} no_such_table\n```\n"}
    with pytest.raises(BuildError) as err:
        build_document(open_project(make_project(tmp_path / "p", GRADS, MAJORS, sections=sections)))
    problems = err.value.problems
    assert len(problems) == 2
    assert problems[0].startswith("sections/1-talent/1-moral.md:3：未知表格“no_such_table”")
    assert problems[1].startswith("sections/1-talent/1-moral.md:1：未知指标“graduate_cnt”；最接近：毕业生人数（graduate_count）")
