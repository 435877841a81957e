"""Values listed after 分别为/依次为 (claims/unnamed_lists.py, lists.py): a list of members followed by its
size (A、B、C 3 个专业) pairs each value with the member at its place; values of members counted but not
named (5 个专业的毕业生人数依次为…) are checked against the members' values, never against the whole."""
from claims_helpers import per_line


def values(records):
    return [(r.value, r.verdict, r.expected) for r in records if r.kind == "value"]


def test_members_then_the_lists_size_then_respectively(read):
    right, wrong = per_line(read(
        "机械工程系下设的机电一体化技术、数控技术、工业机器人技术3个专业，落实率分别为93.05%、93.22%、97.40%。",
        "机械工程系下设的机电一体化技术、数控技术、工业机器人技术3个专业，落实率分别为93.05%、93.22%、96.40%。"), 2)
    assert [(r.value, r.scope.get("专业"), r.verdict) for r in right if r.kind == "value"] == [
        ("93.05%", "机电一体化技术", "agrees"), ("93.22%", "数控技术", "agrees"), ("97.40%", "工业机器人技术", "agrees")]
    assert values(wrong)[-1] == ("96.40%", "contradicts", "97.40%")


def test_values_of_members_not_named(read):
    right, wrong, partial = per_line(read(
        "机械工程系下设5个专业，毕业生人数从多到少依次为374人、236人、185人、77人和67人。",
        "机械工程系下设5个专业，毕业生人数从多到少依次为374人、263人、185人、77人和67人。",
        "工业技术系各专业落实率分别为84.09%、86.32%。"), 3)
    assert all(verdict == "agrees" for _, verdict, _ in values(right))  # never the department's 939
    assert [r.verdict for r in right if r.kind == "members"] == ["agrees"]  # 5 majors, not "5 个…为 374 人"
    assert ("263人", "contradicts", "236 人") in values(wrong)
    assert values(partial) == [("84.09%", "agrees", ""), ("86.32%", "unverifiable", "")]  # two of four: which?


def test_the_size_before_the_list_is_the_members_count(read):
    (records,) = per_line(read("机械工程系下设6个专业，毕业生人数从多到少依次为374人、236人、185人、77人和67人。"), 1)
    (members,) = [r for r in records if r.kind == "members"]
    assert (members.verdict, members.expected) == ("contradicts", "5 个")
