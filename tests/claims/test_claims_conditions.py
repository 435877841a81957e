"""Counts after a condition and parts of a named residue: "机械工程系 5 个专业中有 2 个落实率超过 95%"
is a count of the department's majors meeting the condition (not the department's rate), and the
parts of "未落实去向的 N 人中，待就业 A 人、暂不就业 B 人" are destination groups of the graduates."""
from claims_helpers import per_line


def test_members_counted_within_a_department(read):
    right, wrong = per_line(read("工业与信息化系6个专业中有2个落实率超过95%。", "机械工程系5个专业中有3个落实率超过95%。"), 2)
    assert [(r.kind, r.value, r.scope, r.verdict) for r in right if r.kind != "value"] == \
        [("members", "2个", {"院系": "工业与信息化系"}, "agrees")]
    assert [(r.kind, r.verdict, r.expected) for r in wrong if r.kind != "value"] == [("members", "contradicts", "2 个")]
    assert not [r for r in right + wrong if r.verdict == "contradicts" and r.kind != "members"]


def test_parts_of_the_unplaced_are_destination_groups(read):
    right, wrong = per_line(read("未落实去向的304人中，待就业293人、暂不就业11人。",
                                 "尚未落实去向的304名毕业生中，待就业283人，暂不就业21人。"), 2)
    assert [(r.value, r.verdict) for r in right if r.scope.get("毕业去向合并")] == [("293人", "agrees"), ("11人", "agrees")]
    assert [(r.value, r.verdict, r.expected) for r in wrong if r.scope.get("毕业去向合并")] == \
        [("283人", "contradicts", "293 人"), ("21人", "contradicts", "11 人")]


def test_parts_of_respondents_stay_unverifiable(read):
    (records,) = per_line(read("参加调查的1856人中，升学120人。"), 1)
    assert [(r.value, r.verdict) for r in records if r.scope.get("毕业去向合并")] == [("120人", "unverifiable")]


def test_a_threshold_before_the_members_named_after_de_you(read):
    """"落实率达到 100% 的有 A 等两个专业": the rate is the members' condition, not the college's rate."""
    (records,) = per_line(read("落实率达到100%的有无人机应用技术等两个专业。"), 1)
    assert [(r.value, r.verdict) for r in records if r.value == "100%"] == [("100%", "unverifiable")]
