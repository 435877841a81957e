"""Files that hold no readable report exit 2 with a Chinese message naming the file; no input
makes the audit hang, exhaust memory or print a traceback."""
from __future__ import annotations

import sys
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st
from typer.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent))
import fixtures  # noqa: E402

from nianbao.audit import NoReportContent, ReportUnreadable, audit_report  # noqa: E402
from nianbao.cli import app  # noqa: E402

runner = CliRunner()
TRADITIONAL = ("示範職業學院二零二五年度質量報告\n\n一、人才培養\n\n"
               + "".join(f"第 {n} 項：本年度學院畢業生就業工作穩步推進，校企合作持續深化，專業建設成效顯著。\n\n"
                         for n in range(1, 31))
               + "表 1-1 畢業生人數\n\n院系\t人數\n機械系\t400\n\n數據來源：學院教務處。\n")


def _cli(path) -> tuple[int, str]:
    result = runner.invoke(app, ["audit", str(path)])
    assert "Traceback" not in result.output
    return result.exit_code, "".join(result.output.split())  # the terminal may wrap a long path


def _typst_pdf(path: Path, body: str) -> None:
    import typst
    path.write_bytes(typst.compile(body.encode(), font_paths=["/usr/share/fonts/opentype/noto"],
                                   ignore_system_fonts=True))


def _bomb(path: Path, megabytes: int) -> None:
    """A zip whose document.xml unpacks to `megabytes` of zeros, written without holding it in memory."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(megabytes):
                member.write(chunk)


@pytest.mark.parametrize("name, make, message", [
    ("empty.txt", lambda p: p.write_bytes(b""), "未识别出报告内容：{}（文件中没有文字）"),
    ("english.txt", lambda p: p.write_text("Annual quality report of the college. " * 200, encoding="utf-8"),
     "未识别出报告内容：{}（正文不是中文：质量年报应为中文）"),
    ("garbled.txt", lambda p: p.write_text(TRADITIONAL.encode("big5").decode("gb18030", errors="replace"),
                                           encoding="utf-8"),
     "未识别出报告内容：{}（文字像是乱码：文件编码可能有误（例如 Big5 文件被当作 GB18030 读取））"),
    ("empty.docx", lambda p: __import__("docx").Document().save(str(p)), "未识别出报告内容：{}（文档中没有段落文字）"),
    ("scanned.pdf", lambda p: _typst_pdf(p, "#rect(width: 5cm, height: 3cm, fill: gray)\n#pagebreak()\n#rect()"),
     "未识别出报告内容：{}（PDF 没有文字层：可能是扫描版，需要先做文字识别（OCR））"),
    ("notes.docx", lambda p: p.write_text("这不是 Word 文档", encoding="utf-8"),
     "无法读取报告：{}（文件已损坏或不是 Word 文档（无法按 zip 打开））"),
    ("broken.pdf", lambda p: p.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50), "无法读取报告：{}（文件已损坏或不是 PDF）"),
    ("long.txt", lambda p: p.write_text("一、人才培养\n" + "1" * 30000 + "\n", encoding="utf-8"),
     "无法读取报告：{}（第 2 行长 30000 字符，超过上限 20000，不像报告正文）"),
])
def test_unreadable_file_exits_2_with_message(tmp_path, name, make, message):
    path = tmp_path / name
    make(path)
    code, output = _cli(path)
    assert code == 2, output
    assert "".join(message.format(path).split()) in output
    assert "检查通过" not in output


def test_damaged_docx_is_a_message(tmp_path):
    good = tmp_path / "good.docx"
    fixtures.write_docx(good)
    data = good.read_bytes()
    damaged = tmp_path / "damaged.docx"
    # keep the zip directory, spoil the compressed parts in the middle
    damaged.write_bytes(data[:200] + bytes(b ^ 0x5A for b in data[200:len(data) // 2]) + data[len(data) // 2:])
    with pytest.raises(ReportUnreadable) as info:
        audit_report(damaged)
    assert str(info.value).startswith(f"无法读取报告：{damaged}（文件已损坏或不是 Word 文档")


def test_zip_bomb_rejected_fast(tmp_path):
    bomb = tmp_path / "report.docx"
    _bomb(bomb, 70)
    assert bomb.stat().st_size < 200_000
    start = time.perf_counter()
    with pytest.raises(ReportUnreadable) as info:
        audit_report(bomb)
    assert time.perf_counter() - start < 2.0
    assert "“word/document.xml”解压后 70 MB，超过上限 60 MB" in str(info.value)


def test_big5_report_reads_as_traditional(tmp_path):
    path = tmp_path / "big5.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    result = audit_report(path)
    assert [s.title for s in result.document.sections if s.title] == ["人才培養"]
    assert result.document.tables()[0].source == "學院教務處。"  # 數據來源 folded, printed text kept
    assert result.recognised.tables == 1


REPORT = fixtures.to_txt()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(digits=st.integers(1, 60), separator=st.sampled_from(["", " ", "  ", ",", ".", "%", "个专业", "人，"]),
       length=st.integers(1, 19_000), where=st.integers(0, len(REPORT)))
@example(digits=1, separator="%", length=14_002, where=433)  # 7 000 percentages in one sentence: 9.5 s before
def test_long_runs_of_digits_and_spaces_stay_fast(tmp_path, digits, separator, length, where):
    """Untrusted text never meets a regular expression that backtracks quadratically: runs of digits
    and spaces anywhere in a paragraph are audited (or refused) within a time bound."""
    run = (("7" * digits + separator) * (length // (digits + len(separator)) + 1))[:length]
    path = tmp_path / "runs.txt"
    path.write_text(REPORT[:where] + run + REPORT[where:], encoding="utf-8")
    start = time.process_time()  # CPU, not wall: other processes on a loaded machine do not count
    try:
        audit_report(path)
    except ReportUnreadable as exc:
        assert "不像报告正文" in str(exc) or "未识别出报告内容" in str(exc)
    assert time.process_time() - start < 5.0  # under 1 s of CPU alone; the bound is for a quadratic blow-up


def test_a_table_cell_of_thousands_of_grouped_digits_is_text_not_a_crash(tmp_path):
    """Digits grouped by commas are no single run for the line check; int() refuses more than
    4 300 digits, so such a cell must be read as text (it was a ValueError traceback)."""
    cell = ",".join(["777"] * 4_000)
    at = REPORT.index("合计\t\t400")
    path = tmp_path / "grouped.txt"
    path.write_text(REPORT[:at] + "信息系\t云计算技术\t" + cell + "\t1.00%\n" + REPORT[at:], encoding="utf-8")
    table = next(t for t in audit_report(path).document.tables() if any("云计算技术" in c.text for r in t.rows for c in r))
    row = next(r for r in table.rows if any(c.text == "云计算技术" for c in r))
    assert [c.kind for c in row][-2:] == ["text", "percent"] and row[-2].text.replace(",", "") == "777" * 4_000


def test_no_content_error_is_a_report_unreadable():
    assert issubclass(NoReportContent, ReportUnreadable)
