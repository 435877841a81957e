"""The example's 表1-1…表1-8 equal the published report, to the last digit and in its order."""
import re

import pytest

from published_tables import PUBLISHED

NUMBER = re.compile(r"\d+(?:\.\d+)?%?")


@pytest.mark.parametrize("number", sorted(PUBLISHED))
def test_table_matches_published_figures(example_tables, number):
    expected, table = PUBLISHED[number], example_tables[number]
    assert table["caption"] == expected["caption"]
    assert table["columns"] == expected["columns"]
    assert table["source"] == expected["source"]
    shown_numbers = [cell for row in table["rows"] for cell in row if NUMBER.fullmatch(cell)]
    assert shown_numbers == expected["numbers"]
    cells = {tuple(c for c in row if not NUMBER.fullmatch(c)): [c for c in row if NUMBER.fullmatch(c)]
             for row in table["rows"]}
    assert cells == expected["cells"]


def _first_column(table):
    return [row[0] for row in table["rows"]]


def test_tied_provinces_keep_the_published_order(example_tables):
    provinces = _first_column(example_tables["表 1-2"])
    assert provinces.index("辽宁省") + 1 == provinces.index("云南省")
    assert provinces.index("湖北省") + 1 == provinces.index("浙江省")
    assert provinces[-5:] == ["重庆市", "福建省", "北京市", "广东省", "总体"]


def test_destination_groups_in_template_order_and_empty_group_omitted(example_tables):
    groups = list(dict.fromkeys(_first_column(example_tables["表 1-3"])))
    assert groups == ["单位就业", "升学", "暂不就业", "自主创业", "待就业"]
    assert "自由职业" not in _first_column(example_tables["表 1-6"])
    assert "自由职业" in example_tables["表 1-5"]["columns"]  # shown there as 0.00% columns


def test_placement_rate_is_employed_plus_further_study_over_all(example_tables):
    subtotal = {row[0]: int(row[2]) for row in example_tables["表 1-3"]["rows"] if row[1] == "小计"}
    placed = subtotal["单位就业"] + subtotal["自主创业"] + subtotal["升学"]
    assert (placed, sum(subtotal.values())) == (3033, 3337)
    assert example_tables["表 1-6"]["rows"][-1][0] == "毕业去向落实率"
