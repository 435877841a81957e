"""A multiple between two counts with a vague word (接近…的 2.5 倍, 约为…的两倍) is a ratio checked with a
reader's slack, not a growth; between two members of a dimension or two entered figures."""
from claims_helpers import only, per_line


def test_a_vague_multiple_of_two_members_is_a_ratio(read):
    near, far, about = per_line(read(
        "机械工程系毕业生人数接近工业技术系的2.5倍。", "机械工程系毕业生人数接近工业技术系的三倍。",
        "智能技术系毕业生人数约为工业技术系的两倍。"), 3)
    assert only(near, "ratio").verdict == "agrees"  # 939 / 400 = 2.35: within 10 % below 2.5
    assert only(far, "ratio").verdict == "contradicts"
    assert [r.kind for r in far] == ["ratio"]  # not read as a growth
    assert only(about, "ratio").verdict == "agrees"  # 806 / 400 = 2.02


def test_a_multiple_of_two_entered_figures(read):
    about, wrong = per_line(read("普通高中生源约为中职生源的2.2倍。", "普通高中生源是中职生源的3.18倍。"), 2)
    assert only(about, "ratio").verdict == "agrees"  # 6152 / 2825 = 2.18
    assert (only(wrong, "ratio").verdict, only(wrong, "ratio").expected) == ("contradicts", "2.18 倍")


def test_a_vague_multiple_between_two_printed_figures(read):
    far, near, about = per_line(read("机械工程系毕业生939人，接近工业技术系400人的三倍。",
                                     "机械工程系毕业生939人，接近工业技术系400人的2.5倍。",
                                     "订单培养650人，约为现代学徒制（115人）的5.7倍。"), 3)
    record = only(far, "ratio")  # 939 / 400 = 2.35: not near three (from 2.7), and no growth of anything
    assert (record.verdict, record.fact.display, record.expected) == ("contradicts", "2.35 倍", "2.3 倍")
    assert [r.kind for r in far if r.kind != "value"] == ["ratio"]
    assert only(near, "ratio").verdict == "agrees"  # 2.35 within 10 % below 2.5
    assert only(about, "ratio").verdict == "agrees"  # 5.65, within 5 % of 5.7


def test_a_vague_multiple_of_two_figures_named_with_their_quantity_word(read):
    right, wrong = per_line(read("订单培养人数接近现代学徒制人数的六倍。", "订单培养人数接近现代学徒制人数的五倍。"), 2)
    assert only(right, "ratio").verdict == "agrees"  # 650 / 115 = 5.65
    assert (only(wrong, "ratio").verdict, only(wrong, "ratio").fact.display) == ("contradicts", "5.65 倍")
