"""The report's own tables as the claim engine's facts (claims/facts.py TableFacts, read by audit):
a yearly table whose rows are 届 or years gives each row's year; columns the vocabulary reads as one
measure are no facts; a label column headed 学院 over the college's own 学院 lists its departments; a
value in brackets after a name keeps what narrows that name."""
from __future__ import annotations

from nianbao.audit import audit_report

OPENING = ("青松理工职业大学 2025 年职业教育质量年度报告\n\n一、学生发展\n\n"
           "学校坚持以学生成长为中心，健全就业指导和升学服务体系，持续推进各学院之间的经验交流，"
           "毕业生就业质量和升学质量逐年提升，用人单位评价良好。\n\n")
YEARLY = ["表1 2023—2025 届毕业去向落实率", "届别\t毕业生数（人）\t落实率", "2023 届\t1,210\t91.40%",
          "2024 届\t1,265\t92.15%", "2025 届\t1,320\t94.39%", "数据来源：学校就业指导中心。"]


def _findings(tmp_path, prose: str, table: list[str] = YEARLY):
    path = tmp_path / "r.txt"
    path.write_text(OPENING + "近三届毕业生的去向落实情况见表1。\n\n" + "\n".join(table) + "\n\n" + prose + "\n",
                    encoding="utf-8")
    return [(f.rule, f.message) for f in audit_report(path).findings if f.severity in ("error", "warning")]


def test_a_change_in_points_against_the_rows_of_a_yearly_table_of_cohorts(tmp_path):
    assert _findings(tmp_path, "2025 届毕业去向落实率比上届提高 2.24 个百分点。") == []
    assert _findings(tmp_path, "2025 届毕业去向落实率比上届提高 1.8 个百分点。") == [
        ("claim.difference", "“1.8 个百分点”与数字不符：毕业去向落实率 2024 年 92.15%、2025 年 94.39%，实际为 2.24 个百分点")]
    assert _findings(tmp_path, "2024 届毕业生 1265 人。") == []
    assert _findings(tmp_path, "2024 届毕业生 1256 人。") == [
        ("prose.table_mismatch", "正文写“毕业生人数 1256 人”，而表 1 第 2 行“毕业生数（人）”为 1265 人")]


def test_a_count_of_a_narrower_group_in_brackets_is_not_the_years_graduates(tmp_path):
    # the bracket gives the value of 首届本科毕业生, which the table does not count: cannot verify
    assert _findings(tmp_path, "本科毕业生 300 人，是首届本科毕业生（2024 届 120 人）的 2.5 倍。") == []


def test_columns_that_read_as_one_measure_are_no_facts(tmp_path):
    majors = ["表1 各学院专业设置", "学院\t本科专业\t专科专业\t合计", "航空工程学院\t3\t8\t11", "智能制造学院\t2\t9\t11",
              "商务外语学院\t0\t6\t6", "总计\t5\t23\t28", "数据来源：学校教务处。"]
    # 本科专业 and 专科专业 are both 专业数: neither is the department's number of majors
    assert _findings(tmp_path, "航空工程学院开设专业 11 个。", majors) == []
    assert _findings(tmp_path, "本科专业数在 2 个以上的学院有 2 个。", majors) == []


def test_a_column_headed_xueyuan_over_the_colleges_own_xueyuan_lists_its_departments(tmp_path):
    rates = ["表1 2025 届各学院毕业去向落实率", "学院\t毕业生数\t落实率", "航空工程学院\t420\t95.48%",
             "智能制造学院\t370\t96.22%", "商务外语学院\t260\t91.54%", "合计\t1050\t94.67%", "数据来源：学校就业指导中心。"]
    assert _findings(tmp_path, "落实率超过 95% 的学院有 2 个，商务外语学院落实率最低。", rates) == []
    assert _findings(tmp_path, "落实率超过 95% 的学院有 3 个。", rates) == [
        ("claim.member_count", "“3 个”与计算不符：毕业去向落实率超过 95% 的院系（共 3 个） = 2 个，应为 2 个")]
    # the header alone is no evidence: the college's 学院 stays the college
    others = ["表1 2025 年各校区在校生", "学院\t在校生数", "东校区\t4200", "西校区\t3100", "数据来源：学校学籍科。"]
    assert _findings(tmp_path, "落实率超过 95% 的学院有 3 个。", others) == []


INDICATORS = ["表1 主要办学指标", "指标\t单位\t2024 年\t2025 年", "在校生人数\t人\t2,980\t3,210",
              "专任教师人数\t人\t176\t188", "数据来源：学校各职能部门。"]


def test_a_count_in_the_foreword_against_a_row_of_the_indicators_table(tmp_path):
    # 在校生 is one word: its 在 is no connector, so the count is the table's 在校生人数
    assert _findings(tmp_path, "学校现有全校在校生 3,210 人，专任教师 188 人。", INDICATORS) == []
    assert _findings(tmp_path, "学校现有全校在校生 3,120 人。", INDICATORS) == [
        ("prose.table_mismatch", "正文写“在校生人数 3120 人”，而表 1 第 1 行“2025年”为 3210 人")]


def test_a_share_of_other_people_is_not_taken_of_the_graduates(tmp_path):
    # 在校生 are not the graduates the table counts: 520 / 1320 graduates is no reading of this share
    assert _findings(tmp_path, "全校女生 520 人，占在校生的 17.3%。") == []
    # a share of the graduates is still checked: 520 / 1320 = 39.39%
    assert _findings(tmp_path, "2025 届女生 520 人，占毕业生的 41.2%。") == [
        ("claim.share", "“520 人，占毕业生 41.2%”与计算不符：520 人 / 毕业生人数（2025 年） 1320 人 = 39.39%，按原文精度应为 39.4%")]


def test_a_share_of_a_part_whose_count_the_sentence_states(tmp_path):
    """“已就业的 N 名毕业生中…占就业毕业生的 x%”: the base is the part (a narrower count than the graduates)
    counted in the same sentence."""
    assert _findings(tmp_path, "已就业的 1,100 名毕业生中，留在省内的有 770 人，占就业毕业生的 70%。") == []
    assert _findings(tmp_path, "已就业的 1,100 名毕业生中，留在省内的有 770 人，占就业毕业生的 75%。") == [
        ("claim.share", "“770 人，占就业毕业生 75%”与计算不符：770 人 / 1100 名 = 70.00%，按原文精度应为 70%")]
    # counted in another sentence: no base of this one, so nothing is said
    assert _findings(tmp_path, "已就业毕业生 1,100 人。留在省内的有 770 人，占就业毕业生的 75%。") == []


BY_YEAR = ["表1 2023—2025 年各院系在校生人数", "院系\t2023 年\t2024 年\t2025 年", "机电工程系\t1,200\t1,260\t1,350",
           "信息工程系\t980\t1,050\t1,120", "合计\t2,180\t2,310\t2,470", "数据来源：学校学籍管理系统。"]


def test_a_members_growth_against_a_table_of_members_by_year_whose_caption_names_the_count(tmp_path):
    """Columns of years, rows of departments: the caption (在校生人数) names what every cell counts."""
    assert _findings(tmp_path, "信息工程系在校生比上年增长 6.7%。全校在校生 2,470 人。", BY_YEAR) == []
    assert _findings(tmp_path, "信息工程系在校生比上年增长 8.7%。", BY_YEAR) == [
        ("claim.growth", "“8.7%”与数字不符：在校生人数 2024 年 1050 人、2025 年 1120 人，实际为 6.67%")]
    assert _findings(tmp_path, "全校在校生 2,740 人。", BY_YEAR) == [
        ("prose.table_mismatch", "正文写“在校生人数 2740 人”，而表 1 第 3 行“2025年”为 2470 人")]
    # a caption that names a rate or money is no count of people: nothing is read from it
    rates = [BY_YEAR[0].replace("在校生人数", "就业率")] + BY_YEAR[1:]
    assert _findings(tmp_path, "信息工程系在校生比上年增长 8.7%。", rates) == []


def test_a_share_of_two_counts_from_a_table_of_parts_by_year_and_another_chapter(tmp_path):
    """Rows that are parts (层次 the vocabulary does not know) over columns of years, and a 合计 row: the
    caption (全日制在校生规模) names what the 合计 counts; a later chapter's share of it is checked."""
    parts = ["表1 2023—2025 年全日制在校生规模", "类别\t2023 年\t2024 年\t2025 年", "三年制高职\t3,100\t3,260\t3,380",
             "五年一贯制\t900\t1,000\t1,120", "合计\t4,000\t4,260\t4,500", "数据来源：学校学籍管理系统。"]
    later = "二、教学改革\n\n学校五年一贯制在校生 1,120 人，占全校在校生的 {}。\n"
    assert _findings(tmp_path, later.format("24.9%"), parts) == []  # 1120 / 4500 = 24.89%
    assert _findings(tmp_path, later.format("26.9%"), parts) == [
        ("claim.share", "“1120 人，占全校在校生 26.9%”与计算不符：1120 人 / 全日制在校生（2025 年） 4500 人 = 24.89%，"
                        "按原文精度应为 24.9%")]


def test_a_share_of_the_colleges_students_is_never_held_to_its_graduates(tmp_path):
    """占全院在校生的 names the students enrolled: a department's share of them is not its graduates'
    share of all graduates (582 / 1624 = 35.84% beside a right 1883 / 5274 = 35.70%)."""
    rows = "".join(f"{a}\t{b}\t{c}\n" for a, b, c in [("系别", "在校生人数", "毕业生数"), ("机械工程系", "1,883", "582"),
                                                      ("汽车工程系", "1,177", "352"), ("信息工程系", "1,346", "420"),
                                                      ("经济管理系", "868", "270"), ("合计", "5,274", "1,624")])
    report = tmp_path / "r.txt"
    report.write_text("岫云职业技术学院 2025 年度质量报告\n\n一、学校概况\n学院面向山区产业办学，四个系的专业围绕"
                      "装备制造、汽车后市场、电子信息和现代商贸布局，校企共建实训基地，学生在真实岗位上完成顶岗实习。\n"
                      "2025 年学院全日制在校生 5,274 人，毕业生 1,624 人。"
                      "机械工程系在校生 1,883 人，占全院在校生的 35.70%。各系情况见表 1。\n表 1 2025 年各系学生情况\n"
                      + rows + "数据来源：学院学生工作处。\n", encoding="utf-8")
    result = audit_report(report)
    assert [f.message for f in result.findings if f.severity == "error"] == []
    assert not [f for f in result.findings if f.rule == "claim.share"]


def test_a_threshold_before_a_count_of_members_the_vocabulary_does_not_name_is_no_rate(tmp_path):
    """超过 95% 的学院有 3 个 counts members meeting a condition; with no table of 学院 it cannot be checked,
    and its 95% is never the college's rate of the yearly table (94.39%)."""
    for prose in ("落实率超过 95% 的学院有 3 个。", "毕业去向落实率超过 95% 的二级学院共 3 个。"):
        assert _findings(tmp_path, prose) == []


def test_a_share_of_two_counts_stated_in_different_chapters_of_prose(tmp_path):
    """No table: the base of a share (占全日制在校生的, 占在校生总数的) is a count stated in an earlier
    chapter, under its full name or a shorter one; the share is checked against it (120 / 8000 = 1.5%)."""
    report = tmp_path / "r.txt"
    report.write_text("青岚职业技术学院 2025 年度质量报告\n\n一、学校概况\n学院面向区域装备制造和现代服务业办学，"
                      "坚持校企合作、工学结合，持续完善专业布局和实训条件，教学质量稳步提升。\n"
                      "学院现有全日制在校生 8000 人，教职工 520 人。\n\n"
                      "二、国际合作\n学院招收来华留学生 120 人，占全日制在校生的 2.5%。\n"
                      "订单班学生 960 人，占在校生总数的 12.0%。\n", encoding="utf-8")
    shares = [(f.rule, f.message) for f in audit_report(report).findings if f.rule == "claim.share"]
    assert shares == [("claim.share", "“120 人，占全日制在校生 2.5%”与计算不符：120 人 / 全日制在校生 8000 人 = 1.50%，"
                                      "按原文精度应为 1.5%")]
    # a part's count (高职在校生) is never the base named by the shorter name: 960 / 8000 is not checked
    report.write_text(report.read_text(encoding="utf-8").replace("全日制在校生 8000", "高职在校生 8000")
                      .replace("占在校生总数的 12.0%", "占在校生总数的 10.6%"), encoding="utf-8")
    assert [f.message for f in audit_report(report).findings if "960" in f.message] == []


def test_a_change_has_no_parts_of_its_own(tmp_path):
    """其中 after 较上年增加 N 人 lists parts of the whole stated before the change, never of the change."""
    prose = "学校现有专任教师 351 人，较 2023 年增加 33 人。其中副高级以上职称 132 人，“双师型”教师 236 人。"
    assert _findings(tmp_path, prose) == []
    assert _findings(tmp_path, "学校共有专任教师 35 人，其中副高级以上职称 13 人、中级 12 人、初级 14 人。") == [
        ("claim.total", "合计“35 人”与所列各项不符：其中各项 13 + 12 + 14 = 39人（所列各项之和超过总数）")]


def test_counts_listed_after_a_count_the_vocabulary_does_not_name_are_of_that_count(tmp_path):
    """分别为 after 信息工程系在校生 1,346 人 lists the same count (在校生) of other departments, never their
    graduates (the table's 毕业生数 352 and 270)."""
    table = ["表1 2025 年各系毕业生情况", "系别\t毕业生数", "机械工程系\t582", "汽车工程系\t352", "信息工程系\t420",
             "经济管理系\t270", "合计\t1,624", "数据来源：学院学生工作处。"]
    prose = ("从各系看，机械工程系在校生 1,883 人，是规模最大的系；信息工程系在校生 1,346 人，"
             "汽车工程系和经济管理系分别为 1,177 人和 868 人。")
    assert _findings(tmp_path, prose, table) == []


def test_a_figure_per_student_is_not_the_tables_total_of_its_name(tmp_path):
    """生均财政拨款 in 元 is the amount per student, never the 财政拨款 row of a yearly table in 万元."""
    table = ["表1 2024—2025 年经费收入", "项目\t2024年\t2025年", "财政拨款（万元）\t4,012.50\t4,286.30",
             "事业收入（万元）\t236.40\t252.70", "数据来源：学院财务处。"]
    assert _findings(tmp_path, "2025 年学院财政拨款 4,286.30 万元，生均财政拨款 21,914 元。", table) == []
    assert _findings(tmp_path, "2025 年学院财政拨款 4,268.30 万元，生均财政拨款 21,914 元。", table) == [
        ("prose.table_mismatch", "正文写“财政拨款 4268.30 万元”，而表 1 第 1 行“2025年”为 4286.30 万元")]


def test_a_growth_over_last_year_after_one_over_an_earlier_year_in_the_sentence(tmp_path):
    """较上年 in the later clause names its own period, though 比 2023 年 stands earlier in the sentence."""
    table = ["表1 2023—2025 年社会培训", "指标\t2023年\t2024年\t2025年", "社会培训（人次）\t3,000\t3,400\t3,900",
             "企业职工培训（人次）\t800\t900\t1,000", "数据来源：学院继续教育处。"]
    prose = "2025 年社会培训 3,900 人次，比 2023 年增长 30.00%；其中企业职工培训 1,000 人次，较上年增长 {}。"
    assert _findings(tmp_path, prose.format("11.11%"), table) == []
    assert [rule for rule, _ in _findings(tmp_path, prose.format("25.00%"), table)] == ["claim.growth"]


def _prose_report(tmp_path, later: str):
    report = tmp_path / "r.txt"
    report.write_text("青岚职业技术学院 2025 年度质量报告\n\n一、学校概况\n学院面向区域装备制造和现代服务业办学，"
                      "坚持校企合作、工学结合，持续完善专业布局和实训条件，教学质量稳步提升。\n"
                      "学院现有全日制在校生 8000 人，教职工 520 人。\n\n二、合作办学\n" + later, encoding="utf-8")
    return [(f.rule, f.message) for f in audit_report(report).findings if f.rule == "claim.share"]


def test_a_share_after_a_change_of_its_count_is_of_the_count(tmp_path):
    """A change stated between a count and its share (N 人，比上年增加 M 人，占…) leaves the share the
    count's: 64 of 8000 is 0.8%, never 9 of anything."""
    later = "2025 年学院接收境外交换生 64 人，比上年增加 9 人，占全日制在校生的 {}。\n"
    assert _prose_report(tmp_path, later.format("0.8%")) == []
    assert _prose_report(tmp_path, later.format("1.8%")) == [
        ("claim.share", "“64 人，占全日制在校生 1.8%”与计算不符：64 人 / 全日制在校生（2025 年） 8000 人 = 0.80%，按原文精度应为 0.8%")]


def test_a_share_of_the_colleges_own_students_is_of_the_stated_count(tmp_path):
    """占全院在校生的, 占全校在校生总数的: the college's name before the students is the whole college,
    so the base is the enrolment stated in another chapter (620 / 8000 = 7.75%)."""
    for base in ("全院在校生的", "全校在校生总数的", "本院在校生的"):
        later = f"学院现代学徒制学生 620 人，占{base} {{}}。\n"
        assert _prose_report(tmp_path, later.format("7.75%")) == []
        [(_, message)] = _prose_report(tmp_path, later.format("8.75%"))
        assert message.endswith("与计算不符：620 人 / 在校生 8000 人 = 7.75%"), message


GRADES = ["表1 2025 年各专业在校生人数", "二级学院\t专业\t一年级\t二年级\t三年级\t合计",
          "交通学院\t道路养护与管理\t120\t110\t100\t330", "\t汽车检测与维修技术\t90\t85\t80\t255",
          "\t小计\t210\t195\t180\t585", "商贸学院\t电子商务\t70\t66\t60\t196", "\t市场营销\t50\t45\t40\t135",
          "\t小计\t120\t111\t100\t331", "总计\t\t330\t306\t280\t916", "数据来源：学校教务处。"]


def test_a_departments_count_against_its_subtotal_row_under_a_total_column(tmp_path):
    """合计 beside its parts (一年级…三年级) in a table whose caption names the count: a department's
    小计 row gives its count, so a count in the text is held to it (585, not 558)."""
    assert _findings(tmp_path, "交通学院在校生 585 人，商贸学院在校生 331 人。", GRADES) == []
    assert _findings(tmp_path, "交通学院在校生 558 人，商贸学院在校生 331 人。", GRADES) == [
        ("prose.table_mismatch", "正文写“交通学院在校生人数 558 人”，而表 1 第 3 行“合计”为 585 人")]


COHORTS = ["表1 2024—2025 学年各年级学生保留率", "年级\t入学人数\t学年末在籍人数\t保留率", "2022级\t500\t490\t98.00%",
           "2023级\t400\t388\t97.00%", "2024级\t600\t594\t99.00%", "合计\t1,500\t1,472\t98.13%", "数据来源：学校学籍系统。"]


def test_a_cohorts_rate_against_its_row_in_a_column_the_vocabulary_does_not_name(tmp_path):
    """Rows of cohorts (2023级) by columns no vocabulary names (保留率): each column is a quantity of its
    own, so a cohort's rate in the text is held to its row (97.00%, not 97.30%)."""
    assert _findings(tmp_path, "2023级学生保留率为 97.00%，2024级为 99.00%。", COHORTS) == []
    assert _findings(tmp_path, "2023级学生保留率为 97.30%。", COHORTS) == [
        ("prose.table_mismatch", "正文写“保留率 97.30%”，而表 1 第 2 行“保留率”为 97.00%")]


MAJORS = ["表1 2025 届各专业对口就业情况", "专业\t毕业生数\t对口就业人数\t对口就业率", "数控技术应用\t90\t72\t80.00%",
          "电子商务\t80\t68\t85.00%", "会计事务\t60\t45\t75.00%", "数据来源：学校招生就业办公室。"]


def test_the_highest_member_of_a_rate_column_the_vocabulary_does_not_name(tmp_path):
    """A table of majors with a rate column no vocabulary names (对口就业率): the column is a quantity of
    its own, so 最高 said of a major is held to the column (电子商务 85.00% is the highest)."""
    assert _findings(tmp_path, "电子商务专业对口就业率最高，会计事务专业最低。", MAJORS) == []
    assert _findings(tmp_path, "数控技术应用专业对口就业率最高。", MAJORS) == [
        ("claim.superlative", "“最高”与计算不符：对口就业率（各专业） = 电子商务 85.00%，应为 电子商务（85.00%），"
                              "数控技术应用为 80.00%")]


DEPARTMENTS = ["表1 2025 届各系毕业去向落实情况", "系别\t毕业生数\t落实率", "机械工程系\t300\t96.00%",
               "电子信息工程系\t250\t95.20%", "经济管理系\t200\t93.50%", "合计\t750\t95.07%", "数据来源：学校就业指导中心。"]


def test_a_department_named_by_the_second_word_before_gongcheng(tmp_path):
    """电子信息工程系 is 信息系 in prose (the word that tells the field): 最高 said of it is checked
    against the table, where 机械工程系 is higher."""
    assert _findings(tmp_path, "机械系落实率在三个系中最高。", DEPARTMENTS) == []
    assert _findings(tmp_path, "信息系落实率在三个系中最高。", DEPARTMENTS) == [
        ("claim.superlative", "“最高”与计算不符：毕业去向落实率（各院系） = 机械工程系 96.00%，应为 机械工程系（96.00%），"
                              "电子信息工程系为 95.20%")]


def test_a_list_of_departments_with_its_size_names_no_subject_of_the_next_clause(tmp_path):
    """学院设 A、B、C 3 个系，毕业生 750 人: the list and its size close their clause, so the count after
    them is the college's (750, the table's 合计), not the last department's."""
    prose = "学院设机械工程系、电子信息工程系、经济管理系 3 个系，2025 届毕业生 {} 人。"
    assert _findings(tmp_path, prose.format(750), DEPARTMENTS) == []
    assert _findings(tmp_path, prose.format(705), DEPARTMENTS) == [
        ("prose.table_mismatch", "正文写“毕业生人数 705 人”，而表 1 第 4 行“毕业生数”为 750 人")]


COOPERATION = ["表1 2023—2025 年产教融合主要指标", "指标\t2023年\t2024年\t2025年", "共建实训基地数（个）\t21\t24\t30",
               "冠名班学生数（人）\t340\t402\t455", "社会培训时间（人日）\t15,200\t16,480\t18,900",
               "数据来源：学校合作发展处。"]


def test_a_growth_clause_after_a_figure_a_tables_row_names_with_its_count_word(tmp_path):
    """"冠名班学生 455 人，较上年增长 13.2%": the row 冠名班学生数（人）; the clause of the change names
    nothing of its own, so it is the growth of the figure the clause before states."""
    right = "2025年共建实训基地30个，比2023年增长42.86%；冠名班学生455人，较上年增长13.18%。"
    assert _findings(tmp_path, right, COOPERATION) == []
    assert _findings(tmp_path, "冠名班学生455人，较上年增长15.2%。", COOPERATION) == [
        ("claim.growth", "“15.2%”与数字不符：冠名班学生数 2024 年 402 人、2025 年 455 人，实际为 13.18%")]
    assert _findings(tmp_path, "冠名班学生445人。", COOPERATION) == [
        ("prose.table_mismatch", "正文写“冠名班学生数 445人”，而表 1 第 2 行“2025年”为 455 人")]


def test_a_row_named_short_after_the_clause_before_said_its_first_words(tmp_path):
    """"开展社会培训 96 项，培训时间 18,900 人日": 培训时间 is the row 社会培训时间 (人日 is a unit of its own)."""
    assert _findings(tmp_path, "面向企业职工开展社会培训96项，培训时间18,900人日，较上年增长14.68%。", COOPERATION) == []
    assert _findings(tmp_path, "面向企业职工开展社会培训96项，培训时间18,900人日，较上年增长16.8%。", COOPERATION) == [
        ("claim.growth", "“16.8%”与数字不符：社会培训时间 2024 年 16480 人日、2025 年 18900 人日，实际为 14.68%")]


def test_a_growth_over_the_school_year_before_against_columns_of_school_years(tmp_path):
    table = ["表1 2022—2025学年办学规模", "项目\t2022—2023学年\t2023—2024学年\t2024—2025学年",
             "招生人数（人）\t512\t540\t601", "数据来源：学校招生办。"]
    assert _findings(tmp_path, "2024—2025学年学校招生601人，较上学年增长11.30%。", table) == []
    assert _findings(tmp_path, "2024—2025学年学校招生601人，较上学年增长12.3%。", table) == [
        ("claim.growth", "“12.3%”与数字不符：招生人数 2024 年 540 人、2025 年 601 人，实际为 11.30%")]


def test_parts_named_by_words_the_vocabulary_does_not_know_are_no_values_of_the_whole(tmp_path):
    table = ["表1 2024—2025 年学校规模", "指标\t2024年\t2025年", "全日制在校生数（人）\t5,480\t5,736",
             "数据来源：学校学籍管理系统。"]
    prose = "2025年学校全日制在校生5,736人，其中一年级2,015人、二年级1,902人、三年级1,819人。"
    assert _findings(tmp_path, prose, table) == []


def test_parts_of_prizes_of_a_contest_whose_name_opens_with_quanguo_are_added_up(tmp_path):
    """全国/全省 opening a contest's name (全国职业院校技能大赛) is no scope of the figure: the prizes are the
    college's, and parts after 其中 that exceed their total are an error."""
    assert _findings(tmp_path, "学生获全省职业院校技能大赛奖项15项，其中一等奖4项、二等奖5项、三等奖7项。") == [
        ("claim.total", "合计“15项”与所列各项不符：其中各项 4 + 5 + 7 = 16项（所列各项之和超过总数）")]
    assert _findings(tmp_path, "学生获全省职业院校技能大赛奖项16项，其中一等奖4项、二等奖5项、三等奖7项。") == []


def test_a_figure_against_an_indicator_table_of_one_column_of_values(tmp_path):
    """指标 | 数值 (or 指标 | 单位 | 数值): each row names an indicator, the one column holds its value for
    the caption's year."""
    table = ["表1 2025 年社会服务主要指标", "指标\t数值", "横向技术服务到款额（万元）\t512.30",
             "技术交易到款额（万元）\t64.80", "数据来源：学校科研处。"]
    assert _findings(tmp_path, "横向技术服务到款额512.30万元，技术交易到款额64.80万元。", table) == []
    assert _findings(tmp_path, "技术交易到款额46.80万元。", table) == [
        ("prose.table_mismatch", "正文写“技术交易到款额 46.80万元”，而表 1 第 2 行“数值”为 64.80 万元")]
    with_units = ["表1 2025 年社会服务主要指标", "指标\t单位\t数值", "横向技术服务到款额\t万元\t512.30",
                  "技术交易到款额\t万元\t64.80", "数据来源：学校科研处。"]
    assert _findings(tmp_path, "技术交易到款额46.80万元。", with_units) == [
        ("prose.table_mismatch", "正文写“技术交易到款额 46.80万元”，而表 1 第 2 行“数值”为 64.80 万元")]


def test_a_change_in_points_between_two_rates_the_sentence_states(tmp_path):
    """"落实率为 95.12%，较 2024 届（93.40%）提高 1.72 个百分点": the two rates of the sentence decide the change
    where no table gives them."""
    prose = "2025届毕业生毕业去向落实率为95.12%，较2024届（93.40%）提高{}个百分点。"
    assert _findings(tmp_path, prose.format("1.72"), COOPERATION) == []
    assert _findings(tmp_path, prose.format("2.72"), COOPERATION) == [
        ("claim.difference", "“2.72个百分点”与数字不符：93.40% → 95.12%，实际为 1.72 个百分点")]
