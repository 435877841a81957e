"""The whole story: a messy GBK roster is rejected with every problem at once, nothing changes;
fixed, it is imported, the build uses it, history shows both versions, rollback restores."""
import json
import re

from typer.testing import CliRunner

from nianbao.cli import app
from nianbao.indicators import Indicators
from nianbao.intake import data_path, store
from nianbao.project import open_project

from intake_helpers import GRADUATE_HEADER, graduate, write_csv

runner = CliRunner()
TITLE = ["天津工业职业学院2025届毕业生去向名单"]


def messy_rows(fixed=False):
    rows = [TITLE, GRADUATE_HEADER,
            graduate(1, name="张伟", province="河北"),
            graduate(2, name="李娜", gender="男" if fixed else "难", province="内蒙古"),
            graduate(3, name="王芳", province="新疆", destination="升学"),
            graduate(4, name="刘洋", major="大数据与会计", department="经济管理工程系" if fixed else "机械工程系"),
            graduate(5, name="陈静", province="京"),
            graduate(2 if not fixed else 6, name="赵磊", ethnicity="回")]
    rows[2][0] = "２０２５９０００００１"  # full-width digits
    if fixed:
        rows[6][4] = "北京"
    return rows


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def snapshot(root):
    return sorted((str(p.relative_to(root)), p.stat().st_size) for p in root.rglob("*") if p.is_file())


def test_bad_file_lists_every_problem_and_changes_nothing(project_dir, tmp_path):
    bad = write_csv(tmp_path / "毕业生.csv", messy_rows(), "gbk")
    before = snapshot(project_dir)
    result = invoke("data", "import", project_dir, "graduates", bad, "--format", "json")
    assert result.exit_code == 1
    problems = json.loads(result.stdout)
    assert [(p["row"], p["column"]) for p in problems] == [
        (4, "性别"), (6, "专业"), (7, "生源地"), (8, "学号")]
    assert all(set(p) == {"file", "sheet", "row", "column", "value", "expected", "message"} for p in problems)
    assert problems[0] == {"file": str(bad), "sheet": None, "row": 4, "column": "性别", "value": "难",
                           "expected": "男、女", "message": "性别取值不合法"}
    dup = problems[3]
    assert dup["value"] == "（已隐去）" and "第 8 行与第 4 行" in dup["message"]
    for name in ("张伟", "李娜", "王芳", "刘洋", "陈静", "赵磊", "2025900002"):
        assert name not in result.output
    assert snapshot(project_dir) == before
    assert data_path(open_project(project_dir), "graduates") == project_dir / "data" / "graduates.csv"


def test_text_output_and_summary(project_dir, tmp_path):
    bad = write_csv(tmp_path / "g.csv", messy_rows(), "gbk")
    result = invoke("data", "import", project_dir, "graduates", bad)
    assert result.exit_code == 1
    out = result.output
    assert "有 4 个问题，项目数据没有任何改动" in out
    assert "第 7 行 “生源地”列：省份“京”无法识别" in out
    assert "读取 6 行，可接受 2 行，有问题 4 行。" in out
    assert "张伟" not in out and "2025900001" not in out


def test_fixed_file_imports_build_uses_it_history_and_rollback(project_dir, tmp_path):
    bad = write_csv(tmp_path / "g.csv", messy_rows(), "gbk")
    assert invoke("data", "import", project_dir, "graduates", bad).exit_code == 1
    good = write_csv(tmp_path / "g.csv", messy_rows(fixed=True), "gbk")
    result = invoke("data", "import", project_dir, "graduates", good)
    assert result.exit_code == 0, result.output
    assert "v0001" in result.output
    project = open_project(project_dir)
    ind = Indicators(project)
    assert ind.value("graduate_count").display == "6"
    assert ind.datasets["graduates"].path == ".nianbao/store/graduates/v0001/original/g.csv"
    rows = ind.con.execute("SELECT origin_province, destination, row_no FROM graduates ORDER BY row_no").fetchall()
    assert rows[0] == ("河北省", "签劳动合同形式就业", 3)
    assert rows[2][1] == "境内升学"

    example = project_dir / "data" / "graduates.csv"
    assert invoke("data", "import", project_dir, "graduates", example).exit_code == 0
    assert Indicators(open_project(project_dir)).value("placement_rate").display == "90.89%"

    history = invoke("data", "history", project_dir)
    assert history.exit_code == 0
    lines = [line for line in history.output.splitlines() if "graduates" in line]
    assert len(lines) == 2 and "*" in lines[1] and "*" not in lines[0]
    assert re.search(r"v0001.*g\.csv.*\b6\b", lines[0])

    assert invoke("data", "rollback", project_dir, "graduates", "1").exit_code == 0
    assert Indicators(open_project(project_dir)).value("graduate_count").display == "6"
    assert invoke("data", "rollback", project_dir, "graduates", "v0009").exit_code == 2


def test_build_document_uses_imported_version(project_dir, tmp_path):
    """The example roster as a college would export it: GBK, title row, short province names."""
    import csv
    from nianbao.document.build import build_document
    with open(project_dir / "data" / "graduates.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    shorten = {"内蒙古自治区": "内蒙古", "新疆维吾尔自治区": "新疆", "河北省": "河北", "北京市": "北京"}
    messy = [TITLE, rows[0]] + [r[:3] + [shorten.get(r[3], r[3])] + r[4:] for r in rows[1:]]
    path = write_csv(tmp_path / "导出.csv", messy, "gbk")
    (project_dir / "data" / "graduates.csv").unlink()  # the build must not need report.toml's file any more
    assert invoke("data", "import", project_dir, "graduates", path).exit_code == 0
    result = build_document(open_project(project_dir))
    assert result.document is not None
    ind = Indicators(open_project(project_dir))
    assert ind.value("placement_rate").display == "90.89%"
    assert ind.datasets["graduates"].path.endswith("v0001/original/导出.csv")


def test_majors_import_then_graduates_checked_against_it(project_dir, tmp_path):
    majors = write_csv(tmp_path / "m.csv", [["专业代码", "专业名称", "院系", "首次招生年份"],
                                            ["460104", "数控技术", "智能制造学院", "2003"]])
    assert invoke("data", "import", project_dir, "majors", majors).exit_code == 0
    roster = write_csv(tmp_path / "g.csv", [GRADUATE_HEADER, graduate(1),
                                            graduate(2, department="智能制造学院")])
    result = invoke("data", "import", project_dir, "graduates", roster, "--format", "json")
    problems = json.loads(result.stdout)
    # a roster: a value outside the project's vocabulary is masked (it could be a name)
    assert [(p["row"], p["column"], p["value"]) for p in problems] == [(2, "院系", "机***")]
    assert "智能制造学院" in problems[0]["expected"]


def test_header_problems_reported_together(project_dir, tmp_path):
    path = write_csv(tmp_path / "g.csv", [["学号", "性别", "性别", "院系", "专业"], ["1", "男", "男", "a", "b"]])
    result = invoke("data", "import", project_dir, "graduates", path, "--format", "json")
    messages = [p["message"] for p in json.loads(result.stdout)]
    assert "缺少必填列“民族”" in messages and "缺少必填列“毕业去向”" in messages
    assert any(m.startswith("重复的列") for m in messages)
    assert result.exit_code == 1


def test_unknown_kind_and_missing_file(project_dir, tmp_path):
    assert invoke("data", "import", project_dir, "students", tmp_path / "x.csv").exit_code == 2
    result = invoke("data", "import", project_dir, "graduates", tmp_path / "x.csv")
    assert result.exit_code == 1 and "文件不存在" in result.output


def test_store_files(project_dir, tmp_path):
    good = write_csv(tmp_path / "g.csv", messy_rows(fixed=True), "gbk")
    invoke("data", "import", project_dir, "graduates", good)
    version = store.current(project_dir, "graduates")
    assert version.original_path.read_bytes() == good.read_bytes()
    assert version.manifest["sha256"] == store.sha256_of(good)
    assert version.manifest["rows"] == 6 and version.manifest["encoding"] == "gb18030"
    text = version.data_path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "student_id,name,gender,ethnicity,origin_province,department,major,destination,row_no"


def test_build_checks_report_toml_file_like_an_import(project_dir, tmp_path):
    """A [data] file that was never imported is checked on build; problems stop it, listed, no traceback."""
    path = project_dir / "data" / "graduates.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[5] = lines[5].replace("男", "[/]", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke("build", project_dir, "-o", tmp_path / "out", "-f", "html")
    assert result.exit_code == 2
    assert "data/graduates.csv 第 6 行 “性别”列：性别取值不合法（值：[**）" in result.output  # a roster: masked
    assert result.exception is None or isinstance(result.exception, SystemExit)
