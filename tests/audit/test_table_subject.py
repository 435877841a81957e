"""Whom a report's table counts (claims/table_subject.py, read by audit): the 合计 of a table of a
subgroup (employed graduates by unit type, signed graduates by department) or of other people (new
students) is not the number of graduates the prose states; a table of all graduates still is."""
from __future__ import annotations

import pytest

from nianbao.audit import audit_report
from nianbao.claims import template_vocabulary
from nianbao.claims.table_subject import narrowing_word, table_subject
from nianbao.template import load_template

PROSE = ("示范职业技术学院高等职业教育质量年度报告（2025 年度）\n\n一、人才培养\n\n"
         "学院坚持立德树人，面向区域先进制造业和现代服务业培养高素质技术技能人才，办学质量稳步提升。\n\n学院 2025 届毕业生 980 人，其中已就业 903 人。相关情况见表1。\n\n")


def _audit(tmp_path, caption: str, header: str, rows: list[str], before: str = PROSE):
    report = tmp_path / "r.txt"
    report.write_text(before + f"表1 {caption}\n单位：人\n{header}\n" + "\n".join(rows) + "\n数据来源：学院就业指导中心。\n",
                      encoding="utf-8")
    return audit_report(report).findings


def _mismatches(findings):
    return [f.message for f in findings if f.rule == "prose.table_mismatch"]


@pytest.mark.parametrize("caption, header, rows", [
    ("2025 届毕业生就业单位性质分布", "单位性质\t人数\t占比",
     ["国有企业\t412\t45.63%", "民营企业\t391\t43.30%", "事业单位\t100\t11.07%", "合计\t903\t100.00%"]),
    ("2025 届已签约毕业生院系分布", "院系\t人数",
     ["机电工程系\t500", "信息工程系\t403", "合计\t903"]),
    ("2025 年新生生源结构", "生源类型\t人数\t占比",
     ["普通高中\t900\t61.64%", "中职学校\t560\t38.36%", "合计\t1460\t100.00%"]),
])
def test_a_total_of_a_subgroup_or_of_others_is_not_the_graduates(tmp_path, caption, header, rows):
    findings = _audit(tmp_path, caption, header, rows)
    assert _mismatches(findings) == []
    assert [f for f in findings if f.severity == "error" and f.rule.startswith(("prose.", "claim."))] == []


def test_a_department_of_a_subgroup_table_is_not_the_departments_graduates(tmp_path):
    prose = PROSE + "机电工程系毕业生 560 人。\n\n"
    findings = _audit(tmp_path, "2025 届已签约毕业生院系分布", "院系\t人数",
                      ["机电工程系\t500", "信息工程系\t403", "合计\t903"], before=prose)
    assert _mismatches(findings) == []


@pytest.mark.parametrize("caption, header, rows, shown", [
    ("2025 届各院系毕业生人数", "院系\t人数", ["机电工程系\t560", "信息工程系\t430", "合计\t990"], "990 人"),
    ("2025 届毕业生就业与升学情况", "毕业去向\t人数\t占比",
     ["单位就业\t800\t80.81%", "升学\t103\t10.40%", "待就业\t87\t8.79%", "合计\t990\t100.00%"], "990 人"),
    ("2025 届各院系毕业生就业情况", "院系\t毕业生人数\t就业人数",
     ["机电工程系\t560\t520", "信息工程系\t430\t383", "合计\t990\t903"], "990 人"),
])
def test_a_table_of_all_graduates_still_decides(tmp_path, caption, header, rows, shown):
    assert _mismatches(_audit(tmp_path, caption, header, rows)) == [
        f"正文写“毕业生人数 980 人”，而表 1 第 {len(rows)} 行“{header.split(chr(9))[1]}”为 {shown}"]


@pytest.fixture(scope="module")
def vocab():
    return template_vocabulary(load_template("tianjin-2025"), 2025)


@pytest.mark.parametrize("caption, headers, breakdown, bare, named", [
    ("2025 届毕业生人数", ["院系", "人数"], {"院系"}, True, True),
    ("2025届毕业生就业行业分布", ["行业", "人数", "占比"], set(), False, False),
    ("各院系毕业生就业情况", ["院系", "人数", "落实率"], {"院系"}, False, True),
    ("未就业毕业生院系分布", ["院系", "毕业生人数"], {"院系"}, False, False),
    ("女生毕业去向", ["毕业去向", "人数"], {"毕业去向"}, False, False),
    ("毕业生毕业去向分布", ["毕业去向合并", "人数"], {"毕业去向合并"}, True, True),
    ("教职工结构", ["类别", "人数"], set(), False, True),
    ("各专业情况", ["专业", "毕业生人数"], {"专业"}, True, True),
])
def test_the_subject_is_read_from_caption_and_headers(vocab, caption, headers, breakdown, bare, named):
    subject = table_subject(caption, headers, breakdown, vocab)
    assert (subject.counts_population(False), subject.counts_population(True)) == (bare, named)


def test_a_table_of_groups_of_majors_does_not_list_majors(tmp_path):
    """“共 N 个专业” against a table of 专业群 (a 专业数 column): its rows are groups, not majors."""
    prose = PROSE + "学院设置三个专业群，共 14 个专业，规模见表1。\n\n"
    findings = _audit(tmp_path, "2025 年各专业群专业数", "专业群\t专业数\t在校生人数",
                      ["智能制造专业群\t5\t1,900", "现代物流专业群\t4\t1,300", "数字商贸专业群\t5\t1,600",
                       "合计\t14\t4,800"], before=prose)
    assert [f.message for f in findings if f.rule == "claim.member_count"] == []


def test_a_multiple_of_a_benchmark_is_not_a_growth(tmp_path):
    """“约为标准值的 3 倍” is a multiple of the standard, not of the year before."""
    prose = PROSE.replace("相关情况见表1。", "") + "生均实践教学工位 1.52 个，比上年增长 8.6%，约为标准值的 3 倍，见表1。\n\n"
    findings = _audit(tmp_path, "主要办学条件", "指标\t单位\t2024 年\t2025 年\t标准值",
                      ["生均实践教学工位\t个\t1.40\t1.52\t0.5"], before=prose)
    assert [f.message for f in findings if f.rule.startswith("claim.growth")] == []


def test_a_multiple_of_an_earlier_year_is_still_checked(tmp_path):
    prose = PROSE.replace("相关情况见表1。", "") + "技术服务到款额 180 万元，是 2024 年的 3 倍，见表1。\n\n"
    findings = _audit(tmp_path, "社会服务", "指标\t单位\t2024 年\t2025 年", ["技术服务到款额\t万元\t45\t180"],
                      before=prose)
    assert [f.rule for f in findings if f.rule.startswith("claim.growth")] == ["claim.growth"]


def test_a_share_of_the_employed_is_not_checked_against_all_graduates(tmp_path):
    """“占就业毕业生的 x%”: the base is what 就业人数 counts, not the 980 graduates (no count of it is given)."""
    prose = PROSE + "在本市就业的有 610 人，占就业毕业生的 67.6%。\n\n"
    findings = _audit(tmp_path, "2025 届各院系毕业生人数", "院系\t人数", ["机电工程系\t560", "信息工程系\t420", "合计\t980"],
                      before=prose)
    assert [f.message for f in findings if f.rule == "claim.share"] == []


def test_a_share_of_all_graduates_is_still_checked(tmp_path):
    prose = PROSE + "在本市就业的有 610 人，占毕业生总数的 67.6%。\n\n"
    findings = _audit(tmp_path, "2025 届各院系毕业生人数", "院系\t人数", ["机电工程系\t560", "信息工程系\t420", "合计\t980"],
                      before=prose)
    assert [f.rule for f in findings if f.rule == "claim.share"] == ["claim.share"]


MAJORS = ["数控技术\t320", "工业机器人技术\t280", "电子商务\t410"]
MEMBER_COUNT = "claim.member_count"


@pytest.mark.parametrize("caption, total, sentence", [
    ("重点专业在校生情况", True, "学院开设专业 12 个。"),  # a 合计 row, but of which students? the title narrows
    ("部分专业在校生情况", False, "学院开设专业 12 个。"),  # no 合计 row, no 各: may be a selection
    ("2025 年各专业在校生", True, "2025 年招生专业 12 个。"),  # 招生专业 are not what a table of 在校生 lists
    ("2025 届各专业毕业生人数", True, "学院开设专业 12 个。"),  # the majors with graduates, not all majors
])
def test_a_table_that_may_list_some_members_is_no_count_of_all(tmp_path, caption, total, sentence):
    rows = MAJORS + (["合计\t1010"] if total else [])
    findings = _audit(tmp_path, caption, "专业\t人数", rows, before=PROSE + sentence + "\n\n")
    assert [f.message for f in findings if f.rule == MEMBER_COUNT] == []


@pytest.mark.parametrize("caption, total, sentence", [
    ("各专业在校生情况", True, "学院开设专业 12 个。"),
    ("专业设置一览", False, "学院现有专业 12 个。"),
    ("2025 年各专业招生情况", True, "2025 年招生专业 12 个。"),
])
def test_a_table_that_lists_every_member_still_counts_them(tmp_path, caption, total, sentence):
    rows = MAJORS + (["合计\t1010"] if total else [])
    findings = _audit(tmp_path, caption, "专业\t人数", rows, before=PROSE + sentence + "\n\n")
    assert [f.message for f in findings if f.rule == MEMBER_COUNT] == [
        f"正文写“12 个”，而表 1 所列专业共 3 个"]


def test_the_word_before_a_counted_noun_narrows_it():
    assert [narrowing_word(t) for t in ("2025 年招生", "学院面向产业设置", "学院现有", "其中新增", "学院的骨干")] == \
        ["招生", "", "", "其中新增", "骨干"]


BY_DEPARTMENT = ["机电工程系\t数控技术\t640\t96", "机电工程系\t小计\t640\t96",
                 "信息工程系\t软件技术\t510\t230", "信息工程系\t小计\t510\t230", "合计\t\t1150\t326"]


@pytest.mark.parametrize("sentence, messages", [
    ("全校女生 326 人，占在校生的 28.3%。", []),  # 326 / 1150 = 28.35%
    ("全校女生 326 人，占在校生的 32.6%。",
     ["“326 人，占在校生 32.6%”与计算不符：326 人 / 在校生（2025 年） 1150 人 = 28.35%，按原文精度应为 28.3%"]),
])
def test_a_share_of_a_count_whose_total_a_table_by_department_gives(tmp_path, sentence, messages):
    """The base named in the share (在校生) is a column the vocabulary does not know; the table's 合计 row,
    its label cell spanning the two label columns, is the college's whole."""
    findings = _audit(tmp_path, "2025 年各院系专业在校生", "院系\t专业\t在校生人数\t女生人数", BY_DEPARTMENT,
                      before=PROSE + sentence + "\n\n")
    assert [f.message for f in findings if f.rule == "claim.share"] == messages


def test_a_yearly_total_is_no_base_of_a_share(tmp_path):
    # rows of years: their 合计 is three years' sum, not this year's whole
    rows = ["2023 年\t980\t300", "2024 年\t1050\t320", "2025 年\t1150\t326", "合计\t3180\t946"]
    findings = _audit(tmp_path, "近三年在校生", "年度\t在校生人数\t女生人数", rows,
                      before=PROSE + "全校女生 326 人，占在校生的 32.6%。\n\n")
    assert [f.message for f in findings if f.rule == "claim.share"] == []
