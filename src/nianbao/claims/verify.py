"""Verdicts: each claim against the facts, with the tolerance a reader grants.

A printed number agrees with a fact when one rounds to the other as printed (90.9% and
90.89%); vague quantities get the slack their words give (近六成: 50–60%, 超过 300: at least
300, 约 3000: within 5%). "增长 X 倍" means a ratio of X + 1; a ratio of X is accepted with a
warning, since many readers write it so.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from functools import lru_cache

from ..text import SMALL_COUNT, decimals, find_numbers, fmt, plain, rounded, tolerance
from .breakthroughs import verify_breakthrough
from .complement_ratio import named_count
from .concentrated import verify_concentration
from .dates import same_date
from .filtered_members import within_bound
from .named_members import named_after
from .figure_complements import COMPLEMENT, complement_fact
from .figure_within import figure_among_figure
from .qualified_share import qualified_share
from .member_parts import count_of_member_after_total
from .whole_share import share_of_whole
from .facts import Facts, StatementFacts
from .items_all import every_item
from .items_minimum import every_item_by_minimum
from .item_sides import item_pair
from .own_member import OF_UNNAMED_MEMBERS, OWN, compares_itself, own_target
from .growth_spans import compound_rate, is_annual, span_in, span_starts
from .vocabulary import COLLEGE_NAMES, COUNT_UNITS, GROUP, JOINED, PLACE_DIMENSIONS, WORK_AFTER, Measure, acts_only, same_unit, stem, \
    subsequence
from .model import Claim, ClaimRecord, Fact
from .labels import BASE_TAIL
from .printed_multiples import multiple_of_printed
from .sums import years_of_total
from .unplaced_among import count_word_forms, negated_among
from .unnamed_lists import size_of_listed_members, value_of_unnamed_member
from .unplaced_parts import UNCOUNTED, count_among_unplaced, ranked_among_unplaced, widest_count
from .year_compare import verify_years

HUNDRED = Decimal(100)
# The year's rate of change named as such (增幅, 增长率, 增速), which needs no base year to be read.
RATE_OF_GROWTH = re.compile(r"增幅|降幅|涨幅|增长率|增速|增长幅度|提升幅度|提高幅度|下降幅度|减幅")
# Words of a period longer than a year: a growth over it is not the year's.
SEVERAL_YEARS = re.compile(r"[两二三四五六七八九十多]\s*年|以来|历年|近年|累计|期间|建校|成立|开办|(?:19|20)\d\d\s*年?\s*[—\-–~至到]")
# The words setting one quantity against another named after them.
COMPARED = re.compile(r"比|较|高于|低于|超过|超出|优于|不及|不如|相比|相较")
# A count of those meeting a condition stated before it in its clause (…超过 5000 元的有 120 人).
COUNTED_LAST = re.compile(r"的\s*(?:共有|有|共|计)\s*$")
THRESHOLD_WORD = re.compile(r"超过|逾|高于|低于|不足|不到|以上|以下|达到|不低于|不少于")
DEGREE_BEFORE_SHARE = re.compile(r"(?:大约|约|大致|大概|将近|接近|近|超过|仅|只|已|均|都)+$")
JOINED_ONLY = re.compile(r"\s*(?:与|和|同|跟)\s*")
VERSUS_BEFORE = re.compile(rf"(?:{JOINED}|相对于|对比)\s*$")
# A bound in a bracket after a condition ("95% 以上（含 95%）").
INCLUDED_BEFORE = re.compile(r"[（(]\s*(?:含|包含|包括|不含)\s*$")
# Two ends of a range of members' values ("介于 87.50% 和 94.25% 之间", "在 78.57%—100% 之间").
RANGE_BETWEEN = re.compile(r"(?:介于|在|处于)\s*(\d+(?:\.\d+)?\s*%?)\s*(?:和|与|至|到|—|-|–|~|～)\s*(\d+(?:\.\d+)?\s*%?)\s*之间")
# Members named by a condition as a share's or a vague word's subject ("落实率在 95% 以上的专业").
MEMBERS_SUBJECT = re.compile(r"(超过|逾|高于|低于|不足|不到|达到|不低于|在|超)?\s*(\d+(?:\.\d+)?)\s*%\s*(及以上|以上|以下)?\s*的\s*"
                             r"([\u4e00-\u9fff]{1,4}?)\s*(?:数量|总数|数)?\s*(?:约|大约|仅|只|已|不足|不到|超过|近|逾|接近|将近)?\s*$")
# The gap between the extremes of a dimension ("最高与最低的院系之间相差", "最高和最低相差").
EXTREMES = re.compile(rf"最高\s*(?:的\s*[\u4e00-\u9fff]{{1,4}})?\s*(?:{JOINED})\s*最低")
# A proportion of the other side of a comparison ("超过全校毕业生的一半", "不足…的三成").
PROPORTION_OF = re.compile(r"的\s*(?:一半|半数|[一二两三四五六七八九]成|[一二三四五六七八九十]+分之"
                           r"[一二三四五六七八九十]+|\d+(?:\.\d+)?\s*倍)")
# Words for the whole college, after which a sentence is no longer about a member named before.
COLLEGE_WORD = re.compile(COLLEGE_NAMES)
# People counted by what they did, named right after the number ("1856 人参加了调查", "3 名学生以…获得一等奖").
DID_AFTER = re.compile(r"\s*(?:人|名)?\s*(?:学生|同学|毕业生|学员)?\s*(?:以[^，,。；;]{0,12}?)?\s*(?:参加|参与|选择|报名|接受|完成|通过|获得|取得|填写|提交|回答|反馈)")
# People counted by where they work, right after the number ("612 人在峤川市就业").
WORK_PLACE_AFTER = re.compile(r"\s*(?:人|名)?\s*(?:在|到|赴|去)\s*([^，,。；;\d]{1,12}?)\s*(?:就业|工作|就职|任职)")
# Members counted by a selection, an approval or an award right after their count ("8 个专业入选…",
# "3 个专业获批…"): some of them, which the data do not record, never all the members offered.
SELECTED_AFTER = re.compile(r"\s*(?:先后|均|已|已经|被|成功|分别|陆续|共)*\s*(?:入选|获批|获评|评为|列入|纳入|立项|认定|遴选|"
                            r"被确定|确定为|通过)")
# Parts that are the levels of one classification (国家级、省级、校级): every level, when three or more.
LEVEL = re.compile(r"(?:国家|国|部|省部|省|自治区|市|地市|区|县|行业|校|院|系)级")
AMONG_CLAUSE_END = re.compile(r"(?:当中|之中|中)\s*[，,]$")  # "…1837 名毕业生中，": the clause names people
# A total whose parts follow: "订单培养学生 650 人中，女生 201 人".
AMONG_AFTER = re.compile(r"\s*(?:人|名|份|人次)?\s*(?:当中|之中|中|里)\s*[，,]")
# A topic clause naming the people a figure is counted among (辅导员中，…; 在专任教师当中，…).
AMONG_TOPIC = re.compile(r"\s*(?:在)?\s*([^，,。；;：:]{2,16}?)\s*(?:当中|之中|中)\s*[，,]\s*")
AMONG_WORD = re.compile(r"\s*(?:当中|之中|中)")  # right after the words naming those people
COLLEGE_FIRST = re.compile(r"^(?:" + COLLEGE_NAMES + ")")


# The verb before a qualification a figure's people hold (具有高级职称的, 拥有硕士学位的): the reader keeps
# only its first character, and the figure's name leaves it out.
HOLDING = re.compile(r"^(?:具有|具备|拥有|具|拥)")


def figure_words(words: str) -> str:
    """Words naming an entered figure, without the college before them; the reader splits 及 before
    以上 (硕士及以上) as it splits a list. A list of several (A、B 和 C) names no one figure."""
    words = HOLDING.sub("", COLLEGE_FIRST.sub("", words).replace("、以上", "及以上"))
    return "" if re.search(r"[、，,]|" + JOINED, words) else words


# "女生人数接近男生的四成": a part of something named right before the number, not of the graduates.
OF_ANOTHER = re.compile(r"的\s*(?:近|接近|将近|超过|逾|不足|不到|约|大约|仅|达|达到)?\s*$")


def close(stated: Decimal, places: int, fact: Fact | Decimal, scale: int = 1) -> bool:
    """Equal, or equal once the more precise of the two is rounded as the other is printed."""
    value = fact.value if isinstance(fact, Fact) else fact
    exact = fact.exact if isinstance(fact, Fact) and fact.exact is not None else value
    if abs(stated - exact) <= tolerance(places) * scale or abs(stated - value) <= tolerance(places) * scale:
        return True
    fact_places = -value.as_tuple().exponent if isinstance(value, Decimal) and value.as_tuple().exponent < 0 else 0
    return fact_places < places and abs(stated - value) <= tolerance(fact_places)


# "…名毕业生选择升学", "…名学生已应征入伍": the words between a count of people and their destination.
DESTINATION = "毕业去向"
DESTINATION_LEAD = re.compile(r"\s*(?:的)?\s*(?:应届)?(?:毕业生|学生|同学)?\s*(?:选择|实现|成功|顺利|已经|已|均|通过|参加|继续|进一步)*\s*")
OWN_COUNT_AFTER = re.compile(r"\s*(?:的|为|达|有|共|约|近|超过|逾)*\s*[\d一二两三四五六七八九十百千]")
RATE_AFTER = re.compile(r"\s*(?:率|比例|占比|比重|人数|的比例)")
RANKING_WORD = re.compile(r"最|排名|排在|排序|排|位居|位列|居|依次|前[一二三两四五六七八九十\d]|后[一二三两四五六七八九十\d]|第")
COUNT_WORDS = re.compile(r"人数|总数|数量|规模|的|中|里|\s")
# Words between a member and its ranking word that name no quantity (机械工程系的毕业生人数在各院系中最多).
RANK_FILLER = re.compile(r"在?各(?:院系|系部|系|专业|学院|二级学院)?(?:中|之中|当中|里)?|全校|全院|全部|所有|位居|居|排名|排在|"
                         r"均|都|为|是|数|人数|总数|数量|规模|人次|比例|占比|之|相对|较|最|依次|第|"
                         r"生源|毕业生|学生|新生|来源|的|在|[一二两三四五六七八九十百\d]+\s*个|中|当中|之中|里")
# Words naming the other side of a comparison or joining the sides (比智能技术系, 与全校平均水平相比).
SIDE_WORDS = re.compile(r"相比|相较|比|较|与|和|同|跟|平均水平|平均|水平|全省|全市|全国|同类院校|上届|上年|去年|其他|其余")
UNNAMED_QUANTITY = "所比的量（起薪、收入等）数据中没有，无法核对"
# "…超过毕业生总数的", "…不足全校毕业生的": a word of degree, then all the graduates as the whole of a share.
OF_ALL_GRADUATES = re.compile(r"(超过|不足|不到|接近|将近|近|约占|约为|约|逾|达到|高于|低于)\s*(?:全校|全院|学院|全部|全体|本届)?"
                              r"\s*毕业生\s*(?:总数|总人数|人数)?\s*的\s*$")
DEGREE_QUALIFIER = {"超过": "over", "逾": "over", "高于": "over", "不足": "under", "不到": "under", "低于": "under",
                    "接近": "near", "将近": "near", "近": "near", "约占": "about", "约为": "about", "约": "about"}
# Words of degree before a relation (明显高于, 略低于): they name no quantity.
DEGREE = re.compile(r"明显|显著|远远|远|略微|略|稍微|稍|均|都|也|要|仍然|仍|还|整体|总体|普遍|大幅|进一步|继续")
# A share's base named as the graduates a count of them does not count (未落实人数, 尚未落实去向的毕业生).
NEGATED_BASE = re.compile(r"^(?:尚未|暂未|仍未|未|没有)(.+?)的?(?:毕业生|学生)?(?:总人数|总数|人数|人员)?$")
# A share's base named as the graduates a count of them counts (已落实人数, 已落实去向的毕业生).
AFFIRMED_BASE = re.compile(r"^(?:已经|已)(.+?)的?(?:毕业生|学生)?(?:总人数|总数|人数|人员)?$")
# All the students of the college as a share's base (全院学生, 全体在校学生): those enrolled.
ALL_STUDENTS = re.compile(r"^(?:" + COLLEGE_NAMES + r"|全体|所有|全部)+(?:在校)?学生(?:总人数|总数|人数)?$")
# A reviewer restating what the report says (报告称, 文中所列, 表中所述): words naming where a figure is
# printed, which narrow nothing about what it counts.
REPORTED = re.compile(r"(?:该|本)?(?:报告|文|正文|原文|表|表格)(?:中)?(?:称|写道|写明|写|提到|显示|指出|所列|所述|所写|列出|载明|表述为)")
# A plan or a target (招生计划, 计划招生, 预计, 拟, 力争): not what the data count.
PLANNED = re.compile(r"计划|预计|预期|拟|目标|力争|规划")


@dataclass(frozen=True)
class Slack:
    """The slack a reader grants to vague words: the one table every check of a vague or rounded
    quantity reads (the corpus README's table), never constants per sentence. A template may change
    any of them in rules.toml: `[settings.claim_slack]` near_tenths = 5 …

    Why these widths. A word of approach (近, 接近, 将近) says the value is a little under the figure and
    never over it, so its band lies wholly below: half a 成 under a 成 (近九成 is 85–90 %; 84.6 % is
    "八成多", 90.9 % "超过九成"), one point under a printed percentage, a tenth under a round count (近千名
    is 900–999; 1104 is "超过一千"). 约 stands on both sides of a round figure, within 5 % of it (约两成 is
    19–21 %, 约 3300 is 3135–3465): wider would let 约两成 stand for 18 % or 22 %, which a reader writes as
    "近两成" or "两成多". A bare X 成 is the value rounded to the nearest 成 (±5 points). Exact figures are
    held to their printed precision elsewhere (half a unit of the last digit)."""
    near_tenths: Decimal = Decimal(5)  # 近 X 成: from X 成 minus this many percentage points
    near_percent: Decimal = Decimal(1)  # 近 N%: from N minus this many points
    near_fraction: Decimal = Decimal("0.1")  # 近 N (a count, an amount): from N × (1 − this)
    about: Decimal = Decimal("0.05")  # 约 N: within this fraction of N
    tenths: Decimal = Decimal(5)  # X 成: within this many points of X 成
    half_low: Decimal = Decimal(45)  # 近半: from this share up to 50%
    half_about: Decimal = Decimal("2.5")  # 约一半 / 一半左右: within this many points of 50% (5 % of it)
    same_level_points: Decimal = Decimal("0.5")  # 持平 of two rates: within this many percentage points
    same_level_fraction: Decimal = Decimal("0.01")  # 持平 of two counts or amounts: within this fraction of the other side
    doubling: Decimal = Decimal("0.05")  # 翻一番: a ratio within this fraction of 2
    ratio_about: Decimal = Decimal("0.05")  # 约 N:1
    ratio_printed: Decimal = Decimal("0.005")  # N:1 or N 倍 with no vague word: within this fraction of N

    @classmethod
    def from_settings(cls, settings: dict | None) -> "Slack":
        given = (settings or {}).get("claim_slack") or {}
        names = {f.name for f in fields(cls)}
        return cls(**{k: Decimal(str(v)) for k, v in given.items() if k in names and v is not None})


SLACK = Slack()


def vague_ok(stated: Decimal, qualifier: str, actual: Decimal, places: int = 0, tenths: bool = False,
             word: str = "", slack: Slack = SLACK) -> bool:
    """The slack a reader grants: 近 X 成 (X−0.5 成 to X 成), 近 N% (N−1 to N), 近 N and 近 M 分之 N (0.9 N to N);
    超过/逾 N (more than N as written: no half-unit below), 以上 (at least N), N 余 (more than N, under the next round number);
    不足 N (under N); 约 N (`about_slack`); X 成 (within half a 成)."""
    half = tolerance(places)
    if qualifier == "near":
        # a fraction in words (近三分之一, 接近四分之一) is a round figure like 近 N, not a percentage
        # printed to its last digit: 10 % of it below
        low = stated - slack.near_tenths if tenths else stated - slack.near_percent if word == "%" else \
            stated * (1 - slack.near_fraction)
        return low <= actual < stated  # 近六成 of 60.3% is false to any reader: "near" stays below
    if qualifier == "over":
        if word in ("余", "多") and not tenths:
            step = Decimal(10) ** max(len(str(int(stated))) - len(str(int(stated)).rstrip("0")), 1) \
                if stated == int(stated) else Decimal(1)
            return stated < actual < stated + step
        if tenths and word in ("多",):
            return stated < actual < stated + 10
        # "超过 88%" of 87.92% is false to any reader: the threshold is the number as written.
        return actual >= stated if word == "以上" else actual > stated
    if qualifier == "under":
        return actual < stated + half
    if qualifier == "about":
        return abs(actual - stated) <= about_slack(stated, places, slack.about)
    if tenths:
        return stated - slack.tenths <= actual < stated + slack.tenths
    return abs(actual - stated) <= half


def about_slack(stated: Decimal, places: int, fraction: Decimal) -> Decimal:
    """How far 约 N may be from the value. A round N (two significant digits: 约 3300, 约 1.6:1,
    约 95%) is a rough figure, granted `fraction` of N; an N printed to three or more digits
    (约 167, 约 19.19) claims that precision, granted one unit of its last digit or 1 %."""
    printed = abs(stated).quantize(Decimal(10) ** -places)  # 约三分之一: 33, not 33.333…
    if not printed or len(printed.normalize().as_tuple().digits) <= 2:
        return max(abs(stated) * fraction, tolerance(places))
    return max(Decimal(10) ** -places, abs(stated) / 100)


def half_ok(qualifier: str, value: Decimal, slack: Slack = SLACK) -> bool:
    """过半 / 大多数 (over half), 不足一半 (under half), 约一半 (within 5%), 近半 (half_low to 50%)."""
    if qualifier == "about":
        return abs(value - 50) <= slack.half_about
    return value > 50 if qualifier == "over" else value < 50 if qualifier == "under" else slack.half_low <= value < 50


MONEY = {"元": Decimal(1), "万元": Decimal(10_000), "亿元": Decimal(100_000_000)}


def in_unit(value: Decimal, unit: str, wanted: str) -> Decimal:
    """A stated amount in the unit of the fact it is checked against (逾 2.1 亿元 against 万元)."""
    if unit in MONEY and wanted in MONEY and unit != wanted:
        return value * MONEY[unit] / MONEY[wanted]
    return value


# 约 standing before the verb rather than the number ("约占毕业生的三成", "大约有 3300 人").
ABOUT_BEFORE = re.compile(r"(?:大约|约|大概|大致)\s*(?:占|有|为|是|达|在)[^，,。；;\d]{0,16}$")


# How far back a clause is looked for: a clause of prose is far shorter, and a paragraph with no
# punctuation (a run of thousands of figures) must not make every claim scan it.
CLAUSE_WINDOW = 200


_FIGURE = re.compile(r"\d+(?:\.\d+)?")


def _full_sentence(claim: Claim) -> tuple[int, int]:
    """The sentence of a claim up to its full stop, across the semicolons of its parallel clauses."""
    return id(claim.unit), max(claim.unit.text.rfind(mark, 0, claim.start) for mark in "。！!？?") + 1


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts: after the last full stop, semicolon or exclamation."""
    return max(text.rfind(mark, 0, pos) for mark in "。；;！!") + 1


def clause_start(text: str, pos: int, marks: str = "，,。；;：:") -> int:
    """Where the clause ending at `pos` starts: after the last of `marks`, at most CLAUSE_WINDOW back."""
    floor = max(0, pos - CLAUSE_WINDOW)
    return max(max(text.rfind(mark, floor, pos) for mark in marks) + 1, floor)


def percent_in_digits(words: str) -> str:
    """百分之九十五 written as 95%, so that one pattern reads a threshold however it is spelled."""
    if "百分之" not in words:
        return words
    for n in reversed(find_numbers(words)):
        if n.unit == "%" and n.text.startswith("百分之"):
            words = words[:n.start] + f"{plain(n.value)}%" + words[n.end:]
    return words


def about_before(claim: Claim) -> str:
    """"about" when 约 qualifies the clause's verb before the number, else ""."""
    text = claim.unit.text
    lo = max(text.rfind(mark, 0, claim.start) for mark in "，,。；;：:") + 1
    return "about" if ABOUT_BEFORE.search(text, lo, claim.start) else ""


def qualifier_word(claim: Claim) -> str:
    """Which word made a number vague: 余/多/以上 matter for the slack."""
    n = claim.number
    if n is None:
        return ""
    after = claim.unit.text[claim.end:claim.end + 3] if claim.end else ""
    shown = claim.value
    for word in ("余", "多", "以上"):
        if word in shown or after.lstrip().startswith(word):
            return word
    if "分之" in n.text and not n.text.startswith("百"):
        return "分之"  # 三分之一: a round fraction, not a percentage printed to its last digit
    return "%" if n.unit == "%" else ""


# Patterns over the vocabulary's nouns, compiled once per vocabulary (every claim asks them).
@lru_cache(maxsize=8)
def _members_averaged(nouns: str) -> re.Pattern:
    return re.compile(SMALL_COUNT + r"\s*个\s*(?:" + nouns + r")[^，,。；;\d]{0,6}平均")


@lru_cache(maxsize=8)
def _members_of_condition(nouns: str) -> re.Pattern:
    return re.compile(r"\s*(?:及以上|以上|以下|左右|之间)?\s*(?:[（(][^）)]{0,12}[）)])?\s*的\s*(?:(?:" + nouns +
                      r")|(?:有|是|为|包括|共有)[^，,。；;\d]{0,20}?" + SMALL_COUNT + r"\s*个\s*(?:" + nouns + "))")


class Verifier:
    def __init__(self, facts: Facts, statements: StatementFacts, claims: list[Claim], slack: Slack = SLACK):
        self.facts = facts
        self.statements = statements
        self.claims = claims
        self.slack = slack
        self._by_unit: dict | None = None  # id(unit) -> its claims, in reading order
        # (id(unit), sentence start) -> the named base a share of that sentence agreed with: a candidate
        # base of the shares with no base of their own in the parallel clauses after it
        # (专任教师中高级职称 142 人，占 32.95%；硕士及以上学位 241 人，占 55.92%)
        self._sentence_base: dict[tuple[int, int], tuple[Decimal, str]] = {}

    def verify(self, claim: Claim) -> ClaimRecord:
        if not claim.ours:
            return ClaimRecord(claim, "not_ours", note="不是本校的数据（全国、全市、同类院校等）")
        self._resolve_subject(claim)
        self._destination_after(claim)
        listed = value_of_unnamed_member(self, claim) if claim.kind in ("value", "vague") else \
            size_of_listed_members(self, claim) if claim.kind == "members" else None
        if listed is not None:  # "5 个专业的毕业生人数依次为 374 人、236 人…": the members' values
            return listed
        if claim.kind in ("value", "vague") and self._a_condition(claim):
            return ClaimRecord(claim, "unverifiable", note="数值是所计成员的条件（…的专业），不是所述数量")
        if claim.kind in ("value", "vague") and self._counted_by_condition(claim):
            return ClaimRecord(claim, "unverifiable", note="所计为满足条件的人（…超过 X 的有 N 人），不是全体")
        if claim.kind in ("value", "vague") and INCLUDED_BEFORE.search(claim.unit.text, max(0, claim.start - 12),
                                                                       claim.start):
            return ClaimRecord(claim, "unverifiable", note="括注中的界限（含 95%），不是所述数量")
        ranged = self._range_of_members(claim) if claim.kind in ("value", "vague") else None
        if ranged is not None:
            return ranged
        if claim.kind in ("value", "vague") and self._average_of_members(claim):
            return ClaimRecord(claim, "unverifiable", note="各成员的平均值（…个专业的平均落实率），不是全校的值")
        if claim.kind in ("value", "vague") and self._among_a_smaller_figure(claim):
            return ClaimRecord(claim, "unverifiable", note="所计为上文所述另一类人员中的一部分，不是全校的数")
        if claim.kind in ("value", "vague") and self._planned(claim):
            return ClaimRecord(claim, "unverifiable", note="计划或预计的数（招生计划、拟…），不是实际的数")
        among_unplaced = count_among_unplaced(self, claim)
        if among_unplaced is not None:  # "未落实去向的 304 名毕业生中，机械工程系 54 人": its graduates not placed
            return among_unplaced
        if claim.kind in ("value", "vague") and (self._of_other_people(claim) or self._part_of_another_total(claim)):
            return ClaimRecord(claim, "unverifiable", note="所计为上文所述的另一人群（新生、受访者、做某事的人等）")
        among = figure_among_figure(self, claim) or qualified_share(self, claim) or \
            count_of_member_after_total(self, claim)
        if among is not None:  # "专任教师中高级职称教师占比…"; "开设 25 个专业，其中机械工程系 5 个"
            return among
        if claim.detail.get("concentrated"):  # …的专业全部集中在 A 和 B
            return verify_concentration(self, claim) or ClaimRecord(claim, "unverifiable",
                                                                    note=self._why_unverifiable(claim))
        if claim.detail.get("breakthrough"):  # 实现零的突破: the first year above 0
            return verify_breakthrough(self, claim) or ClaimRecord(claim, "unverifiable", note=self._why_unverifiable(claim))
        method = getattr(self, f"_{claim.kind}", None)
        record = method(claim) if method else None
        record = record or share_of_whole(self, claim)  # "高级职称教师 102 人，占比 34.58%": of its whole
        return record or ClaimRecord(claim, "unverifiable", note=self._why_unverifiable(claim))

    def _among_a_smaller_figure(self, claim: Claim) -> bool:
        """"辅导员中，硕士及以上学位教师 30 人": a figure counted among the people of another figure too
        small to hold it is a part of those people, not the college's figure."""
        if getattr(self, "vocab", None) is None or claim.measure is None or claim.measure.kind != "figure":
            return False
        text = claim.unit.text
        lo = max(text.rfind(mark, 0, claim.start) for mark in "，,；;：:")
        if lo < 0:
            return False
        before = max(text.rfind(mark, 0, lo) for mark in "，,。；;：:") + 1
        topic = AMONG_TOPIC.fullmatch(text[before:lo + 1])
        other = self._figure_in_unit(topic.group(1), claim.measure) if topic else None
        if other is None or claim.measure.unit == "%":
            return False  # a rate or share is no count of people among others
        big, small = self.facts.value(other, {}, claim.year), self.facts.value(claim.measure, {}, claim.year)
        return big is not None and small is not None and big.value < small.value

    def _figure_in_unit(self, words: str, measure: Measure) -> Measure | None:
        """Another entered figure than `measure`, in its unit, that the words name."""
        other = self.vocab.measure_like(figure_words(words), measure.unit)
        return other if other is not None and other.kind == "figure" and other.key != measure.key and \
            same_unit(other.unit, measure.unit) else None

    def _can_hold(self, whole: Measure, part: Measure, year: int | None) -> bool:
        big, small = self.facts.value(whole, {}, year), self.facts.value(part, {}, year)
        return big is not None and small is not None and big.value >= small.value

    def _planned(self, claim: Claim) -> bool:
        """"招生计划 3300 人", "计划招生 3400 人，实际录取…": a plan or target in the number's clause, not the
        entered figure (which counts what happened). Words of the vocabulary (不就业拟升学, 生涯规划) are no plan."""
        text = claim.unit.text
        lo = max(text.rfind(mark, 0, claim.start) for mark in "，,。；;：:（(") + 1
        clause = text[lo:claim.start]
        if PLANNED.search(clause) is None:
            return False
        vocab = getattr(self, "vocab", None)
        for s, e, _ in reversed(vocab.mentions(clause) if vocab is not None else []):
            clause = clause[:s] + clause[e:]
        return PLANNED.search(clause) is not None

    def _a_condition(self, claim: Claim) -> bool:
        """"落实率低于 80% 的专业只有…": a threshold naming which members are counted, not a value."""
        vocab = getattr(self, "vocab", None)
        if vocab is None or not vocab.nouns or claim.number is None:
            return False
        # "达到 100% 的专业数为 2 个", "90%—95% 的专业": the number before 的 + the members' noun; "达到 100%
        # 的有 A 等两个专业": the members, named or counted, after 的有
        return _members_of_condition(vocab.noun_alternation()).match(claim.unit.text, claim.end) is not None

    @staticmethod
    def _counted_by_condition(claim: Claim) -> bool:
        """"毕业生中，月收入超过 5000 元的有 120 人": people meeting a condition stated right before,
        not the population named earlier in the sentence."""
        if claim.measure is None or not claim.measure.population:
            return False
        text = claim.unit.text
        lo = max(text.rfind(mark, 0, claim.start) for mark in "，,。；;：:") + 1
        clause = text[lo:claim.start]
        return COUNTED_LAST.search(clause) is not None and THRESHOLD_WORD.search(clause) is not None

    def _range_of_members(self, claim: Claim) -> ClaimRecord | None:
        """"5 个系的落实率介于 87.50% 和 94.25% 之间", "各专业落实率在 78.57% 至 100% 之间": the lowest
        and the highest of the members named, each end checked as the range's bound."""
        vocab = getattr(self, "vocab", None)
        if vocab is None or not vocab.nouns or claim.measure is None or claim.number is None:
            return None
        text = claim.unit.text
        lo = max(text.rfind(mark, 0, claim.start) for mark in "，,。；;：:") + 1
        hi = min([i for i in (text.find(mark, claim.end) for mark in "，,。；;") if i >= 0] or [len(text)])
        clause = text[lo:hi]
        ends = RANGE_BETWEEN.search(clause)
        if ends is None:
            return None  # (most values: no range, and the members' pattern is not built)
        group = re.search(SMALL_COUNT + r"\s*个\s*(" + vocab.noun_alternation() + r")|(?:各|所有|全部)\s*(" +
                          vocab.noun_alternation() + r")", text[max(text.rfind(m, 0, claim.start) for m in "。；;") + 1:hi])
        if ends is None or group is None:
            return None
        dimension = vocab.nouns[group.group(1) or group.group(2)]
        scope = {k: v for k, v in claim.scope.items() if k != dimension}
        members = self.facts.members(claim.measure, dimension, scope, claim.year)
        if len(members) < 2:
            return None
        low_end = lo + ends.start(1) <= claim.start < lo + ends.end(1)
        extreme = min(members, key=lambda x: x[1].value) if low_end else max(members, key=lambda x: x[1].value)
        fact = Fact(extreme[1].value, f"{extreme[0]} {extreme[1].display}",
                    f"{claim.measure.name}（各{dimension}{'最低' if low_end else '最高'}）", extreme[1].reference)
        stated = claim.number.value
        ok = close(stated, claim.number.places, extreme[1]) or (stated < extreme[1].value if low_end
                                                                 else stated > extreme[1].value)
        return ClaimRecord(claim, "agrees" if ok else "contradicts", fact, expected="" if ok else extreme[1].display)

    def _average_of_members(self, claim: Claim) -> bool:
        """"24 个专业的平均落实率为 91.5%": the mean over members, which weighs each member alike."""
        vocab = getattr(self, "vocab", None)
        if vocab is None or not vocab.nouns:
            return False
        text = claim.unit.text
        lo = clause_start(text, claim.start)
        return _members_averaged(vocab.noun_alternation()).search(text, lo, claim.start) is not None

    def _unit_claims(self, claim: Claim) -> list[Claim]:
        """The claims read from the claim's text unit, in reading order."""
        if self._by_unit is None:
            self._by_unit = {}
            for c in self.claims:
                self._by_unit.setdefault(id(c.unit), []).append(c)
        return self._by_unit.get(id(claim.unit), [])

    def _of_other_people(self, claim: Claim) -> bool:
        """A count read as graduates that counts other people: those who did something, named after the
        number ("毕业生中有 1856 人参加了调查"), or a part (under 其中, or after "N 人中，") of a total of
        such people, of people the subject's unread words narrow, or of people the vocabulary does not
        count as graduates ("2025 级新生 3213 人，其中女生 980 人", "回收有效问卷 1856 份，其中女生 602 人")."""
        if claim.measure is None or not claim.measure.population or claim.number is None:
            return False
        text = claim.unit.text
        if self._did_something(claim, claim.end) or self._work_somewhere(claim):
            return True
        lo = sentence_start(text, claim.start)
        total = self._total_before_among(claim)
        if total is None or total.number.unit not in ("人", "名", "份", "人次", "位"):
            return False  # "有 5 个专业，其中数控技术专业毕业生 236 人": members, not people
        if any(dim.startswith("毕业去向") for dim in claim.scope) and "落实" in text[lo:total.start]:
            return False  # "未落实去向的 304 人中，待就业 293 人" (read5's minimal change): a destination's graduates
        if total.measure is not None and total.measure.kind == "figure" and not total.measure.population:
            return True  # 新生, 学历生: an entered figure of other people
        if self._work_somewhere(total):
            return True  # "612 人在峤川市就业，其中汽车工程系 143 人": a part of those people
        if total.measure is None or total.measure.kind == "label" or self._did_something(total, total.end) or \
                total.detail.get("unread"):
            # people the text names in its own words, unless they number what the graduates of that scope do
            whole = self.facts.population(total.scope, total.year)
            return whole is None or whole.value != total.number.value
        return False

    def _part_of_another_total(self, claim: Claim) -> bool:
        """"2025 级新生 3213 人，其中中职生源 900 人": an entered figure that counts a part of other people
        (the template's part_of: 中职生源 of 全日制在校生), named under 其中 after a total of people it is no
        part of, counts the part of that total, not the entered figure."""
        vocab = getattr(self, "vocab", None)
        if vocab is None or claim.measure is None or claim.measure.key not in vocab.part_of or claim.number is None:
            return False
        total = self._total_before_among(claim)
        if total is None or COUNT_UNITS.get(total.number.unit, total.number.unit) != \
                COUNT_UNITS.get(claim.number.unit, claim.number.unit) or \
                total.measure is not None and total.measure.key == claim.measure.key:
            return False  # "两支队伍，其中前者 259 人": no total of people
        return total.measure is None or total.measure.key not in vocab.wholes_of(claim.measure.key)

    def _total_before_among(self, claim: Claim) -> Claim | None:
        """The count of the sentence that `claim` is a part of: stated before its 其中 or before "…中，"."""
        text = claim.unit.text
        lo = sentence_start(text, claim.start)
        among = text.rfind("其中", lo, claim.start)
        totals = [c for c in self._unit_claims(claim) if c.number is not None and lo <= c.start and c.end <= claim.start
                  and c.kind in ("value", "vague") and c is not claim]
        return next((c for c in reversed(totals) if c.end <= among or AMONG_AFTER.match(text, c.end)), None)

    def _work_somewhere(self, claim: Claim) -> bool:
        """"毕业生中有 612 人在峤川市就业": those who work at a place (a city, a province, an industry), a
        part of the graduates no data counts (生源地 is where they came from, not where they work); a
        destination the words name (在国外深造) is read as that destination elsewhere."""
        found = WORK_PLACE_AFTER.match(claim.unit.text, claim.end)
        vocab = getattr(self, "vocab", None)
        if found is None or vocab is None:
            return False
        return not any(vocab.scopes[w][0].startswith(DESTINATION) for _, _, w in vocab.mentions(found.group(1))
                       if w in vocab.scopes)

    def _did_something(self, claim: Claim, end: int) -> bool:
        """"1856 人参加了调查": a verb right after the count, naming no member ("154 人选择升学" is 升学)."""
        found = DID_AFTER.match(claim.unit.text, end)
        if found is None:
            return False
        text = claim.unit.text
        stop = min([i for i in (text.find(mark, found.end()) for mark in "，,。；;！!") if i >= 0] or [len(text)])
        vocab = getattr(self, "vocab", None)
        return vocab is None or not any(w in vocab.scopes for _, _, w in vocab.mentions(text[found.end():stop]))

    def _resolve_subject(self, claim: Claim) -> None:
        """Words narrowing the subject that name a member in another form ("签订就业协议的毕业生" for
        签就业协议形式就业, "应征入伍" for 应征义务兵) make that member the claim's scope."""
        unread = claim.detail.get("unread")
        vocab = getattr(self, "vocab", None)
        if not unread or vocab is None:
            return
        if REPORTED.fullmatch(unread):  # "报告称专任教师有 259 人", "文中所列辅导员 45 人": a restatement
            claim.detail["unread"] = ""
            return
        if claim.measure is not None and claim.measure.kind == "figure" and acts_only(unread):
            claim.detail["unread"] = ""  # "学院聘请校外兼职教师 45 人": 聘请 acts on the figure, narrows nothing
            return
        if claim.measure is not None and claim.measure.kind == "figure" and self._names_a_figure(claim, unread):
            # "专任教师中，硕士及以上学位教师 195 人": the figure is counted among another one, which
            # narrows nothing its own name does not already say; or the words are the figure's name
            # itself, as the vocabulary spells it otherwise (学校具有硕士及以上学位的教师共 195 人)
            claim.detail["unread"] = ""
            return
        narrower = self._figure_within(claim.measure, unread) if claim.measure is not None and \
            claim.measure.kind == "figure" else None
        if narrower is not None:  # "具有高级职称的专任教师 102 人": the figure counted within this one
            claim.measure = narrower
            claim.detail["unread"] = ""
            claim.detail["read_as"] = unread
            return
        member = vocab.member_like(unread) or self._short_member(claim, unread)
        if member is None or member[0] in claim.scope or self._place_of_work(claim, unread, member):
            return
        if claim.kind == "share" and claim.detail.get("base_scope") is None and not claim.detail.get("base"):
            claim.detail["base_scope"] = dict(claim.scope)  # the implied base: the subject before narrowing
        claim.scope = {**claim.scope, member[0]: member[1]}
        claim.detail["unread"] = ""
        claim.detail["read_as"] = unread

    def _destination_after(self, claim: Claim) -> None:
        """"超过 140 名毕业生选择升学", "有 62 名毕业生应征入伍": the people counted are those of the
        destination named right after them, not all graduates."""
        vocab = getattr(self, "vocab", None)
        if vocab is None or claim.kind not in ("value", "vague") or claim.measure is None or \
                not claim.measure.population or any(d.startswith(DESTINATION) for d in claim.scope):
            return
        text = claim.unit.text
        lead = DESTINATION_LEAD.match(text, claim.end)
        at = lead.end() if lead else claim.end
        word = next((w for s, _, w in vocab.mentions(text[at:at + 12]) if s == 0), None)
        scope = vocab.scopes.get(word) if word else None
        # not "3337 名毕业生升学率" (the rate's population), nor "939 人升学 40 人" (the destination's own count)
        if scope is not None and scope[0].startswith(DESTINATION) and \
                not RATE_AFTER.match(text, at + len(word)) and not OWN_COUNT_AFTER.match(text, at + len(word)):
            claim.scope = {**claim.scope, scope[0]: scope[1]}
            claim.detail["read_as"] = word

    def _figure_within(self, measure: Measure, words: str) -> Measure | None:
        """The entered figure the template counts within `measure` that the words narrowing it name with
        its people's noun (高级职称 before 专任教师: 高级职称教师), or None."""
        words = figure_words(words)
        if len(words) < 2:
            return None
        for k in range(len(measure.name)):
            other = self.vocab.measure_like(words + measure.name[k:], measure.unit)
            if other is not None and other.kind == "figure" and other.key != measure.key and \
                    measure.key in self.vocab.wholes_of(other.key):
                return other
        return None

    def _names_a_figure(self, claim: Claim, words: str) -> bool:
        """Whether the words narrowing a figure are its own name (学校具有硕士及以上学位的教师), or name
        the people it is counted among (专任教师中…) as another entered figure that can hold it
        (专任教师 295 before 硕士及以上学位教师 195; not 辅导员 54: those are a part of the 辅导员)."""
        measure = claim.measure
        same = self.vocab.measure_like(figure_words(words), measure.unit)
        if same is not None and same.kind == "figure" and same.key == measure.key:
            return True
        at = claim.unit.text.rfind(words, 0, claim.start)
        among = at >= 0 and AMONG_WORD.match(claim.unit.text, at + len(words)) is not None
        other = self._figure_in_unit(words, measure) if among else None
        return other is not None and self._can_hold(other, measure, claim.year)

    @staticmethod
    def _place_of_work(claim: Claim, unread: str, member: tuple[str, str]) -> bool:
        """"天津市就业人数 1203 人": a place followed by work words is where graduates work, not a 生源."""
        if member[0] not in PLACE_DIMENSIONS:
            return False
        at = claim.unit.text.rfind(unread[-2:], 0, claim.start)
        return "生源" not in unread and (WORK_AFTER.search(unread) is not None or
                                        at >= 0 and WORK_AFTER.match(claim.unit.text, at + 2) is not None)

    def _short_member(self, claim: Claim, unread: str) -> tuple[str, str] | None:
        """"机械系毕业生…": the unread words stand right before a dimension's noun in the text."""
        if not self.vocab.nouns:
            return None
        m = re.search(re.escape(unread) + r"\s*(" + self.vocab.noun_alternation() + ")", claim.unit.text)
        return self.vocab.member_short(unread, m.group(1)) if m else None

    def _why_unverifiable(self, claim: Claim) -> str:
        if claim.measure is None:
            return "未识别所述指标"
        if claim.detail.get("unread"):
            return f"范围“{claim.detail['unread']}”未能识别"
        if claim.measure.kind != "label" and self.facts.knows(claim.measure):
            year = claim.detail.get("target_year") or claim.year  # a difference with another year's side lacks that year
            what = "、".join(x for x in (f"{year} 年（届）" if year else "", *claim.scope.values()) if x)
            return f"没有{what}的数据" if what else "没有可对照的数据"
        return "没有可对照的数据"

    def _value_fact(self, claim: Claim) -> Fact | None:
        if claim.detail.get("unread"):
            return None  # the subject is narrowed by words the engine does not know: not this scope
        if claim.detail.get("members_total"):
            return self._total_of(claim, [{**claim.scope, k: v} for k, v in claim.detail["members_total"]],
                                  [claim.year], "、".join(v for _, v in claim.detail["members_total"]))
        if claim.detail.get("years_total"):
            return self._years_total(claim)
        if claim.detail.get("measures_total"):
            return self._measures_total(claim)
        if self._destination_names_its_people(claim):
            # "已落实去向 3033 人，待就业 293 人": a destination's count is its people, whatever count was
            # named before it (the placed among the 待就业 are none by definition)
            return self.facts.population(claim.scope, claim.year)
        fact = self.facts.value(claim.measure, claim.scope, claim.year, asking=claim)
        if fact is None and claim.measure is not None and claim.measure.kind == "label" and GROUP not in claim.scope:
            member = self.vocab.member_like(claim.measure.name, GROUP) if getattr(self, "vocab", None) else None
            if member is not None:  # "本土教师 389 人次": an item of an entered figure
                fact = self.facts.value(claim.measure, {**claim.scope, GROUP: member[1]}, claim.year, asking=claim)
        if fact is None and claim.measure is not None and claim.measure.kind == "label":
            fact = self._the_rest(claim) or self._people_of_member(claim)
        if fact is None and claim.measure is not None and claim.measure.kind == "label":
            carried = self._with_elided_subject(claim)
            if carried is not None:
                claim.measure = carried
                fact = self.facts.value(carried, claim.scope, claim.year, asking=claim)
        return fact

    def _people_of_member(self, claim: Claim) -> Fact | None:
        """"签订就业协议的有 2800 人": a count of people under a longer or verb form of a member's name
        (签就业协议形式就业) is that member's graduates."""
        vocab = getattr(self, "vocab", None)
        if vocab is None or claim.number is None or claim.number.unit not in ("人", "名"):
            return None
        member = vocab.member_like(claim.measure.name)
        if member is None or member[0] == GROUP or member[0] in claim.scope:
            return None
        return self.facts.population({**claim.scope, member[0]: member[1]}, claim.year)

    def _the_rest(self, claim: Claim) -> Fact | None:
        """"未落实去向的 304 人": the graduates not counted by a count of them the vocabulary names
        (落实去向) are the scope's graduates less that count."""
        vocab = getattr(self, "vocab", None)
        negated = re.fullmatch(r"(?:尚未|暂未|仍未|未|没有)(.+?)的?", claim.measure.name)
        counted = vocab.measures.get(negated.group(1)) if vocab is not None and negated else None
        return self._rest_of(counted, claim.scope, claim.year) if counted is not None else None

    @staticmethod
    def _destination_names_its_people(claim: Claim) -> bool:
        m = claim.measure
        return m is not None and not m.population and m.kind not in ("figure", "label") and same_unit(m.unit, "人") \
            and any(k.startswith("毕业去向") for k in claim.scope)

    def _with_elided_subject(self, claim: Claim):
        """"行业导师 42 人，全年承担专业课程 1166 课时": a clause that goes on about the figure counted
        just before names its own figure without repeating the subject (行业导师承担专业课程课时数)."""
        vocab = getattr(self, "vocab", None)
        if vocab is None:
            return None
        if self._by_unit is None:
            self._by_unit = {}
            for c in self.claims:
                self._by_unit.setdefault(id(c.unit), []).append(c)
        before = [c for c in self._by_unit.get(id(claim.unit), []) if c.end <= claim.start and
                  c.kind in ("value", "vague") and c.measure is not None and c.measure.kind == "figure"]
        if not before or re.search(r"[。；;！!]", claim.unit.text[before[-1].end:claim.start]):
            return None
        subject = before[-1].measure
        found = vocab.measure_like(stem(subject.name) + claim.measure.name, claim.measure.unit)
        return found if found is not None and found.kind == "figure" and found.key != subject.key else None

    def _years_total(self, claim: Claim) -> Fact | None:
        years = years_of_total(claim.detail["years_total"], self.facts.year)
        return self._total_of(claim, [claim.scope] * len(years), years, f"{years[0]}—{years[-1]} 年" if years else "")

    def _measures_total(self, claim: Claim) -> Fact | None:
        """"专职思政教师和辅导员共计 82 人": the sum of the listed figures, when each is known."""
        measures = claim.detail["measures_total"]
        facts = [self.facts.value(m, claim.scope, claim.year) for m in measures]
        if any(f is None or f.source == "prose" for f in facts) or \
                len({"人" if same_unit(m.unit, "人") else m.unit for m in measures}) != 1:
            return None
        total = sum((f.value for f in facts), Decimal(0))
        return Fact(total, f"{plain(total)} {measures[0].unit}".strip(), f"{'、'.join(m.name for m in measures)}合计",
                    " + ".join(f.display for f in facts))

    def _total_of(self, claim: Claim, scopes: list[dict], years: list, what: str) -> Fact | None:
        facts = []
        for scope, year in zip(scopes, years * (len(scopes) if len(years) == 1 else 1)):
            fact = self.facts.value(claim.measure, scope, year)
            if fact is None or fact.source == "prose":
                return None
            facts.append(fact)
        if not facts:
            return None
        total = sum((f.value for f in facts), Decimal(0))
        unit = claim.measure.unit if claim.measure else ""
        return Fact(total, f"{plain(total)} {unit}".strip(), f"{claim.measure.name}（{what}合计）",
                    " + ".join(f.display for f in facts))

    # ------------------------------------------------------------ plain values

    def _value(self, claim: Claim) -> ClaimRecord | None:
        n = claim.number
        if n is not None and claim.measure is None and self._group_rate(claim):
            return self._share(claim)
        if n is None or claim.measure is None:
            return None
        if claim.measure.key.startswith("count:"):
            return self._member_total(claim)
        fact = self._value_fact(claim)
        if fact is None:
            return None
        if n.unit == "%" and fact.display.endswith("%") is False and claim.measure.unit != "%":
            return None
        stated = in_unit(n.value, n.unit, claim.measure.unit)
        scale = n.scale * (MONEY.get(n.unit, 1) / MONEY.get(claim.measure.unit, 1) if claim.measure.unit in MONEY else 1)
        if close(stated, n.places, fact, scale):
            return ClaimRecord(claim, "agrees", fact)
        part = claim.detail.get("part_left")
        if part:  # "…，其中女生 115 人，落实率为 96.52%": read as the part's rate, it may be right
            own = self.facts.value(claim.measure, {**claim.scope, **part}, claim.year, asking=claim)
            if own is not None and close(stated, n.places, own, scale):
                return ClaimRecord(claim, "agrees", own, note="按其中所述部分的值理解")
        return ClaimRecord(claim, "contradicts", fact, expected=fact.display)

    def _vague(self, claim: Claim) -> ClaimRecord | None:
        if claim.measure is None and claim.scope and ("percent" in claim.detail or claim.number is not None and
                                                      claim.number.unit == "%" and "分之" not in claim.number.text) \
                and not OF_ANOTHER.search(claim.unit.text, 0, claim.start):
            # "本市生源不足三成": a part of the graduates with no measure named is their share
            claim.detail.setdefault("base_scope", dict(list(claim.scope.items())[:-1]))
            claim.detail.setdefault("implied", True)
            return self._share(claim)
        members = self._members_fraction(claim)
        if members is not None:
            return members
        items = every_item(self, claim) or every_item_by_minimum(self, claim)  # 各分项均在 95% 以上: item by
        if items is not None:  # item (or the items' minimum entered as a figure), not the overall figure
            return items
        if claim.measure is None:
            return None
        fact = self._value_fact(claim)
        if fact is None:
            return None
        tenths = "percent" in claim.detail and (claim.number is None or claim.number.unit == "成")
        stated = Decimal(claim.detail["percent"]) if "percent" in claim.detail else \
            in_unit(claim.number.value, claim.number.unit, claim.measure.unit)
        qualifier = claim.detail.get("qualifier", "")
        if claim.number is None and stated == 50:  # 过半 / 近半
            ok = half_ok(qualifier, fact.value, self.slack)
        else:
            ok = vague_ok(stated, qualifier, fact.value, claim.number.places if claim.number else 0, tenths,
                          qualifier_word(claim), self.slack)
        return ClaimRecord(claim, "agrees" if ok else "contradicts", fact, expected="" if ok else fact.display)

    def _member_total(self, claim: Claim) -> ClaimRecord | None:
        if SELECTED_AFTER.match(claim.unit.text, claim.end):
            return None  # "共 8 个专业入选…": the members selected, not those offered
        scope = {k: v for k, v in claim.scope.items() if k != claim.detail["dimension"]}
        totals = self.facts.member_totals(claim.detail["dimension"], claim.detail.get("graduates", False), scope,
                                          claim.detail.get("narrowed", ""))
        if not totals:
            return None
        stated = claim.number.value
        for count, what, source in totals:
            if count == stated:
                return ClaimRecord(claim, "agrees", Fact(Decimal(count), str(count), what, what, source=source))
        count, what, source = totals[0]
        return ClaimRecord(claim, "contradicts", Fact(Decimal(count), str(count), what, what, source=source),
                           expected=f"{count} 个")

    # ------------------------------------------------------------ shares

    def _share(self, claim: Claim) -> ClaimRecord | None:
        record = self._share_read(claim)
        if record is not None and record.verdict == "agrees" and not record.note and record.fact is not None \
                and " / " in record.fact.what:
            base = record.fact.what.rpartition(" / ")[2]
            figures = _FIGURE.findall(base)
            if figures and "+" not in base:
                self._sentence_base.setdefault(_full_sentence(claim), (Decimal(figures[-1]), base))
        return record

    def _share_read(self, claim: Claim) -> ClaimRecord | None:
        d = claim.detail
        printed = self._printed_row_share(claim)
        if printed is not None:
            return printed
        self._subject_before_degree(claim)
        stated = Decimal(d["percent"]) if "percent" in d else claim.number.value if claim.number else None
        if d.get("base_narrowed"):  # 占就业毕业生的: of a part of the population, counted in the sentence or unknown
            return self._share_of_stated_part(claim, stated)
        other_base = self._base_of_others(claim)
        if other_base is not None:
            return self._share_over(claim, stated, *other_base)
        unplaced = negated_among(claim.unit.text, claim.start) if stated is not None else None
        if unplaced is not None and re.sub(r"\s+", "", d.get("base") or "") in re.sub(r"\s+", "", unplaced[1]):
            # "未落实去向的 304 名毕业生中，智能技术系占…": of those people only (the base, if any, is theirs)
            return self._share_among_unplaced(claim, stated, unplaced[0])
        figure = self._figure_subject(claim)
        named = self._named_share(claim) if figure is None else None
        if named is not None:
            return named
        members = self._members_fraction(claim)
        if members is not None:
            return members
        count_claim: Claim | None = d.get("count")
        among = self._among_total(count_claim) if stated is not None and count_claim is not None else None
        if among is not None and (not d.get("base") or d["base"] in claim.unit.text[among.start:count_claim.start]):
            # "就业的 1837 名毕业生中，灵活就业 318 人，占 17.31%": of those people (the base the reader
            # took from the words of that clause, or none named); a reader may also take it of all the
            # population the reader named, so that reading agrees too
            bases = [(among.number.value, among.value, True)]
            whole = self.facts.population(d["base_scope"], claim.year) if d.get("base_scope") is not None else None
            if whole is not None and whole.source != "prose":
                bases.append((whole.value, f"{whole.what} {whole.display}", True))
            return self._share_over(claim, stated, [(count_claim.number.value, count_claim.value)], bases)
        total = self._total_before_among(count_claim) if stated is not None and count_claim is not None \
            and count_claim.number is not None and d.get("base") else None
        if total is not None and not d.get("unread") and self._base_names(d["base"], total):
            # "实际录取 3060 人，其中省外生源 431 人，占录取总数的 14.08%": of the total the part is under
            return self._share_over(claim, stated, [(count_claim.number.value, count_claim.value)],
                                    [(total.number.value, total.value, True)])
        if stated is None or (d.get("unread") and figure is None):
            return None  # a share among people the engine cannot name has no base it can know
        numerators: list[tuple[Decimal, str]] = []
        if figure is not None:  # "专任教师占教职工总数的八成以上": an entered figure over another
            numerators.append((figure.value, f"{figure.what} {figure.display}"))
        elif d.get("members_total"):  # "A 和 B 的毕业生过半": the members' populations together
            pops = [self.facts.population({**claim.scope, k: v}, claim.year) for k, v in d["members_total"]]
            if all(p is not None and p.source != "prose" for p in pops):
                numerators.append((sum((p.value for p in pops), Decimal(0)), " + ".join(p.display for p in pops)))
        elif claim.scope:
            pop = self.facts.population(claim.scope, claim.year)
            if pop is not None and pop.source != "prose":
                numerators.append((pop.value, pop.display))
        if count_claim is not None and count_claim.number is not None:
            numerators.append((count_claim.number.value, count_claim.value))
        denominators: list[tuple[Decimal, str, bool]] = []  # (value, shown, named)
        base_measure, base_scope = d.get("base_measure"), d.get("base_scope")
        if base_measure is not None and count_claim is not None and count_claim.number is not None and \
                not _units_fit(base_measure.unit, count_claim.number.unit):
            return None  # 18420 学时 of 专业课总课时, read as 开设专业数: the base is a quantity not known
        if base_measure is not None and not base_measure.population:
            fact = self.facts.value(base_measure, base_scope or {}, claim.year)
            if fact is not None:
                denominators.append((fact.value, f"{fact.what} {fact.display}", True))
        elif base_scope is not None and (claim.scope or base_measure is not None or d.get("members_total")):
            fact = self.facts.population(base_scope, claim.year)
            if fact is not None:
                denominators.append((fact.value, f"{fact.what} {fact.display}", True))
        if d.get("group_total"):  # the reader helper's minimal change: a 分组 item's share of all the items
            figure = self.facts.grouped_measure(d["group_total"])
            items = self.facts.members(figure, GROUP, {}, claim.year) if figure is not None else []
            if len(items) < 2:
                return None  # never a base guessed from the items the sentence lists
            total = sum((f.value for _, f in items), Decimal(0))
            denominators.append((total, f"{figure.name}合计 {plain(total)}", True))
        sentence = _full_sentence(claim)
        if not denominators and count_claim is not None and count_claim.number is not None and not d.get("base"):
            denominators = [(v, s, False) for v, s in self._guessed_bases(claim, count_claim)]
            if sentence in self._sentence_base:
                denominators.insert(0, (*self._sentence_base[sentence], False))
        return self._share_over(claim, stated, numerators, denominators)

    def _printed_row_share(self, claim: Claim) -> ClaimRecord | None:
        """"企业就业的毕业生占 75.73%" where no dimension names 企业就业 but a table prints its row's share: the
        text restates that cell (compared at the text's precision)."""
        label = claim.detail.get("unread")
        if not label or claim.number is None or claim.number.unit != "%" or claim.number.qualifier \
                or claim.detail.get("count") is not None:
            return None
        # the unread words, else the one member the clause did name when the unread words only repeat its verb
        # (以灵活就业方式就业的: 灵活就业 read, 方式就业 not); other unread words narrow the people, and decide nothing
        members = list(claim.scope.values())
        restated = len(members) == 1 and len(members[0]) >= 2 and label.endswith(members[0][-2:])
        fact = self.facts.row_share(label) or (self.facts.row_share(members[0]) if restated else None)
        if fact is None:
            return None
        ok = abs(fact.value - claim.number.value) <= tolerance(min(claim.number.places, decimals(fact.display)))
        return ClaimRecord(claim, "agrees" if ok else "contradicts", fact, expected="" if ok else fact.display)

    def _share_over(self, claim: Claim, stated: Decimal | None, numerators: list[tuple[Decimal, str]],
                    denominators: list[tuple[Decimal, str, bool]]) -> ClaimRecord | None:
        """The share checked as each numerator over each denominator: agrees when one reading holds."""
        d = claim.detail
        if not numerators or not denominators:
            return None
        results = []
        for num, num_shown in numerators:
            for den, den_shown, named in denominators:
                if den:
                    exact = num * HUNDRED / den
                    results.append((exact, num_shown, den_shown, named))
        if not results:
            return None
        word = qualifier_word(claim)
        qualifier = claim.number.qualifier or about_before(claim) if claim.number is not None else ""
        if claim.number is None:  # 过半 / 近半
            check = (lambda exact: half_ok(d.get("qualifier", ""), exact, self.slack))
        elif claim.number.unit == "成":
            check = (lambda exact: vague_ok(stated, qualifier, exact, 0, True, word, self.slack))
        elif qualifier:
            check = (lambda exact: vague_ok(stated, qualifier, exact, claim.number.places, False, word,
                                            self.slack))
        else:
            check = (lambda exact: abs(exact - stated) <= tolerance(claim.number.places) + Decimal("0.000001"))
        for exact, num_shown, den_shown, named in results:
            if check(exact):
                return ClaimRecord(claim, "agrees", Fact(rounded(exact, 2), f"{fmt(exact, 2)}%",
                                                         f"{num_shown} / {den_shown}", "", exact=exact))
        exact, num_shown, den_shown, named = min(results, key=lambda r: abs(r[0] - stated))
        record = ClaimRecord(claim, "contradicts", Fact(rounded(exact, 2), f"{fmt(exact, 2)}%",
                                                        f"{num_shown} / {den_shown}", "", exact=exact),
                             expected=f"{fmt(exact, max(2, claim.number.places if claim.number else 0))}%")
        if not named:
            record.note = "基数为推测（上文较大的同类数字或并列各项之和）"
        return record

    def _base_of_others(self, claim: Claim) -> tuple[list, list] | None:
        """A share's base named as people other than all the graduates: the graduates a count of them does
        not count (占未落实人数的, 占尚未落实去向毕业生的: the scope's graduates less the placed), or all the
        college's students (占全院学生的: those enrolled). (numerators, denominators), or None."""
        d, vocab = claim.detail, getattr(self, "vocab", None)
        base = re.sub(r"\s+", "", d.get("base") or "")
        if not base or vocab is None:
            return None
        count: Claim | None = d.get("count")
        stated = [(count.number.value, count.value)] if count is not None and count.number is not None and \
            same_unit(count.number.unit, "人") else []
        if vocab.nouns:  # 占该系未落实人数的: the subject's own member, which the reader put in base_scope
            base = re.sub(r"^(?:该|本|所在)(?:" + vocab.noun_alternation() + ")", "", base)
        base = re.sub(r"^(?:" + COLLEGE_NAMES + r"|全体|所有|全部)+(?=已|未|尚未|暂未|仍未|没有)", "", base)
        negated, affirmed = NEGATED_BASE.match(base), AFFIRMED_BASE.match(base)
        if negated is not None or affirmed is not None:
            counted = self._count_named((negated or affirmed).group(1))
            scope = d.get("base_scope")
            if scope is None or not isinstance(scope, dict):
                scope = {k: v for k, v in claim.scope.items() if not k.startswith(DESTINATION)}
            if counted is None:
                return None
            if negated is not None:
                rest = self._rest_of(counted, scope, claim.year)
            else:  # 占全院已落实人数的: of the count itself
                rest = self.facts.value(counted, scope, claim.year) if counted.kind == "count" and \
                    not counted.population else None
                rest = rest if rest is not None and rest.source != "prose" else None
            if rest is None:
                return None
            numerators = list(stated)
            if not numerators and claim.scope and claim.scope != scope:
                # 经济管理工程系占未落实人数的: the member's graduates not counted (or counted, 占已落实…的),
                # never all its graduates
                part = self._rest_of(counted, claim.scope, claim.year) if negated is not None else \
                    self.facts.value(counted, claim.scope, claim.year)
                if part is not None and part.source != "prose":
                    numerators.append((part.value, f"{part.what} = {part.display}"))
            return numerators, [(rest.value, f"{rest.what} = {rest.display}", True)]
        if ALL_STUDENTS.match(base):
            students = vocab.measure_like("在校生", "人")
            fact = self.facts.value(students, {}, claim.year) if students is not None else None
            if fact is None or fact.source == "prose":
                return None
            # only a count the text states: the data count no students but the graduates by group
            return stated, [(fact.value, f"{fact.what} {fact.display}", True)]
        return None

    def _share_among_unplaced(self, claim: Claim, stated: Decimal, words: str) -> ClaimRecord | None:
        """A share of the graduates a count of them does not count (未落实去向的…中，): the member's such
        graduates (or the count the sentence states) over the scope's; None when no count is known."""
        vocab = getattr(self, "vocab", None)
        counted = next((m for m in (self._count_named(f) for f in count_word_forms(words)) if m is not None),
                       None) if vocab is not None else None
        if counted is None or not claim.scope:
            return None
        scope = {k: v for k, v in claim.scope.items() if k not in claim.detail.get("member_keys", claim.scope)}
        whole = self._rest_of(counted, scope, claim.year)
        count: Claim | None = claim.detail.get("count")
        if count is not None and count.number is not None and same_unit(count.number.unit, "人"):
            numerators = [(count.number.value, count.value)]
        else:
            part = self._rest_of(counted, claim.scope, claim.year)
            numerators = [(part.value, f"{part.what} = {part.display}")] if part is not None else []
        if whole is None or not numerators:
            return None
        return self._share_over(claim, stated, numerators, [(whole.value, f"{whole.what} = {whole.display}", True)])

    def _count_named(self, words: str) -> Measure | None:
        return named_count(self.vocab, words)

    def _rest_of(self, counted: Measure, scope: dict, year) -> Fact | None:
        """The scope's graduates that a count of some of them (落实去向人数) does not count."""
        if counted.population or counted.kind != "count" or not same_unit(counted.unit, "人"):
            return None
        whole, part = self.facts.population(scope, year), self.facts.value(counted, scope, year)
        if whole is None or part is None or whole.source == "prose" or part.source == "prose":
            return None
        rest = whole.value - part.value
        return Fact(rest, f"{plain(rest)} 人", f"{whole.what} {whole.display} − {part.what} {part.display}", "",
                    exact=rest)

    def _share_of_stated_part(self, claim: Claim, stated: Decimal | None) -> ClaimRecord | None:
        """“就业的 177 名毕业生中，在本市就业的有 121 人，占就业毕业生的 78.4%”: the part (就业) the base
        names is counted earlier in the same sentence, by a count of it alone (no other scope word)."""
        count: Claim | None = claim.detail.get("count")
        if stated is None or count is None or count.number is None or claim.number is None:
            return None
        part, text = claim.detail["base_narrowed"], claim.unit.text

        def counts_the_part(c: Claim) -> bool:  # 就业 read as a label, or as the graduates narrowed by it
            return c.measure is not None and not c.scope and (
                c.measure.key == f"label:{part}" and not c.detail or c.measure.population and c.detail == {"unread": part})
        base = next((c for c in reversed(self._unit_claims(claim)) if c is not count and c.kind == "value"
                     and counts_the_part(c) and c.number is not None and c.number.unit in ("人", "名")
                     and c.end <= count.start and not re.search(r"[。；;！？]", text[c.end:count.start])), None)
        if base is None or not base.number.value:
            return None
        exact = count.number.value * HUNDRED / base.number.value
        ok = abs(exact - stated) <= tolerance(claim.number.places) + Decimal("0.000001")
        fact = Fact(rounded(exact, 2), f"{fmt(exact, 2)}%", f"{count.value} / {base.value}", "", exact=exact)
        return ClaimRecord(claim, "agrees" if ok else "contradicts", fact,
                           expected="" if ok else f"{fmt(exact, max(2, claim.number.places))}%")

    def _members_fraction(self, claim: Claim) -> ClaimRecord | None:
        """"落实率在 95% 以上的专业约占有毕业生专业的四分之一", "…超过 90% 的院系占全部院系的六成",
        "落实率 95% 以上的院系不足半数": the members meeting a condition as a share of all members."""
        vocab, d = getattr(self, "vocab", None), claim.detail
        if vocab is None or not vocab.nouns or not ("percent" in d or claim.number is not None and
                                                    claim.number.unit == "%" or claim.number is None):
            return None
        text = claim.unit.text
        lo = max(text.rfind(mark, 0, claim.start) for mark in "，,。；;：:") + 1
        subject = percent_in_digits(text[lo:claim.start])
        at = subject.rfind("占")
        nouns = vocab.noun_alternation()
        found = MEMBERS_SUBJECT.search(subject[:at] if at >= 0 else subject)
        noun = re.match(r"(" + nouns + r")\s*$", found.group(4)) if found is not None else None
        if noun is None:
            return None
        measure = next((vocab.measures[w] for _, _, w in vocab.mentions(subject[:found.start(2)])
                        if w in vocab.measures and vocab.measures[w].unit == "%"), None)
        if measure is None:
            return None
        dimension = vocab.nouns[noun.group(1)]
        members = self.facts.members(measure, dimension, {k: v for k, v in claim.scope.items() if k != dimension},
                                     claim.year)
        if len(members) < 2:
            return None
        threshold, before, after = Decimal(found.group(2)), found.group(1) or "", found.group(3) or ""
        if re.search(r"超过|高于|超", before):
            hits = [m for m, f in members if f.value > threshold]
        elif re.search(r"低于|不足|不到", before) or "以下" in after:
            hits = [m for m, f in members if f.value < threshold]
        else:
            hits = [m for m, f in members if f.value >= threshold]
        exact = Decimal(len(hits)) * HUNDRED / len(members)
        fact = Fact(exact.quantize(Decimal("0.01")), f"{fmt(exact, 2)}%",
                    f"{len(hits)} / {len(members)} 个{dimension}（{measure.name}{before}{plain(threshold)}%{after}）",
                    "", exact=exact)
        qualifier = d.get("qualifier") or (claim.number.qualifier if claim.number else "") or about_before(claim)
        if claim.number is None:
            ok = half_ok(qualifier, exact, self.slack)
        else:
            stated = Decimal(d["percent"]) if "percent" in d else claim.number.value
            tenths = claim.number.unit == "成"
            ok = vague_ok(stated, qualifier, exact, claim.number.places, tenths, qualifier_word(claim), self.slack) \
                if qualifier or tenths else abs(exact - stated) <= tolerance(claim.number.places) + Decimal("0.000001")
        return ClaimRecord(claim, "agrees" if ok else "contradicts", fact, expected="" if ok else fact.display)

    def _group_rate(self, claim: Claim) -> bool:
        """"升学率为 4.35%", "待就业率": a group's 率 is its share of the population it belongs to (the
        dimension has a share indicator over it); the claim is then checked as that share."""
        vocab = getattr(self, "vocab", None)
        if vocab is None or claim.number.unit != "%" or not claim.scope:
            return False
        dim, member = list(claim.scope.items())[-1]
        if dim not in vocab.shares_over:
            return False
        before = claim.unit.text[:claim.start]
        words = [w for w, scope in vocab.scopes.items() if scope == (dim, member)]
        if not any(re.search(re.escape(w) + r"\s*率", before) for w in words):
            return False
        claim.detail.setdefault("base_scope", {k: v for k, v in claim.scope.items() if k != dim})
        claim.detail.setdefault("implied", True)
        return True

    def _named_share(self, claim: Claim) -> ClaimRecord | None:
        """"双师型教师占比 82.69%": the subject and 占比 together name an entered percentage (专业课教师中
        “双师型”教师占比), so the number is its value."""
        d, vocab = claim.detail, getattr(self, "vocab", None)
        if not d.get("unread") or d.get("base") or vocab is None or claim.number is None or \
                claim.number.unit not in ("%", "成"):
            return None
        measure = vocab.measure_like(d["unread"] + "占比", "%")
        if measure is None or measure.kind != "figure":
            return None
        fact = self.facts.value(measure, claim.scope, claim.year, asking=claim)
        if fact is None or fact.source == "prose":
            return None
        n = claim.number
        if n.unit == "成":
            ok = vague_ok(Decimal(d["percent"]), n.qualifier, fact.value, 0, True, qualifier_word(claim), self.slack)
        elif n.qualifier:
            ok = vague_ok(n.value, n.qualifier, fact.value, n.places, False, qualifier_word(claim), self.slack)
        else:
            ok = close(n.value, n.places, fact)
        return ClaimRecord(claim, "agrees" if ok else "contradicts", fact, expected="" if ok else fact.display)

    def _figure_subject(self, claim: Claim) -> Fact | None:
        """The fact of an entered figure named as a share's subject ("专任教师占教职工…", "订单培养人数
        占在校生…"): the subject words, less the base's, name one measure in the base's unit."""
        d = claim.detail
        base = d.get("base_measure")
        vocab = getattr(self, "vocab", None)
        words = HOLDING.sub("", d.get("unread") or self._subject_before_share(claim) or "")
        if base is None or base.population or not words or vocab is None or claim.scope:
            return None
        base_names = [n for n, m in vocab.measures.items() if m == base] + [d.get("base") or ""]
        for k in range(len(words), 1, -1):
            head, rest = words[:k], words[k:]  # the subject, then the base as the text named it (if at all)
            if rest and not any(subsequence(rest, name) for name in base_names):
                continue
            measure = vocab.measures.get(head) or vocab.measure_like(head, base.unit)
            if measure is None or measure == base or measure.kind not in ("figure", "count") or \
                    not same_unit(measure.unit, base.unit):
                continue
            wholes = vocab.wholes_of(measure.key)
            if wholes and base.key not in wholes and not set(vocab.wholes_of(base.key)) & set(wholes):
                # "新生中，中职生源占…": a part of another total (the template's part_of), not this figure; a
                # base within the same whole (普通高中生源 of 高职在校生, both of 全日制在校生) may hold it
                return None
            fact = self.facts.value(measure, {}, claim.year)
            return fact if fact is not None and fact.source != "prose" else None
        return None

    def _subject_before_degree(self, claim: Claim) -> None:
        """"机械工程系毕业生超过毕业生总数的三成", "女生人数不足全校毕业生的三分之一": the group named before
        the word of degree is the part, the graduates after it the whole (the reader left the part unnamed)."""
        vocab, d = getattr(self, "vocab", None), claim.detail
        if vocab is None or claim.scope or d.get("base") or d.get("count") is not None or not d.get("implied"):
            return
        text = claim.unit.text
        lo = max(text.rfind(mark, 0, claim.start) for mark in "，,。；;：:") + 1
        whole = OF_ALL_GRADUATES.search(text, lo, claim.start)
        if whole is None:
            return
        subject = [vocab.scopes[w] for _, _, w in vocab.mentions(text[lo:whole.start()]) if w in vocab.scopes]
        if len(subject) == 1 and subject[0][0] not in PLACE_DIMENSIONS or \
                len(subject) == 1 and "生源" in text[lo:whole.start()]:
            claim.scope = {subject[0][0]: subject[0][1]}
            d["base_scope"] = {}
            degree = DEGREE_QUALIFIER.get(whole.group(1), "")
            if claim.number is not None and not claim.number.qualifier and degree:
                claim.number = replace(claim.number, qualifier=degree)  # 超过…的三成: the word stands before the base

    @staticmethod
    def _subject_before_share(claim: Claim) -> str:
        """The words of the clause before 占 ("中职生源学生占全体在校生的…": a figure the vocabulary knows,
        so the reader left no unread words to name it)."""
        before = claim.unit.text[:claim.start]
        at = before.rfind("占")
        if at < 0:
            return ""
        lo = max(before.rfind(mark, 0, at) for mark in "，,。；;：:") + 1
        # "中职生源约占…": a word of degree before 占 qualifies the share, it names no part of the subject
        return DEGREE_BEFORE_SHARE.sub("", re.sub(r"[^\u4e00-\u9fff]", "", before[lo:at]))

    def _base_names(self, base: str, total: Claim) -> bool:
        """Whether a share's base words name the count stated as the total (录取总数 of "实际录取 3060
        人"; 新生总数 of 新生 3213 人): the words, without 总数/人数, in the total's clause, or its measure."""
        stem = BASE_TAIL.sub("", re.sub(r"\s+", "", base))
        if len(stem) < 2 or total.number is None:
            return False
        text = total.unit.text
        lo = max(text.rfind(mark, 0, total.start) for mark in "，,。；;：:") + 1
        if stem in text[lo:total.number.start] if total.number.start <= len(text) else False:
            return True
        vocab = getattr(self, "vocab", None)
        named = vocab.measures.get(stem) if vocab is not None else None  # the very word, no qualifier left out
        return named is not None and total.measure is not None and named.key == total.measure.key

    def _among_total(self, count: Claim) -> Claim | None:
        """The count of people a count is among, stated before it in its sentence with 中: "在 1837 名
        就业毕业生中，灵活就业 318 人" (a larger count, in the same unit, whose clause ends in 中，)."""
        if count.number is None:
            return None
        text = count.unit.text
        lo = sentence_start(text, count.start)
        unit = COUNT_UNITS.get(count.number.unit, count.number.unit)
        for c in reversed([c for c in self._unit_claims(count) if c.number is not None and c is not count
                           and lo <= c.start and c.end <= count.start and c.kind in ("value", "vague")]):
            stop = min([i for i in (text.find(mark, c.end) for mark in "，,") if i >= 0] or [len(text)])
            if stop < count.start and AMONG_CLAUSE_END.search(text, c.end, stop + 1) and \
                    COUNT_UNITS.get(c.number.unit, c.number.unit) == unit and c.number.value > count.number.value:
                return c
        return None

    def _guessed_bases(self, claim: Claim, count: Claim) -> list[tuple[Decimal, str]]:
        """Totals a share with no named base may be of: larger counts in the same unit stated before
        it in the paragraph, and the sum of the parallel counts around it (男生…；女生…)."""
        unit = claim.unit
        numbers = [n for n in find_numbers(unit.text) if n.unit == count.number.unit and not n.qualifier]
        pos = count.start
        bases = [(n.value, n.shown) for n in numbers if n.end <= pos and n.value > count.number.value]
        spans = list(unit.sentences())
        k = next((i for i, (a, b) in enumerate(spans) if a <= pos < b), 0)
        lo, hi = spans[max(k - 1, 0)][0], spans[min(k + 1, len(spans) - 1)][1]
        siblings = [n for n in numbers if lo <= n.start < hi]
        if len(siblings) >= 2:
            total = sum((n.value for n in siblings), Decimal(0))
            bases.append((total, " + ".join(n.text for n in siblings) + f" = {plain(total)}"))
        return bases

    # ------------------------------------------------------------ growth

    def _old_new(self, claim: Claim) -> tuple[Decimal, Decimal, str, int | None] | None:
        """The two values a growth is over, how they are cited, and the years between them (None: not known)."""
        d = claim.detail
        pair = d.get("pair")
        if pair:
            a, b = pair
            years = d.get("years") or next((c.detail.get("years") for c in self._unit_claims(claim)
                                            if c.detail.get("from_to") and c.detail.get("pair") == pair), None) or ()
            apart = years[1] - years[0] if len(years) == 2 and all(isinstance(y, int) for y in years) else None
            return a.value, b.value, f"{a.shown} → {b.shown}", apart
        years = d.get("years") or self._against_last_year(claim)
        if not years or claim.measure is None:
            return None
        old_year, new_year = years
        new_year = new_year or self.facts.year
        if old_year is None and new_year is not None and d.get("years") and years[0] is None:
            old_year = new_year - 1  # 同比 / 较上年
        if old_year is None or new_year is None:
            return None
        return self._years_values(claim, old_year, new_year)

    def _years_values(self, claim: Claim, old_year: int, new_year: int) -> tuple[Decimal, Decimal, str, int] | None:
        old = self.facts.value(claim.measure, claim.scope, old_year)
        new = self.facts.value(claim.measure, claim.scope, new_year)
        stated = claim.detail.get("stated_old")
        if stated is not None and (old is None or old.source == "prose"):
            old = Fact(stated.value, stated.shown, "", source="prose")  # the sentence's own earlier figure
        if old is None or new is None or old.source == "prose" and stated is None:
            return None
        return old.value, new.value, f"{claim.measure.name} {old_year} 年 {old.display}、{new_year} 年 {new.display}", \
            new_year - old_year

    def _over_span(self, claim: Claim) -> list[tuple[Decimal, Decimal, str, int]]:
        """"横向技术服务到款额三年增长了 13.15 倍": a growth over a span of years named by their count and no
        year, up to the sentence's year (the report's): each reading of the span the data have. Only for
        figures entered year by year: a report's table of two years says nothing of the years before."""
        vocab = getattr(self, "vocab", None)
        if claim.measure is None or claim.detail.get("pair") or vocab is None or claim.measure.key not in vocab.yearly:
            return []
        text = claim.unit.text
        lo = sentence_start(text, claim.start)
        if re.search(r"(?:19|20)\d\d\s*(?:年|届)", text[lo:claim.start]) and claim.year is None:
            return []  # a year named beside the span: not the report's years
        span = span_in(text[lo:claim.start])
        year = claim.year or self.facts.year
        if span is None or year is None:
            return []
        found = (self._years_values(claim, start, year) for start in span_starts(year, span))
        return [f for f in found if f is not None]

    def _against_last_year(self, claim: Claim) -> tuple[int | None, int | None] | None:
        """"培训到账经费增幅为 18.17%", "增加到上年的 7 倍": a growth rate that names no period is the
        year's against the year before (the sentence's year, else the report's), as a reader takes
        it; not when the sentence speaks of several years (近三年, 以来) or names another year."""
        if claim.detail.get("absolute") or claim.measure is None:
            return None
        text = claim.unit.text
        lo = sentence_start(text, claim.start)
        hi = min([i for i in (text.find(mark, claim.end) for mark in "。；;！!") if i >= 0] or [len(text)])
        sentence = text[lo:hi]
        if not claim.detail.get("ratio_of") and not claim.detail.get("down") and \
                not RATE_OF_GROWTH.search(text, max(lo, claim.start - 12), claim.start):
            return None  # "增长 20%" alone may be over any period; 增幅 / 增长率 and a fall (下降 X%) are the year's
        year = claim.year or self.facts.year
        if year is None or SEVERAL_YEARS.search(sentence) or \
                any(int(y) != year for y in re.findall(r"(?:19|20)\d\d(?=\s*(?:年|届|学年))", sentence)):
            return None
        return year - 1, year

    def _growth(self, claim: Claim) -> ClaimRecord | None:
        if claim.detail.get("from_to"):
            return self._from_to(claim)
        printed = multiple_of_printed(self, claim)  # "939 人，接近工业技术系 400 人的三倍": of the two numbers
        if printed is not None:
            return printed
        found = self._old_new(claim)
        sides = [found] if found is not None else self._over_span(claim)
        records = [r for r in (self._growth_over(claim, *side) for side in sides) if r is not None]
        agreed = next((r for r in records if r.verdict == "agrees"), None)
        if agreed is not None or not records:
            return agreed
        if found is None and self._the_years_own(claim):
            return None  # "近三年…增幅达 627.2%": the latest year's rate, as some write it: not decided
        return records[0]

    def _the_years_own(self, claim: Claim) -> bool:
        """Whether a growth over a span agrees as the latest year's own growth."""
        year = claim.year or self.facts.year
        side = self._years_values(claim, year - 1, year) if year is not None else None
        record = self._growth_over(claim, *side) if side is not None else None
        return record is not None and record.verdict == "agrees"

    def _growth_over(self, claim: Claim, old: Decimal, new: Decimal, basis: str, apart: int | None) \
            -> ClaimRecord | None:
        d = claim.detail
        if d.get("absolute"):
            return self._change(claim, old, new, basis)
        if not old:
            return self._from_nothing(claim, new, basis)
        annual = claim.number is not None and not d.get("times") and not d.get("points") and \
            is_annual(claim.unit.text, claim.start)
        if annual:
            return self._annual(claim, old, new, basis, apart)
        ratio = new / old
        fact = Fact(ratio, f"{fmt(ratio, 2)} 倍", basis, "", exact=ratio)
        if d.get("doubling"):
            target = Decimal(2) ** d.get("doublings", 1)
            ok = target < ratio < target * 2 if d.get("more") else abs(ratio - target) <= target * self.slack.doubling
            return ClaimRecord(claim, "agrees" if ok else "contradicts", fact,
                               expected="" if ok else f"是原来的 {fmt(ratio, 2)} 倍")
        n = claim.number
        stated, places, qualifier = n.value, n.places, d.get("qualifier", "")
        if (new < old) != bool(d.get("down")) and new != old and not d.get("ratio_of"):  # 是…的 0.62 倍 says no direction
            word = "减少" if new < old else "增加"
            return ClaimRecord(claim, "contradicts", fact, expected=f"实为{word}",
                               note=f"方向不对：{basis}")

        def matches(actual: Decimal) -> bool:
            if qualifier:
                return vague_ok(stated, qualifier, actual, places, slack=self.slack)
            slack = tolerance(places) if places or not d.get("times") else Decimal("0.5")
            return abs(actual - stated) <= slack

        if d.get("times") and d.get("down") and not d.get("ratio_of"):
            fall = 1 - ratio  # "下降 0.38 倍": the fall as a fraction of the old value
            fact = Fact(fall, f"下降 {fmt(fall, 2)} 倍（是原来的 {fmt(ratio, 2)} 倍）", basis, "", exact=fall)
            ok = matches(fall)
            return ClaimRecord(claim, "agrees" if ok else "contradicts", fact,
                               expected="" if ok else f"{fmt(fall, 2)} 倍")
        if d.get("times"):
            growth = ratio - 1
            if d.get("ratio_of"):
                ok = matches(ratio)
                return ClaimRecord(claim, "agrees" if ok else "contradicts", fact,
                                   expected="" if ok else f"{fmt(ratio, 2)} 倍")
            fact = Fact(growth, f"增长 {fmt(growth, 2)} 倍（是原来的 {fmt(ratio, 2)} 倍）", basis, "", exact=growth)
            if matches(growth):
                return ClaimRecord(claim, "agrees", fact)
            if matches(ratio):
                return ClaimRecord(claim, "contradicts", fact, expected=f"{fmt(growth, 2)} 倍", note="倍数用法", warning=f"“增长 {n.shown}”按惯例指增长后是原来的 "
                                   f"{plain(stated + 1)} 倍；实际是原来的 {fmt(ratio, 2)} 倍，宜写“是原来的 {n.shown}”"
                                   f"或“增长 {fmt(growth, 2)} 倍”")
            return ClaimRecord(claim, "contradicts", fact, expected=f"{fmt(growth, 2)} 倍")
        if d.get("points"):
            if max(abs(old), abs(new)) > HUNDRED:
                return None  # no percentages: the figures of the share's count (财政拨款 28460 万元), not it
            change = abs(new - old)
            fact = Fact(change, f"{fmt(change, 2)} 个百分点", basis, "", exact=change)
        else:
            change = abs(new - old) / old * HUNDRED
            fact = Fact(change, f"{fmt(change, 2)}%", basis, "", exact=change)
        ok = matches(change)
        return ClaimRecord(claim, "agrees" if ok else "contradicts", fact,
                           expected="" if ok else fact.display)

    def _from_nothing(self, claim: Claim, new: Decimal, basis: str) -> ClaimRecord | None:
        """A growth rate or multiple from an earlier value of 0 (从无到有): there is none to state."""
        if not new or claim.detail.get("down") or claim.number is None and not claim.detail.get("doubling"):
            return None
        shown = f"由 0 增至 {plain(new)} {claim.measure.unit if claim.measure else ''}".strip()
        fact = Fact(new, shown, basis, "", exact=new)
        return ClaimRecord(claim, "contradicts", fact, expected=shown,
                           note="基数为 0，增长率或倍数无从计算，宜写“由 0 增至”或“实现零的突破”")

    def _annual(self, claim: Claim, old: Decimal, new: Decimal, basis: str, apart: int | None) -> ClaimRecord | None:
        """"年均增长 25.18%": the compound rate per year over the years between the two values."""
        if not apart or apart < 1 or (new < old) != bool(claim.detail.get("down")) and new != old:
            return None  # a span not known, or a fall called a rise (checked where the years are plain)
        n = claim.number
        rate = abs(compound_rate(old, new, apart))
        fact = Fact(rate, f"年均 {fmt(rate, 2)}%", f"{basis}（{apart} 年）", "", exact=rate)
        qualifier = claim.detail.get("qualifier", "")
        ok = vague_ok(n.value, qualifier, rate, n.places, slack=self.slack) if qualifier else \
            abs(rate - n.value) <= tolerance(n.places) + Decimal("0.000001")
        return ClaimRecord(claim, "agrees" if ok else "contradicts", fact, expected="" if ok else f"{fmt(rate, 2)}%")

    def _change(self, claim: Claim, old: Decimal, new: Decimal, basis: str) -> ClaimRecord:
        """"较上年增加 6.77 万元", "同比减少 3 项": the difference of the two years' values."""
        n = claim.number
        unit = claim.measure.unit if claim.measure else ""
        change = abs(new - old)
        stated = in_unit(n.value, n.unit, unit)
        scale = n.scale * (MONEY.get(n.unit, 1) / MONEY.get(unit, 1) if unit in MONEY else 1)
        shown = f"{plain(change)} {unit}".strip()
        word = "增加" if new >= old else "减少"
        fact = Fact(change, f"{word} {shown}", basis, "", exact=change)
        if (new < old) != bool(claim.detail.get("down")) and new != old:
            return ClaimRecord(claim, "contradicts", fact, expected=f"{word} {shown}", note=f"方向不对：{basis}")
        if close(stated, n.places, fact, scale):
            return ClaimRecord(claim, "agrees", fact)
        return ClaimRecord(claim, "contradicts", fact, expected=shown)

    def _from_to(self, claim: Claim) -> ClaimRecord | None:
        a, b = claim.detail["pair"]
        up = claim.detail.get("up", True)
        if up is not None and ((up and b.value < a.value) or (not up and b.value > a.value)):
            word = "减少" if up else "增加"
            return ClaimRecord(claim, "contradicts", None, expected=f"{a.shown} → {b.shown} 是{word}",
                               note="方向不对")
        years = claim.detail.get("years") or self._own_years(claim)
        if not years or claim.measure is None:
            return None
        old = self.facts.value(claim.measure, claim.scope, years[0]) if years[0] else None
        new = self.facts.value(claim.measure, claim.scope, years[1]) if years[1] else None
        if old is not None and old.source == "prose":
            old = None
        if new is not None and new.source == "prose":
            new = None
        if old is None or new is None:
            return self._one_side(claim, old, new, years)
        basis = f"{claim.measure.name} {years[0]} 年 {old.display}、{years[1]} 年 {new.display}"
        fact = Fact(new.value, f"{old.display} → {new.display}", basis, new.reference, new.location,
                    source=new.source)
        if close(a.value, a.places, old) and close(b.value, b.places, new):
            return ClaimRecord(claim, "agrees", fact)
        return ClaimRecord(claim, "contradicts", fact, expected=f"{old.display} → {new.display}")

    def _own_years(self, claim: Claim) -> tuple | None:
        """The years of 由 A 增至 B when the sentence states at most one: B is the year the sentence is
        about (the report's year when it names none), A the year before it when the text says 上年
        or its own year when it names one; an A of unnamed year is checked against nothing."""
        own = claim.detail.get("own_years")
        if not own:
            return None
        old_year, new_year = own
        if new_year is None:
            new_year = claim.year if claim.year is not None and claim.year != old_year else self.facts.year
        if old_year in ("last", "before last"):
            old_year = new_year - (1 if old_year == "last" else 2) if new_year else None
        if new_year is None or (old_year is not None and old_year >= new_year):
            return None
        return old_year, new_year

    def _one_side(self, claim: Claim, old: Fact | None, new: Fact | None, years: tuple) -> ClaimRecord | None:
        """由 A 增至 B where only one side has a fact: that side is checked, the other taken as written."""
        a, b = claim.detail["pair"]
        side, fact, year = (b, new, years[1]) if new is not None else (a, old, years[0])
        if fact is None:
            return None
        shown = Fact(fact.value, fact.display, f"{claim.measure.name} {year} 年", fact.reference, fact.location,
                     source=fact.source)
        if close(side.value, side.places, fact):
            return ClaimRecord(claim, "agrees", shown)
        return ClaimRecord(claim, "contradicts", shown, expected=f"{year} 年 {fact.display}",
                           note=f"“{side.shown}”与 {year} 年的数据不符")

    # ------------------------------------------------------------ comparisons

    def _quantity(self, measure, scope: dict, year) -> Fact | None:
        """A measure's fact, or for a share (升学比例, 占比) the count over its population."""
        if measure is not None and (measure.kind not in ("share", "label") or list(scope) == [GROUP]):
            return self.facts.value(measure, scope, year)  # a label over one 分组: that item's figure
        if not scope:
            return None
        part = self.facts.population(scope, year)
        whole = self.facts.population(dict(list(scope.items())[:-1]), year)
        if part is None or whole is None or not whole.value:
            return None
        exact = part.value * HUNDRED / whole.value
        return Fact(rounded(exact, 2), f"{fmt(exact, 2)}%", f"{part.what} / {whole.what}", "",
                    exact=exact)

    def _pair_values(self, claim: Claim, target: dict) -> tuple[Fact, Fact] | None:
        own = OWN in target.values()
        if own:  # 高于本系平均: the subject's own department, found in the data
            target = own_target(self.facts, claim.scope, target, claim.year)
            if target is None or target == claim.scope:
                return None  # "机械工程系有 3 个专业落实率高于本系平均": of members it does not name
        # the other side keeps the dimensions it does not name (女生的单位就业比例低于男生), unless it
        # is the whole college's same group (待就业比例低于全校) or the subject's own member (本系)
        if target and set(target) & set(claim.scope) and not claim.detail.get("college") and not own:
            target = {**{k: target.get(k, v) for k, v in claim.scope.items()},
                      **{k: v for k, v in target.items() if k not in claim.scope}}
        if target == claim.scope and not claim.detail.get("target_measure") and \
                claim.detail.get("target_year", claim.year) == claim.year:
            return None  # "3 个院系的落实率与全院平均相比高出…": the college against itself, members unnamed
        left = self._quantity(claim.measure, claim.scope, claim.year)
        right = self._quantity(claim.detail.get("target_measure") or claim.measure, target,
                               claim.detail.get("target_year", claim.year))
        if left is None or right is None:
            return None
        return left, right

    def _compared_pair(self, claim: Claim):
        """The two values a comparison or a difference sets side by side, or None."""
        if claim.detail.get("extremes") and claim.measure is not None:  # the reader helper's minimal change
            members = self.facts.members(claim.measure, claim.detail["extremes"], claim.scope, claim.year)
            values = sorted((f for _, f in members), key=lambda f: f.value)
            return (values[-1], values[0]) if len(values) >= 2 else None  # 最高与最低相差
        target = claim.detail.get("target")
        if not target and claim.measure is not None and not claim.detail.get("target_measure"):
            named = self._two_measures(claim)  # the reader named no other side's measure
            if named is not None:  # "母校满意度…比所学课程总体满意度高 0.96 个百分点": one figure against another
                left, right = (self.facts.value(m, claim.scope, claim.year) for m in named)
                return (left, right) if left is not None and right is not None else None
        items = item_pair(self, claim)  # "师德师风满意度为 97.84%，高于教学水平": two items of the survey
        if items is not None:
            return items
        if target is None or claim.measure is None:
            return None
        return self._pair_values(claim, target)

    def _two_measures(self, claim: Claim):
        """The two different measures a sentence sets against each other before the claim (A…比/较/高于
        B…), each a figure the vocabulary knows, or None."""
        vocab = getattr(self, "vocab", None)
        if vocab is None:
            return None
        text = claim.unit.text
        lo = sentence_start(text, claim.start)
        named = [(start, end, vocab.measures[word]) for start, end, word in vocab.mentions(text[lo:claim.start])
                 if word in vocab.measures]
        named = [(start, end, m) for start, end, m in named if m.kind not in ("label", "share") and not m.population]
        if len(named) < 2 or named[-1][2].key != claim.measure.key:
            return None
        right = named[-1]
        left = next((x for x in reversed(named[:-1]) if x[2].key != right[2].key), None)
        if left is None:
            return None
        # "A 与 B 相差 N 个百分点": two sides joined by 与 when the difference has no direction
        if not COMPARED.search(text, lo + left[1], lo + right[0]) and not (
                claim.detail.get("direction") in (None, "相差") and "相差" in text[lo + right[1]:claim.start]
                and JOINED_ONLY.fullmatch(text, lo + left[1], lo + right[0])):
            return None
        if VERSUS_BEFORE.search(text, lo, lo + left[0]):
            return right[2], left[2]  # "与 B 相比，A 高…": the subject is named second
        return left[2], right[2]

    def _comparison(self, claim: Claim) -> ClaimRecord | None:
        if "year_sides" in claim.detail:  # "较上年有所增长": one quantity in two years
            return verify_years(self.facts, claim)
        if re.match(r"\s*[\d.]+\s*%", claim.unit.text[claim.start + len(claim.value):]):
            return None  # "落实率低于 80% 的专业只有 A": a threshold of the members counted, not A's side
        text = claim.unit.text
        at = text.find(claim.value, claim.start)
        end = min([i for i in (text.find(mark, at) for mark in "，,。；;") if i >= 0] or [len(text)])
        if at >= 0 and PROPORTION_OF.search(text, at, end):
            return None  # "超过全校毕业生的一半": a proportion of the other side, not the other side itself
        if at >= 0 and self._compares_an_unnamed_quantity(claim, at):  # 起薪高于全校: not the graduates' number
            return ClaimRecord(claim, "unverifiable", note=UNNAMED_QUANTITY)
        if compares_itself(claim):
            return ClaimRecord(claim, "unverifiable", note=OF_UNNAMED_MEMBERS)
        pair = self._compared_pair(claim)
        if pair is None:
            return None
        left, right = pair
        relation = claim.detail["relation"]
        diff = left.value - right.value
        if relation in ("持平", "相当"):
            ok = abs(diff) <= self._same_level(left, right)
        elif "低" in relation or "少" in relation:
            ok = diff < 0
        else:
            ok = diff > 0
        fact = Fact(diff, f"{left.display} 对 {right.display}", f"{left.what} / {right.what}", left.reference)
        more, less = ("多于", "少于") if relation in ("多于", "少于") or relation[-1:] in ("多", "少") else ("高于", "低于")
        return ClaimRecord(claim, "agrees" if ok else "contradicts", fact,
                           expected="" if ok else f"{left.display}，{more if diff > 0 else less if diff < 0 else '等于'}"
                                                  f" {right.display}")

    def _compares_an_unnamed_quantity(self, claim: Claim, at: int) -> bool:
        """Whether the words before the relation name a quantity the vocabulary does not know (起薪,
        月收入, a survey item the data lack) after the people counted, whose number the reader took."""
        vocab = getattr(self, "vocab", None)
        if vocab is None or claim.measure is None or not claim.measure.population:
            return False
        text = claim.unit.text
        lo = max(text.rfind(mark, 0, at) for mark in "，,。；;：:") + 1
        found = vocab.mentions(text[lo:at])
        if not found:
            return False
        gap = text[lo + found[0][0]:at]  # from the first word the vocabulary knows: what is compared follows it
        for s, e, _ in reversed(vocab.mentions(gap)):
            gap = gap[:s] + "，" + gap[e:]
        gap = SIDE_WORDS.sub("，", DEGREE.sub("，", RANK_FILLER.sub("，", gap)))
        return re.search(r"[\u4e00-\u9fff]{2}", COUNT_WORDS.sub("，", gap)) is not None

    def _same_level(self, left: Fact, right: Fact) -> Decimal:
        """How far apart two values a reader still calls 持平 may be: half a percentage point for
        rates and shares, 1% of the other side for counts and amounts."""
        if left.display.endswith("%") and right.display.endswith("%"):
            return self.slack.same_level_points
        return abs(right.value) * self.slack.same_level_fraction

    def _extremes(self, claim: Claim) -> tuple[Fact, Fact] | None:
        """"落实率最高与最低的院系之间相差 6.75 个百分点": the highest and the lowest member of the
        dimension the sentence names."""
        vocab = getattr(self, "vocab", None)
        if vocab is None or not vocab.nouns or claim.measure is None:
            return None
        text = claim.unit.text
        lo = sentence_start(text, claim.start)
        sentence = text[lo:claim.start]
        noun = re.search(vocab.noun_alternation(), sentence)
        if not EXTREMES.search(sentence) or noun is None:
            return None
        dimension = vocab.nouns[noun.group()]
        members = self.facts.members(claim.measure, dimension, {k: v for k, v in claim.scope.items() if k != dimension},
                                     claim.year)
        if len(members) < 2:
            return None
        (top, high), (bottom, low) = max(members, key=lambda x: x[1].value), min(members, key=lambda x: x[1].value)
        return (Fact(high.value, high.display, f"{claim.measure.name}（{dimension}={top}，最高）", high.reference),
                Fact(low.value, low.display, f"{claim.measure.name}（{dimension}={bottom}，最低）", low.reference))

    def _difference(self, claim: Claim) -> ClaimRecord | None:
        if compares_itself(claim):
            return ClaimRecord(claim, "unverifiable", note=OF_UNNAMED_MEMBERS)
        pair = self._compared_pair(claim) or self._extremes(claim)
        if pair is None:
            return None
        left, right = pair
        diff = left.value - right.value
        direction = claim.detail.get("direction") or ""
        n = claim.number
        fact = Fact(abs(diff), f"{fmt(abs(diff), 2)} 个百分点", f"{left.what} {left.display}，{right.what} {right.display}",
                    left.reference)
        wrong_way = direction != "相差" and ((("低" in direction or "少" in direction) and diff > 0) or
                                            (("高" in direction or "多" in direction) and diff < 0))
        ok = not wrong_way and abs(abs(diff) - n.value) <= tolerance(n.places) + Decimal("0.01")
        return ClaimRecord(claim, "agrees" if ok else "contradicts", fact,
                           expected="" if ok else f"{'高' if diff > 0 else '低'} {fmt(abs(diff), 2)} 个百分点")

    def _superlative(self, claim: Claim) -> ClaimRecord | None:
        dim, member = claim.detail["member"]
        measure = claim.measure
        if self._ranks_another_quantity(claim):
            return None
        ranked = self._ranked_after_member(claim, member)
        if ranked is False:
            return ClaimRecord(claim, "unverifiable", note=UNNAMED_QUANTITY)
        if ranked:
            measure = claim.measure = ranked
        if dim == GROUP:
            measure = self.facts.grouped_measure(member) or measure
        members = ranked_among_unplaced(self, claim)  # "在尚未落实去向的毕业生中，智能技术系最多"
        if members == []:
            return ClaimRecord(claim, "unverifiable", note=UNCOUNTED)
        members = within_bound(self, claim, members or self.facts.members(measure, dim, claim.scope, claim.year))
        if len(members) < 2 or member not in {m for m, _ in members}:
            return None
        high, rank = claim.detail["high"], claim.detail.get("rank", 1)
        if rank > len(members):
            return None
        best = sorted(members, key=lambda x: x[1].value, reverse=high)[rank - 1]  # 位居第二: the place named
        mine = next(f for m, f in members if m == member)
        fact = Fact(best[1].value, f"{best[0]} {best[1].display}", f"{claim.measure.name}（各{dim}）",
                    best[1].reference)
        if mine.value == best[1].value:
            return ClaimRecord(claim, "agrees", fact)
        return ClaimRecord(claim, "contradicts", fact, expected=f"{best[0]}（{best[1].display}），"
                                                               f"{member}为 {mine.display}")

    def _ranked_after_member(self, claim: Claim, member: str) -> Measure | None | bool:
        """"机械工程系开设专业最多": the words between the member and the ranking word name what is ranked
        (开设专业数 per department), not the graduates the reader took by default. Another measure named
        there is returned; words naming no measure (起薪, 招收学生) give False (a quantity the data may
        lack); None when nothing stands there but counting words."""
        vocab = getattr(self, "vocab", None)
        if vocab is None or claim.measure is None or not claim.measure.population:
            return None
        text = claim.unit.text
        words = [m for m in RANKING_WORD.finditer(text, 0, claim.end)]
        rank_at = words[-1].start() if words else claim.start  # the claim may span its member
        lo = max(text.rfind(mark, 0, rank_at) for mark in "，,。；;：:") + 1
        at = [e for _, e, w in vocab.mentions(text[lo:rank_at]) if vocab.scopes.get(w, ("", ""))[1] == member]
        if not at:
            return None
        gap = text[lo + at[-1]:rank_at]
        # the member's own noun right after it (云计算技术应用专业) names no measure, even where it is one (专业)
        named = [vocab.measures[w] for s, _, w in vocab.mentions(gap) if w in vocab.measures
                 and not (s == 0 and w in vocab.nouns)]
        other = [m for m in named if m.key != claim.measure.key and not m.population]
        if other:
            return other[-1] if self.facts.knows(other[-1]) else False
        for s, e, w in reversed(vocab.mentions(gap)):  # members, nouns and the graduates' own names narrow whom
            if w in vocab.scopes or w in vocab.nouns or w in vocab.measures:
                gap = gap[:s] + gap[e:]
        return False if re.search(r"[\u4e00-\u9fff]{2}", COUNT_WORDS.sub("", RANK_FILLER.sub("", gap))) else None

    def _ranks_another_quantity(self, claim: Claim) -> bool:
        """"毕业生起薪最高的是…", "毕业生平均月收入最高": what is ranked is named after the people
        counted (a quantity the data may lack), not their number."""
        vocab = getattr(self, "vocab", None)
        if vocab is None or claim.measure is None or not claim.measure.population:
            return False
        text = claim.unit.text
        lo = max(text.rfind(mark, 0, claim.start) for mark in "，,。；;：:") + 1
        names = [e for s, e, w in vocab.mentions(text[lo:claim.start])
                 if (m := vocab.measures.get(w)) is not None and m.key == claim.measure.key]
        if not names:
            return False
        gap = text[lo + names[-1]:claim.start]
        gap = gap[:m.start()] if (m := RANKING_WORD.search(gap)) else gap  # what is ranked precedes the ranking
        for s, e, w in reversed(vocab.mentions(gap)):  # members and nouns narrow whom is counted (女生最多)
            if w in vocab.scopes or w in vocab.nouns:
                gap = gap[:s] + gap[e:]
        return re.search(r"[\u4e00-\u9fff]{2}", COUNT_WORDS.sub("", gap)) is not None

    def _members(self, claim: Claim) -> ClaimRecord | None:
        d = claim.detail
        scope = {k: v for k, v in claim.scope.items() if k != d["dimension"]}
        members = self.facts.members(claim.measure, d["dimension"], scope, claim.year)
        if not members:
            return None
        threshold, cond = d["threshold"], d["condition"]
        if threshold is None:  # 高于学院平均水平
            whole = self.facts.value(claim.measure, {} if d.get("college") else scope, claim.year)  # 高于全校水平
            if whole is None:
                return None
            threshold = whole.value
        if cond == "之间":  # "90%—95% 的专业": from the lower end up to the upper one
            hits = [m for m, f in members if d["low"] <= f.value < threshold]
        elif cond in ("超过", "逾", "高于", "超"):
            hits = [m for m, f in members if f.value > threshold]
        elif cond in ("低于", "以下", "不足", "不到"):
            hits = [m for m, f in members if f.value < threshold]
        else:
            hits = [m for m, f in members if f.value >= threshold]
        unit = "%" if claim.measure.unit == "%" else claim.measure.unit
        if d.get("every"):
            return self._every_member(claim, members, hits)
        shown = f"{plain(d['low'])}{unit}—{plain(threshold)}{unit}" if cond == "之间" else f"{cond} {plain(threshold)}{unit}"
        fact = Fact(Decimal(len(hits)), f"{len(hits)} 个", f"{claim.measure.name}{shown} 的{d['dimension']}"
                    f"（共 {len(members)} 个）", "、".join(hits[:8]) + ("等" if len(hits) > 8 else ""))
        at_line = set(self._boundary_read(members, hits, threshold)) - set(hits)  # 恰为 the bound: read both ways
        strays = [m for m in named_after(self, claim, d["dimension"]) if m not in hits and m not in at_line]
        counted = len(hits) == claim.number.value  # a wrong count is found as such, with the count to use
        if counted and strays and {m for m, _ in members} >= set(strays):  # "有 2 个，即 A 和 B": B does not meet it
            value = dict(members)[strays[0]]
            return ClaimRecord(claim, "contradicts", fact, expected="、".join(hits[:8]) + ("等" if len(hits) > 8 else ""),
                               note=f"{strays[0]}的{claim.measure.name}为 {value.display}，不满足“{shown}”")
        if len(hits) == claim.number.value or claim.number.qualifier and \
                vague_ok(claim.number.value, claim.number.qualifier, Decimal(len(hits)), slack=self.slack):
            return ClaimRecord(claim, "agrees", fact)  # "…的专业超过 5 个": a vague count
        if d["threshold"] is not None and len(self._boundary_read(members, hits, threshold)) == claim.number.value:
            return ClaimRecord(claim, "agrees", fact, note=f"恰为 {plain(threshold)}{unit} 的{d['dimension']}按另一种理解计入或不计入")
        return ClaimRecord(claim, "contradicts", fact, expected=f"{len(hits)} 个")

    @staticmethod
    def _boundary_read(members: list, hits: list, threshold: Decimal) -> list:
        """The members counted the other way for those printed exactly at the threshold: whether 超过 90%
        or 90% 以上/以下 takes in a member at 90.00% is read both ways in reports, so neither count is wrong."""
        at_line = {m for m, f in members if abs(f.value - threshold) < Decimal("0.005")}
        if not at_line:
            return hits
        return [m for m in hits if m not in at_line] if at_line & set(hits) else hits + sorted(at_line)

    def _every_member(self, claim: Claim, members: list, hits: list) -> ClaimRecord:
        """"所有专业均超过 85%": agrees when no member falls short; else the farthest one is named."""
        misses = [(m, f) for m, f in members if m not in hits]
        if not misses:
            return ClaimRecord(claim, "agrees", Fact(Decimal(len(members)), f"{len(members)} 个",
                                                     f"{claim.measure.name}（各{claim.detail['dimension']}）", ""))
        low = claim.detail["condition"] not in ("低于", "以下", "不足", "不到")
        member, worst = min(misses, key=lambda x: x[1].value) if low else max(misses, key=lambda x: x[1].value)
        fact = Fact(worst.value, worst.display, f"{claim.measure.name}（{claim.detail['dimension']}={member}）",
                    worst.reference)
        return ClaimRecord(claim, "contradicts", fact, expected=worst.display,
                           note=f"{member}为 {worst.display}（共 {len(misses)} 个不满足）")

    # ------------------------------------------------------------ sums and parts

    def _sum(self, claim: Claim) -> ClaimRecord | None:
        parts = claim.detail["parts"]
        total = claim.number.value
        if self._another_measure(claim, parts):
            # "专任教师 295 人、兼职教师 45 人，共有行业导师 42 人": a measure of its own, checked as one (the
            # total of the parts or not: 正高级 9 人、副高级 93 人，高级职称教师共 102 人)
            fact = self.facts.value(claim.measure, claim.scope, claim.year, asking=claim)
            if fact is None or fact.source == "prose":
                return None
            ok = close(claim.number.value, claim.number.places, fact)
            return ClaimRecord(claim, "agrees" if ok else "contradicts", fact, expected="" if ok else fact.display)
        for k in range(len(parts) - 1):
            if sum((p.value for p in parts[k:]), Decimal(0)) == total:
                shown = " + ".join(p.text for p in parts[k:])
                return ClaimRecord(claim, "agrees", Fact(total, claim.value, shown, ""))
        computed = sum((p.value for p in parts), Decimal(0))
        shown = " + ".join(p.text for p in parts)
        return ClaimRecord(claim, "contradicts", Fact(computed, f"{plain(computed)}{claim.number.unit}", shown, ""),
                           expected=f"{plain(computed)}{claim.number.unit}")

    def _another_measure(self, claim: Claim, parts) -> bool:
        """Whether the total names a measure the vocabulary knows that none of its parts is."""
        total = claim.measure
        if total is None or total.kind == "label":
            return False
        starts = {claim.unit.text.find(p.text, claim.start) for p in parts}
        measures = [c.measure for c in self.claims if c.unit is claim.unit and c.number is not None
                    and c.kind in ("value", "vague") and c.start in starts]
        if len(measures) < len(parts) or any(m is None or m.kind == "label" or m.population for m in measures):
            return False  # parts that are members of a population (男生、女生) or unknown quantities
        return total not in measures and not total.population

    def _subparts(self, claim: Claim) -> ClaimRecord | None:
        parts = claim.detail["parts"]
        total = claim.number.value
        computed = sum((p.value for p in parts), Decimal(0))
        shown = " + ".join(p.text for p in parts)
        fact = Fact(computed, f"{plain(computed)}{claim.number.unit}", f"其中各项 {shown}", "")
        complete = self._complete(claim)
        if computed > total and not complete and (self._may_overlap(claim, parts) or _qualifies_the_total(
                claim.detail.get("label", ""), claim.detail.get("part_labels") or [])):
            return ClaimRecord(claim, "unverifiable", fact, note="其中各项是总数按不同特征分出的类别，可能相互重叠，不是总数的划分")
        if computed > total:
            return ClaimRecord(claim, "contradicts", fact, expected=f"各项之和 {plain(computed)}，超过总数 {claim.value}",
                               note="所列各项之和超过总数")
        if computed == total:
            return ClaimRecord(claim, "agrees", fact)
        if complete or (claim.detail.get("respectively") and len(parts) >= 3):
            return ClaimRecord(claim, "contradicts", fact, expected=f"{plain(computed)}{claim.number.unit}",
                               note="所列各项之和与总数不符")
        return ClaimRecord(claim, "agrees", fact, note="各项之和不超过总数（其中各项不一定穷尽）")

    def _may_overlap(self, claim: Claim, parts) -> bool:
        """Whether the parts may overlap, so that their sum says nothing against the total: members of
        different dimensions (女生、少数民族), or figures of their own (专任教师、专业课教师: a category and
        its sub-category), each checked on its own. Only members of one dimension are disjoint."""
        scopes = claim.detail.get("part_scopes") or []
        if len({s[0] for s in scopes if s is not None}) > 1:
            return True
        starts = {claim.unit.text.find(p.text, claim.start) for p in parts}
        figures = {c.measure.key for c in self.claims if c.unit is claim.unit and c.start in starts and
                   c.kind in ("value", "vague") and c.measure is not None and c.measure.kind not in ("label",)
                   and not c.measure.population and not c.scope}
        return len(figures) >= 2

    def _complete(self, claim: Claim) -> bool:
        """Whether the parts are every member of one dimension (男生、女生), or the levels of one
        classification (其中国家级 3 项、省级 14 项、校级 19 项: three levels or more)."""
        labels = claim.detail.get("part_labels") or []
        if len(labels) >= 3 and all(LEVEL.fullmatch(label) for label in labels):
            return True
        scopes = claim.detail.get("part_scopes") or []
        if not scopes or any(s is None for s in scopes) or len({s[0] for s in scopes}) != 1:
            return False
        dim = scopes[0][0]
        population = next((m for m in self.facts_measures() if m.population), None)
        members = self.facts.members(population, dim, claim.scope, claim.year) if population else []
        names = {m for m, _ in members}
        if names:
            return names == {s[1] for s in scopes}
        return dim in ("性别", "省内外生源", "民族类别") and len({s[1] for s in scopes}) == 2

    def facts_measures(self):
        vocab = getattr(self, "vocab", None)
        return vocab.measures.values() if vocab is not None else []

    def _operand(self, mention, claim: Claim) -> Fact | None:
        """One side of a ratio, within the claim's scope ("机械工程系男女生比例": the department's men and
        women, never the college's)."""
        if mention.kind == "rest":  # "已落实与未落实毕业生之比": the graduates the count leaves out
            return self._rest_of(mention.measure, claim.scope, claim.year) if widest_count(self, mention.measure,
                                                                                         claim.year) else None
        if mention.kind == COMPLEMENT:  # "高级职称教师与其他职称教师之比": the whole less the first side
            return complement_fact(self, mention, claim)
        if mention.kind == "scope" and mention.scope[0] == GROUP:  # "乌干达本土学生与乌干达员工之比": two 分组
            figure = self.facts.grouped_measure(mention.scope[1])  # of one entered figure, not of the graduates
            return self.facts.value(figure, {GROUP: mention.scope[1]}, claim.year) if figure is not None else None
        if mention.kind == "scope":
            dim, member = mention.scope
            return self.facts.population({**{k: v for k, v in claim.scope.items() if k != dim}, dim: member},
                                         claim.year)
        return self.facts.value(mention.measure, claim.scope, claim.year)

    def _within(self, claim: Claim, dimension: str) -> None:
        """"经济管理工程系女生多于男生，男女生之比为 1:2.68": a ratio of two members of one dimension is
        taken within the member of another dimension the sentence named before it (a comparison in
        between does not make it the college's), unless a word for the whole college came after it."""
        vocab = getattr(self, "vocab", None)
        if vocab is None or any(k != dimension for k in claim.scope):
            return
        text = claim.unit.text
        lo = sentence_start(text, claim.start)
        named = [(end, vocab.scopes[w]) for _, end, w in vocab.mentions(text[lo:claim.start])
                 if w in vocab.scopes and vocab.scopes[w][0] != dimension and vocab.scopes[w][0] not in PLACE_DIMENSIONS]
        if named and not COLLEGE_WORD.search(text, lo + named[-1][0], claim.start):
            claim.scope = {**claim.scope, named[-1][1][0]: named[-1][1][1]}

    def _ratio(self, claim: Claim) -> ClaimRecord | None:
        first, second = claim.detail["operands"]
        if (first.kind, first.measure, first.scope) == (second.kind, second.measure, second.scope):
            return None  # one quantity read for both sides ("高级职称与中级职称教师之比"): a misreading
        if first.kind == second.kind == "scope" and first.scope[0] == second.scope[0]:
            self._within(claim, first.scope[0])
        a, b = (self._operand(x, claim) for x in (first, second))
        if a is None or b is None or not a.value or not b.value:
            return None
        left, right = claim.detail["left"], claim.detail["right"]
        basis = f"{a.what} {a.display} / {b.what} {b.display}"
        if right == 1 or left != 1:
            actual, stated, shown = a.value / b.value, left / right, "{} 倍" if claim.number else "{}:1"
            places = -left.as_tuple().exponent if left.as_tuple().exponent < 0 else 0
        else:
            actual, stated, shown = b.value / a.value, right, "1:{}"
            places = -right.as_tuple().exponent if right.as_tuple().exponent < 0 else 0
        qualifier = claim.detail.get("qualifier", "")
        if qualifier in ("near", "over", "under"):  # 接近…的 2.5 倍: a reader's slack for 近 N, 超过 N, 不到 N
            ok = vague_ok(stated, qualifier, actual, places, slack=self.slack)
        else:
            slack = about_slack(stated, places, self.slack.ratio_about) if claim.detail.get("approx") else \
                max(tolerance(places), stated * self.slack.ratio_printed)
            ok = abs(actual - stated) <= slack
        fact = Fact(actual, shown.format(fmt(actual, max(places, 2))), basis, "", exact=actual)
        expected = shown.format(fmt(actual, places))
        if fmt(actual, places) == fmt(stated, places):  # 近 2 倍 of 1.54: not "2 倍", the stated figure again
            expected = shown.format(fmt(actual, max(places, 2)))
        if shown == "{}:1" and actual < 1:  # "2:1" of 102 against 193: 0.53:1, not "1:1" at the stated places
            expected = shown.format(fmt(actual, max(places, 2)))
        return ClaimRecord(claim, "agrees" if ok else "contradicts", fact, expected="" if ok else expected)

    def _date(self, claim: Claim) -> ClaimRecord | None:
        if claim.detail.get("quantities") and not _our_quantities(claim):
            return ClaimRecord(claim, "not_ours", note="所述截止日期是外单位数据（全市、全国等）的，不与本校的比较")
        mine = {_quantity(q) for q in _our_quantities(claim)} | _number_keys(claim)
        if not mine:
            return None
        others = [c for c in self.claims if c.kind == "date" and c is not claim and
                  ({_quantity(q) for q in _our_quantities(c)} | _number_keys(c)) & mine]
        if not others:
            return None
        year = claim.value.split(" ")[0]
        others = [c for c in others if c.value.split(" ")[0] == year]  # another year is another period
        if not others:
            return None
        different = [c for c in others if not same_date(c.value, claim.value)]  # 9 月 = 9 月 30 日 (reader's)
        other = (different or others)[0]
        loc = other.location
        fact = Fact(Decimal(0), other.value, "同一数据在他处的统计截止日期",
                    f"{loc.file}:{loc.line}" if loc and loc.line else (loc.file if loc else ""), loc, source="prose")
        if different:
            return ClaimRecord(claim, "contradicts", fact, expected=other.value, others=[fact])
        return ClaimRecord(claim, "agrees", fact)


def _units_fit(a: str, b: str) -> bool:
    """Whether a count in unit `b` can be a part of a quantity in unit `a` (名 of 人, 万元 of 元); a
    label known from a column of shares (%) says nothing of its count's unit."""
    return "%" in (a, b) or not a or not b or COUNT_UNITS.get(a, a) == COUNT_UNITS.get(b, b) or same_unit(a, b)


def _common_ending(words: list[str]) -> str:
    return os.path.commonprefix([w[::-1] for w in words])[::-1]


def _qualifies_the_total(total: str, parts: list[str]) -> bool:
    """"专任教师 314 人，其中专业课教师 180 人，双师型教师 135 人，硕士学位教师 217 人": each part is
    the total's own noun (教师) under a different qualifier: categories by different features that
    may overlap, not a partition. Parts that share more than the total's noun ("正高级职称"/"副高级
    职称", "专业课教师"/"公共课教师") are the values of one feature, and parts with different
    nouns ("专任教师、行政人员") are kinds of the total: both partitions."""
    if not total or len(parts) < 2 or not all(parts):
        return False
    common = _common_ending(parts)
    return len(common) >= 2 and _common_ending([total, common]) == common and common not in parts


def _quantity(c: Claim) -> tuple:
    return (c.measure.key if c.measure else "", frozenset(c.scope.items()), c.year)


def _our_quantities(c: Claim) -> list[Claim]:
    """The quantities under a cut-off date that are the college's: a city's or the nation's figure
    (截至 8 月 31 日，天津市高校…) has its own cut-off, no statement of ours."""
    return [q for q in c.detail.get("quantities", []) if q.ours]


def _number_keys(c: Claim) -> set:
    """Precise percentages ("90.89%") identify a quantity across sentences whatever its name."""
    return {("number", q.value) for q in _our_quantities(c)
            if q.number is not None and q.number.unit == "%" and q.number.places >= 2}


def verify_claims(claims: list[Claim], facts: Facts, statements: StatementFacts, vocab=None) -> list[ClaimRecord]:
    verifier = Verifier(facts, statements, claims, Slack.from_settings(getattr(vocab, "settings", None)))
    verifier.vocab = vocab
    return [verifier.verify(c) for c in claims]
