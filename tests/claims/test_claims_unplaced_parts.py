"""Counts and rankings of the graduates not placed, set out before the members counted: each member's count
there is its graduates not placed (the example: 304 of 3337; 机械工程系 54, 工业技术系 50, 智能技术系 75,
经济管理工程系 69, 工业与信息化系 56; men 227, women 77), never all its graduates. A narrower count
(未就业: the employed count leaves out further study too) is not used, so such a count is left unverifiable."""
import pytest

from claims_helpers import per_line


def claims(records):
    return [(r.claim.kind, r.claim.value, r.verdict, r.expected) for r in records]


@pytest.mark.parametrize("sentence", [
    "未落实去向的304名毕业生中，机械工程系54人，工业技术系50人，智能技术系75人。",
    "在尚未落实毕业去向的毕业生中，机械工程系54人、工业技术系50人、智能技术系75人。",
    "未落实去向的毕业生当中，机械工程系有54人，工业技术系有50人，智能技术系有75人。",
])
def test_members_among_the_unplaced_are_their_unplaced(read, sentence):
    (records,) = per_line(read(sentence), 1)
    counts = [(value, verdict) for kind, value, verdict, _ in claims(records) if value in ("54人", "50人", "75人")]
    assert counts == [("54人", "agrees"), ("50人", "agrees"), ("75人", "agrees")]
    assert "contradicts" not in {r.verdict for r in records}


@pytest.mark.parametrize("sentence, wrong, right", [
    ("未落实去向的304名毕业生中，机械工程系45人，工业技术系50人。", "45人", "54 人"),
    ("在尚未落实毕业去向的毕业生中，经济管理工程系96人。", "96人", "69 人"),
    ("未落实去向的毕业生中，男生272人，女生77人。", "272人", "227 人"),
    ("未落实去向毕业生304人，其中智能技术系75人、经济管理工程系96人。", "96人", "69 人"),
    ("尚未落实的毕业生共304人，其中男生272人。", "272人", "227 人"),
])
def test_a_wrong_member_count_among_the_unplaced_is_found(read, sentence, wrong, right):
    (records,) = per_line(read(sentence), 1)
    flagged = [(value, expected) for kind, value, verdict, expected in claims(records) if verdict == "contradicts"]
    assert flagged == [(wrong, right)]


def test_the_unplaced_total_itself_is_checked(read):
    right, wrong = per_line(read("未落实去向的304名毕业生中，女生77人。", "未落实去向的340名毕业生中，女生77人。"), 2)
    assert claims(right) == [("value", "304名", "agrees", ""), ("value", "77人", "agrees", "")]
    assert claims(wrong)[0] == ("value", "340名", "contradicts", "304 人")


@pytest.mark.parametrize("sentence, verdict, expected", [
    ("在尚未落实去向的毕业生中，智能技术系最多。", "agrees", ""),
    ("未落实去向的毕业生中，工业技术系人数最少。", "agrees", ""),
    ("在尚未落实去向的毕业生中，机械工程系最多。", "contradicts", "智能技术系（75 人），机械工程系为 54 人"),
    ("未落实去向的毕业生中，机械工程系人数最少。", "contradicts", "工业技术系（50 人），机械工程系为 54 人"),
])
def test_a_ranking_among_the_unplaced_ranks_their_counts(read, sentence, verdict, expected):
    (records,) = per_line(read(sentence), 1)
    assert [(r.verdict, r.expected) for r in records if r.claim.kind == "superlative"] == [(verdict, expected)]


@pytest.mark.parametrize("sentence", [
    "未就业的毕业生中，机械工程系50人。",
    "暂未就业的毕业生有293人。",
    "没有参加调查的毕业生中，机械工程系120人。",
    "未就业的毕业生中，机械工程系最多。",
])
def test_people_the_data_cannot_count_are_left_unverifiable(read, sentence):
    (records,) = per_line(read(sentence), 1)
    assert records and {r.verdict for r in records} == {"unverifiable"}


def test_a_destination_among_the_unplaced_is_still_its_own_count(read):
    (records,) = per_line(read("未落实去向的304人中，待就业293人，其他暂不就业9人，不就业拟升学2人。"), 1)
    assert {r.verdict for r in records} == {"agrees"}
