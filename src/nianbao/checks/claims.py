"""Claims in the text: shares (占比), growth (增长 X 倍 / X%), from→to, totals (累计/共),
"N 个专业", and cut-off dates (截至 …) stated for the same figure."""
from __future__ import annotations

import re
from collections import defaultdict
from decimal import Decimal

from .base import Context, finding
from ..text import Number, find_numbers, fmt, plain, tolerance
from .statements import Statement

COUNT_UNITS = ("人", "名", "个", "项", "人次", "家", "所", "门", "篇", "件", "场", "次", "条", "台", "套")
SHARE = re.compile(r"占(?:比|比例|比重)?(?:为|达|约)?\s*$|占([^，,。；;\d]{0,14}?)(?:的)?(?:比例|比重)?(?:为|达|约)?\s*$")
GROWTH = re.compile(r"(增长|增加|提高|提升|上升|下降|减少|降低)(?:了)?\s*(超过|近|约|逾|达)?\s*(\d+(?:\.\d+)?)\s*(倍|%)")
FROM_TO = re.compile(r"(?:由|从)\s*(?:(20\d\d)\s*年(?:的)?)?\s*(\d+(?:\.\d+)?)\s*([^\d\s，,。；;]{0,3}?)\s*"
                     r"(?:[^\d。；;]{0,12}?)(增至|增长至|增长到|增加到|增加至|提升至|提升到|提高至|提高到|上升至|攀升至|"
                     r"降至|下降至|减少至|减少到|回落至|回落到|至|到)\s*(?:(20\d\d)\s*年(?:的)?)?\s*(\d+(?:\.\d+)?)\s*"
                     r"([^\d\s，,。；;]{0,3})")
DOWN_WORDS = ("降", "减少", "回落", "下降")
UP_WORDS = ("增", "提升", "提高", "上升", "攀升")
YEAR_VS = re.compile(r"(20\d\d)\s*年?\s*(?:较|比|相比|对比)\s*(20\d\d)\s*年?")
YEAR_RANGE = re.compile(r"(20\d\d)\s*年?\s*(?:至|到|—|-|–|~)\s*(20\d\d)\s*年")
SAME_PERIOD = re.compile(r"同比|较上年|比上年|较去年|比去年|较上一年|比上一年")
TOTAL_WORD = re.compile(r"累计|共计|合计|总计|总共|共")
MAJOR_COUNT = re.compile(r"(\d+)\s*个专业(?![群类大])")
MAJOR_VERBS = re.compile(r"开设|设置|设有|现有|共有|分布在|分布于|涉及|覆盖|涵盖|招生")
CUTOFF = re.compile(r"截至\s*(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


def _sentence_of(unit, pos: int) -> tuple[int, int]:
    for start, end in unit.sentences():
        if start <= pos < end:
            return start, end
    return 0, len(unit.text)


# ---------------------------------------------------------------- shares


def check_shares(ctx: Context, statements: list[Statement]) -> list:
    found = []
    for unit in ctx.units:
        numbers = find_numbers(unit.text)
        for i, p in enumerate(numbers):
            if p.unit != "%":
                continue
            s0, _ = _sentence_of(unit, p.start)
            lead = unit.text[max(s0, p.start - 18):p.start]
            m = SHARE.search(lead)
            if not m or "分别" in lead:
                continue
            zhan = max(s0, p.start - 18) + m.start()
            count = next((n for n in reversed(numbers[:i]) if n.end <= zhan and n.unit in COUNT_UNITS
                          and n.start >= s0), None)
            if count is None or count.approx or p.approx or not re.fullmatch(r"[\s,，(（]*", unit.text[count.end:zhan]):
                continue
            base = (m.group(1) or "").strip()
            found.extend(_check_share(ctx, unit, count, p, base, numbers, statements))
    return found


def _named_base(ctx: Context, base: str, statements: list[Statement]) -> list[tuple[Decimal, str]]:
    """The total a "占<base>的 X%" names: from the data when there is data, else as stated elsewhere."""
    core = re.sub(r"全校|全院|学校|学院|全部|总人数|总数|人数|总|的|比例|比重", "", base)
    names = ctx.lexicon.names if ctx.lexicon else {}
    key = names.get(core) or names.get(base)
    if not core or not key:
        return []
    if ctx.indicators is not None:
        try:
            value = ctx.indicators.value(key)
            if value.value is not None:
                return [(Decimal(str(value.value)), f"{value.name} {value.display}")]
        except Exception:  # noqa: BLE001 - an indicator this project lacks
            pass
    return [(st.value, st.number.shown) for st in statements
            if st.indicator == key and not st.scope and not st.scope_text and st.number.unit != "%"]


def _guessed_bases(count: Number, numbers: list[Number], unit) -> list[tuple[Decimal, str]]:
    """Totals the share may be of: larger counts stated before it in the paragraph, and the sum of
    the parallel counts around it ("男生 2385 人…；女生 952 人…" -> 3337)."""
    same = [n for n in numbers if n.unit == count.unit and not n.approx ]
    bases = [(n.value, n.shown) for n in same if n.end <= count.start and n.value > count.value]
    spans = list(unit.sentences())
    i = next((k for k, (a, b) in enumerate(spans) if a <= count.start < b), 0)
    lo, hi = spans[max(i - 1, 0)][0], spans[min(i + 1, len(spans) - 1)][1]
    siblings = [n for n in same if lo <= n.start < hi]
    if len(siblings) >= 2:
        total = sum((n.value for n in siblings), Decimal(0))
        bases.append((total, " + ".join(n.text for n in siblings) + f" = {plain(total)}"))
    return bases


def _check_share(ctx, unit, count: Number, p: Number, base: str, numbers, statements) -> list:
    bases = _named_base(ctx, base, statements) if base else []
    named = bool(bases)
    if not bases:
        bases = _guessed_bases(count, numbers, unit)
    if not bases or not all(b for b, _ in bases):
        return []
    results = [(count.value * 100 / b, shown, b) for b, shown in bases]
    if any(abs(r - p.value) <= tolerance(p.text) for r, _, _ in results):
        return []
    exact, shown, b = min(results, key=lambda r: abs(r[0] - p.value))
    computed = f"{fmt(exact, 2)}%"
    what = f"“{count.shown}，占{base}{p.shown}”" if base else f"“{count.shown}，占比 {p.shown}”"
    return [finding("claim.share", "error" if named else "warning",
                    f"{what}与计算不符：{plain(count.value)} / {plain(b)} = {computed}",
                    unit.where(count.start, p.end), unit.section,
                    suggestion=f"核对占比（按 {plain(b)} 计应为 {computed}），或核对人数与基数",
                    count=count.shown, base=shown, stated=p.shown, computed=computed,
                    base_named=named)]


# ---------------------------------------------------------------- growth and from→to


def _year_values(ctx: Context, sentence: str, before: int, years: tuple[int, int]):
    """Values of the indicator named last before `before` in the sentence, for (old, new) years."""
    ind, lex = ctx.indicators, ctx.lexicon
    if ind is None or lex is None:
        return None
    names = [n for n in lex.find_names(sentence[:before])]
    for _, _, word in reversed(names):
        key = lex.names[word]
        if len(ind.figure_years(key)) < 2:
            continue
        try:
            old = ind.value(key, {"year": str(years[0])})
            new = ind.value(key, {"year": str(years[1])})
        except Exception:  # noqa: BLE001
            return None
        if old.value is None or new.value is None:
            return None
        return Decimal(str(old.value)), Decimal(str(new.value)), f"{old.name} {years[0]} 年 {old.display}、{years[1]} 年 {new.display}"
    return None


def _growth_pair(ctx: Context, unit, s0: int, claim_start: int):
    sentence = unit.text[s0:claim_start]
    vs = list(YEAR_VS.finditer(sentence))
    if vs:
        new, old = int(vs[-1].group(1)), int(vs[-1].group(2))
        return _year_values(ctx, unit.text[s0:], claim_start - s0, (old, new))
    if SAME_PERIOD.search(sentence) and ctx.indicators is not None:
        year = ctx.indicators.year
        return _year_values(ctx, unit.text[s0:], claim_start - s0, (year - 1, year))
    pairs = list(FROM_TO.finditer(sentence))
    if pairs:
        m = pairs[-1]
        return Decimal(m.group(2)), Decimal(m.group(6)), f"{m.group(2)}{m.group(3)} → {m.group(6)}{m.group(7)}"
    return None


def _growth_ok(old: Decimal, new: Decimal, word: str, qualifier: str, x: Decimal, unit: str, x_text: str):
    down = any(w in word for w in DOWN_WORDS)
    if unit == "倍":
        ratio = new / old
        readings = [ratio, ratio - 1]
        shown = f"{fmt(ratio, 2)} 倍（增长 {fmt(ratio - 1, 2)} 倍）"
    else:
        change = (old - new) / old * 100 if down else (new - old) / old * 100
        readings = [change]
        shown = f"{fmt(change, 2)}%"
    if qualifier in ("超过", "逾"):
        return any(r >= x for r in readings), shown
    if qualifier in ("近", "约"):
        slack = max(Decimal("0.5"), x / 10)
        return any(abs(r - x) <= slack for r in readings), shown
    slack = max(tolerance(x_text), Decimal("0.5") if unit == "倍" and "." not in x_text else tolerance(x_text))
    return any(abs(r - x) <= slack for r in readings), shown


def check_growth(ctx: Context) -> list:
    found = []
    for unit in ctx.units:
        for m in GROWTH.finditer(unit.text):
            s0, _ = _sentence_of(unit, m.start())
            if "分别" in unit.text[max(s0, m.start() - 4):m.start()]:
                continue
            pair = _growth_pair(ctx, unit, s0, m.start())
            if pair is None or not pair[0]:
                continue
            old, new, basis = pair
            ok, shown = _growth_ok(old, new, m.group(1), m.group(2) or "", Decimal(m.group(3)), m.group(4), m.group(3))
            if ok:
                continue
            claim = m.group(0)
            found.append(finding("claim.growth", "error", f"“{claim}”与数字不符：{basis}，实际为 {shown}",
                                 unit.where(m.start(), m.end()), unit.section, claim=claim, basis=basis,
                                 actual=shown, suggestion="按实际增幅改写，或核对前后两年的数字"))
    return found


def check_from_to(ctx: Context) -> list:
    found = []
    for unit in ctx.units:
        for m in FROM_TO.finditer(unit.text):
            old, new, word = Decimal(m.group(2)), Decimal(m.group(6)), m.group(4)
            if m.group(3) != m.group(7) and m.group(3) and m.group(7):
                continue  # different units: not one quantity
            where = unit.where(m.start(), m.end())
            up, down = any(w in word for w in UP_WORDS), any(w in word for w in DOWN_WORDS)
            if (up and new < old) or (down and new > old):
                found.append(finding("claim.direction", "error",
                                     f"“{m.group(0)}”方向不对：{m.group(2)} → {m.group(6)} 是{'减少' if up else '增加'}",
                                     where, unit.section, claim=m.group(0), suggestion="核对数字或改写用词"))
                continue
            found.extend(_from_to_data(ctx, unit, m, where))
    return found


def _from_to_data(ctx: Context, unit, m, where) -> list:
    s0, _ = _sentence_of(unit, m.start())
    y1, y2 = m.group(1), m.group(5)
    if not (y1 and y2):
        rng = list(YEAR_RANGE.finditer(unit.text[s0:m.start()]))
        if not rng:
            return []
        y1, y2 = rng[-1].group(1), rng[-1].group(2)
    pair = _year_values(ctx, unit.text[s0:], m.start() - s0, (int(y1), int(y2)))
    if pair is None:
        return []
    old, new, basis = pair
    if Decimal(m.group(2)) == old and Decimal(m.group(6)) == new:
        return []
    return [finding("claim.from_to", "error", f"“{m.group(0)}”与录入数据不符：{basis}", where, unit.section,
                    claim=m.group(0), data=basis, suggestion="改用数据引用，如 {value}`指标[year=年份]`")]


# ---------------------------------------------------------------- totals


def check_totals(ctx: Context) -> list:
    found = []
    for unit in ctx.units:
        numbers = find_numbers(unit.text)
        for i, n in enumerate(numbers):
            if not n.unit or n.unit == "%":
                continue
            s0, _ = _sentence_of(unit, n.start)
            lead = unit.text[max(s0, n.start - 24):n.start]
            word = list(TOTAL_WORD.finditer(lead))
            if not word or re.search(r"\d", lead[word[-1].end():]) or re.match(r"共(?:同|建|享|育|研|创|商)", lead[word[-1].start():]):
                continue
            parts = [p for p in numbers[:i] if p.start >= s0 and p.unit == n.unit and not p.approx]
            if len(parts) < 2 or n.approx:
                continue
            found.extend(_check_total(unit, parts, n))
    return found


def _check_total(unit, parts: list[Number], total: Number) -> list:
    for k in range(len(parts) - 1):
        if sum((p.value for p in parts[k:]), Decimal(0)) == total.value:
            return []
    computed = sum((p.value for p in parts), Decimal(0))
    listed = " + ".join(p.text for p in parts)
    return [finding("claim.total", "error", f"合计“{total.shown}”与所列各项之和不符：{listed} = {plain(computed)}",
                    unit.where(parts[0].start, total.end), unit.section, stated=total.shown,
                    computed=f"{plain(computed)}{total.unit}", parts=[p.shown for p in parts],
                    suggestion="核对合计数或各分项")]


# ---------------------------------------------------------------- "N 个专业"


def _majors_in_tables(ctx: Context) -> tuple[int | None, int | None]:
    """(majors offered: rows of the majors table, majors with graduates: 专业 rows of 表 1-1 style tables)."""
    offered = graduating = None
    for table in ctx.doc.tables():
        cols = [c.strip() for c in table.columns]
        if "专业名称" in cols:
            j = cols.index("专业名称")
            offered = len({r[j].text.strip() for r in table.rows if j < len(r) and r[j].text.strip()})
        elif "专业" in cols and "人数" in cols and graduating is None:
            j = cols.index("专业")
            names = {r[j].text.strip() for r in table.rows if j < len(r) and r[j].text.strip()}
            graduating = len(names - {"小计", "合计", "总计", "总体"})
    if ctx.indicators is not None:
        for key, attr in (("major_count", "offered"), ("graduating_major_count", "graduating")):
            try:
                value = int(ctx.indicators.value(key).value)
                offered, graduating = (value, graduating) if attr == "offered" else (offered, value)
            except Exception:  # noqa: BLE001
                pass
    return offered, graduating


def check_major_count(ctx: Context) -> list:
    offered, graduating = _majors_in_tables(ctx)
    found = []
    for unit in ctx.units:
        for m in MAJOR_COUNT.finditer(unit.text):
            s0, _ = _sentence_of(unit, m.start())
            lead = unit.text[s0:m.start()]
            if not MAJOR_VERBS.search(lead) or re.search(r"新增|重点|骨干|特色|品牌|试点|国家级|市级|省级|其中", lead[-10:]):
                continue
            lex = ctx.lexicon
            if lex and lex.find_scopes(lead) and any(d in ("department", "major") for _, (d, _) in lex.find_scopes(lead)):
                continue
            about_graduates = "毕业生" in lead
            expected = graduating if about_graduates else offered
            if expected is None or int(m.group(1)) == expected:
                continue
            what = "有毕业生的专业" if about_graduates else "开设专业"
            found.append(finding("claim.major_count", "error",
                                 f"正文写“{m.group(0)}”，而{what}共 {expected} 个", unit.where(m.start(), m.end()),
                                 unit.section, stated=int(m.group(1)), expected=expected,
                                 suggestion="核对专业数（专业表 / 毕业生名单）"))
    return found


# ---------------------------------------------------------------- cut-off dates


def check_cutoff_dates(ctx: Context, statements: list[Statement]) -> list:
    by_key: dict[tuple, list] = defaultdict(list)
    for unit in ctx.units:
        for m in CUTOFF.finditer(unit.text):
            s0, s1 = _sentence_of(unit, m.start())
            date = f"{m.group(1)} 年 {int(m.group(2))} 月 {int(m.group(3))} 日"
            for st in statements:
                if st.unit is unit and m.end() <= st.number.start < s1:
                    for key in _cutoff_keys(st):
                        by_key[key].append((date, st, m))
    found, seen = [], set()
    for key, uses in by_key.items():
        dates = {}
        for date, st, m in uses:
            dates.setdefault(date, (st, m))
        if len(dates) < 2:
            continue
        ident = tuple(sorted((d, id(st)) for d, (st, _) in dates.items()))
        if ident in seen:
            continue
        seen.add(ident)
        st0 = next(iter(dates.values()))[0]
        found.append(finding("claim.cutoff_date", "warning",
                             f"同一数据（{st0.number.shown}）的统计截止日期不一致：{'、'.join(dates)}",
                             [st.unit.where(m.start(), st.number.end) for st, m in dates.values()], st0.unit.section,
                             dates=list(dates), suggestion="统一截止日期"))
    return found


def _cutoff_keys(st: Statement):
    if st.indicator:
        yield ("indicator", st.indicator, st.scope)
    if st.number.unit == "%" and "." in st.number.text:
        yield ("number", st.number.shown)


def check_claims(ctx: Context, statements: list[Statement]) -> list:
    return [*check_shares(ctx, statements), *check_growth(ctx), *check_from_to(ctx), *check_totals(ctx),
            *check_major_count(ctx), *check_cutoff_dates(ctx, statements)]
