"""A booklet whose title is also the running head of every page (pdftotext of a PDF with a header): the
cover's copy of the title goes out with the running heads, yet it gives the report its title and year.
Own text."""
from __future__ import annotations

from nianbao.audit import audit_report, read_report

HEAD = "柳汀技工学校 2025 年度质量报告"
PAGES = [
    "柳汀技工学校\n\n二〇二五年十二月\n",
    "一、基本情况\n学校是市人社局主管的公办技工学校，开设数控加工、汽车维修和电子商务三个专业，"
    "面向初中毕业生招收三年制和五年制学生。\n"
    "表 1 2023—2025 年招生与毕业\n年份\t招生（人）\t毕业生（人）\n2023 年\t820\t700\n2024 年\t860\t720\n"
    "2025 年\t900\t{graduates}\n数据来源：学校教务科。\n",
    "二、学生发展\n学校近三年招生与毕业情况见表 1。毕业生 756 人，较 2023 年增长 8.0%。\n",
    "三、教学改革\n学校推行一体化教学，各专业按典型工作任务组织课程，校企共建实训基地。\n",
]


def _report(tmp_path, graduates: str = "756") -> object:
    pages = [f"{HEAD}\n\n{page.format(graduates=graduates)}\n                —{n}—\n" for n, page in enumerate(PAGES, 1)]
    path = tmp_path / "r.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    return path


def test_the_title_in_every_running_head_still_names_the_report_and_its_year(tmp_path):
    meta = read_report(_report(tmp_path)).meta
    assert (meta.college, meta.year, meta.title) == ("柳汀技工学校", 2025, "柳汀技工学校2025年度质量报告")


def test_a_growth_with_no_year_of_its_own_is_of_the_reports_year(tmp_path):
    """毕业生 756 人，较 2023 年增长 8.0%: 700 → 756 is +8.00%; against 2025's 756 in the table."""
    assert [f.rule for f in audit_report(_report(tmp_path)).findings if f.severity == "error"] == []
    found = [f.message for f in audit_report(_report(tmp_path, graduates="770")).findings if f.rule == "claim.growth"]
    assert found == ["“8.0%”与数字不符：毕业生人数 2023 年 700 人、2025 年 770 人，实际为 10.00%"]
