"""An entered figure that counts a part of other people (the template's part_of: 中职生源 of 全日制在校生),
named under 其中 after a total of people it is no part of, counts that total's part."""
from claims_helpers import per_line


def _of(records, measure):
    return next(r for r in records if r.claim.kind == "value" and r.claim.measure.name == measure)


def test_a_source_of_students_under_another_total_is_that_totals_part(read):
    new, graduates, enrolled, wrong = per_line(read(
        "2025 年招收新生 3213 名，其中中职生源 900 人。", "2025 届毕业生 3337 人，其中中职生源 500 人。",
        "全日制在校生 9410 人，其中中职生源 2825 人。", "全日制在校生 9410 人，其中中职生源 2800 人。"), 4)
    assert _of(new, "中职生源").verdict == "unverifiable"
    assert _of(graduates, "中职生源").verdict == "unverifiable"
    assert _of(enrolled, "中职生源").verdict == "agrees"
    assert (_of(wrong, "中职生源").verdict, _of(wrong, "中职生源").expected) == ("contradicts", "2825 人")


def test_a_part_of_a_part_under_the_larger_total_is_still_the_figure(read):
    (records,) = per_line(read("教职工 377 人，其中硕士及以上学位教师 190 人。"), 1)
    assert (_of(records, "硕士及以上学位教师").verdict, _of(records, "硕士及以上学位教师").expected) == \
        ("contradicts", "195 人")  # 硕士及以上学位教师 are 专任教师, who are 教职工


def test_a_share_of_a_part_of_another_total(read):
    """"新生中，中职生源占比…": the entered 中职生源 counts the students enrolled (part_of), so a share of the
    new students is of a part the data lack, not 2825 / 3213."""
    other, own = per_line(read("新生中，中职生源占比为30%。", "中职生源占全日制在校生的32.02%。"), 2)
    assert [r.verdict for r in other if r.kind == "share"] == ["unverifiable"]
    assert [(r.verdict, r.expected) for r in own if r.kind == "share"] == [("contradicts", "30.02%")]
