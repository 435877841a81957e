"""Arbitrary input never crashes intake: it either parses or yields problems."""
import datetime as dt

from hypothesis import HealthCheck, given, settings, strategies as st

from nianbao.intake.parse import parse_file, parse_sheet
from nianbao.intake.readers import RawSheet
from nianbao.intake.schemas import SCHEMAS
from nianbao.intake.validate import Context

from intake_helpers import GRADUATE_HEADER, write_xlsx

CTX = Context({"境内升学": "境内升学", "升学": "境内升学"}, {"数控技术": "机械工程系"})
HEADERS = GRADUATE_HEADER + ["指标代码", "数值", "年份", "工号", "出生年月", "备注", "", "学号"]
TEXT = st.text(alphabet=st.sampled_from(list("0123456789０１２男女汉族河北省%.,- \u3000学号abcＡ\n\"")), max_size=8)
CELL = st.one_of(st.none(), TEXT, st.integers(-10**12, 10**12), st.floats(allow_nan=True),
                 st.booleans(), st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1)))
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def assert_sane(parsed):
    for p in parsed.problems:
        assert p.message and p.expected and p.file
    if parsed.ok:
        assert all(len(col) == len(parsed.row_numbers) for col in parsed.columns.values())
    parsed.summary().lines()


@SETTINGS
@given(data=st.binary(max_size=400), kind=st.sampled_from(sorted(SCHEMAS)))
def test_arbitrary_bytes_as_csv(tmp_path, data, kind):
    path = tmp_path / "x.csv"
    path.write_bytes(data)
    assert_sane(parse_file(path, kind, CTX))


@SETTINGS
@given(header=st.lists(st.sampled_from(HEADERS), max_size=10),
       rows=st.lists(st.lists(CELL, max_size=10), max_size=8), kind=st.sampled_from(sorted(SCHEMAS)))
def test_arbitrary_tables(header, rows, kind):
    raw = RawSheet("x.xlsx", "Sheet1", [list(header)] + rows, typed=True)
    assert_sane(parse_sheet(raw, SCHEMAS[kind], CTX))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(header=st.lists(st.sampled_from(HEADERS), min_size=1, max_size=8),
       rows=st.lists(st.lists(st.one_of(st.none(), TEXT.filter(lambda t: "\n" not in t and "\"" not in t),
                                        st.integers(0, 10**9), st.dates()), max_size=8), max_size=5))
def test_arbitrary_xlsx_files(tmp_path, header, rows):
    cleaned = [[c for c in row] for row in rows]
    path = write_xlsx(tmp_path / "x.xlsx", [header] + cleaned)
    assert_sane(parse_file(path, "graduates", CTX))
