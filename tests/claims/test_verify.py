"""verify.py: verdicts of the engine on sentences written for this test (not the corpus), against the
example's data (figures.csv: 纵向科研经费 4.8 -> 3 万元, 公益项目培训学时 930 -> 2485, 培训到账经费
28.09 / 37.25 / 44.02 万元, 知识产权项目 7 -> 4 项)."""
from claims_helpers import only, per_line


def test_an_absolute_change_is_the_difference_of_the_two_years(read):
    fall, rise, wrong, upside = per_line(read(
        "纵向科研经费到款额同比减少 1.8 万元。", "2025 年公益项目培训学时较 2024 年增加 1555 学时。",
        "2025 年培训到账经费比上年增加 7.77 万元。", "知识产权项目数量比上年增加了 3 项。"), 4)
    assert (only(fall, "growth").verdict, only(fall, "growth").fact.display) == ("agrees", "减少 1.8 万元")
    assert only(rise, "growth").verdict == "agrees"
    assert (only(wrong, "growth").verdict, only(wrong, "growth").expected) == ("contradicts", "6.77 万元")
    assert (only(upside, "growth").verdict, only(upside, "growth").expected) == ("contradicts", "减少 3 项")
    assert not [r for r in fall + rise if r.claim.kind == "value"]  # the change is no value of the figure


def test_a_fall_in_times_is_the_fall_over_the_old_value(read):
    right, ratio = per_line(read("2025 年纵向科研经费到款额较上年下降 0.38 倍。", "纵向科研经费到款额同比下降 0.63 倍。"), 2)
    assert only(right, "growth").verdict == "agrees"  # (4.8 - 3) / 4.8 = 0.375
    assert (only(ratio, "growth").verdict, only(ratio, "growth").expected) == ("contradicts", "0.38 倍")


def test_from_a_to_b_with_one_year_or_none_checks_the_side_it_can(read):
    last_year, stated_old, none, wrong_new = per_line(read(
        "培训到账经费由上年的 37.25 万元提高到 44.02 万元。", "知识产权项目数量由 2024 年的 7 项减少到 4 项。",
        "培训到账经费从 28.09 万元增长至 44.02 万元。", "公益项目培训学时由 930 学时增至 2025 年的 2584 学时。"), 4)
    assert only(last_year, "growth").verdict == "agrees"
    assert only(stated_old, "growth").verdict == "agrees"
    assert only(none, "growth").verdict == "agrees"  # 28.09 of an unnamed year; 44.02 is 2025's
    assert (only(wrong_new, "growth").verdict, only(wrong_new, "growth").expected) == ("contradicts", "2025 年 2485 学时")
    wrong_old = only(read("培训到账经费由上年的 36.25 万元提高到 44.02 万元。"), "growth")
    assert (wrong_old.verdict, wrong_old.expected) == ("contradicts", "37.25 万元 → 44.02 万元")


def test_a_subject_naming_a_destination_in_another_form_is_that_destination(read):
    share, army, item = per_line(read("签订就业协议的毕业生占毕业生总数的 80.64%。", "应征入伍的毕业生 62 人。",
                                      "乌干达鲁班工坊培训本土教师 398 人次。"), 3)
    found = only(share, "share")
    assert (found.verdict, found.expected, found.claim.scope) == ("contradicts", "83.64%", {"毕业去向": "签就业协议形式就业"})
    assert (only(army, "value").verdict, only(army, "value").fact.display) == ("agrees", "62 人")
    assert (only(item, "value").verdict, only(item, "value").expected) == ("contradicts", "389 人次")


def test_a_share_of_one_entered_figure_over_another(read):
    near, over, exact = per_line(read("专任教师占教职工总数的近八成。", "订单培养人数占全日制在校生的比例超过一成。",
                                      "专业课教师占专任教师的 62.02%。"), 3)
    assert (only(near, "share").verdict, only(near, "share").fact.display) == ("agrees", "78.25%")  # 295 / 377
    assert (only(over, "share").verdict, only(over, "share").expected) == ("contradicts", "6.91%")  # 650 / 9410
    assert (only(exact, "share").verdict, only(exact, "share").expected) == ("contradicts", "61.02%")  # 180 / 295


def test_a_part_of_the_graduates_with_a_vague_share_and_no_measure(read):
    under, wrong = per_line(read("本市生源不足三成。", "外省生源毕业生不足七成。"), 2)
    # the reader reads a proportion right after a member as its share (claims/reader.py proportion_of_subject)
    assert (only(under, "share").verdict, only(under, "share").fact.display) == ("agrees", "21.58%")  # 720 / 3337
    assert (only(wrong, "share").verdict, only(wrong, "share").expected) == ("contradicts", "78.42%")


def test_a_total_across_listed_figures(read):
    right, wrong = per_line(read("专职思政教师和辅导员共计 82 人。", "学院专任教师与校外兼职教师合计 350 人。"), 2)
    assert (only(right, "value").verdict, only(right, "value").fact.display) == ("agrees", "82 人")
    assert (only(wrong, "value").verdict, only(wrong, "value").expected) == ("contradicts", "340 人")


def test_measures_listed_with_respectively_pair_in_order(read):
    right, wrong = per_line(read("专任教师中，正高级、副高级分别为 9 人、93 人。", "专任教师中，正高级、副高级分别为 9 人、39 人。"), 2)
    assert [r.verdict for r in right] == ["agrees", "agrees"]  # not 9 against the 295 专任教师 before the list
    assert [(r.verdict, r.expected) for r in wrong] == [("agrees", ""), ("contradicts", "93 人")]


def test_distinct_members_of_a_dimension_counted_from_the_roster(read):
    provinces, peoples = per_line(read("2025 届毕业生来自 26 个省份。", "毕业生涉及 17 个民族。"), 2)
    assert (only(provinces, "value").verdict, only(provinces, "value").expected) == ("contradicts", "28 个")
    assert only(peoples, "value").verdict == "agrees"


def test_a_group_share_stated_before_its_people_and_a_part_of_another_named_quantity(read):
    before, of_boys = per_line(read("逾七成毕业生来自外省市。", "女生人数接近男生的四成。"), 2)
    assert (only(before, "share").verdict, only(before, "share").fact.display) == ("agrees", "78.42%")
    assert [r.verdict for r in of_boys if r.verdict == "contradicts"] == []  # 952 / 2385, not 男生 / 全部


def test_the_member_after_a_number_and_the_other_side_of_a_bracketed_comparison(read):
    after, bracket, compared, others = per_line(read(
        "毕业去向落实率为 94.25% 的机械工程系排名第一。", "毕业去向落实率 87.92%（工业技术系）。",
        "机械工程系女生落实率（96.52%）高于男生（93.93%）。", "学院落实率高于全国高职平均水平 3 个百分点。"), 4)
    assert (only(after, "value").verdict, only(after, "value").claim.scope) == ("agrees", {"院系": "机械工程系"})
    assert (only(bracket, "value").verdict, only(bracket, "value").expected) == ("contradicts", "87.50%")
    assert [r.verdict for r in compared] == ["agrees", "agrees", "agrees"]  # 93.93% is 机械工程系's boys'
    assert only(others, "difference").verdict == "not_ours"  # the other side is the nation's (claims/reader.py)


def test_the_slack_of_vague_words_is_a_parameter_a_template_may_set():
    from decimal import Decimal

    from nianbao.claims.verify import SLACK, Slack, vague_ok
    assert not vague_ok(Decimal(80), "near", Decimal(72), tenths=True)  # 近八成: 75-80% by default
    wide = Slack.from_settings({"claim_slack": {"near_tenths": 10, "about": None}})
    assert vague_ok(Decimal(80), "near", Decimal(72), tenths=True, slack=wide)
    assert (wide.near_tenths, wide.about) == (Decimal(10), SLACK.about)
    assert Slack.from_settings({"yoy_factor": 5}) == SLACK


def test_short_forms_of_members_staffing_ratios_and_times_of_a_fall(read):
    dept, staffing, fall = per_line(read("经管系毕业去向落实率为 87.92%。", "辅导员配备比例为 1:147。",
                                         "2025 年纵向科研经费到款额是 2024 年的 0.63 倍。"), 3)
    assert (only(dept, "value").verdict, only(dept, "value").claim.scope) == ("agrees", {"院系": "经济管理工程系"})
    assert (only(staffing, "ratio").verdict, only(staffing, "ratio").expected) == ("contradicts", "1:174")
    assert only(fall, "growth").verdict == "agrees"  # 3 / 4.8 = 0.625: 是…的 X 倍 states no direction


def test_a_count_of_members_within_a_member_is_never_the_colleges(read):
    offered, wrong, graduates = per_line(read("机械工程系开设 5 个专业。", "机械工程系开设 6 个专业。",
                                              "机械工程系毕业生来自 6 个专业。"), 3)
    assert only(offered, "value").verdict == "agrees"  # the majors table's rows of the department, not 25
    assert (only(wrong, "value").verdict, only(wrong, "value").expected) == ("contradicts", "5 个")
    assert (only(graduates, "value").verdict, only(graduates, "value").expected) == ("contradicts", "5 个")


def test_a_name_with_a_filler_is_found_whole_and_keeps_the_subject(read):
    found = only(read("工业技术系毕业生的工作总体满意度为 94.19%。"), "value")
    assert (found.verdict, found.claim.scope, found.fact.display) == ("agrees", {"院系": "工业技术系"}, "94.19%")


def test_a_total_naming_its_own_measure_and_members_listed_with_their_own_numbers(read):
    mentors, senior, minority = per_line(read(
        "学院有专任教师 295 人、校外兼职教师 45 人，共有行业导师 42 人。",
        "正高级职称教师 9 人、副高级职称教师 93 人，高级职称教师共 112 人。",
        "男生 2385 人、女生 952 人，共有少数民族毕业生 285 人。"), 3)
    assert only(mentors, "sum").verdict == "agrees"  # 行业导师 42, not 295 + 45
    assert (only(senior, "sum").verdict, only(senior, "sum").expected) == ("contradicts", "102 人")
    assert [r.verdict for r in minority] == ["agrees", "agrees", "agrees"]  # 285, not 少数民族 女生 (73)


def test_a_share_named_by_an_entered_percentage_and_a_ratio_of_one_quantity_to_itself(read):
    short, vague, itself = per_line(read("学院“双师型”教师占比为 82.96%。", "双师型教师占比超过八成。",
                                         "高级职称与中级职称教师之比为 1:2。"), 3)
    assert (only(short, "share").verdict, only(short, "share").expected) == ("contradicts", "82.69%")
    assert only(vague, "share").verdict == "agrees"
    assert only(itself, "ratio").verdict == "unverifiable"  # no 中级职称 figure: not 高级 against 高级


def test_a_groups_rate_a_threshold_of_counted_members_and_the_majors_offered(read):
    rate, condition, offered = per_line(read("毕业生升学率为 5.34%。", "落实率低于 80% 的专业只有云计算技术应用一个。",
                                             "学院开设专业 26 个。"), 3)
    assert (only(rate, "value").verdict, only(rate, "value").expected) == ("contradicts", "4.35%")  # 145 / 3337
    assert [r.verdict for r in condition if r.verdict == "contradicts"] == []  # not the college's 90.89%
    assert (only(offered, "value").verdict, only(offered, "value").expected) == ("contradicts", "25 个")


def test_an_entered_figure_named_with_a_verb_or_qualifier_around_its_name(read):
    right, wrong_year, verb_after, hired, other_staff = per_line(read(
        "2025 年，学院获批知识产权项目 4 项。", "本年度学院获批知识产权项目 7 项。", "岗位实习学生参保 3263 人。",
        "学院面向行业企业聘请校外兼职教师 45 人。", "学院共聘请校外兼职教师 42 人。"), 5)
    assert only(right, "value").verdict == "agrees"
    assert (only(wrong_year, "value").verdict, only(wrong_year, "value").expected) == ("contradicts", "4 项")
    assert only(verb_after, "value").verdict == "agrees"  # 参保: the template's alias of 购买保险人数
    assert only(hired, "value").verdict == "agrees"  # 聘请 narrows nothing
    assert (only(other_staff, "value").verdict, only(other_staff, "value").expected) == ("contradicts", "45 人")


def test_a_figure_summed_over_years_with_the_sum_word_before_its_verb(read):
    span, recent, missing, one_year = per_line(read(
        "2023—2025 年，学院共开展非学历培训项目 172 项。", "近三年，学院累计获批知识产权项目 15 项。",
        "近五年学院累计获批知识产权项目 30 项。", "近三年累计聘请校外兼职教师 120 人。"), 4)
    assert (only(span, "value").verdict, only(span, "value").fact.display) == ("agrees", "172 项")
    assert (only(recent, "value").verdict, only(recent, "value").expected) == ("contradicts", "16 项")
    assert only(missing, "value").verdict == "unverifiable"  # 2021 and 2022 have no data
    assert only(one_year, "value").verdict == "unverifiable"  # entered for 2025 only


def test_a_ratio_within_a_department_keeps_the_departments_scope(read):
    right, college = per_line(read("机械工程系毕业生中男女生比例约为 7.2:1。", "工业技术系男女生之比为 2.51:1。"), 2)
    assert (only(right, "ratio").verdict, only(right, "ratio").fact.display) == ("agrees", "7.17:1")
    assert (only(college, "ratio").verdict, only(college, "ratio").expected) == ("contradicts", "4.33:1")


def test_only_members_of_one_dimension_are_summed_against_a_total(read):
    nested, features, wrong_item, members = per_line(read(
        "学院现有教职工 377 人，其中专任教师 295 人，专业课教师 180 人。",
        "专任教师 295 人，其中硕士及以上学位教师 195 人、专业课教师 180 人。",
        "专任教师 295 人，其中硕士及以上学位教师 159 人、专业课教师 180 人。",
        "毕业生 3337 人，其中男生 2385 人、女生 1952 人。"), 4)
    assert only(nested, "subparts").verdict == "unverifiable"  # a category and its sub-category
    assert only(features, "subparts").verdict == "unverifiable"
    assert not [r for r in nested + features if r.verdict == "contradicts"]
    assert [(r.claim.value, r.expected) for r in wrong_item if r.verdict == "contradicts"] == [("159 人", "195 人")]
    assert (only(members, "subparts").verdict, only(members, "subparts").fact.display) == ("contradicts", "4337人")


def test_a_difference_between_two_named_figures_is_theirs(read):
    after, before, versus, items, department = per_line(read(
        "母校满意度为 95.87%，比所学课程总体满意度高 0.96 个百分点。", "任课教师总体满意度比母校满意度高 0.80 个百分点。",
        "与所学课程总体满意度相比，母校满意度高 0.96 个百分点。", "专业课掌握度比专业课满足度高 2.05 个百分点。",
        "机械工程系工作内容满意度比工作薪酬满意度高 1.96 个百分点。"), 5)
    assert (only(after, "difference").verdict, only(after, "difference").fact.display) == ("agrees", "0.96 个百分点")
    assert (only(before, "difference").verdict, only(before, "difference").expected) == ("contradicts", "高 0.70 个百分点")
    assert only(versus, "difference").verdict == "agrees"  # the subject named second
    assert (only(items, "difference").verdict, only(items, "difference").expected) == ("contradicts", "高 2.50 个百分点")
    assert only(department, "difference").verdict == "agrees"  # 92.58 - 90.62, the department's items


def test_a_share_whose_subject_is_a_known_figure_over_a_base_written_with_all(read):
    right, wrong = per_line(read("中职生源学生占全体在校生的 30.02%。", "普通高中生源学生占全日制在校生总数的 56.38%。"), 2)
    assert only(right, "share").verdict == "agrees"  # 2825 / 9410
    assert (only(wrong, "share").verdict, only(wrong, "share").expected) == ("contradicts", "65.38%")


def test_a_count_of_members_after_their_condition_with_the_group_named_first(read):
    group_first, each, within, people = per_line(read(
        "全院 5 个系中，毕业去向落实率超过 90% 的有 4 个。", "从各专业看，毕业去向落实率达到 100% 的有 2 个。",
        "机械工程系中，落实率超过 90% 的有 3 个专业。", "毕业生中，月收入超过 5000 元的有 120 人。"), 4)
    assert (only(group_first, "members").verdict, only(group_first, "members").expected) == ("contradicts", "3 个")
    assert not [r for r in group_first + each if r.verdict == "contradicts" and r.claim.kind != "members"]
    assert only(each, "members").verdict == "agrees"  # the threshold is no value of the college's rate
    assert (only(within, "members").verdict, only(within, "members").expected) == ("contradicts", "5 个")
    assert [r.verdict for r in people if r.claim.value == "120 人"] == ["unverifiable"]  # not the 3337 graduates


def test_a_second_figure_of_a_clause_without_its_subject_repeated(read):
    right, wrong = per_line(read("学院聘请行业导师 42 人，全年承担专业课程教学 1166 课时。",
                                 "行业导师 42 人，承担专业课程 1616 课时。"), 2)
    assert [r.verdict for r in right] == ["agrees", "agrees"]
    hours = [r for r in wrong if r.claim.value == "1616 课时"][0]
    assert (hours.verdict, hours.claim.measure.key) == ("contradicts", "industry_mentor_hours")


def test_members_printed_exactly_at_the_threshold_count_either_way(read):
    loose, strict, wrong = per_line(read("从生源地看，落实率超过 95% 的省份有 7 个。",
                                         "落实率在 90% 以上的生源省份有 21 个。",
                                         "落实率在 90% 以上的生源省份共有 24 个。"), 3)
    assert only(loose, "members").verdict == "agrees"  # 6 above, 山东省 at 95.00%
    assert only(strict, "members").verdict == "agrees"  # 22 at least 90%, 湖北省 at 90.00%
    assert (only(wrong, "members").verdict, only(wrong, "members").expected) == ("contradicts", "22 个")


def test_same_level_is_half_a_point_for_rates(read):
    apart, close_by = per_line(read("女生毕业去向落实率与男生基本持平。", "经济管理工程系落实率与工业技术系基本持平。"), 2)
    # 91.91% against 90.48%: 1.43 points (2% of the other side would have let it pass)
    assert (only(apart, "comparison").verdict, only(apart, "comparison").expected) == \
        ("contradicts", "91.91%，高于 90.48%")
    assert only(close_by, "comparison").verdict == "agrees"  # 87.92% and 87.50%


def test_same_level_of_counts_is_one_percent(read):
    from decimal import Decimal
    from nianbao.claims.model import Fact
    from nianbao.claims.verify import SLACK, Verifier
    verifier = Verifier(None, None, [], SLACK)
    assert verifier._same_level(Fact(Decimal(1000), "1000 人", ""), Fact(Decimal(990), "990 人", "")) == Decimal("9.90")
    assert verifier._same_level(Fact(Decimal(90), "90.00%", ""), Fact(Decimal(89), "89.00%", "")) == Decimal("0.5")


def test_near_stays_below_and_about_before_the_verb_is_about(read):
    near, tenth, about = per_line(read("河北省生源毕业生近三成。", "订单培养人数约占全日制在校生的一成。",
                                       "女生约占毕业生的28%。"), 3)
    assert (only(near, "share").verdict, only(near, "share").expected) == ("contradicts", "33.14%")
    assert (only(tenth, "share").verdict, only(tenth, "share").expected) == ("contradicts", "6.91%")  # not ±5 points
    assert only(about, "share").verdict == "agrees"  # 28.53% within 5% of 28%


def test_a_rate_of_growth_naming_no_year_is_against_the_year_before(read):
    rate, wrong, ratio, over_years = per_line(read(
        "培训到账经费增幅达18.17%。", "非学历培训项目数增长率为228.35%。", "横向技术服务到款额增加到上年的8.27倍。",
        "近三年培训到账经费增幅为56.71%。"), 4)
    assert (only(rate, "growth").verdict, only(rate, "growth").fact.what) == \
        ("agrees", "培训到账经费 2024 年 37.25 万元、2025 年 44.02 万元")
    assert (only(wrong, "growth").verdict, only(wrong, "growth").expected) == ("contradicts", "282.35%")
    assert (only(ratio, "growth").verdict, only(ratio, "growth").expected) == ("contradicts", "7.27 倍")  # 增加到: ratio
    # three years: not the year's rate, but over the three years up to it (growth_spans)
    assert (only(over_years, "growth").verdict, only(over_years, "growth").fact.what) == \
        ("agrees", "培训到账经费 2023 年 28.09 万元、2025 年 44.02 万元")


def test_a_place_of_work_is_no_origin(read):
    work, employers, rate = per_line(read("天津市就业人数1203人，河北省就业人数652人。", "本市用人单位录用毕业生980人。",
                                          "天津市内就业1203人，全校毕业去向落实率为90.98%。"), 3)
    assert [r.verdict for r in work] == ["unverifiable", "unverifiable"]
    assert [r.claim.scope for r in work] == [{}, {}]
    assert only(employers, "value").verdict == "unverifiable"
    found = [r for r in rate if r.claim.value == "90.98%"][0]
    assert (found.verdict, found.expected, found.claim.scope) == ("contradicts", "90.89%", {})


def test_a_city_average_with_its_figure_is_not_ours(read):
    compared, = per_line(read("学院落实率略高于天津88.50%的平均水平。"), 1)
    assert [r.verdict for r in compared] == ["not_ours"]


def test_counts_of_other_people_are_not_the_graduates(read):
    freshmen, survey, did, among, graduates = per_line(read(
        "2025级新生3213人，其中女生980人。", "本次调查回收有效问卷1856份，其中女生602人。",
        "毕业生中有1856人参加了调查，其中女生602人。", "参加调查的毕业生中，女生400人，男生900人。",
        "2025届毕业生3337人中，男生2385人，女生925人。"), 5)
    for records in (freshmen, survey, did, among):
        assert not [r for r in records if r.verdict == "contradicts"], [(r.claim.value, r.note) for r in records]
    women = [r for r in graduates if r.claim.value == "925人"][0]
    assert (women.verdict, women.expected) == ("contradicts", "952 人")  # the total is the graduates: checked


def test_members_counted_by_a_range_or_named_as_a_number_of_members(read):
    ranged, between, count = per_line(read(
        "从专业看，落实率95%以上的专业6个、90%—95%的专业8个。", "落实率在90%至95%之间的专业有9个。",
        "毕业去向落实率达到100%的专业数为3个。"), 3)
    assert [(r.kind, r.verdict) for r in ranged] == [("members", "agrees"), ("members", "agrees")]
    assert [(r.kind, r.verdict, r.expected) for r in between] == [("members", "contradicts", "8 个")]
    assert [(r.kind, r.verdict, r.expected) for r in count] == [("members", "contradicts", "2 个")]


def test_a_total_of_members_is_not_a_count_meeting_a_later_condition(read):
    offered, graduating, bare, unnamed = per_line(read(
        "学院共开设 25 个专业，毕业去向落实率在 95% 以上的专业有 6 个。", "全院共 24 个专业有毕业生，其中 6 个专业落实率在 95% 以上。",
        "就业率 100% 的专业 2 个。", "超过 95% 的专业 6 个，其中 100% 的 2 个。"), 4)
    assert [(r.kind, r.verdict) for r in offered] == [("value", "agrees"), ("members", "agrees")]
    assert [(r.kind, r.verdict) for r in graduating if r.kind != "subparts"] == [("value", "agrees"), ("members", "agrees")]
    assert [(r.kind, r.verdict) for r in bare] == [("members", "agrees")]
    assert not [r for r in unnamed if r.verdict == "contradicts"]  # no 开设专业数 of 6


def test_a_total_over_cohorts_is_no_cohort_value(read):
    cohort, two, recent = per_line(read("2024届毕业生3120人。", "2023届和2024届两届毕业生共6280人。", "近两届毕业生累计6457人。"), 3)
    assert [r.verdict for r in two + recent] == ["unverifiable", "unverifiable"]  # not 3337, not 3120
    assert only(cohort, "value").verdict == "unverifiable"  # the two-cohort total is no statement of 2024's count


def test_a_ratio_of_two_members_within_the_member_named_before(read):
    compared, paired = per_line(read("经济管理工程系女生多于男生，男女生之比为1:2.68。",
                                     "机械工程系毕业生男女比例7.17:1，全校为2.51:1。"), 2)
    assert (only(compared, "ratio").verdict, only(compared, "ratio").claim.scope.get("院系")) == ("agrees", "经济管理工程系")
    assert only(paired, "ratio").verdict == "agrees"  # 824 / 115, not the department against the college


def test_a_total_of_listed_figures_named_in_short_forms(read):
    short, shorter, wrong = per_line(read("正高级和副高级职称教师合计102人。", "专任教师和兼职教师共340人。",
                                          "订单培养和现代学徒制学生共756人。"), 3)
    assert (only(short, "value").verdict, only(short, "value").fact.display) == ("agrees", "102 人")
    assert only(shorter, "value").verdict == "agrees"  # 295 + 45, not 专任教师 alone
    assert (only(wrong, "value").verdict, only(wrong, "value").expected) == ("contradicts", "765 人")


def test_members_as_a_share_of_all_members_and_their_range(read):
    quarter, third, under, ranged = per_line(read(
        "落实率在95%以上的专业约占有毕业生专业的四分之一。", "落实率在95%以上的专业占有毕业生专业的三分之一。",
        "落实率95%以上的院系不足半数。", "5个系的毕业去向落实率介于88.50%和94.25%之间。"), 4)
    assert (only(quarter, "share").verdict, only(quarter, "share").fact.display) == ("agrees", "25.00%")
    assert (only(third, "share").verdict, only(third, "share").expected) == ("contradicts", "25.00%")
    assert [r.verdict for r in under if r.claim.value == "不足半数"] == ["agrees"]  # 0 of 5, not 90.89%
    assert [(r.verdict, r.expected) for r in ranged if r.claim.number.unit == "%"] == \
        [("contradicts", "87.50%"), ("agrees", "")]


def test_a_bracketed_bound_an_average_of_members_and_a_short_condition_word(read):
    bracket, average, short = per_line(read("毕业去向落实率在95%以上（含95%）的专业有6个。",
                                            "学院24个专业的平均落实率为91.5%，6个专业超过95%。", "有6个专业毕业去向落实率超95%。"), 3)
    assert not [r for r in bracket + average + short if r.verdict == "contradicts"]
    assert [r.kind for r in short] == ["members"]
    assert [r.verdict for r in average if r.claim.value == "91.5%"] == ["unverifiable"]


def test_the_gap_between_the_extremes_of_a_dimension(read):
    right, wrong = per_line(read("落实率最高的专业与最低的专业相差21.43个百分点。", "各院系中落实率最高与最低相差5.75个百分点。"), 2)
    assert (only(right, "difference").verdict, only(right, "difference").fact.display) == ("agrees", "21.43 个百分点")
    assert (only(wrong, "difference").verdict, only(wrong, "difference").expected) == ("contradicts", "高 6.75 个百分点")


def test_a_destination_counts_its_people_and_a_part_of_listed_members_keeps_its_rate(read):
    unplaced, major, half = per_line(read(
        "全校毕业生3337人，已落实去向3033人，待就业239人。", "机械工程系有5个专业，其中数控技术专业毕业生236人，落实率93.22%。",
        "机械工程系和智能技术系毕业生合计1745人，超过全校毕业生的一半。"), 3)
    waiting = [r for r in unplaced if r.claim.value == "239人"][0]
    assert (waiting.verdict, waiting.expected) == ("contradicts", "293 人")  # not 0 placed among the 待就业
    assert [r.verdict for r in major if r.claim.number is not None and r.claim.number.unit == "%"] == ["agrees"]
    assert not [r for r in half if r.verdict == "contradicts"]


def test_an_item_ranked_under_its_figure_named_in_a_longer_form(read):
    wrong, right = per_line(read("工作满意度分项中，职业发展前景满意度最低。", "工作满意度分项中，工作薪酬满意度最低。"), 2)
    assert (only(wrong, "superlative").verdict, only(wrong, "superlative").expected) == \
        ("contradicts", "工作薪酬（87.81%），职业发展前景为 88.17%")
    assert only(right, "superlative").verdict == "agrees"


def test_the_graduates_not_counted_by_a_named_count_are_the_rest(read):
    wrong, department = per_line(read("尚未落实去向的毕业生共340人，学院将持续跟踪帮扶。", "机械工程系未落实去向的毕业生54人。"), 2)
    assert (only(wrong, "value").verdict, only(wrong, "value").expected) == ("contradicts", "304 人")  # 3337 − 3033
    assert only(department, "value").verdict == "agrees"  # 939 − 885
