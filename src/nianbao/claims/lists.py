"""Which subject a clause after a list item or a 其中 part is about.

Reports list counts one after another ("河北省生源 1106 人，天津市生源 720 人", "升学 145 人（其中境内升学
144 人、境外留学 1 人），应征义务兵 62 人"): each item names only its own number, even when the next item
names its member in another dimension of the same people (天津市 is a 生源地 and the 省内生源; 升学 is a
去向 group, 应征义务兵 a 去向). And after a part under 其中, a clause that names no subject returns to
the whole ("机械工程系毕业生 939 人，其中男生 824 人，毕业去向落实率为 94.25%": the department's rate),
unless it names the part again (男生落实率, 其落实率) or the parts go on (…，女生 115 人，落实率…), as a
reader of Chinese reads them. Kept apart from reader.py so the family can be read on its own.
"""
from __future__ import annotations

import re

# 其中 right before the part's member, with at most a few words between (其中男生, 其中，机械工程系男生).
PART_BEFORE = re.compile(r"其中\s*[，,:：]?[^，,；;。\d]{0,12}$")
# A clause naming the part again by a pronoun: "其落实率", "其中落实率" is not one (a new part).
PART_AGAIN = re.compile(r"\s*(?:其(?!中)|该部分|这部分|他们|她们)")
SHARE_WORDS = re.compile(r"占|比例|比重|所占")
BRACKETED = re.compile(r"[（(][^（()）]*[）)]")


def overlapping_dimensions(vocab) -> set[frozenset]:
    """Pairs of dimensions one word names a member of (天津市: 省内生源 and the 生源地 天津市): they
    classify the same people, so a member of one and a member of the other are items of one list."""
    pairs = getattr(vocab, "_overlapping_dimensions", None)
    if pairs is None:
        pairs = {frozenset((vocab.scopes[w][0], dim)) for w, (dim, _) in vocab.also.items()
                 if w in vocab.scopes and vocab.scopes[w][0] != dim}
        vocab._overlapping_dimensions = pairs
    return pairs


def outside_brackets(text: str) -> str:
    """The text without its closed brackets: "升学 145 人（其中境内升学 144 人），应征…" has its 其中
    inside a bracket that has ended, so what follows is not a part of 升学."""
    return BRACKETED.sub("", text)


def returned_to_whole(reader, scope: dict[str, str], named: dict, pos: int) -> dict[str, str]:
    """The scope at a percentage `pos` in the clause right after a part under 其中, without the part's
    members when the clause names no subject of its own, no share and no further part follows."""
    number = reader.s.number_at(pos)
    if number is None or number.unit != "%" or not scope:
        return scope
    lo = reader.clause_start(pos)
    clause = reader.text[lo:pos]
    if SHARE_WORDS.search(clause) or PART_AGAIN.match(clause) or \
            any(m.kind in ("scope", "college") and lo <= m.start < pos for m in reader.s.mentions):
        return scope
    out = dict(scope)
    for dim, member in scope.items():
        m = named.get(dim)
        if m is not None and _part_ending_at(reader, m, lo) and not _more_parts(reader, dim, pos):
            del out[dim]
            # the other reading (the part's own rate) is kept for the verifier: both are the language's
            left = reader.__dict__.setdefault("parts_left", {})
            left.setdefault(pos, {})[dim] = member
    return out


def parts_left(reader) -> None:
    """Give each value read as the whole's after a part under 其中 the part it may also be about
    ("939 人，其中女生 115 人，落实率为 96.52%": a reader takes it either way)."""
    left = reader.__dict__.get("parts_left")
    if not left:
        return
    for claim in reader.out:
        part = left.get(reader.anchors.get(id(claim)))
        if part and claim.kind in ("value", "vague") and not set(part) & set(claim.scope):
            claim.detail["part_left"] = dict(part)


def _part_ending_at(reader, m, lo: int) -> bool:
    """Whether member mention `m` is a part under 其中 with its own count, whose clause ends at `lo`."""
    if not PART_BEFORE.search(reader.text, max(0, m.start - 16), m.start):
        return False
    if not any(n.end <= m.start and n.unit != "个" for n in reader.s.numbers):
        # no whole before the part; "有 5 个专业，其中数控技术专业…，落实率…" counts members, whose part
        # is one of them with its own rate (the engine helper's minimal change)
        return False
    own = [n for n in reader.s.numbers if m.end <= n.start < lo
           and re.fullmatch(r"[^，,；;。]*", reader.text[m.end:n.start])]
    return len(own) == 1 and re.fullmatch(r"\s*[）)]?\s*[，,]", reader.text[own[0].end:lo]) is not None  # 女生（205 人），


def _more_parts(reader, dim: str, pos: int) -> bool:
    """Whether another member of `dim` is named after `pos` (the parts go on, each with its rate)."""
    return any(m.kind == "scope" and m.scope[0] == dim and m.start > pos for m in reader.s.mentions)


def value_in_brackets(reader, lo: int, pos: int, unit: str):
    """The measure named right before an opening bracket whose clause holds only the number at `pos`
    ("横向技术服务到款额（36.36 万元）和纵向科研经费到款额（3 万元）"): the bracket gives that name's value,
    not the value of the next name."""
    if lo == 0 or reader.text[lo - 1] not in "（(" or reader.residue(lo, pos):
        return None
    before = [m for m in reader.s.mentions if m.kind == "measure" and m.end <= lo - 1
              and not reader.text[m.end:lo - 1].strip()]
    if before and before[-1].measure.fits(unit):
        return before[-1].measure
    members = [m for m in reader.s.mentions if m.kind == "scope" and m.end <= lo - 1
               and RANK_WORDS.fullmatch(reader.text[m.end:lo - 1])]
    if members and unit:  # "签就业协议形式就业最多（2791 人），其次为待就业（293 人）": the member's headcount
        return next((m for m in reader.vocab.measures.values() if m.population and m.fits(unit)), None)
    return None


# Between a member and the bracket of its count: nothing, or the words of its place in a ranking.
RANK_WORDS = re.compile(r"\s*(?:的?人数|生源|毕业生)?\s*(?:最多|最少|居首|次之|位居第[二三四五]|排名第[二三四五]|第[二三四五])?\s*")


# Words of a change, a comparison or a share: a clause so labelled goes on about the item before it.
GOES_ON = re.compile(r"增|减|提|降|升|比|较|占|高|低|多|少|其中|同期|上年|去年|均|都|共|合计|累计|分别|依次")


def named_items_left(reader, scope: dict[str, str], named: dict, pos: int) -> dict[str, str]:
    """"升学 145 人，参军 62 人，创业 1 人": an earlier item named only by its member (升学) and
    counted in its own clause does not carry into a clause that names its own count with words the
    vocabulary does not know: that count is the next item of the list, not a part of 升学."""
    lo = reader.clause_start(pos)
    number = reader.s.number_at(pos)
    if number is None or number.unit == "%" or any(lo <= m.start < pos for m in reader.s.mentions):
        return scope
    label = reader.label_before(lo, pos)
    if len(label) < 2 or GOES_ON.search(label):
        return scope
    out = dict(scope)
    for dim in scope:
        m = named.get(dim)
        if m is not None and m.end <= lo and _item_named_by_member(reader, m, lo, number.unit):
            del out[dim]
    return out


def _item_named_by_member(reader, m, lo: int, unit: str) -> bool:
    """Whether member `m` names the item counted right after it in its own clause (升学 145 人, 境内
    升学的有 144 人), not the subject of a measure (机械工程系毕业生 939 人), with no 其中 since."""
    after = [n for n in reader.s.numbers if m.end <= n.start < lo]
    if not after or after[0].unit != unit or reader.clause_start(after[0].start) > m.start:
        return False
    if re.search(r"[^的有为是共计达到\s]", reader.text[m.end:after[0].start]):
        return False  # words between the member and its number name what it counts (毕业生, 生源)
    if any(x is not m and m.end <= x.start < after[0].start for x in reader.s.mentions):
        return False
    return not re.search(r"其中|中\s*[，,]?\s*$", outside_brackets(reader.text[m.end:lo]))


def listed_size(reader, n) -> bool:
    """"下设的 A、B、C 3 个专业": a count of members right after the members themselves, listed one by one
    (as many as it says), is the list's size, not a quantity a 分别 after it gives values to."""
    if n.unit != "个" or not reader.vocab.nouns or \
            not re.match(r"\s*个?\s*(?:" + reader.vocab.noun_alternation() + ")", reader.text[n.end:]):
        return False
    run, end = 0, n.start
    for m in reversed([x for x in reader.s.mentions if x.kind == "scope" and x.end <= n.start]):
        if not re.fullmatch(r"\s*(?:、|和|与|及|以及)?\s*(?:等)?\s*(?:共|这|合计)?\s*", reader.text[m.end:end]):
            break
        run, end = run + 1, m.start
    return run >= 2 and run == n.value


def trailing_run(members: list) -> list:
    """The members of the dimension named last, from the last one back while they stay in it: a subject
    of another dimension before a list (机械工程系下设的 A、B、C) is not one of its items."""
    if len({m.scope[0] for m in members}) < 2:
        return members
    run = []
    for m in reversed(members):
        if m.scope[0] != members[-1].scope[0]:
            break
        run.append(m)
    return run[::-1] if len(run) >= 2 else members
