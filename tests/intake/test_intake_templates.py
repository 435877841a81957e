"""Entry templates: a generated workbook, filled in with openpyxl, imports without edits."""
import openpyxl
import pytest
from typer.testing import CliRunner

from nianbao.cli import app
from nianbao.indicators import Indicators
from nianbao.intake import import_file
from nianbao.intake.schemas import SCHEMAS
from nianbao.project import open_project

runner = CliRunner()

FILLED = {
    "graduates": [["2025000001", "张三", "男", "汉族", "河北省", "机械工程系", "数控技术", "签劳动合同形式就业"],
                  ["2025000002", None, "女", "回族", "天津市", "经济管理工程系", "大数据与会计", "境内升学"]],
    "majors": [["460104", "数控技术", "机械工程系", 2003, "国家级"]],
    "staff": [["T001", "李四", "女", "1985-06", None, "机械工程系", "专任教师", "硕士研究生", "硕士", "副教授",
               "副高", "是"]],
    "survey": [["employer_satisfaction", "用人单位满意度", None, 98.5, 120, "第三方调查"]],
    "figures": [["staff_total", "教职工总数", None, 2025, "人", 377, "人事处"]],
}


def make_template(kind, out, project_dir=None):
    args = ["data", "template", kind, "-o", str(out)] + (["--project", str(project_dir)] if project_dir else [])
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    return out


def test_graduate_template_has_dropdowns_notes_and_instructions(project_dir, tmp_path):
    book = openpyxl.load_workbook(make_template("graduates", tmp_path / "g.xlsx", project_dir))
    assert book.sheetnames == ["毕业生去向名单", "说明", "选项"]
    ws = book.worksheets[0]
    assert [c.value for c in ws[1]] == [c.header for c in SCHEMAS["graduates"].columns]
    assert "必填" in ws["A1"].comment.text
    options = book["选项"]
    lists = {options.cell(1, c).value: [options.cell(r, c).value for r in range(2, options.max_row + 1)
                                        if options.cell(r, c).value] for c in range(1, options.max_column + 1)}
    assert lists["性别"] == ["男", "女"]
    assert len(lists["毕业去向"]) == 14
    assert "机械工程系" in lists["院系"] and "数控技术" in lists["专业"] and len(lists["专业"]) == 25
    assert len(ws.data_validations.dataValidation) == 6
    assert "nianbao data import" in " ".join(str(c.value) for row in book["说明"].iter_rows() for c in row)


@pytest.mark.parametrize("kind", sorted(FILLED))
def test_filled_template_imports(project_dir, tmp_path, kind):
    path = make_template(kind, tmp_path / f"{kind}.xlsx", project_dir)
    book = openpyxl.load_workbook(path)
    for row in FILLED[kind]:
        book.worksheets[0].append(row)
    book.save(path)
    result = import_file(open_project(project_dir), kind, path)
    assert result.parsed.problems == []
    assert result.version is not None and result.version.manifest["rows"] == len(FILLED[kind])
    assert result.version.manifest["sheet"] == SCHEMAS[kind].title


def test_staff_import_loads_table(project_dir, tmp_path):
    path = make_template("staff", tmp_path / "s.xlsx")
    book = openpyxl.load_workbook(path)
    book.worksheets[0].append(FILLED["staff"][0])
    book.save(path)
    assert import_file(open_project(project_dir), "staff", path).version is not None
    ind = Indicators(open_project(project_dir))
    assert ind.con.execute("SELECT title_level, dual_qualified, row_no FROM staff").fetchall() == [("副高", "是", 2)]


def _destination_options(path) -> list[str]:
    options = openpyxl.load_workbook(path)["选项"]
    column = next(c for c in range(1, options.max_column + 1) if options.cell(1, c).value == "毕业去向")
    return [options.cell(r, column).value for r in range(2, options.max_row + 1) if options.cell(r, column).value]


def test_template_lists_the_projects_own_destinations(project_dir, tmp_path, monkeypatch):
    import copy
    from nianbao import pipeline
    from nianbao.template import Destination
    project = open_project(project_dir)
    project.template = copy.copy(project.template)  # the loaded template is shared (cached): change a copy
    project.template.destinations = [Destination("签劳动合同形式就业", "就业", "单位就业"),
                                     Destination("本校自定去向", "就业", "单位就业")]
    monkeypatch.setattr(pipeline, "open_project", lambda _: project)
    out = pipeline.entry_template("graduates", tmp_path / "g.xlsx", project_dir)
    assert _destination_options(out) == ["签劳动合同形式就业", "本校自定去向"]


def test_template_without_project_names_its_template(tmp_path):
    assert len(_destination_options(make_template("graduates", tmp_path / "g.xlsx"))) == 14
    result = runner.invoke(app, ["data", "template", "graduates", "-o", str(tmp_path / "n.xlsx"),
                                 "--template", "national-2024-higher"])
    assert result.exit_code == 0, result.output
    unknown = runner.invoke(app, ["data", "template", "graduates", "-o", str(tmp_path / "x.xlsx"), "--template", "tianjin"])
    assert unknown.exit_code == 2 and "未知模板“tianjin”" in unknown.output
    both = runner.invoke(app, ["data", "template", "graduates", "-o", str(tmp_path / "y.xlsx"),
                               "--template", "tianjin-2025", "--project", str(tmp_path)])
    assert both.exit_code == 2 and "--project 与 --template 只能指定一个" in both.output
