"""Entered figures named as people say them (the template's aliases in indicators.toml), and an
entered figure counted among another one (专任教师中，硕士及以上学位教师…)."""
from claims_helpers import only, per_line


def test_paraphrases_of_teacher_and_survey_figures_resolve_through_the_template(read):
    degree, mentors, hours, employer, part_time = per_line(read(
        "学校具有硕士及以上学位的教师共195人。", "学院聘请企业导师42人参与专业教学。",
        "企业导师全年承担专业课程课时1661课时。", "用人单位对毕业生的满意度达到98%。", "学院兼职教师共54人。"), 5)
    assert (only(degree, "value").claim.measure.key, only(degree, "value").verdict) == ("master_degree_teachers", "agrees")
    assert (only(mentors, "value").claim.measure.key, only(mentors, "value").verdict) == ("industry_mentors", "agrees")
    assert (only(hours, "value").verdict, only(hours, "value").expected) == ("contradicts", "1166.0 课时")  # as figures.csv prints it
    assert (only(employer, "value").claim.measure.key, only(employer, "value").expected) == \
        ("employer_satisfaction", "100.0%")
    assert (only(part_time, "value").verdict, only(part_time, "value").expected) == ("contradicts", "45 人")


def test_a_figure_counted_among_a_larger_one_is_still_that_figure(read):
    right, wrong, alias = per_line(read(
        "专任教师中，高级职称教师102人。", "学院专任教师中硕士及以上学位教师199人。",
        "专任教师中，硕士以上学历教师有159人。"), 3)
    assert only(right, "value").verdict == "agrees"
    assert (only(wrong, "value").verdict, only(wrong, "value").expected) == ("contradicts", "195 人")
    assert (only(alias, "value").verdict, only(alias, "value").expected) == ("contradicts", "195 人")


def test_a_figure_among_a_smaller_one_is_a_part_of_it_not_the_figure(read):
    attached, topic = per_line(read("专业课教师中硕士及以上学位教师150人。", "辅导员中，硕士及以上学位教师30人。"), 2)
    assert only(attached, "value").verdict == "unverifiable"  # 180 专业课教师 cannot hold 195
    assert (only(topic, "value").verdict, only(topic, "value").note) == \
        ("unverifiable", "所计为上文所述另一类人员中的一部分，不是全校的数")  # 54 辅导员: a part of them


def test_more_entered_figures_by_the_names_people_use(read):
    partners, engineers, matched, hours = per_line(read(
        "学院与企业合作培养学生525人。", "当年培养现场工程师11人。", "岗位实习专业对口人数达2968人。",
        "非学历培训全年开展3717学时。"), 4)
    assert (only(partners, "value").verdict, only(partners, "value").expected) == ("contradicts", "255 人")
    assert only(engineers, "value").claim.measure.key == "field_engineer_students"
    assert (only(matched, "value").verdict, only(matched, "value").expected) == ("contradicts", "2986 人")
    assert (only(hours, "value").claim.measure.key, only(hours, "value").verdict) == ("nondegree_training_hours", "agrees")


def test_a_reviewer_restating_the_report(read):
    """"报告称…", "文中所列…": where the figure is printed narrows nothing about what it counts."""
    said, listed = per_line(read("报告称专任教师有259人。", "文中所列辅导员45人与人事数据不符。"), 2)
    assert [(r.value, r.verdict, r.expected) for r in said] == [("259人", "contradicts", "295 人")]
    assert [(r.value, r.verdict, r.expected) for r in listed] == [("45人", "contradicts", "54 人")]
