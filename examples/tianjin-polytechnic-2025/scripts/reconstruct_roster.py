#!/usr/bin/env python3
"""Reconstruct a synthetic graduate roster for the Tianjin example.

The 2025 quality report of the example college publishes only aggregates of
its graduate destinations (tables 1-1 to 1-8).  This script derives, from the
published percentages, the integer counts behind every cell, builds one
synthetic row per graduate that reproduces all of them, writes
``data/graduates.csv`` and then re-reads that file and checks every published
figure again.  It is NOT real student data: ids, gender, ethnicity and
province of each row are synthetic; only the aggregates are real.

Standard library only; deterministic (fixed-seed ``random.Random``), so two
runs write byte-identical files.  Exit status is non-zero, with a message
naming each mismatching figure, if any published figure is not reproduced.

Usage:  python3 scripts/reconstruct_roster.py [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import itertools
import random
import sys
from collections import Counter, defaultdict
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

SEED = 20250831
HEADER = ["学号", "性别", "民族", "生源地", "院系", "专业", "毕业去向"]
COHORT = "2022"  # entry year of the 2025 three-year cohort, used in synthetic ids

# --------------------------------------------------------------------------
# Published figures (seed report, tables 1-1 .. 1-8), PDF artifacts cleaned.
# --------------------------------------------------------------------------
TOTAL = 3337

# One row per major, in the order of 表1-1 (department repeated on each row):
# department, major, graduates and share (表1-1), placement rate (表1-4),
# shares of 单位就业 自主创业 自由职业 升学 待就业 暂不就业 (表1-5).
MAJOR_ROWS = [
    ("机械工程系", "机电一体化技术", 374, "11.21", "93.05", "88.50 0.00 0.00 4.55 6.95 0.00"),
    ("机械工程系", "数控技术", 236, "7.07", "93.22", "91.95 0.00 0.00 1.27 6.78 0.00"),
    ("机械工程系", "机械制造及自动化", 185, "5.54", "94.59", "90.27 0.54 0.00 3.78 4.86 0.54"),
    ("机械工程系", "工业机器人技术", 77, "2.31", "97.40", "89.61 0.00 0.00 7.79 2.60 0.00"),
    ("机械工程系", "无人机应用技术", 67, "2.01", "100.00", "89.55 0.00 0.00 10.45 0.00 0.00"),
    ("智能技术系", "电子信息工程技术", 294, "8.81", "92.18", "89.80 0.00 0.00 2.38 7.48 0.34"),
    ("智能技术系", "大数据技术", 197, "5.90", "95.43", "89.85 0.00 0.00 5.58 4.57 0.00"),
    ("智能技术系", "云计算技术应用", 140, "4.20", "78.57", "70.00 0.00 0.00 8.57 21.43 0.00"),
    ("智能技术系", "信息安全技术应用", 89, "2.67", "87.64", "76.40 0.00 0.00 11.24 12.36 0.00"),
    ("智能技术系", "智能控制技术", 86, "2.58", "97.67", "91.86 0.00 0.00 5.81 2.33 0.00"),
    ("工业与信息化系", "电气自动化技术", 290, "8.69", "89.66", "83.79 0.00 0.00 5.86 10.00 0.34"),
    ("工业与信息化系", "智能互联网络技术", 94, "2.82", "87.23", "81.91 0.00 0.00 5.32 12.77 0.00"),
    ("工业与信息化系", "现代通信技术", 79, "2.37", "91.14", "88.61 0.00 0.00 2.53 6.33 2.53"),
    ("工业与信息化系", "应用电子技术", 67, "2.01", "97.01", "97.01 0.00 0.00 0.00 2.99 0.00"),
    ("工业与信息化系", "建筑智能化工程技术", 64, "1.92", "92.19", "92.19 0.00 0.00 0.00 7.81 0.00"),
    ("工业与信息化系", "工业互联网应用", 27, "0.81", "100.00", "92.59 0.00 0.00 7.41 0.00 0.00"),
    ("经济管理工程系", "大数据与会计", 261, "7.82", "86.97", "82.76 0.00 0.00 4.21 12.26 0.77"),
    ("经济管理工程系", "电子商务", 185, "5.54", "89.19", "85.95 0.00 0.00 3.24 9.73 1.08"),
    ("经济管理工程系", "现代物流管理", 81, "2.43", "85.19", "83.95 0.00 0.00 1.23 12.35 2.47"),
    ("经济管理工程系", "跨境电子商务", 44, "1.32", "93.18", "88.64 0.00 0.00 4.55 6.82 0.00"),
    ("工业技术系", "环境工程技术", 138, "4.14", "86.23", "81.88 0.00 0.00 4.35 13.77 0.00"),
    ("工业技术系", "钢铁智能冶金技术", 132, "3.96", "84.09", "83.33 0.00 0.00 0.76 15.91 0.00"),
    ("工业技术系", "工业工程技术", 71, "2.13", "94.37", "88.73 0.00 0.00 5.63 5.63 0.00"),
    ("工业技术系", "安全技术与管理", 59, "1.77", "89.83", "84.75 0.00 0.00 5.08 10.17 0.00"),
]
# Department subtotals: graduates and share (表1-1), placement rate (表1-4),
# group shares (表1-5).
DEPT_ROWS = [
    ("机械工程系", 939, "28.14", "94.25", "89.88 0.11 0.00 4.26 5.64 0.11"),
    ("智能技术系", 806, "24.15", "90.69", "85.11 0.00 0.00 5.58 9.18 0.12"),
    ("工业与信息化系", 621, "18.61", "90.98", "86.80 0.00 0.00 4.19 8.53 0.48"),
    ("经济管理工程系", 571, "17.11", "87.92", "84.41 0.00 0.00 3.50 11.03 1.05"),
    ("工业技术系", 400, "11.99", "87.50", "84.00 0.00 0.00 3.50 12.50 0.00"),
]

# 表1-2 in the published order (ties are broken in this order): province,
# in/out of the home province, graduates, share.
PROVINCE_ROWS = [
    ("河北省", "省外", 1106, "33.14"), ("天津市", "省内", 720, "21.58"),
    ("山西省", "省外", 335, "10.04"), ("河南省", "省外", 187, "5.60"),
    ("内蒙古自治区", "省外", 120, "3.60"), ("新疆维吾尔自治区", "省外", 103, "3.09"),
    ("安徽省", "省外", 88, "2.64"), ("江西省", "省外", 70, "2.10"),
    ("广西壮族自治区", "省外", 69, "2.07"), ("黑龙江省", "省外", 65, "1.95"),
    ("辽宁省", "省外", 61, "1.83"), ("云南省", "省外", 61, "1.83"),
    ("宁夏回族自治区", "省外", 58, "1.74"), ("甘肃省", "省外", 52, "1.56"),
    ("贵州省", "省外", 49, "1.47"), ("山东省", "省外", 40, "1.20"),
    ("吉林省", "省外", 32, "0.96"), ("四川省", "省外", 31, "0.93"),
    ("湖北省", "省外", 20, "0.60"), ("浙江省", "省外", 20, "0.60"),
    ("青海省", "省外", 19, "0.57"), ("江苏省", "省外", 17, "0.51"),
    ("陕西省", "省外", 7, "0.21"), ("湖南省", "省外", 3, "0.09"),
    ("重庆市", "省外", 1, "0.03"), ("福建省", "省外", 1, "0.03"),
    ("北京市", "省外", 1, "0.03"), ("广东省", "省外", 1, "0.03"),
]
OUT_OF_PROVINCE_SHARE = "78.42"  # stated in the text above 表1-2

# 表1-3: group, detailed destination, graduates, share; then group subtotals.
DEST_ROWS = [
    ("单位就业", "签就业协议形式就业", 2791, "83.64"),
    ("单位就业", "应征义务兵", 62, "1.86"),
    ("单位就业", "签劳动合同形式就业", 34, "1.02"),
    ("升学", "境内升学", 144, "4.32"),
    ("升学", "境外留学", 1, "0.03"),
    ("暂不就业", "其他暂不就业", 9, "0.27"),
    ("暂不就业", "不就业拟升学", 2, "0.06"),
    ("自主创业", "自主创业", 1, "0.03"),
    ("待就业", "待就业", 293, "8.78"),
]
GROUP_SUBTOTALS = {"单位就业": (2887, "86.51"), "升学": (145, "4.35"), "暂不就业": (11, "0.33"),
                   "自主创业": (1, "0.03"), "待就业": (293, "8.78")}
PLACEMENT_RATE = "90.89"

# Destination groups (columns of 表1-5; rows of 表1-6..1-8)
GROUPS = ["单位就业", "自主创业", "自由职业", "升学", "待就业", "暂不就业"]
PLACED = {"单位就业", "自主创业", "自由职业", "升学"}

# The shapes used below, built from the flat rows above.
T11 = [(d, [(m, n, s) for dd, m, n, s, _, _ in MAJOR_ROWS if dd == d], (dn, ds))
       for d, dn, ds, _, _ in DEPT_ROWS]
T12 = [(p, n, s) for p, _, n, s in PROVINCE_ROWS]
HOME_PROVINCE = next(p for p, r, _, _ in PROVINCE_ROWS if r == "省内")
T13 = [(g, [(d, n, s) for gg, d, n, s in DEST_ROWS if gg == g], tot)
       for g, tot in GROUP_SUBTOTALS.items()]
T14 = {d: ({m: r for dd, m, _, _, r, _ in MAJOR_ROWS if dd == d}, dr)
       for d, _, _, dr, _ in DEPT_ROWS}
T15 = {d: ({m: sh for dd, m, _, _, _, sh in MAJOR_ROWS if dd == d}, dsh)
       for d, _, _, _, dsh in DEPT_ROWS}
# 表1-6..1-8: rows 单位就业, 自主创业, 升学, 待就业, 暂不就业 (自由职业 is not printed:
# it is zero everywhere), then 毕业去向落实率.  n = None: not published.
CROSS_GROUPS = ["单位就业", "自主创业", "升学", "待就业", "暂不就业"]
T16 = {"男": (2385, "71.47", "86.29 0.04 4.15 9.31 0.21", "90.48"),
       "女": (952, "28.53", "87.08 0.00 4.83 7.46 0.63", "91.91")}
T17 = {"省内": (720, None, "89.03 0.00 1.11 9.58 0.28", "90.14"),
       "省外": (2617, OUT_OF_PROVINCE_SHARE, "85.82 0.04 5.24 8.56 0.34", "91.10")}
T18 = {"汉族": (None, None, "86.70 0.03 4.46 8.45 0.36", "91.19"),
       "少数民族": (None, None, "84.56 0.00 3.16 12.28 0.00", "87.72")}

# --------------------------------------------------------------------------
# Synthetic (non-published) choices: plausibility only, not checked.
# --------------------------------------------------------------------------
# Minority graduates per province and ethnicity (sum must equal the minority n
# derived from 表1-8).  Tied to the provinces where each group mostly lives.
MINORITY_QUOTA = [
    ("新疆维吾尔自治区", "维吾尔族", 62), ("新疆维吾尔自治区", "哈萨克族", 8),
    ("新疆维吾尔自治区", "回族", 5),
    ("内蒙古自治区", "蒙古族", 30), ("内蒙古自治区", "满族", 3), ("内蒙古自治区", "回族", 2),
    ("广西壮族自治区", "壮族", 28), ("广西壮族自治区", "瑶族", 2),
    ("宁夏回族自治区", "回族", 22),
    ("河北省", "满族", 38), ("河北省", "回族", 8),
    ("天津市", "回族", 12), ("天津市", "满族", 6),
    ("辽宁省", "满族", 10),
    ("贵州省", "苗族", 6), ("贵州省", "布依族", 4), ("贵州省", "土家族", 3),
    ("云南省", "彝族", 6), ("云南省", "白族", 3), ("云南省", "哈尼族", 2),
    ("青海省", "藏族", 3), ("青海省", "回族", 3),
    ("甘肃省", "回族", 4), ("甘肃省", "东乡族", 1),
    ("黑龙江省", "满族", 3), ("黑龙江省", "朝鲜族", 1),
    ("吉林省", "朝鲜族", 2), ("吉林省", "满族", 2),
    ("湖南省", "土家族", 1), ("湖北省", "土家族", 2),
    ("四川省", "彝族", 2), ("四川省", "藏族", 1),
]
# Relative propensity of a graduate of a department/major to be female.
FEMALE_WEIGHT_DEPT = {"机械工程系": 0.35, "智能技术系": 1.0, "工业与信息化系": 0.7,
                      "经济管理工程系": 2.5, "工业技术系": 0.8}
FEMALE_WEIGHT_MAJOR = {"大数据与会计": 2.5, "钢铁智能冶金技术": 0.35, "无人机应用技术": 0.3}

# --------------------------------------------------------------------------
TWO = Decimal("0.01")


def pct(count: int, n: int) -> str:
    """Share in percent, rounded half-up to two decimals, as text."""
    return str((Decimal(count) * 100 / Decimal(n)).quantize(TWO, ROUND_HALF_UP))


def same(a: str, b: str) -> bool:
    return Decimal(a) == Decimal(b)


def counts_for(shares: list[str], n: int, rate: str | None) -> tuple[int, ...]:
    """The unique integer counts (summing to n) whose shares of n print as
    ``shares`` and whose placed share prints as ``rate``.  Shares are given for
    CROSS_GROUPS (5) or GROUPS (6)."""
    def near(s: str) -> range:
        c = int(Decimal(s) * n / 100)
        return range(max(0, c - 2), min(n, c + 3) + 1)

    options = [[c for c in near(s) if same(pct(c, n), s)] for s in shares]
    names = GROUPS if len(shares) == 6 else CROSS_GROUPS
    placed_idx = [i for i, g in enumerate(names) if g in PLACED]
    sols = [x for x in itertools.product(*options)
            if sum(x) == n and (rate is None or same(pct(sum(x[i] for i in placed_idx), n), rate))]
    if len(sols) != 1:
        raise SystemExit(f"cannot derive unique counts for n={n} shares={shares}: {sols}")
    return sols[0]


def derive() -> dict:
    """Integer counts implied by the published figures."""
    majors = []  # (dept, major, n)
    for dept, rows, _ in T11:
        majors += [(dept, m, n) for m, n, _ in rows]
    major_groups = {}
    for dept, (rows, _) in T15.items():
        for major, shares in rows.items():
            n = next(k for d, m, k in majors if m == major)
            c = counts_for(shares.split(), n, T14[dept][0][major])
            major_groups[major] = dict(zip(GROUPS, c))
    totals = Counter()
    for c in major_groups.values():
        totals.update(c)

    def cross(table: dict, n_override: dict | None = None) -> dict:
        out = {}
        for key, (n, _, shares, rate) in table.items():
            n = n if n is not None else n_override[key]
            c = counts_for(shares.split(), n, rate)
            out[key] = dict(zip(CROSS_GROUPS, c), 自由职业=0)
        return out

    gender = cross(T16)
    region = cross(T17)
    # 表1-8 does not print its n: find every minority n reproducing the table
    # and whose two columns add up to the overall group counts.
    fits = []
    for m in range(1, TOTAL):
        try:
            eth = cross(T18, {"汉族": TOTAL - m, "少数民族": m})
        except SystemExit:
            continue
        if all(eth["汉族"][g] + eth["少数民族"][g] == totals[g] for g in GROUPS):
            fits.append((m, eth))
    if len(fits) != 1:
        raise SystemExit(f"表1-8: expected one minority n, found {[m for m, _ in fits]}")
    minority_n, ethnic = fits[0]
    for name, tab in (("表1-6", gender), ("表1-7", region)):
        for g in GROUPS:
            s = sum(col[g] for col in tab.values())
            if s != totals[g]:
                raise SystemExit(f"{name}: {g} columns add to {s}, majors add to {totals[g]}")
    return {"majors": majors, "major_groups": major_groups, "totals": totals,
            "gender": gender, "region": region, "ethnic": ethnic, "minority_n": minority_n}


def detail_split() -> dict:
    return {grp: [(d, c) for d, c, _ in rows] for grp, rows, _ in T13}


def build(dv: dict) -> list[dict]:
    rng = random.Random(SEED)
    majors, mg = dv["majors"], dv["major_groups"]
    major_idx = {m: i + 1 for i, (_, m, _) in enumerate(majors)}

    # 1. persons per group, as (dept, major)
    by_group = {g: [] for g in GROUPS}
    for d, m, _ in majors:
        for g in GROUPS:
            by_group[g] += [(d, m)] * mg[m][g]

    # 2. gender within each group: weighted choice of the women
    def fweight(dm):
        return FEMALE_WEIGHT_DEPT[dm[0]] * FEMALE_WEIGHT_MAJOR.get(dm[1], 1.0)

    people = {g: [] for g in GROUPS}  # (dept, major, sex)
    placed = {g: [] for g in GROUPS}  # (dept, major, sex, province, ethnicity)
    for g in GROUPS:
        lst = by_group[g]
        k = dv["gender"]["女"][g]
        keys = sorted(range(len(lst)), key=lambda i: -(rng.random() ** (1.0 / fweight(lst[i]))))
        women = set(keys[:k])
        people[g] = [(d, m, "女" if i in women else "男") for i, (d, m) in enumerate(lst)]
        rng.shuffle(people[g])

    # 3. origin (province, ethnicity) slots; split each group's people into
    #    cells (省内/省外) x (汉族/少数民族) consistent with 表1-7 and 表1-8
    quota = defaultdict(list)
    for p, e, c in MINORITY_QUOTA:
        quota[p] += [e] * c
    if sum(len(v) for v in quota.values()) != dv["minority_n"]:
        raise SystemExit("MINORITY_QUOTA does not add up to the derived minority n")
    slots = {(r, e): [] for r in ("省内", "省外") for e in ("汉族", "少数民族")}
    for p, n, _ in T12:
        r = "省内" if p == HOME_PROVINCE else "省外"
        mins = quota.get(p, [])
        slots[(r, "少数民族")] += [(p, e) for e in mins]
        slots[(r, "汉族")] += [(p, "汉族")] * (n - len(mins))
    min_in_total = len(slots[("省内", "少数民族")])
    # minority graduates from the home province, spread over groups in
    # proportion to the minority group counts (largest remainder)
    mins = dv["ethnic"]["少数民族"]
    raw = {g: Decimal(mins[g] * min_in_total) / dv["minority_n"] for g in GROUPS}
    cell_min_in = {g: int(raw[g]) for g in GROUPS}
    for g in sorted(GROUPS, key=lambda g: (-(raw[g] - int(raw[g])), GROUPS.index(g))):
        if sum(cell_min_in.values()) >= min_in_total:
            break
        cell_min_in[g] += 1
    cell = {}
    for g in GROUPS:
        mi = cell_min_in[g]
        cell[("省内", "少数民族", g)] = mi
        cell[("省外", "少数民族", g)] = mins[g] - mi
        cell[("省内", "汉族", g)] = dv["region"]["省内"][g] - mi
        cell[("省外", "汉族", g)] = dv["region"]["省外"][g] - (mins[g] - mi)
    if min(cell.values()) < 0:
        raise SystemExit("inconsistent 省内/省外 x 民族 cells")
    for (r, e), lst in slots.items():
        labels = []
        for g in GROUPS:
            labels += [g] * cell[(r, e, g)]
        if len(labels) != len(lst):
            raise SystemExit(f"cell {r}/{e}: {len(labels)} group labels for {len(lst)} slots")
        rng.shuffle(labels)
        for (p, eth), g in zip(lst, labels):
            d, m, sex = people[g].pop()
            placed[g].append((d, m, sex, p, eth))

    # 4. detailed destination within each group (应征义务兵: men only)
    split = detail_split()
    rows = []
    for g in GROUPS:
        persons = placed[g]
        if not persons:
            continue
        dests = []
        for dest, c in split[g]:
            if dest == "应征义务兵":
                continue
            dests += [dest] * c
        if g == "单位就业":
            conscripts = dict(split[g])["应征义务兵"]
            men = [i for i, x in enumerate(persons) if x[2] == "男"]
            chosen = set(rng.sample(men, conscripts))
            rng.shuffle(dests)
            it = iter(dests)
            assigned = ["应征义务兵" if i in chosen else next(it) for i in range(len(persons))]
        else:
            rng.shuffle(dests)
            assigned = dests
        for (d, m, sex, p, eth), dest in zip(persons, assigned):
            rows.append({"性别": sex, "民族": eth, "生源地": p, "院系": d, "专业": m,
                         "毕业去向": dest})

    # 5. synthetic ids: cohort + two-digit major index + sequence in major
    rng.shuffle(rows)
    seq = Counter()
    for r in rows:
        seq[r["专业"]] += 1
        r["学号"] = f"{COHORT}{major_idx[r['专业']]:02d}{seq[r['专业']]:04d}"
    order = {p: i for i, (p, _, _) in enumerate(T12)}
    rows.sort(key=lambda r: (order[r["生源地"]], r["学号"]))
    return rows


GROUP_OF = {"签就业协议形式就业": "单位就业", "签劳动合同形式就业": "单位就业", "其他录用形式就业": "单位就业",
            "科研助理、管理助理": "单位就业", "应征义务兵": "单位就业", "国家基层项目": "单位就业",
            "地方基层项目": "单位就业", "自主创业": "自主创业", "自由职业": "自由职业",
            "境内升学": "升学", "境外留学": "升学", "待就业": "待就业",
            "不就业拟升学": "暂不就业", "其他暂不就业": "暂不就业"}


def check(path: Path, minority_n: int) -> list[str]:
    """Re-aggregate the written CSV and compare with every published figure."""
    errs: list[str] = []

    def expect(label, got, want):
        ok = same(got, want) if isinstance(want, str) else got == want
        if not ok:
            errs.append(f"{label}: published {want}, roster gives {got}")

    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        data = [dict(zip(header, r)) for r in reader]
    expect("header", header, HEADER)
    n = len(data)
    expect("毕业生总数", n, TOTAL)
    expect("学号 unique", len({r["学号"] for r in data}), n)
    for r in data:
        if r["毕业去向"] not in GROUP_OF:
            errs.append(f"unknown 毕业去向 {r['毕业去向']!r}")
            return errs
        r["组"] = GROUP_OF[r["毕业去向"]]
        r["省内外"] = "省内" if r["生源地"] == HOME_PROVINCE else "省外"
        r["汉少"] = "汉族" if r["民族"] == "汉族" else "少数民族"

    def groups_of(rows):
        return Counter(r["组"] for r in rows)

    def rate(rows):
        return pct(sum(1 for r in rows if r["组"] in PLACED), len(rows))

    expect("毕业去向落实率", rate(data), PLACEMENT_RATE)
    # 表1-1
    for dept, majors, (dn, dp) in T11:
        drows = [r for r in data if r["院系"] == dept]
        expect(f"表1-1 {dept} 小计 人数", len(drows), dn)
        expect(f"表1-1 {dept} 小计 占比", pct(len(drows), n), dp)
        for m, mn, mp in majors:
            k = sum(1 for r in drows if r["专业"] == m)
            expect(f"表1-1 {dept}/{m} 人数", k, mn)
            expect(f"表1-1 {dept}/{m} 占比", pct(k, n), mp)
    # 表1-2 (+ first-appearance order)
    prov = Counter(r["生源地"] for r in data)
    for p, c, s in T12:
        expect(f"表1-2 {p} 人数", prov[p], c)
        expect(f"表1-2 {p} 占比", pct(prov[p], n), s)
    expect("表1-2 provinces", sorted(prov), sorted(p for p, _, _ in T12))
    first = list(dict.fromkeys(r["生源地"] for r in data))
    expect("表1-2 first-appearance order", first, [p for p, _, _ in T12])
    out = sum(c for p, c in prov.items() if p != HOME_PROVINCE)
    expect("省外生源占比", pct(out, n), OUT_OF_PROVINCE_SHARE)
    # 表1-3
    dest = Counter(r["毕业去向"] for r in data)
    grp = groups_of(data)
    for g, rows, (gn, gp) in T13:
        for d, c, s in rows:
            expect(f"表1-3 {d} 人数", dest[d], c)
            expect(f"表1-3 {d} 占比", pct(dest[d], n), s)
        expect(f"表1-3 {g} 小计 人数", grp[g], gn)
        expect(f"表1-3 {g} 小计 占比", pct(grp[g], n), gp)
    listed = {d for _, rows, _ in T13 for d, _, _ in rows}
    for d, c in dest.items():
        if d not in listed:
            errs.append(f"表1-3: destination {d} ({c}) is not in the published table")
    # 表1-4 and 表1-5
    for dept, (mrates, drate) in T14.items():
        drows = [r for r in data if r["院系"] == dept]
        expect(f"表1-4 {dept} 小计", rate(drows), drate)
        dshares = T15[dept][1].split()
        dg = groups_of(drows)
        for g, s in zip(GROUPS, dshares):
            expect(f"表1-5 {dept} 小计 {g}", pct(dg[g], len(drows)), s)
        for m, mr in mrates.items():
            mrows = [r for r in drows if r["专业"] == m]
            expect(f"表1-4 {dept}/{m}", rate(mrows), mr)
            mgc = groups_of(mrows)
            for g, s in zip(GROUPS, T15[dept][0][m].split()):
                expect(f"表1-5 {dept}/{m} {g}", pct(mgc[g], len(mrows)), s)
    # 表1-6..1-8
    for name, col, table, ns in (("表1-6", "性别", T16, {}),
                                 ("表1-7", "省内外", T17, {}),
                                 ("表1-8", "汉少", T18,
                                  {"汉族": TOTAL - minority_n, "少数民族": minority_n})):
        for key, (kn, share, shares, krate) in table.items():
            rows = [r for r in data if r[col] == key]
            expect(f"{name} {key} 人数", len(rows), kn if kn is not None else ns[key])
            if share is not None:
                expect(f"{name} {key} 占比", pct(len(rows), n), share)
            if not rows:
                continue
            gc = groups_of(rows)
            for g, s in zip(CROSS_GROUPS, shares.split()):
                expect(f"{name} {key} {g}", pct(gc[g], len(rows)), s)
            expect(f"{name} {key} 自由职业 (not printed, zero)", gc["自由职业"], 0)
            expect(f"{name} {key} 毕业去向落实率", rate(rows), krate)
    return errs


def main() -> int:
    here = Path(__file__).resolve().parent.parent
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=here / "data" / "graduates.csv")
    args = ap.parse_args()

    dv = derive()
    rows = build(dv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        for r in rows:
            w.writerow([r[h] for h in HEADER])

    errs = check(args.out, dv["minority_n"])
    if errs:
        print(f"FAILED: {len(errs)} published figure(s) not reproduced by {args.out}:",
              file=sys.stderr)
        for e in errs:
            print("  " + e, file=sys.stderr)
        return 1
    print(f"wrote {args.out} ({len(rows)} rows); all figures of 表1-1..表1-8 reproduced "
          f"(minority n = {dv['minority_n']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
