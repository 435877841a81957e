from decimal import Decimal

from nianbao.checks.numbers import find_numbers, normalize, parse_number, rounds_to


def test_parse_tolerates_pdf_artifacts():
    assert parse_number("78. 26%") == Decimal("78.26")
    assert parse_number("**1846**") == Decimal("1846")
    assert parse_number("１２３") == Decimal("123")
    assert parse_number("1,846") == Decimal("1846")
    assert parse_number("—") is None and parse_number("机械工程系") is None


def test_find_numbers_skips_years_and_marks_approximations():
    found = find_numbers(normalize("2025 届毕业生 3337 人，走访企业 270 余家，落实率 90.89%"))
    assert [(n.text, n.unit, n.approx) for n in found] == [("3337", "人", False), ("270", "", True),
                                                          ("90.89", "%", False)]


def test_rounding():
    assert rounds_to(Decimal(195) * 100 / 295, "66.1")
    assert not rounds_to(Decimal(195) * 100 / 295, "66.4")


def test_chinese_comma_is_not_a_thousands_separator():
    from nianbao.checks.numbers import find_numbers, normalize
    assert normalize("分别为 389，636 和 821 人次") == "分别为 389，636 和 821 人次"
    assert [n.text for n in find_numbers("分别为 389，636 和 821 人次")][:2] != ["389636"]
    assert normalize("共 1,846 人次") == "共 1846 人次"
