"""Ratios written with a full-width "：" or a vertical "︰" colon read as with ":" (reader.RATIO)."""
from claims_helpers import per_line

from nianbao.text import normalize


def test_the_normaliser_keeps_the_vertical_colon():
    assert normalize("7.17︰1") == "7.17︰1"  # NFKC would make it "7.17..1", a decimal and a stray dot


def test_full_width_and_vertical_colons(read):
    right, wrong, inverse = per_line(read("机械工程系男女生比例约为7.2︰1。", "全校男女生之比约为3.5：1。",
                                          "经济管理工程系男女生比例为1：2.68。"), 3)
    assert [(r.value, r.scope, r.verdict) for r in right] == [("7.2︰1", {"院系": "机械工程系"}, "agrees")]
    assert [(r.value, r.verdict, r.expected) for r in wrong] == [("3.5：1", "contradicts", "2.5:1")]
    assert [(r.value, r.verdict) for r in inverse] == [("1：2.68", "agrees")]
