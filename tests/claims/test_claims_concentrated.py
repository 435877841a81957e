"""Where the members meeting a condition are ("落实率低于 88% 的专业全部集中在 A 和 B"): every major meeting
the threshold must be in a department named, and each department named must hold one. The example: below
80% only 云计算技术应用 (智能技术系, 78.57%); at 100% 工业互联网应用 (工业与信息化系) and 无人机应用技术
(机械工程系); above 97% also 应用电子技术 (工业与信息化系, 97.01%), 智能控制技术 and 工业机器人技术."""
import pytest

from claims_helpers import per_line


def where(records):
    return [(r.verdict, r.expected) for r in records if r.claim.detail.get("concentrated")]


@pytest.mark.parametrize("sentence", [
    "落实率低于80%的专业集中在智能技术系。",
    "落实率达到100%的专业分别来自工业与信息化系和机械工程系。",
    "落实率在97%以上的专业全部来自机械工程系、智能技术系和工业与信息化系。",
    "毕业去向落实率不足80%的专业都在智能技术系。",
])
def test_members_where_the_sentence_says_agree(read, sentence):
    (records,) = per_line(read(sentence), 1)
    assert where(records) == [("agrees", "")]
    assert "contradicts" not in {r.verdict for r in records}


@pytest.mark.parametrize("sentence, expected", [
    ("落实率低于88%的专业全部集中在工业技术系和经济管理工程系。", "另有智能技术系的云计算技术应用（78.57%）"),
    ("落实率达到100%的专业均来自机械工程系。", "另有工业与信息化系的工业互联网应用（100.00%）"),
    ("落实率在97%以上的专业集中在机械工程系和智能技术系。", "另有工业与信息化系的应用电子技术（97.01%）"),
    ("落实率低于80%的专业集中在智能技术系和工业技术系。", "工业技术系没有这样的专业"),
])
def test_a_member_elsewhere_or_a_place_without_one_is_found(read, sentence, expected):
    (records,) = per_line(read(sentence), 1)
    assert where(records) == [("contradicts", expected)]
