"""Fuzz every reader a report project feeds nianbao: data files (CSV, XLSX), report.toml and
section Markdown. Whatever the bytes: no traceback (only the project's own errors), each
example bounded in time (hypothesis deadline) and memory (RLIMIT_AS for this module), and
every problem a Chinese message naming the file. The audit's readers are fuzzed in tests/audit.
"""
import io
import re
import resource
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from nianbao.document.markdown import SectionReader
from nianbao.errors import NianbaoError
from nianbao.intake.parse import parse_file
from nianbao.intake.schemas import SCHEMAS
from nianbao.intake.validate import Context

CHINESE = re.compile(r"[\u4e00-\u9fff]")
CTX = Context({"境内升学": "境内升学"}, {"数控技术": "机械工程系"})
SETTINGS = settings(max_examples=40, deadline=3000, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
HOSTILE = ['"', '""', "=1+1", "@SUM(A1)", "\x00", "\r", "\n", ",", "\t", "慕容青云", "学号", "姓名", "性别", "男",
           "2025000001", "6.5e2", "-650", "%", "|", "# ", "###### ", "```", "{figure}", "../../etc/passwd",
           "::: case", ":::", "{value}`x`", "<script>", "*", "**", "[a](javascript:1)", "\ufeff"]
PIECES = st.lists(st.sampled_from(HOSTILE) | st.text(max_size=6), max_size=40).map("".join)


@pytest.fixture(scope="module", autouse=True)
def bounded_memory():
    """No example may allocate more than 2 GB beyond what the process already maps."""
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    with open("/proc/self/statm") as fh:
        mapped = int(fh.read().split()[0]) * resource.getpagesize()
    limit = mapped + 2 * 1024**3
    resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))
    yield
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def assert_reported(parsed, shown: str) -> None:
    for problem in parsed.problems:
        assert problem.file == shown
        assert CHINESE.search(problem.message) and problem.expected
        assert problem.value is None or len(problem.value) <= 60  # never a whole file as one value
        problem.line()


def csv_of(rows: list[list[str]]) -> bytes:
    return "\r\n".join(",".join(row) for row in rows).encode("utf-8", "surrogatepass")


ROWS = st.lists(st.lists(PIECES, min_size=1, max_size=9), max_size=12)
HEADER = ["学号", "姓名", "性别", "民族", "生源地", "院系", "专业", "毕业去向"]


@SETTINGS
@given(data=st.binary(max_size=2000) | ROWS.map(lambda rows: csv_of([HEADER] + rows)),
       kind=st.sampled_from(sorted(SCHEMAS)))
def test_fuzz_csv(tmp_path_factory, data, kind):
    path = tmp_path_factory.mktemp("csv") / "数据.csv"
    path.write_bytes(data)
    assert_reported(parse_file(path, kind, CTX, "data/数据.csv"), "data/数据.csv")


def xlsx_with(sheet_xml: bytes) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                         'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>')
        archive.writestr("xl/workbook.xml", '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
                         ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                         '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
        archive.writestr("xl/_rels/workbook.xml.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                         '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                         'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)
    return buf.getvalue()


REF = st.tuples(st.sampled_from(["A", "B", "H", "Z", "AA", "XFD", "ZZZZ", ""]),
                st.sampled_from(["1", "2", "9", "1048576", "99999999", "0", ""]))
CELL_XML = st.builds(lambda ref, text: f'<c r="{ref[0]}{ref[1]}" t="inlineStr"><is><t>{text}</t></is></c>',
                     REF, st.sampled_from(HEADER + ["x", "&amp;", "=1+1", ""]))
ROW_XML = st.builds(lambda r, cells: f'<row r="{r}">{"".join(cells)}</row>',
                    st.sampled_from(["1", "2", "3", "1048576", ""]), st.lists(CELL_XML, max_size=9))
SHEET_XML = st.lists(ROW_XML, max_size=6).map(
    lambda rows: ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                  + "".join(rows) + "</sheetData></worksheet>").encode())


@SETTINGS
@given(data=st.binary(max_size=2000) | SHEET_XML.map(xlsx_with)
       | st.tuples(SHEET_XML, st.integers(0, 400), st.binary(min_size=1, max_size=8)).map(
           lambda t: xlsx_with(t[0][:t[1]] + t[2] + t[0][t[1]:])))
def test_fuzz_xlsx(tmp_path_factory, data):
    path = tmp_path_factory.mktemp("xlsx") / "名单.xlsx"
    path.write_bytes(data)
    assert_reported(parse_file(path, "graduates", CTX, "data/名单.xlsx"), "data/名单.xlsx")


TOML_PIECES = st.lists(st.sampled_from(['[report]\n', 'college = "某学院"\n', "year = 2025\n", 'template = "tianjin-2025"\n',
                                        'province = "天津市"\n', "cover_lines = [1, 2]\n", 'declaration_date = "明年"\n',
                                        'publication_url = "javascript:alert(3)"\n', "[data]\n", 'graduates = "../x"\n',
                                        "declaraton_date = 1\n", "[[authors]]\n", 'department = 1\n', "\xff", "= =\n",
                                        "[output]\n", 'formats = ["exe"]\n']) | st.text(max_size=8),
                       max_size=14).map("".join)


@SETTINGS
@given(text=TOML_PIECES, raw=st.binary(max_size=200))
def test_fuzz_report_toml(tmp_path_factory, text, raw):
    from nianbao.config import load_config
    root = tmp_path_factory.mktemp("toml")
    for data in (text.encode("utf-8", "surrogatepass"), raw):
        (root / "report.toml").write_bytes(data)
        try:
            load_config(root / "report.toml")
        except NianbaoError as exc:
            assert "report.toml" in str(exc) and CHINESE.search(str(exc))


@SETTINGS
@given(text=PIECES | st.text(max_size=300), raw=st.binary(max_size=300))
def test_fuzz_section_markdown(tmp_path_factory, text, raw):
    path = tmp_path_factory.mktemp("md") / "1-moral.md"
    shown = "sections/1-talent/1-moral.md"
    for data in (text.encode("utf-8", "surrogatepass"), raw):
        path.write_bytes(data)
        problems, warnings = [], []
        SectionReader(path, shown, problems, warnings).read()
        for message in problems + warnings:
            assert message.startswith(shown) and CHINESE.search(message), message
