"""The other side of a comparison, a ranking or a difference where reports put it: before the
relation word (与全校平均水平基本持平, 与…相比，…持平), as a second measure introduced by 对…的, as
another 分组 of the same survey figure; rankings whose measure is a headcount (生源人数居首), the last place (排名最后, 垫底), a
survey figure by department; 依次为 lists; a ratio within a department."""
from claims_helpers import only, per_line


def test_the_other_side_before_a_level_word(read):
    before, own_clause, subject_after = per_line(read(
        "外省市生源毕业生落实率与全校平均水平基本持平。",
        "天津市生源毕业生落实率与全校平均水平相比，略低。",
        "与全校平均水平相比，内蒙古自治区生源的落实率基本持平。"), 3)
    record = only(before, "comparison")
    assert (record.verdict, record.scope, record.fact.display) == ("agrees", {"省内外生源": "省外生源"},
                                                                   "91.10% 对 90.89%")
    assert only(own_clause, "comparison").verdict == "agrees"  # 90.14% < 90.89%
    record = only(subject_after, "comparison")
    assert (record.verdict, record.expected) == ("contradicts", "93.33%，高于 90.89%")


def test_a_subject_named_before_yu_xiangbi_stays_the_subject(read):
    (records,) = per_line(read("外省市生源毕业生的落实率与全校平均相比略低。"), 1)
    record = only(records, "comparison")
    assert (record.verdict, record.scope) == ("contradicts", {"省内外生源": "省外生源"})


def test_two_survey_measures_introduced_by_dui(read):
    right, wrong = per_line(read("毕业生对母校的满意度高于对工作的总体满意度。",
                                 "毕业生对所学课程的满意度高于对任课教师的满意度。"), 2)
    assert only(right, "comparison").fact.display == "95.87% 对 92.23%"
    assert (only(wrong, "comparison").verdict, only(wrong, "comparison").expected) == ("contradicts", "94.91%，低于 96.57%")


def test_rankings_by_headcount_and_by_a_survey_figure_per_department(read):
    first, second, survey = per_line(read("按生源省份统计，天津市毕业生人数居首。", "生源人数位列第二的是山西省。",
                                          "从工作稳定性看，机械工程系在各系中最高。"), 3)
    assert only(first, "superlative").expected == "河北省（1106 人），天津市为 720 人"
    assert only(second, "superlative").expected == "天津市（720 人），山西省为 335 人"
    assert only(survey, "superlative").expected == "工业与信息化系（78.26%），机械工程系为 65.24%"


def test_a_difference_between_two_items_of_one_survey_figure(read):
    right, wrong = per_line(read("所学课程评价中，专业课掌握度比专业课满足度高2.50个百分点。",
                                 "学风建设各项中，课堂互动与课前预习相差1.52个百分点。"), 2)
    assert only(right, "difference").verdict == "agrees"
    assert (only(wrong, "difference").verdict, only(wrong, "difference").fact.display) == ("contradicts", "0.52 个百分点")


def test_values_listed_in_order_pair_with_the_members_in_order(read):
    (records,) = per_line(read("工业技术系、经济管理工程系、智能技术系的落实率依次是87.50%、87.92%和91.69%。"), 1)
    assert [(r.scope["院系"], r.verdict) for r in records if r.kind == "value"] == [
        ("工业技术系", "agrees"), ("经济管理工程系", "agrees"), ("智能技术系", "contradicts")]


def test_a_ratio_within_a_department(read):
    right, wrong = per_line(read("机械工程系男女生比例为7.17:1。", "智能技术系男女生比例约为2.5:1。"), 2)
    assert only(right, "ratio").verdict == "agrees"
    assert (only(wrong, "ratio").verdict, only(wrong, "ratio").expected) == ("contradicts", "2.9:1")


def test_the_last_place_named_as_reports_name_it(read):
    last, bottom, sentence_word = per_line(read("智能技术系落实率在各系中排名最后。", "工业技术系毕业生人数在五个系中垫底。",
                                                "最后，学院毕业去向落实率为90.89%。"), 3)
    assert only(last, "superlative").expected == "工业技术系（87.50%），智能技术系为 90.69%"
    assert only(bottom, "superlative").verdict == "agrees"
    assert [r.kind for r in sentence_word] == ["value"]  # 最后 opening a sentence ranks nothing


def test_a_relation_opening_the_clause_after_a_printed_figure(read):
    """"母校满意度为 95.87%，低于所学课程总体满意度": only one side printed, the other named; both from the data."""
    right, wrong = per_line(read("母校满意度为95.87%，高于所学课程总体满意度。",
                                 "毕业生对任课教师的总体满意度达96.57%，低于对母校的满意度。"), 2)
    (claim,) = [r for r in right if r.kind == "comparison"]
    assert claim.verdict == "agrees"  # 95.87 > 94.91
    (claim,) = [r for r in wrong if r.kind == "comparison"]
    assert (claim.verdict, claim.expected) == ("contradicts", "96.57%，高于 95.87%")
