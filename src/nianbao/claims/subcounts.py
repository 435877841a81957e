"""Sub-counts named after their number: "机械工程系有 40 人升学", "有 115 名女生", "有 26 名毕业生选择
升学". The group right after the unit (a destination, a gender, a province…) narrows the count, as it
does when it stands before the number ("升学 40 人"); without it the count is read as the whole
department's graduates and a right sub-count is flagged. Kept apart from reader.py so the family can
be read on its own.
"""
from __future__ import annotations

import re

# Between the unit and the group: "人升学", "名女生", "人选择升学", "名毕业生进入", "人已签约".
LINK_AFTER_UNIT = re.compile(r"\s*(?:毕业生|学生)?\s*(?:选择了|选择|进入|实现了|实现|通过|已经|已|为|是|属于|来自)?\s*")
HEADCOUNT_UNITS = ("人", "名", "位")


def group_named_after(reader, claim, n) -> None:
    """Narrow `claim`'s subject by the member of another dimension named right after its headcount,
    when nothing else is counted after that member in the same clause ("…40 人升学，…" but not
    "…939 人升学 40 人")."""
    if n.unit not in HEADCOUNT_UNITS or (claim.measure is not None and not claim.measure.population):
        return
    link = LINK_AFTER_UNIT.match(reader.text, n.end)
    member = next((x for x in reader.s.mentions if x.kind == "scope" and x.start == link.end()), None)
    if member is None:
        return
    dim, value = member.scope
    if dim in claim.scope:
        return  # "机械工程系 939 人机械…" or a member of a dimension the subject already names
    end_of_clause = re.search(r"[，,。；;]|$", reader.text[member.end:]).start() + member.end
    if any(member.end <= x.start < end_of_clause for x in reader.s.numbers):
        return
    if re.match(r"\s*(?:率|比例|占比|人数|数)", reader.text[member.end:]):
        return  # "939 人女生比例…": the member starts a new quantity, not the count's group
    claim.scope = {**claim.scope, dim: value}
    if claim.measure is None:  # "全校有 145 人升学": people of that group are graduates counted
        claim.measure = next((m for m in reader.vocab.measures.values() if m.population), None)
