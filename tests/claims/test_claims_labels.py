"""Names wrapped in verbs and work words (聘请行业导师, 获批知识产权项目, 承担…培养任务的学生), a second
figure of the subject of the clause before (…42 人，承担专业课程 1166 课时), totals whose word stands
far from the number (共开展…, 近两年共获得…), parallel items of one classification (升学 145 人，
应征入伍 62 人), a college word naming a share's base (占全校的), 其中 after a semicolon, and a
share's base named by a quantity the text states (占专任教师的, in an audited report)."""
from claims_helpers import only, per_line

from nianbao.claims.labels import only_verbs, plain_forms


def test_plain_forms_drop_leading_verbs_and_trailing_work_words():
    assert plain_forms("承担现场工程师培养任务") == ("承担现场工程师培养任务", "现场工程师培养任务", "现场工程师",
                                                  "承担现场工程师")
    assert plain_forms("鲁班工坊招收学历生") == ("鲁班工坊招收学历生",)  # a verb inside a name stays
    assert only_verbs("聘请") and only_verbs("配备") and not only_verbs("产业学院")


def test_verbs_before_a_name_neither_hide_it_nor_narrow_the_college(read):
    hired, granted, task = per_line(read("学院聘请行业导师42人。", "本年度获批知识产权项目7项。",
                                         "承担现场工程师培养任务的学生有21人。"), 3)
    assert only(hired, "value").verdict == "agrees"
    assert (only(granted, "value").verdict, only(granted, "value").expected) == ("contradicts", "4 项")
    assert (only(task, "value").verdict, only(task, "value").expected) == ("contradicts", "11 人")


def test_a_second_figure_of_the_same_subject(read):
    (records,) = per_line(read("学院聘请行业导师42人，共承担专业课程教学1266课时。"), 1)
    hours = [r for r in records if r.value == "1266课时"][0]
    assert (hours.measure, hours.verdict, hours.fact.display) == ("行业导师承担专业课程课时数", "contradicts", "1166.0 课时")


def test_totals_with_a_verb_between_the_word_and_the_number(read):
    two_years, listed_years, three_years = per_line(read(
        "近两年共获得横向技术服务到款额45.36万元。", "2024年和2025年共开展非学历培训项目164项。",
        "学院共组织非学历培训项目172项，其中2025年130项。"), 3)
    assert (only(two_years, "value").verdict, only(two_years, "value").fact.display) == ("contradicts", "41.36 万元")
    assert only(listed_years, "value").verdict == "agrees"  # 34 + 130
    total = [r for r in three_years if r.value == "172项"][0]
    assert total.verdict == "unverifiable"  # a total over years not named: never the 2025 figure


def test_parallel_items_and_a_base_named_by_a_college_word(read):
    items, base = per_line(read("毕业生中升学145人，占4.35%，应征入伍62人，占2.86%。",
                                "机械工程系毕业生939人，占全校的28.14%，升学40人，占该系的5.26%。"), 2)
    enlisted = [r for r in items if r.kind == "share"][1]
    assert (enlisted.scope, enlisted.verdict, enlisted.expected) == ({"毕业去向": "应征义务兵"}, "contradicts", "1.86%")
    further = [r for r in base if r.kind == "share"][1]
    assert (further.scope, further.expected) == ({"院系": "机械工程系", "毕业去向合并": "升学"}, "4.26%")


def test_parts_after_a_semicolon_keep_the_subject(read):
    (records,) = per_line(read("男生2385人；其中机械工程系825人。"), 1)
    part = [r for r in records if r.value == "825人"][0]
    assert (part.scope, part.verdict, part.expected) == ({"性别": "男", "院系": "机械工程系"}, "contradicts", "824 人")


def test_a_share_of_a_quantity_the_report_states():
    from nianbao.claims import DEFAULT_TEMPLATE, check_units, template_vocabulary
    from nianbao.template import load_template
    from nianbao.claims.units import TextUnit
    from nianbao.document.model import Location
    from nianbao.text import normalize
    text = "学院有专任教师386人，其中“双师型”教师262人，占67.9%，具有高级职称的教师118人，占专任教师的32.6%。"
    records = check_units([TextUnit(normalize(text), Location("r.txt", 1), "", 0)], template_vocabulary(load_template(DEFAULT_TEMPLATE), 2025).compile())
    share = [r for r in records if r.kind == "share" and r.value == "32.6%"][0]
    assert (share.verdict, share.fact.display) == ("contradicts", "30.57%")


def test_a_cohort_label_and_registering_name_the_new_students(read):
    registered, other_cohort = per_line(read("2025级新生实际报到3123人。", "2024级新生实际报到3123人。"), 2)
    assert (only(registered, "value").verdict, only(registered, "value").expected) == ("contradicts", "3213 人")
    assert only(other_cohort, "value").verdict == "unverifiable"  # no figure of the 2024 cohort


def test_staffing_verbs_manner_and_beneficiaries_narrow_nothing(read):
    staffed, hired, served = per_line(read("学院按要求配齐专职思政教师82人。", "学院面向行业选聘校外兼职教师45人。",
                                           "截至2025年底，学院为企业开展横向技术服务到款63.36万元。"), 3)
    assert (only(staffed, "value").verdict, only(staffed, "value").expected) == ("contradicts", "28 人")
    assert only(hired, "value").verdict == "agrees"
    assert (only(served, "value").verdict, only(served, "value").expected) == ("contradicts", "36.36 万元")


def test_a_quality_held_names_the_figure(read):
    right, wrong = per_line(read("专任教师中，具有高级职称的102人，其中正高级9人、副高级93人。",
                                 "专任教师中，具有高级职称的教师有120人。"), 2)
    assert [(r.value, r.claim.measure.name, r.verdict) for r in right if r.kind == "value"] == \
        [("102人", "高级职称教师", "agrees"), ("9人", "正高级职称教师", "agrees"), ("93人", "副高级职称教师", "agrees")]
    assert [(r.value, r.verdict, r.expected) for r in wrong] == [("120人", "contradicts", "102 人")]
