"""Shares written without 占: the base named after another verb ("硕士及以上学位教师 195 人，达到专任教师
总数的 66.10%", "约为专任教师的三分之一", "覆盖全日制在校生的 6.91%"). A reader takes "VERB + a quantity
+ 的 + a proportion" after a count as the count's share of that quantity, as with 占. Kept apart from
reader.py so the family can be read on its own.
"""
from __future__ import annotations

import re

from ..text import SMALL_COUNT
from .vocabulary import COLLEGE_NAMES

# The verb, the base and 的, right before the proportion: "达到专任教师总数的", "约为在校生的", "相当于…的近".
VERB_BASE = re.compile(r"(?:达到了|达到|达|约为|约占|为|相当于|覆盖了|覆盖|涵盖)\s*(?:了)?\s*"
                       r"([^，,。；;\d%的]{2,16}?)\s*(?:的)?\s*(?:总数|总人数|人数)?\s*的\s*"
                       r"(?:约|近|将近|接近|超过|逾|不足|不到)?\s*$")


def base_named_by_verb(reader, before: str, pos: int) -> str:
    """The base of a share named after a verb other than 占 in the clause before the proportion at `pos`,
    when a count stands right before the clause and the base names a quantity of the vocabulary or
    the graduates; else ""."""
    m = VERB_BASE.search(before)
    if m is None:
        return ""
    words = m.group(1).strip()
    if not any(True for _ in reader.vocab.mentions(words)):
        return ""  # "达到国家标准的": no quantity of this college
    lo = reader.clause_start(pos)
    counted = [n for n in reader.s.numbers if n.end <= lo and n.unit not in ("%", "成", "倍")]
    if not counted or re.search(r"[^\s，,]", reader.text[counted[-1].end:lo]):
        return ""  # the count must end the clause before: "…195 人，达到…的 66.10%"
    return words


# "专任教师中硕士及以上学位教师 195 人，比例为 66.10%": the base named with 中 before the count, the
# share word in the clause after it.
WITHIN_BEFORE_COUNT = re.compile(r"([\u4e00-\u9fff“”\"]{2,12}?)中\s*[，,]?[^，,。；;中]*?\d[^，,。；;]*[，,]\s*"
                                 r"(?:其|所占|的)?\s*(?:比例|比重|占比|占)[^，,。；;\d]*$")
COLLEGE_FIRST = re.compile(r"^(?:在|从)?(?:" + COLLEGE_NAMES + r"|现有|目前)*")


def base_named_before_count(reader, pos: int) -> str:
    """The base named by "X中" before the count a share word after it is about; "" when X names no
    quantity of the vocabulary."""
    m = WITHIN_BEFORE_COUNT.search(reader.text, 0, pos)
    if m is None:
        return ""
    words = COLLEGE_FIRST.sub("", m.group(1))
    return words if len(words) >= 2 and any(True for _ in reader.vocab.mentions(words)) else ""


# "83.64% 的毕业生签订了就业协议", "4.35% 的毕业生选择继续升学": the proportion first, the member named
# by what the graduates did.
PREDICATE = re.compile(r"\s*的\s*(?:毕业生|学生)\s*(?:已|均|都|已经)?\s*"
                       r"(?:选择了?|签订了?|签了|实现了?|进入了?|参加了?|从事|走上了?|通过|踏上了?)?\s*"
                       r"(?:继续|顺利|成功|以)?\s*([^，,。；;、和与及]{2,12})")
TRAILING = re.compile(r"(?:深造|学习|岗位|工作|的方式|方式|形式)$")


def predicated_member(reader, pos: int) -> tuple[str, str] | None:
    """The member the verb phrase after "X% 的毕业生" names: a member word in it, else the member the
    vocabulary reads the phrase as (签订了就业协议: 签就业协议形式就业)."""
    m = PREDICATE.match(reader.text, pos)
    if m is None:
        return None
    inside = [x for x in reader.s.mentions if x.kind == "scope" and m.start(1) <= x.start and x.end <= m.end(1)]
    if inside:
        return inside[0].scope
    if any(x.kind in ("measure", "college", "not_ours") and m.start(1) <= x.start < m.end(1) for x in reader.s.mentions):
        return None  # "落实了毕业去向" is a measure's, read as the placement rate
    words = TRAILING.sub("", m.group(1))
    return reader.vocab.member_like(words) if len(words) >= 2 else None


# "占比最高的是签就业协议形式就业，为 83.64%": the share named as the topic, the member after 的是,
# the value in the clause after it.
TOPIC_BEFORE = re.compile(r"(?:占比|比例|比重|所占比例)\s*(?:最高|最低|最大|最小|居首|第[一二三四五]|次之|其次)?\s*的\s*(?:是|为)"
                          r"[^，,。；;\d]{2,20}[，,]\s*(?:为|是|达到|达|占)?\s*(?:约|近|超过|逾)?\s*$")
TOPIC_AFTER = re.compile(r"\s*(?:以上|以下|左右|多)?\s*的\s*(?:是|为)")


def topicalised_share(reader, pos: int) -> bool:
    """Whether the proportion at `pos` is the share a topic named before it ("占比最高的是 M，为 X%")."""
    return TOPIC_BEFORE.search(reader.text, max(0, reader.clause_start(pos) - 40), pos) is not None


def subject_after_topic(reader, end: int) -> bool:
    """Whether the member after the proportion ending at `end` is introduced by 的是 ("占…4.35% 的是升学毕业生"):
    the share's subject even after 占."""
    return TOPIC_AFTER.match(reader.text, end) is not None


# "约占一成", "约为三成": 约 before the share verb qualifies the proportion after it.
ABOUT_BEFORE_VERB = re.compile(r"(?:约|大约|大致)\s*(?:占|为)\s*(?:了)?\s*(?:[^，,。；;\d]{0,12}?的)?\s*$")


def about_before_verb(before: str) -> bool:
    """Whether 约 stands before the verb of a share and not before its number ("待就业毕业生约占一成")."""
    return ABOUT_BEFORE_VERB.search(before) is not None


def members_unnamed(reader, pos: int) -> str:
    """The noun of a dimension whose members, not named, are the subject of the figure at `pos`
    ("约四分之一的专业落实率超过 95%", "部分院系落实率不足 90%"): the noun, or ""."""
    if not reader.vocab.nouns:
        return ""
    lo = reader.clause_start(pos)
    nouns = reader.vocab.noun_alternation()
    m = re.search(rf"(?:分之[一二三四五六七八九十]|[一二三四五六七八九]成|半数)\s*(?:的)?\s*({nouns})\s*(?:的)?\s*[^，,。；;\d的]{{0,12}}$", reader.text[lo:pos])
    if m is None or re.search(r"占|比例|比重", reader.text[lo:pos]) or \
            not any(x.kind == "measure" and lo + m.end(1) <= x.start < pos for x in reader.s.mentions):
        return ""  # the rate must be named after the members: "…的专业落实率超过 95%"
    dimension = reader.vocab.nouns[m.group(1)]
    named = any(x.kind == "scope" and x.scope[0] == dimension and lo <= x.start < pos for x in reader.s.mentions)
    return "" if named else m.group(1)


# "…落实率超过 95% 的有 6 个", "…超过 95% 的学院有 3 个": the threshold of members counted after it, whatever
# named them before or after (a noun the vocabulary may not know, as a report's 学院 when no table lists them).
COUNTED_AFTER = re.compile(r"\s*(?:及以上|以上|以下)?\s*的\s*(?:[\u4e00-\u9fff]{1,6}?\s*)?(?:共有|有|共|仅有|只有|达到|达)?\s*"
                           + SMALL_COUNT + r"\s*个")


def threshold_of_a_count(reader, end: int) -> bool:
    """Whether the percentage ending at `end` is the condition of a count of members after it."""
    return COUNTED_AFTER.match(reader.text, end) is not None
