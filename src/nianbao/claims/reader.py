"""Read the running text as claims: for each number (and each superlative, comparison and
count of members), who it is about, what it measures, what kind of statement it is.

The reader works on normalized text units of a Document, so it reads a project's sections
and a published report the same way. A sentence it cannot read yields fewer claims, never
an error. Words that belong to the language (connectors, growth verbs, 最高, 全国) are here;
words that belong to a college (departments, indicators) come from the Vocabulary.
"""
from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from decimal import Decimal

from ..text import QUALIFIERS_BEFORE, SMALL_COUNT, Number, cn_number, find_numbers, find_years, normalize
from .breakthroughs import BREAKTHROUGH, breakthroughs
from .complement_ratio import complement_sides
from .concentrated import concentrations
from .figure_complements import complement_operands
from .dates import CUTOFF, find_cutoff, period_after
from .labels import COHORT, TOTAL_BEFORE, measure_for_label, only_verbs, stated_base
from .differences import extremes_dimension, other_side_stated_before, pair_sides
from .items import item_before, item_measure
from .levels import measure_compared, side_before
from .shares import (about_before_verb, base_named_before_count, base_named_by_verb, members_unnamed,
                     predicated_member, subject_after_topic, threshold_of_a_count, topicalised_share)
from .lists import listed_size, named_items_left, parts_left, trailing_run, outside_brackets, overlapping_dimensions, returned_to_whole, value_in_brackets
from .model import Claim
from .anaphora import former_latter, pair_word_before
from .demonstratives import demonstrative_mentions
from .sums import list_size_word, listed_total, years_respectively, summed_right_after, years_span
from .table_subject import narrowing_word
from .units import TextUnit
from .ordinals import top_few_in_order
from .own_member import OWN, own_dimension
from .headcounts import headcount_compared
from .member_verbs import member_named_by_verb
from .group_words import group_word_kept, items_of_one_list
from .pair_versus import pair_versus
from .subcounts import group_named_after
from .year_compare import CHANGE_WORDS, year_comparisons
from .filtered_members import size_bound
from .table_subject import narrower_counts
from .vocabulary import COLLEGE_NAMES, GROUP, JOINED, OWN_NAMES, PLACE_DIMENSIONS, WORK_AFTER, WORK_BEFORE, Measure, Vocabulary, same_unit

CLAUSE_BREAK = re.compile(r"[，,：:（）()]")
HARD_BREAK = re.compile(r"[，,：:]")
# The college as a whole: a scope word that clears the dimensions named before it.
COLLEGE = re.compile(r"全校|全院|(?<![\u4e00-\u9fff])(?:学校|学院)|" + OWN_NAMES + r"|总体|整体|全体|平均水平")
NOT_OURS = re.compile(r"全国|全市|全省|全区|全行业|教育部|教育厅|教委|人社部|同类院校|兄弟院校|其他院校|同类高职|"
                      r"国家统计局|全国高职|行业平均|省内高校|市内高校|高职院校平均|全国同类|同期全国|普通高校|各高校|高校平均")
# The rest of a contest's name after 全国/全省 (职业院校技能大赛, 大学生数学建模竞赛): a name, not the figure's scope.
CONTEST_NAME = re.compile(r"[\u4e00-\u9fff“”]{0,14}?(?:大赛|竞赛|比赛|挑战赛|锦标赛)")
WHOSE_EVER = ("总体", "整体", "全体", "平均水平")
NOT_OURS_END = re.compile(r"学校|学院|" + OWN_NAMES)
GROWTH_VERB = re.compile(r"(增长|增加|提高|提升|上升|攀升|下降|减少|降低|回落|增幅|降幅|下滑)(?:率|幅度)?(?:了|为|是|达到|达|约|近|超过|逾)*\s*$")
YEARLY_RATE = re.compile(r"(?:增幅|增长率|增速|涨幅|降幅)(?:为|是|达到|达|约|近|超过|逾)*\s*$")  # named with no base period
DOWN = re.compile(r"下降|减少|降低|回落|降幅|下滑|降至|减至")
SHORTER = re.compile(r"缩短|压缩|缩减|缩小|减|降")  # a change to less (by 由 A 缩短到 B), not a growth
UP = re.compile(r"增|提高|提升|上升|攀升|扩大|升")  # a change to more
SAME_PERIOD = re.compile(r"同比|(?:与|和|同|较|比)\s*(?:上一?年度|上一?学年|上一年|上一?届|去年同期|上年同期|去年(?=\s*相比))|去年同期|上年同期|较上年|比上年|[是为]上年|[是为]去年|[是为]上一年|较去年|比去年|较上一年|比上一年|较上年度|与上年相比|较上一学年|较前一年|(?:增加|增长|提高|提升|上升)(?:到|至)上一?年的")
# "比上一年多 96 项", "较 2024 年少 3 项": an absolute change written as more / fewer than the period before.
MORE_THAN_BEFORE = re.compile(r"(?:比|较)\s*(?:上一?年度?|去年|前年|上一?学年|前一年|(?:19|20)\d\d\s*(?:年度|学年|年|届)?)\s*(?:同期)?\s*"
                              r"(?:的)?\s*(多|少)(?:了|出)?\s*$")
# "净增 31.36 万元", "净减少 3 人": a change over an earlier period, never the amount (engine helper, minimal).
NET_CHANGE = re.compile(r"净(增|减)(?:加|长|少)?\s*(?:了|为|达)?\s*$")
# A year right after 比/较/与 is the base of a comparison, not the year of what follows.
COMPARED_YEAR_BEFORE = re.compile(r"(?:比|较|与|同|相比|对比|相较)\s*(?:(?:19|20)\d\d\s*(?:年度?|届|学年)|上一?(?:年度?|届|学年)|去年|"
                                  r"前一年)(?:同期)?\s*的?\s*$")
BASE_YEAR_BEFORE = re.compile(r"(?:比|较|与|同|和|相比|对比|相较)\s*$")
RATIO_BEFORE_YEAR = re.compile(r"(?:是|为|相当于|达到)\s*$")  # "是 2024 年的 2.26 倍": a base, when 的 N 倍 follows
MULTIPLE_AFTER_YEAR = re.compile(r"(?:19|20)\d\d\s*(?:年|届)?\s*的\s*(?:近|约|将近|接近|超过|逾|不到|不足)?\s*[\d.一二两三四五六七八九十]+\s*倍")
# "较 2024 年的 7 项", "比 2023 年的": a base year's own value follows it (engine helper's minimal change).
OWN_VALUE_AFTER = re.compile(r"\s*(?:的)?\s*(?:[（(]\s*)?")  # "较 2024 届（91.36%）": a bracket after the year holds its value
# A clause that is only a change over a period ("较上年增长", "比 2023 年增长", "同比增长"): no name of its own.
CHANGE_ONLY = re.compile(r"\s*(?:同比|(?:较|比)\s*(?:上一?(?:学年|年度|年|届)|去年|前一年|(?:19|20)\d\d\s*(?:年度|学年|年|届)?)"
                         r"(?:同期)?)\s*(?:增长|增加|提高|提升|上升|下降|减少|降低)了?\s*(?:约|近|超过|逾)?\s*")
VS_YEAR = re.compile(r"(?:较|比|相比|对比|与|同)\s*((?:19|20)\d\d)\s*(?:年|届|年度|学年)")
# "较前年增长 13.15 倍", "与前年相比": a change over two years, from the year before last.
VS_BEFORE_LAST = re.compile(r"(?:较|比|相比|对比|与|同|和)\s*前年(?!\s*(?:同期)?\s*的?\s*[（(]?\s*\d)")
# "是 2024 年的 7.27 倍" and "增加到 2024 年的 7.27 倍": new over old, a ratio (the engine helper's minimal change)
RATIO_VERB = r"(?:是|(?:增加|增长|提高|提升|上升|扩大|增)(?:到|至)|达到)"
TIMES_OF_YEARS = re.compile(r"((?:19|20)\d\d)\s*(?:年|届)?[^，,。；;\d]{0,16}?" + RATIO_VERB + r"\s*((?:19|20)\d\d)\s*(?:年|届)?(?:的)?[^，,。；;\d]{0,4}$")
YEAR_SPAN = re.compile(r"((?:19|20)\d\d)\s*年?\s*(?:至|到|—|-|–|~)\s*((?:19|20)\d\d)\s*年")
TIMES_OF_YEAR = re.compile(RATIO_VERB + r"\s*((?:19|20)\d\d)\s*(?:年|届)?(?:的)?\s*(?:近|约|将近|接近|超过|逾|不到|不足)?\s*$")
TIMES_OF = re.compile(RATIO_VERB + r"\s*[^，,。；;]{0,16}?的\s*(?:近|约|将近|接近|超过|逾|不到|不足)?\s*$")
# "约为合格标准的 4 倍", "相当于全省平均的 1.5 倍": a multiple of something named, which is a growth only when
# that something is an earlier time of the same quantity (2024 年的, 上年的, 原来的).
TIMES_OF_NAMED = re.compile(r"(?:为|相当于|" + RATIO_VERB + r")\s*([^，,。；;\d]{1,16}?)\s*的\s*(?:近|约|将近|接近|超过|逾|不到|不足)?\s*$")
EARLIER_TIME = re.compile(r"(?:19|20)\d\d|[上去前]一?年|同期|原来|原有|以前|此前|过去|之前|初期?|年度|学年")
# "A 系毕业生人数是 B 系的", "约为", "接近", "相当于": the words between the sides of a multiple of members.
MEMBERS_TIMES = re.compile(r"\s*(约|大约|接近|将近|近|超过|不到|不足)?\s*(?:为|是|相当于)?\s*$")
FROM_WORD = re.compile(r"(?:由|从)\s*$")
# "由 2024 年的", "从上年的": the year of the value that follows.
FROM_YEAR = re.compile(r"(?:由|从)\s*(?:((?:19|20)\d\d)\s*(?:年|届)|(上一?年|去年|上年度|前年))\s*(?:的)?\s*$")
TO_WORD = re.compile(r"(?:增至|增长至|增长到|增加到|增加至|提升至|提升到|提高至|提高到|上升至|上升到|攀升至|攀升到|降至|降到|"
                     r"下降至|下降到|减少至|减少到|减至|回落至|回落到|至|(?<!达)到|增长为|提高为|变为)\s*$")  # 达到 is no "to"
SHARE_WORD = re.compile(r"占比|比例|比重|占")
# Between a count and the 占 of its share: "辅导员 54 名，约占专任教师的两成" (约 qualifies the share).
COUNT_TO_SHARE = re.compile(r"[\s,，(（]*(?:大约|约|大概|大致)?\s*")
# A change stated between a count and its share (来华留学生 45 人，较上年增加 13 人，占…): the share is of the count.
CHANGE_BETWEEN = re.compile(r"[\s,，]*(?:较|比|同比)[^，,。；;\d]{0,8}?(?:增加|增长|减少|下降|新增|多|少)\s*[\d.]+\s*"
                            r"(?:人|名|个|项|家|%|％)?[，,]\s*(?:大约|约|大概|大致)?\s*")
SHARE_BASE = re.compile(r"占\s*((?:(?:19|20)\d\d\s*(?:级|届|年)\s*)?[^，,。；;\d%]{0,16}?)\s*(?:的)?\s*(?:比例|比重)?\s*(?:为|达到|达|约|近|超过|仅|不足|不到|逾|将近|接近)?\s*$")
# 共 of 公共课, 共青团 is no total
SUM_WORD = re.compile(r"(?:共计|合计|累计|总计|总共|共有|(?<!公)共(?!青)|总数为?|总量)[^\d，,；;。]{0,8}$")
# After a span of years, a sum word anywhere before the number (2023—2025 年共开展…项目 N 项) sums the years.
YEARS_SUMMED = re.compile(r"共计|合计|累计|总计|总共|(?<!公)共(?!青)")
PARTS_WORD = re.compile(r"其中")
PER_HEAD = re.compile(r"(?:生均|人均|师均|校均|户均)$")
# A count of members after their condition, the group named first (…的有 4 个, …的共 2 个).
# "…落实率低于 90% 的有 10 个": a second count, of the members meeting a condition, later in the sentence.
SECOND_COUNT = re.compile(r"的\s*(?:(?:仅|只)?\s*(?:共有|有|共|为|计)|仅有|只有)\s*(?:\d+|[一二两三四五六七八九十]+)\s*个")
COUNTED_LAST = re.compile(r"的\s*(?:(?:仅|只)?\s*(?:共有|有|共|为|达到|达|计)|仅有|只有|仅|只)\s*$")
GROUP_FIRST = (r"(?:" + SMALL_COUNT + r"\s*个\s*[^，,。；;\d个]{{0,8}}?|各个|各|所有|全部|全院|全校|学院|全体)\s*({nouns})\s*"
               r"(?:中|当中|里|之中|看|来看|(?<=\S)(?:有\s*毕业生)?\s*[，,](?=[^。；;]*?的\s*(?:仅|只)?\s*(?:共有|有|共|计)))")
# the vocabulary's nouns of members; "24 个专业（有毕业生），…的有 10 个": the group, then the count in it
RESPECTIVELY = re.compile(r"分别(?:为|是|达到|达|占|有)?|依次(?:为|是)")  # 依次为: values in the order of the list
SUPERLATIVE = re.compile(r"(最高|最多|最大|最好|居首|首位|之首|第一位?|最低|最少|最小|最差|末位|垫底|(?<=排名|排在|位居|居于)最后|(?<=排)最后)")
# "位居第二", "排名第三", "倒数第二": the member at that place of the ranking.
# The ranking may be named between the verb and the place: "位居各院系第一", "排名全校第二".
RANKED_AMONG = r"(?:(?:全校|全院|学院|各|所有|全部)[^，,。；;\d第]{0,6}?(?:中|之中)?)?"
ORDINAL = re.compile(r"(?:(?:排名|位居|名列|位列|居于|排在|排|居|列)\s*" + RANKED_AMONG + r"\s*(倒数)?|(倒数))\s*第\s*([二三四五六七八九十\d]{1,2})\s*(?:位|名)?")
# Second place named after the first: "河北省最多，天津市次之", "其次是 B", "A 仅次于 B".
# "人次之比" is a unit before 之比, not 次之.
NEXT_PLACE = re.compile(r"(?<!人)次之(?!比)|其次(?=\s*(?:是|为))|仅次于|再次(?=\s*(?:是|为))")  # 再次是: the third place
NEXT_PLACE_WORDS = ("次之", "其次", "仅次于", "再次")
TWO_SIDED = ("省内外生源",)  # dimensions of two members: their words may name a member of a finer one
BASE_BEFORE = re.compile(r"占\s*(?:了)?\s*$")  # a college word after 占 names a share's base
IS_AFTER = re.compile(r"\s*(?:以上|以下|左右|多)?\s*(?:是|为)")
# "约为全院的三成", "相当于全校毕业生的 28%": a college word after such a verb, with a proportion of it next
VERB_BEFORE_BASE = re.compile(r"(?:约为|为|相当于|达到|达)\s*$")
PROPORTION_OF_IT = re.compile(r"\s*(?:毕业生|学生)?\s*(?:总数|总人数|人数)?\s*的\s*(?:约|近|将近|接近|超过|逾|不足|不到)?\s*"
                              r"(?:[\d.]+\s*%|[一二两三四五六七八九十]成|[一二三四五六七八九十]+分之)")
HEADCOUNT = re.compile(r"人数|生源|毕业生|学生数")  # what a ranking without a named measure ranks
SUPER_HIGH = ("最高", "最多", "最大", "最好", "居首", "首位", "之首", "第一", "第一位")
COMPARE = re.compile(r"(略高于|略低于|稍高于|稍低于|明显高于|明显低于|高于|低于|优于|超过|超出|持平|相当|多于|少于|"
                     r"不及|不如|逊于|落后于|领先于)")
# Relation words that say "lower" or "higher" without 低/高 in them, read as the plain word.
RELATION_AS = {"不及": "低于", "不如": "低于", "逊于": "低于", "落后于": "低于", "领先于": "高于", "优于": "高于"}
SAME_LEVEL = ("持平", "相当")
PAIR_IN_BRACKETS = re.compile(r"[^，,。；;（(]{0,8}?[（(]\s*(?:分别为|分别是|依次为)?\s*(\d+(?:\.\d+)?\s*%)\s*(?:和|与|对|比|、|，|,|vs\.?|/)\s*"
                              r"(\d+(?:\.\d+)?\s*%)\s*[）)]")
# A clause that goes on comparing the same subject: "…高于本系男生，也高于全院女生".
CONTINUED = re.compile(r"\s*(?:也|同时|还|亦|并且|且|更|同时也|而且)\s*(?:也)?\s*(?:比)?\s*")
OPENED_BEFORE = re.compile(r"[（(][^（()）\d，,。；;]{0,8}$")
# "男生、女生的落实率（88.85%、96.10%）": a bracket of values alone after a list pairs them as 分别 does
VALUES_IN_BRACKETS = re.compile(r"[（(](?=[^（()）\d，,。；;]{0,8}?\s*\d[\d.]*\s*(?:%|人|名)?\s*(?:(?:、|，|,|和|与|/)\s*\d[\d.]*\s*(?:%|人|名)?\s*)+[）)])")
# "与男生相比，女生落实率较高": the other side named first, the relation a bare 高/低 after the measure.
VERSUS = re.compile(rf"(?:{JOINED}|相对于|对比)\s*([^，,。；;]{{1,16}}?)\s*(?:相比|比较|相较)(?:而言|来看)?")
JOINED_LAST = re.compile(rf"(?:{JOINED})\s*$")
BARE_RELATION = re.compile(r"(?:较|更|偏|略|稍|明显|相对|要)\s*(高|低|多|少)(?=\s*(?:一些|些|不少|得多)?\s*(?:[，,。；;）)（(]|$))")
BY_RELATION = re.compile(r"(?:比|较)\s*([^，,。；;\d]{1,14}?)\s*(?:要|略|稍|明显)?\s*(高|低|多|少)(?=\s*(?:一些|些|不少|得多)?\s*(?:[，,。；;）)]|$))")
COMPARE_BY = re.compile(r"(?:比|较)\s*([^，,。；;\d]{1,14}?)\s*(高出|低出|高|低|多|少)\s*(?:了)?\s*$")
# The other side named between the word and the figure; a space ("高出 7.25 个百分点", PDF text) or 了
# there names none, and the sentence reads as it does without them.
DIFF_DIRECT = re.compile(r"(高出|低出|高于|低于|超出|超过|多出|少于)\s*([^，,。；;\d\s了][^，,。；;\d]{0,13}?)\s*(?:了)?\s*$")
LAST_YEAR_CLAUSE = re.compile(r"\s*(?:上年|去年|上一年|前一年)度?(?:同期)?\s*(?:为|是|达到?|共|有)?\s*$")
NO_SUBJECT = re.compile(r"\s*(?:也|还|同时|并且?|且|而且|更|则)?\s*")
PERIOD_BEFORE = re.compile(r"(?:同比|环比)\s*$")
# "女生落实率高于男生，高出 1.43 个百分点": the clause before names the other side after its relation word.
RELATION_BEFORE = re.compile(r"(?:高于|低于|超过|超出|多于|少于|优于|领先于|不及|落后于|逊于)\s*([^，,。；;\d（(]{1,14}?)\s*"
                             r"(?:[（(][^（()）]*[）)])?\s*[，,]\s*$")
DIFFERENCE_AFTER = re.compile(r"(高出|低出|多出|少出|高|低|多|少)\s*(?:了)?\s*$")
# The college's own level as a threshold: "高于全校水平", "超过学院整体水平", "不及全校平均值".
COLLEGE_LEVEL = re.compile(r"(高于|低于|超过|不低于|优于|不及|不如)\s*(?:学院|全校|全院|学校|我校|本校|总体|整体)+\s*(?:的)?\s*"
                           r"(?:整体|总体)?\s*(?:平均水平|平均值|平均数|均值|平均|水平)|"
                           r"(高于|低于|超过|不低于|优于|不及|不如)\s*(?:的)?\s*(?:平均水平|平均值|平均数|均值|平均)")
# Every graduate placed: "实现 100% 落实", "全部落实", "落实率达到 100%".
ALL_PLACED = re.compile(r"(?:100\s*%|百分之百|全部|全员|全面)\s*(?:落实|就业)|落实率\s*(?:均|都)?\s*(?:为|达到|达|实现)?\s*100\s*%")
THRESHOLD_BEFORE = re.compile(r"(高于|低于|不高于|多于|少于)\s*$")
# The lower end of a range of values right before its upper end ("90%—95%", "在 90% 至 95% 之间").
RANGE_LOW = re.compile(r"(\d+(?:\.\d+)?)\s*%?\s*(?:[-—–~～]|至|到)\s*$")
# "未达到 90%", "尚未达到", "没有达到": a reach negated, the members below the bound.
NEGATED_REACH = re.compile(r"(?:未|没有|没|尚未|仍未)\s*(?:能\s*)?达到?\s*$")
CONDITION = re.compile(r"(及以上|以上|超过|逾|高于|不低于|达到|达|均为|为|低于|以下|不足|不到|超)")
# After "N 个专业": every one of them has graduates (均有毕业生, 全部有毕业生).
HAS_GRADUATES = re.compile(r"\s*(?:均|都|全部|全都|皆|也都)?\s*有\s*(?:应届|本届|当届|\d{4}\s*届)?\s*毕业生")
# "…的 N 个专业" narrowed by the words before 的, unless they are a verb of offering (开设的, 设置的).
MODIFIED_BEFORE = re.compile(r"(?<!开设|设置|设有|现有|招生)的\s*$")
MEMBER_VERBS = re.compile(r"开设|设置|设有|现有|共有|分布在|分布于|涉及|覆盖|涵盖|招生|来自|共")
NOT_TOTAL = re.compile(r"新增|重点|骨干|特色|品牌|试点|国家级|市级|省级|其中|优质|一流|高水平|新设|停招|申报")
# The provinces as prose counts them: "省（自治区、直辖市）", "省、自治区和直辖市", "省区市".
PROVINCES = re.compile(r"\s*(省)(?=\s*(?:[、（(]\s*(?:自治区|区)|区市|市区|级行政区))")
PROVINCE_NOUNS = ("省份", "省市", "省区")
STAFFING = re.compile(r"配备\s*$|配比\s*$")
ONE_IN_BRACKETS = re.compile(r"\s*[（(]\s*(\d+(?:\.\d+)?\s*%)\s*[）)]")
MEMBER_AFTER = re.compile(r"\s*(?:的|([（(]))\s*")
PEOPLE_AFTER = re.compile(r"\s*(?:的\s*)?(?:毕业生|学生|生源|来自|选择|属于)")
OUR_PEOPLE = re.compile(r"生源|毕业生|学生|新生|招生|录取|学员")
# A colon of any width: ":" and "∶", the full-width "：" and the vertical "︰" the normaliser keeps.
RATIO = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*[:∶：︰]\s*(\d+(?:\.\d+)?)(?!\s*[\d.%])")
# Several years or cohorts (近三年, 2023—2025 年, 两届, 2023 届和 2024 届:届 by the engine helper, minimal change).
MULTI_YEAR = re.compile(r"(?:近|这|过去|最近)?\s*[两二三四五]\s*(?:年|届)(?:来|间|以来|中)?|(?:19|20)\d\d\s*(?:年|届)?\s*"
                        r"[—\-–~至到和与及]\s*(?:19|20)\d\d\s*(?:年|届)(?!\s*[、和与及]\s*(?:19|20)\d\d)")
HALF = re.compile(r"(过半|超过半数|半数以上|超半数|近半|近一半|一半以上|超过一半|大半|绝大多数|大多数|绝大部分|大部分|"
                  r"不足一半|不到一半|不足半数|不到半数|未过半|未超过半数|"
                  r"大约一半|约一半|约半数|一半左右|半数左右|(?<=的)一半)")
PLACED_SUBJECT = re.compile(r"(?<!未)(?<!尚未)(?:已|已经)?落实(?:了)?\s*(?:毕业|就业)?\s*去向\s*(?:的)?\s*(?:毕业生|学生)")
# "毕业生已落实 3033 人", "已落实去向的有 3033 人": the verb right before the count names the placed ones.
PLACED_BEFORE = re.compile(r"(?<!未)(?:已|已经)\s*落实(?:了)?\s*(?:(?:毕业|就业)?\s*去向)?\s*(?:的)?\s*(?:有|共|共有|为|达)?\s*$")
# "九成以上的毕业生落实了毕业去向", "绝大多数毕业生实现就业": the predicate names the placement rate.
PLACED_PREDICATE = re.compile(r"\s*(?:的)?\s*(?:毕业生|学生)?\s*(?:已|均|都|已经)?\s*(?:落实|实现)了?\s*(?:毕业)?\s*(?:去向|就业)")
DOUBLED = re.compile(r"翻(?:了)?\s*(?:近|将近|接近|约)?\s*(一|两|二|三)\s*番(多)?")
# "落实率位居前 5 位的专业", "排名前三的系": a ranked group whose members the sentence does not name.
RANKED_FEW = re.compile(r"(?:(?:排名|位居|位列|排在|排|居|列)\s*前\s*(?:[两二三四五六七八九十]|\d{1,2})\s*(?:位|名)?|"
                        r"前\s*(?:[两二三四五六七八九十]|\d{1,2})\s*(?:位|名))\s*的")
RANK_BEFORE = re.compile(r"(?:前|后|第)\s*$")  # "排前两位的系", "前三名": places, not quantities
REFERENCE_BEFORE = re.compile(r"(?:表|图|案例|第|附件|附录)\s*$")
# What may stand between a measure (or a scope) and its number.
CONNECTORS = re.compile(r"分别为|分别是|分别|其中|为|达到了|达到|达|共计有|共计|共有|合计|总计|累计|一共|总共|共|计|有|今年|毕业了|[两二三四五六七八九十](?:个)?(?:省份|省市|省|地区|地|院系|系)|是|约|在|已|了|的|"
                        r"人数|总数|总人数|规模|数量|稳定在|保持在|增至|实现|全年|当年|年度|本年度|本届|届|年|其|中|看|"
                        r"以上|不低于|不少于|不超过|不高于|至少|超过|近|逾|将近|接近|不足|不到|大约|高达|仅为|仅|只有|也|均|都|和|与|及|、|\s|“|”|\"|"
                        r"毕业生|学生|生源|同比|较上年|上年|平均|总体|整体|" + COLLEGE_NAMES + r"|现有|目前|当前|占比|占")
# Words that hold a connector's character (中, 其, 在) but narrow or name what is counted: 其他 433 人, 高中,
# 在校生 (not 校生).
KEPT_WORDS = re.compile(r"(中等职业|中等专业|中专(?![业任职家利项题门])|高中|初中|其他|其它|在校生|在籍|在读|在职|在岗)")


# A count of the items of the list right before it ("专业、课程、教师、学生四个层面"): the classifiers,
# the noun after the number, the list.
CLASSIFIERS = ("个", "项", "类", "支", "所", "家", "批", "种", "门", "套", "座", "间")
COUNTED_NOUN = re.compile(r"\s*([\u4e00-\u9fff]{2,4})")
LIST_BEFORE = re.compile(r"(?:[\u4e00-\u9fff]{1,8}、)+[\u4e00-\u9fff]{1,8}\s*$")
LEADING_CONJUNCTION = re.compile(r"^(?:而且|而|但是|但|并且|且|同时|此外|另外|然而|因此|不过)(?=[\u4e00-\u9fff]{2})")


@lru_cache(maxsize=8)
def members_conditioned(nouns: str) -> re.Pattern:
    """的 + a dimension's noun after the other side of a comparison: the members it is a condition of."""
    return re.compile(r"的\s*(?:" + nouns + r")")


def without_connectors(words: str) -> str:
    """`words` without connectors, the kept words whole."""
    return "".join(w if KEPT_WORDS.fullmatch(w) else CONNECTORS.sub("", w) for w in KEPT_WORDS.split(words) if w)

# A population set out before the counts of its parts by what its people did: "参加调查的毕业生中，".
TOPIC = re.compile(r"[^，,。；;：:]{2,40}?的\s*(?:毕业生|学生|人员|生源|学员)\s*(?:当中|之中|中|里)\s*[，,]")
TOPIC_FILLER = re.compile(r"全部|全体|所有|本届|应届|各类|各|[一二两三四五六七八九十百千万]+[个名位所项类]?|名|人")
UNITLESS_OK = ("%",)
SKIP_UNITS = ("", "届", "级", "期", "年")
# A sentence longer than WHOLE (a table flattened into text, a list of every major) is read in
# frames: each number with up to CONTEXT characters before it and AHEAD after, as a reader holds
# a few clauses in mind. The work per frame is bounded, so reading is linear in sentence length.
WHOLE = 400
STEP, CONTEXT, AHEAD = 200, 200, 60
FRAME_BREAK = re.compile(r"[，,：:、（）()]")


@dataclass
class Mention:
    start: int
    end: int
    word: str
    kind: str  # scope | measure | noun | college | not_ours
    scope: tuple[str, str] | None = None
    measure: Measure | None = None


@dataclass
class Sentence:
    unit: TextUnit
    start: int
    end: int
    text: str
    mentions: list[Mention] = field(default_factory=list)
    numbers: list[Number] = field(default_factory=list)  # positions relative to the sentence
    years: list[tuple[int, int, int]] = field(default_factory=list)
    keep: tuple[int, int] = (0, 1 << 62)  # claims anchored in this span are this frame's (long sentences)
    _at: dict[int, Number] | None = None  # start -> number, filled on first use

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.start + start, self.start + end

    def number_at(self, pos: int) -> Number | None:
        """The number starting at `pos` (asked for every claim and its scope)."""
        if self._at is None:
            self._at = {}
            for n in self.numbers:
                self._at.setdefault(n.start, n)
        return self._at.get(pos)


FILLER = re.compile(r"的|总体|整体")
NEGATED = re.compile(r"(?:未|尚未|没有|无|非)$")


def _reading(text: str) -> tuple[str, list[int]]:
    """The text without the fillers a writer puts inside a name ("对母校的总体满意度" reads as
    "对母校满意度"), and where each kept character was."""
    kept, where, pos = [], [], 0
    for m in FILLER.finditer(text):
        kept.append(text[pos:m.start()])
        where.extend(range(pos, m.start()))
        pos = m.end()
    kept.append(text[pos:])
    where.extend(range(pos, len(text)))
    return "".join(kept), where


def _mentions(text: str, vocab: Vocabulary) -> list[Mention]:
    found = []
    reading, where = _reading(text)
    for s, e, word in vocab.mentions(reading):
        s, e = where[s], where[e - 1] + 1
        if word in vocab.scopes:
            if _place_in_a_name(word, vocab.scopes[word], text[e:e + 1]) or \
                    _not_the_member(text[max(0, s - 8):s], text[e:e + 10], vocab.scopes[word]):
                continue
            if _place_of_others(vocab.scopes[word], text[e:e + 20]):
                found.append(Mention(s, e, word, "not_ours"))  # "天津市高职院校平均…": the city's, not our 生源
                continue
            found.append(Mention(s, e, word, "scope", scope=vocab.scopes[word]))
        elif word in vocab.nouns:
            found.append(Mention(s, e, word, "noun"))
        elif not NEGATED.search(text[max(0, s - 2):s]):  # "未落实去向的毕业生" are not the placed ones
            found.append(Mention(s, e, word, "measure", measure=vocab.measures[word]))
    taken = [(m.start, m.end) for m in found]
    for regex, kind in ((NOT_OURS, "not_ours"), (COLLEGE, "college")):
        for m in regex.finditer(text):
            if kind == "not_ours" and CONTEST_NAME.match(text, m.end()):
                continue  # "获全国职业院校技能大赛奖项 12 项": 全国 opens the contest's name, the prizes are ours
            if not any(s < m.end() and m.start() < e for s, e in taken):
                found.append(Mention(m.start(), m.end(), m.group(), kind))
                taken.append((m.start(), m.end()))
    return sorted(found, key=lambda m: m.start)


# After a place: the place's own institutions or level (天津市高职院校, 全省平均水平, 本市高校), so the
# figure is the place's, not the college's graduates from there (天津生源, 本市生源 stay ours).
OTHERS_AFTER = re.compile(r"(?:\s*\d+(?:\.\d+)?\s*%\s*(?=的))?(?:(?:市|省|地区|区域)?\s*(?:(?:19|20)\d\d\s*(?:年|届|年度)?|本届|今年|本年度|当年)?\s*(?:的|内)?\s*(?:各类|各|普通|同类|其他|其它|全部|所有)?\s*"
                          r"(?:高职|高等|职业|本科|公办|民办)?\s*(?:院校|高校|学校|大学)|(?:市|省)?\s*(?:的)?\s*"
                          r"(?:平均|整体水平|总体水平|水平|地区|全市|全省|城镇|常住|户籍|GDP|经济|代表队|代表团))")


def _place_of_others(scope: tuple[str, str], following: str) -> bool:
    return scope[0] in PLACE_DIMENSIONS and OTHERS_AFTER.match(following) is not None


ORIGIN_AFTER = re.compile(r"\s*(?:的)?\s*生源")
PLACE_NAME_NEXT = re.compile(r"[区县路街镇村大工理师医农科外经电]")


def _place_in_a_name(word: str, scope: tuple[str, str], following: str) -> bool:
    """"天津工业大学", "河北区": a place name that starts another name is no scope."""
    return scope[0] in ("生源地", "省内外生源") and not word.endswith(("省", "市", "生源", "区")) \
        and bool(PLACE_NAME_NEXT.match(following))


def _not_the_member(before: str, after: str, scope: tuple[str, str]) -> bool:
    """"天津市以外的省份" (the others), "在天津市就业", "天津市就业人数", "就业地在天津市" (where they
    work, not where they come from: a place is a 生源 scope only when the words say 生源 or 来自)."""
    if after.startswith(("以外", "之外")):
        return True
    if scope[0] not in PLACE_DIMENSIONS:
        return False
    return bool(WORK_BEFORE.search(before)) and not ORIGIN_AFTER.match(after) or \
        bool(WORK_AFTER.match(after))


COUNT_AT_END = re.compile(r"\d\s*(?:人|名|位|个|项|所|家|人次)\s*。$")  # "…毕业生 939 人。其中…": of that count


def _spans(unit: TextUnit):
    """The unit's sentences, a part that begins with 其中 kept with the sentence before it, after a
    semicolon ("男生 2385 人；其中机械工程系 824 人": of the men) or after a full stop right after a count
    ("机械工程系毕业生 939 人。其中升学的 40 人": of that department), as a reader reads the parts of a total."""
    spans = list(unit.sentences())
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and re.match(r"\s*其中", unit.text[start:end]) and (unit.text[out[-1][1] - 1] in "；;" or (
                unit.text[out[-1][1] - 1] == "。" and COUNT_AT_END.search(unit.text, out[-1][0], out[-1][1]))):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


# A sentence of prose states a few dozen figures, a long list a few hundred; a run of thousands (a
# data dump pasted into a paragraph) is not read as claims, so that no input costs more than a report.
MAX_SENTENCE_NUMBERS = 1000
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def _too_many_numbers(text: str) -> bool:
    return len(text) > 2 * MAX_SENTENCE_NUMBERS and \
        sum(1 for _ in zip(_DIGITS.finditer(text), range(MAX_SENTENCE_NUMBERS + 1))) > MAX_SENTENCE_NUMBERS


# What a sentence needs for the engine to read a claim in it: a number, or a word of rank, share or comparison.
READABLE = re.compile(r"\d|[一二两三四五六七八九十百千万]|最|半|番|多数|部分|首|末位|垫底|高于|低于|持平|多于|少于|优于|相当|不及|"
                      r"不如|逊于|落后|领先|相比|比较|相较|[较更偏略稍][高低多少]|比[^，,。；;]{1,14}?[高低多少]|次之|其次|仅次于|倒数")


# The words that make a claim with no number in it: ranks and places (最高, 第二, 前三…依次), shares in words
# (过半, 多数), comparisons, doublings (翻一番).
WORDS_OF_CLAIMS = re.compile(r"最|半|番|多数|部分|首|末位|垫底|第|前|依次|分别|高于|低于|持平|多于|少于|优于|相当|不及|不如|逊于|"
                             r"落后|领先|相比|比较|相较|[较更偏略稍][高低多少]|比[^，,。；;]{1,14}?[高低多少]|次之|其次|仅次于|倒数")


def _sentences(unit: TextUnit, vocab: Vocabulary):
    for start, end in _spans(unit):
        text = unit.text[start:end]
        if _too_many_numbers(text):
            continue
        if not READABLE.search(text) and not CHANGE_WORDS.search(text) and not BREAKTHROUGH.search(text):
            continue  # "较上年有所增长", "实现零的突破": a direction, no number
        if not find_numbers(text) and not WORDS_OF_CLAIMS.search(text) and not CHANGE_WORDS.search(text) \
                and not BREAKTHROUGH.search(text) and find_cutoff(text) is None:
            continue  # a numeral inside a word (一体化, 进一步) is no number: nothing to read (half the sentences)
        for lo, hi, keep_lo, keep_hi in frames(text):
            yield _sentence(unit, start + lo, text[lo:hi], keep_lo - lo, keep_hi - lo, vocab)


def related_dimensions(a: str, b: str) -> bool:
    """Two dimensions of one classification, one the grouping of the other (毕业去向, 毕业去向合并)."""
    return a != b and (a.startswith(b) or b.startswith(a))


# Words of money: in their sentence a figure printed in 万 with no unit after it ("到款 36.36 万") is 万元.
MONEY_WORDS = re.compile(r"经费|到款|到账|收入|资金|投入|金额|产值|营收|预算|支出|捐赠|资助|补助|奖助|费用|元")


def _money_in_wan(numbers: list[Number], text: str) -> list[Number]:
    if not any(n.unit == "" and n.scale == 10_000 for n in numbers) or not MONEY_WORDS.search(text):
        return numbers
    return [replace(n, value=n.value / n.scale, unit="万元", scale=1) if n.unit == "" and n.scale == 10_000 else n
            for n in numbers]


def _sentence(unit: TextUnit, start: int, text: str, keep_lo: int, keep_hi: int, vocab: Vocabulary) -> "Sentence":
    numbers = [n for n in _money_in_wan(find_numbers(text), text) if n.unit not in SKIP_UNITS
               and not REFERENCE_BEFORE.search(text[max(0, n.start - 4):n.start])
               and not (n.unit in ("位", "名") and RANK_BEFORE.search(text[max(0, n.start - 3):n.start]))
               and not re.match(r"\s*[-—–]\s*\d", text[n.end:n.end + 3])]
    mentions = demonstrative_mentions(unit.text, start, text, _mentions(text, vocab), vocab)  # 该系: the one named before
    return Sentence(unit, start, start + len(text), text, mentions, numbers, _years(text, vocab),
                    keep=(keep_lo, keep_hi))


THIS_YEAR = re.compile(r"本届|今年|本年度")
# Years named relative to the one the sentence is about: 去年/上年/上一届 one before it, 前年 two.
# Not 以上/之上 (以上年均…), not 前两年/前三年 (a span, not a year), not 上年同期 read twice.
LAST_YEARS = re.compile(r"(?<![以之])(?:去年|上一?年度?|上一?届|上一学年|前一年)|(?<![\d一二两三四五六七八九十])前年")
BASE_OR_RATIO_BEFORE = re.compile(r"(?:比|较|与|同|和|相比|对比|相较|到|至|是|为)\s*$")
# "较上年的 37.25 万元", "比去年（5 万元）": the base year's own figure follows, so it is that year's.
OWN_FIGURE_AFTER = re.compile(r"\s*(?:同期)?\s*(?:的)?\s*[（(]?\s*[\d.]+\s*(?![\d.倍])")
RELATIVE_YEAR_CUE = ("去年", "上年", "上一", "上届", "前年", "前一年")


def _years(text: str, vocab: Vocabulary) -> list[tuple[int, int, int]]:
    """The years the sentence names: "2025 年/届", 本届/今年/本年度 for the report's own year
    ("2024 届…93.85%，本届提高 0.26 个百分点": the difference is 2025's), and 去年/上一届/前年 for one
    or two before the year named last before them, else before the report's own ("2024 年…，上年为…"
    is 2023's): a figure of last year is checked as that year's, never as this one's."""
    years = find_years(text)
    if vocab.year is None:
        return years
    if THIS_YEAR.search(text):
        years = sorted(years + [(vocab.year, m.start(), m.end()) for m in THIS_YEAR.finditer(text)],
                       key=lambda y: y[1])
    if any(cue in text for cue in RELATIVE_YEAR_CUE):
        for m in LAST_YEARS.finditer(text):
            if BASE_OR_RATIO_BEFORE.search(text, max(0, m.start() - 3), m.start()) \
                    and not OWN_FIGURE_AFTER.match(text, m.end()):
                continue  # "较上年增长 18%", "增加到上年的 4.82 倍": the change's period, read where changes are
            before = [y for y, s, _ in years if s < m.start()]
            anchor = before[-1] if before else vocab.year
            years.append((anchor - (2 if m.group() == "前年" else 1), m.start(), m.end()))
        years.sort(key=lambda y: y[1])
    return years


def frames(text: str) -> list[tuple[int, int, int, int]]:
    """(lo, hi, keep_lo, keep_hi): the text[lo:hi] a frame reads and the span whose claims it
    keeps. A sentence up to WHOLE characters is one frame; a longer one is cut at clause or list
    breaks into steps of about STEP characters, each read with its context before and after."""
    if len(text) <= WHOLE:
        return [(0, len(text), 0, len(text))]
    cuts = [0]
    while len(text) - cuts[-1] > STEP:
        cut = _cut(text, cuts[-1] + STEP)
        if cut >= len(text):
            break
        cuts.append(cut)
    cuts.append(len(text))
    out = []
    for keep_lo, keep_hi in zip(cuts, cuts[1:]):
        lo = _cut(text, max(0, keep_lo - CONTEXT), forward=True) if keep_lo > CONTEXT else 0
        hi = min(len(text), keep_hi + AHEAD)
        out.append((min(lo, keep_lo), hi, keep_lo, keep_hi))
    return out


def _cut(text: str, pos: int, forward: bool = False) -> int:
    """A break near pos: after the last clause or list break before it (the first after it when
    `forward`), else the end of the run of digits it falls in, so no number is cut in two."""
    window = text[pos:pos + STEP // 2] if forward else text[max(0, pos - STEP // 2):pos]
    found = [m.end() for m in FRAME_BREAK.finditer(window)]
    if found:
        return pos + found[0] if forward else max(0, pos - STEP // 2) + found[-1]
    run = re.match(r"[\d.%]*", text[pos:pos + STEP])  # bounded: a frame may run past a long number
    return min(len(text), pos + run.end()) if not forward else pos
# The words right before a number (label_before): years taken out, the last run of words.
ANY_YEAR = re.compile(r"(?:19|20)\d\d\s*(?:年|届|级|学年|年度)?")
WORDS_AT_END = re.compile(r"[\u4e00-\u9fff“”\"A-Za-z]+\s*$")
DIGIT_AT_END = re.compile(r"\d\s*$")


class Reader:
    """Turns the text units of a document into claims, with one vocabulary."""

    def __init__(self, vocab: Vocabulary):
        self.vocab = vocab

    def read(self, units: list[TextUnit]) -> list[Claim]:
        claims: list[Claim] = []
        for unit in units:
            for sentence in _sentences(unit, self.vocab):
                claims.extend(SentenceReader(self.vocab, sentence).claims())
        return claims


class SentenceReader:
    def __init__(self, vocab: Vocabulary, sentence: Sentence):
        self.vocab = vocab
        self.s = sentence
        self.text = sentence.text
        self.out: list[Claim] = []
        self.anchors: dict[int, int] = {}  # id(claim) -> where it is anchored in the frame
        self.unread = ""  # words narrowing the subject that the vocabulary does not know ("产业学院")
        self.consumed: set[int] = set()  # starts of numbers another claim has read (a condition's threshold)
        self.conditions: list[tuple[int, int]] = []  # spans read as a count's condition (高于全校水平的专业)
        self.listed_measures: dict[int, Measure] = {}  # number start -> the measure listed at its place (分别)
        self.cutoff = find_cutoff(self.text)
        self.breaks = [m.end() for m in CLAUSE_BREAK.finditer(self.text)]  # one character each

    # ------------------------------------------------------------ context of a position

    def clause_start(self, pos: int) -> int:
        """After the last clause break before `pos` (a bisection: called for every number)."""
        i = bisect_right(self.breaks, pos)
        return self.breaks[i - 1] if i else 0

    def scope_at(self, pos: int) -> dict[str, str]:
        """Dimensions named before `pos` in the sentence, the latest member of each; a word for the
        whole college clears them."""
        scope: dict[str, str] = {}
        named: dict[str, Mention] = {}
        turns = [c.end() for c in COMPARE.finditer(self.text, 0, pos)]
        for m in self.s.mentions:
            if m.start >= pos:
                break
            if turns and m.start >= turns[0]:
                scope, turns = {}, [t for t in turns if t > m.start]
            if m.kind == "scope":
                if re.search(r"(?:比|较|高出|低出|多出|少出)\s*$", self.text[max(0, m.start - 3):m.start]) and \
                        not re.fullmatch(r"\s*(?:的)?\s*[（(]?\s*", self.text[m.end:pos]):  # "较 B（87.50%）" is B's
                    continue  # "比男生高 1.43 个百分点": the other side, not the subject of what follows
                if m.scope[0] == GROUP and any(m.end <= n.start and n.end <= pos for n in self.s.numbers):
                    continue  # an item of a list ("教师 389 人次、学生 636 人次") names only its own number
                if re.search(r"[、和及与]\s*$", self.text[max(0, m.start - 2):m.start]) and re.match(
                        r"\s*(?:等)?\s*(?:\d+|[一二两三四五六七八九十]{1,3})\s*个\s*[\u4e00-\u9fff]{0,3}(?:系|学院|专业|专业群|部)\s*[，,；;。]",
                        self.text[m.end:pos]):
                    # "设 A、B、C 3 个系，…": a list and its size closing its clause names no subject of the next
                    # (never "A、B 2 个专业落实率达到 100%", where they are the subject)
                    scope.pop(m.scope[0], None)
                    named.pop(m.scope[0], None)
                    continue
                scope[m.scope[0]] = m.scope[1]
                named[m.scope[0]] = m
            elif m.kind == "college":
                if BASE_BEFORE.search(self.text, max(0, m.start - 3), m.start):
                    continue  # "939 人，占全校的 28.14%，升学 40 人": the base of a share, not a new subject
                if VERB_BEFORE_BASE.search(self.text, max(0, m.start - 4), m.start) and \
                        PROPORTION_OF_IT.match(self.text, m.end):
                    continue  # "机械工程系毕业生约为全院的三成": the base of the proportion after it
                scope = {}
        return self.without_list_items(scope, named, pos)

    def without_list_items(self, scope: dict[str, str], named: dict, pos: int) -> dict[str, str]:
        """"男生 2385 人、女生 952 人，共有少数民族毕业生 285 人" (engine helper's minimal change): members
        listed each with its own number name only their numbers, so a clause naming a member of
        another dimension is not about the last of them."""
        lo = self.clause_start(pos)
        own = {m.scope[0] for m in self.s.mentions if m.kind == "scope" and lo <= m.start < pos}
        if named:  # the clause of the member named last: "…，应征入伍 62 人，占 1.86%" is still about it
            latest = self.clause_start(max(m.start for m in named.values()))
            last_dims = {m.scope[0] for m in self.s.mentions if m.kind == "scope" and latest <= m.start < pos}
            overlapping = overlapping_dimensions(self.vocab)
            for dim in [d for d in scope if d not in last_dims and
                        any(related_dimensions(d, o) or frozenset((d, o)) in overlapping for o in last_dims)]:
                if self.item_with_number(named[dim], latest) and \
                        not re.search(r"其中|中\s*[，,]?\s*$", outside_brackets(self.text[named[dim].end:latest])):
                    del scope[dim]  # "升学 145 人，占 4.35%，应征入伍 62 人": the next item, not a part of 升学
        for dim in [d for d in scope if own and d not in own]:
            items = [m for m in self.s.mentions if m.kind == "scope" and m.scope[0] == dim and m.end <= lo
                     and any(m.end <= n.start < lo and re.fullmatch(r"[^，,；;。]*", self.text[m.end:n.start])
                             for n in self.s.numbers)]
            parts = bool(items) and PARTS_WORD.search(self.text, 0, items[0].start) is not None
            if (len(items) >= 2 or parts) and named[dim] is items[-1]:
                del scope[dim]  # a list, or an item under 其中 ("其中女生 952 人，少数民族毕业生 285 人")
        return named_items_left(self, returned_to_whole(self, scope, named, pos), named, pos)

    def item_with_number(self, m: Mention, lo: int) -> bool:
        """Whether the member is named with a number of its own in its clause before `lo`."""
        return any(m.end <= n.start < lo and re.fullmatch(r"[^，,；;。]*", self.text[m.end:n.start])
                   for n in self.s.numbers)

    def year_at(self, pos: int) -> int | None:
        """The year stated before `pos` (2025 届…, 截至 2024 年底，…); else the period a bracket
        right after the figure gives it (…9120 人（截止 2024 年底）), else the sentence's cut-off."""
        own = next((y for y, s, e in self.s.years if OWN_VALUE_AFTER.fullmatch(self.text, e, pos)), None)
        if own is not None and not self.multiple_at(pos):  # "较 2024 年的 7 项": the value right after a
            return own  # base year is that year's; "增加到上年的 4.82 倍" is no value of last year
        years = [y for y, s, _ in self.s.years if s < pos and not self.base_year_at(s)]
        if "年" in self.text and LAST_YEAR_CLAUSE.match(self.text, self.clause_start(pos), pos):
            # "2025 年…3717 学时，上年为 1262 学时": a clause about last year, of the year named before it
            lo = self.clause_start(pos)
            named = [y for y, s, _ in self.s.years if lo <= s < pos]
            if named:  # the clause's own 上年, already resolved against the year before it
                return named[-1]
            this = years[-1] if years else self.vocab.year
            return this - 1 if this else None
        if years:
            return years[-1]
        number = self.s.number_at(pos)
        after = period_after(self.text, number.end) if number is not None else None
        if after is not None:
            return after
        return self.cutoff.year if self.cutoff is not None else None

    def before_last(self, pos: int) -> tuple[int, int] | None:
        """(year before last, year) when the sentence compares with 前年 before `pos` and names no
        nearer period after it: the year is the one named before 前年, else the report's."""
        if "前年" not in self.text:
            return None
        m = None
        for m in VS_BEFORE_LAST.finditer(self.text, 0, pos):
            pass
        if m is None or SAME_PERIOD.search(self.text, m.end(), pos) or VS_YEAR.search(self.text, m.end(), pos):
            return None
        named = [y for y, s, _ in self.s.years if s < m.start() and not self.base_year_at(s)]
        year = named[-1] if named else self.vocab.year
        return (year - 2, year) if year else None

    def multiple_at(self, pos: int) -> bool:
        number = self.s.number_at(pos)
        return number is not None and number.unit == "倍"

    def ours_at(self, pos: int) -> bool:
        before = [m for m in self.s.mentions if m.start < pos and m.kind in ("not_ours", "college")]
        for m in reversed(before):
            if m.kind == "college" and m.word in WHOSE_EVER:
                continue  # "天津市普通高校毕业生总体落实率": overall, of whoever the subject is
            if m.kind == "not_ours":
                return bool(re.search(r"(?:覆盖|来自|遍布|分布于|面向)\s*$", self.text[:m.start]))
            return True
        return True

    def residue(self, lo: int, hi: int) -> str:
        """The words between lo and hi that are neither vocabulary, years nor connectors."""
        piece = self.text[lo:hi]
        for m in self.s.mentions:
            if lo <= m.start and m.end <= hi and m.kind in ("scope", "college", "not_ours", "noun"):
                piece = piece.replace(m.word, "")
        piece = re.sub(r"(?:19|20)\d\d\s*(?:年|届|级|学年|年度)?", "", MULTI_YEAR.sub("", CUTOFF.sub("", LAST_YEARS.sub("", piece))))
        piece = re.sub(r"[^\u4e00-\u9fffA-Za-z]", "", piece)
        # 中 is a connector (毕业生中), not in 中职/中专/高中: those words narrow the subject
        return without_connectors(piece)

    def measure_at(self, pos: int, unit: str) -> Measure | None:
        """The measure named last before `pos` that a number in `unit` can be a value of, with only
        connectors between them; a clause with its own label and no known measure is about
        something the vocabulary does not know."""
        lo = self.clause_start(pos)
        candidates = [m for m in self.s.mentions if m.kind == "measure" and m.end <= pos and not self.per_head(m)]
        in_clause = [m for m in candidates if m.start >= lo]
        since = max([lo] + [n.end for n in self.s.numbers if n.end <= pos])
        for m in reversed(in_clause):
            if m.measure.fits(unit) and len(self.residue(m.end, pos)) <= 2:
                narrower = self.narrower_count(m, pos, unit)
                if narrower is not None:  # "毕业生中就业 2826 人": the employed among them
                    return narrower
                self.note_unread(max(since if since <= m.start else lo, lo), m.start, m.measure.name)
                return m.measure
        named = value_in_brackets(self, lo, pos, unit)
        if named is not None:  # "横向技术服务到款额（36.36 万元）和纵向…": the name before the bracket
            name = next((m for m in reversed(self.s.mentions) if m.kind == "measure" and m.end <= lo - 1), None)
            if name is not None:  # (a ranked member before the bracket names no measure: its headcount)
                self.note_unread(self.clause_start(name.start), name.start, named.name)  # 首届本科毕业生（212 人）
            return named
        ahead = self.measure_after(pos, unit)
        if ahead is not None:
            self.note_unread(max(since, lo), pos)  # "产业学院培养了 200 余名毕业生": the subject is before the number
            return ahead
        label = self.label_before(lo, pos)
        if label:
            # "行业导师和兼职教师": a list, no plainer form of one name (a list of years is no list of names)
            listed = re.search(r"[和与及、]", re.sub(r"(?:19|20)\d\d\s*(?:年|届)?\s*[和与及、]?", "", self.text[lo:pos].replace("参与", "")))
            cohort = COHORT.search(self.text, lo, pos)  # "2025 级新生实际报到 3213 人": the cohort names the figure
            return measure_for_label(self.vocab, label, unit, self.subject_before(lo, unit), plain=not listed,
                                     cohort=cohort.group(1) + "级" if cohort else "") or \
                self.vocab.label_ending(label, unit, self.text[:lo]) or \
                Measure(f"label:{label}", label, unit if unit not in ("成",) else "%", "label")
        if self.counts_the_noun_after(pos):
            return None  # "专业、课程、教师、学生四个层面": it counts 层面, not the 专业 named before
        for m in reversed(candidates):
            if m.measure.fits(unit):
                self.note_subject_of_measure_clause(m, lo, pos)
                return m.measure
        if any(m.kind == "scope" and lo <= m.start < pos for m in self.s.mentions):
            prior = next((c for c in reversed(self.out) if c.number is not None and c.number.end <= lo
                          and c.kind in ("value", "vague") and same_unit(c.number.unit, unit)), None)
            if prior is not None and (prior.measure is None or prior.measure.kind == "label") \
                    and RESPECTIVELY.search(self.text, lo, pos):
                # "信息系在校生 1346 人，汽车系和经管系分别为…": the same count, which the vocabulary lacks
                return prior.measure
            # "男生 2385 人": a count of people of a named group is a count of the population
            return next((m for m in self.vocab.measures.values() if m.population and m.fits(unit) and unit), None)
        return None

    def per_head(self, m: Mention) -> bool:
        """"生均财政拨款 21,914 元": a table row's label (财政拨款) inside a per-head figure names another
        quantity, the amount per student, not the row's total."""
        return m.measure.kind == "label" and PER_HEAD.search(self.text, max(0, m.start - 2), m.start) is not None

    def narrower_count(self, m: Mention, pos: int, unit: str) -> Measure | None:
        """A count of the population followed by words naming a count of its own (毕业生中就业 2826 人:
        就业人数), that count."""
        if not m.measure.population:
            return None
        words = self.residue(m.end, pos)
        if len(words) < 2 or only_verbs(words):
            return None
        found = measure_for_label(self.vocab, words, unit)
        return found if found is not None and found != m.measure else None

    def subject_before(self, lo: int, unit: str) -> str:
        """"行业导师 42 人，承担专业课程 1166 课时": the measure a figure of the clause before `lo` was
        read as, as the text names it, when its unit differs (the second figure counts another thing
        of the same subject)."""
        prior = next((c for c in reversed(self.out) if c.number is not None and c.number.end <= lo), None)
        if prior is None or prior.measure is None or prior.measure.kind == "label" or \
                same_unit(prior.measure.unit or "", unit) or prior.kind not in ("value", "vague"):
            return ""
        named = [m for m in self.s.mentions if m.kind == "measure" and m.measure == prior.measure
                 and m.end <= prior.number.start]
        return named[-1].word if named else ""

    def note_subject_of_measure_clause(self, m: Mention, lo: int, pos: int) -> None:
        """"机械工程系落实率最高，为 94.25%": a number alone in its clause but for a verb (为, 达到) is
        a value of the subject of the measure's clause; unknown words there narrow it as if adjacent."""
        words = self.residue(lo, pos)
        if words and not only_verbs(words) or any(x.kind in ("scope", "college") and lo <= x.start < pos
                                                  for x in self.s.mentions):
            return
        since = max([self.clause_start(m.start)] + [n.end for n in self.s.numbers if n.end <= m.start])
        self.note_unread(since, m.start, m.measure.name)

    def note_unread(self, lo: int, hi: int, name: str = "") -> None:
        """Words the vocabulary does not know between lo and hi, with no scope word among them,
        narrow the subject ("产业学院"): the number is not the college's. Words the measure's own
        name repeats ("新生中，现代职教体系培养新生") narrow nothing."""
        unread = self.residue(lo, hi)
        if unread and unread in name or only_verbs(unread):
            return  # "学院聘请行业导师 42 人": a verb narrows nothing
        if len(unread) >= 2 and not any(x.kind == "scope" and lo <= x.start < hi for x in self.s.mentions):
            self.unread = unread

    def measure_after(self, pos: int, unit: str) -> Measure | None:
        """"无人机应用技术（100.00%）和智能控制技术（97.67%）的落实率…": the measure named after
        a list of members and their numbers."""
        number = next((n for n in self.s.numbers if n.start >= pos), None)
        end = number.end if number else pos
        for m in self.s.mentions:
            if m.start < end or m.kind in ("not_ours",):
                continue
            if m.kind == "measure":
                between = self.text[end:m.start]
                if m.measure.fits(unit) and re.fullmatch(r"[\s)）]*的?", between) is not None:
                    return m.measure
                if re.fullmatch(r"[^，,；;。]*", between) is None or re.match(r"\s*[（(]", between):
                    return None  # "女生 115 人（落实去向 111 人）": a bracket opened after it holds a sub-count
                gap = re.sub(r"\d+(?:\.\d+)?\s*%|[\s()（）、和与及的]", "", between)
                for x in self.s.mentions:
                    if end <= x.start and x.end <= m.start and x.kind == "scope":
                        gap = gap.replace(x.word, "")
                return m.measure if not gap and m.measure.fits(unit) else None
        return None

    def counts_the_noun_after(self, pos: int) -> bool:
        """Whether the number at `pos` counts the items of the list right before it, a noun the vocabulary
        does not know after it ("专业、课程、教师、学生四个层面"): then it is the list's size, not a value
        of a measure named in the list."""
        n = next((x for x in self.s.numbers if x.start == pos), None)
        if n is None or n.unit not in CLASSIFIERS:
            return False
        listed = LIST_BEFORE.search(self.text, self.clause_start(pos), pos)
        after = COUNTED_NOUN.match(self.text, n.end)
        if listed is None or after is None or listed.group(0).count("、") + 1 != n.value:
            return False
        return not any(s == 0 for s, _, _ in self.vocab.mentions(after.group(1)))

    def label_before(self, lo: int, pos: int) -> str:
        """The words right before a number that name what it counts, once connectors and scope
        words are taken away ("现有专任教师 310 人" -> "专任教师")."""
        piece = self.text[lo:pos]
        for m in self.s.mentions:
            if lo <= m.start and m.end <= pos and m.kind in ("scope", "college", "not_ours"):
                piece = piece.replace(m.word, "")
        piece = ANY_YEAR.sub(" ", MULTI_YEAR.sub(" ", CUTOFF.sub(" ", piece)))
        run = WORDS_AT_END.search(piece)
        if not run or DIGIT_AT_END.search(piece, 0, run.start()):
            return ""  # "146 支代表队 580 余名": the words name the number before them (N 支代表队)
        # 参与 is a verb, not 参 + the connector 与 (labels.py strips such verbs when looking a name up)
        label = without_connectors(run.group().replace("参与", "参加")).strip("“”\" ")
        label = LEADING_CONJUNCTION.sub("", label)  # "而专任教师仅 463 人": the clause's conjunction
        label = group_word_kept(self.vocab, run.group(), label)  # 本土学生: 学生 is the item's own word here
        return label[-12:] if len(label) >= 2 else ""

    # ------------------------------------------------------------ claims

    def claim(self, start: int, end: int, kind: str, measure: Measure | None, value: str, number: Number | None = None,
              at: int | None = None, **detail) -> Claim:
        at = start if at is None else at
        span = self.s.span(start, end)
        typed = True
        if number is not None:
            typed = self.s.unit.is_ref(self.s.start + number.start, self.s.start + number.start + len(number.text)) is None
        if self.cutoff is not None:
            detail.setdefault("date", self.cutoff.value)
        claim = Claim(self.s.unit, span[0], span[1], kind, measure, self.scope_at(at), self.year_at(at), value, number,
                      typed, self.ours_at(at), detail)
        self.out.append(claim)
        self.anchors[id(claim)] = at
        return claim

    def claims(self) -> list[Claim]:
        numbers = self.s.numbers
        pairs = self.respectively()
        self.every_member()
        used_from_to: set[int] = {i for i, n in enumerate(numbers) if n.unit == "个" and self.member_count(n)}
        for i, n in enumerate(numbers):
            if i in used_from_to or n.start in self.consumed or list_size_word(self, n):
                continue  # (三项合计: the size of a list)
            to = self.from_to(i)
            if to is not None:
                used_from_to.add(to)
                continue
            self.read_number(i, n, pairs.get(i))
        former_latter(self)  # "…，前者为 x，后者为 y": the first and second named
        parts_left(self)  # "…，其中女生 115 人，落实率为…": the whole's rate, or the part's
        years_respectively(self)  # "2023 年、2024 年、2025 年分别为 x、y、z"
        self.ratios()
        breakthroughs(self)  # "2025 年技术产权交易收入实现零的突破": the first year above 0
        concentrations(self)  # "落实率低于 88% 的专业全部集中在 A 和 B": where the members meeting it are
        self.sums_and_parts()
        self.superlatives()
        top_few_in_order(self)
        self.comparisons()
        year_comparisons(self)
        self.halves()
        self.doublings()
        if self.cutoff is not None:
            self.cutoff_claim()
        lo, hi = self.s.keep
        return [c for c in self.out if lo <= self.anchors[id(c)] < hi]

    def respectively(self) -> dict[int, tuple[str, str]]:
        """"A、B 和 C 分别为 x、y、z": number index -> the scope member listed at the same place."""
        out: dict[int, tuple[str, str]] = {}
        # "三项分别为", "A、B、C 3 个专业，落实率分别为": the list's own size is no value
        counted = [n for n in self.s.numbers if not n.chinese and not listed_size(self, n)]
        listed: list[Mention] = []
        words = sorted([*RESPECTIVELY.finditer(self.text), *VALUES_IN_BRACKETS.finditer(self.text)], key=lambda w: w.start())
        for m in words:
            bracket = m.re is VALUES_IN_BRACKETS
            opening = OPENED_BEFORE.search(self.text, max(0, m.start() - 9), m.start())
            at = opening.start() if opening else m.start()  # "男、女生的落实率（分别为 x、y）": the list before the bracket
            lo = max([self.clause_start(at)] + [n.end for n in counted if n.end <= at])
            members = [x for x in self.s.mentions if x.kind == "scope" and lo <= x.start < at]
            if len(members) < 2:
                lo = max([0] + [n.end for n in counted if n.end <= at])
                members = [x for x in self.s.mentions if x.kind == "scope" and lo <= x.start < at]
            if not members and listed:
                members = listed  # "男生、女生分别为 x 人和 y 人，落实率分别为 a% 和 b%": the same list again
            listed = members if len(members) >= 2 else listed
            if len(members) < 2 and not bracket:
                self.measures_respectively(max([self.clause_start(at)] + [n.end for n in counted if n.end <= at]), m)
            members = trailing_run(members)  # "机械工程系下设的 A、B、C": the list, not the subject before it
            pair = pair_word_before(self, at) if len(members) < 2 or len({x.scope[0] for x in members}) > 1 \
                else None
            if pair is not None and pair[0].start >= self.clause_start(at) and \
                    not any(x.start >= pair[0].end for x in members):
                members = list(pair)  # "该系男、女生落实率分别为 x、y": the two members one word names
            dims = {x.scope[0] for x in members}
            after = [i for i, n in enumerate(self.s.numbers) if n.start >= m.end()]
            if len(members) >= 2 and len(dims) == 1 and len(after) >= len(members):
                first_unit = self.s.numbers[after[0]].unit
                for x, i in zip(members, after):
                    if self.s.numbers[i].unit != first_unit:
                        break
                    out[i] = x.scope
        return out

    def measures_respectively(self, lo: int, word: re.Match) -> None:
        """"正高级、副高级分别为 9 人、93 人" (engine helper's minimal change): each number is of the
        quantity listed at its place, a measure or else its own label, never the noun before the list."""
        text = self.text[lo:word.start()]
        after = [n for n in self.s.numbers if n.start >= word.end() and not n.chinese]
        for items in (re.split(r"、|和|与|及", text), text.split("、")):
            if len(items) < 2 or len(after) < len(items) or any(not 2 <= len(x.strip()) <= 12 for x in items) or \
                    any(n.unit != after[0].unit for n in after[:len(items)]):
                continue
            entries, pos = [], lo
            for item, n in zip(items, after):
                member = any(x.kind == "scope" and pos <= x.start < pos + len(item) for x in self.s.mentions)
                known = [x.measure for x in self.s.mentions if x.kind == "measure" and pos <= x.start
                         and x.end <= pos + len(item) and x.measure.fits(n.unit)]
                label = group_word_kept(self.vocab, item.strip(), CONNECTORS.sub("", item.strip()))  # 本土学生
                measure = known[-1] if known else None if member else self.vocab.measure_like(label, n.unit)
                entries.append((n, measure, member, label))
                pos += len(item) + 1
            labels = items_of_one_list(self.vocab, [label for _, _, _, label in entries])  # 本土学生…和员工
            entries = [(n, measure, member, label) for (n, measure, member, _), label in zip(entries, labels)]
            # Each item is its own quantity: a measure the vocabulary knows, a member (read as members
            # are), or else its own label ("双师型教师、骨干教师分别为 150 人、80 人", "对工作内容、薪酬和
            # 发展前景的满意度分别为…": checked against the text's other statements only), never the
            # quantity named before the list
            for n, measure, member, label in entries:
                if measure is not None:
                    self.listed_measures[n.start] = measure
                elif not member and (2 <= len(label) <= 8 or len(label) <= 12 and self.vocab.member_like(label, GROUP)):
                    self.listed_measures[n.start] = Measure(f"label:{label}", label, n.unit, "label")
            return

    def read_number(self, i: int, n: Number, listed: tuple[str, str] | None) -> None:
        before = self.text[self.clause_start(n.start):n.start]
        unit = n.unit
        if unit == "番":
            return None  # 翻一番: read by halves()
        if unit == "倍":
            return self.growth(n, times=True)
        if unit in ("个百分点", "百分点"):
            if GROWTH_VERB.search(before) and (SAME_PERIOD.search(self.text[:n.start]) or
                                               VS_YEAR.search(self.text[:n.start]) or self.earlier_figure(n)
                                               or self.before_last(n.start) is not None):
                return self.growth(n, points=True)
            return self.difference(n)
        if unit == "%" and GROWTH_VERB.search(before) and not TO_WORD.search(before):
            return self.growth(n)
        if unit == "成" and GROWTH_VERB.search(before) and not TO_WORD.search(before):
            return self.growth(replace(n, value=n.value * 10, unit="%"))  # 增长近两成: a growth of about 20%
        if unit not in ("%", "成") and NET_CHANGE.search(before):  # "净增 31.36 万元": the change, not the amount
            return self.growth(n, absolute=True, down=NET_CHANGE.search(before).group(1) == "减")
        more = MORE_THAN_BEFORE.search(before) if unit not in ("%", "成") else None
        if more:  # "比上一年多 96 项": the change, not the amount
            return self.growth(n, absolute=True, down=more.group(1) == "少")
        if unit not in ("%", "成") and GROWTH_VERB.search(before) and not TO_WORD.search(before) and \
                (SAME_PERIOD.search(self.text) or VS_YEAR.search(self.text[:n.start])
                 or self.before_last(n.start) is not None):
            return self.growth(n, absolute=True)  # "较上年增加 6.77 万元": the change, not the amount
        if unit not in ("%", "成") and GROWTH_VERB.search(before) and not TO_WORD.search(before):
            return None  # "培训到账经费增加 6.77 万元", no period named: a change, never the year's amount
        if RATIO.match(self.text, n.start):
            return None  # read by ratios()
        claim = self.value_claim(n, listed)
        if claim is None:
            return
        # "三分之二以上的男生", "约有两成来自天津市": the member named right after the proportion
        tail = re.match(r"\s*(?:以上|以下|左右|多)?(?=\s*(?:的|来自|属于))", self.text[n.end:n.end + 6])
        if unit in ("%", "成") and (SHARE_WORD.search(before) or base_named_by_verb(self, before, n.start) or
                                   tail and self.scope_after(n.end + tail.end()) or
                                   claim.measure is None and PEOPLE_AFTER.match(self.text, n.end) and
                                   self.scope_after(n.end)  # 逾七成毕业生来自省外 (engine helper's minimal change)
                                   or self.proportion_of_subject(n, claim)
                                   # "毕业生中近四成是河北省生源": no measure, the member named after 是/为
                                   or claim.measure is None and IS_AFTER.match(self.text, n.end) and self.scope_after(n.end)
                                   or claim.measure is None and topicalised_share(self, n.start)):
            if "%" == unit or unit == "成":
                self.share(n, claim, before, listed)

    def value_claim(self, n: Number, listed: tuple[str, str] | None) -> Claim | None:
        before = self.text[max(0, n.start - 8):n.start]
        if SUM_WORD.search(before) and len([p for p in self.s.numbers if p.end <= n.start and same_unit(p.unit, n.unit)
                                            and not p.qualifier]) >= 2:
            return None  # the total of the parts listed before it: a sum claim
        unit = "%" if n.unit == "成" else n.unit
        bound = THRESHOLD_BEFORE.search(self.text, max(0, n.start - 5), n.start)
        if bound and not n.qualifier:  # "均高于 88%": a threshold, not the value
            n = replace(n, qualifier="under" if bound.group(1) in ("低于", "少于", "不高于") else "over")
        self.unread = ""
        measure = self.measure_at(n.start, unit)
        if n.start in self.listed_measures:
            measure, self.unread = self.listed_measures[n.start], ""
        kind = "vague" if n.qualifier or n.unit == "成" else "value"
        claim = self.claim(n.start, n.end, kind, measure, self.shown(n), n, at=n.start)
        ranked = RANKED_FEW.search(self.text, self.clause_start(n.start), n.start)
        if ranked and not self.unread:
            self.unread = ranked.group()  # "位居前 5 位的专业均超过 95%": of members it does not name
        if not self.unread and n.unit in ("人", "名") and (measure is None or measure.population or measure.kind == "label"):
            self.unread = self.topic_unread(n.start)  # (the engine helper's minimal change)
        if not self.unread and unit == "%" and claim.measure is not None and claim.measure.kind == "rate":
            self.unread = members_unnamed(self, n.start)  # "约四分之一的专业落实率超过 95%": not the college's
            if not self.unread and n.qualifier and threshold_of_a_count(self, n.end):
                self.unread = "的有"  # "…分布在 24 个专业，落实率超过 95% 的有 6 个": a condition, not the college's
        if self.unread:
            claim.detail["unread"] = self.unread
        elif re.match(r"\s*其", self.text[self.clause_start(n.start):n.start]):
            # "产业学院培养了 200 余名毕业生，其就业率…": 其 is the subject just narrowed
            prior = next((c for c in reversed(self.out[:-1]) if c.detail.get("unread")), None)
            if prior is not None:
                claim.detail["unread"] = prior.detail["unread"]
        span = years_span(self.text[:n.start], MULTI_YEAR.search(self.text[:n.start]))  # 2023 年、2024 年和 2025 年
        summed = SUM_WORD.search(self.text[self.clause_start(n.start):n.start]) or \
            TOTAL_BEFORE.search(self.text, self.clause_start(n.start), n.start)  # 共完成…, 累计开展…
        if span and (summed or YEARS_SUMMED.search(self.text, max(span.end(), self.clause_start(n.start)), n.start)
                     or summed_right_after(self, span, n)):
            claim.detail["years_total"] = span.group(0)  # 近三年…合计: a total over years
        elif summed and claim.measure is not None and claim.measure.key in self.vocab.yearly and (
                "累计" in summed.group() or any(s > n.end for _, s, _ in self.s.years)):  # …共 172 项，其中 2025 年…
            claim.detail["unread"] = "累计"  # a running total of a yearly figure since a date not stated
        listed_members = self.members_listed(n)
        if listed_members and SUM_WORD.search(self.text[max(0, n.start - 12):n.start]):
            claim.detail["members_total"] = listed_members
            claim.scope = {**self.outside_list(claim.scope, listed_members), **dict(listed_members[-1:])}
        listed_measures = self.measures_listed(n) if summed else []
        if listed_measures:  # "专职思政教师和辅导员共计 82 人" (engine helper's minimal change): a total of figures
            claim.detail["measures_total"] = listed_measures
            claim.detail.pop("unread", None)
        if summed and not listed_measures and not listed_members:
            listed_total(self, claim, n)  # 分组 or figures in short forms: 本土教师、本土学生和员工三类学员共计…
        if listed is not None:
            claim.scope = {**{k: v for k, v in claim.scope.items() if k != listed[0]}, listed[0]: listed[1]}
        else:
            self.member_named_after(claim, n)
            group_named_after(self, claim, n)

        if claim.measure is None and unit == "%":
            tail = re.match(r"\s*(?:以上|以下|左右|多)?", self.text[n.end:])
            claim.measure = self.predicate_measure(n.end + tail.end())
        elif claim.measure is not None and claim.measure.population and self.placed_count(n):
            claim.measure = self.placed_count(n)
            claim.detail.pop("unread", None)
        elif claim.measure is not None and claim.measure.kind == "label" and n.unit in ("人", "名") and \
                PLACED_BEFORE.search(self.text[self.clause_start(n.start):n.start]) and self.placed_count(n):
            # "机械工程系女生已落实 111 人": the verb right before the count, after a group with no population
            # word, names the placed ones, not a quantity of its own
            claim.measure = self.placed_count(n)
            claim.detail.pop("unread", None)
        if claim.measure is None and GROUP in claim.scope:
            claim.measure = Measure("label:分组", "分项", unit, "label")  # found by its 分组
        if n.unit == "成":
            claim.detail["percent"] = str(n.value * 10)
        if n.qualifier:
            claim.detail["qualifier"] = n.qualifier
        if listed is None and n.qualifier in ("over", "under") and claim.measure is not None and \
                not SHARE_WORD.search(self.text, self.clause_start(n.start), n.start):
            self.each_listed(claim, n.start)  # "A 和 B 落实率均超过 88%"
        return claim

    def topic_unread(self, pos: int) -> str:
        """"参加调查的毕业生中，女生 400 人", "未落实去向的毕业生中，男生 227 人": a population set out
        first (…中，) with words the vocabulary does not know narrows every count after it in the
        sentence; its words are the subject's unread narrowing ("" when it names only known words)."""
        found = None
        for found in TOPIC.finditer(self.text, 0, pos):
            pass
        if found is None or re.search(r"[。；;！!]", self.text[found.end():pos]) or \
                any(x.kind == "college" and found.end() <= x.start < pos for x in self.s.mentions):
            return ""
        if any(x.kind == "scope" and x.scope[0].startswith("毕业去向") and found.end() <= x.start < pos
               for x in self.s.mentions):
            return ""  # "未落实去向的毕业生中，待就业 293 人": a destination names its people itself
        words = TOPIC_FILLER.sub("", self.residue(found.start(), found.end() - 1))
        for x in self.s.mentions:
            if x.kind == "measure" and found.start() <= x.start < found.end():
                words = words.replace(CONNECTORS.sub("", x.word), "")
        return words if len(words) >= 2 and not only_verbs(words) else ""

    def member_named_after(self, claim: Claim, n: Number) -> None:
        """"落实率为 94.25% 的机械工程系", "落实率 94.25%（机械工程系）" (engine helper's minimal change): the
        member named right after the number is whose number it is; one of a dimension the subject
        already names differently leaves the claim's subject unknown."""
        m = MEMBER_AFTER.match(self.text, n.end)
        if m is None:
            return
        member = next((x for x in self.s.mentions if x.kind == "scope" and x.start == m.end()), None)
        if member is None or (m.group(1) and not re.match(r"\s*[）)]", self.text[member.end:])):
            return
        dim, value = member.scope
        if claim.scope.get(dim, value) != value:
            claim.detail["unread"] = member.word
        else:
            claim.scope = {**claim.scope, dim: value}

    def members_together(self, start: int, end: int) -> list[tuple[str, str]]:
        """Members of one dimension listed right before `start` (A 和 B 的毕业生…) or after `end`
        in the clause (…来自 A 和 B)."""
        before = self.members_listed(start)
        last = max((m.end for m in self.s.mentions if m.kind == "scope" and m.end <= start), default=start)
        if before and not re.search(r"[，,；;。]", self.text[last:start]) and start - last <= 12:
            return before
        stop = re.search(r"[，,；;。]|$", self.text[end:])
        later = [m for m in self.s.mentions if m.kind == "scope" and end <= m.start < end + stop.start()]
        if len(later) >= 2 and len({m.scope[0] for m in later}) == 1 and all(
                re.fullmatch(r"\s*(?:、|和|与|及|以及|,)\s*", self.text[a.end:b.start]) for a, b in zip(later, later[1:])):
            return [m.scope for m in later]
        return []

    def measures_listed(self, n: Number) -> list[Measure]:
        """"专任教师与校外兼职教师合计…": two or more measures listed before a total in its clause."""
        lo = self.clause_start(n.start)
        found = [m for m in self.s.mentions if m.kind == "measure" and lo <= m.start and m.end <= n.start]
        run: list[Mention] = []
        for m in reversed(found):
            if run and not re.fullmatch(r"\s*(?:、|和|与|及|以及)\s*", self.text[m.end:run[-1].start]):
                break
            run.append(m)
        measures = list(dict.fromkeys(m.measure for m in reversed(run)))
        if len(measures) >= 2 and all(m.unit for m in measures) and \
                not re.search(r"(?:、|和|与|及|以及)\s*$", self.text[lo:run[-1].start]):
            return measures
        # "订单培养、现代学徒制和现场工程师共…": the list starts before the first name the vocabulary knows
        # whole, so a total of the names it knows would leave an item out
        return self.items_listed(lo, n)

    def items_listed(self, lo: int, n: Number) -> list[Measure]:
        """"正高级和副高级职称教师合计 102 人", "专任教师和兼职教师共 340 人" (the engine helper's minimal
        change): listed names the vocabulary knows in a shorter or longer form, an item that leaves
        out the words the last item ends with (正高级 … 副高级职称教师) read with them."""
        head = re.match(r"(.*?)(?:共计|合计|累计|总计|总共|共有|一共|共)", self.text[lo:n.start])
        if head is None:
            return []
        items = [x.strip() for x in re.split(r"、|以及|和|与|及", COLLEGE.sub("", head.group(1)))]
        if len(items) < 2 or any(not 2 <= len(x) <= 16 for x in items):
            return []
        last, measures = items[-1], []
        for item in items:
            measure = self.vocab.measure_like(item, n.unit)
            for k in range(1, len(last) - 1):
                if measure is not None and measure.kind != "label":
                    break
                measure = self.vocab.measure_like(item + last[k:], n.unit)
            if measure is None or measure.kind == "label" or not measure.unit or measure in measures:
                return []
            measures.append(measure)
        return measures

    def outside_list(self, scope: dict[str, str], listed: list[tuple[str, str]]) -> dict[str, str]:
        """The scope of a total over `listed` members: without their dimension, nor the two-sided one
        a listed member's word also named ("河北省和天津市生源": not 省内生源 besides the provinces)."""
        dims = {d for d, _ in listed}
        return {k: v for k, v in scope.items() if k not in dims and (k not in TWO_SIDED or
                                                                      not any(self.vocab.scopes.get(v2, ("",))[0] == k
                                                                              for _, v2 in listed))}

    def members_listed(self, n: Number | int) -> list[tuple[str, str]]:
        """"A、B 和 C 三个专业共…": the members of one dimension listed before a total."""
        pos = n if isinstance(n, int) else n.start
        found = [m for m in self.s.mentions if m.kind == "scope" and m.end <= pos]
        if len(found) >= 3 and found[-1].scope[0] != found[-2].scope[0] and \
                not re.search(r"[，,；;。、和与及]", self.text[found[-2].end:found[-1].start]):
            # "智能技术系和经济管理工程系待就业毕业生合计…": the last member narrows the listed ones together
            listed = self.members_listed(found[-1].start)
            if listed and listed[-1] == found[-2].scope:
                return listed
        run: list[tuple[Mention, tuple[str, str]]] = []
        for m in reversed(found):
            scope = m.scope
            if run and scope[0] != run[-1][1][0]:
                # "河北省和天津市生源": 天津市 (also 省内生源) is a province of origin beside another one
                if self.vocab.also.get(m.word, ("",))[0] == run[-1][1][0]:
                    scope = self.vocab.also[m.word]
                elif len(run) == 1 and self.vocab.also.get(run[0][0].word, ("",))[0] == scope[0]:
                    run[0] = (run[0][0], self.vocab.also[run[0][0].word])
            if run and (scope[0] != run[-1][1][0] or
                        not re.fullmatch(r"\s*(?:、|和|与|及|以及|,|，)\s*", self.text[m.end:run[-1][0].start])):
                break
            run.append((m, scope))
        return [scope for _, scope in reversed(run)] if len(run) >= 2 else []

    def shown(self, n: Number) -> str:
        return self.text[n.start:n.end].strip() if n.unit else n.text

    def scope_after(self, pos: int) -> tuple[str, str] | None:
        """A member named right after pos: "60% 的男生", "八成的毕业生为外省市生源"."""
        lead = re.match(r"\s*的?\s*(?:毕业生|学生|生源)?\s*(?:已|均|都)?\s*(?:为|是|来自|选择了?|属于|在|实现|进入|到)?\s*",
                        self.text[pos:])
        reach = pos + (lead.end() if lead else 0)
        stop = re.search(r"[，,；;。]", self.text[pos:pos + 8])
        limit = min(max(reach, pos + 4), pos + stop.start() if stop else len(self.text))
        for m in self.s.mentions:
            if m.start >= pos and m.start <= limit and m.kind == "scope" and (stop is None or m.start < pos + stop.start()):
                return m.scope
        return predicated_member(self, pos)

    # ------------------------------------------------------------ kinds

    def share(self, n: Number, value: Claim, before: str, listed: tuple[str, str] | None = None) -> None:
        """"占毕业生总数的 71.47%", "占比 66.4%", "升学比例为 5%", "60% 的男生"; "A、B 占比分别为 x、y":
        each share is of the member listed at its place."""
        by_verb = "" if SHARE_WORD.search(before) else base_named_by_verb(self, before, n.start)
        if value.number is not None and not value.number.qualifier and about_before_verb(before):
            value.number = replace(value.number, qualifier="about")  # 约占一成: within 5% of 10%, as 约一成
        if value.measure is not None and value.measure.kind in ("rate", "figure", "ratio") and not by_verb and \
                (not re.search(r"占", before) or self.named_with_share_word(n.start)):
            return  # a named rate ("专任教师占教职工比例", "…教师占比"), checked as a value
        base_text, within = by_verb, None
        m = SHARE_BASE.search(before)
        if m and not by_verb:
            base_text = re.sub(r"^(?:比例|比重|比)$", "", (m.group(1) or "").strip())
        base_text = base_text or base_named_before_count(self, n.start)  # 专任教师中…195 人，比例为…
        if not base_text:
            within = re.search(r"([\u4e00-\u9fff“”\"]{2,12})中[，,]?[^，,。；;]*占[^，,。；;]*$", self.text[:n.start])
            if within:  # "女生在全部毕业生中所占比例": the base is what follows 在, not the subject before it
                base_text = re.sub(r"^.*在(?![校籍岗职读编])", "", within.group(1)) or within.group(1)
        words = list(SHARE_WORD.finditer(self.text, self.clause_start(n.start), n.start))
        subject_scope = self.scope_at(words[-1].start()) if words else dict(value.scope)
        tail = re.match(r"\s*(?:以上|以下|左右|多)?", self.text[n.end:])
        after = self.scope_after(n.end + tail.end())
        if after and (not SHARE_WORD.search(before) or subject_after_topic(self, n.end)):
            subject_scope[after[0]] = after[1]  # 60% 的男生; 占…4.35% 的是升学毕业生
        if listed is not None:
            subject_scope[listed[0]] = listed[1]
        elif words and not (within and base_text != within.group(1) and re.fullmatch(r"中[，,]?所?", self.text[within.end(1):words[-1].start()])):
            narrowed = self.narrowing(words[-1].start())  # (在全部毕业生中所占: those words are the base)
            if narrowed:  # "某系“双师型”教师占比": a share among people the vocabulary does not know
                value.detail["unread"] = narrowed
        qualifier = self.base_qualifier(base_text)
        if qualifier.startswith(("已", "未")):  # 占已落实毕业生的: a part of the population the vocabulary names
            value.detail["unread"] = qualifier
        elif qualifier:  # 占就业毕业生的: not "unread" (that narrows the subject, and 就业 would name a member)
            value.detail["base_narrowed"] = qualifier
        count = self.count_before(n, self.clause_start(n.start) if by_verb else None)
        together = self.members_combined(words[-1].start()) if words else []
        if together:  # "河北省和天津市生源合计占三分之一": the members' populations together
            subject_scope = {k: v for k, v in subject_scope.items() if k not in {d for d, _ in together}}
            value.detail["members_total"] = together
            count = None
            if re.fullmatch(r"[两二三四五六七八九十]?个?(?:省|市|系|专业|院系|地)?", value.detail.get("unread", "x")):
                value.detail.pop("unread")  # "河北、山西两省": the size of the list, no narrowing
        base_scope, base_measure = self.base_of(base_text, subject_scope)
        if base_measure is None and base_scope is None and base_text:  # "占专任教师的 30.6%", "占在校生的": a quantity the text states
            named_base = stated_base(self, base_text, count)
            if named_base is not None:
                base_scope, base_measure = {}, named_base
        if together and not base_text:
            base_scope = dict(subject_scope)
        if not base_text and base_measure is None and count is not None and GROUP in count.scope:
            value.detail["group_total"] = count.scope[GROUP]  # "乌干达员工 821 人次，占比…": of all the figure's 分组
        value.kind = "share"
        value.scope = subject_scope
        value.measure = Measure(f"share:{count.measure.key if count and count.measure else ''}",
                                "占比", "%", "share")
        value.detail.update(base=base_text, base_scope=base_scope, base_measure=base_measure,
                            count=count, implied=not base_text)

    def members_combined(self, pos: int) -> list[tuple[str, str]]:
        """"A 和 B（生源）合计占…", "A、B 两系共占…": members listed right before a word that adds them
        up; they may be named in different dimensions (天津市 as 本市生源, 河北省 as a province)."""
        head = self.text[self.clause_start(pos):pos]
        # the adding word may be left out ("A 和 B 生源约占…"), never with 分别/各 (each its own share)
        word = re.search(r"(?:合计|共计|总计|共同|一共|加起来|两者|二者|总共|共)?\s*(?:约|近|大约|将近|超过|不足)?\s*$", head)
        if re.search(r"分别|各自|各", head):
            return []
        end = self.clause_start(pos) + word.start()
        found = [m for m in self.s.mentions if m.kind == "scope" and m.end <= end and m.start >= self.clause_start(pos)]
        run: list[Mention] = []
        for m in reversed(found):
            gap = self.text[m.end:run[-1].start] if run else self.text[m.end:end]
            joined = r"\s*(?:、|和|与|及|以及)\s*" if run else r"\s*(?:生源|毕业生|学生|的|两个|三个|两|三|个|系|省)*\s*"
            if not re.fullmatch(joined, gap):
                break
            run.append(m)
        return [m.scope for m in reversed(run)] if len(run) >= 2 else []

    def base_qualifier(self, base_text: str) -> str:
        """Words that narrow a share's named base to a part of it ("已落实" in 占已落实毕业生): right before
        a vocabulary word, a word the vocabulary does not know that says which of them (已…/未…)."""
        found = list(self.vocab.mentions(base_text)) if base_text else []
        if not found:
            return ""
        first = found[0]
        m = re.search(r"(?:已|未)[\u4e00-\u9fff]{1,3}$", base_text[:first[0]])
        if m:
            return m.group(0)
        # 占就业毕业生的: right before the population's name, what a narrower count of it counts (就业 of 就业人数)
        noun = next((f for f in found if self.vocab.measures.get(f[2]) is not None
                     and self.vocab.measures[f[2]].population), None)
        before = base_text[:noun[0]] if noun else ""
        return next((w for w in narrower_counts(self.vocab) if before.endswith(w)), "") if before else ""

    def named_with_share_word(self, pos: int) -> bool:
        """Whether the last 占 before pos is part of a measure's name."""
        words = list(re.finditer("占", self.text[:pos]))
        return bool(words) and any(m.kind == "measure" and m.start <= words[-1].start() < m.end
                                   for m in self.s.mentions)

    def narrowing(self, pos: int) -> str:
        """Unknown words that name the subject right before `pos` in its clause, after the last
        scope word: "“双师型”教师" in "智能技术系“双师型”教师占比" (a group inside the member)."""
        lo = max([self.clause_start(pos)] + [m.end for m in self.s.mentions if m.kind == "scope" and m.end <= pos]
                 + [x.end for x in self.s.numbers if x.end <= pos])
        words = self.residue(lo, pos)
        return words if len(words) >= 2 else ""

    def count_before(self, n: Number, at: int | None = None) -> Claim | None:
        """The count the share is of: a count right before it ("男生 2385 人，占 71.47%"), or before `at`."""
        word = list(SHARE_WORD.finditer(self.text, 0, n.start))
        at = at if at is not None else word[-1].start() if word else n.start
        for c in reversed(self.out):
            if c.number is not None and c.number.end <= at and c.number.unit not in ("%", "成", "倍") \
                    and c.kind in ("value", "vague") and (COUNT_TO_SHARE.fullmatch(self.text, c.number.end, at)
                                                          or CHANGE_BETWEEN.fullmatch(self.text, c.number.end, at)):
                return c
        return None

    def base_of(self, base_text: str, subject: dict[str, str]) -> tuple[dict[str, str] | None, Measure | None]:
        """The population a share is taken of: named after 占, else the subject's scope without the
        dimension named last (男生 -> all graduates; 机械工程系的男生 -> 机械工程系)."""
        measure = self.vocab.measure_named(base_text) if base_text else None
        this = re.match(r"(?:该|本|所在)\s*(" + self.vocab.noun_alternation() + ")", base_text) \
            if base_text and self.vocab.nouns else None
        if this:  # 占该系毕业生的: the subject's own department
            dim = self.vocab.nouns[this.group(1)]
            return ({dim: subject[dim]} if dim in subject else None), measure
        if base_text and not re.search(r"总|全|所有|全部", base_text) and subject and \
                not any(w in self.vocab.scopes for _, _, w in self.vocab.mentions(base_text)) and \
                not self.other_people(base_text):
            base = dict(subject)
            base.pop(list(subject)[-1])
            return base, measure  # 女生占毕业生的: the population the subject belongs to
        if base_text:
            named = {self.vocab.scopes[w][0]: self.vocab.scopes[w][1] for _, _, w in self.vocab.mentions(base_text)
                     if w in self.vocab.scopes}
            # 占全院在校生的 with 在校生 no measure of the vocabulary: the college's other people, not its
            # graduates (the base is then a total the text states, or none)
            if named or measure is not None or COLLEGE.search(base_text) and not self.other_people(base_text):
                return named, measure
            return None, measure
        if not subject:
            return None, None
        base = dict(subject)
        base.pop(list(subject)[-1])
        return base, None

    def other_people(self, base_text: str) -> bool:
        """"占在校生的", "占教职工的": a base that names people other than the population the subject belongs
        to (a figure or a label of its own, not 毕业生), so it is not the subject's population."""
        measure = self.vocab.measure_named(base_text)
        if measure is not None:
            return not measure.population
        return bool(re.search(r"在校生|在籍|教职工|教师|员工|新生|学员|招生|录取", base_text))

    def growth(self, n: Number, times: bool = False, points: bool = False, absolute: bool = False,
               down: bool | None = None) -> None:
        before_sentence = self.text[:n.start]
        measure = next((m.measure for m in reversed(self.s.mentions) if m.kind == "measure" and m.end <= n.start),
                       None) or self.measure_stated_before(n) or self.measure_at(n.start, "")
        if measure is None or measure.kind == "label":
            measure = self.measure_before_years(n) or measure
        if measure is None or measure.kind == "label" and self.vocab.measures.get(measure.name) != measure:
            measure = self.figure_before_change(n) or measure  # (a name of the prose's own, no table's label)
        ratio_of = bool(TIMES_OF.search(before_sentence)) and n.unit == "倍"
        if down is None:
            down = bool(DOWN.search(self.text[self.clause_start(n.start):n.start]))
        # the base year before the figure, else in a bracket or clause after it ("增长率为 627.2%（与 2024 年相比）")
        vs = list(VS_YEAR.finditer(before_sentence)) or list(VS_YEAR.finditer(self.text, n.end))[:1]
        same = list(SAME_PERIOD.finditer(before_sentence))
        if vs and same and vs[-1].end() <= same[-1].start():
            vs = []  # "较 2023 年增长 38.55%；其中…较上年增长 18.06%": the nearer 较上年 names this growth's period
        years, implied = None, False
        times_of = TIMES_OF_YEARS.search(before_sentence)
        times_of_year = TIMES_OF_YEAR.search(before_sentence)
        if times_of:
            years = (int(times_of.group(2)), int(times_of.group(1)))
        elif times_of_year:  # "…130 项，是 2024 年的 3.82 倍": against the year the sentence is about
            newer = [y for y, s, _ in self.s.years if s < times_of_year.start()]
            years = (int(times_of_year.group(1)), newer[-1] if newer else None)
        elif not vs and self.before_last(n.start) is not None:
            years = self.before_last(n.start)
        elif vs:
            old = int(vs[-1].group(1))
            newer = [y for y, s, _ in self.s.years if s < vs[-1].start() and y != old and not self.base_year_at(s)]
            years = (old, newer[-1] if newer else None)
        elif SAME_PERIOD.search(self.text) and not self.span_in_clause(n):
            year = self.year_at(n.start)
            years = (year - 1 if year else None, year)
            implied = True  # the year last named before it, which may be the base stated second
        elif YEAR_SPAN.search(before_sentence):  # "2023 年至 2025 年，…增长了 13.15 倍": first to last
            span = YEAR_SPAN.search(before_sentence)
            years = (int(span.group(1)), int(span.group(2)))
        if years is None and absolute and NET_CHANGE.search(self.text, self.clause_start(n.start), n.start):
            year = self.year_at(n.start)  # "净增 31.36 万元" naming no period: over the year before
            years = (year - 1 if year else None, year)
        if years is None and YEARLY_RATE.search(self.text, self.clause_start(n.start), n.start) and \
                not MULTI_YEAR.search(before_sentence):
            year = self.year_at(n.start)  # "到款额增幅为 627.2%": a yearly rate of growth, over the year before
            years = (year - 1 if year else None, year)
        if (ratio_of or n.unit == "倍") and years is None and (self.members_times(n) or self.figures_times(n)):
            return None
        named = TIMES_OF_NAMED.search(self.text[self.clause_start(n.start):n.start]) if n.unit == "倍" else None
        if named and not EARLIER_TIME.search(named.group(1)):
            return None  # a multiple of another quantity (合格标准, a benchmark): no growth to check
        pair = self.pair_before(n)
        if pair is None:  # (a change in points is of two rates: "为 92.94%，较 2024 届（91.26%）提高 1.68 个百分点")
            pair, years = self.yearly_pair_before(n, None if implied else years, rates=points) or (None, years)
        earlier = self.earlier_figure(n) if years is None and pair is None else None
        if earlier is not None:  # "2024 届为 93.85%，本届提高 0.26 个百分点": over that figure, to this year's
            years, measure = (earlier.year, self.vocab.year), earlier.measure
        value = self.shown(n) if n.unit != "番" else f"翻{n.text}番"
        kind_detail = dict(times=n.unit == "倍", doubling=n.unit == "番", points=points, ratio_of=ratio_of, down=down,
                           years=years, pair=pair, qualifier=n.qualifier, absolute=absolute,
                           stated_old=earlier.number if earlier is not None else None)
        self.claim(n.start, n.end, "growth", measure, value, n, at=n.start, **kind_detail)

    def span_in_clause(self, n: Number) -> bool:
        """"…较上年增长 20.5%，其中横向技术服务到款 301.20 万元，近三年增长 61.6%": the growth's own clause
        names a span of years, so the 同比 of another clause is not its period."""
        clause = self.text[self.clause_start(n.start):n.start]
        return bool(MULTI_YEAR.search(clause)) and not SAME_PERIOD.search(clause)

    def members_times(self, n: Number) -> bool:
        """"A 系毕业生人数是 B 系的 2.35 倍": a ratio of two members' counts of graduates."""
        sides = [x for x in self.s.mentions if x.kind == "scope" and x.end <= n.start]
        measure = next((m.measure for m in self.s.mentions if m.kind == "measure" and m.end <= n.start), None)
        if len(sides) >= 2 and sides[-1].scope[0] != sides[-2].scope[0]:  # 天津市 (省内生源) beside 河北省
            a, b = sides[-2], sides[-1]
            if self.vocab.also.get(b.word, ("",))[0] == a.scope[0]:
                sides[-1] = replace(b, scope=self.vocab.also[b.word])
            elif self.vocab.also.get(a.word, ("",))[0] == b.scope[0]:
                sides[-2] = replace(a, scope=self.vocab.also[a.word])
        if measure is None and len(sides) >= 2 and HEADCOUNT.search(self.text, sides[-2].end, sides[-1].start):
            # "河北省生源人数是山西省的近 3 倍": a headcount word names how many graduates each has
            measure = next((x for x in self.vocab.measures.values() if x.population), None)
        if len(sides) < 2 or sides[-1].scope[0] != sides[-2].scope[0] or measure is None or not measure.population:
            return False
        # 是, or a vague relation (约为, 接近, 相当于: engine helper's minimal change) between the two sides
        between = MEMBERS_TIMES.search(self.text[sides[-2].end:sides[-1].start].replace(measure.name, ""))
        if between is None or not between.group(0).strip() or \
                not re.fullmatch(r"\s*(?:毕业生|生源|人数|总数|\s)*的\s*(?:近|约|将近|接近|超过|逾|不到|不足)?\s*",
                                 self.text[sides[-1].end:n.start].replace(measure.name, "")):
            return False
        qualifier = n.qualifier or dict(QUALIFIERS_BEFORE).get(between.group(1) or "", "")
        claim = self.claim(sides[-2].start, n.end, "ratio", measure, self.shown(n), n, at=n.start, left=n.value,
                           right=Decimal(1), operands=(sides[-2], sides[-1]), approx=bool(qualifier), qualifier=qualifier)
        claim.scope = {**self.outside_list(claim.scope, [sides[-2].scope, sides[-1].scope]), **dict([sides[-1].scope])}
        return True

    def figures_times(self, n: Number) -> bool:
        """"普通高中生源约为中职生源的 2.2 倍": a ratio of two figures in one unit named one after the other
        (engine helper's minimal change; the vague words between them qualify it)."""
        sides = [x for x in self.s.mentions if x.kind in ("scope", "measure") and x.end <= n.start][-2:]
        if len(sides) < 2 or any(x.kind != "measure" or x.measure.kind == "label" for x in sides):
            return False
        (first, second), text = sides, self.text
        if first.measure.key == second.measure.key or first.measure.unit != second.measure.unit or \
                first.measure.unit in ("%", ""):
            return False
        between = MEMBERS_TIMES.search(text[first.end:second.start])
        if between is None or not between.group(0).strip() or \
                not re.fullmatch(r"\s*(?:人数|总数|数量|规模|学生|人员)?\s*的\s*(?:近|约|将近|接近|超过|逾|不到|不足)?\s*",
                                 text[second.end:n.start]):  # "…现代学徒制人数的六倍": the quantity word may follow
            return False
        qualifier = n.qualifier or dict(QUALIFIERS_BEFORE).get(between.group(1) or "", "")
        self.claim(first.start, n.end, "ratio", first.measure, self.shown(n), n, at=n.start, left=n.value,
                   right=Decimal(1), operands=(first, second), approx=bool(qualifier), qualifier=qualifier)
        return True

    def measure_stated_before(self, n: Number) -> Measure | None:
        """"非学历培训项目 130 项，是 2024 年的 3.82 倍": the growth is of the quantity just stated."""
        return next((c.measure for c in reversed(self.out) if c.number is not None and c.number.end <= n.start
                     and c.kind in ("value", "vague") and c.measure is not None and c.measure.kind != "label"), None)

    def figure_before_change(self, n: Number) -> Measure | None:
        """"企业兼职教师 193 人，较上年增长 18.4%": a clause that is only the change names no quantity
        of its own; it is the change of the figure the clause before states, though the vocabulary
        knows that figure only by a table's row label (or not at all: then nothing is checked)."""
        lo = self.clause_start(n.start)
        if lo == 0 or not CHANGE_ONLY.fullmatch(self.text, lo, n.start):
            return None
        prior = next((c for c in reversed(self.out) if c.number is not None and c.number.end <= lo), None)
        if prior is None or prior.kind != "value" or prior.measure is None or prior.number.start < \
                self.clause_start(lo - 1) or any(m.end <= lo and m.start >= prior.number.end for m in self.s.numbers):
            return None
        return prior.measure

    def measure_before_years(self, n: Number) -> Measure | None:
        """"非学历培训项目 2025 年是 2024 年的 3.82 倍": the quantity named at the clause's start, before
        the years its change compares."""
        lo = self.clause_start(n.start)
        first = next((s for _, s, _ in self.s.years if lo <= s < n.start), None)
        label = without_connectors(self.text[lo:first]).strip() if first is not None else ""
        return measure_for_label(self.vocab, label, "") if len(label) >= 2 else None

    def pair_before(self, n: Number) -> tuple[Number, Number] | None:
        """"由 5 万元增至 36.36 万元，增长 6.27 倍": the two values the growth is computed from."""
        for c in reversed(self.out):
            if c.detail.get("from_to"):
                to = c.detail["pair"][1]
                if any(d.number is not None and d.kind in ("value", "vague") and to.end <= d.number.start
                       and d.number.end <= n.start for d in self.out):
                    return None  # "…由 100 人增至 210 人，B 专业招生 356 人，较上年增加 36 人": of the figure after
                return c.detail["pair"]
        return None

    def base_year_at(self, start: int) -> bool:
        """Whether the year named at `start` is a base another figure is compared with ("较 2024 年",
        "是 2024 年的 2.26 倍"), not the year a figure is of."""
        if BASE_YEAR_BEFORE.search(self.text, max(0, start - 3), start):
            return True
        if not self.text[start].isdigit() and FROM_WORD.search(self.text, max(0, start - 2), start):
            return True  # "由去年的 34 项增至 130 项": 去年 is the first side's, not the sentence's year
        return bool(RATIO_BEFORE_YEAR.search(self.text, max(0, start - 3), start)
                    and MULTIPLE_AFTER_YEAR.match(self.text, start))

    def earlier_figure(self, n: Number) -> Claim | None:
        """The figure of an earlier year stated in the sentence, when the change after it is this year's
        (本届/今年/本年度 before the change: "2024 届落实率为 93.85%，本届提高 0.26 个百分点")."""
        year = self.vocab.year
        if year is None or not THIS_YEAR.search(self.text, self.clause_start(n.start), n.start):
            return None
        return next((c for c in reversed(self.out) if c.kind == "value" and c.number is not None
                     and c.number.end <= n.start and c.year is not None and c.year < year and c.measure is not None
                     and (n.unit != "个百分点" or c.number.unit == "%")), None)

    def yearly_pair_before(self, n: Number, years, rates: bool = False) -> tuple[tuple[Number, Number], tuple[int, int]] | None:
        """"2024 年在校生 5015 人，2025 年在校生 5248 人，较上年增长 4.65%": a growth after the figures of two
        years of one quantity in its sentence is over those two figures, whatever the quantity (a report's
        own figures decide it even where no data or table name it). The later year is the growth's
        (its base year when it names one); both figures of one scope, unit and quantity."""
        stated = [c for c in self.out if c.kind == "value" and c.number is not None and c.number.end <= n.start
                  and c.year is not None and (c.number.unit == "%" if rates else c.number.unit not in ("%", ""))]
        for new in sorted(stated, key=lambda c: c.year, reverse=True):  # "2025 年…3717 学时，2024 年为 1262 学时"
            old = next((c for c in reversed(stated) if c is not new and c.year < new.year
                        and (years is None or years[0] in (None, c.year))), None)
            if old is None or not self.same_quantity(old, new):
                continue
            if years is None or years[1] in (None, new.year):
                return (old.number, new.number), (old.year, new.year)
        return None

    def same_quantity(self, a: Claim, b: Claim) -> bool:
        """Two stated figures of one quantity: the same unit and scope, and the same measure, or else
        the same words naming it (unknown to the vocabulary, "全日制在校生")."""
        if a.number.unit != b.number.unit or a.scope != b.scope or a.measure != b.measure:
            return False
        return a.measure is not None and a.measure.kind != "label" or self.label_of(a) == self.label_of(b) != ""

    def label_of(self, c: Claim) -> str:
        """The words right before a figure, after its year: "2025 年全日制在校生 5248 人" -> "全日制在校生"."""
        lo = self.clause_start(c.number.start)
        words = self.text[lo:c.number.start]
        words = re.sub(r"(?:19|20)\d\d\s*(?:年|届|学年)度?(?:末|底)?", "", words)
        return re.sub(r"[为达是有共计约近超过逾：:，,\s]", "", words)

    def from_to(self, i: int) -> int | None:
        numbers = self.s.numbers
        n = numbers[i]
        from_year = FROM_YEAR.search(self.text[:n.start])
        if not FROM_WORD.search(self.text[max(0, n.start - 12):n.start]) and from_year is None:
            return None
        for j in range(i + 1, min(i + 2, len(numbers))):
            b = numbers[j]
            between = self.text[n.end:b.start]
            if TO_WORD.search(re.sub(r"(?:19|20)\d\d\s*(?:年|届)(?:的)?\s*$", "", between)) and len(between) <= 24 \
                    and (b.unit == n.unit or not n.unit or not b.unit):
                measure = self.measure_at(n.start, b.unit or n.unit)
                years = [y for y, s, _ in self.s.years if s < n.start] + \
                    [y for y, s, _ in self.s.years if n.end <= s < b.start]
                word = TO_WORD.search(re.sub(r"(?:19|20)\d\d\s*(?:年|届)(?:的)?\s*$", "", between)).group()
                # the direction the verb states: a bare 至/到 states none ("由 5 天缩短到 2 天": 缩短)
                verb = re.sub(r"(?:19|20)\d\d\s*(?:年|届)(?:的)?", "", between)
                up = False if DOWN.search(verb) or SHORTER.search(verb) else True if UP.search(verb) else None
                # Each side's own year when only one is stated ("由 2024 年的 7 项减少至 4 项"; "由上年的…"):
                # the engine (not the reader, a minimal change) decides what an unstated year is.
                first = _from_year(from_year)
                if isinstance(first, str):  # 由去年的/由前年的: the year it was resolved to, as a stated one
                    first = next((y for y, s, _ in self.s.years if from_year.start() <= s < n.start), first)
                own = (first, next((y for y, s, _ in self.s.years if n.end <= s < b.start), None))
                self.claim(n.start, b.end, "growth", measure, self.text[n.start:b.end].strip(), b, at=n.start,
                           from_to=True, pair=(n, b), years=tuple(years[-2:]) if len(years) >= 2 else None, up=up,
                           verb=word.strip(), own_years=own)
                return j
        return None

    def difference(self, n: Number) -> None:
        lo = self.clause_start(n.start)
        if re.search(r"[）)]\s*(?:高出|低出|高|低|多|少)?\s*(?:了)?\s*$", self.text[:n.start]):
            # "较工业技术系（87.50%）高 6.75 个百分点": the bracket is an aside, the clause goes on
            lo = max((m.end() for m in HARD_BREAK.finditer(self.text, 0, n.start)), default=0)
        before = re.sub(r"[（(][^（()）]*[）)]", lambda b: " " * len(b.group()), self.text[lo:n.start])
        m = COMPARE_BY.search(before)
        direction = None
        target = None
        other = None  # where the other side is named
        at = n.start
        if m:
            target = self.target_of(m.group(1))
            direction = m.group(2)
            at = lo + m.start()
            other = (lo + m.start(1), lo + m.end(1))
        elif DIFF_DIRECT.search(before):
            d = DIFF_DIRECT.search(before)
            target = self.target_of(d.group(2))
            direction = d.group(1)
            at = lo + d.start()
            if NO_SUBJECT.fullmatch(before, 0, d.start()):
                # "…为 94.25%，高于全校平均水平 3.36 个百分点，高出工业技术系 6.75 个百分点": a clause opening
                # with its relation word goes on about the subject of the comparison before it
                earlier = [c.start() for c in COMPARE.finditer(self.text, 0, lo)]
                at = earlier[0] if earlier else at
            other = (lo + d.start(2), lo + d.end(2))
        elif re.search(r"相差|差距为?|差值为?|之差为?", before):
            sides = [x for x in self.s.mentions if x.kind == "scope" and x.start < n.start]
            if len(sides) >= 2 and sides[-1].scope[0] == sides[-2].scope[0]:
                target = dict([sides[-1].scope])
                at = sides[-2].end
                direction = "相差"
        else:
            d = DIFFERENCE_AFTER.search(before)
            after = COMPARE.search(self.text, n.end, min(len(self.text), n.end + 6))
            if d:
                direction = d.group(1)
                prior = self.text[:self.clause_start(n.start)]
                t = re.search(r"(?:比|较)\s*([^，,。；;\d]{1,14}?)\s*$", prior)
                versus = list(VERSUS.finditer(prior))  # "与女生相比，男生落实率低 1.43 个百分点"
                inner = self.versus_in(before, lo, d.start())
                if inner and not t:  # "A 专业落实率与全院平均水平相比高出…": the subject is named before 与
                    target, at = self.target_of(inner[-1].group(1)), lo + inner[-1].start()
                    other = (lo + inner[-1].start(1), lo + inner[-1].end(1))
                else:
                    target = self.target_of(t.group(1)) if t else self.target_of(versus[-1].group(1)) if versus else {}
                    other = t.span(1) if t else versus[-1].span(1) if versus else None
                relation = None if t or versus or inner else RELATION_BEFORE.search(self.text, 0, lo)
                if PERIOD_BEFORE.search(before, 0, d.start()):
                    target = None  # "同比高出 1.2 个百分点": against last year's figure, as 较上年 is
                elif relation and self.target_of(relation.group(1)) is not None:
                    target, other, at = self.target_of(relation.group(1)), relation.span(1), relation.start()
                elif not t and not versus and not inner:  # "女生为 91.91%，男生为 90.48%，女生高出…": against the other one listed
                    # or the college's figure stated before it; with the other side named nowhere, a reader
                    # cannot tell what the figure is against, and the college is a guess
                    target = self.other_member_stated(n)
                    if target is None and self.scope_at(at) and self.college_stated(n):
                        target = {}
            elif after:
                direction = after.group(1)
        measure = self.named_measure(n.start, "%") or self.measure_at(n.start, "%")
        if target and GROUP in target and GROUP in self.scope_at(at) and (measure is None or measure.kind == "label"):
            measure = Measure("label:分组", "分项", "%", "label")  # two items of one survey figure, found by 分组
        college = target == {}
        target = self.with_groups(target, self.scope_at(at), measure)
        extremes = extremes_dimension(self, n.start)
        if extremes is not None:  # "各院系落实率最高与最低相差…": the highest member against the lowest
            target, college, at = None, False, self.clause_start(n.start)
        pair = pair_sides(self, n.start) if not target and extremes is None else None
        if pair is not None:  # "机械工程系男女生落实率相差…": one member against the other
            target, college = dict([pair[1]]), False
        claim = self.claim(n.start, n.end, "difference", measure, self.shown(n), n, at=at, target=target,
                           direction=direction or ("相差" if extremes or pair else None), college=college)
        if extremes is not None:
            claim.detail["extremes"] = extremes
        base_year = versus_year(self.text, lo, n.start)
        if base_year is not None and base_year != (claim.year or self.vocab.year):
            claim.detail["target_year"] = base_year  # "比 2024 届（92.10%）低…": the other side is another year's
        if pair is not None:
            claim.scope = {**claim.scope, pair[0][0]: pair[0][1]}
        if other is not None and self.about_others(*other):
            claim.ours = False  # "高于全国平均水平 3.5 个百分点": the other side is another body's figure
        elif other_side_stated_before(self, claim, target, other):
            claim.ours = False  # "天津市高校…平均落实率为 88.5%，我院高出 2.39 个百分点": against that figure

    def other_member_stated(self, n: Number) -> dict[str, str] | None:
        """The one other member of the subject's dimension whose percentage the sentence stated before
        `n`: the side a difference with no 比/较 is taken against, whether the subject's own was stated
        ("女生为 91.91%，男生为 90.48%，女生高出…") or not ("男生落实率为 90.48%，女生高出…")."""
        stated = [c for c in self.out if c.kind in ("value", "vague") and c.number is not None
                  and c.number.unit == "%" and c.number.end <= n.start]
        for dim, member in self.scope_at(n.start).items():
            others = {c.scope[dim] for c in stated if c.scope.get(dim, member) != member}
            if len(others) == 1:
                return {dim: others.pop()}
        return None

    def college_stated(self, n: Number) -> bool:
        """Whether the sentence stated a percentage of the whole college before `n` ("全校落实率为
        90.89%，机械工程系高出…")."""
        return any(c.kind in ("value", "vague") and c.number is not None and c.number.unit == "%"
                   and c.number.end <= n.start and not c.scope and c.ours for c in self.out)

    def named_measure(self, pos: int, unit: str) -> Measure | None:
        """The last vocabulary measure before pos that fits the unit, or a share (比例) of a scope."""
        found = next((m.measure for m in reversed(self.s.mentions) if m.kind == "measure" and m.end <= pos
                      and m.measure.fits(unit)), None)
        if found is None and unit == "%":
            found = self.group_share(pos)
        if found is None and unit == "%" and SHARE_WORD.search(self.text, self.clause_start(pos), pos):
            return Measure("share:", "占比", "%", "share")
        return found

    def group_share(self, pos: int) -> Measure | None:
        """"待就业比例", "升学的占比": the share of a group, named by the template's share indicator
        over that group's dimension (the group stays in the claim's scope)."""
        for m in reversed(self.s.mentions):
            if m.kind == "scope" and m.end <= pos and m.scope[0] in self.vocab.shares_over \
                    and re.match(r"\s*(?:的)?\s*(?:比例|占比|比重)", self.text[m.end:pos]):
                return self.vocab.shares_over[m.scope[0]]
        return None

    def versus_in(self, before: str, lo: int, end: int) -> list[re.Match]:
        """The 与 X 相比 of `before` (the clause from `lo`) that end by `end`, none starting inside a
        vocabulary word (安全技术与管理: its 与 joins no comparison)."""
        found, pos = [], 0
        while (v := VERSUS.search(before, pos)) is not None and v.end() <= end:
            if any(x.start < lo + v.start() < x.end for x in self.s.mentions):
                pos = v.start() + 1
                continue
            found.append(v)
            pos = v.end()
        return found

    def with_groups(self, target: dict[str, str] | None, scope: dict[str, str], measure: Measure | None):
        """"待就业比例低于全校": the other side is the same group's share, of the whole college."""
        if target is None or measure is None:
            return target
        dims = [d for d, m in self.vocab.shares_over.items() if m == measure and d in scope and d not in target]
        return {**target, **{d: scope[d] for d in dims}}

    def target_of(self, text: str) -> dict[str, str] | None:
        if NOT_OURS.search(text):
            return None  # "高于全国高职平均水平": another body's figure (engine helper's minimal change)
        found = [self.vocab.scopes[w] for _, _, w in self.vocab.mentions(text) if w in self.vocab.scopes]
        if found:
            return dict(found)
        own = own_dimension(self.vocab, text)
        if own is not None:  # 高于本系平均: the subject's own department, which the verifier finds
            return {own: OWN}
        if COLLEGE.search(text) or "平均" in text:
            return {}
        return None

    def ratio(self, n: Number) -> None:
        m = RATIO.match(self.text, n.start)
        measures = [x.measure for x in self.s.mentions if x.kind == "measure" and x.end <= n.start]
        self.claim(n.start, m.end(), "ratio", measures[-1] if measures else None, m.group(0), n, at=n.start,
                   left=Decimal(m.group(1)), right=Decimal(m.group(2)), measures=measures[-2:])

    def ratios(self) -> None:
        """"辅导员与在校生比例为 1:174", "省外与省内生源毕业生之比为 3.63:1": two named quantities."""
        if not any(colon in self.text for colon in ":∶：︰"):
            return
        for m in RATIO.finditer(self.text):
            if m.start() and (self.text[m.start() - 1].isdigit() or self.text[m.start() - 1] == "."):
                continue
            head = self.text[:m.start()]
            word = re.search(r"(?:之比|比例|比值|比)\s*(?:为|约为|达到|达|是|约|在)?\s*(约)?\s*$", head)
            if not word:
                continue
            complement = complement_sides(self.vocab, self.text[self.clause_start(word.start()):word.start()])
            if complement is not None:  # "已落实与未落实毕业生之比": a count and the graduates it leaves out
                self.complement_ratio(m, word, *complement)
                continue
            items = complement_operands(self, self.clause_start(word.start()), word.start()) or \
                [x for x in self.s.mentions if x.end <= word.start() and x.kind in ("measure", "scope")
                 and x.start >= self.clause_start(word.start())]
            if len(items) >= 3 and items[-1].kind == "measure" and items[-1].measure.population \
                    and items[-2].kind == items[-3].kind == "scope":
                items = items[:-1]  # 省外与省内生源毕业生之比: the two groups of graduates
            items = self.groups_of_graduates(items)
            clause = self.text[self.clause_start(word.start()):word.start()]
            if len(items) < 2 or not self.joined(items[-2], items[-1]) or any(w in clause for w in self.vocab.pairs):
                # "机械工程系毕业生男女比例": the pair word names the two sides (the engine helper's minimal change)
                items = self.ratio_operands(self.clause_start(word.start()), word.start()) or items
            if len(items) == 1 and items[0].kind == "measure" and STAFFING.search(head, 0, word.start()):
                items = self.staffing_operands(items[0])  # "辅导员配备比例为 1:174": staff to students
            if len(items) < 2:
                continue
            a, b = items[-2], items[-1]
            if not self.joined(a, b):
                continue
            approx = bool(word.group(1)) or "约" in head[-6:]
            self.claim(m.start(), m.end(), "ratio", a.measure or b.measure, re.sub(r"\s+", "", m.group(0)), None,
                       at=a.start, left=Decimal(m.group(1)), right=Decimal(m.group(2)), operands=(a, b),
                       approx=approx)

    def groups_of_graduates(self, items: list[Mention]) -> list[Mention]:
        """"男性毕业生与女性毕业生人数之比": a member with the population's name right after it is one
        side (that group's graduates), not a member and then all graduates."""
        merged: list[Mention] = []
        for x in items:
            if merged and x.kind == "measure" and x.measure.population and merged[-1].kind == "scope" and \
                    re.fullmatch(r"\s*(?:的)?\s*", self.text[merged[-1].end:x.start]):
                merged[-1] = replace(merged[-1], end=x.end, word=self.text[merged[-1].start:x.end])
                continue
            merged.append(x)
        return merged if sum(x.kind == "scope" for x in merged) >= 2 else items

    def complement_ratio(self, m: re.Match, word: re.Match, measure: Measure, counted_first: bool, at: int) -> None:
        lo = self.clause_start(word.start()) + at
        counted = Mention(lo, word.start(), measure.name, "measure", measure=measure)
        rest = Mention(lo, word.start(), measure.name, "rest", measure=measure)
        a, b = (counted, rest) if counted_first else (rest, counted)
        self.claim(m.start(), m.end(), "ratio", measure, re.sub(r"\s+", "", m.group(0)), None, at=lo,
                   left=Decimal(m.group(1)), right=Decimal(m.group(2)), operands=(a, b),
                   approx=bool(word.group(1)) or "约" in self.text[max(0, m.start() - 6):m.start()])

    def staffing_operands(self, staff: Mention) -> list[Mention]:
        """"X 配备比例" (engine helper's minimal change) sets staff X against the students enrolled,
        the measure the vocabulary names 在校生; none when it names no such measure."""
        students = self.vocab.measure_like("在校生", "人")
        if students is None or students == staff.measure or staff.measure.unit not in ("人", "名"):
            return []
        return [staff, Mention(staff.end, staff.end, "在校生", "measure", measure=students)]

    def joined(self, a: Mention, b: Mention) -> bool:
        return re.fullmatch(r"[^，,。；;]*?(?:与|和|同|对|、|跟)[^，,。；;]*", self.text[a.end:b.start] or "与") is not None

    def ratio_operands(self, lo: int, hi: int) -> list[Mention]:
        """The two sides of "专职思政课教师与学生之比", "男女生比例": labels that spell a known
        measure, or one word naming two members of a dimension."""
        head = self.text[lo:hi]
        pair = next((w for w in sorted(self.vocab.pairs, key=len, reverse=True) if w in head), None)
        if pair:
            at = lo + head.index(pair)
            return [Mention(at, at + len(pair), pair, "scope", scope=scope) for scope in self.vocab.pairs[pair]]
        sides = re.fullmatch(r"(.*?)(?:与|和|同|对|跟)(.*?)(?:的)?", head)
        if not sides:
            return []
        out = []
        for i in (1, 2):
            label = CONNECTORS.sub("", sides.group(i)) if len(sides.group(i)) > 3 else sides.group(i)
            known = [x for x in self.s.mentions if x.kind in ("measure", "scope")
                     and lo + sides.start(i) <= x.start and x.end <= lo + sides.end(i)]
            measure = self.vocab.measure_like(label, "人", ending=True) if not known else None
            if known:
                out.append(known[-1])
            elif measure is not None:
                out.append(Mention(lo + sides.start(i), lo + sides.end(i), label, "measure", measure=measure))
        return out if len(out) == 2 else []

    def member_count(self, n: Number) -> bool:
        """"共有 6 个专业的落实率在 95% 以上", "落实率低于 85% 的专业有 2 个", "3 个系的落实率高于学院
        平均水平", "开设 25 个专业", "开设专业 25 个"."""
        nouns = self.vocab.noun_alternation()
        if not nouns:
            return False
        after = re.match(rf"\s*({nouns})(?!\s*(?:大类|群|方向|类|组|集群|带头人|负责人))", self.text[n.end:])
        before = re.search(rf"(?:的)?\s*({nouns})\s*(?:数量|数目|总数|数)?\s*(?:仅有|只有|仅|只)?\s*"
                           rf"(?:共有|有|共|达到|达|为|是|计|超过|逾|多于|不少于|不足|不到|少于)?\s*$",
                           self.text[:n.start])  # "…的专业数量达到 6 个" (the engine helper's), "…的专业仅 1 个"
        provinces = PROVINCES.match(self.text[n.end:]) if after is None and before is None else None
        province_dim = next((self.vocab.nouns[w] for w in PROVINCE_NOUNS if w in self.vocab.nouns), None)
        if after is None and before is None and not provinces and n.unit == "个":
            within = re.search(GROUP_FIRST.format(nouns=nouns) + r"\s*[，,]?\s*(?:共有|有|仅有|只有|仅|只)\s*$",
                               self.text[:n.start])
            if within is not None:  # "机械工程系 5 个专业中有 2 个落实率超过 95%": the condition after the count
                return self.condition_count(n, self.vocab.nouns[within.group(1)], "", True)
            first = self.group_named_first(n, nouns)
            if first is not None:  # "6 个系中，落实率超过 90% 的有 4 个" (engine helper's minimal change)
                return self.condition_count(n, self.vocab.nouns[first], first, False)
        if provinces and province_dim:  # "28 个省（自治区、直辖市）", "30 个省、自治区和直辖市"
            after = provinces
        elif after is None and before is None:
            return False
        noun = (after or before).group(1)
        dimension = province_dim if provinces and after is provinces else self.vocab.nouns[noun]
        if dimension == province_dim and not OUR_PEOPLE.search(self.text[:n.start]) and \
                not any(m.kind == "measure" and m.measure.unit == "%" for m in self.s.mentions if m.end <= n.start):
            return False  # "来自全国 27 个省（自治区、直辖市）的代表队": not where our students come from
        if after is not None and re.match(r"\s*(?:中|当中|之中|里)", self.text[n.end + after.end():]):
            return False  # "5 个系中有 3 个…": the whole, not a count of those meeting a condition
        listed = [m for m in self.s.mentions if m.kind == "scope" and m.end <= n.start]
        if after is not None and self.members_listed(n) and re.fullmatch(r"\s*(?:等|共|这|此)?\s*",
                                                                          self.text[listed[-1].end:n.start]):
            return True  # "A、B 两个系的…": the size of the list just named, no claim of its own
        if self.condition_count(n, dimension, noun, after is not None):
            return True
        if after is not None and COUNTED_LAST.search(self.text[:n.start]) and \
                self.condition_count(n, dimension, noun, False):
            return True  # "…落实率超过 90% 的有 3 个专业": the condition before the count
        if before is not None and self.unread_condition(n):
            return True  # "超过 95% 的专业 6 个" with no measure named: a count of members, no total
        if after is not None and HAS_GRADUATES.match(self.text, n.end + after.end()) and \
                not MODIFIED_BEFORE.search(self.text, 0, n.start):
            # "24 个专业均有毕业生", "开设的 25 个专业全部有毕业生": the members that have graduates, whatever
            # verb (or none) came before; "超过 95% 的 5 个专业" is a condition's members, not all
            self.claim(n.start, n.end + after.end(), "value", Measure(f"count:{dimension}", f"{dimension}数", "个",
                       "members"), self.shown(n) + noun, n, at=n.start, dimension=dimension, graduates=True)
            return True
        lead = self.text[:n.start]
        verbs = list(MEMBER_VERBS.finditer(lead))
        gap = re.sub(rf"{SMALL_COUNT}\s*个\s*[\u4e00-\u9fff]{{1,4}}的|[\s“”]|全国|{nouns}", "", lead[verbs[-1].end():]) if verbs \
            else "x" * 9
        if verbs and len(CONNECTORS.sub("", gap)) <= 1 and not NOT_TOTAL.search(lead[-10:]) \
                and not re.search(r"\d", self.text[n.end:n.end + 2]):
            measure = Measure(f"count:{dimension}", f"{dimension}数", "个", "members")
            graduates = "毕业生" in lead or (after is not None and  # "24 个专业有毕业生"
                                            re.match(r"\s*有\s*毕业生", self.text[n.end + after.end():]) is not None)
            narrowed = narrowing_word(lead[:before.start(1)]) if before is not None else ""  # 招生专业 18 个
            self.claim(n.start, n.end + (after.end() if after else 0), "value", measure, self.shown(n) +
                       (noun if after else ""), n, at=n.start, dimension=dimension, graduates=graduates,
                       **({"narrowed": narrowed} if narrowed else {}))
            return True
        return False

    def group_named_first(self, n: Number, nouns: str) -> str | None:
        """The noun of the members counted when the group is named first and the count comes last
        ("全院 6 个系中，…超过 90% 的有 4 个", "各专业中，…的共有 2 个"), else None."""
        lead = self.text[:n.start]
        if not COUNTED_LAST.search(lead):
            return None
        group = None
        for group in re.finditer(GROUP_FIRST.format(nouns=nouns), lead):
            pass
        return group.group(1) if group is not None else None

    def every_member(self) -> None:
        """"某系所有专业落实率均超过 85%", "各专业均在 95% 以上": every member meets the condition."""
        if not self.vocab.nouns:
            return
        nouns = self.vocab.noun_alternation()
        for m in re.finditer(rf"(?:所有|全部|各个|各|每个)\s*({nouns})(?:的)?([^，,。；;\d]*?)(?:均|都|全都|全部)\s*"
                             rf"(?:在|为|达到|达)?\s*(超过|逾|高于|不低于|达到|低于|不足)?\s*", self.text):
            n = next((x for x in self.s.numbers if x.start == m.end()), None)
            if n is None or n.unit != "%":
                continue
            after = re.match(r"\s*(及以上|以上|以下)", self.text[n.end:])
            condition = m.group(3) or (after.group(1) if after else "")
            measure = self.named_measure(n.start, "%")
            if not condition or measure is None or measure.kind == "share":
                continue
            self.consumed.add(n.start)
            # the scope at the bound, so a group named after the members (各系女生…均超过) narrows each of them
            self.claim(m.start(), n.end + (after.end() if after else 0), "members", measure, self.shown(n), None,
                       at=n.start, dimension=self.vocab.nouns[m.group(1)], threshold=n.value, condition=condition,
                       every=True)

    def unread_condition(self, n: Number) -> bool:
        """"超过 95% 的专业 6 个", "就业率 100% 的专业 2 个": a percentage right before 的 + the noun
        counted is the members' condition, even when no measure is named or no condition word stands
        with it: the count is of members meeting it, never the number of members offered."""
        lo = max(self.text.rfind(mark, 0, n.start) for mark in "，,：:；;。") + 1
        return any(x.unit == "%" and lo <= x.start and x.end <= n.start and
                   re.match(r"\s*(?:及以上|以上|以下|左右)?\s*[）)]?\s*的\s*(?:" + self.vocab.noun_alternation() + ")",
                            self.text[x.end:]) for x in self.s.numbers)

    def total_like(self, n: Number, noun_end: int) -> bool:
        """"学院共开设 25 个专业，…", "全院共 24 个专业有毕业生，其中…": a count of all members, whose
        clause ends before any condition stated later in the sentence."""
        return MEMBER_VERBS.search(self.text, self.clause_start(n.start), n.start) is not None or \
            re.match(r"\s*(?:有\s*毕业生)?\s*[，,；;]\s*其中", self.text[noun_end:]) is not None or \
            (re.match(r"\s*(?:有\s*毕业生)?\s*[，,]", self.text[noun_end:]) is not None
             and SECOND_COUNT.search(self.text, noun_end) is not None)  # "全院 24 个专业，…的有 10 个"

    def condition_count(self, n: Number, dimension: str, noun: str, noun_after: bool) -> bool:
        """The condition of a count of members: a threshold number with 以上/超过/低于…, or the
        college's own value (高于学院平均水平)."""
        clause_end = len(self.text)
        if noun_after and self.total_like(n, n.end + len(noun) + (len(self.text[n.end:]) -
                                                                 len(self.text[n.end:].lstrip()))):
            clause_end = next((b - 1 for b in self.breaks if b > n.end), len(self.text))  # (engine helper's change)
        if noun_after:
            others = [x for x in self.s.numbers if x.start > n.end and x.end <= clause_end]
        else:
            others = [x for x in self.s.numbers if x.end <= n.start]
        for x in (others if noun_after else reversed(others)):
            low = RANGE_LOW.search(self.text, max(0, x.start - 14), x.start)
            if low is not None and x.unit == "%":  # "90%—95% 的专业 9 个" (the engine helper's minimal change)
                measure = next((m.measure for m in reversed(self.s.mentions) if m.kind == "measure" and
                                m.end <= low.start() and m.measure.fits("%")), None)
                if measure is not None:
                    self.consumed.update((x.start, low.start(1)))
                    self.claim(min(n.start, low.start()), max(n.end, x.end), "members", measure, self.shown(n) +
                               (noun if noun_after else ""), n, at=min(n.start, low.start()), dimension=dimension,
                               threshold=x.value, condition="之间", low=Decimal(low.group(1)))
                    return True
            if re.search(r"平均", self.text[min(n.end, x.end):max(n.start, x.start)]):
                continue  # "24 个专业的平均落实率为 91.5%": an average over the members, no condition
            around = self.text[max(0, x.start - 6):x.start] + "|" + self.text[x.end:x.end + 4]
            cond = CONDITION.search(around.split("|")[1]) or CONDITION.search(around.split("|")[0])
            if cond is None and x.unit == "%" and x.value == 100 and re.match(r"\s*的", self.text[x.end:]):
                cond = CONDITION.match("达到")  # "就业率 100% 的专业 2 个": all placed (the engine helper's change)
            if cond is None:
                continue
            word = cond.group(1)
            if word in ("达到", "达") and not CONDITION.search(around.split("|")[1]) and \
                    NEGATED_REACH.search(self.text, max(0, x.start - 12), x.start):
                word = "低于"  # "未达到 90% 的专业有 10 个": those below the bound, not those reaching it
            measure = next((m.measure for m in reversed(self.s.mentions) if m.kind == "measure" and m.end <= x.start
                            and m.measure.fits("%" if x.unit == "成" else x.unit)), None)
            if measure is None and x.unit in ("人", "名"):
                measure = next((m for m in self.vocab.measures.values() if m.population), None)
            if measure is None and x.unit in ("%", "成"):  # "就业率 100% 的专业": the rate as the text names it
                label = self.label_before(self.clause_start(x.start), x.start)
                measure = measure_for_label(self.vocab, label, "%", "") if label else None
            if measure is None:
                continue
            self.consumed.add(x.start)
            self.claim(min(n.start, x.start), max(n.end, x.end), "members", measure, self.shown(n) +
                       (noun if noun_after else ""), n, at=min(n.start, x.start), dimension=dimension,
                       threshold=x.value * 10 if x.unit == "成" else x.value, condition=word)  # 九成: 90%
            return True
        lo = max(self.text.rfind(mark, 0, n.start) for mark in "，,：:；;。") + 1  # a bracket ends no condition
        where = (n.end, clause_end) if noun_after else (lo, n.start)
        college = COLLEGE_LEVEL.search(self.text, *where)
        full = ALL_PLACED.search(self.text, *where)
        rates = [m.measure for m in self.s.mentions if m.kind == "measure" and m.measure.unit == "%"]
        if college and rates:  # "有 14 个专业高于全校水平", "高于学院整体水平的专业共 14 个"
            word = college.group(1) or college.group(2)
            self.claim(min(n.start, college.start()), max(n.end, college.end()), "members", rates[0],
                       self.shown(n) + (noun if noun_after else ""), n, at=n.start, dimension=dimension, threshold=None,
                       condition=RELATION_AS.get(word, word), college=bool(college.group(1)))
            self.conditions.append((college.start(), college.end()))  # not a comparison of the subject itself
            return True
        placed = rates[0] if rates else self.vocab.measure_named("落实率")
        if full and placed is not None and placed.unit == "%":  # "3 个专业实现 100% 落实", "全部落实"
            self.consumed.update(x.start for x in self.s.numbers if full.start() <= x.start < full.end())
            self.claim(min(n.start, full.start()), max(n.end, full.end()), "members", placed,
                       self.shown(n) + (noun if noun_after else ""), n, at=n.start, dimension=dimension,
                       threshold=Decimal(100), condition="达到")
            return True
        return False

    def sums_and_parts(self) -> None:
        numbers = [n for n in self.s.numbers if n.unit not in ("%", "倍", "番", "个百分点", "百分点", "成")]
        for i, n in enumerate(numbers):
            before = self.text[max(0, n.start - 8):n.start]
            if SUM_WORD.search(before) and not n.qualifier:
                parts = [p for p in numbers[:i] if p.unit == n.unit and not p.qualifier]
                if len(parts) >= 2:
                    self.claim(parts[0].start, n.end, "sum", self.measure_at(n.start, n.unit), self.shown(n), n,
                               at=n.start, parts=parts, position="after")
                    continue
            m = PARTS_WORD.search(self.text, n.end)
            clause = self.text[self.clause_start(n.start):n.start]
            if m and GROWTH_VERB.search(clause) and not TO_WORD.search(clause):
                continue  # "较 2023 年增加 33 人。其中副高级…": a change has no parts; they are of the whole before it
            if m and not n.qualifier and (SUM_WORD.search(before) or i == 0 or True):
                parts = [p for p in numbers[i + 1:] if p.start > m.end() and p.unit == n.unit]
                # "…其中国家级 6 项、省级 29 项，总数较 2024 年的 38 项增长…": the figure of a year compared
                # with ends the parts
                parts = parts[:next((k for k, p in enumerate(parts)
                                     if COMPARED_YEAR_BEFORE.search(self.text, max(0, p.start - 16), p.start)), len(parts))]
                gap = self.text[n.end:m.start()]
                if parts and len(gap) <= 12 and not re.search(r"\d", gap):
                    listed = bool(RESPECTIVELY.search(self.text, m.end()))
                    dims = [self.part_scope(p) for p in parts]
                    whole = self.claim(n.start, parts[-1].end, "subparts", self.measure_at(n.start, n.unit),
                                       self.shown(n), n, at=n.start, parts=parts, respectively=listed, part_scopes=dims,
                                       label=self.number_label(n), part_labels=[self.number_label(p) for p in parts])
                    self.parts_are_no_whole(whole, [p for p, d in zip(parts, dims) if d is None])

    def parts_are_no_whole(self, whole: Claim, parts: list[Number]) -> None:
        """"全日制在校生 6678 人，其中一年级 2438 人、二年级 2234 人": a part named by words the vocabulary
        does not know (一年级) was read as a value of the whole's quantity; it is a part of it, narrowed
        by those words, so it is never held to the whole's figure."""
        if whole.measure is None:
            return
        starts = {p.start: p for p in parts}
        for c in self.out:
            if c.kind == "value" and c.number is not None and c.number.start in starts and c.measure == whole.measure \
                    and c.scope == whole.scope and not c.detail.get("unread"):
                lo = max([self.clause_start(c.number.start), whole.number.end] +
                         [x.end for x in self.s.numbers if x.end <= c.number.start])
                words = re.sub(r"^[，,、：:；;\s]*(?:其中)?[，,：:\s]*|[\s“”]", "", self.text[lo:c.number.start])
                c.detail["unread"] = words or "其中"

    def number_label(self, p: Number) -> str:
        """The words right before a number in its clause that name what it counts."""
        lo = max([self.clause_start(p.start)] + [n.end for n in self.s.numbers if n.end <= p.start])
        return self.label_before(lo, p.start)

    def part_scope(self, p: Number) -> tuple[str, str] | None:
        lo = max([self.clause_start(p.start)] + [n.end for n in self.s.numbers if n.end <= p.start])
        found = [m.scope for m in self.s.mentions if m.kind == "scope" and lo <= m.start < p.start]
        return found[-1] if found else None

    def ranked(self):
        """(match, word, rank, high) for each superlative and each ordinal place."""
        for m in SUPERLATIVE.finditer(self.text):
            word = m.group(1)
            if word.startswith("第一") and not re.search(r"(?:排名|位居|名列|位列|居)\s*" + RANKED_AMONG + r"\s*$",
                                                           self.text[:m.start()]):
                continue
            yield m, word, 1, word.startswith(SUPER_HIGH)
        for m in ORDINAL.finditer(self.text) if "第" in self.text else ():
            place = m.group(3)
            rank = int(place) if place.isdigit() else cn_number(place)
            if rank and rank >= 2:
                yield m, self.text[m.start():m.end()].strip(), rank, not (m.group(1) or m.group(2))
        for m in NEXT_PLACE.finditer(self.text) if "次" in self.text else ():
            first = [x.group(1) for x in SUPERLATIVE.finditer(self.text, 0, m.start())]
            yield m, m.group(), 3 if m.group() == "再次" else 2, not first or first[-1].startswith(SUPER_HIGH)

    def compared_object(self, x: Mention) -> bool:
        """Whether a member is the other side of a comparison (…不及 B, 与 B 相比), not a subject."""
        lo = self.clause_start(x.start)
        if re.search(r"仅次于\s*$", self.text[lo:x.start]):
            return True  # "A 仅次于 B，位列第二": B ranks above, A is the subject
        return COMPARE.search(self.text, lo, x.start) is not None or \
            re.search(rf"(?:{JOINED}|比|较)\s*$", self.text[lo:x.start]) is not None and \
            re.match(r"\s*(?:相比|比较|相较)", self.text[x.end:]) is not None

    def superlatives(self) -> None:
        for m, word, rank, high in self.ranked():
            members = [x for x in self.s.mentions if x.kind == "scope" and x.start < m.start()
                       and not self.compared_object(x)]
            after = [x for x in self.s.mentions if x.kind == "scope" and m.end() <= x.start < m.end() + 8]
            link = self.text[m.end():after[0].start] if after else ""
            nouns = self.vocab.noun_alternation() or "专业"
            # "最高的是机械工程系", "最高的专业为智能控制技术": the member named after the word
            named_after = after and link.strip() and \
                re.fullmatch(rf"\s*(?:的|者)?\s*(?:{nouns})?\s*(?:是|为|当属|要数|属)?\s*", link)
            if members and not named_after and self.in_a_list(members):
                continue  # "A、B 和 C 的评价最高": the top few, not one member
            counted = [x for x in members if x.scope[0] in self.vocab.nouns.values()]
            subject = after[0] if named_after else ((counted or members)[-1] if members else after[0] if after else None)
            if subject is None:
                subject = self.short_group_before(m.start())  # (the engine helper's minimal change)
            if subject is None:
                continue
            two_sided = subject.word in self.vocab.also and subject.scope[0] in TWO_SIDED
            if two_sided:
                # "天津市毕业生人数居首": a ranking of provinces, not of 省内/省外 (two sides rank no one)
                subject = replace(subject, scope=self.vocab.also[subject.word])
            if word in NEXT_PLACE_WORDS and not self.second_of_same_ranking(subject, m.start()):
                continue
            measure = self.ranking_measure(m.start(), subject, word in ("最多", "最少"))
            if measure is None and word in NEXT_PLACE_WORDS:  # "河北省最多，天津市次之": the first place's measure
                measure = next((c.measure for c in reversed(self.out) if c.kind == "superlative"), None)
            if measure is None and subject.scope[0] == GROUP:
                measure = Measure("label:分组", "分项", "%", "label")  # the figure is found by its 分组
            if measure is None:
                continue
            claim = self.claim(min(subject.start, m.start()), max(m.end(), subject.end), "superlative", measure, word,
                               None, at=m.start(), member=subject.scope, high=high, rank=rank)
            bound = size_bound(self.text, 0, min(subject.start, m.start()))
            if bound is not None:  # "百人以上的六个省份中": among the members that size
                claim.detail["size_bound"] = bound
            # a department that is also a survey item's 分组 (机械工程系) keeps the 省内生源 named before it
            claim.scope = {k: v for k, v in claim.scope.items() if k != subject.scope[0] and
                           not (k in TWO_SIDED and two_sided)}
            first = next((c for c in reversed(self.out[:-1]) if c.kind == "superlative"), None)
            if word in NEXT_PLACE_WORDS and first is not None:
                claim.scope = dict(first.scope)  # "…其次是天津市，再次是山西省": within the first place's ranking

    def ranking_measure(self, pos: int, subject: Mention, counted: bool = False) -> Measure | None:
        """What a ranking at `pos` ranks: the measure named last before it, else how many graduates
        each member has when a headcount is named ("河北省生源人数居首") or `counted` (最多/最少)."""
        measure = next((x.measure for x in reversed(self.s.mentions) if x.kind == "measure" and x.end <= pos
                        and x.measure.unit in ("%", "人")), None) or self.group_share(pos)
        if measure is None and (counted or HEADCOUNT.search(
                self.text, self.clause_start(min(subject.start, pos)), max(subject.start, pos))):
            # "河北省生源人数居首", "毕业生人数位列第二的是天津市": how many graduates each member has
            measure = next((x for x in self.vocab.measures.values() if x.population), None)
        return measure

    def short_group_before(self, pos: int) -> Mention | None:
        """"工作满意度分项中，职业发展前景满意度最低": an item (分组) named in a longer form right before a
        ranking word, in a sentence that names the items (分项, 各项) and no item in the vocabulary's form."""
        lo = self.clause_start(pos)
        run = re.search(r"[\u4e00-\u9fff]{4,16}$", self.text[lo:pos])
        if run is None or not re.search(r"分项|各项", self.text[:lo]) or \
                any(x.kind == "scope" and x.scope[0] == GROUP and x.start < pos for x in self.s.mentions):
            return None
        member = self.vocab.member_like(run.group(), GROUP)
        return Mention(lo + run.start(), pos, run.group(), "scope", scope=member) if member else None

    def second_of_same_ranking(self, subject: Mention, pos: int) -> bool:
        """"天津市次之" after "河北省生源最多": the second place is named in its own clause and in
        the first place's dimension, else the reader cannot tell which ranking it continues."""
        first = next((c for c in reversed(self.out) if c.kind == "superlative"), None)
        in_clause = subject.start >= self.clause_start(pos) or subject.start >= pos
        same = first is None or first.detail["member"][0] == subject.scope[0] or \
            self.vocab.also.get(subject.word, ("",))[0] == first.detail["member"][0]  # 河北省…其次是天津市 (a 生源地 too)
        return in_clause and same

    def in_a_list(self, members: list[Mention]) -> bool:
        """Whether the last member is the end of a list "A（x）、B（y）和 C"."""
        last = members[-1]
        for prev in reversed(members[:-1]):
            between = self.text[prev.end:last.start]
            if prev.scope[0] == last.scope[0] and \
                    re.fullmatch(r"\s*(?:[（(][^）)]*[）)])?\s*(?:、|和|与|及|以及|,|，)\s*", between):
                return True
            break
        return False

    def comparisons(self) -> None:
        for m in COMPARE.finditer(self.text):
            tail = self.text[m.end():m.end() + 16]
            stop = re.search(r"[，,。；;（(]", tail)
            target_text = tail[:stop.start()] if stop else tail
            if self.vocab.nouns:  # "高于全院平均水平的院系有 A 和 B": the side ends before the members it conditions
                counted = members_conditioned(self.vocab.noun_alternation()).search(target_text)
                target_text = target_text[:counted.start()] if counted else target_text
            if any(lo <= m.start() < hi for lo, hi in self.conditions):
                continue
            target = self.target_of(target_text)
            left_at = m.start()
            if m.group(1) in SAME_LEVEL and (target is None or not target_text.strip()):
                named = self.named_before(m.start())  # "A 与 B 的落实率基本持平", "A 的落实率和 B 持平"
                before = side_before(self, m.start()) if named is None else None  # "与全校平均水平基本持平"
                if named is None and before is None:
                    continue
                target, left_at = (dict([named.scope]), named.start) if named is not None else before[:2]
                if named is None and any(x.kind == "scope" and before[2] <= x.start < m.start() for x in self.s.mentions):
                    left_at = m.start()  # "与全校平均水平相比，内蒙古自治区生源的落实率基本持平": the subject after it
                target_text = ""
            if not target and not self.about_others(m.end(), m.end() + len(target_text)) and \
                    measure_compared(self, m.start(), m.end(), m.group(1), RELATION_AS.get(m.group(1), m.group(1))):
                continue  # "对母校的满意度高于对工作的总体满意度": two measures side by side
            if target is None or self.about_others(m.end(), m.end() + len(target_text)):
                continue
            self.compare(m.start(), m.end() + len(target_text), left_at, target, m.group(1))
        self.versus_comparisons()

    def compare(self, start: int, end: int, left_at: int, target: dict, word: str) -> None:
        """A comparison claim of the subject named before `left_at` with `target`."""
        left_scope = self.scope_at(left_at)
        earlier = [c for c in COMPARE.finditer(self.text, 0, start)]
        if earlier and target and all(left_scope.get(d) == v for d, v in target.items()):
            # "女生的升学比例高于男生，单位就业比例也高于男生": the subject is still 女生
            first = self.scope_at(earlier[0].start())
            left_scope = {**left_scope, **{d: first[d] for d in target if d in first}}
        measure = self.named_measure(start, "%") or next(
            (x.measure for x in reversed(self.s.mentions) if x.kind == "measure" and x.end <= start), None)
        if GROUP in target and GROUP not in left_scope:
            item = item_before(self, left_at)
            if item is not None:  # "教学水平（96.02%）略高于教学态度": the item with its value in brackets
                left_scope = {**left_scope, GROUP: item.scope[1]}
        if (measure is None or measure.population) and GROUP in target and GROUP in left_scope:
            # "专业课掌握度高于公共课帮助度", "毕业生对师德师风的满意度高于教学水平": two items of one figure,
            # not the graduates who answered
            measure = item_measure()
        prior = next((c for c in reversed(self.out) if c.kind == "comparison"), None)
        if prior is not None and CONTINUED.fullmatch(self.text, self.clause_start(start), start):
            # "女生…高于本系男生，也高于全院女生": the subject stays the first comparison's, not the
            # member its other side named
            left_scope = dict(prior.scope)
        whole = bool(target) and COLLEGE.search(self.text, start, end) is not None  # 全院女生: across the college
        if measure is None:
            measure = headcount_compared(self, word, left_scope, target, start)  # 女生中升学的人数多于男生
        if measure is None or left_scope == target:
            return
        if not measure.fits("%") and PAIR_IN_BRACKETS.match(self.text, end):
            return  # "省外生源毕业生略高于全校平均（91.10% 对 90.89%）": two percentages, not the graduates' count
        college = target == {} or whole
        target = self.with_groups(target, left_scope, measure)
        number = next((n for n in reversed(self.s.numbers) if n.end <= start and n.unit == measure.unit), None)
        claim = self.claim(start, end, "comparison", measure, word, number, at=start, target=target,
                           relation=RELATION_AS.get(word, word), college=college)
        claim.scope = left_scope
        self.each_listed(claim, start)
        self.pair_in_brackets(end, left_scope, target, whole)

    def each_listed(self, claim: Claim, pos: int) -> None:
        """"A、B 落实率均高于全校水平", "A 和 B 均超过 88%": the claim holds of each member listed
        before 均/都, so it is made for each of them (not for the last one, nor their average)."""
        run = self.members_listed(pos)
        if not run:
            return
        last = max(m.end for m in self.s.mentions if m.kind == "scope" and m.end <= pos)
        if not re.search(r"均|都|全部|皆", self.text[last:pos]) or re.search(r"[，,；;。]", self.text[last:pos]):
            return
        dim = run[-1][0]
        claim.scope = {**claim.scope, dim: run[-1][1]}
        for member in run[:-1]:
            other = replace(claim, scope={**claim.scope, dim: member[1]}, detail=dict(claim.detail))
            self.out.append(other)
            self.anchors[id(other)] = self.anchors[id(claim)]

    def pair_in_brackets(self, pos: int, left: dict, right: dict, whole: bool = False) -> None:
        """"A 与 B 基本持平（93.22% 和 93.05%）", "高于全校平均（91.10% 对 90.89%）": the two
        numbers in brackets after a comparison are the two sides' values, in order."""
        m = PAIR_IN_BRACKETS.match(self.text, pos)
        if m is None:
            own = ONE_IN_BRACKETS.match(self.text, pos)  # "A（94.89%）高于 B（92.04%）": B's own value
            for c in self.out:
                if own and right and c.number is not None and c.number.start == own.start(1) and \
                        c.kind in ("value", "vague"):  # the left side's other dimensions carry to a member of the same one
                    c.scope = {**{k: v for k, v in left.items() if k not in right}, **right} \
                        if set(left) & set(right) and not whole else dict(right)
            return
        sides = {m.start(1): left, m.start(2): {**{k: v for k, v in left.items() if k not in right}, **right}
                 if right else {}}
        for c in self.out:
            if c.number is not None and c.number.start in sides and c.kind in ("value", "vague"):
                c.scope = dict(sides[c.number.start])

    def named_before(self, pos: int) -> Mention | None:
        """The member joined by 与/和/同/跟 to another of its dimension before `pos` in the clause:
        the other side of a 持平 whose target is not after it."""
        lo = self.clause_start(pos)
        members = [x for x in self.s.mentions if x.kind == "scope" and lo <= x.start and x.end <= pos]
        if len(members) < 2 or members[-1].scope[0] != members[-2].scope[0]:
            return None
        if not JOINED_LAST.search(self.text[members[-2].end:members[-1].start]) and \
                not JOINED_LAST.search(self.text[lo:members[-1].start]):
            return None
        return members[-1]

    def about_others(self, lo: int, hi: int) -> bool:
        """Whether the words in lo..hi name another body's figure (天津市高职院校平均水平)."""
        return NOT_OURS.search(self.text, lo, hi) is not None or \
            any(x.kind == "not_ours" and lo <= x.start < hi for x in self.s.mentions)

    def versus_comparisons(self) -> None:
        """"与男生相比，女生落实率较高", "女生落实率比男生高": a bare 高/低 with the other side named
        by 与…相比 or 比…; a number after the relation makes it a difference instead."""
        for v in VERSUS.finditer(self.text):
            target = self.target_of(v.group(1))
            if target is None or self.about_others(v.start(), v.end()):
                continue
            rel = BARE_RELATION.search(self.text, v.end())
            if rel is None or re.search(r"[。；;]", self.text[v.end():rel.start()]) or \
                    COMPARE.search(self.text, v.end(), rel.start()):
                continue
            # "外省市生源的落实率与全校平均相比略高": the subject named before 与 stays the subject
            between = any(x.kind == "scope" and v.end() <= x.start < rel.start() for x in self.s.mentions)
            self.compare(rel.start(), rel.end(), rel.start() if between else v.start(), target,
                         rel.group(0).strip())
        for b in BY_RELATION.finditer(self.text):
            target = self.target_of(b.group(1))
            if target is None or self.about_others(b.start(), b.end()):
                continue
            self.compare(b.start(), b.end(), b.start(), target, b.group(2))
        pair_versus(self, BARE_RELATION)  # "该系男、女生的落实率相比，女生略高"

    def halves(self) -> None:
        if "半" not in self.text and "大" not in self.text:  # every word of HALF has one of them
            return
        for m in HALF.finditer(self.text):
            measure = self.measure_at(m.start(), "%") or self.predicate_measure(m.end())
            word = m.group(1)
            qualifier = "near" if "近" in word else "under" if re.match(r"不足|不到|未", word) else \
                "about" if re.search(r"约|左右|^一半$", word) else "over"
            claim = self.claim(m.start(), m.end(), "vague", measure, word, None, at=m.start(),
                               percent="50", qualifier=qualifier)
            after = self.scope_after(m.end() + 1) or self.scope_after(m.end())
            together = self.members_together(m.start(), m.end())
            if together:  # "A 和 B 的毕业生过半", "过半数毕业生来自 A 和 B": their combined share
                claim.scope = self.outside_list(claim.scope, together)
                claim.kind = "share"
                claim.detail.update(members_total=together, base_scope=dict(claim.scope), implied=True, base="")
            elif after:
                claim.scope[after[0]] = after[1]
                claim.kind = "share"
                base, _ = self.base_of("", claim.scope)
                claim.detail.update(base_scope=base, implied=True, base="")
            else:
                self.half_as_share(claim, m.start())

    def half_as_share(self, claim: Claim, pos: int) -> None:
        """"男生占毕业生的一半左右", "A 和 B 生源约占毕业生总数的一半": a half after 占 is a share of the
        base named there, of the subject before 占 (of listed members together)."""
        lo = self.clause_start(pos)
        words = list(SHARE_WORD.finditer(self.text, lo, pos))
        if not words or words[-1].group() != "占":
            return
        named = SHARE_BASE.search(self.text[lo:pos])
        base_text = named.group(1).strip() if named else ""
        together = self.members_combined(words[-1].start())
        subject = self.scope_at(words[-1].start())
        if together:
            subject = self.outside_list(subject, together)
        elif not subject:
            return
        base_scope, base_measure = self.base_of(base_text, subject)
        if together and not base_text:
            base_scope = dict(subject)
        claim.kind, claim.scope = "share", subject
        claim.detail.update(base=base_text, base_scope=base_scope, base_measure=base_measure, implied=not base_text)
        if together:
            claim.detail["members_total"] = together

    def doublings(self) -> None:
        for m in DOUBLED.finditer(self.text):
            measure = self.measure_at(m.start(), "")
            vs = list(VS_YEAR.finditer(self.text[:m.start()]))
            years = (int(vs[-1].group(1)), self.year_at(vs[-1].start())) if vs else \
                (None, self.year_at(m.start())) if SAME_PERIOD.search(self.text) else None
            self.claim(m.start(), m.end(), "growth", measure, m.group(0), None, at=m.start(), doubling=True,
                       doublings={"一": 1, "两": 2, "二": 2, "三": 3}[m.group(1)], more=bool(m.group(2)), years=years,
                       pair=self.pair_before_any(), times=False, points=False, ratio_of=False, down=False,
                       qualifier="")

    def proportion_of_subject(self, n: Number, claim: Claim) -> bool:
        """"省内生源毕业生不到三成", "男生超过七成": a proportion (成, 分之, a vague %) with no measure of its
        own, right after a member named as people, is that member's share of the whole."""
        member = member_named_by_verb(self, n.start, claim.measure) if n.unit in ("%", "成") else None
        if member is not None:  # "签订就业协议的毕业生超过八成": that member's share of the graduates
            claim.scope[member[0]], claim.measure = member[1], None
            claim.detail.pop("unread", None)
            return True
        if claim.measure is not None and claim.measure.kind != "label" or \
                not (n.unit == "成" or n.chinese or n.qualifier):
            return False
        lo = self.clause_start(n.start)
        members = [m for m in self.s.mentions if m.kind == "scope" and lo <= m.start and m.end <= n.start]
        if not members or re.fullmatch(r"\s*的\s*(?:近|约|将近|接近|超过|逾|不足|不到)?\s*", self.text[members[-1].end:n.start]):
            return False  # "女生人数接近男生的四成": a part of that member, not its share of the whole
        return not self.residue(members[-1].end, n.start)

    def placed_count(self, n: Number) -> Measure | None:
        """"落实毕业去向的毕业生 3033 人", "近 3000 人落实了毕业去向": a count of the placed graduates."""
        lo = self.clause_start(n.start)
        if PLACED_SUBJECT.search(self.text, lo, n.start) or PLACED_PREDICATE.match(self.text, n.end) or \
                PLACED_BEFORE.search(self.text[lo:n.start]):
            return self.vocab.measure_named("落实去向毕业生")
        return None

    def predicate_measure(self, pos: int) -> Measure | None:
        """"…的毕业生落实了毕业去向": a share of graduates placed is the placement rate."""
        return self.vocab.measure_named("落实率") if PLACED_PREDICATE.match(self.text, pos) else None

    def pair_before_any(self):
        for c in reversed(self.out):
            if c.detail.get("from_to"):
                return c.detail.get("pair")
        return None

    def cutoff_claim(self) -> None:
        """The cut-off of the quantities the sentence states; a date alone states nothing."""
        quantities = [c for c in self.out if c.kind in ("value", "share") and c.measure is not None]
        if not quantities:
            return
        cut = self.cutoff
        claim = self.claim(cut.start, cut.end, "date", quantities[0].measure, cut.value, None, at=cut.start,
                           quantities=quantities)
        claim.year, claim.scope = None, {}  # checked against the other dates of the same figures, not data


def versus_year(text: str, lo: int, pos: int) -> int | None:
    """The year a difference at `pos` is measured against: "比 2024 届（92.10%）低" in its clause, or
    "与 2024 年相比，" as the clause before; None when the other side is of the same year."""
    years = list(VS_YEAR.finditer(text, lo, pos))
    if not years:
        years = [m for m in VS_YEAR.finditer(text, max(0, lo - 16), lo)
                 if re.fullmatch(r"\s*(?:的?[^，,。；;\d]{0,6}?)?(?:相比|相较|对比|比较)\s*[，,]?\s*", text[m.end():lo])]
    return int(years[-1].group(1)) if years else None


def _from_year(m: re.Match | None) -> int | str | None:
    """The year named after 由/从: a number, "last" for 上年/去年, "before last" for 前年, None when none is."""
    if m is None:
        return None
    if m.group(1):
        return int(m.group(1))
    return "before last" if m.group(2) == "前年" else "last"


def read_claims(units: list[TextUnit], vocab: Vocabulary) -> list[Claim]:
    return Reader(vocab).read(units)


def read_sentence(text: str, vocab: Vocabulary) -> list[Claim]:
    """Claims of one sentence (for tests and the corpus benchmark)."""
    return Reader(vocab).read([TextUnit(normalize(text), None, "", 0)])
