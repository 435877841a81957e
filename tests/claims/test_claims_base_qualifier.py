"""A share whose named base is a part of a population (占已落实毕业生) is not checked against the whole
population; its twin, a share of the whole named plainly, still is."""
from __future__ import annotations

from nianbao.pipeline import audit_claims

REPORT = """# 一、人才培养

## （一）就业质量

2025 届毕业生 800 人，其中到本地企业就业的毕业生 450 人，占已落实毕业生的 62.50%。

2025 届毕业生 800 人，其中到本地企业就业的毕业生 450 人，占毕业生的 62.50%。
"""


def test_a_share_of_a_qualified_base_is_not_checked_against_the_whole(tmp_path):
    path = tmp_path / "report.md"
    path.write_text(REPORT, encoding="utf-8")
    records = [r for r in audit_claims(path, display_name="report.md") if r.claim.kind == "share"]
    by_line = {r.claim.location.line: r for r in records}
    qualified, plain = by_line[5], by_line[7]
    assert qualified.verdict == "unverifiable" and qualified.claim.detail["unread"] == "已落实"
    assert (plain.verdict, plain.expected) == ("contradicts", "56.25%")  # 450 / 800
