"""Totals of named quantities (claims/sums.py): the 分组 of one entered figure listed before a total,
short forms included; totals over a list of years or after 三年累计; the size word of a list (三项)
read as no value."""
from claims_helpers import per_line


def test_groups_listed_in_short_forms_are_summed(read):
    right, wrong = per_line(read("本土教师、本土学生和员工三类学员共计培训1846人次。",
                                 "乌干达本土学生和乌干达员工两类合计培训1475人次。"), 2)
    assert [(r.value, r.verdict) for r in right] == [("1846人次", "agrees")]
    assert [(r.value, r.verdict, r.expected) for r in wrong] == [("1475人次", "contradicts", "1457 人次")]


def test_the_size_of_a_list_is_no_value(read):
    (records,) = per_line(read("横向技术服务到款额、纵向科研经费到款额和技术产权交易收入三项合计63.36万元。"), 1)
    assert [(r.value, r.verdict, r.expected) for r in records] == [("63.36万元", "contradicts", "61.36 万元")]


def test_a_total_over_years_listed_one_by_one(read):
    right, wrong = per_line(read("2023年、2024年和2025年三年培训到账经费合计109.36万元。",
                                 "2023年、2024年、2025年非学历培训学时合计7355学时。"), 2)
    assert [(r.verdict, r.fact.reference) for r in right] == [("agrees", "28.09 万元 + 37.25 万元 + 44.02 万元")]
    assert [(r.verdict, r.expected) for r in wrong] == [("contradicts", "7535 学时")]


def test_a_total_word_right_after_the_years(read):
    total, one_year = per_line(read("三年累计，学院公益项目培训学时达到3514学时。",
                                    "2023年至2025年累计开展公益项目培训，2025年达到2485学时。"), 2)
    assert [(r.verdict, r.expected) for r in total] == [("contradicts", "3415 学时")]
    (value,) = one_year  # that year's, not the three years' total (3415)
    assert (value.value, "years_total" in value.claim.detail) == ("2485学时", False)
    assert value.verdict != "contradicts"


def test_figures_listed_in_short_forms_are_summed(read):
    right, wrong = per_line(read("横向到款额、纵向到款额和技术产权交易收入三项合计61.36万元。",
                                 "订单培养、现代学徒制两类学生合计756人。"), 2)
    assert [(r.value, r.verdict) for r in right] == [("61.36万元", "agrees")]
    assert [(r.value, r.verdict, r.expected) for r in wrong] == [("756人", "contradicts", "765 人")]


def test_a_list_not_understood_leaves_the_total_unchecked(read):
    (records,) = per_line(read("横向课题、纵向课题和其他课题三类经费合计61.36万元。"), 1)
    assert [(r.value, r.verdict) for r in records] == [("61.36万元", "unverifiable")]


def test_years_then_respectively_pair_in_order(read):
    right, wrong = per_line(read("2023年、2024年、2025年，横向技术服务到款额分别为2.57万元、5万元和36.36万元。",
                                 "2023年至2025年，培训到账经费依次为28.09万元、37.52万元和44.02万元。"), 2)
    assert [(r.value, r.claim.year, r.verdict) for r in right] == [
        ("2.57万元", 2023, "agrees"), ("5万元", 2024, "agrees"), ("36.36万元", 2025, "agrees")]
    assert [(r.value, r.expected) for r in wrong if r.verdict == "contradicts"] == [("37.52万元", "37.25 万元")]
