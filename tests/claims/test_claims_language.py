"""Language rules of the claim engine, each on sentences written for this test (not the corpus):
measures named as prose names them, the share of a group, pairs of members, subjects carried."""
from claims_helpers import only, per_line


def test_a_measure_spelled_with_words_added_or_left_out_is_the_templates(read):
    extra, fewer, alias = per_line(read("学院现有专职思政课教师 30 人。", "硕士及以上学位 200 人。", "截至 2025 年 9 月，落实去向毕业生 3330 人。"), 3)
    assert (only(extra, "value").verdict, only(extra, "value").expected) == ("contradicts", "28 人")
    assert (only(fewer, "value").claim.measure.key, only(fewer, "value").expected) == ("master_degree_teachers", "195 人")
    assert (only(alias, "value").claim.measure.key, only(alias, "value").expected) == ("placed_count", "3033 人")


def test_ratios_of_quantities_and_of_two_members_in_one_word(read):
    pair, students, teachers = per_line(read("毕业生男女比例为 3.2:1。", "辅导员与在校学生之比为 1:200。", "心理健康教育专职教师与学生之比约为 1:2400。"), 3)
    assert (only(pair, "ratio").verdict, only(pair, "ratio").expected) == ("contradicts", "2.5:1")
    assert (only(students, "ratio").verdict, only(students, "ratio").expected) == ("contradicts", "1:174")
    assert only(teachers, "ratio").verdict == "agrees"  # 9410 / 4 = 2352.5, within 约's 5%


def test_the_share_of_a_group_in_superlatives_comparisons_and_differences(read):
    lowest, vs_college, points = per_line(read("智能技术系的升学比例在各系中最低。", "机械工程系待就业比例高于全校。",
                                      "工业技术系待就业比例为 12.50%，比全校高 2.72 个百分点。"), 3)
    top = only(lowest, "superlative")
    assert (top.verdict, top.claim.scope) == ("contradicts", {"毕业去向合并": "升学"})
    compared = only(vs_college, "comparison")
    assert (compared.verdict, compared.fact.display) == ("contradicts", "5.64% 对 8.78%")
    assert (only(points, "difference").verdict, only(points, "difference").expected) == ("contradicts", "高 3.72 个百分点")


def test_the_subject_of_a_second_comparison_is_still_the_first_subject(read):
    records = read("女生的升学比例高于男生，单位就业比例也高于男生。")
    assert [(r.claim.scope.get("性别"), r.verdict) for r in records if r.claim.kind == "comparison"] == \
        [("女", "agrees"), ("女", "agrees")]


def test_negated_measures_running_totals_and_times_of_a_year(read):
    unplaced, running, times = per_line(read("未落实去向的毕业生中，待就业 293 人。", "公益项目培训学时累计 3415 学时。",
                                    "2025 年培训到账经费 44.02 万元，是 2024 年的 1.5 倍。"), 3)
    assert only(unplaced, "value").verdict == "agrees"
    assert only(running, "value").verdict == "unverifiable"  # since when is not said
    assert (only(times, "growth").verdict, only(times, "growth").expected) == ("contradicts", "1.18 倍")


def test_every_member_meets_the_condition_and_a_pronoun_keeps_the_narrowed_subject(read):
    every, fine, pronoun = per_line(read("智能技术系所有专业落实率均超过 80%。", "机械工程系各专业毕业去向落实率均在 85% 以上。",
                                         "产业学院已经培养了 300 余名毕业生，其就业率达到 85%。"), 3)
    short = only(every, "members")
    assert (short.verdict, short.expected) == ("contradicts", "78.57%")  # 云计算技术应用
    assert only(fine, "members").verdict == "agrees"
    assert only(pronoun, "value").verdict == "unverifiable"  # the 产业学院's graduates, not the college's


def test_a_threshold_is_the_number_as_written(read):
    # 90.89% is not "over 91%" although it rounds to 91: the reader grants no half-unit below a threshold.
    over_91, over_90, at_least = per_line(read("全校毕业去向落实率超过 91%。", "全校毕业去向落实率超过 90%。",
                                               "全校毕业去向落实率在 90.89% 以上。"), 3)
    assert [r.verdict for r in over_91] == ["contradicts"]
    assert [r.verdict for r in over_90] == ["agrees"]
    assert [r.verdict for r in at_least] == ["agrees"]


def test_relations_other_than_higher_and_lower_between_two_named_groups(read):
    worse, level, versus, by, ranked = per_line(read(
        "外省生源的落实率不及本市生源。", "经济管理工程系与工业技术系落实率大体持平。",
        "和女生相比，男生的毕业去向落实率要低一些。", "机械工程系落实率比工业与信息化系低。",
        "智能技术系的落实率不如工业与信息化系，排名第三。"), 5)
    assert (only(worse, "comparison").verdict, only(worse, "comparison").expected) == \
        ("contradicts", "91.10%，高于 90.14%")
    assert only(level, "comparison").verdict == "agrees"  # 87.92% and 87.50%
    assert (only(versus, "comparison").claim.scope, only(versus, "comparison").verdict) == ({"性别": "男"}, "agrees")
    assert only(by, "comparison").verdict == "contradicts"  # 94.25% is above 90.98%
    comparison, third = only(ranked, "comparison"), only(ranked, "superlative")
    assert (comparison.verdict, third.claim.detail["member"], third.verdict) == \
        ("agrees", ("院系", "智能技术系"), "agrees")


def test_a_place_with_its_own_institutions_is_not_the_colleges_graduates_from_there(read):
    city, ours = per_line(read("天津市各高职院校毕业去向落实率平均为 87.00%。", "来自本市的生源毕业生落实率为 90.14%。"), 2)
    assert [r.verdict for r in city if r.verdict == "contradicts"] == []
    assert only(ours, "value").verdict == "agrees"


def test_a_second_respectively_list_pairs_with_the_first_lists_members(read):
    records = read("机械工程系、工业技术系毕业生分别为 939 人、400 人，落实率分别为 94.25%、88.50%。")
    rates = [r for r in records if r.claim.measure is not None and r.claim.measure.unit == "%" and r.claim.kind == "value"]
    assert [(r.claim.scope.get("院系"), r.verdict) for r in rates] == \
        [("机械工程系", "agrees"), ("工业技术系", "contradicts")]


def test_fractions_are_shares_and_bracketed_pairs_belong_to_the_two_sides(read):
    quarter, two_thirds, pair = per_line(read("女生约占毕业生的四分之一。", "三分之二以上的毕业生为男生。",
                                              "工业与信息化系落实率略高于智能技术系（90.98%对90.96%）。"), 3)
    assert (only(quarter, "share").verdict, only(quarter, "share").expected) == ("contradicts", "28.53%")
    assert only(two_thirds, "share").verdict == "agrees"  # 71.47%
    values = [(r.claim.scope, r.verdict, r.expected) for r in pair if r.claim.kind == "value"]
    assert values == [({"院系": "工业与信息化系"}, "agrees", ""), ({"院系": "智能技术系"}, "contradicts", "90.69%")]


def test_counts_of_members_against_the_colleges_level_or_all_placed_and_members_together(read):
    above, placed, together = per_line(read("经济管理工程系有 2 个专业的落实率超过学院整体水平。",
                                            "毕业生 100% 落实的专业有 3 个。", "智能技术系和机械工程系的毕业生过半。"), 3)
    count = only(above, "members")  # the college's 90.89%, not the department's own 87.92%
    assert (count.verdict, count.expected, [r.claim.kind for r in above]) == ("contradicts", "1 个", ["members"])
    assert (only(placed, "members").verdict, only(placed, "members").expected) == ("contradicts", "2 个")
    assert (only(together, "share").verdict, only(together, "share").fact.display) == ("agrees", "52.29%")


def test_a_persons_name_never_reaches_the_claims_output(read):
    import json
    records = read("在周文涛、钱思雨两位老师指导下，学生团队获得一等奖 3 项。", "”孙立平介绍，社团共有成员 120 人。",
                   "学院现有专任教师 295 人。")
    out = json.dumps([r.to_json() for r in records], ensure_ascii=False)
    assert not any(name in out for name in ("周文涛", "钱思雨", "孙立平"))
    named = [r.to_json() for r in records if r.claim.location.line in (1, 2)]
    assert named and all(j["excerpt"] in ("第 1 行", "第 2 行") and j["measure_key"] != "" and
                         not j["measure_key"].startswith("label:") for j in named)
    teachers = only([r for r in records if r.claim.location.line == 3], "value").to_json()
    assert (teachers["measure_key"], teachers["excerpt"]) == ("full_time_teacher", "学院现有专任教师 295 人。")


def test_the_other_side_of_a_difference_is_no_subject_and_a_bracketed_value_is_its_own(read):
    second, aside, city, sized = per_line(read(
        "男生落实率为 90.48%，比女生低 1.43 个百分点，比全校低 0.41 个百分点。",
        "智能技术系落实率 90.69%，较机械工程系（94.25%）低 3.56 个百分点。",
        "天津市普通高校毕业生总体落实率为 86.50%。", "机械工程系、工业技术系两个系毕业生分别为 939 人和 400 人。"), 4)
    assert [(r.claim.scope, r.verdict) for r in second if r.claim.kind == "difference"] == \
        [({"性别": "男"}, "agrees"), ({"性别": "男"}, "agrees")]
    assert sorted((r.claim.kind, r.verdict) for r in aside) == [("difference", "agrees"), ("value", "agrees"),
                                                                 ("value", "agrees")]
    assert [r.verdict for r in city] == ["not_ours"]
    assert [(r.claim.kind, r.claim.value, r.verdict) for r in sized] == \
        [("value", "939 人", "agrees"), ("value", "400 人", "agrees")]


def test_a_claim_with_jun_over_listed_members_holds_of_each_of_them(read):
    threshold, level = per_line(read("经济管理工程系和机械工程系落实率都高于 88%。", "女生、男生毕业去向落实率均高于全校水平。"), 2)
    assert sorted((r.claim.scope["院系"], r.verdict) for r in threshold) == \
        [("机械工程系", "agrees"), ("经济管理工程系", "contradicts")]
    assert sorted((r.claim.scope["性别"], r.verdict) for r in level if r.claim.kind == "comparison") == \
        [("女", "agrees"), ("男", "contradicts")]


def test_second_places_named_after_the_first_or_counted_from_the_bottom(read):
    next_to, from_bottom = per_line(read("工业与信息化系落实率仅次于机械工程系。", "智能技术系落实率在五个系中倒数第二。"), 2)
    assert (only(next_to, "superlative").verdict, only(next_to, "superlative").claim.detail["rank"]) == ("agrees", 2)
    second_lowest = only(from_bottom, "superlative")
    assert (second_lowest.verdict, second_lowest.expected) == ("contradicts", "经济管理工程系（87.92%），智能技术系为 90.69%")
