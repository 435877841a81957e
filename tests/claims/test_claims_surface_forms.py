"""The same claim in the surface forms real reports print it in reads the same: counts in Chinese
numerals (五个系中…有四个), 达到 after a rate's name, a decimal broken by a space before 倍 or in a
ratio (2. 51:1, 1：1. 5 — PDF text), 本届 before a place's institutions, and a bracketed note right
after a comparison word (偏低（数据来源：…）). Found by reading our own corpus in each form
(example: 5 departments, 3 of them above 90%; 男 2385, 女 952; 非学历培训项目 34 → 130)."""
import pytest

from claims_helpers import per_line


def verdicts(records):
    return [(r.claim.kind, r.claim.value, r.verdict, r.expected) for r in records if r.verdict != "unverifiable"]


@pytest.mark.parametrize("sentence, verdict", [
    ("全院五个系中，毕业去向落实率超过90%的有三个。", "agrees"),
    ("全院五个系中，毕业去向落实率超过90%的有四个。", "contradicts"),
    ("工业与信息化系六个专业中有两个落实率超过95%。", "agrees"),
    ("工业与信息化系六个专业中有三个落实率超过95%。", "contradicts"),
])
def test_counts_of_members_in_chinese_numerals(read, sentence, verdict):
    (records,) = per_line(read(sentence), 1)
    assert [(k, v) for k, _, v, _ in verdicts(records)] == [("members", verdict)]


def test_a_threshold_before_a_count_in_chinese_numerals_is_no_rate_of_the_college(read):
    (records,) = per_line(read("毕业生分布在24个专业，落实率超过95%的有六个。"), 1)
    assert "contradicts" not in {r.verdict for r in records}


@pytest.mark.parametrize("sentence, verdict, expected", [
    ("非学历培训项目数增长率达到282.35%。", "agrees", ""),
    ("非学历培训项目数增长率达到228.35%。", "contradicts", "282.35%"),
    ("非学历培训项目数由34项增至130项，增幅达到382.35%。", "contradicts", "282.35%"),
])
def test_a_growth_rate_said_to_reach_a_figure(read, sentence, verdict, expected):
    (records,) = per_line(read(sentence), 1)
    growth = [(v, e or "") for k, value, v, e in verdicts(records) if k == "growth" and value.endswith("%")
              and "至" not in value]
    assert growth == [(verdict, expected)]


@pytest.mark.parametrize("sentence, verdict", [
    ("男女生之比为2. 51:1。", "agrees"),
    ("男女生之比为3. 51:1。", "contradicts"),
    ("女生与男生之比约为1：2. 5。", "agrees"),
    ("非学历培训项目2025年是2024年的3. 82倍。", "agrees"),
    ("非学历培训项目2025年是2024年的2. 82倍。", "contradicts"),
])
def test_a_decimal_broken_by_a_space_in_a_ratio_or_a_multiple(read, sentence, verdict):
    (records,) = per_line(read(sentence), 1)
    assert [v for _, _, v, _ in verdicts(records)] == [verdict]


def test_this_cohort_of_a_place_s_institutions_is_not_ours(read):
    (records,) = per_line(read("天津市本届高校毕业生平均落实率为86.00%。"), 1)
    assert [r.verdict for r in records] == ["not_ours"]


@pytest.mark.parametrize("note", ["（数据来源：学校统计）", "（见表3）", "(数据来源：招生就业处)"])
def test_a_note_in_brackets_after_a_comparison_word(read, note):
    (records,) = per_line(read(f"与省内生源相比，省外生源毕业生的落实率偏低{note}。"), 1)
    assert [(k, v, e) for k, _, v, e in verdicts(records)] == [("comparison", "contradicts", "91.10%，高于 90.14%")]


@pytest.mark.parametrize("sentence, verdict", [
    ("非学历培训项目2025年较2024年增长了282.35%。", "agrees"),
    ("非学历培训项目2025年较2024年增长了228.35%。", "contradicts"),
    ("横向技术服务到款额2025年比2024年增长6.27倍。", "agrees"),
    ("横向技术服务到款额2025年比2024年增长7.27倍。", "contradicts"),
])
def test_a_quantity_named_before_the_years_its_growth_compares(read, sentence, verdict):
    (records,) = per_line(read(sentence), 1)
    assert [(k, v) for k, _, v, _ in verdicts(records)] == [("growth", verdict)]


@pytest.mark.parametrize("sentence, verdicts_wanted", [
    ("男性毕业生与女性毕业生人数之比约为2.5:1。", ["agrees"]),
    ("男性毕业生与女性毕业生人数之比约为1:2.5。", ["contradicts"]),
    ("工业技术系男性毕业生与女性毕业生的比例为4.33:1。", ["agrees"]),
    ("男性毕业生和女性毕业生的落实率相近，前者为90.48%，后者为91.91%。", ["agrees", "agrees"]),
    ("男性毕业生和女性毕业生的落实率相近，前者为91.91%，后者为90.48%。", ["contradicts", "contradicts"]),
])
def test_a_member_s_graduates_named_in_full_are_one_side(read, sentence, verdicts_wanted):
    (records,) = per_line(read(sentence), 1)
    assert [v for _, _, v, _ in verdicts(records)] == verdicts_wanted


@pytest.mark.parametrize("sentence", ["毕业生中就业2888名，升学145名。", "2025届毕业生的毕业去向落实率是90.89%。"])
def test_other_words_for_persons_and_is(read, sentence):
    (records,) = per_line(read(sentence), 1)
    assert {v for _, _, v, _ in verdicts(records)} == {"agrees"}


def test_a_growth_rate_that_is_a_figure(read):
    (records,) = per_line(read("非学历培训项目数增长率是228.35%。"), 1)
    assert [(k, v, e) for k, _, v, e in verdicts(records)] == [("growth", "contradicts", "282.35%")]


@pytest.mark.parametrize("sentence, wanted", [
    ("学院毕业去向落实率不低于 95 %。", [("vague", "contradicts")]),
    ("学院毕业去向落实率不低于 90 %。", [("vague", "agrees")]),
])
def test_spaces_around_a_number_change_nothing(read, sentence, wanted):
    (records,) = per_line(read(sentence), 1)
    assert [(k, v) for k, _, v, _ in verdicts(records)] == wanted


@pytest.mark.parametrize("sentence, verdict", [
    ("女生的落实率为91.91%，男生为90.48%，女生高出1.43个百分点。", "agrees"),
    ("女生的落实率为91.91%，男生为90.48%，女生高出1.02个百分点。", "contradicts"),
    ("省外生源落实率为91.10%，省内生源为90.14%，前者高出0.96个百分点。", "agrees"),
    ("省外生源落实率为91.10%，省内生源为90.14%，前者高出0.75个百分点。", "contradicts"),
])
def test_a_difference_after_two_members_stated_is_between_them(read, sentence, verdict):
    (records,) = per_line(read(sentence), 1)
    assert [v for k, _, v, _ in verdicts(records) if k == "difference"] == [verdict]


@pytest.mark.parametrize("sentence, verdict", [
    ("女生落实率高出男生1.43个百分点，达到91.91%。", "agrees"),
    ("女生落实率高出男生1.43个百分点，达到90.48%。", "contradicts"),
])
def test_the_value_after_a_difference_is_the_subject_s(read, sentence, verdict):
    (records,) = per_line(read(sentence), 1)
    assert [v for k, _, v, _ in verdicts(records) if k == "value"] == [verdict]


@pytest.mark.parametrize("sentence, verdict", [
    ("横向技术服务到款36.36万，较上年净增31.36万。", "agrees"),
    ("横向技术服务到款63.36万。", "contradicts"),
])
def test_money_printed_in_wan_with_no_yuan(read, sentence, verdict):
    (records,) = per_line(read(sentence), 1)
    assert {v for _, _, v, _ in verdicts(records)} == {verdict}


def test_a_count_in_brackets_under_qizhong_keeps_the_rate_after_it_the_whole_s(read):
    (records,) = per_line(read("智能技术系毕业生806人，其中女生（205人），毕业去向落实率为90.69%。"), 1)
    assert {v for _, _, v, _ in verdicts(records)} == {"agrees"}


def test_the_rate_named_without_its_first_word(read):
    (records,) = per_line(read("经济管理工程系与工业技术系落实率接近，前者的去向落实率为87.50%。"), 1)
    assert [(k, v, e) for k, _, v, e in verdicts(records)] == [("value", "contradicts", "87.92%")]


@pytest.mark.parametrize("sentence, verdict", [
    ("全院5个系中，毕业去向落实率逾90%的有3个。", "agrees"),
    ("全院5个系中，毕业去向落实率逾90%的有4个。", "contradicts"),
    ("生源人数逾100人的省份有6个。", "agrees"),
    ("生源人数逾100人的省份有5个。", "contradicts"),
])
def test_yu_as_the_threshold_of_a_count_of_members(read, sentence, verdict):
    (records,) = per_line(read(sentence), 1)
    assert [v for k, _, v, _ in verdicts(records) if k == "members"] == [verdict]


@pytest.mark.parametrize("sentence, verdict", [
    ("本院毕业去向落实率为90.89%。", "agrees"),
    ("本院毕业去向落实率为93.12%。", "contradicts"),
    ("本院现有校外兼职教师54人。", "contradicts"),
])
def test_benyuan_names_the_college(read, sentence, verdict):
    (records,) = per_line(read(sentence), 1)
    assert {v for _, _, v, _ in verdicts(records)} == {verdict}
