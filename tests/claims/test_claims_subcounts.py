"""Sub-counts named after their number (claims/subcounts.py): "机械工程系有 40 人升学" is the
department's 升学 graduates, not its graduates, and the share after it is of the department."""
from claims_helpers import per_line


def facts_of(records, kind):
    return [(r.value, r.scope, r.verdict, r.expected) for r in records if r.claim.kind == kind]


def test_group_after_the_count_narrows_it(read):
    right, wrong, women = per_line(read("机械工程系有 40 人升学，占该系毕业生的 4.26%。",
                                        "工业技术系有16人升学。",
                                        "工业与信息化系毕业生中，有141名女生，占该系毕业生的22.71%。"), 3)
    assert facts_of(right, "value") == [("40 人", {"院系": "机械工程系", "毕业去向合并": "升学"}, "agrees", "")]
    assert facts_of(right, "share")[0][2] == "agrees"
    assert facts_of(wrong, "value") == [("16人", {"院系": "工业技术系", "毕业去向合并": "升学"}, "contradicts", "14 人")]
    assert facts_of(women, "value") == [("141名", {"院系": "工业与信息化系", "性别": "女"}, "agrees", "")]


def test_group_after_a_college_count_names_the_graduates(read):
    (placed, swapped) = per_line(read("全校共有145名毕业生选择升学。", "学院2025届有925名女生。"), 2)
    assert facts_of(placed, "value") == [("145名", {"毕业去向合并": "升学"}, "agrees", "")]
    assert facts_of(swapped, "value") == [("925名", {"性别": "女"}, "contradicts", "952 人")]


def test_a_group_with_its_own_count_is_not_the_earlier_counts(read):
    (records,) = per_line(read("机械工程系 939 人升学 40 人。"), 1)
    assert facts_of(records, "value") == [("939 人", {"院系": "机械工程系"}, "agrees", ""),
                                          ("40 人", {"院系": "机械工程系", "毕业去向合并": "升学"}, "agrees", "")]


def test_people_who_work_at_a_place_are_a_part_no_data_counts(read):
    """"毕业生中有 612 人在天津市就业": those working in a city (天津 is a 生源地 in the data: where they
    came from, not where they work) are no figure of the data, never all the graduates."""
    city, province = per_line(read("2025 届毕业生中有 612 人在天津市就业，其中机械工程系 143 人。",
                                   "2025 届毕业生中有 1400 人在省内就业。"), 2)
    assert [(r.kind, r.verdict) for r in city] == [("value", "unverifiable"), ("value", "unverifiable"),
                                                   ("subparts", "agrees")]  # 143 of those 612, not of 机械工程系
    assert [r.verdict for r in province] == ["unverifiable"]


def test_parts_that_are_levels_of_one_classification_add_up_to_their_total(read):
    """"共 38 项，其中国家级 3 项、省级 14 项、校级 19 项": three levels or more are every level, so their
    sum (36) must be the total; two levels may leave one out."""
    levels, two = per_line(read("学院立项教学改革项目共38项，其中国家级3项、省级14项、校级19项。",
                                "学院立项教学改革项目共38项，其中国家级3项、省级14项。"), 2)
    subparts = next(r for r in levels if r.claim.kind == "subparts")
    assert (subparts.verdict, subparts.expected) == ("contradicts", "36项")
    assert next(r for r in two if r.claim.kind == "subparts").verdict == "agrees"


def test_a_sentence_opening_with_qizhong_after_a_count_is_about_that_count(read):
    """"机械工程系毕业生 939 人。其中升学的 40 人，占 4.26%": the department's, as after a semicolon;
    a 其中 after a sentence that ends in no count keeps its own scope."""
    after_count, after_other = per_line(read("机械工程系毕业生939人。其中升学的40人，占4.26%。",
                                             "毕业去向构成见表 2.2。其中升学 145 人，占 4.35%。"), 2)
    assert [(r.claim.kind, r.verdict) for r in after_count if r.claim.kind in ("value", "share")] == [
        ("value", "agrees"), ("value", "agrees"), ("share", "agrees")]
    assert [r.verdict for r in after_other if r.claim.kind == "share"] == ["agrees"]  # 145 / 3337
