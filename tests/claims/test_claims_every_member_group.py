"""每个成员均满足 a bound, with a group named after the members (各系女生…均超过 X%): each member's
value for that group, not the member's overall one (the departments' women: lowest 88.94 % in
经济管理工程系; men: 85.16 % there, 86.46 % in 工业技术系)."""
from claims_helpers import per_line


def _every(read, sentence):
    (records,) = per_line(read(sentence), 1)
    return [(r.verdict, r.expected) for r in records if r.claim.kind == "members"]


def test_the_group_after_the_members_narrows_each_member(read):
    for sentence in ("各系女生毕业去向落实率均超过88%。", "各系女生的毕业去向落实率均在88%以上。",
                     "各系男生毕业去向落实率均高于85%。", "所有院系男生的毕业去向落实率都超过85%。"):
        assert _every(read, sentence) == [("agrees", "")], sentence


def test_a_member_of_the_group_below_the_bound_is_named(read):
    (records,) = per_line(read("各系女生毕业去向落实率均超过90%。"), 1)
    (every,) = [r for r in records if r.claim.kind == "members"]
    assert (every.verdict, every.expected) == ("contradicts", "88.94%")
    assert every.note.startswith("经济管理工程系为 88.94%")
    (records,) = per_line(read("各系男生毕业去向落实率均高于88%。"), 1)
    (every,) = [r for r in records if r.claim.kind == "members"]
    assert (every.verdict, every.note) == ("contradicts", "经济管理工程系为 85.16%（共 2 个不满足）")


def test_a_department_before_its_majors_still_scopes_them(read):
    assert _every(read, "机械工程系所有专业毕业去向落实率均超过85%。") == [("agrees", "")]
