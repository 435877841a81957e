"""Indicator engine: values, edge cases, provenance and errors."""
import pytest

from project_helpers import make_project
from nianbao.indicators import IndicatorError, Indicators, parse_selector
from nianbao.project import open_project

MAJORS = [["460301", "机电一体化技术", "机械工程系", "2006"],
          ["460103", "数控技术", "机械工程系", "2004"],
          ["430504", "储能材料技术", "工业技术系", "2025"],
          ["530701", "电子商务", "经济管理工程系", "2004"]]


def grads(n, major="机电一体化技术", department="机械工程系", destination="签就业协议形式就业",
          gender="男", province="河北省", ethnicity="汉族"):
    return [[gender, ethnicity, province, department, major, destination]] * n


@pytest.fixture
def indicators(tmp_path):
    rows = (grads(6) + grads(1, destination="境内升学", gender="女", province="天津市")
            + grads(1, destination="待就业", ethnicity="回族")
            + grads(3, major="电子商务", department="经济管理工程系", destination="待就业")
            + grads(1, major="数控技术", destination="自主创业", gender="女"))
    figures = [["full_time_teacher", "专任教师", "", "2025", "人", "295", "人事处"],
               ["staff_total", "教职工", "", "2025", "人", "377", "人事处"],
               ["industry_mentor_hours", "行业导师承担专业课程课时数", "", "2025", "课时", "1166.0", "平台"],
               ["training_income", "培训到账经费", "", "2024", "万元", "37.25", "平台"],
               ["training_income", "培训到账经费", "", "2025", "万元", "44.02", "平台"],
               ["luban_trainees", "鲁班工坊培训", "乌干达本土教师", "2025", "人次", "389", "外事"],
               ["luban_trainees", "鲁班工坊培训", "乌干达员工", "2025", "人次", "821", "外事"]]
    return Indicators(open_project(make_project(tmp_path / "p", rows, MAJORS, figures=figures)))


def test_counts_rates_and_shares(indicators):
    assert indicators.value("graduate_count").display == "12"
    rate = indicators.value("placement_rate")
    assert (rate.display, rate.numerator, rate.n) == ("66.67%", 8, 12)
    assert indicators.value("placement_rate", {"department": "机械工程系"}).display == "88.89%"
    share = indicators.value("graduate_share", {"gender": "女"})
    assert (share.display, share.numerator, share.n) == ("16.67%", 2, 12)
    group = indicators.value("destination_group_share", {"major": "机电一体化技术", "destination_group": "升学"})
    assert (group.display, group.numerator, group.n) == ("12.50%", 1, 8)


def test_chinese_dimension_names_and_derived_dimensions(indicators):
    assert indicators.value("graduate_count", {"院系": "经济管理工程系"}).display == "3"
    assert indicators.value("graduate_count", {"origin_scope": "省内生源"}).display == "1"
    assert indicators.value("placement_rate", {"ethnicity_group": "少数民族"}).display == "0.00%"


def test_major_with_all_graduates_unplaced_has_zero_rate(indicators):
    assert indicators.value("placement_rate", {"major": "电子商务"}).display == "0.00%"


def test_group_without_graduates_shows_dash_not_error(indicators):
    value = indicators.value("placement_rate", {"major": "储能材料技术"})
    assert value.display == "—" and value.value is None
    assert indicators.value("graduate_count", {"major": "储能材料技术"}).display == "0"


def test_unknown_value_names_the_closest(indicators):
    with pytest.raises(IndicatorError, match="机电一体化技术"):
        indicators.value("graduate_count", {"专业": "机电一体化"})


def test_unknown_indicator_names_the_closest(indicators):
    with pytest.raises(IndicatorError, match="placement_rate"):
        indicators.value("placement_rat")


def test_provenance_names_file_rows_and_source(indicators):
    value = indicators.value("graduate_count")
    assert value.source == "全国高校毕业生就业管理系统"
    assert value.provenance.startswith("data/graduates.csv（12 行")
    assert "data/figures.csv 第 2 行" == indicators.value("full_time_teacher").provenance


def test_entered_figures_keep_their_precision_and_years(indicators):
    assert indicators.value("industry_mentor_hours").display == "1166.0"
    assert indicators.value("training_income", {"year": "2024"}).display == "37.25"
    assert indicators.value("training_income").display == "44.02"  # the report year by default
    with pytest.raises(IndicatorError, match="2023"):
        indicators.value("training_income", {"year": "2023"})


def test_ratio_and_sum_of_entered_figures(indicators):
    assert indicators.value("full_time_teacher_share").display == "78.25%"
    assert indicators.value("luban_trainees_total").display == "1210"


def test_one_graduate(tmp_path):
    ind = Indicators(open_project(make_project(tmp_path / "one", grads(1), MAJORS)))
    assert ind.value("placement_rate").display == "100.00%"
    assert ind.value("graduate_share", {"major": "机电一体化技术"}).display == "100.00%"


def test_percentages_round_half_up(tmp_path):
    rows = grads(799) + grads(1, destination="自主创业")
    ind = Indicators(open_project(make_project(tmp_path / "r", rows, MAJORS)))
    # 1 / 800 = 0.125%: published tables round half up, not to even.
    assert ind.value("graduate_share", {"destination_group": "自主创业"}).display == "0.13%"


def test_all_breakdowns_of_a_document_come_from_one_scan(indicators):
    calls = []
    original = indicators._compute
    indicators._compute = lambda sets: (calls.append(sets), original(sets))
    indicators.prepare([("graduate_count", ("department", "major")), ("placement_rate", ("gender",)),
                        ("destination_group_share", ("gender", "destination_group"))])
    assert len(calls) == 1
    indicators.value("destination_group_share", {"gender": "男", "destination_group": "升学"})
    assert len(calls) == 1


class CountingConnection:
    """The connection, counting the queries sent to it."""

    def __init__(self, con):
        self.con, self.queries = con, []

    def execute(self, sql, *args):
        self.queries.append(sql)
        return self.con.execute(sql, *args)


def test_a_distinct_count_cited_many_times_is_queried_once(indicators):
    indicators.con = counting = CountingConnection(indicators.con)
    values = [indicators.value("department_count").display for _ in range(5)]
    assert values == [values[0]] * 5 and int(values[0]) >= 1
    assert len([q for q in counting.queries if "count(DISTINCT" in q]) == 1


def test_a_distinct_count_within_a_department_counts_that_department(indicators):
    # Before, the filter was ignored: 开设专业数 of one 院系 showed the college's count.
    assert indicators.value("major_count").display == "4"
    within = indicators.value("major_count", {"院系": "机械工程系"})
    assert (within.display, within.breakdown) == ("2", (("department", "机械工程系"),))
    assert indicators.value("major_count", {"department": "工业技术系"}).display == "1"
    assert indicators.value("graduating_major_count", {"院系": "机械工程系"}).display == "2"
    assert indicators.value("graduating_major_count", {"性别": "女"}).display == "2"
    with pytest.raises(IndicatorError, match="指标“开设专业数”不能按性别细分"):
        indicators.value("major_count", {"性别": "女"})


def test_selector_syntax():
    sel = parse_selector("placement_rate[院系=机械工程系, year=2024]")
    assert sel.indicator == "placement_rate"
    assert sel.filters == (("院系", "机械工程系"), ("year", "2024"))


def test_grouped_and_per_row_cubes_are_the_same(indicators):
    """The cube from rows grouped before the expressions equals the one from every row."""
    dims = sorted(indicators.dimensions)
    sets = [(), tuple(dims), ("department", "major"), ("destination_group", "gender"), ("origin_scope",),
            ("ethnicity_group", "destination")]
    used = sorted({d for s in sets for d in s})
    grouped = indicators.con.execute(indicators._cube_sql(used, sets, grouped_source=True)).fetchall()
    per_row = indicators.con.execute(indicators._cube_sql(used, sets, grouped_source=False)).fetchall()
    assert sorted(grouped, key=repr) == sorted(per_row, key=repr) and len(grouped) == 20


def test_expression_on_an_identifier_falls_back_to_rows(indicators):
    indicators.dimensions["id_prefix"] = type(indicators.dimensions["gender"])("id_prefix", "学号前缀",
                                                                                "left(student_id, 3)")
    indicators.prepare([("graduate_count", ("id_prefix",))])
    assert indicators.members(("id_prefix",)) == [("S00",)]
    assert indicators.value("graduate_count", {"id_prefix": "S00"}).display == "12"


def test_a_value_asked_again_is_answered_once(indicators):
    indicators.con = counting = CountingConnection(indicators.con)
    first = indicators.value("major_count", {"院系": "机械工程系"})
    again = indicators.value("major_count", {"院系": "机械工程系"})
    assert again is first and first.display == "2"
    # the claim engine asks the same value of many sentences
    assert len([q for q in counting.queries if "count(DISTINCT" in q]) == 1
