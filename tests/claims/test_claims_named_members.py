"""Members named right after a count of members meeting a condition (…的专业有 2 个，即 A 和 B):
each must meet it, though the count is right (claims/named_members.py)."""
from claims_helpers import only, per_line


def members(read, sentence):
    (records,) = per_line(read(sentence), 1)
    return only(records, "members")


def test_the_right_members_after_a_right_count_agree(read):
    for sentence in ("落实率达到100%的专业有2个，即无人机应用技术和工业互联网应用。",
                     "毕业去向落实率为100%的专业共2个，分别是工业互联网应用、无人机应用技术。",
                     "落实率达到100%的专业有两个：无人机应用技术和工业互联网应用。",
                     "落实率达到100%的专业有2个。无人机应用技术和智能控制技术的毕业生也都很受欢迎。"):
        assert members(read, sentence).verdict == "agrees", sentence


def test_one_wrong_member_is_named(read):
    for sentence in ("落实率达到100%的专业有2个，即无人机应用技术和智能控制技术。",
                     "毕业去向落实率为100%的专业有2个，分别是无人机应用技术、智能控制技术。",
                     "落实率达到100%的专业有两个：智能控制技术和工业互联网应用。"):
        wrong = members(read, sentence)
        assert (wrong.verdict, wrong.expected) == ("contradicts", "无人机应用技术、工业互联网应用"), sentence
        assert wrong.note.startswith("智能控制技术的毕业去向落实率为 97.67%，不满足"), sentence


def test_a_wrong_count_is_named_as_a_count(read):
    wrong = members(read, "落实率达到100%的专业有3个，即无人机应用技术、工业互联网应用和智能控制技术。")
    assert (wrong.verdict, wrong.expected) == ("contradicts", "2 个")
