"""Growth over a span of years (三年增长了 X 倍), a rate per year (年均增长 X%) and a growth from an
earlier value of 0 (claims/growth_spans.py and its use in verify)."""
from decimal import Decimal

from claims_helpers import only, per_line

from nianbao.claims.growth_spans import compound_rate, is_annual, span_in, span_starts


def test_spans_are_counted_years_not_years_named():
    assert span_in("横向技术服务到款额三年增长了") == 3
    assert span_in("近两年来，") == 2
    assert span_in("过去3年") == 3
    assert span_in("2025年较2023年") is None
    assert span_in("2025级新生") is None
    assert span_starts(2025, 3) == (2023, 2022)
    assert span_starts(2025, 2) == (2023,)  # 两年: not 2024 -> 2025


def test_a_rate_per_year_is_compound():
    assert round(compound_rate(Decimal(8), Decimal(130), 2), 2) == Decimal("303.11")
    assert is_annual("培训到账经费年均增长", 10)
    assert is_annual("平均每年增长", 6)
    assert not is_annual("较上年增长", 5)


def test_growth_over_a_span_of_years_against_the_first_year(read):
    right, wrong, latest = per_line(read(
        "近三年，学院横向技术服务到款额增长了13.15倍。", "横向技术服务到款额三年间增长12.15倍，成效显著。",
        "近三年横向技术服务到款额增幅达627.2%。"), 3)
    assert only(right, "growth").fact.what == "横向技术服务到款额 2023 年 2.57 万元、2025 年 36.36 万元"
    assert (only(wrong, "growth").verdict, only(wrong, "growth").expected) == ("contradicts", "13.15 倍")
    assert only(latest, "growth").verdict == "unverifiable"  # the latest year's own rate: not decided


def test_a_rate_per_year_is_checked_as_compound_over_the_years(read):
    right, whole, no_pair = per_line(read(
        "培训到账经费由2023年的28.09万元增至2025年的44.02万元，年均增长25.18%。",
        "非学历培训项目数从2023年的8项增至2025年的130项，年均增长1525%。",
        "2023年至2025年，非学历培训学时年均增长20.6%。"), 3)
    assert [r.verdict for r in right if r.claim.value == "25.18%"] == ["agrees"]
    assert [(r.verdict, r.expected) for r in whole if r.claim.value == "1525%"] == [("contradicts", "303.11%")]
    assert only(no_pair, "growth").verdict == "agrees"


def test_a_growth_from_nothing_has_no_rate(read):
    percent, times = per_line(read("技术产权交易收入实现零的突破，2025年较上年增长100%。", "2025年技术产权交易收入较2023年增长22倍。"), 2)
    record = next(r for r in percent if r.claim.value == "100%")
    assert (record.verdict, record.expected) == ("contradicts", "由 0 增至 22 万元")
    assert [r.verdict for r in percent if r.claim.detail.get("breakthrough")] == ["agrees"]  # 2025: the first above 0
    assert record.note == "基数为 0，增长率或倍数无从计算，宜写“由 0 增至”或“实现零的突破”"
    assert only(times, "growth").verdict == "contradicts"
