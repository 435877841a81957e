"""The command line: init, build, explain."""
import json

from typer.testing import CliRunner

from project_helpers import EXAMPLE
from nianbao.cli import app
from nianbao.template import load_template

runner = CliRunner()


def test_init_creates_every_section_of_the_outline(tmp_path):
    result = runner.invoke(app, ["init", str(tmp_path / "new"), "--template", "tianjin-2025", "--college", "某职业学院"])
    assert result.exit_code == 0, result.output
    template = load_template("tianjin-2025")
    expected = sum(len(c.sections) + 1 for c in template.chapters if not c.appendix) + 1
    files = sorted((tmp_path / "new" / "sections").rglob("*.md"))
    assert len(files) == expected
    assert (tmp_path / "new" / "sections" / "1-talent" / "4-employment.md").is_file()
    assert 'college = "某职业学院"' in (tmp_path / "new" / "report.toml").read_text(encoding="utf-8")
    assert ".nianbao/" in (tmp_path / "new" / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_init_refuses_to_overwrite(tmp_path):
    runner.invoke(app, ["init", str(tmp_path / "p")])
    before = (tmp_path / "p" / "report.toml").read_text(encoding="utf-8")
    result = runner.invoke(app, ["init", str(tmp_path / "p")])
    assert result.exit_code == 2
    assert (tmp_path / "p" / "report.toml").read_text(encoding="utf-8") == before


def test_fresh_project_builds(tmp_path):
    runner.invoke(app, ["init", str(tmp_path / "p")])
    result = runner.invoke(app, ["build", str(tmp_path / "p"), "-o", str(tmp_path / "out"), "-f", "html"])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "report.html").is_file()


def test_formats_may_be_listed_in_one_option(tmp_path):
    runner.invoke(app, ["init", str(tmp_path / "p")])
    result = runner.invoke(app, ["build", str(tmp_path / "p"), "-o", str(tmp_path / "out"), "-f", "html,docx"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["report.docx", "report.html", "tables.json"]


def test_unknown_format_is_refused_before_anything_is_written(tmp_path):
    runner.invoke(app, ["init", str(tmp_path / "p")])
    result = runner.invoke(app, ["build", str(tmp_path / "p"), "-o", str(tmp_path / "out"),
                                 "-f", "html", "-f", "odt", "-f", "PDF", "-f", "epub"])
    assert result.exit_code == 2
    assert "未知的输出格式：odt、epub（可用：html、docx、pdf）" in result.output
    assert not (tmp_path / "out").exists()


def test_explain_placement_rate_by_major():
    result = runner.invoke(app, ["explain", str(EXAMPLE), "placement_rate", "--by", "专业", "--json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    overall, by_major = rows[0], {r["breakdown"]["major"]: r for r in rows[1:]}
    assert (overall["display"], overall["numerator"], overall["n"]) == ("90.89%", 3033, 3337)
    assert by_major["云计算技术应用"]["display"] == "78.57%" and by_major["云计算技术应用"]["n"] == 140
    assert len(by_major) == 24
    assert overall["source"] == "全国高校毕业生就业管理系统"
    assert overall["provenance"].startswith("data/graduates.csv（3337 行")


def test_explain_text_shows_definition_and_source():
    result = runner.invoke(app, ["explain", str(EXAMPLE), "placement_rate", "--by", "院系"])
    assert result.exit_code == 0, result.output
    assert "毕业去向落实率" in result.output and "定义" in result.output and "94.25%" in result.output


def test_build_errors_exit_non_zero_with_locations(tmp_path):
    runner.invoke(app, ["init", str(tmp_path / "p")])
    (tmp_path / "p" / "sections" / "1-talent" / "1-moral.md").write_text("{value}`nope`\n", encoding="utf-8")
    result = runner.invoke(app, ["build", str(tmp_path / "p"), "-o", str(tmp_path / "out"), "-f", "html"])
    assert result.exit_code == 2
    assert "sections/1-talent/1-moral.md:1" in result.output
