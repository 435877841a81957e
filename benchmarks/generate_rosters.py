"""Generate N colleges' synthetic graduate rosters as one Parquet file (deterministic).

    python benchmarks/generate_rosters.py --colleges 1500 --rows 5000000

writes benchmarks/data/rosters-c1500-r5000000-s2025.parquet (gitignored) with the
canonical `graduates` columns (student_id, name, gender, ethnicity, origin_province,
department, major, destination, row_no) plus `college`. Same arguments -> same bytes
(numpy's PCG64 with a fixed seed; the Parquet is written single-threaded in row order);
the script prints the file's SHA-256 so that can be checked.

Shape, per college (the example roster of 天津工业职业学院 has 3,337 rows, 5 departments,
24 majors; 5,000,000 / 1,500 = 3,333 rows a college on average):
  * size: log-normal around rows/colleges, rescaled to sum to exactly --rows;
  * 4-10 departments from a catalogue of 24 common department names (shared between
    colleges, as in reality: many colleges have a 机械工程系), 2-6 majors each from that
    department's catalogue, Dirichlet-weighted sizes;
  * gender: the male share depends on the department (机械 ~85 %, 护理 ~15 %);
  * origin: the college's own province 35-85 %, the rest over the other provinces by a
    fixed population-like weight;
  * ethnicity: 汉族 with minorities 3-30 % (more in provinces with large minorities);
  * destination: the 14 Ministry destinations with national-ish 高职 frequencies, varied
    per college by a Dirichlet draw (so placement rates differ between colleges).
"""
from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

DATA = Path(__file__).resolve().parent / "data"

# (province, weight as an origin, minority-rich)
PROVINCES = [
    ("河北省", 7.5, False), ("天津市", 1.4, False), ("北京市", 1.5, False), ("山西省", 3.5, False),
    ("内蒙古自治区", 2.4, True), ("辽宁省", 4.2, False), ("吉林省", 2.4, False), ("黑龙江省", 3.1, False),
    ("上海市", 1.7, False), ("江苏省", 6.0, False), ("浙江省", 4.6, False), ("安徽省", 6.1, False),
    ("福建省", 3.0, False), ("江西省", 4.6, False), ("山东省", 10.1, False), ("河南省", 9.9, False),
    ("湖北省", 5.8, False), ("湖南省", 6.6, False), ("广东省", 9.6, False), ("广西壮族自治区", 5.0, True),
    ("海南省", 1.0, False), ("重庆市", 3.2, False), ("四川省", 8.4, False), ("贵州省", 3.9, True),
    ("云南省", 4.7, True), ("西藏自治区", 0.4, True), ("陕西省", 3.9, False), ("甘肃省", 2.6, False),
    ("青海省", 0.6, True), ("宁夏回族自治区", 0.7, True), ("新疆维吾尔自治区", 2.6, True),
]

# Minorities by (rounded) national population.
MINORITIES = [
    ("壮族", 19.6), ("维吾尔族", 11.8), ("回族", 11.4), ("苗族", 11.1), ("满族", 10.4), ("彝族", 9.8),
    ("土家族", 9.6), ("藏族", 7.1), ("蒙古族", 6.3), ("布依族", 3.6), ("侗族", 3.5), ("瑶族", 3.3),
    ("白族", 2.1), ("哈尼族", 1.7), ("朝鲜族", 1.7), ("黎族", 1.6), ("哈萨克族", 1.6), ("傣族", 1.3),
    ("畲族", 0.7), ("傈僳族", 0.8), ("东乡族", 0.8), ("仡佬族", 0.7), ("拉祜族", 0.5), ("佤族", 0.4),
    ("水族", 0.5), ("纳西族", 0.3), ("羌族", 0.3), ("土族", 0.3), ("锡伯族", 0.2), ("其他少数民族", 1.0),
]

# The 14 destinations (templates/tianjin-2025/destinations.toml) with 高职-like frequencies.
DESTINATIONS = [
    ("签就业协议形式就业", 38.0), ("签劳动合同形式就业", 12.0), ("其他录用形式就业", 14.0),
    ("科研助理、管理助理", 0.3), ("应征义务兵", 2.0), ("国家基层项目", 0.3), ("地方基层项目", 0.4),
    ("自主创业", 0.6), ("自由职业", 3.5), ("境内升学", 17.0), ("境外留学", 0.3),
    ("待就业", 9.0), ("不就业拟升学", 1.8), ("其他暂不就业", 0.8),
]

# Department catalogue: name, male share, majors.
DEPARTMENTS = [
    ("机械工程系", 0.88, ["数控技术", "机电一体化技术", "模具设计与制造", "机械制造及自动化", "工业机器人技术", "智能制造装备技术"]),
    ("电气工程系", 0.85, ["电气自动化技术", "供用电技术", "发电厂及电力系统", "智能控制技术", "新能源装备技术"]),
    ("汽车工程系", 0.90, ["汽车制造与试验技术", "新能源汽车技术", "汽车检测与维修技术", "汽车技术服务与营销"]),
    ("信息工程系", 0.70, ["计算机应用技术", "软件技术", "计算机网络技术", "大数据技术", "云计算技术应用", "人工智能技术应用", "信息安全技术应用"]),
    ("电子工程系", 0.78, ["应用电子技术", "电子信息工程技术", "物联网应用技术", "集成电路技术", "现代通信技术"]),
    ("建筑工程系", 0.75, ["建筑工程技术", "工程造价", "建设工程管理", "建筑装饰工程技术", "市政工程技术", "建筑设计"]),
    ("经济管理系", 0.35, ["大数据与会计", "电子商务", "现代物流管理", "市场营销", "工商企业管理", "金融服务与管理"]),
    ("财经系", 0.30, ["大数据与财务管理", "大数据与审计", "财税大数据应用", "统计与会计核算"]),
    ("护理系", 0.12, ["护理", "助产", "老年保健与管理"]),
    ("医学技术系", 0.35, ["医学检验技术", "医学影像技术", "康复治疗技术", "口腔医学技术", "药学"]),
    ("艺术设计系", 0.40, ["视觉传达设计", "环境艺术设计", "数字媒体艺术设计", "室内艺术设计", "产品艺术设计"]),
    ("旅游管理系", 0.30, ["旅游管理", "酒店管理与数字化运营", "烹饪工艺与营养", "会展策划与管理"]),
    ("外语系", 0.20, ["商务英语", "应用英语", "应用日语", "旅游英语"]),
    ("教育系", 0.15, ["学前教育", "早期教育", "小学教育", "音乐教育"]),
    ("化学工程系", 0.65, ["应用化工技术", "石油化工技术", "化工装备技术", "工业分析技术", "环境工程技术"]),
    ("材料工程系", 0.80, ["材料工程技术", "金属材料检测技术", "高分子材料智能制造技术", "焊接技术与自动化"]),
    ("交通运输系", 0.80, ["城市轨道交通运营管理", "铁道交通运营管理", "城市轨道交通机电技术", "道路与桥梁工程技术"]),
    ("航空系", 0.60, ["空中乘务", "飞机机电设备维修", "民航运输服务", "无人机应用技术"]),
    ("农林系", 0.60, ["园艺技术", "现代农业技术", "畜牧兽医", "林业技术", "食品检验检测技术"]),
    ("文化传媒系", 0.40, ["广告艺术设计", "新闻采编与制作", "影视多媒体技术", "网络新闻与传播"]),
    ("公共管理系", 0.35, ["社会工作", "人力资源管理", "行政管理", "法律事务"]),
    ("体育系", 0.70, ["体育运营与管理", "社会体育", "休闲体育"]),
    ("智能技术系", 0.75, ["工业互联网应用", "智能产品开发与应用", "智能机电技术", "嵌入式技术应用"]),
    ("工业技术系", 0.80, ["工业过程自动化技术", "安全技术与管理", "冶金智能生产技术", "工业设计"]),
]

COLUMNS = ["student_id", "name", "gender", "ethnicity", "origin_province", "department", "major",
           "destination", "row_no", "college"]


def default_path(colleges: int, rows: int, seed: int) -> Path:
    return DATA / f"rosters-c{colleges}-r{rows}-s{seed}.parquet"


def college_sizes(rng: np.random.Generator, colleges: int, rows: int) -> np.ndarray:
    raw = rng.lognormal(mean=0.0, sigma=0.5, size=colleges)
    sizes = np.maximum(1, np.floor(raw / raw.sum() * rows)).astype(np.int64)
    diff = rows - int(sizes.sum())
    order = np.argsort(-raw, kind="stable")  # largest colleges absorb the rounding
    i = 0
    while diff != 0:
        j = order[i % colleges]
        if diff > 0:
            sizes[j] += 1
            diff -= 1
        elif sizes[j] > 1:
            sizes[j] -= 1
            diff += 1
        i += 1
    return sizes


def generate(colleges: int, rows: int, seed: int) -> pd.DataFrame:
    """Integer-coded roster (codes into the tables above); strings are made in DuckDB."""
    rng = np.random.default_rng(seed)
    prov_w = np.array([w for _, w, _ in PROVINCES])
    prov_p = prov_w / prov_w.sum()
    minority_w = np.array([w for _, w in MINORITIES])
    minority_p = minority_w / minority_w.sum()
    dest_base = np.array([w for _, w in DESTINATIONS])
    dest_base = dest_base / dest_base.sum()
    major_ids = {}  # (department index, major name) -> global major code
    for di, (_, _, majors) in enumerate(DEPARTMENTS):
        for m in majors:
            major_ids[(di, m)] = len(major_ids)
    sizes = college_sizes(rng, colleges, rows)
    parts = {k: [] for k in ("college", "dept", "major", "male", "ethnicity", "province", "destination")}
    for c in range(colleges):
        n = int(sizes[c])
        home = int(rng.choice(len(PROVINCES), p=prov_p))
        # departments and majors of this college
        n_dept = int(rng.integers(4, 11))
        depts = rng.choice(len(DEPARTMENTS), size=n_dept, replace=False)
        majors, male = [], []
        for d in depts:
            catalogue = DEPARTMENTS[d][2]
            k = int(rng.integers(2, min(6, len(catalogue)) + 1))
            for m in rng.choice(len(catalogue), size=k, replace=False):
                majors.append((int(d), major_ids[(int(d), catalogue[m])]))
                male.append(DEPARTMENTS[d][1])
        major_p = rng.dirichlet(np.full(len(majors), 3.0))
        idx = rng.choice(len(majors), size=n, p=major_p)
        m_dept = np.array([d for d, _ in majors])[idx]
        m_code = np.array([m for _, m in majors])[idx]
        is_male = rng.random(n) < np.clip(np.array(male)[idx] + rng.normal(0, 0.03), 0.02, 0.98)
        # origin: own province share 35-85 %, the rest by population weight
        home_share = rng.uniform(0.35, 0.85)
        p = prov_p.copy()
        p[home] = 0
        p = p / p.sum() * (1 - home_share)
        p[home] = home_share
        province = rng.choice(len(PROVINCES), size=n, p=p)
        # ethnicity: -1 = 汉族
        minority_share = rng.uniform(0.10, 0.30) if PROVINCES[home][2] else rng.uniform(0.03, 0.10)
        ethnicity = np.where(rng.random(n) < minority_share,
                             rng.choice(len(MINORITIES), size=n, p=minority_p), -1)
        # destinations: national frequencies varied per college
        dest_p = rng.dirichlet(dest_base * 150 + 0.05)
        destination = rng.choice(len(DESTINATIONS), size=n, p=dest_p)
        parts["college"].append(np.full(n, c, dtype=np.int32))
        parts["dept"].append(m_dept.astype(np.int16))
        parts["major"].append(m_code.astype(np.int16))
        parts["male"].append(is_male)
        parts["ethnicity"].append(ethnicity.astype(np.int16))
        parts["province"].append(province.astype(np.int16))
        parts["destination"].append(destination.astype(np.int16))
    frame = pd.DataFrame({k: np.concatenate(v) for k, v in parts.items()})
    frame["row_no"] = np.arange(2, rows + 2, dtype=np.int32)
    return frame, {v: k for k, v in major_ids.items()}


def write(colleges: int, rows: int, seed: int, out: Path) -> str:
    frame, majors = generate(colleges, rows, seed)
    con = duckdb.connect()
    con.execute("SET threads = 1")  # row groups written in order: identical bytes each run
    con.register("codes", frame)
    lookups = {
        "province_map": ("code SMALLINT, name VARCHAR", [(i, p) for i, (p, _, _) in enumerate(PROVINCES)]),
        "ethnicity_map": ("code SMALLINT, name VARCHAR",
                          [(-1, "汉族")] + [(i, e) for i, (e, _) in enumerate(MINORITIES)]),
        "dept_map": ("code SMALLINT, name VARCHAR", [(i, d) for i, (d, _, _) in enumerate(DEPARTMENTS)]),
        "major_map": ("code SMALLINT, name VARCHAR",
                      [(code, m) for code, (_, m) in majors.items()]),
        "dest_map": ("code SMALLINT, name VARCHAR", [(i, d) for i, (d, _) in enumerate(DESTINATIONS)]),
    }
    for name, (cols, values) in lookups.items():
        con.execute(f"CREATE TABLE {name} ({cols})")
        con.executemany(f"INSERT INTO {name} VALUES (?, ?)", values)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp.parquet")
    con.execute(f"""
        COPY (
          SELECT printf('2022%04d%06d', c.college, c.row_no - 1) AS student_id,
                 NULL::VARCHAR AS name,
                 CASE WHEN c.male THEN '男' ELSE '女' END AS gender,
                 e.name AS ethnicity, p.name AS origin_province, d.name AS department,
                 m.name AS major, t.name AS destination, c.row_no,
                 printf('职业学院%04d', c.college) AS college
          FROM codes c
          JOIN province_map p ON p.code = c.province
          JOIN ethnicity_map e ON e.code = c.ethnicity
          JOIN dept_map d ON d.code = c.dept
          JOIN major_map m ON m.code = c.major
          JOIN dest_map t ON t.code = c.destination
          ORDER BY c.row_no
        ) TO '{tmp}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 1000000)""")
    tmp.replace(out)
    return hashlib.sha256(out.read_bytes()).hexdigest()


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--colleges", type=int, default=1500)
    ap.add_argument("--rows", type=int, default=5_000_000)
    ap.add_argument("--seed", type=int, default=2025)
    ap.add_argument("-o", "--output", type=Path, help="default: benchmarks/data/rosters-c…-r…-s….parquet")
    args = ap.parse_args(argv)
    if args.rows < args.colleges:
        ap.error("--rows must be at least --colleges")
    out = args.output or default_path(args.colleges, args.rows, args.seed)
    digest = write(args.colleges, args.rows, args.seed, out)
    print(f"{out}  {args.rows} rows, {args.colleges} colleges  sha256 {digest}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
