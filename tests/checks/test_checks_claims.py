from checks_helpers import doc_of, para, rules_of

from nianbao.checks import run_document_checks
from nianbao.template import load_template

TPL = load_template("tianjin-2025")


def _run(*texts):
    return run_document_checks(doc_of(*[para(t, i + 1) for i, t in enumerate(texts)]), TPL)


def test_share_with_an_implied_base():
    found = rules_of(_run("教职工 400 人，专任教师 300 人（占比 75.00%）。具有硕士学位的教师 210 人，占比 71.3%。"),
                     "claim.share")
    assert len(found) == 1 and found[0].values["computed"] == "70.00%" and found[0].severity == "warning"


def test_share_of_a_named_total():
    texts = ["本届毕业生总数 1000 人。", "男生 610 人，占毕业生总人数的 60.10%；女生 390 人，占毕业生总人数的 39.00%。"]
    found = rules_of(_run(*texts), "claim.share")
    assert [f.values["stated"] for f in found] == ["60.10%"] and found[0].severity == "error"


def test_parallel_counts_make_the_base():
    assert not rules_of(_run("男生 610 人，占 61.00%；女生 390 人，占 39.00%。"), "claim.share")


def test_growth_claims_from_the_sentence():
    ok = _run("到款额由 5 万元增至 36.36 万元，增长超过 6 倍。", "项目数由 4 项增至 12 项，增长 2 倍。")
    assert not rules_of(ok, "claim.growth")
    bad = rules_of(_run("到款额由 5 万元增至 36.36 万元，增长 2.64 倍。"), "claim.growth")
    assert len(bad) == 1 and bad[0].severity == "error"


def test_growth_in_percent_and_direction():
    assert not rules_of(_run("收入由 200 万元增至 250 万元，同比增长 25%。"), "claim.growth")
    assert rules_of(_run("收入由 200 万元增至 250 万元，同比增长 20%。"), "claim.growth")
    assert rules_of(_run("学时由 2556 学时增至 1262 学时。"), "claim.direction")


def test_total_of_listed_parts():
    good = _run("完成教师培训 100 人次、学生培训 200 人次、员工培训 300 人次，累计培训 600 人次。")
    assert not rules_of(good, "claim.total")
    bad = rules_of(_run("完成教师培训 100 人次、学生培训 200 人次、员工培训 300 人次，累计培训 650 人次。"), "claim.total")
    assert bad and bad[0].values["computed"] == "600人次"


def test_cutoff_dates_for_the_same_figure():
    found = rules_of(_run("截至 2025 年 8 月 31 日，毕业去向落实率为 90.89%。", "截至2025年8月30日，就业落实率为90.89%。"),
                     "claim.cutoff_date")
    assert len(found) == 1 and len(found[0].locations) == 2
    same = _run("截至 2025 年 8 月 31 日，毕业去向落实率为 90.89%。", "截至 2025 年 8 月 31 日，就业落实率为 90.89%。")
    assert not rules_of(same, "claim.cutoff_date")


def test_number_of_majors_against_the_majors_table():
    from checks_helpers import table
    majors = table("表 2-1", "专业", ["所属系", "专业代码", "专业名称"], [["甲系", "460101", "A"], ["", "460102", "B"]],
                   chapter=2)
    bad = run_document_checks(doc_of(para("学院共开设 3 个专业，见表 2-1。"), majors), TPL)
    assert rules_of(bad, "claim.member_count")
    good = run_document_checks(doc_of(para("学院共开设 2 个专业，其中新增 1 个专业，见表 2-1。"), majors), TPL)
    assert not rules_of(good, "claim.member_count")
