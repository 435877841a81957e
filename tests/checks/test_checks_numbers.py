"""The one text normaliser and number parser (nianbao.text), as every reader of numbers uses it."""
from decimal import Decimal

from nianbao.text import cn_number, find_numbers, fmt, normalize, parse_number, plain, rounds_to


def test_parse_tolerates_pdf_artifacts():
    assert parse_number("78. 26%") == Decimal("78.26")
    assert parse_number("**1846**") == Decimal("1846")
    assert parse_number("１２３") == Decimal("123")
    assert parse_number("1,846") == Decimal("1846")
    assert str(parse_number("1166.0")) == "1166.0"  # entered figures keep their precision
    assert parse_number("—") is None and parse_number("机械工程系") is None
    assert parse_number("三") == 3 and parse_number("三", chinese=False) is None


def test_find_numbers_skips_years_and_marks_approximations():
    found = find_numbers(normalize("2025 届毕业生 3337 人，走访企业 270 余家，落实率 90.89%"))
    assert [(n.text, n.unit, n.approx) for n in found] == [("3337", "人", False), ("270", "家", True),
                                                          ("90.89", "%", False)]
    dates = find_numbers(normalize("截至 2025 年 8 月 31 日，共 12 场"))
    assert [(n.text, n.unit) for n in dates] == [("12", "场")]


def test_chinese_numerals_and_vague_quantities():
    assert [cn_number(t) for t in ("十二", "两千三百", "一万二千", "二〇二五", "十四五", "千")] == \
        [12, 2300, 12000, 2025, None, None]
    found = find_numbers(normalize("近六成毕业生，新增三个专业，十余家企业，1.2 万人次，推进一体化，千家万户"))
    assert [(n.text, n.value, n.unit, n.qualifier) for n in found] == [
        ("六", 6, "成", "near"), ("三", 3, "个", ""), ("十", 10, "家", "over"), ("1.2万", 12000, "人次", "")]
    assert 500 <= found[-1].tolerance < 501  # printed to 0.1 万


def test_full_width_and_split_numbers():
    text = normalize("落实率为 ９０．８９ ％，占比 78. 26%，（一）共１,846 人")
    assert text == "落实率为 90.89%，占比 78.26%，（一）共1846 人"  # Chinese punctuation stays


def test_kept_characters_and_invisible_ones():
    # Enclosed and superscript digits, units like ㎡ and Chinese punctuation are not folded into
    # digits; a no-break space is a space and zero-width characters go.
    text = "①共\u00a0１２\u200b３ 人，面积 5 ㎡，10²；（二）ﬁ"
    assert normalize(text) == "①共 123 人，面积 5 ㎡，10²；（二）fi"
    assert normalize(text) == normalize(text)  # a second fold (from the cache) is the same


def test_rounding():
    assert rounds_to(Decimal(195) * 100 / 295, "66.1")
    assert not rounds_to(Decimal(195) * 100 / 295, "66.4")


def test_chinese_comma_is_not_a_thousands_separator():
    assert normalize("分别为 389，636 和 821 人次") == "分别为 389，636 和 821 人次"
    assert [n.text for n in find_numbers("分别为 389，636 和 821 人次")] == ["389", "636", "821"]
    assert normalize("共 1,846 人次") == "共 1846 人次"
    assert parse_number("1，846") is None


def test_fmt_shows_values_longer_than_the_default_precision():
    """A cell of 24 typed digits in an audited report is shown, not a decimal.InvalidOperation."""
    assert fmt(Decimal("7" * 24) * 100 / Decimal(3337), 27) == "23307694868977458129390.979920000000000000000000000"
    assert fmt(Decimal("0.5"), 27) == "0.5" + "0" * 26


def test_integers_of_thousands_of_digits_are_shown_not_refused():
    """str(int(d)) raises past 4 300 digits; plain and fmt show such a value, and -0 as 0."""
    big = Decimal("7" * 5_000)
    assert plain(big) == "7" * 5_000 and fmt(big, 0) == "7" * 5_000
    assert plain(Decimal("-0")) == "0" and plain(Decimal("1E+3")) == "1000" and fmt(Decimal("-12.0"), 0) == "-12"


def test_digits_grouped_by_spaces_are_one_number_where_prose_follows():
    assert normalize("截至年底共有毕业生3 337人，在校生 9\u2009410 人，培训1\u00a0846人次") == \
        "截至年底共有毕业生3337人，在校生 9410 人，培训1846人次"
    assert [n.value for n in find_numbers(normalize("由930学时增加到2 485学时"))] == [930, 2485]
    assert normalize("合计 2 900万元") == "合计 2900万元"
    assert parse_number("3 033") == 3033 and parse_number("12 345.5") == Decimal("12345.5")


def test_numbers_separated_by_a_space_in_a_table_row_stay_apart():
    # a row of a table read from PDF text: cells are separated by spaces, no prose after them
    assert normalize("小计 730 378") == "小计 730 378"
    assert normalize("2024 1 320 764") == "2024 1 320 764"
    assert normalize("第 3 章 12 345") == "第 3 章 12 345"
    assert parse_number("12 34") is None


def test_a_decimal_broken_by_a_space_before_its_unit_is_one_number():
    assert normalize("到款额为44. 20万元。") == "到款额为44.20万元。"
    assert normalize("达 44. 20 万元") == "达 44.20 万元"
    assert normalize("提高3. 5个百分点") == "提高3.5个百分点"
    assert [str(n.value) for n in find_numbers(normalize("经费 44. 02 万元"))] == ["44.02"]
    assert normalize("是上年的2. 82倍，比例为3. 51:1，之比为1：1. 5。") == "是上年的2.82倍，比例为3.51:1，之比为1：1.5。"
    assert normalize("平均年龄 42. 5 岁，人均 12. 5 学时") == "平均年龄 42.5 岁，人均 12.5 学时"
    # a count is never a decimal: "1. 20 人" keeps its two numbers wherever it stands
    assert normalize("分为三类：1. 20 人参加") == "分为三类：1. 20 人参加"
    # an item's number opening a line, then a figure: "1. 20 万元用于…" stays two numbers
    assert normalize("1. 20万元用于设备") == "1. 20万元用于设备"
    assert normalize("如下：\n2. 30万元") == "如下：\n2. 30万元"


def test_percentages_in_words_with_decimals():
    (rate,) = find_numbers(normalize("落实率为百分之九十点八九"))
    assert (rate.value, rate.unit, rate.places, rate.qualifier) == (Decimal("90.89"), "%", 2, "")
    (share,) = find_numbers("占百分之八点五")
    assert (share.value, share.places) == (Decimal("8.5"), 1)
    assert [n.value for n in find_numbers("约三分之一")] == [Decimal(100) / 3]


def test_a_percentage_in_words_folds_to_the_printed_one():
    """Every reader of the text (relation words, brackets of values, members over a threshold) sees
    "95.84%" whether the report printed it with % or wrote 百分之."""
    assert normalize("教学态度（百分之95.84）略高于教学水平") == "教学态度（95.84%）略高于教学水平"
    assert normalize("落实率为百分之九十点八九，") == "落实率为90.89%，"
    assert normalize("实现百分之百落实") == "实现100%落实"
    assert normalize("百分之 九十五以上") == "95%以上"
    assert normalize("百分之一百零五") == "百分之一百零五"  # not a share of a whole: left as written
    (rate,) = find_numbers(normalize("落实率百分之九十五以上"))
    assert (rate.value, rate.places, rate.qualifier) == (Decimal(95), 0, "over")
