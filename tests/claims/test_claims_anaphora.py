"""前者/后者 (claims/anaphora.py): the value after 前者 is the first of the two members or quantities
named before it in the sentence, after 后者 the second's."""
from claims_helpers import per_line


def values(records):
    return [(r.value, r.scope, r.measure, r.verdict, r.expected) for r in records if r.kind == "value"]


def test_two_members_then_former_and_latter(read):
    right, swapped = per_line(read("男生和女生的毕业去向落实率差异不大，前者为90.48%，后者为91.91%。",
                                   "男生和女生的毕业去向落实率差异不大，前者为91.91%，后者为90.48%。"), 2)
    assert values(right) == [("90.48%", {"性别": "男"}, "毕业去向落实率", "agrees", ""),
                             ("91.91%", {"性别": "女"}, "毕业去向落实率", "agrees", "")]
    assert [(v, e) for v, _, _, verdict, e in values(swapped)] == [("91.91%", "90.48%"), ("90.48%", "91.91%")]


def test_two_figures_then_qizhong_qianzhe(read):
    (records,) = per_line(read("学院现有专任教师和校外兼职教师，其中前者259人。"), 1)
    assert values(records) == [("259人", {}, "专任教师", "contradicts", "295 人")]


def test_latter_keeps_the_measure_named_after_it(read):
    (records,) = per_line(read("机械工程系与智能技术系毕业生较多，后者毕业生为939人。"), 1)
    assert values(records) == [("939人", {"院系": "智能技术系"}, "毕业生人数", "contradicts", "806 人")]


def test_a_change_after_the_latter_is_not_its_value(read):
    (records,) = per_line(read("机械工程系与智能技术系毕业生人数相近，前者939人，后者多出100人。"), 1)
    assert [r.verdict for r in records if r.value == "100人"] == ["unverifiable"]


def test_groups_named_in_one_word_then_former_and_latter(read):
    (records,) = per_line(read("男女生落实率差距不大，前者为91.48%，后者为91.91%。"), 1)
    assert values(records) == [("91.48%", {"性别": "男"}, "毕业去向落实率", "contradicts", "90.48%"),
                               ("91.91%", {"性别": "女"}, "毕业去向落实率", "agrees", "")]


def test_a_count_of_the_former_group_is_its_graduates(read):
    (records,) = per_line(read("毕业生中升学与待就业人数差距明显，前者145人，后者239人。"), 1)
    assert values(records) == [("145人", {"毕业去向合并": "升学"}, "毕业生人数", "agrees", ""),
                               ("239人", {"毕业去向合并": "待就业"}, "毕业生人数", "contradicts", "293 人")]


def test_a_judgement_of_the_member_before_its_figure(read):
    low, wrong = per_line(read("男生和女生中，前者落实率较低，为90.48%。", "男生和女生中，前者落实率较低，为91.48%。"), 2)
    assert values(low) == [("90.48%", {"性别": "男"}, "毕业去向落实率", "agrees", "")]
    assert values(wrong) == [("91.48%", {"性别": "男"}, "毕业去向落实率", "contradicts", "90.48%")]


def test_the_share_of_the_former_or_latter_group(read):
    former, latter = per_line(read("升学和待就业的毕业生分别为145人和293人，前者占比4.35%。",
                                   "省内生源和省外生源毕业生中，后者占比更高，为73.42%。"), 2)
    share = [r for r in former if r.kind == "share"]
    assert [(r.scope, r.verdict) for r in share] == [({"毕业去向合并": "升学"}, "agrees")]
    share = [r for r in latter if r.kind == "share"]
    assert [(r.scope, r.verdict, r.expected) for r in share] == [({"省内外生源": "省外生源"}, "contradicts", "78.42%")]


def test_a_difference_of_the_former_over_the_latter(read):
    right, wrong = per_line(read("机械工程系和工业技术系的升学比例分别为4.26%和3.50%，前者高出0.76个百分点。",
                                 "机械工程系和工业技术系的落实率分别为94.25%和87.50%，后者低7.75个百分点。"), 2)
    (diff,) = [r for r in right if r.kind == "difference"]  # the two departments' own shares, not the college's
    assert (diff.scope, diff.verdict) == ({"院系": "机械工程系", "毕业去向合并": "升学"}, "agrees")
    (diff,) = [r for r in wrong if r.kind == "difference"]
    assert (diff.scope, diff.verdict, diff.expected) == ({"院系": "工业技术系"}, "contradicts", "低 6.75 个百分点")
