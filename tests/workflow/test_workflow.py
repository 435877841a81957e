"""Ownership (report.toml), review states (status.toml) and `nianbao status`."""
from __future__ import annotations

import json
import shutil
import tomllib

import pytest
from typer.testing import CliRunner

from nianbao.cli import app
from nianbao.pipeline import set_status, status
from nianbao.project import open_project
from nianbao.workflow import (Ownership, StatusError, UnknownDepartment, count_words, load_status, project_sections,
                              transition)
from project_helpers import EXAMPLE, make_project

DEPARTMENTS = ["招生就业指导办公室", "教务部"]


@pytest.fixture(scope="module")
def example():
    return open_project(EXAMPLE)


def test_example_sections_and_owners(example):
    ownership = Ownership(example)
    ids = [e.id for e in ownership.entries]
    assert ids[:2] == ["0-preface/_intro", "1-talent/_intro"]
    assert "8-appendix/4-intangible-heritage" in ids and "7-outlook/4-ai" in ids
    assert ownership.owner("1-talent/4-employment") == "招生就业指导办公室"
    assert [e.id for e in ownership.sections_of("招生就业指导办公室")] == ["1-talent/4-employment"]
    assert [e.id for e in ownership.sections_of("党委宣传部")] == [
        "5-culture/1-craftsmanship", "5-culture/2-red", "5-culture/3-tradition"]
    assert ownership.owner("3-service/_intro") == "质量监测和评估办公室"  # the "*/_intro" glob
    assert ownership.unowned() == [] and ownership.warnings() == []
    entry = ownership.entry("1-talent/4-employment")
    assert entry.title == "一、人才培养 （四）高质就业" and entry.short_title == "（四）高质就业"
    assert ownership.entry("8-appendix/1-backpack-ideology").short_title == "京津冀共建“背包里的大思政课”"
    with pytest.raises(UnknownDepartment, match="report.toml 中没有编写部门“招就办”"):
        ownership.sections_of("招就办")


def test_unowned_sections_and_stray_patterns_are_reported(tmp_path):
    root = make_project(tmp_path / "p", [["男", "汉族", "天津市", "机械工程系", "数控技术", "签劳动合同形式就业"]],
                        sections={"1-talent/4-employment.md": "毕业生就业情况良好。\n"})
    toml = (root / "report.toml").read_text(encoding="utf-8")
    (root / "report.toml").write_text(toml + '\n[[authors]]\ndepartment = "招生就业指导办公室"\nlead = ""\n'
                                      'sections = ["1-talent/4-employment", "1-talent/9-none"]\n', encoding="utf-8")
    ownership = Ownership(open_project(root))
    warnings = ownership.warnings()
    assert warnings[0] == "编写部门“招生就业指导办公室”的 sections 项“1-talent/9-none”没有对应任何章节文件"
    assert warnings[1].startswith(f"{len(ownership.entries) - 1} 个章节没有指定编写部门：0-preface/_intro、")
    assert "1-talent/4-employment" not in warnings[1]


def test_transitions_are_checked_and_saved_atomically(tmp_path):
    sections = ["1-talent/4-employment"]
    with pytest.raises(StatusError, match="不能从“未开始”改为“已通过”；“未开始”之后可以是：撰写中、已提交"):
        transition(tmp_path, sections[0], "已通过", "编制专班", DEPARTMENTS, known_sections=sections)
    transition(tmp_path, sections[0], "撰写中", "招生就业指导办公室", DEPARTMENTS, known_sections=sections,
               when="2025-11-01T09:00:00+08:00")
    transition(tmp_path, sections[0], "已提交", "招生就业指导办公室", DEPARTMENTS, "第二稿", sections)
    with pytest.raises(StatusError, match="退回时请写明原因"):
        transition(tmp_path, sections[0], "退回", "编制专班", DEPARTMENTS, known_sections=sections)
    with pytest.raises(StatusError, match="不记录个人姓名"):
        transition(tmp_path, sections[0], "已通过", "张三", DEPARTMENTS, known_sections=sections)
    state = transition(tmp_path, sections[0], "退回", "编制专班", DEPARTMENTS, "补充就业去向的院系对比", sections)
    raw = tomllib.loads((tmp_path / "status.toml").read_text(encoding="utf-8"))
    assert raw["1-talent/4-employment"]["state"] == "退回"
    assert raw["1-talent/4-employment"]["note"] == "补充就业去向的院系对比"
    assert load_status(tmp_path)["1-talent/4-employment"] == state
    assert sorted(p.name for p in tmp_path.iterdir()) == ["status.toml"]  # no temporary file left behind


def test_a_broken_status_file_is_reported_in_chinese(tmp_path):
    (tmp_path / "status.toml").write_text('["1-talent/4-employment"]\nstate = "完成"\n', encoding="utf-8")
    with pytest.raises(StatusError, match="状态“完成”无效；可用：未开始、撰写中、已提交、退回、已通过"):
        load_status(tmp_path)
    (tmp_path / "status.toml").write_text('["x"]\nstate = \n', encoding="utf-8")
    with pytest.raises(StatusError, match="status.toml：格式错误"):
        load_status(tmp_path)


def test_word_count_counts_han_characters_and_latin_words():
    assert count_words("毕业生 3337 人，落实率 90.89%，AI 课程 and Python。") == 9 + 5  # 毕业生人落实率课程; 3337 90.89 AI and Python
    assert count_words("") == 0


def test_status_of_the_example(tmp_path):
    project = tmp_path / "example"
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns(".nianbao", "out"))
    set_status(project, "1-talent/4-employment", "已提交", "招生就业指导办公室", "初稿")
    report = status(project)
    row = next(s for s in report.sections if s.id == "1-talent/4-employment")
    assert (row.owner, row.state, row.by, row.note) == ("招生就业指导办公室", "已提交", "招生就业指导办公室", "初稿")
    # Directives are not words: the file's typed text only.
    assert 1200 < row.words < 1400
    assert row.findings == 0
    assert all(s.findings is not None for s in report.sections)
    assert report.warnings == []

    runner = CliRunner()
    result = runner.invoke(app, ["status", str(project), "--format", "json", "--no-findings",
                                 "--department", "招生就业指导办公室"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [s["id"] for s in data["sections"]] == ["1-talent/4-employment"]
    assert data["sections"][0]["state"] == "已提交" and data["sections"][0]["findings"] is None
    result = runner.invoke(app, ["status", str(project), "--section", "1-talent/4-employment", "--to", "已通过",
                                 "--by", "编制专班"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, ["status", str(project), "--section", "1-talent/4-employment", "--to", "撰写中",
                                 "--by", "编制专班"])
    assert result.exit_code == 2
    assert "不能从“已通过”改为“撰写中”" in result.stderr


def test_sections_listed_in_outline_order_even_before_they_exist(tmp_path):
    root = make_project(tmp_path / "p", [["男", "汉族", "天津市", "机械工程系", "数控技术", "签劳动合同形式就业"]])
    entries = project_sections(open_project(root))
    assert entries[0].id == "0-preface/_intro" and not entries[0].exists
    assert "1-talent/4-employment" in [e.id for e in entries]
    assert not any(e.id.startswith("8-appendix/") for e in entries)  # cases exist only once written


def test_an_optional_section_not_written_takes_no_number(tmp_path):
    root = tmp_path / "p"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns(".nianbao", "out"))
    (root / "sections" / "4-international" / "1-luban.md").unlink()  # 鲁班工坊 is optional
    entries = {e.id: e for e in project_sections(open_project(root))}
    assert entries["4-international/1-luban"].short_title == "鲁班工坊（选写，未撰写）"
    assert entries["4-international/2-study"].title == "四、国际合作 （一）留学(访学)天津"
    assert entries["4-international/3-exchange"].short_title == "（二）交流互鉴"
    from nianbao.document.build import build_document
    chapter = next(s for s in build_document(open_project(root)).document.sections if s.chapter == 4)
    assert [c.label + c.title for c in chapter.children] == ["（一）留学(访学)天津", "（二）交流互鉴"]
