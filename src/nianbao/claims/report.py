"""`--claims`: every claim read, how it was read, what it was checked against, the verdict."""
from __future__ import annotations

import json

from .model import ClaimRecord

VERDICT_TEXT = {"agrees": "一致", "contradicts": "不符", "unverifiable": "无法核实", "not_ours": "非本校数据"}
KIND_TEXT = {"value": "数值", "vague": "约数", "share": "占比", "subparts": "分项", "sum": "合计", "comparison": "比较",
             "difference": "差值", "superlative": "最值", "members": "计数", "growth": "增长",
             "ratio": "比例", "date": "截止日期"}


def format_claims_json(records: list[ClaimRecord]) -> str:
    return json.dumps([r.to_json() for r in records], ensure_ascii=False, indent=2, default=str)


def format_claims_text(records: list[ClaimRecord]) -> str:
    lines = []
    for r in records:
        j = r.to_json()
        where = f"{j['file']}:{j['line']}" if j["line"] is not None else \
            (f"{j['file']}:第{j['page']}页" if j.get("page") else j["file"])
        scope = "，".join(f"{k}={v}" for k, v in j["scope"].items())
        year = f"{j['year']} 年（届）" if j["year"] else ""
        about = "，".join(x for x in (year, scope) if x)
        measure = f"{j['measure'] or '（未识别指标）'}{'（' + about + '）' if about else ''}"
        lines.append(f"{where}  [{KIND_TEXT.get(j['kind'], j['kind'])}] {measure} {j['value']}  → "
                     f"{VERDICT_TEXT[j['verdict']]}")
        if r.fact is not None:
            ref = f"（{r.fact.reference}）" if r.fact.reference else ""
            lines.append(f"    对照：{r.fact.what} = {r.fact.display}{ref}")
        if r.expected:
            lines.append(f"    应为：{r.expected}")
        for note in (r.note, r.warning):
            if note:
                lines.append(f"    说明：{note}")
    counts = {v: sum(r.verdict == v for r in records) for v in VERDICT_TEXT}
    lines.append("")
    lines.append(f"共 {len(records)} 条陈述：" + "，".join(f"{VERDICT_TEXT[v]} {n}" for v, n in counts.items()))
    return "\n".join(lines) + "\n"
