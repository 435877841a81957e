"""The source of truth is visible: the build names the data version it used and warns when the
file report.toml names differs from it, or does not exist."""
import shutil

from typer.testing import CliRunner

from nianbao.cli import app
from nianbao.document.build import build_document
from nianbao.intake import import_file
from nianbao.project import open_project
from project_helpers import make_project

ROWS = [["男", "汉族", "天津市", "机械工程系", "数控技术", "签劳动合同形式就业"],
        ["女", "汉族", "河北省", "机械工程系", "数控技术", "境内升学"]]
MAJORS = [["460104", "数控技术", "机械工程系", "2003"]]


def test_build_names_the_versions_it_used_and_warns_on_an_edited_file(tmp_path):
    root = make_project(tmp_path / "p", ROWS, MAJORS)
    version = import_file(open_project(root), "graduates", root / "data" / "graduates.csv").version
    sha = version.manifest["sha256"][:12]
    path = root / "data" / "graduates.csv"
    path.write_text(path.read_text(encoding="utf-8") + "S99999,男,汉族,火星,无,无,无\n", encoding="utf-8")
    result = build_document(open_project(root))
    assert f"graduates：已导入的版本 v0001（graduates.csv，2 行，sha256 {sha}）" in result.data_sources
    assert "majors：report.toml 中的 data/majors.csv（1 行）" in result.data_sources
    assert ("report.toml [data] graduates = data/graduates.csv 与已导入的版本 v0001 不同（文件在导入后被修改过）："
            "本次构建使用 v0001，没有读取也没有检查该文件；要使用它，请先 nianbao data import 导入") in result.warnings


def test_cli_build_prints_the_data_sources(tmp_path):
    root = make_project(tmp_path / "p", ROWS, MAJORS)
    result = CliRunner().invoke(app, ["build", str(root), "-o", str(tmp_path / "out"), "-f", "html", "--allow-errors"])
    assert "数据：graduates：report.toml 中的 data/graduates.csv（2 行）" in result.output


def test_missing_data_file_is_one_warning(tmp_path):
    root = make_project(tmp_path / "p", ROWS, MAJORS)
    (root / "data" / "figures.csv").unlink()
    result = build_document(open_project(root))
    assert [w for w in result.warnings if "figures" in w] == [
        "report.toml [data] figures = data/figures.csv：文件不存在；按没有这类数据构建（需要它的表格和图表会报错）"]


def test_missing_roster_needed_by_a_chart_is_an_error_not_a_crash(tmp_path):
    root = make_project(tmp_path / "p", ROWS, MAJORS,
                        sections={"1-talent/4-employment.md": "```{chart} gender_structure\n```\n"})
    (root / "data" / "graduates.csv").unlink()
    result = CliRunner().invoke(app, ["build", str(root), "-o", str(tmp_path / "out"), "-f", "html"])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "文件不存在" in result.output and "没有数据，无法作图" in result.output
