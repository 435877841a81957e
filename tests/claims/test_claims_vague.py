"""Vague quantities: words of degree (近/逾/超过/不足/接近于/不低于 + X 成, X%, 千人, 万人), halves and
majorities (过半, 大半, 绝大多数, 不到一半), a proportion of a member named as people, and the
predicate that names the placement rate (…的毕业生落实了毕业去向)."""
from claims_helpers import only, per_line

from nianbao.text import find_numbers


def shown(text):
    return [(str(n.value), n.unit, n.qualifier) for n in find_numbers(text)]


def test_a_bare_thousand_after_a_word_of_degree_is_a_number():
    assert shown("毕业生近千人") == [("1000", "人", "near")]
    assert shown("在校生逾万人") == [("10000", "人", "over")]
    assert shown("上千名学生") == [("1000", "名", "over")]
    assert shown("千家万户") == []


def test_words_of_degree_with_more_characters():
    assert shown("接近于九成") == [("9", "成", "near")]
    assert shown("不低于90%") == [("90", "%", "over")]
    assert shown("省内生源不足毕业生总数的四分之一")[0][2] == "under"  # 不足 before the base


def test_magnitudes_and_words_of_degree_against_the_data(read):
    near_k, over_10k, near_10k, at_least = per_line(read(
        "机械工程系毕业生近千人。", "全日制在校生逾万人。", "全日制在校生近万人。", "学院毕业去向落实率不低于90%。"), 4)
    assert only(near_k, "vague").verdict == "agrees"  # 939
    assert (only(over_10k, "vague").verdict, only(over_10k, "vague").expected) == ("contradicts", "9410 人")
    assert only(near_10k, "vague").verdict == "agrees"
    assert only(at_least, "vague").claim.measure.key == "placement_rate"


def test_majorities_and_halves_with_their_direction(read):
    most, most_women, under_half, big_half = per_line(read(
        "绝大多数毕业生落实了毕业去向。", "绝大多数毕业生为女生。", "不到一半的毕业生为省外生源。", "大半毕业生为省外生源。"), 4)
    assert (only(most, "vague").claim.measure.key, only(most, "vague").verdict) == ("placement_rate", "agrees")
    assert (only(most_women, "share").verdict, only(most_women, "share").expected) == ("contradicts", "28.53%")
    assert (only(under_half, "share").verdict, only(under_half, "share").expected) == ("contradicts", "78.42%")
    assert only(big_half, "share").verdict == "agrees"


def test_a_proportion_right_after_a_member_is_its_share(read):
    both, local, hebei = per_line(read("毕业生中男生超过七成，女生不足三成。", "省内生源毕业生不到两成。",
                                       "来自河北省的毕业生超过三成。"), 3)
    assert [(r.claim.scope, r.verdict) for r in both] == [({"性别": "男"}, "agrees"), ({"性别": "女"}, "agrees")]
    assert (only(local, "share").verdict, only(local, "share").expected) == ("contradicts", "21.58%")
    assert only(hebei, "share").verdict == "agrees"  # 33.14%


def test_the_placed_graduates_named_by_subject_or_predicate(read):
    subject, predicate, rate = per_line(read("落实毕业去向的毕业生有3000余名。", "毕业生中近3000人落实了毕业去向。",
                                             "九成五以上的毕业生已落实去向。"), 3)
    assert (only(subject, "vague").claim.measure.key, only(subject, "vague").verdict) == ("placed_count", "agrees")
    assert (only(predicate, "vague").verdict, only(predicate, "vague").expected) == ("contradicts", "3033 人")
    assert (only(rate, "vague").verdict, only(rate, "vague").expected) == ("contradicts", "90.89%")


def test_vague_growth_in_tenths_and_times_of_last_year(read):
    tenths, times, doubled = per_line(read("培训到账经费比上年增长近两成。", "非学历培训项目数是上年的近4倍。",
                                           "非学历培训项目数较上年翻了近两番。"), 3)
    assert only(tenths, "growth").verdict == "agrees"  # 37.25 -> 44.02: 18.17%
    assert only(times, "growth").verdict == "agrees"  # 34 -> 130: 3.82
    assert only(doubled, "growth").verdict == "agrees"


def test_about_half_after_a_share_word_is_a_share_of_the_named_base(read):
    together, boys, listed = per_line(read("机械工程系和智能技术系毕业生约占全院毕业生的一半。", "男生占毕业生的一半左右。",
                                           "河北省和天津市生源占毕业生总数的54.72%。"), 3)
    assert only(together, "share").verdict == "agrees"  # 52.29%
    assert (only(boys, "share").verdict, only(boys, "share").expected) == ("contradicts", "71.47%")
    assert only(listed, "share").verdict == "agrees"  # two members before 占 without 合计: together


def test_about_before_the_share_verb_qualifies_the_proportion(read):
    tenth, thirds = per_line(read("待就业毕业生约占一成。", "女生952人，约占毕业生总数的三成。"), 2)
    assert [(r.verdict, r.expected) for r in tenth if r.claim.kind == "share"] == [("contradicts", "8.78%")]
    assert [r.verdict for r in thirds if r.claim.kind == "share"] == ["agrees"]


def test_a_threshold_of_unnamed_members_is_not_the_colleges_rate(read):
    (records,) = per_line(read("全院约四分之一的专业落实率超过95%。"), 1)
    assert [r.verdict for r in records if r.value == "95%"] == ["unverifiable"]  # not 90.89% of the college


def test_a_threshold_before_a_count_of_members_is_their_condition(read):
    (records,) = per_line(read("本届毕业生分布在24个专业，落实率超过95%的有6个。"), 1)
    assert not [r for r in records if r.value == "95%" and r.verdict == "contradicts"]  # not the college's 90.89%
    assert [(r.claim.kind, r.verdict) for r in records if r.value == "6个"] == [("members", "agrees")]


def test_about_grants_a_round_figure_more_than_a_precise_one(read):
    # 3337 graduates, 2385 men and 952 women (2.505:1)
    records = per_line(read("全院毕业生约 3400 人。", "全院毕业生约 3373 人。",
                            "全院男女生之比约为 2.6:1。", "全院男女生之比约为 2.61:1。"), 4)
    verdicts = [[r.verdict for r in line if r.claim.kind in ("value", "vague", "ratio")] for line in records]
    assert verdicts == [["agrees"], ["contradicts"], ["agrees"], ["contradicts"]]


def test_near_a_fraction_in_words_grants_what_near_a_round_figure_grants(read):
    third, two_thirds, too_far = per_line(read(
        "中职生源占全日制在校生的近三分之一。", "硕士及以上学位教师占专任教师的近三分之二。",
        "女生占毕业生总数的近三分之一。"), 3)
    assert only(third, "share").verdict == "agrees"  # 30.02 %: within 10 % below a third
    assert only(two_thirds, "share").verdict == "agrees"  # 66.10 %
    assert (only(too_far, "share").verdict, only(too_far, "share").expected) == ("contradicts", "28.53%")


def test_a_word_of_degree_before_all_the_graduates_bounds_the_groups_share(read):
    over, under = per_line(read("机械工程系毕业生超过毕业生总数的三成。", "女生人数不足全校毕业生的三分之一。"), 2)
    assert (only(over, "share").scope, only(over, "share").verdict, only(over, "share").expected) == \
        ({"院系": "机械工程系"}, "contradicts", "28.14%")  # 超过 stands before the base, not the number
    assert (only(under, "share").scope, only(under, "share").verdict) == ({"性别": "女"}, "agrees")


def test_a_threshold_spelled_in_words_counts_members(read):
    half, third = per_line(read("毕业去向落实率超过百分之九十五的专业不到一半。",
                                "毕业去向落实率在百分之九十以上的专业不足三分之一。"), 2)
    assert [r.verdict for r in half if r.claim.value == "不到一半"] == ["agrees"]  # 6 of 24
    assert [(r.verdict, r.expected) for r in third if r.claim.value == "三分之一"] == [("contradicts", "58.33%")]
