"""A share the text restates from the row of a table that prints it (去向 | 人数 | 占比), for a row label no
dimension of the template names (企业就业, 升入高一级学校). Own text; the held-out yantang report stays a measure."""
from __future__ import annotations

from nianbao.audit import audit_report

HEAD = ("榆川技工学校 2025 年度质量报告\n\n一、学生发展\n"
        "学校坚持就业导向，与本地制造企业共建订单班，毕业生多数进入合作企业，部分升入技师学院继续学习，"
        "学校对每届毕业生开展跟踪调查。\n")
TABLE = ("表 1 2025 届毕业生去向\n去向\t人数\t占比\n企业就业\t500\t62.50%\n升入高一级学校\t180\t22.50%\n"
         "自主创业\t40\t5.00%\n待就业\t80\t10.00%\n合计\t800\t100.00%\n数据来源：学校招生就业科。\n\n")
AGAIN = ("表 2 2024 届毕业生去向\n去向\t人数\t占比\n企业就业\t470\t61.84%\n升入高一级学校\t170\t22.37%\n"
         "待就业\t120\t15.79%\n合计\t760\t100.00%\n数据来源：学校招生就业科。\n\n")


def _findings(tmp_path, prose: str, tables: str = TABLE) -> list[str]:
    path = tmp_path / "r.txt"
    path.write_text(HEAD + prose + "\n" + tables, encoding="utf-8")
    return [f"{f.severity} {f.rule} {f.message}" for f in audit_report(path).findings
            if f.severity in ("error", "warning")]


def test_a_share_restated_from_its_row_agrees(tmp_path):
    assert _findings(tmp_path, "毕业去向见表 1，企业就业的毕业生占 62.50%，升入高一级学校的 180 人。") == []
    assert _findings(tmp_path, "毕业去向见表 1，企业就业的毕业生占 62.5%。") == []  # at the text's precision


def test_a_share_that_differs_from_its_row_is_a_mismatch_with_the_table(tmp_path):
    found = _findings(tmp_path, "毕业去向见表 1，企业就业的毕业生占 65.20%，升入高一级学校的 180 人。")
    assert found == ["error prose.table_mismatch 正文写“企业就业占比 65.20%”，而表 1 第 1 行“占比”为 62.50%"]


def test_two_tables_printing_the_row_decide_nothing(tmp_path):
    prose = "近两届毕业去向见表 1 和表 2，企业就业的毕业生占 65.20%。"
    assert [f for f in _findings(tmp_path, prose, TABLE + AGAIN) if "65.20" in f] == []


def test_a_member_named_inside_other_words_of_its_own_verb_is_that_row(tmp_path):
    """以自主创业方式创业的: the words around 自主创业 repeat its verb; 获得证书的 would narrow the people."""
    assert _findings(tmp_path, "毕业去向见表 1，以自主创业方式创业的毕业生占 5.00%。") == []
    assert _findings(tmp_path, "毕业去向见表 1，以自主创业方式创业的毕业生占 6.00%。") == [
        "error prose.table_mismatch 正文写“自主创业占比 6.00%”，而表 1 第 3 行“占比”为 5.00%"]
