"""The words a reader needs: who a number is about (scope) and what it measures.

Nothing here is written for one report. Scope words come from the template's dimensions
(names, `nouns`, `members` aliases) and from the members that exist in the data (the
project's departments, majors and provinces) or, for a published report, in its own tables.
Measure words are the template's indicator names and aliases, the names of entered figures,
and, in audit, the headers and row labels of the report's tables.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

# The words by which a report names its own college, for every rule that looks for them: in the
# first person (我院, 本校) and plainly (全校, 学院).
OWN_NAMES = "我校|我院|本校|本院"
COLLEGE_NAMES = "全校|全院|学校|学院|" + OWN_NAMES

# Dimensions whose members are places. A place is where graduates come from only when the words
# say so (天津生源, 来自天津市); followed by work words it is where they work (天津市就业人数, 本市用人
# 单位, 天津市内就业), and so it is after words naming a place of work (就业地在天津市, 到天津就业).
PLACE_DIMENSIONS = ("生源地", "省内外生源")
WORK_AFTER = re.compile(r"(?:市|省)?\s*(?:内|以内|境内|地区|区域|本地)?\s*(?:的)?\s*(?:就业|工作|就职|企业|单位|用人单位|"
                        r"落户|录用|签约|留用|发展|实习)")
WORK_BEFORE = re.compile(r"(?:就业|工作|单位)(?:地|地点|地区|城市|所在地)\s*(?:在|为|是|位于|主要在|集中在)\s*$")

# Province names as prose shortens them: 河北省 -> 河北, 内蒙古自治区 -> 内蒙古.
PROVINCE_SUFFIX = re.compile(r"(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$")
UNIT_IN_LABEL = re.compile(r"\s*[（(]([^）)]{1,6})[）)]\s*$")
# Indicator names too common to anchor a measure on their own ("占比" is how shares are read).
GENERIC_NAMES = {"占比"}
GROUP = "分组"  # the dimension of an entered figure's 分组
# The words that join two sides (A 与 B 相比, 最高与最低, 男生和女生): one spelling for reader and verifier.
JOINED = "与|和|同|跟"
# Words that act on a figure or place it in time without narrowing what is counted: prose puts them
# before or after an entered figure's name (获批知识产权项目 4 项, 聘请校外兼职教师 45 人, 新增订单培养学生,
# 岗位实习学生参保 3263 人). A narrowing word (女, 博士, 国家级) is not among them.
ACTION_BEFORE = ("获批", "立项", "开展", "举办", "举行", "组织", "聘请", "聘用", "外聘", "签约", "签订", "新签", "新增",
                 "累计", "年度", "全年", "本年", "当年", "开设", "承担", "完成", "实施", "实现", "取得", "获得", "拥有",
                 "现有", "共有", "引进", "招收", "迎来", "接收", "投入", "到款", "到账", "建成", "设立", "申请", "认定", "参与",
                 "参加", "为", "共计", "合计", "总计", "共", "有")
# After the name, before the number (知识产权项目获批 4 项): verbs and connectors only.
ACTION_AFTER = ("获批", "立项", "签约", "到款", "到账", "完成", "开展", "达到", "共计", "合计", "总计", "累计", "共", "计",
                "达", "有", "为", "了", "的", "学生", "人员", "教学", "任务")


def _alternation(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


ACTION = re.compile(f"^(?:{_alternation(ACTION_BEFORE)})+|(?:{_alternation(ACTION_AFTER)})+$")
# The verbs among them: what stands before one is who acts or for whom (面向社会开展…, 为企业聘请…),
# the object counted follows it.
VERBS = tuple(w for w in ACTION_BEFORE if len(w) == 2 and w not in (
    "年度", "全年", "本年", "当年", "累计", "新增", "现有", "共有", "拥有", "共计", "合计", "总计"))
UP_TO_VERB = re.compile(f"^.*(?:{_alternation(VERBS)})")
# The generic quantity word ending a figure's name (知识产权项目数量, 公益项目培训学时, 横向技术服务到款额):
# prose names the thing counted and leaves it out, or says it another way (…经费).
QUANTITY_TAIL = re.compile(r"(?:总人数|人数|总数|数量|个数|总额|金额|到款额|到账额|到账经费|经费|收入|人次|学时|课时|"
                           r"数|额)$")


@dataclass(frozen=True)
class Measure:
    key: str  # indicator key, or the label itself for a measure known only from a table or the prose
    name: str
    unit: str = ""  # "%", "人", "万元", "" when unknown
    kind: str = "label"  # count | share | rate | figure | distinct | ratio | sum | label
    population: bool = False  # a count of graduates: shares of it are read over the scope's dimensions

    def fits(self, unit: str) -> bool:
        """Whether a number printed with `unit` can be a value of this measure."""
        if self.unit == "%" or unit == "%":
            return self.unit == unit
        return not self.unit or not unit or same_unit(self.unit, unit)


COUNT_UNITS = {"人": "人", "名": "人", "位": "人"}


MONEY_UNITS = ("元", "万元", "亿元")


def same_unit(a: str, b: str) -> bool:
    if a in MONEY_UNITS and b in MONEY_UNITS:
        return True  # amounts convert (逾 2.1 亿元 against 万元)
    return COUNT_UNITS.get(a, a) == COUNT_UNITS.get(b, b)


@dataclass
class Vocabulary:
    year: int | None = None
    scopes: dict[str, tuple[str, str]] = field(default_factory=dict)  # word -> (dimension name, member)
    measures: dict[str, Measure] = field(default_factory=dict)  # word -> measure
    nouns: dict[str, str] = field(default_factory=dict)  # "专业" -> dimension name "专业"
    dimension_keys: dict[str, str] = field(default_factory=dict)  # "院系" -> "department"
    # "男女生", "省内外": two members of one dimension in one word (男生 + 女生), for ratios
    pairs: dict[str, tuple[tuple[str, str], tuple[str, str]]] = field(default_factory=dict)
    # dimension -> the share indicator over it: "待就业比例" is the share of that group
    shares_over: dict[str, Measure] = field(default_factory=dict)
    also: dict[str, tuple[str, str]] = field(default_factory=dict)  # a word's member in a second dimension
    yearly: set[str] = field(default_factory=set)  # entered figures given for several years
    part_of: dict[str, str] = field(default_factory=dict)  # entered figure -> the figure it counts a part of
    settings: dict = field(default_factory=dict)  # the template's rules.toml [settings] (claim_slack: a reader's slack)
    _pattern: re.Pattern | None = None
    _paired: tuple | None = None  # the scopes _pair_words last read: the same scopes pair the same words
    _like: dict = field(default_factory=dict)  # measure_like answers, asked once per label
    _nouns: str | None = None
    _first: dict | None = None  # first character -> the measures whose name starts with it
    _members_like: dict = field(default_factory=dict)  # member_like answers, asked once per subject
    _heads: dict | None = None  # the last two characters of a name -> the measures so named
    _stems: dict | None = None  # a figure's name without action and quantity words -> key -> measure
    _by_dimension: dict | None = None  # dimension -> its members' (word, scope), in vocabulary order
    _tails: dict | None = None  # the last two characters of a table's row label -> (name, measure)

    def wholes_of(self, key: str) -> list[str]:
        """The figures an entered figure counts a part of, nearest first (中职生源: 全日制在校生)."""
        found: list[str] = []
        while key in self.part_of and self.part_of[key] not in found:
            key = self.part_of[key]
            found.append(key)
        return found

    def add_scope(self, word: str, dimension: str, member: str) -> None:
        if len(word) >= 2 and word not in self.scopes:
            self.scopes[word] = (dimension, member)
        elif len(word) >= 2 and self.scopes[word][0] != dimension:
            self.also.setdefault(word, (dimension, member))  # 天津市: 省内生源, and a 生源地 of its own

    def add_measure(self, word: str, measure: Measure) -> None:
        if len(word) >= 2 and word not in GENERIC_NAMES:
            self.measures.setdefault(word, measure)
            if len(_core(word)) >= 3:  # the reader reads without fillers: 工作总体满意度 is found as 工作满意度
                self.measures.setdefault(_core(word), measure)

    def compile(self) -> "Vocabulary":
        scopes = tuple(self.scopes.items())
        if scopes != self._paired:  # an audit compiles once per table; most tables add no member
            self._pair_words()
            self._paired = scopes
        self._like, self._nouns, self._first, self._members_like, self._heads = {}, None, None, {}, None
        self._stems, self._by_dimension, self._tails = None, None, None
        words = sorted(set(self.scopes) | set(self.measures) | set(self.nouns), key=len, reverse=True)
        # An audit compiles once per table, most adding no word: the same alternation is not compiled again.
        source = "|".join(map(re.escape, words))
        if self._pattern is None or self._pattern.pattern != source:
            self._pattern = re.compile(source) if words else None
        return self

    def mentions(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of every vocabulary word, longest first, left to right."""
        if self._pattern is None:
            self.compile()
        return [(m.start(), m.end(), m.group()) for m in self._pattern.finditer(text)] if self._pattern else []

    def _pair_words(self) -> None:
        """"男生"+"女生" -> "男女生" and "男女"; "省内"+"省外" -> "省内外": how prose names two
        members of a dimension at once."""
        by_dim: dict[str, list[str]] = {}
        for word, (dim, _) in self.scopes.items():
            if 2 <= len(word) <= 4:
                by_dim.setdefault(dim, []).append(word)
        for dim, words in by_dim.items():
            # only words sharing all but their first or last character can pair: found by key, not
            # by trying every pair (a dimension of provinces or majors has dozens of members)
            alike: dict[tuple, list[int]] = {}
            for i, word in enumerate(words):
                alike.setdefault(("rest", word[1:]), []).append(i)
                alike.setdefault(("head", word[:-1]), []).append(i)
            for a in words:
                for b in (words[i] for i in sorted({*alike[("rest", a[1:])], *alike[("head", a[:-1])]})):
                    if self.scopes[a] == self.scopes[b] or len(a) != len(b):
                        continue
                    if a[1:] == b[1:]:
                        # 男、女生: the two first characters listed, the shared rest once
                        for word in (a[0] + b[0] + a[1:], a[0] + b[0], a[0] + "、" + b[0] + a[1:]):
                            self.pairs.setdefault(word, (self.scopes[a], self.scopes[b]))
                    elif a[:-1] == b[:-1]:
                        self.pairs.setdefault(a + b[-1], (self.scopes[a], self.scopes[b]))

    def _starting(self, first: str) -> list[tuple[str, Measure]]:
        if self._first is None:
            self._first = {}
            for name, measure in self.measures.items():
                self._first.setdefault(name[:1], []).append((name, measure))
        return self._first.get(first, [])

    def _headed(self, head: str) -> list[tuple[str, Measure]]:
        """The measures whose name (without fillers) ends with these two characters."""
        if self._heads is None:
            self._heads = {}
            for name, measure in self.measures.items():
                self._heads.setdefault(_core(name)[-2:], []).append((name, measure))
        return self._heads.get(head, [])

    def noun_alternation(self) -> str:
        """The nouns as one regex alternation, longest first ("二级学院" before "学院")."""
        if self._nouns is None:
            self._nouns = "|".join(map(re.escape, sorted(self.nouns, key=len, reverse=True)))
        return self._nouns

    def measure_like(self, label: str, unit: str = "", ending: bool = False) -> Measure | None:
        key = (label, unit, ending)
        if key not in self._like:
            self._like[key] = self._measure_like(label, unit, ending)
        return self._like[key]

    def _measure_like(self, label: str, unit: str = "", ending: bool = False) -> Measure | None:
        """The one measure whose name a label spells with words left out or added ("专职思政课教师"
        for 专职思政教师, "鲁班工坊培训" for 鲁班工坊非学历培训人次): same first and last word
        characters, one a subsequence of the other, the unit fitting. `ending`: else the one
        measure whose name ends with the label ("学生" beside another count in a ratio)."""
        label = label.strip()
        if label in self.measures:
            return self.measures[label] if self.measures[label].fits(unit) else None
        if not label:
            return None
        found = {}
        for name, measure in self._starting(label[0]):
            if len(label) < 3 or len(name) < 3 or not measure.fits(unit) or measure.kind == "label":
                continue
            short, long_ = sorted((name, label), key=len)
            if subsequence(short, long_) and (name[-1] == label[-1] or long_ is name and len(short) >= 4):
                found[measure.key] = measure
        if len(found) != 1:
            found = self._measure_by_head(label, unit) or found
        if not found:
            found = self._measure_by_stem(label, unit)
        if not found and ending and len(label) >= 2:
            # the least qualified name ending with it: "学生" is 在校学生, not 分段培养学生
            named = sorted((len(name), name) for name, m in self.measures.items() if name.endswith(label)
                           and m.fits(unit) and m.kind != "label")
            if named and (len(named) == 1 or named[0][0] < named[1][0]):
                return self.measures[named[0][1]]
        return next(iter(found.values())) if len(found) == 1 else None

    def _measure_by_head(self, label: str, unit: str) -> dict[str, Measure]:
        """Names that share the label's head noun (its last two characters, 满意度, 教师, 新生) and
        differ only by qualifiers: the label with one word added ("对工作的总体满意度" for 工作总体
        满意度: the longest name it spells), or a shorter form ("课程满意度" for 所学课程总体满意度,
        "正高级" for 正高级职称教师: the least qualified name spelling it). Two names equally
        specific: none (the reader cannot tell which)."""
        core = _core(label)
        if len(core) < 3:
            return {}
        same, longer, shorter, starting = [], [], [], []
        for name, measure in self._headed(core[-2:]) + self._starting(core[0]):
            if measure.kind == "label" or not measure.fits(unit):
                continue
            other = _core(name)
            if other == core:
                same.append((len(name), measure))
                continue
            if len(other) < 3:
                continue
            same_head = other[-2:] == core[-2:]
            if same_head and subsequence(other, core) and _only_object_marker(core, other):
                longer.append((len(other), measure))  # "对工作满意度": 工作满意度 with its object marked
            elif same_head and len(core) >= 4 and subsequence(core, other):
                shorter.append((len(other), measure))
            elif other.startswith(core):
                starting.append((len(other), measure))
        # a name's start is none of them when two names start so (岗位实习: 对口 or 购买保险)
        starting = starting if len({m.key for _, m in starting}) == 1 else []
        for found, best in ((same, min), (longer, max), (shorter, min), (starting, min)):
            if found:
                size = best(n for n, _ in found)
                keys = {m.key: m for n, m in found if n == size}
                return keys if len(keys) == 1 else {}
        return {}

    def _measure_by_stem(self, label: str, unit: str) -> dict[str, Measure]:
        """An entered figure named with words that act on it around its name ("获批知识产权项目" for
        知识产权项目数量, "开展非学历培训项目" for 非学历培训项目数, "到款横向技术服务经费" for
        横向技术服务到款额): the label and a name are the same thing counted once those words and the
        quantity word are taken off both. One figure so named, else none (the reader cannot tell)."""
        if self._stems is None:
            self._stems = {}
            for name, measure in self.measures.items():
                if measure.kind in ("figure", "sum"):
                    self._stems.setdefault(stem(name), {})[measure.key] = measure
        found = {}
        # the object after the last verb, or the whole label when a name keeps its verb (行业导师承担专业课程)
        object_ = UP_TO_VERB.sub("", label) or label
        for words in {stem(object_), stem(label)} if object_ != label else {stem(label)}:  # a verb last has no object after it
            if len(words) >= 4:
                found.update({k: m for k, m in self._stems.get(words, {}).items() if m.fits(unit)})
        return found if len(found) == 1 else {}

    def label_ending(self, label: str, unit: str, before: str) -> Measure | None:
        """"面向企业开展非学历培训 84 项，培训时间 46850 人日": the one table row label (非学历培训时间)
        that the words name with its first words left out, those words said earlier in the sentence."""
        if len(label) < 4:
            return None
        if self._tails is None:
            self._tails = {}
            for name, m in self.measures.items():
                if m.kind == "label":
                    self._tails.setdefault(name[-2:], []).append((name, m))
        found = {m.key: m for name, m in self._tails.get(label[-2:], ())
                 if len(name) > len(label) and name.endswith(label) and m.fits(unit) and name[:-len(label)] in before}
        return next(iter(found.values())) if len(found) == 1 else None

    def measure_named(self, text: str) -> Measure | None:
        """The measure a label (a table header, a base after 占) names, if any."""
        text = UNIT_IN_LABEL.sub("", text).strip()
        if text in self.measures:
            return self.measures[text]
        found = [w for _, _, w in self.mentions(text) if w in self.measures]
        if found:
            return self.measures[max(found, key=len)]
        return self.measure_like(re.sub(r"^(?:全部|全体|所有|总)|(?:总数|总人数|人数|总量|的)$", "", text))

    def member_short(self, words: str, noun: str) -> tuple[str, str] | None:
        """A member named by a short form before its dimension's noun ("机械系" for 机械工程系, "经管系" for
        经济管理工程系, "数控专业" for 数控技术): the one member of that dimension starting with the same
        character and spelling the words (with the noun when members end with it) in order."""
        dim = self.nouns.get(noun)
        if dim is None or len(words) < 2:
            return None
        found = set()
        for word, scope in self.scopes.items():
            if scope[0] != dim or word[:1] != words[:1]:
                continue
            spelled = words + noun[-1] if word.endswith(noun[-1]) else words
            if subsequence(spelled, word):
                found.add(scope)
        return next(iter(found)) if len(found) == 1 else None

    def member_like(self, words: str, dimension: str = "") -> tuple[str, str] | None:
        """The member a subject names in a longer or shorter form than the vocabulary's ("签订就业协议"
        for 签就业协议形式就业, "本土学生" for 乌干达本土学生): the one member sharing the longest run
        of at least four characters with the words, or whose name ends with them. None when two
        members of different names tie."""
        if (words, dimension) not in self._members_like:
            self._members_like[words, dimension] = self._member_like(words, dimension)
        return self._members_like[words, dimension]

    def _scopes_of(self, dimension: str) -> tuple[list[tuple[str, tuple[str, str]]], str, list[int]]:
        """One dimension's members (all when none is named) as (word, scope), their words joined by
        line breaks, and where each starts there: a run of characters is found in every member's
        name with one search of the joined words (asked per label)."""
        if self._by_dimension is None:
            self._by_dimension = {}
            grouped: dict[str, list] = {"": list(self.scopes.items())}
            for word, scope in self.scopes.items():
                grouped.setdefault(scope[0], []).append((word, scope))
            for dim, items in grouped.items():
                starts = list(accumulate((len(w) + 1 for w, _ in items[:-1]), initial=0))
                self._by_dimension[dim] = (items, "\n".join(w for w, _ in items), starts)
        return self._by_dimension.get(dimension, ([], "", []))

    def _member_like(self, words: str, dimension: str) -> tuple[str, str] | None:
        if len(words) < 3:
            return None
        grams = {words[i:i + 4] for i in range(len(words) - 3)}
        items, joined, starts = self._scopes_of(dimension)
        holding = set()  # the members whose name holds a run of four of the words, or all three
        for run in grams or {words}:
            at = joined.find(run)
            while at != -1:
                holding.add(bisect_right(starts, at) - 1)
                at = joined.find(run, at + 1)
        best, found = 0, set()
        for word, scope in (items[i] for i in sorted(holding)):
            run = len(words) if words in word else _common_run(words, word)
            if run >= 4 or run == len(words):
                if run > best:
                    best, found = run, {scope}
                elif run == best:
                    found.add(scope)
        return next(iter(found)) if len(found) == 1 else None


FILLERS = re.compile(r"的|总体|整体")


def _core(name: str) -> str:
    """A name without the fillers prose puts in or leaves out (的, 总体, 整体)."""
    return FILLERS.sub("", name) if "的" in name or "体" in name else name  # (asked of every name looked up)


def _only_object_marker(label: str, name: str) -> bool:
    """Whether the label is the name with an object marker added (对/于 before it): words that
    name the same measure, unlike a qualifier (女, 新增) that narrows it."""
    return len(label) == len(name) + 1 and label[0] in "对于" and label[1:] == name or \
        len(label) == len(name) + 1 and label.replace("对", "", 1) == name


def acts_only(words: str) -> bool:
    """Whether words are only ones acting on a figure (聘请, 面向企业开展): they narrow nothing. A running
    total (累计) is another quantity than the year's."""
    return bool(words) and "累计" not in words and not stem(UP_TO_VERB.sub("", words))


def stem(words: str) -> str:
    """Words naming a figure without the words acting on it and its quantity word."""
    previous = None
    while words != previous:
        previous = words
        words = ACTION.sub("", QUANTITY_TAIL.sub("", words))
    return words


def _common_run(a: str, b: str) -> int:
    """The length of the longest run of characters a and b share."""
    best = 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] not in b:
                break
            best = j - i
    return best


def subsequence(short: str, long_: str) -> bool:
    letters = iter(long_)
    return all(ch in letters for ch in short)


def _template_dimensions(vocab: Vocabulary, template, province: str = "") -> None:
    for key, d in template.dimensions.items():
        name = d.get("name", key)
        vocab.dimension_keys[name] = key
        for noun in d.get("nouns", []):
            vocab.nouns.setdefault(noun, name)
        for member, words in (d.get("members") or {}).items():
            for word in words:
                if word == "$province":
                    for w in _province_words(province):
                        vocab.add_scope(w, name, member)
                else:
                    vocab.add_scope(word, name, member)
            vocab.add_scope(member, name, member)
    for group in template.destination_groups:
        vocab.add_scope(group, _dim_name(template, "destination_group"), group)
    for dest in template.destinations:
        for word in (dest.name, *dest.aliases):
            vocab.add_scope(word, _dim_name(template, "destination"), dest.name)


def _dim_name(template, key: str) -> str:
    return template.dimensions.get(key, {}).get("name", key)


def _province_words(province: str) -> list[str]:
    if not province:
        return []
    short = PROVINCE_SUFFIX.sub("", province)
    return [province] + ([short] if short != province and len(short) >= 2 else [])


def _template_measures(vocab: Vocabulary, template) -> None:
    for key, d in template.indicators.items():
        kind = d.get("kind", "")
        measure = Measure(key, d.get("name", key), d.get("unit", ""), kind,
                          population=kind == "count" and not d.get("where"))
        for word in (d.get("name", ""), *d.get("aliases", [])):
            vocab.add_measure(word, measure)
        over = d.get("over")
        if kind == "share" and isinstance(over, list):
            for dim in over:
                vocab.shares_over.setdefault(_dim_name(template, dim), measure)
    for word, key in (template.rules.get("names", {}) or {}).items():
        d = template.indicators.get(key)
        if d is not None:
            vocab.add_measure(word, Measure(key, d.get("name", key), d.get("unit", ""), d.get("kind", "")))


def add_member_words(vocab: Vocabulary, dimension: str, members) -> None:
    """Members of a dimension found in the data or in a report's tables."""
    members = sorted(m for m in members if m)
    for member in members:
        vocab.add_scope(member, dimension, member)
        if dimension == "生源地":
            for word in _province_words(member)[1:]:
                vocab.add_scope(word, dimension, member)
    for word, member in _short_forms(members, [n for n, d in vocab.nouns.items() if d == dimension]).items():
        vocab.add_scope(word, dimension, member)


# Words that join the parts of a name and that a short form leaves out (工业与信息化系 -> 工信系).
_NAME_JOINERS = re.compile("[与和及、]")


def _short_forms(members: list[str], nouns: list[str]) -> dict[str, str]:
    """How prose shortens members named with their dimension's noun: the stem's first two
    characters (机械工程系 -> 机械系), the initials of its first two words (经济管理工程系 -> 经管系,
    工业与信息化系 -> 工信系, 机电工程学院 -> 机电学院), or the second of two words before 工程 (电子信息工程系 -> 信息系). A short form two members share names neither."""
    found: dict[str, set[str]] = {}
    for member in members:
        noun = max((n for n in nouns if member.endswith(n) and len(member) > len(n) + 2), key=len, default="")
        if not noun:
            continue
        stem = _NAME_JOINERS.sub("", member[:-len(noun)])
        # 电子信息工程系 -> 信息系: of two words before 工程, the second, the one that tells the field
        second = stem[2:4] if len(stem) == 6 and stem.endswith("工程") else ""
        for short in {stem[:2], stem[0] + stem[2] if len(stem) >= 4 else "", second} - {""}:
            found.setdefault(short + noun, set()).add(member)
    return {word: next(iter(named)) for word, named in found.items() if len(named) == 1 and word not in members}


def project_vocabulary(template, indicators, province: str = "") -> Vocabulary:
    """Template words, the entered figures' names, and the members present in the project's data."""
    vocab = Vocabulary(year=indicators.year, settings=dict(template.rules.get("settings", {}) or {}))
    _template_dimensions(vocab, template, province)
    for key, d in template.dimensions.items():
        if key in ("department", "major", "origin_province", "ethnicity"):
            add_member_words(vocab, d.get("name", key), indicators.known_values(key))
    _template_measures(vocab, template)
    for key in dict.fromkeys(k for k, _, _ in indicators.figure_keys()):
        d = indicators.definition(key)
        measure = Measure(key, d.get("name") or key, d.get("unit", ""), "figure")
        for word in (d.get("name") or "", *template.entered.get(key, {}).get("aliases", [])):
            vocab.add_measure(word, measure)
    years: dict[str, set[str]] = {}
    for key, _, year in indicators.figure_keys():
        years.setdefault(key, set()).add(year)
    vocab.yearly = {key for key, found in years.items() if len(found) > 1}
    vocab.part_of = {key: d["part_of"] for key, d in template.entered.items() if d.get("part_of")}
    for _, group, _ in indicators.figure_keys():
        if group:  # 分组 of entered figures (工作内容, 课前预习, 乌干达员工): members of their own
            vocab.add_scope(group, GROUP, group)
    return vocab.compile()


def template_vocabulary(template, year: int | None = None) -> Vocabulary:
    """Template words only (audit adds the members and labels found in the report's tables)."""
    vocab = Vocabulary(year=year, settings=dict(template.rules.get("settings", {}) or {}) if template is not None else {})
    if template is not None:
        _template_dimensions(vocab, template)
        _template_measures(vocab, template)
    return vocab
