"""Both sides of every edge of the slack table (verify.Slack) a reader grants to vague words, and the same
edges through whole sentences on the example's figures."""
from decimal import Decimal as D

import pytest

from claims_helpers import per_line
from nianbao.claims.verify import SLACK, Slack, half_ok, vague_ok


@pytest.mark.parametrize("stated,qualifier,actual,tenths,word,holds", [
    # 近 X 成: from half a 成 under X 成, never reaching it
    (D(90), "near", D("85.00"), True, "", True),
    (D(90), "near", D("84.99"), True, "", False),
    (D(90), "near", D("89.99"), True, "", True),
    (D(90), "near", D("90.00"), True, "", False),
    # 近 N%: one point under N, never reaching it
    (D(95), "near", D("94.00"), False, "%", True),
    (D(95), "near", D("93.99"), False, "%", False),
    (D(95), "near", D("95.00"), False, "%", False),
    # 近 N of a count: a tenth under N
    (D(1000), "near", D(900), False, "", True),
    (D(1000), "near", D(899), False, "", False),
    (D(1000), "near", D(999), False, "", True),
    (D(1000), "near", D(1104), False, "", False),
    # 约 X 成: within 5 % of the round figure on both sides
    (D(20), "about", D("21.00"), True, "", True),
    (D(20), "about", D("21.01"), True, "", False),
    (D(20), "about", D("19.00"), True, "", True),
    (D(20), "about", D("18.99"), True, "", False),
    # 约 N of a count: 5 % of a round N
    (D(3300), "about", D(3465), False, "", True),
    (D(3300), "about", D(3466), False, "", False),
    (D(3300), "about", D(3135), False, "", True),
    (D(3300), "about", D(3134), False, "", False),
    # X 成 with no word: the nearest 成
    (D(30), "", D("34.99"), True, "", True),
    (D(30), "", D("35.00"), True, "", False),
    (D(30), "", D("25.00"), True, "", True),
    (D(30), "", D("24.99"), True, "", False),
    # 超过 N: more than N as written; N 以上: N itself too
    (D(90), "over", D("90.00"), True, "", False),
    (D(90), "over", D("90.01"), True, "", True),
    (D(90), "over", D("90.00"), True, "以上", True),
    # 不足 N: under N as printed (half a unit of its last digit: 不足三成 of 30.4 % rounds to it)
    (D(30), "under", D("29.99"), True, "", True),
    (D(30), "under", D("30.49"), True, "", True),
    (D(30), "under", D("30.51"), True, "", False),
])
def test_each_edge_of_the_slack_table(stated, qualifier, actual, tenths, word, holds):
    assert vague_ok(stated, qualifier, actual, 0, tenths, word, SLACK) is holds


@pytest.mark.parametrize("qualifier,value,holds", [
    ("about", D("52.50"), True), ("about", D("52.51"), False), ("about", D("47.50"), True), ("about", D("47.49"), False),
    ("near", D("45.00"), True), ("near", D("44.99"), False), ("near", D("50.00"), False),
    ("over", D("50.00"), False), ("over", D("50.01"), True), ("under", D("49.99"), True), ("under", D("50.00"), False),
])
def test_each_edge_of_half(qualifier, value, holds):
    assert half_ok(qualifier, value, SLACK) is holds


def test_a_template_widens_one_edge_and_keeps_the_others():
    wide = Slack.from_settings({"claim_slack": {"half_about": 5}})
    assert half_ok("about", D("54.9"), wide) and not half_ok("about", D("54.9"))
    assert wide.near_tenths == SLACK.near_tenths


@pytest.mark.parametrize("sentence,verdict", [
    # 教职工 377 中专任教师 295 (78.25 %), 高级职称教师 102 (34.58 %), 校企合作企业接收实习 1104 人
    ("教职工中专任教师近八成。", "agrees"),  # 75–80 %
    ("教职工中专任教师近九成。", "contradicts"),  # 78.25 % is under 85 %
    ("专任教师中高级职称教师近四成。", "contradicts"),  # 34.58 % is under 35 %
    ("专任教师中高级职称教师超过三成。", "agrees"),
    ("专任教师中高级职称教师约占三成五。", "agrees"),  # 35 % ± 1.75
    ("专任教师中高级职称教师约占三成。", "contradicts"),  # 30 % ± 1.5
    ("校企合作企业接收学生实习近千人。", "contradicts"),  # over 1000, not near it
    ("校企合作企业接收学生实习超过一千人。", "agrees"),
])
def test_the_edges_in_sentences(read, sentence, verdict):
    (records,) = per_line(read(sentence), 1)
    assert [r.verdict for r in records if r.kind in ("share", "vague")] == [verdict]
