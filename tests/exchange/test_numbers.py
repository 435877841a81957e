"""Import's check of typed numbers reads only the paragraphs a department changed."""
from __future__ import annotations

import shutil

from nianbao.exchange.numbers import changed_lines, verify_numbers
from nianbao.project import open_project
from project_helpers import EXAMPLE

EMPLOYMENT = "1-talent/4-employment"
WRONG = "全年举办招聘会 51 场，落实率为 95.12%。"
VERDICT = "正文写“毕业去向落实率 95.12%”，数据为 90.89%"


def test_changed_lines_are_those_of_new_or_edited_paragraphs():
    before = "# 标题\n\n第一段。\n\n第二段，\n两行。\n"
    after = "# 标题\n\n第一段。\n\n第二段，\n改了两行。\n\n- 新的\n- 列表\n"
    assert changed_lines(before, after) == {5, 6, 8, 9}
    assert changed_lines(before, before.replace("第一段。", "第一段。 ")) == set()  # whitespace only


def test_only_changed_paragraphs_are_checked(tmp_path):
    root = tmp_path / "project"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns(".nianbao", "out"))
    project = open_project(root)
    text = (root / "sections" / f"{EMPLOYMENT}.md").read_text(encoding="utf-8")
    before = text.rstrip("\n") + f"\n\n{WRONG}\n"  # a wrong number already in the file before the edit
    after = before + f"\n招生就业指导办公室补充：{WRONG}\n"

    whole = verify_numbers(project, {EMPLOYMENT: after})
    assert [f.message for f in whole.contradictions] == [VERDICT, VERDICT]

    changed = verify_numbers(project, {EMPLOYMENT: after}, before={EMPLOYMENT: before})
    [found] = changed.contradictions
    assert found.message == VERDICT
    assert found.locations[0].line == len(after.rstrip("\n").split("\n"))  # the new paragraph's line
