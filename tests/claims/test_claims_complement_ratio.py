"""A ratio of the placed graduates to those not placed (已落实与未落实毕业生之比): the second side is the scope's
graduates less the placed count (the example: 3033 to 304 = 9.98; 机械工程系 885 to 54 = 16.39; 工业技术系
350 to 50 = 7). A narrower count (已就业与未就业) has no such rest and is left unverifiable."""
import pytest

from claims_helpers import per_line


def ratios(records):
    return [(r.claim.value, r.claim.scope, r.verdict, r.expected) for r in records if r.claim.kind == "ratio"]


@pytest.mark.parametrize("sentence, value, scope", [
    ("已落实与未落实毕业生人数之比约为10:1。", "10:1", {}),
    ("全院已落实与未落实毕业生人数之比约为10:1。", "10:1", {}),
    ("落实去向与未落实去向的毕业生之比约为10∶1。", "10∶1", {}),
    ("全院毕业生中，已落实与未落实去向人数之比为9.98:1。", "9.98:1", {}),
    ("机械工程系已落实与未落实毕业生之比约为16:1。", "16:1", {"院系": "机械工程系"}),
    ("未落实与已落实毕业生之比约为1:10。", "1:10", {}),
    ("工业技术系已经落实和尚未落实去向的毕业生之比为7:1。", "7:1", {"院系": "工业技术系"}),
])
def test_placed_to_not_placed_agrees(read, sentence, value, scope):
    (records,) = per_line(read(sentence), 1)
    assert ratios(records) == [(value, scope, "agrees", "")]


@pytest.mark.parametrize("sentence, value, expected", [
    ("已落实与未落实毕业生人数之比约为12:1。", "12:1", "10:1"),
    ("全院毕业生中，已落实与未落实去向人数之比为9.89:1。", "9.89:1", "9.98:1"),
    ("机械工程系已落实与未落实毕业生之比约为12:1。", "12:1", "16:1"),
    ("未落实与已落实毕业生之比约为1:8。", "1:8", "1:10"),
])
def test_a_wrong_ratio_is_found_with_the_right_one(read, sentence, value, expected):
    (records,) = per_line(read(sentence), 1)
    assert [(v, verdict, e) for v, _, verdict, e in ratios(records)] == [(value, "contradicts", expected)]


def test_a_narrower_count_and_its_rest_is_left_unverifiable(read):
    (records,) = per_line(read("已就业与未就业毕业生之比约为6:1。"), 1)
    assert [r.verdict for r in records] == ["unverifiable"]
