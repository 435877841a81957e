"""A count of members selected, approved or awarded (共 8 个专业入选…, 3 个专业获批…) counts some of them, which
the data do not record: never checked against the members offered (开设专业 25 个)."""
from claims_helpers import per_line


def verdicts(records):
    return [(r.value, r.verdict, r.expected) for r in records if r.kind == "value"]


def test_majors_selected_or_approved_are_not_the_majors_offered(read):
    selected, approved = per_line(read("共8个专业入选“双高”建设专业群。", "学院共有3个专业获批市级骨干专业。"), 2)
    assert verdicts(selected) == [("8个专业", "unverifiable", "")]
    assert verdicts(approved) == [("3个专业", "unverifiable", "")]


def test_the_majors_offered_are_still_checked(read):
    right, wrong = per_line(read("全院共开设25个专业。", "学院共开设26个专业。"), 2)
    assert verdicts(right) == [("25个专业", "agrees", "")]
    assert verdicts(wrong) == [("26个专业", "contradicts", "25 个")]
