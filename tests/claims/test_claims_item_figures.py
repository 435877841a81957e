"""A figure named by an item of a survey breakdown (工作内容满意度, entered only for 机械工程系) said of the
whole college is that item of the breakdown (工作满意度分项, 工作内容 90.80 %, 工作薪酬 87.81 %, 职业发展前景
88.17 %): its value, comparisons and differences of two such items are checked (claims/item_figures.py)."""
from claims_helpers import only, per_line


def record(read, sentence, kind):
    (records,) = per_line(read(sentence), 1)
    return only(records, kind)


def test_the_college_value_of_an_item_figure_is_the_breakdown_item(read):
    for sentence in ("工作内容满意度为90.80%。", "毕业生的工作薪酬满意度为87.81%。", "职业发展前景满意度达到88.17%。"):
        assert record(read, sentence, "value").verdict == "agrees", sentence
    wrong = record(read, "毕业生的工作内容满意度为91.80%。", "value")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "90.80%")
    assert wrong.fact.reference == "{value}`job_satisfaction_item[group=工作内容]`"


def test_a_department_keeps_its_own_figure_or_none(read):
    assert record(read, "机械工程系工作内容满意度为92.58%。", "value").verdict == "agrees"
    wrong = record(read, "机械工程系工作内容满意度为90.80%。", "value")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "92.58%")
    # no department's item is entered for 工业技术系: the college's item is no fact about it
    assert record(read, "工业技术系工作内容满意度为90.80%。", "value").verdict == "unverifiable"


def test_two_items_compared_without_figures(read):
    for sentence in ("工作内容满意度高于工作薪酬满意度。", "职业发展前景满意度低于工作内容满意度。",
                     "毕业生对工作内容的满意度高于工作薪酬。"):
        assert record(read, sentence, "comparison").verdict == "agrees", sentence
    wrong = record(read, "工作薪酬满意度高于工作内容满意度。", "comparison")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "87.81%，低于 90.80%")
    wrong = record(read, "工作内容满意度低于职业发展前景满意度。", "comparison")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "90.80%，高于 88.17%")


def test_the_gap_between_two_items(read):
    for sentence in ("工作内容满意度比工作薪酬满意度高2.99个百分点。",
                     "与工作薪酬满意度相比，工作内容满意度高出2.99个百分点。",
                     "职业发展前景满意度比工作薪酬满意度高0.36个百分点。",
                     "工作内容满意度与工作薪酬满意度相差2.99个百分点。"):
        assert record(read, sentence, "difference").verdict == "agrees", sentence
    for sentence in ("工作内容满意度比工作薪酬满意度高3.99个百分点。",
                     "工作内容满意度比工作薪酬满意度低2.99个百分点。",
                     "工作内容满意度与工作薪酬满意度相差3.5个百分点。"):
        wrong = record(read, sentence, "difference")
        assert (wrong.verdict, wrong.expected) == ("contradicts", "高 2.99 个百分点"), sentence


def test_two_items_after_the_people_who_answered(read):
    # 毕业生 before the item names who answered, not a headcount compared
    for sentence in ("毕业生对师德师风的满意度高于教学水平。", "毕业生对教学态度的满意度低于教学水平。"):
        right = record(read, sentence, "comparison")
        assert (right.verdict, right.claim.measure.name) == ("agrees", "分项"), sentence
    wrong = record(read, "毕业生对教学水平的满意度高于师德师风。", "comparison")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "96.02%，低于 97.84%")
