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
