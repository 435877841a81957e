"""Places listed in order after a few top places: "毕业生人数排名前三的院系依次为 A、B 和 C". Each member
is a claim on its own place of the ranking, the last one too. The bottom few (后两位…分别是 A、B) are
not read: writers list them from the top as often as from the bottom, so the order states no place.
Kept apart from reader.py so the family can be read on its own.
"""
from __future__ import annotations

import re

from ..text import cn_number

TOP_FEW_IN_ORDER = re.compile(r"(?:排名|位居|位列|排在|居于|排|居|列)?\s*(前)\s*([两二三四五六七八九十]|\d{1,2})\s*"
                              r"(?:位|名)?\s*的\s*[^，,。；;\d]{0,8}?\s*(?:依次|分别)\s*(?:为|是)\s*")
LIST_JOINER = re.compile(r"\s*(?:、|，|,|和|与|及|以及)\s*")


def top_few_in_order(reader) -> None:
    """A superlative claim for every member listed after "前 N 位的…依次为", at its place."""
    if "前" not in reader.text:
        return
    for m in TOP_FEW_IN_ORDER.finditer(reader.text):
        few = int(m.group(2)) if m.group(2).isdigit() else cn_number(m.group(2))
        members = members_listed_from(reader, m.end())
        if not few or len(members) != few:
            continue  # a list longer or shorter than the places named: not read as places
        measure = reader.ranking_measure(m.start(), members[0])
        if measure is None:
            continue
        for rank, member in enumerate(members, 1):
            claim = reader.claim(member.start, member.end, "superlative", measure, member.word, None,
                                 at=m.start(), member=member.scope, high=True, rank=rank)
            claim.scope = {k: v for k, v in claim.scope.items() if k != member.scope[0]}


def members_listed_from(reader, pos: int) -> list:
    """The members of one dimension listed from `pos` ("A、B 和 C"), each with nothing but a joiner
    (or a bracket of its figure) before the next."""
    out = []
    for x in reader.s.mentions:
        if x.start < pos or x.kind != "scope":
            continue
        between = reader.text[pos:x.start]
        if out and not LIST_JOINER.fullmatch(re.sub(r"[（(][^）)]*[）)]", "", between)):
            break
        if not out and between.strip():
            break
        if out and x.scope[0] != out[0].scope[0]:
            break
        out.append(x)
        pos = x.end
    return out
