"""Shares written without 占 (claims/shares.py): the base after another verb (达到/约为/覆盖…的), the base
named with 中 before the count (专任教师中…，比例为), the member named by what the graduates did (X% 的毕业生
签订了就业协议), and topicalised shares (占…X% 的是 M; 占比最高的是 M，为 X%)."""
from claims_helpers import only, per_line


def _share(records):
    (found,) = [r for r in records if r.claim.kind == "share"]
    return found


def test_the_base_after_a_verb_other_than_zhan(read):
    reached, about, covered = per_line(read("硕士及以上学位教师195人，达到专任教师总数的66.10%。",
                                            "高级职称教师102人，约为专任教师的四成。",
                                            "订单培养学生650人，覆盖全日制在校生的6.91%。"), 3)
    assert _share(reached).verdict == "agrees"
    assert (_share(about).verdict, _share(about).expected) == ("contradicts", "34.58%")
    assert _share(covered).verdict == "agrees"


def test_a_verb_before_a_base_of_no_quantity_is_no_share(read):
    (records,) = per_line(read("专任教师295人，达到国家标准的85%以上。"), 1)
    assert not [r for r in records if r.claim.kind == "share"]


def test_the_base_named_with_zhong_before_the_count(read):
    (records,) = per_line(read("专任教师中硕士及以上学位教师195人，比例为61.10%。"), 1)
    assert (_share(records).verdict, _share(records).expected) == ("contradicts", "66.10%")


def test_the_member_named_by_what_the_graduates_did(read):
    agreed, further = per_line(read("83.64%的毕业生签订了就业协议。", "全校有5.35%的毕业生选择继续升学。"), 2)
    assert (_share(agreed).scope, _share(agreed).verdict) == ({"毕业去向": "签就业协议形式就业"}, "agrees")
    assert (_share(further).scope, _share(further).expected) == ({"毕业去向合并": "升学"}, "4.35%")


def test_topicalised_shares(read):
    after, topic = per_line(read("占毕业生总数28.14%的是机械工程系毕业生。", "占比最高的是签就业协议形式就业，为86.34%。"), 2)
    assert (_share(after).scope, _share(after).verdict) == ({"院系": "机械工程系"}, "agrees")
    assert (_share(topic).scope, _share(topic).expected) == ({"毕业去向": "签就业协议形式就业"}, "83.64%")


def test_the_base_named_first_with_zhong_and_a_bare_zhan(read):
    placed, only_few = per_line(read("在落实去向的毕业生中，升学145人，占4.78%。", "落实率不足80%的专业仅1个。"), 2)
    assert (_share(placed).verdict, _share(placed).fact.display) == ("agrees", "4.78%")
    assert [(r.claim.kind, r.verdict) for r in only_few] == [("members", "agrees")]  # not 开设专业数 (25)


def test_a_bare_share_after_one_group_is_of_all_the_groups(read):
    (records,) = per_line(read("乌干达本土教师389人次，占比12.07%，乌干达员工821人次，占比44.47%。"), 1)
    shares = [r for r in records if r.claim.kind == "share"]
    assert [(r.verdict, r.expected) for r in shares] == [("contradicts", "21.07%"), ("agrees", "")]


def test_a_share_after_a_count_among_people_stated_before(read):
    """"在 N 名…毕业生中，升学 M 人，占 P%": of those N (145 / 3033 = 4.78 %), or, as some read it, of all
    the graduates (145 / 3337 = 4.35 %); any other figure is wrong."""
    among, whole, wrong = per_line(read("在已落实去向的 3033 名毕业生中，升学 145 人，占 4.78%。",
                                        "在已落实去向的 3033 名毕业生中，升学 145 人，占 4.35%。",
                                        "在已落实去向的 3033 名毕业生中，升学 145 人，占 5.35%。"), 3)
    assert only(among, "share").verdict == only(whole, "share").verdict == "agrees"
    assert (only(wrong, "share").verdict, only(wrong, "share").expected) == ("contradicts", "4.78%")


def test_a_share_of_a_base_in_other_units_is_not_checked_against_that_figure(read):
    """"18420 学时，占专业课总课时的 31.2%": the base's words spell 开设专业数 (个) to the vocabulary, but
    hours are no part of a count of majors: cannot verify, never 73680 %."""
    (records,) = per_line(read("企业兼职教师承担专业课课时 18420 学时，占专业课总课时的 31.2%。"), 1)
    assert only(records, "share").verdict == "unverifiable"


def test_a_share_whose_base_names_the_total_the_part_is_under(read):
    """"实际录取新生 3213 人，其中中职生源 900 人，占录取总数的 P%": 录取总数 is the total stated (28.01 %)."""
    right, wrong = per_line(read("2025年实际录取新生3,213人，其中中职生源900人，占录取总数的28.01％。",
                                 "2025年实际录取新生3,213人，其中中职生源900人，占新生总数的29.01％。"), 2)
    assert only(right, "share").verdict == "agrees"
    assert (only(wrong, "share").verdict, only(wrong, "share").expected) == ("contradicts", "28.01%")
