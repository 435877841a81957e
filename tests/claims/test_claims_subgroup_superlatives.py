"""A ranking of departments within a group of graduates named before it (省内生源毕业生中，…最高): ranked within
that group, also when the department's name is an item of a survey figure too (the example's 工作稳定性 has
机械工程系 among its 分组). Within 省内生源 (720 graduates): 机械工程系 212 most, 工业技术系 92 fewest;
智能技术系 91.72% the highest rate (机械工程系 91.04%); over all graduates 机械工程系 is first on both."""
import pytest

from claims_helpers import per_line


def ranking(records):
    return [(r.claim.scope, r.verdict, r.expected) for r in records if r.claim.kind == "superlative"]


IN = {"省内外生源": "省内生源"}


@pytest.mark.parametrize("sentence, verdict, expected", [
    ("省内生源毕业生中，智能技术系落实率最高。", "agrees", ""),
    ("省内生源毕业生中，机械工程系落实率最高。", "contradicts", "智能技术系（91.72%），机械工程系为 91.04%"),
    ("在省内生源毕业生中，机械工程系人数最多。", "agrees", ""),
    ("在省内生源的毕业生里，工业技术系人数最少。", "agrees", ""),
    ("在省内生源毕业生中，工业技术系人数最多。", "contradicts", "机械工程系（212 人），工业技术系为 92 人"),
    ("本市生源毕业生中，智能技术系人数最多。", "contradicts", "机械工程系（212 人），智能技术系为 157 人"),
])
def test_a_ranking_within_the_home_province_group(read, sentence, verdict, expected):
    (records,) = per_line(read(sentence), 1)
    assert ranking(records) == [(IN, verdict, expected)]


def test_a_ranking_within_the_other_provinces_group(read):
    (records,) = per_line(read("在省外生源毕业生中，机械工程系的落实率最高。"), 1)
    assert ranking(records) == [({"省内外生源": "省外生源"}, "agrees", "")]


def test_a_province_that_ranks_first_is_still_ranked_among_provinces(read):
    (records,) = per_line(read("各生源地中，天津市毕业生人数居首。"), 1)
    assert [r.claim.detail["member"][0] for r in records if r.claim.kind == "superlative"] == ["生源地"]
