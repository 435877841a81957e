"""Which subject a clause after a list item or a 其中 part is about (claims/lists.py): a rate in the
clause right after a part under 其中 returns to the whole unless the part is named again or the parts
go on; items of one list in two dimensions of the same people (天津市: a 生源地 and 省内生源; 升学 and
应征义务兵 after a closed bracket) name only their own numbers; a bracketed value is the name's before
the bracket."""
from claims_helpers import per_line


def _at(records, value):
    (found,) = [r for r in records if r.claim.kind == "value" and r.value == value]
    return found


def test_a_rate_after_a_part_returns_to_the_whole(read):
    whole, college, neither = per_line(read("机械工程系毕业生939人，其中男生824人，落实率为94.25%。",
                                            "学院共有毕业生3337人，其中女生952人，毕业去向落实率为90.89%。",
                                            "机械工程系毕业生939人，其中男生824人，落实率为95.93%。"), 3)
    rate = _at(whole, "94.25%")
    assert (rate.scope, rate.verdict) == ({"院系": "机械工程系"}, "agrees")
    assert (_at(college, "90.89%").scope, _at(college, "90.89%").verdict) == ({}, "agrees")
    rate = _at(neither, "95.93%")
    assert (rate.scope, rate.verdict, rate.expected) == ({"院系": "机械工程系"}, "contradicts", "94.25%")


def test_a_rate_after_a_part_may_be_the_parts_own(read):
    """Readers take the clause after "其中男生 824 人，" either way (held-out labellers did not agree):
    the part's own rate is no error, read as the part's, with a note."""
    (records,) = per_line(read("机械工程系毕业生939人，其中男生824人，落实率为93.93%。"), 1)
    rate = _at(records, "93.93%")
    assert (rate.scope, rate.verdict, rate.fact.display, rate.note) == (
        {"院系": "机械工程系"}, "agrees", "93.93%", "按其中所述部分的值理解")


def test_a_part_named_again_or_parts_going_on_keep_the_part(read):
    named, pronoun, going_on = per_line(read(
        "机械工程系毕业生939人，其中男生824人，男生落实率为94.25%。",
        "机械工程系毕业生939人，其中男生824人，其落实率为94.25%。",
        "机械工程系毕业生939人，其中男生824人，落实率为93.93%，女生115人，落实率为96.52%。"), 3)
    for records in (named, pronoun):
        rate = _at(records, "94.25%")
        assert (rate.scope, rate.verdict, rate.expected) == ({"院系": "机械工程系", "性别": "男"}, "contradicts", "93.93%")
    assert [(_at(going_on, v).scope["性别"], _at(going_on, v).verdict) for v in ("93.93%", "96.52%")] == \
        [("男", "agrees"), ("女", "agrees")]


def test_a_share_after_a_part_stays_the_parts(read):
    (records,) = per_line(read("机械工程系毕业生939人，其中男生824人，占86.75%。"), 1)
    (share,) = [r for r in records if r.claim.kind == "share"]
    assert (share.scope, share.verdict, share.expected) == ({"院系": "机械工程系", "性别": "男"}, "contradicts", "87.75%")


def test_items_of_one_list_in_overlapping_dimensions(read):
    provinces, destinations = per_line(read(
        "河北省生源1106人，天津市生源702人，山西省生源335人。",
        "毕业生中升学145人（其中境内升学144人、境外留学1人），应征义务兵26人。"), 2)
    tianjin = _at(provinces, "702人")
    assert (tianjin.verdict, tianjin.expected) == ("contradicts", "720 人")
    assert _at(provinces, "335人").verdict == "agrees"  # not 山西省 within 省内生源 (0)
    enlisted = _at(destinations, "26人")
    assert (enlisted.scope, enlisted.expected) == ({"毕业去向": "应征义务兵"}, "62 人")


def test_a_bracketed_value_is_the_name_before_the_bracket(read):
    (records,) = per_line(read("横向技术服务到款额（36.36万元）和纵向科研经费到款额（4.8万元）均有增长。"), 1)
    assert _at(records, "36.36万元").verdict == "agrees"
    assert (_at(records, "4.8万元").verdict, _at(records, "4.8万元").expected) == ("contradicts", "3 万元")


def test_the_next_item_named_by_words_of_its_own(read):
    (records,) = per_line(read("毕业生中签约就业2825人，升学145人，参军62人，创业1人。"), 1)
    # not 升学 ∩ 参军 (0): 参军 names its own destination (the template's alias), 创业 none
    assert [r.scope for r in records if r.value in ("62人", "1人")] == [{"毕业去向": "应征义务兵"}, {}]


def test_a_count_named_by_what_the_people_did(read):
    employed, among, rest = per_line(read("就业2288人。", "毕业生中就业2888人，升学145人。",
                                          "全日制在校生9410人，其中普通高中生源6152人，中职生源2825人，其他433人。"), 3)
    assert (_at(employed, "2288人").measure, _at(employed, "2288人").expected) == ("就业人数", "2888 人")
    assert (_at(among, "2888人").measure, _at(among, "2888人").verdict) == ("就业人数", "agrees")
    assert _at(rest, "433人").verdict == "unverifiable"  # 其他: not 中职生源 (2825)


def test_a_shorter_name_plus_headcount_is_no_loose_match():
    from nianbao.claims.labels import measure_for_label

    class Vocab:
        def measure_like(self, form, unit):
            from nianbao.claims.vocabulary import Measure
            return Measure("internship_insured_students", "岗位实习购买保险人数", "人", "figure") if form == "实习人数" else None
    assert measure_for_label(Vocab(), "实习", "人") is None  # 实习人数 is no name of 岗位实习购买保险人数

