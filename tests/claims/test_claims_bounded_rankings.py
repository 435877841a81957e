"""A ranking among the members that meet a size bound (毕业生百人以上的六个省份中，A 最高): only the
members with that many graduates compete (claims/filtered_members.py)."""
from claims_helpers import only, per_line


def superlative(read, sentence):
    (records,) = per_line(read(sentence), 1)
    return only(records, "superlative")


def test_right_rankings_among_the_large_provinces_agree(read):
    for sentence in ("在毕业生百人以上的六个省份中，内蒙古自治区生源的毕业去向落实率最高。",
                     "毕业生超过100人的6个生源省份中，新疆维吾尔自治区生源落实率最低。",
                     "生源在一百人以上的省份里，内蒙古自治区落实率居首。"):
        assert superlative(read, sentence).verdict == "agrees", sentence


def test_a_wrong_member_is_named_with_the_best_of_the_bounded_set(read):
    wrong = superlative(read, "生源超过100人的省份里，河北省毕业去向落实率最高。")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "内蒙古自治区（93.33%），河北省为 92.04%")
    wrong = superlative(read, "毕业生在100人及以上的生源省份中，天津市落实率最低。")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "新疆维吾尔自治区（85.44%），天津市为 90.14%")


def test_a_bound_on_departments(read):
    assert superlative(read, "毕业生五百人以上的院系中，经济管理工程系落实率最低。").verdict == "agrees"


def test_without_a_bound_every_member_competes(read):
    wrong = superlative(read, "在各生源省份中，新疆维吾尔自治区生源落实率最低。")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "青海省（73.68%），新疆维吾尔自治区为 85.44%")
