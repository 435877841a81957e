"""Findings about the prose, all from the claim engine's verdicts (nianbao.claims).

A contradiction becomes an error (a warning when the engine had to guess the base of a share);
a typed number that agrees with the data is an info suggesting a data reference; a claim about
a quantity the data know but not for that scope or year is an info. Two statements of one
quantity that disagree, with nothing else to decide, are reported once with both places.
"""
from __future__ import annotations

from ..claims import ClaimRecord
from ..text import fmt, plain
from .base import finding
from .findings import Finding, FindingLocation

RULES = {"share": "claim.share", "sum": "claim.total", "subparts": "claim.total", "members": "claim.member_count",
         "comparison": "claim.comparison", "difference": "claim.difference", "superlative": "claim.superlative",
         "ratio": "claim.ratio", "vague": "claim.vague", "growth": "claim.growth"}


def where(record: ClaimRecord) -> FindingLocation:
    loc = record.claim.location
    if loc is None:
        return FindingLocation("（未知位置）", None, record.claim.excerpt)
    return FindingLocation(loc.file, loc.line, record.claim.excerpt, loc.page)


def _fact_location(record: ClaimRecord) -> FindingLocation | None:
    loc = record.fact.location if record.fact else None
    if loc is None:
        return None
    return FindingLocation(loc.file, loc.line, record.fact.what, loc.page)


def _name(record: ClaimRecord) -> str:
    m = record.claim.measure
    scope = "".join(v for k, v in record.claim.scope.items())
    return f"{scope}{m.name}" if m is not None else scope


def claim_findings(records: list[ClaimRecord], section_of=lambda unit: unit.section) -> list[Finding]:
    found: list[Finding] = []
    inconsistent: dict[tuple, list[ClaimRecord]] = {}
    dates_seen: set[frozenset] = set()
    for r in records:
        c = r.claim
        section = section_of(c.unit)
        if r.verdict == "contradicts" and c.kind in ("value",) and r.fact is not None and r.fact.source == "prose":
            key = (c.measure.key, frozenset(c.scope.items()), c.year)
            inconsistent.setdefault(key, []).append(r)
        elif r.verdict == "contradicts" and c.kind == "date":
            other_loc = r.fact.location
            pair = frozenset({(c.location.file, c.location.line, c.location.page) if c.location else (),
                              (other_loc.file, other_loc.line, other_loc.page) if other_loc else ()})
            if pair in dates_seen:
                continue
            dates_seen.add(pair)
            other = _fact_location(r)
            found.append(finding("claim.cutoff_date", "warning",
                                 f"同一数据的统计截止日期不一致：{c.value}、{r.fact.display}",
                                 [where(r)] + ([other] if other else []), section,
                                 dates=[c.value, r.fact.display], suggestion="统一截止日期"))
        elif r.verdict == "contradicts" and r.warning:
            found.append(finding("claim.growth_times", "warning", r.warning, where(r), section, claim=c.value,
                                 actual=r.fact.display if r.fact else "", suggestion="按“增长 X 倍 = 是原来的 X+1 倍”改写"))
        elif r.verdict == "contradicts":
            found.append(_contradiction(r, section))
        elif r.verdict == "agrees" and c.kind == "value" and c.typed and r.fact is not None and r.fact.source == "data":
            found.append(finding("prose.typed_number", "info", f"正文手写了“{c.value}”（{r.fact.what}），与数据一致",
                                 where(r), section, suggestion=f"建议改用数据引用 {r.fact.reference}",
                                 indicator=_expr(r.fact.reference), stated=c.value, data=r.fact.display))
        elif r.verdict == "unverifiable" and c.typed and r.note.startswith("没有") and r.note != "没有可对照的数据":
            found.append(finding("claim.unverifiable", "info", f"无法核实“{c.value}”（{_name(r)}）：{r.note}",
                                 where(r), section, stated=c.value))
    for items in inconsistent.values():
        found.append(_inconsistent(items, section_of))
    return found


def _expr(reference: str) -> str:
    """"{value}`placement_rate[院系=机械工程系]`" -> "placement_rate[院系=机械工程系]"."""
    return reference.removeprefix("{value}`").removesuffix("`")


def _contradiction(r: ClaimRecord, section: str) -> Finding:
    c = r.claim
    fact = r.fact
    values = dict(stated=c.value, expected=r.expected, kind=c.kind)
    if fact is not None:
        values.update(data=fact.display, basis=fact.what, reference=fact.reference)
    if c.kind == "value" and c.measure is not None and c.measure.key.startswith("count:"):
        return finding("claim.member_count", "error", f"正文写“{c.value}”，而{fact.what}共 {fact.display} 个",
                       where(r), section, suggestion="核对个数（专业表、毕业生名单或报告中的表格）", **values)
    if c.kind == "value" and fact is not None and fact.source == "data":
        return finding("prose.data_mismatch", "error", f"正文写“{_name(r)} {c.value}”，数据为 {fact.display}",
                       where(r), section, suggestion=f"改为 {fact.reference}（{fact.display}）",
                       indicator=_expr(fact.reference), **{k: v for k, v in values.items() if k != "reference"})
    if c.kind in ("value", "share") and fact is not None and fact.source == "table":
        other = _fact_location(r)
        return finding("prose.table_mismatch", "error",
                       f"正文写“{fact.what if c.kind == 'share' else _name(r)} {c.value}”，而{fact.reference}为 {fact.display}",
                       [where(r)] + ([other] if other else []), section, suggestion=f"以表格为准核对，应为 {fact.display}",
                       **values)
    if c.kind == "growth" and r.note == "方向不对":
        return finding("claim.direction", "error", f"“{c.value}”方向不对：{r.expected}", where(r), section,
                       suggestion="核对数字或改写用词", **values)
    if c.kind == "growth" and c.detail.get("from_to"):
        return finding("claim.from_to", "error", f"“{c.value}”与数据不符：{fact.what}", where(r), section,
                       suggestion="改用数据引用，如 {value}`指标[year=年份]`", **values)
    rule = RULES.get(c.kind, "claim.value")
    if c.kind == "growth" and c.detail.get("points"):
        rule = "claim.difference"  # "提高 1.2 个百分点": a difference of two rates, between two years
    severity = "warning" if r.note.startswith("基数为推测") else "error"
    basis = f"{fact.what} = {fact.display}" if fact is not None else r.note
    message = f"“{c.value}”与计算不符：{basis}，应为 {r.expected}" if r.expected else f"“{c.value}”与计算不符：{basis}"
    if c.kind == "share":
        count = c.detail.get("count")
        shown = f"“{count.value}，占{c.detail.get('base') or '比'} {c.value}”" if count is not None else f"“占 {c.value}”"
        message = f"{shown}与计算不符：{basis}"
        if fact is not None and c.number is not None and c.number.places < 2:  # "32.6%": the right value as printed
            message += f"，按原文精度应为 {fmt(fact.exact if fact.exact is not None else fact.value, c.number.places)}%"
        values.update(computed=r.expected, base_named=severity == "error")
    elif c.kind in ("sum", "subparts"):
        message = f"合计“{c.value}”与所列各项不符：{fact.what} = {fact.display}" + (f"（{r.note}）" if r.note else "")
        values.update(computed=fact.display)
    elif c.kind == "growth":
        message = f"“{c.value}”与数字不符：{fact.what}，实际为 {fact.display}"
    suggestion = {"share": "核对占比、人数与基数", "growth": "按实际增幅改写，或核对前后两年的数字",
                  "superlative": "核对排序", "comparison": "核对比较的方向"}.get(c.kind, "核对该数字")
    return finding(rule, severity, message, where(r), section, suggestion=suggestion, **values)


def _inconsistent(items: list[ClaimRecord], section_of) -> Finding:
    distinct: list[ClaimRecord] = []
    for r in sorted(items, key=lambda r: r.claim.unit.order):
        if not any(plain(r.claim.number.value) == plain(d.claim.number.value) for d in distinct):
            distinct.append(r)
    others = [r.fact for r in items if r.fact is not None]
    first = distinct[0]
    label = _name(first)
    shown = "、".join(d.claim.value for d in distinct)
    locations = [where(d) for d in distinct]
    for fact in others:
        if fact.location is not None and all((fact.location.file, fact.location.line) != (l.file, l.line)
                                             for l in locations):
            locations.append(FindingLocation(fact.location.file, fact.location.line, fact.display,
                                             fact.location.page))
            shown += f"、{fact.display}"
    locations.sort(key=lambda l: (l.file, l.line or 0, l.page or 0))
    severity = "warning" if first.claim.measure.kind == "label" else "error"
    return finding("prose.inconsistent", severity, f"同一数量“{label}”在不同位置写法不一：{shown}", locations,
                   section_of(first.claim.unit), suggestion="核实正确的数字并统一（最好改用数据引用）", label=label,
                   values=[d.claim.value for d in distinct])
