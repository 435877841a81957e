"""Audit: sentences a reviewer does not call wrong, read from a published report with its own
tables (each rule has a twin sentence that is still wrong, so the rule cannot silence everything)."""
from __future__ import annotations

import pytest

from nianbao.pipeline import audit_claims

REPORT = """# 一、人才培养

## （一）毕业生结构

学院 2025 届毕业生共 500 人，各系人数见表 1-1。

表 1-1 各系毕业生人数

| 院系 | 毕业生人数 | 占比 |
| --- | --- | --- |
| 电气系 | 200 | 40.00% |
| 建筑系 | 150 | 30.00% |
| 商贸系 | 150 | 30.00% |
| 合计 | 500 | 100.00% |

数据来源：学院就业管理系统

电气系和建筑系的毕业生最多，占比分别为 40.00%、30.00%。

电气系、商贸系人数占比分别为 40.00%、35.00%。

电气系教师中具有“双师型”资格的占比为 90%，商贸系教师中占比为 70%。

电气系占比 45.00%。

# 二、服务贡献

## （一）技术服务

表 2-1 服务贡献表

| 指标 | 单位 | 2024 年 | 2025 年 |
| --- | --- | --- | --- |
| 技术服务到款额 | 万元 | 4 | 20 |
| 培训项目数 | 项 | 10 | 15 |

数据来源：学院科研处

技术服务到款额 2025 年较 2024 年增长 4 倍。

培训项目数 2025 年较 2024 年增长 2 倍。

本年度新签服务合同 6 份，合同金额 12 万元，二者较上年分别增长 5 倍和 1.4 倍。

# 三、发展保障

## （一）师资队伍

来自各地的 40 支代表队 160 余名选手参加了比赛。

某产业学院已经培养了 60 余名毕业生。

全院专任教师 100 人，其中专业课教师 70 人、“双师型”教师 60 人、具有硕士学位的教师 55 人。

现有专任教师 100 人，其中专业课教师 70 人，公共课教师 40 人。

高级职称教师 30 人，其中正高级职称 12 人，副高级职称 20 人。
"""


@pytest.fixture(scope="module")
def records(tmp_path_factory):
    path = tmp_path_factory.mktemp("reviewer") / "report.md"
    path.write_text(REPORT, encoding="utf-8")
    return audit_claims(path, display_name="report.md")


def on(records, start: str, kind: str):
    line = next(i for i, text in enumerate(REPORT.splitlines(), start=1) if text.startswith(start))
    return [r for r in records if r.claim.location.line == line and r.claim.kind == kind]


def test_shares_listed_with_fenbie_pair_with_the_members_in_order(records):
    first, second = on(records, "电气系和建筑系", "share")
    assert (first.claim.scope, first.verdict) == ({"院系": "电气系"}, "agrees")
    assert (second.claim.scope, second.verdict) == ({"院系": "建筑系"}, "agrees")
    right, wrong = on(records, "电气系、商贸系人数占比", "share")
    assert right.verdict == "agrees"
    assert (wrong.claim.scope, wrong.verdict, wrong.expected) == ({"院系": "商贸系"}, "contradicts", "30.00%")


def test_a_share_among_a_group_the_engine_cannot_name_is_not_verified(records):
    narrowed, other = on(records, "电气系教师中", "share")
    assert narrowed.verdict == "unverifiable" and "双师型" in narrowed.claim.detail["unread"]
    assert other.verdict == "unverifiable"
    plain, = on(records, "电气系占比 45.00%", "share")
    assert (plain.verdict, plain.expected) == ("contradicts", "40.00%")  # 200 / 500


def test_a_unit_column_is_the_rows_unit_not_a_measure(records):
    money, = on(records, "技术服务到款额 2025", "growth")
    assert (money.verdict, money.claim.measure.name, money.claim.measure.unit) == ("agrees", "技术服务到款额", "万元")
    projects, = on(records, "培训项目数 2025", "growth")
    assert (projects.verdict, projects.expected) == ("contradicts", "0.50 倍")  # 10 -> 15
    # the contract's figures are not in any table: the unit 万元 names no quantity to compare with
    assert [r.verdict for r in on(records, "本年度新签服务合同", "growth")] == ["unverifiable", "unverifiable"]


def test_words_after_a_count_name_that_count_not_the_next_number(records):
    assert all(r.claim.measure is None or "代表队" not in r.claim.measure.name
               for r in on(records, "来自各地的", "vague"))


def test_a_subject_before_a_count_named_after_it_narrows_the_count(records):
    count, = on(records, "某产业学院", "vague")
    assert count.verdict == "unverifiable" and "产业" in count.claim.detail["unread"]  # not the college's 500


def test_overlapping_categories_are_no_sum_but_a_partition_still_is(records):
    overlapping = on(records, "全院专任教师 100 人，其中专业课教师 70 人、", "subparts")[0]
    assert overlapping.verdict == "unverifiable" and "重叠" in overlapping.note
    partition = on(records, "现有专任教师 100 人，其中专业课教师 70 人，公共课", "subparts")[0]
    assert (partition.verdict, partition.note) == ("contradicts", "所列各项之和超过总数")
    titles = on(records, "高级职称教师 30 人", "subparts")[0]
    assert (titles.verdict, titles.fact.display) == ("contradicts", "32人")
