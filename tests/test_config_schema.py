"""report.toml and the template files through one typed schema: misspelt keys, wrong types and
bad values are errors naming the file, the key and what is expected, never a traceback."""
import shutil

import pytest
from typer.testing import CliRunner

from nianbao import template as template_module
from nianbao.cli import app
from nianbao.errors import ConfigError
from nianbao.project import open_project
from nianbao.template import load_template
from project_helpers import REPORT_TOML, make_project

runner = CliRunner()
GRADS = [["男", "汉族", "天津市", "机械工程系", "数控技术", "签劳动合同形式就业"]]
MAJORS = [["460103", "数控技术", "机械工程系", "2010"]]


def project_with(tmp_path, old: str, new: str):
    root = make_project(tmp_path / "p", GRADS, MAJORS)
    text = REPORT_TOML.replace(old, new) if old else REPORT_TOML + new
    (root / "report.toml").write_text(text, encoding="utf-8")
    return root


def config_error(root) -> str:
    with pytest.raises(ConfigError) as err:
        open_project(root)
    return str(err.value)


def test_misspelt_key_names_the_file_and_the_closest_key(tmp_path):
    root = project_with(tmp_path, 'declaration_date = "2025-12-30"', 'declaraton_date = "2025-12-30"')
    assert config_error(root) == "report.toml：未知的键“report.declaraton_date”；你是否想写 declaration_date"


def test_every_problem_at_once(tmp_path):
    root = project_with(tmp_path, 'year = 2025', 'year = "2025"\ncolege_en = "X"')
    lines = config_error(root).splitlines()
    assert "report.toml：“report.year”应为整数，实际为 '2025'" in lines
    assert "report.toml：未知的键“report.colege_en”；你是否想写 college_en" in lines


def test_cover_lines_of_numbers_is_a_type_error_at_load(tmp_path):
    root = project_with(tmp_path, "", "")
    (root / "report.toml").write_text(REPORT_TOML.replace("[data]", "cover_lines = [1, 2]\n\n[data]"), encoding="utf-8")
    message = config_error(root)
    assert "report.toml：“report.cover_lines[1]”应为文本，实际为 1" in message
    assert "report.cover_lines[2]" in message


def test_declaration_date_must_be_a_date(tmp_path):
    root = project_with(tmp_path, 'declaration_date = "2025-12-30"', 'declaration_date = "明年"')
    assert config_error(root) == "report.toml：“report.declaration_date”应为日期，形如 2025-12-30，实际为 '明年'"


def test_a_toml_date_is_accepted(tmp_path):
    root = project_with(tmp_path, 'declaration_date = "2025-12-30"', "declaration_date = 2025-12-30")
    assert open_project(root).config.declaration_date == "2025-12-30"


@pytest.mark.parametrize("url", ["javascript:alert(3)", "ftp://example.org/r.pdf", "www.example.org"])
def test_publication_url_must_be_http(tmp_path, url):
    root = project_with(tmp_path, 'declaration_date = "2025-12-30"',
                        f'declaration_date = "2025-12-30"\npublication_url = "{url}"')
    assert "“report.publication_url”应为以 http:// 或 https:// 开头的网址" in config_error(root)


def test_unknown_author_key_and_the_sections_key(tmp_path):
    root = project_with(tmp_path, "", '\n[[authors]]\ndepartment = "教务部"\nsections = ["1-talent/*"]\n'
                                      '\n[[authors]]\ndepartment = "招生就业处"\nwriter = ["某老师"]\n')
    assert config_error(root) == "report.toml：未知的键“authors[2].writer”；你是否想写 writers"
    (root / "report.toml").write_text(REPORT_TOML + '\n[[authors]]\ndepartment = "教务部"\nsections = ["1-talent/*"]\n',
                                      encoding="utf-8")
    assert open_project(root).config.authors[0].sections == ["1-talent/*"]


def test_undecodable_byte_is_a_chinese_message_exit_2(tmp_path):
    root = project_with(tmp_path, "", "")
    (root / "report.toml").write_bytes(REPORT_TOML.encode("utf-8").replace(b"college", b"col\xfflege", 1))
    result = runner.invoke(app, ["build", str(root), "-o", str(tmp_path / "out"), "-f", "html"])
    assert result.exit_code == 2
    assert "report.toml 第 3 行：文件不是 UTF-8 编码" in result.output and "0xFF" in result.output
    assert "Traceback" not in result.output


def test_cli_build_with_bad_type_exits_2_without_traceback(tmp_path):
    root = project_with(tmp_path, "", "")
    (root / "report.toml").write_text(REPORT_TOML.replace("[data]", "cover_lines = [1, 2]\n\n[data]"), encoding="utf-8")
    result = runner.invoke(app, ["build", str(root), "-o", str(tmp_path / "out"), "-f", "docx"])
    assert result.exit_code == 2 and "cover_lines" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.fixture
def template_copy(tmp_path, monkeypatch):
    """A copy of the templates folder the loader reads, so a test can break one file."""
    copy = tmp_path / "templates"
    shutil.copytree(template_module.TEMPLATES_DIR, copy)
    monkeypatch.setattr(template_module, "TEMPLATES_DIR", copy)
    load_template.cache_clear()
    yield copy / "tianjin-2025"
    load_template.cache_clear()


def test_unknown_rule_kind_is_an_error(template_copy):
    rules = template_copy / "rules.toml"
    rules.write_text(rules.read_text(encoding="utf-8") + '\n[[rule]]\nid = "x"\nkind = "compre"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_template("tianjin-2025")
    assert str(err.value).startswith("模板 tianjin-2025/rules.toml：“rule[15].kind”的取值 'compre' 不可用；")
    assert str(err.value).endswith("你是否想写 compare")


def test_misspelt_table_key_and_unknown_indicator_in_a_table(template_copy):
    tables = template_copy / "tables.toml"
    text = tables.read_text(encoding="utf-8").replace('subtotal = "小计"', 'subtotl = "小计"', 1)
    tables.write_text(text.replace('"horizontal_service_income"', '"horizontal_service_incom"', 1), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_template("tianjin-2025")
    assert "模板 tianjin-2025/tables.toml：未知的键“table.graduates_by_major.subtotl”；你是否想写 subtotal" in str(err.value)
    tables.write_text(tables.read_text(encoding="utf-8").replace("subtotl", "subtotal"), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_template("tianjin-2025")
    assert "未知指标“horizontal_service_incom”；你是否想写 horizontal_service_income" in str(err.value)


def test_part_of_names_an_entered_figure(template_copy):
    indicators = template_copy / "indicators.toml"
    text = indicators.read_text(encoding="utf-8")
    indicators.write_text(text.replace('part_of = "enrolled_student"', 'part_of = "enroled_student"', 1), encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_template("tianjin-2025")
    assert "indicators.toml [entered.enrolled_higher_vocational] part_of：未知录入指标“enroled_student”；" \
           "你是否想写 enrolled_student" in str(err.value)


def test_every_shipped_template_loads():
    for template_id in template_module.available_templates():
        assert load_template(template_id).chapters


def test_a_chart_colour_that_is_not_hex_is_an_error(template_copy):
    """A colour goes into an SVG attribute of the published page: markup in it is refused at load."""
    charts = template_copy / "charts.toml"
    text = charts.read_text(encoding="utf-8").replace('"女" = "#e07b39"', '"女" = "#e07b39\\" onmouseover=\\"alert(1)"', 1)
    charts.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_template("tianjin-2025")
    assert "模板 tianjin-2025/charts.toml：“style.colours.女”格式不对" in str(err.value)
