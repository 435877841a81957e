"""`nianbao build -o` into a file or a read-only folder: a Chinese message naming it, exit 2."""
import os
import shutil
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from nianbao.cli import app
from project_helpers import make_project

ROWS = [["男", "汉族", "天津市", "机械工程系", "数控技术", "签劳动合同形式就业"]]
MAJORS = [["460104", "数控技术", "机械工程系", "2003"]]


def test_output_path_that_is_a_file(tmp_path):
    root = make_project(tmp_path / "p", ROWS, MAJORS)
    target = tmp_path / "out.html"
    target.write_text("keep me")
    result = CliRunner().invoke(app, ["build", str(root), "-o", str(target), "-f", "html"])
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert f"输出路径 {target} 是一个文件，不是文件夹；请用 -o 指定一个文件夹" in result.output
    assert target.read_text() == "keep me"


def test_output_report_name_taken_by_a_folder(tmp_path):
    root = make_project(tmp_path / "p", ROWS, MAJORS)
    (tmp_path / "out" / "report.html").mkdir(parents=True)
    result = CliRunner().invoke(app, ["build", str(root), "-o", str(tmp_path / "out"), "-f", "html",
                                      "--allow-errors"])
    assert result.exit_code == 2
    assert f"无法写入 {tmp_path / 'out' / 'report.html'}：同名的文件夹已存在" in result.output


def test_pdf_name_taken_by_a_folder_is_reported_though_the_pdf_is_written_beside(tmp_path):
    """The PDF is written in a thread beside HTML and DOCX: its failure is the build's, with the same message."""
    root = make_project(tmp_path / "p", ROWS, MAJORS)
    (tmp_path / "out" / "report.pdf").mkdir(parents=True)
    result = CliRunner().invoke(app, ["build", str(root), "-o", str(tmp_path / "out"), "-f", "html", "-f", "docx", "-f", "pdf",
                                      "--allow-errors"])
    assert result.exit_code == 2
    assert f"无法写入 {tmp_path / 'out' / 'report.pdf'}：同名的文件夹已存在" in result.output


def test_read_only_output_folder(tmp_path):
    """Root writes anywhere: the build runs without CAP_DAC_OVERRIDE (setpriv), so 0555 holds."""
    root = make_project(tmp_path / "p", ROWS, MAJORS)
    out = tmp_path / "ro"
    out.mkdir()
    out.chmod(0o555)
    command = [sys.executable, "-m", "nianbao.cli", "build", str(root), "-o", str(out), "-f", "html"]
    if os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("running as root without setpriv (util-linux): a folder cannot be read-only")
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", *command]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    finally:
        out.chmod(0o755)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert f"输出文件夹 {out} 不可写（只读）" in result.stderr
