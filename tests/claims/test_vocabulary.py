"""vocabulary.py: measures and members named in longer or shorter forms than the template's and the
data's, resolved to the most specific one, and nothing when two are equally specific."""
import pytest

from nianbao.claims.vocabulary import Measure, Vocabulary


@pytest.fixture(scope="module")
def vocab():
    v = Vocabulary(year=2025)
    for key, name, unit in (("job", "工作总体满意度", "%"), ("job_item", "工作满意度分项", "%"),
                            ("job_pay", "工作薪酬满意度", "%"), ("course", "所学课程总体满意度", "%"),
                            ("teacher", "任课教师总体满意度", "%"), ("senior", "高级职称教师", "人"),
                            ("professor", "正高级职称教师", "人"), ("associate", "副高级职称教师", "人"),
                            ("full_time", "专任教师", "人"), ("part_time", "校外兼职教师", "人")):
        v.add_measure(name, Measure(key, name, unit, "figure"))
    for member in ("签就业协议形式就业", "签劳动合同形式就业", "应征义务兵", "境内升学"):
        v.add_scope(member, "毕业去向", member)
    for member in ("机械工程系", "经济管理工程系", "工业与信息化系", "工业技术系"):
        v.add_scope(member, "院系", member)
    for member in ("数控技术", "大数据技术", "大数据与会计"):
        v.add_scope(member, "专业", member)
    v.nouns.update({"系": "院系", "专业": "专业"})
    return v.compile()


@pytest.mark.parametrize("label, unit, key", [
    ("对工作满意度", "%", "job"),  # the name with its object marked (对工作的总体满意度)
    ("工作满意度", "%", "job"),  # the name without its filler (总体), not the 分项 figure
    ("课程满意度", "%", "course"),  # a shorter form: the one name ending the same way that spells it
    ("正高级", "人", "professor"),  # the start of one name
    ("兼职教师", "人", "part_time"),
    ("高级职称", "人", "senior"),  # the least qualified of three names spelling it
])
def test_a_measure_named_in_another_form_is_the_most_specific_one(vocab, label, unit, key):
    assert vocab.measure_like(label, unit).key == key


@pytest.mark.parametrize("label, unit", [
    ("女专任教师", "人"),  # a qualifier narrows the measure: not 专任教师
    ("满意度", "%"),  # every survey measure ends so
    ("正高级", "%"),  # the unit does not fit
    ("教师满意度", "人"),
])
def test_a_label_that_narrows_or_could_be_several_measures_is_none(vocab, label, unit):
    assert vocab.measure_like(label, unit) is None


def test_a_member_named_in_a_longer_or_shorter_form(vocab):
    assert vocab.member_like("签订就业协议") == ("毕业去向", "签就业协议形式就业")
    assert vocab.member_like("签订劳动合同就业") == ("毕业去向", "签劳动合同形式就业")
    assert vocab.member_like("管理工程系") == ("院系", "经济管理工程系")
    assert vocab.member_like("工程系") is None  # 机械工程系 or 经济管理工程系
    assert vocab.member_like("产业学院") is None


def test_a_member_named_by_a_short_form_before_its_dimensions_noun(vocab):
    assert vocab.member_short("机械", "系") == ("院系", "机械工程系")
    assert vocab.member_short("经管", "系") == ("院系", "经济管理工程系")
    assert vocab.member_short("数控", "专业") == ("专业", "数控技术")
    assert vocab.member_short("工业", "系") is None  # 工业技术系 or 工业与信息化系
    assert vocab.member_short("大数据", "专业") is None
    assert vocab.member_short("机械", "专业") is None  # no major of that name


@pytest.fixture(scope="module")
def figures():
    v = Vocabulary(year=2025)
    for key, name, unit in (("ip", "知识产权项目数量", "项"), ("training", "非学历培训项目数", "项"),
                            ("income", "横向技术服务到款额", "万元"), ("hours", "公益项目培训学时", "学时"),
                            ("order", "订单培养人数", "人"), ("matched", "岗位实习对口人数", "人"),
                            ("partner", "校企合作企业接收学生实习人数", "人"), ("teachers", "专任教师", "人"),
                            ("insured", "岗位实习购买保险人数", "人"), ("coop", "协同育人企业接收学生实习人数", "人")):
        v.add_measure(name, Measure(key, name, unit, "figure"))
    return v.compile()


@pytest.mark.parametrize("label, unit, key", [
    ("获批知识产权项目", "项", "ip"),  # a verb before the name, the quantity word (数量) left out
    ("知识产权项目获批", "项", "ip"),  # the verb after it
    ("面向社会开展非学历培训项目", "项", "training"),  # who it is for, then the verb: the object follows
    ("到款横向技术服务经费", "万元", "income"),  # the quantity word said another way (经费 for 到款额)
    ("举办公益项目培训", "学时", "hours"),
    ("新增订单培养", "人", "order"),  # a qualifier before the name
])
def test_a_figure_named_with_words_acting_on_it_is_that_figure(figures, label, unit, key):
    assert figures.measure_like(label, unit).key == key


@pytest.mark.parametrize("label, unit", [
    ("岗位实习", "人"),  # two figures start so: 对口 or 购买保险
    ("企业接收学生实习", "人"),  # 校企合作 or 协同育人
    ("获批知识产权项目", "人"),  # the unit does not fit
    ("新进专任教师具博士学位", "人"),  # a narrowing, not words acting on the figure
    ("开展横向技术服务项目", "项"),  # projects, not the money received
])
def test_a_label_naming_no_one_figure_once_the_acting_words_are_off_is_none(figures, label, unit):
    assert figures.measure_like(label, unit) is None


def test_words_that_only_act_on_a_figure_narrow_nothing():
    from nianbao.claims.vocabulary import acts_only
    assert acts_only("聘请") and acts_only("面向行业企业聘请") and acts_only("全年新增")
    assert not acts_only("累计")  # a running total is another quantity than the year's
    assert not acts_only("新进") and not acts_only("博士") and not acts_only("")


def test_a_name_that_keeps_its_verb_is_found_whole(figures):
    v = Vocabulary(year=2025)
    v.add_measure("行业导师承担专业课程课时数", Measure("hours", "行业导师承担专业课程课时数", "课时", "figure"))
    v.compile()
    assert v.measure_like("行业导师承担专业课程教学", "课时").key == "hours"
    assert v.measure_like("承担专业课程", "课时") is None  # whose hours: not said


def test_members_named_with_their_noun_get_the_short_forms_prose_uses():
    from nianbao.claims.vocabulary import add_member_words
    v = Vocabulary(year=2025)
    v.nouns.update({"系": "院系", "二级学院": "院系", "学院": "院系", "专业": "专业"})
    add_member_words(v, "院系", ["机械工程系", "经济管理工程系", "工业与信息化系", "工业技术系", "电子信息工程学院"])
    add_member_words(v, "专业", ["数控技术"])
    assert {w: v.scopes[w][1] for w in ("机械系", "经管系", "工信系", "工技系", "电子学院", "电信学院")} == {
        "机械系": "机械工程系", "经管系": "经济管理工程系", "工信系": "工业与信息化系", "工技系": "工业技术系",
        "电子学院": "电子信息工程学院", "电信学院": "电子信息工程学院"}
    assert "工业系" not in v.scopes  # 工业技术系 or 工业与信息化系: neither
    assert "数控专业" not in v.scopes  # a major's name does not end with its noun


def test_a_department_named_short_keeps_its_scope(read):
    # 机械工程系: 824 men, 115 women (7.17:1); 经济管理工程系 has the most women (416)
    from claims_helpers import per_line
    ratio, most = per_line(read("机械系男女生人数之比约为 3:1。", "经管系女生人数在五个系中最多。"), 2)
    assert [(r.scope, r.verdict, r.expected) for r in ratio if r.claim.kind == "ratio"] == \
        [({"院系": "机械工程系"}, "contradicts", "7:1")]
    assert [(r.scope, r.verdict) for r in most if r.claim.kind == "superlative"] == [({"性别": "女"}, "agrees")]
