"""Ordinal lists (其次…再次…): every place is checked within the first place's ranking (a member that also
names 省内生源 ranks as a province), and a count in brackets after a ranked member is its headcount."""
from claims_helpers import per_line


def test_second_and_third_places_are_checked(read):
    right, swapped = per_line(read("河北省生源最多，其次是天津市，再次是山西省。",
                                   "生源人数最多的是河北省，其次是山西省，再次是天津市。"), 2)
    assert [(r.value, r.verdict) for r in right if r.claim.kind == "superlative"] == \
        [("最多", "agrees"), ("其次", "agrees"), ("再次", "agrees")]
    assert [(r.value, r.verdict) for r in swapped if r.claim.kind == "superlative"] == \
        [("最多", "agrees"), ("其次", "contradicts"), ("再次", "contradicts")]


def test_counts_in_brackets_after_ranked_members(read):
    (records,) = per_line(read("毕业生人数最多的是机械工程系（939人），其次为智能技术系（806人），再次为工业与信息化系（612人）。"), 1)
    values = [(r.scope, r.verdict) for r in records if r.claim.kind == "value"]
    assert values == [({"院系": "机械工程系"}, "agrees"), ({"院系": "智能技术系"}, "agrees"),
                      ({"院系": "工业与信息化系"}, "contradicts")]


def test_person_times_before_a_ratio_is_not_a_second_place(read):
    # "人次之比": the unit 人次 followed by 之比, not the ordinal 次之
    (records,) = per_line(read("本土教师同乌干达员工的培训人次之比接近 1:2。"), 1)
    assert not [r for r in records if r.claim.kind == "superlative"]
    assert not [r for r in records if r.verdict == "contradicts"]


def test_ranking_named_between_the_verb_and_the_place(read):
    first, second = per_line(read("工业技术系毕业去向落实率位居各院系第一。", "智能技术系落实率位居全校各系第二。"), 2)
    assert [(r.verdict, r.expected) for r in first if r.claim.kind == "superlative"] == \
        [("contradicts", "机械工程系（94.25%），工业技术系为 87.50%")]
    assert [(r.verdict, r.expected) for r in second if r.claim.kind == "superlative"] == \
        [("contradicts", "工业与信息化系（90.98%），智能技术系为 90.69%")]


def test_the_member_after_next_to_ranks_above_the_subject(read):
    (records,) = per_line(read("毕业生人数方面，智能技术系仅次于机械工程系，位列第二。"), 1)
    assert [(r.value, r.claim.detail["member"], r.verdict) for r in records if r.claim.kind == "superlative"] == \
        [("位列第二", ("院系", "智能技术系"), "agrees"), ("仅次于", ("院系", "智能技术系"), "agrees")]


def test_top_few_in_order_checks_every_member(read):
    right, last_wrong, bottom = per_line(read(
        "各系毕业生人数排名前三的依次为机械工程系、智能技术系和工业与信息化系。",
        "从毕业去向落实率看，排名前三的系依次为机械工程系、工业与信息化系、经济管理工程系。",
        "落实率排名后两位的系分别是经济管理工程系和工业技术系。"), 3)
    assert [(r.value, r.verdict) for r in right] == \
        [("机械工程系", "agrees"), ("智能技术系", "agrees"), ("工业与信息化系", "agrees")]
    assert [(r.value, r.verdict) for r in last_wrong] == \
        [("机械工程系", "agrees"), ("工业与信息化系", "agrees"), ("经济管理工程系", "contradicts")]
    assert last_wrong[-1].expected == "智能技术系（90.69%），经济管理工程系为 87.92%"
    assert bottom == []  # the bottom few listed: the order names no place
