"""A share among the graduates not placed (claims/unplaced_among.py): a clause "未落实去向的…中，" before the
share, or a base 占(全院)未落实人数的, makes the share one of those graduates, never of all of them."""
from claims_helpers import per_line


def shares(records):
    return [(r.value, r.scope, r.verdict, r.expected) for r in records if r.kind == "share"]


def test_a_department_share_among_the_graduates_not_placed(read):
    right, wrong = per_line(read("在未落实毕业去向的304名毕业生中，智能技术系占24.67%。",
                                 "在未落实毕业去向的304名毕业生中，智能技术系占25.33%。"), 2)
    assert shares(right) == [("24.67%", {"院系": "智能技术系"}, "agrees", "")]
    assert shares(wrong) == [("25.33%", {"院系": "智能技术系"}, "contradicts", "24.67%")]


def test_a_vague_share_of_women_among_them(read):
    right, wrong = per_line(read("未落实去向的304人中，女性占比约25%。", "未落实去向的304人中，女性占比约35%。"), 2)
    assert shares(right) == [("25%", {"性别": "女"}, "agrees", "")]
    assert shares(wrong) == [("35%", {"性别": "女"}, "contradicts", "25.33%")]


def test_a_stated_count_over_them(read):
    right, wrong = per_line(read("未落实毕业去向的304人里，男生有227人，占74.67%。",
                                 "未落实毕业去向的304人里，男生有227人，占77.30%。"), 2)
    assert shares(right) == [("74.67%", {"性别": "男"}, "agrees", "")]
    assert shares(wrong) == [("77.30%", {"性别": "男"}, "contradicts", "74.67%")]


def test_the_members_graduates_not_placed_over_all_not_placed(read):
    among, named = per_line(read("尚未落实去向的毕业生中，经济管理工程系占比22.70%。",
                                 "经济管理工程系占全院未落实人数的21.70%。"), 2)
    assert shares(among) == [("22.70%", {"院系": "经济管理工程系"}, "agrees", "")]
    assert shares(named) == [("21.70%", {"院系": "经济管理工程系"}, "contradicts", "22.70%")]


def test_a_share_among_all_graduates_keeps_its_base(read):
    (records,) = per_line(read("毕业生中，智能技术系占25.15%。"), 1)
    assert shares(records) == [("25.15%", {"院系": "智能技术系"}, "contradicts", "24.15%")]


def test_the_members_placed_graduates_over_all_placed(read):
    right, wrong = per_line(read("经济管理工程系占全院已落实人数的16.55%。", "经济管理工程系占全院已落实人数的17.11%。"), 2)
    assert shares(right) == [("16.55%", {"院系": "经济管理工程系"}, "agrees", "")]
    assert shares(wrong) == [("17.11%", {"院系": "经济管理工程系"}, "contradicts", "16.55%")]
