"""One quantity compared between two years with no number stated (claims/year_compare.py): checked
against the two years' values of the entered figure, reversed directions named with both values,
a year the data lack left unverifiable."""
from claims_helpers import only, per_line


def test_a_figure_higher_than_last_year_is_checked_against_both_years(read):
    right, reversed_ = per_line(read("横向技术服务到款额2025年高于上年。", "2025年横向技术服务到款额低于2024年。"), 2)
    assert only(right, "comparison").verdict == "agrees"
    wrong = only(reversed_, "comparison")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "2025 年 36.36 万元，高于 2024 年 5 万元")


def test_a_change_with_no_size_is_a_direction(read):
    up, down = per_line(read("培训到账经费较上年有所增长。", "与2024年相比，知识产权项目数量稳步提升。"), 2)
    assert only(up, "comparison").verdict == "agrees"
    wrong = only(down, "comparison")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "2025 年 4 项，较 2024 年 7 项减少")


def test_the_subject_year_stated_first(read):
    (records,) = per_line(read("2024年非学历培训学时比2023年多。"), 1)
    claim = only(records, "comparison")
    assert (claim.verdict, claim.expected) == ("contradicts", "2024 年 1262 学时，少于 2023 年 2556 学时")


def test_a_year_without_data_cannot_be_verified(read):
    missing, one_year = per_line(read("2022年培训到账经费低于2025年。", "专职思政教师人数较上年有所增长。"), 2)
    assert only(missing, "comparison").verdict == "unverifiable"
    assert only(missing, "comparison").note == "没有培训到账经费 2022 年的数据，无法比较"
    assert only(one_year, "comparison").verdict == "unverifiable"


def test_a_sized_change_stays_a_growth(read):
    (records,) = per_line(read("培训到账经费较上年增加6.77万元。"), 1)
    assert [r.kind for r in records] == ["growth"]
