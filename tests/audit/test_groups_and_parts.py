"""A count of the year compared with after a list of parts, shares in parallel clauses of one base, and
a table of two classifications of the same people closed by a row named "…总数". Own text; the held-out
langxi and daichuan reports stay a measure."""
from __future__ import annotations

from nianbao.audit import audit_report

HEAD = ("苇湾职业技术学院 2025 年度质量报告\n\n一、办学条件\n"
        "学院围绕区域装备制造和现代服务产业设置专业，持续改善实训条件，推动教师到企业实践，"
        "以教学团队建设带动课程改革和教材建设，办学条件逐年改善。\n")
STAFF = ("表 1 2024—2025 年专任教师结构\n"
         "年份\t专任教师（人）\t高级职称（人）\t高级职称占比\t硕士及以上（人）\t硕士及以上占比\n"
         "2024年\t380\t110\t28.95%\t190\t50.00%\n"
         "2025年\t400\t120\t30.00%\t200\t50.00%\n"
         "数据来源：学院人事处。\n\n")
GROUPS = ("表 2 2025 年专任教师职称与学历结构\n"
          "类别\t层次\t人数（人）\t占比\n"
          "职称\t正高级\t40\t10.0%\n"
          "职称\t副高级\t{deputy}\t20.0%\n"
          "职称\t中级\t180\t45.0%\n"
          "职称\t初级及以下\t100\t25.0%\n"
          "学历\t博士研究生\t24\t6.0%\n"
          "学历\t硕士研究生\t176\t44.0%\n"
          "学历\t本科及以下\t200\t50.0%\n"
          "专任教师总数\t\t400\t100.0%\n"
          "数据来源：学院人事处。\n\n")


def _findings(tmp_path, prose: str, deputy: str = "80") -> list[str]:
    path = tmp_path / "r.txt"
    path.write_text(HEAD + prose + "\n" + STAFF + GROUPS.format(deputy=deputy), encoding="utf-8")
    return [f"{f.severity} {f.rule} {f.message}" for f in audit_report(path).findings
            if f.severity in ("error", "warning")]


CITE = "教师结构见表 1 和表 2。"


def test_the_count_of_a_year_compared_with_is_no_part_of_the_total(tmp_path):
    prose = (CITE + "2025 年学生在技能竞赛中共获奖 58 项，其中国家级 7 项、省级 33 项、市级 18 项，"
             "获奖总数较 2024 年的 45 项增长 28.9%。\n")
    assert _findings(tmp_path, prose) == []


def test_parts_that_do_not_add_up_are_still_found_before_the_compared_count(tmp_path):
    prose = (CITE + "2025 年学生在技能竞赛中共获奖 58 项，其中国家级 7 项、省级 36 项、市级 18 项，"
             "获奖总数较 2024 年的 45 项增长 28.9%。\n")
    found = [f for f in _findings(tmp_path, prose) if "claim.total" in f]
    assert len(found) == 1 and "7 + 36 + 18 = 61" in found[0], found


def test_shares_in_parallel_clauses_take_the_base_the_first_one_named(tmp_path):
    prose = (CITE + "2025 年专任教师中高级职称 120 人，占 30.00%；硕士及以上学位 200 人，占 50.00%；"
             "具有企业工作经历的教师 268 人，占 67.00%。\n")
    assert _findings(tmp_path, prose) == []


def test_a_wrong_share_in_a_parallel_clause_is_reported_against_that_base(tmp_path):
    prose = (CITE + "2025 年专任教师中高级职称 120 人，占 30.00%；硕士及以上学位 200 人，占 50.00%；"
             "具有企业工作经历的教师 268 人，占 76.00%。\n")
    found = [f for f in _findings(tmp_path, prose) if "claim.share" in f]
    assert len(found) == 1 and "67.00%" in found[0]


def test_two_classifications_of_the_same_teachers_each_add_up_to_their_whole(tmp_path):
    assert _findings(tmp_path, CITE + "\n") == []


def test_a_wrong_count_in_one_classification_is_found_against_the_named_whole(tmp_path):
    found = _findings(tmp_path, CITE + "\n", deputy="88")
    assert [f for f in found if "table.share" in f] == [
        "error table.share 表 2“职称 副高级”的占比为 20.0%，而 88 / 400（“专任教师总数”行）= 22.00%"]
