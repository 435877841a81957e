"""Years named relative to the sentence's own (去年, 上年度, 上一届, 前年): the report's year minus one
or two, so a figure of last year is checked against last year's data and never as this year's."""
from claims_helpers import per_line


def _values(records):
    return [r for r in records if r.claim.kind == "value"]


def test_last_years_figure_is_checked_against_that_year(read):
    right = ("去年横向技术服务到款额为5万元。",
             "上年度非学历培训项目数为34项。",
             "学院上一年的公益项目培训学时为930学时。",
             "前年横向技术服务到款额仅2.57万元。",
             "非学历培训学时前年为2556学时。")
    for sentence in right:
        (records,) = per_line(read(sentence), 1)
        (value,) = _values(records)
        assert value.verdict == "agrees", sentence
        assert value.claim.year in (2023, 2024), sentence
    wrong = (("去年横向技术服务到款额为6万元。", "5 万元"),
             ("上年度非学历培训项目数为43项。", "34 项"),
             ("前年横向技术服务到款额为3.57万元。", "2.57 万元"))
    for sentence, expected in wrong:
        (records,) = per_line(read(sentence), 1)
        (value,) = _values(records)
        assert (value.verdict, value.expected) == ("contradicts", expected), sentence


def test_last_and_this_year_in_one_sentence(read):
    (records,) = per_line(read("去年完成非学历培训学时1262学时，今年达到3717学时。"), 1)
    assert [(r.claim.year, r.verdict) for r in _values(records)] == [(2024, "agrees"), (2025, "agrees")]
    (records,) = per_line(read("去年完成非学历培训学时1226学时，今年达到3717学时。"), 1)
    assert [(r.verdict, r.expected) for r in _values(records)] == [("contradicts", "1262 学时"), ("agrees", "")]


def test_a_year_with_no_data_is_unverifiable_not_wrong(read):
    for sentence in ("学院去年毕业去向落实率为91.36%。", "上一届毕业生的毕业去向落实率为92.10%。",
                     "上届毕业生毕业去向落实率达到91.2%。"):
        (records,) = per_line(read(sentence), 1)
        (value,) = _values(records)
        assert (value.verdict, value.claim.year) == ("unverifiable", 2024), sentence


def test_the_figure_named_after_the_base_year_is_that_years(read):
    (records,) = per_line(read("培训到账经费44.02万元，较上年的37.25万元增长18.17%。"), 1)
    assert [(r.claim.year, r.verdict) for r in _values(records)] == [(None, "agrees"), (2024, "agrees")]
    assert [r.verdict for r in records if r.claim.kind == "growth"] == ["agrees"]
    (records,) = per_line(read("纵向科研经费到款额3万元，较上年的4.8万元有所下降。"), 1)
    assert [r.verdict for r in _values(records)] == ["agrees", "agrees"]
    (records,) = per_line(read("培训到账经费44.02万元，较上年的38.25万元有所增长。"), 1)
    assert [(r.verdict, r.expected) for r in _values(records)] == [("agrees", ""), ("contradicts", "37.25 万元")]


def test_from_last_year_or_the_year_before_to_this_year(read):
    for sentence, verdict in (("非学历培训项目数由去年的34项增至130项。", "agrees"),
                              ("非学历培训项目数由前年的8项增至130项。", "agrees"),
                              ("非学历培训项目数从上年的43项增至130项。", "contradicts")):
        (records,) = per_line(read(sentence), 1)
        assert [r.verdict for r in records if r.claim.kind == "growth"] == [verdict], sentence


def test_a_change_against_last_year_is_still_read_where_changes_are(read):
    for sentence, verdict in (("培训到账经费较上年增长18.17%。", "agrees"),
                              ("非学历培训项目数比去年增加了96项。", "agrees"),
                              ("非学历培训项目数增加到上年的4.82倍。", "contradicts"),
                              ("公益项目培训学时2025年较上年翻了一番多。", "agrees")):
        (records,) = per_line(read(sentence), 1)
        assert [r.verdict for r in records if r.claim.kind == "growth"] == [verdict], sentence


def test_words_that_only_look_like_relative_years(read):
    (records,) = per_line(read("学院专任教师295人，其中硕士以上年轻教师占多数。"), 1)
    assert all(r.claim.year is None for r in records)


def _growth(read, sentence):
    (records,) = per_line(read(sentence), 1)
    return [(r.verdict, r.expected) for r in records if r.claim.kind == "growth"]


def test_growth_over_the_year_before_last(read):
    right = ("横向技术服务到款额较前年增长了13.15倍。",
             "培训到账经费较前年增长56.71%。",
             "非学历培训学时与前年相比增加了45.42%。",
             "非学历培训项目数比前年增加了122项。",
             "与前年相比，公益项目培训学时增长了2485学时。",
             "非学历培训项目数比前年多122项。",
             "知识产权项目数量较前年减少1项。")
    for sentence in right:
        assert _growth(read, sentence) == [("agrees", "")], sentence
    wrong = (("横向技术服务到款额较前年增长了12倍。", "13.15 倍"),
             ("培训到账经费较前年增长46.71%。", "56.71%"),
             ("与前年相比，非学历培训项目数增加了100项。", "122 项"),
             ("非学历培训项目数比前年多112项。", "122 项"),
             ("知识产权项目数量较前年减少2项。", "1 项"))
    for sentence, expected in wrong:
        assert _growth(read, sentence) == [("contradicts", expected)], sentence


def test_the_year_before_last_of_an_earlier_year_has_no_data(read):
    (records,) = per_line(read("2024年横向技术服务到款额较前年增长了0.95倍。"), 1)
    (growth,) = [r for r in records if r.claim.kind == "growth"]
    assert (growth.verdict, growth.note) == ("unverifiable", "没有2024 年（届）的数据")


def test_compared_with_last_year_before_the_clause(read):
    assert _growth(read, "与去年相比，非学历培训项目数增加了96项。") == [("agrees", "")]
    assert _growth(read, "与去年相比，非学历培训项目数增加了69项。") == [("contradicts", "96 项")]
