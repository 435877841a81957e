"""The words before a number name what it counts, but reports wrap the name in verbs and work
words the vocabulary does not hold: "聘请行业导师 42 人", "获批知识产权项目 4 项", "承担现场工程师培养
任务的学生有 11 人", "开展非学历培训项目 130 项". And a second figure in the next clause of one
subject leaves the subject out: "行业导师 42 人，承担专业课程 1166 课时" counts the mentors' hours.

These helpers give the reader the plainer forms of a label to look up (the label as written first,
so a name that contains a verb, 鲁班工坊招收学历生, still matches as a whole), and tell a verb from
a narrowing of the subject: "学院聘请行业导师" is the college's mentors, "产业学院培养" is not the college.
"""
from __future__ import annotations

import re
from functools import lru_cache

# Verbs of having, hiring, doing or getting: they say what the college did with the quantity, not
# which part of it is counted.
ACTION = (r"聘请|聘任|聘用|选聘|引进|拥有|配备|配齐|配足|配有|建有|组建|开展|组织|举办|完成|承担|实施|获批|获得|立项|参加|参与|"
          r"招收|接收|录取|选派|派出|投入|签订|购买|开设|开发|编写|发表|累计完成|共完成|共开展")
LEADING_ACTION = re.compile(rf"^(?:(?:{ACTION})\s*(?:了)?\s*)+")
# How it was done, before the verb: "按要求配齐", "按照规定配备", "足额配备".
MANNER = r"按要求|按照要求|按规定|按照规定|按标准|按照标准|依规|足额|及时|全部|全面|面向(?:社会|行业|企业|地方|社区)"
ONLY_ACTION = re.compile(rf"(?:(?:{MANNER})?(?:{ACTION})(?:了)?)+")
FULL_TIME = re.compile(r"(?:专职|全职|实际)$")  # 实际 (报到新生): the actual count, which a figure is
# A total named with a verb between the word and the number ("共完成非学历培训 7535 学时", "累计开展…"):
# further from the number than the reader's SUM_WORD reaches.
TOTAL_BEFORE = re.compile(rf"(?:共计|合计|累计|总计|总共|共有|一共|(?<!公)共(?=\s*(?:{ACTION})))[^\d，,；;。]*$")
# Work words after the name: "现场工程师培养任务", "专业课程教学"; registering after a cohort's name:
# "2025 级新生实际报到", "新生注册".
TRAILING_WORK = re.compile(r"(?:培养任务|任务|教学工作|教学|工作|活动|(?:实际|正式)?(?:报到|注册|入学))$")
# Whom a service is for and with whom, before the verb: "为企业开展横向技术服务" (为 is a connector, gone
# by now), "面向社会开展培训项目", "与企业合作开展…项目".
BENEFICIARY = re.compile(rf"^(?:面向|为|向)?(?:企业|社会|行业|地方|社区|政府|中小企业|合作企业|兄弟院校)?"
                         rf"(?:联合|合作|共同)?(?=(?:{ACTION}))")
COHORT = re.compile(r"((?:19|20)\d\d)\s*级")
# A quality the people counted hold, before its name: "具有高级职称的 102 人" (the reader has dropped
# 有 as a connector by now, leaving 具), "持有职业资格证书的": the figure is named by the quality.
HOLDING = re.compile(r"^(?:具有|具备|持有|取得|具)(?=[\u4e00-\u9fff]{2})")


@lru_cache(maxsize=4096)
def plain_forms(label: str) -> tuple[str, ...]:
    """The label, then without its leading verbs, then also without a trailing work word (asked up to
    three times per number, so kept)."""
    forms = [label]
    bare = LEADING_ACTION.sub("", BENEFICIARY.sub("", label))
    for form in (bare, TRAILING_WORK.sub("", bare), TRAILING_WORK.sub("", label), HOLDING.sub("", bare)):
        if len(form) >= 2 and form not in forms:
            forms.append(form)
    return tuple(forms)


def only_verbs(words: str) -> bool:
    """Whether unknown words before a measure are verbs only ("聘请", "配备"): no narrowing. 专职 right
    before the staff named (配备专职辅导员) is the ordinary kind of the staff a figure counts, which
    narrows nothing either; 兼职 would (another figure); nor does 实际 (实际报到新生)."""
    core = FULL_TIME.sub("", words) if words else words
    return bool(words) and (not core or ONLY_ACTION.fullmatch(core) is not None)


def measure_for_label(vocab, label: str, unit: str, subject: str = "", plain: bool = True, cohort: str = ""):
    """The vocabulary measure a label names in one of its plainer forms, with its cohort first when the
    text gives one ("2025 级新生实际报到": 2025级新生); else, with the subject of the clause before
    prefixed ("行业导师" + "承担专业课程"), the subject's figure it goes on to count."""
    for form in plain_forms(label) if plain else [label]:
        found = (vocab.measure_like(cohort + form, unit) if cohort else None) or vocab.measure_like(form, unit)
        if found is not None:
            return found
    if unit in ("人", "名", "位") and not re.search(r"[数量]$", label):  # "就业 2888 人/名", "订单培养 650 人": 就业人数
        for form in plain_forms(label):
            found = vocab.measure_like(form + "人数", unit)
            if found is not None and found.name == form + "人数":  # the name itself: 实习 is no 岗位实习购买保险
                return found
    if subject:
        for form in plain_forms(label):
            found = vocab.measure_like(subject + form, unit)
            if found is not None:
                return found
    return None


# Words that name the graduates themselves: a share of them is of the population (女生占毕业生的…).
POPULATION = re.compile(r"毕业生|生源|届|全校|全院|学院|学校|总体|整体|全体|全部|所有")
# The words ending a base that name its total ("录取总数", "新生总人数", "经费总额").
BASE_TAIL = re.compile(r"(?:的)?\s*(?:总人数|总数|人数|总量|数量|总和|总额|总计|合计|总体|全部|总)$")


def stated_base(reader, base_text: str, count):
    """The base of a share named by words the vocabulary does not know ("占专任教师的", "占在校生的"
    in a published report): the quantity of that name the text states (in this sentence or another),
    as a label; None when the words name the graduates, a member or the college."""
    from .vocabulary import COLLEGE_NAMES, Measure
    # 占全院在校生的: the college's own name before other people is the whole college, no narrowing
    own = re.match(rf"(?:{COLLEGE_NAMES})\s*的?\s*", base_text.strip())
    if own and reader.other_people(base_text.strip()[own.end():]):
        base_text = base_text.strip()[own.end():]
    if POPULATION.search(base_text) or any(w in reader.vocab.scopes for _, _, w in reader.vocab.mentions(base_text)):
        return None
    label = BASE_TAIL.sub("", base_text.strip())
    if len(label) < 2 or re.search(r"[^\u4e00-\u9fff“”\"A-Za-z]", label):
        return None
    # the base counts what the count counts; a share's own percentage is no count of anything
    unit = count.number.unit if count is not None and count.number is not None and \
        count.number.unit not in ("%", "成", "") else "人"
    for claim in reversed(reader.out):  # the same quantity read earlier in the sentence (a count, not a share of it)
        if claim.measure is not None and claim.measure.kind == "label" and claim.measure.name == label and \
                claim.measure.unit not in ("%", "成"):
            return claim.measure
    return Measure(f"label:{label}", label, unit, "label")
