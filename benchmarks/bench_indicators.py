"""Benchmark: the 8 graduate tables (表1-1…1-8) over a large roster, nianbao vs plain pandas.

    python benchmarks/generate_rosters.py --colleges 1500 --rows 5000000
    python benchmarks/bench_indicators.py [--data benchmarks/data/rosters-c1500-r5000000-s2025.parquet]

Each implementation runs in its own subprocess (so its peak RSS, ru_maxrss, is its own):

  nianbao  the Parquet is loaded into a DuckDB `graduates` table (canonical columns,
           created with nianbao.intake.create_table; not timed), with empty `majors`,
           `figures`, `survey`, … tables. Timed: Indicators(project, con) + prepare() of
           every (indicator, breakdown) the 8 tables need + generate_table() of the 8
           graduate tables (every cell read out and formatted).
  pandas   the Parquet is read with pandas.read_parquet (not timed). Timed: the same 8
           tables, idiomatic pandas (derived columns with map/np.where, one groupby,
           value_counts or crosstab per breakdown), cells formatted like nianbao's
           (half-up percentages), rows ordered as nianbao orders them.

Best of --repeat runs each. Every cell of every table is compared (the script asserts
they are equal and prints a sample). Peak RSS includes the loaded data.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE / "data" / "rosters-c1500-r5000000-s2025.parquet"
TEMPLATE = "tianjin-2025"
PROVINCE = "天津市"
GRADUATE_LAYOUTS = ("breakdown", "cross")


def rss_now_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# ---------------------------------------------------------------- nianbao


def make_project(tmp: Path):
    from nianbao.project import open_project
    (tmp / "report.toml").write_text(
        f'[report]\ncollege = "基准测试学院"\nyear = 2025\ntemplate = "{TEMPLATE}"\nprovince = "{PROVINCE}"\n',
        encoding="utf-8")
    return open_project(tmp)


def graduate_table_ids(template) -> list[str]:
    return [tid for tid, spec in template.tables.items() if spec["layout"] in GRADUATE_LAYOUTS]


def table_requests(template, ids) -> list[tuple[str, tuple[str, ...]]]:
    """Every (indicator, breakdown) the tables need (as document.build._requests does for a
    document), plus each filter dimension alone (its members are checked for every value)."""
    requests, dims_seen = [], set()
    for tid in ids:
        spec = template.tables[tid]
        if spec["layout"] == "breakdown":
            dims = list(spec["rows"])
            extra = [spec["column_dimension"]] if "column_dimension" in spec else []
            indicators = [spec["column_indicator"]] if extra else [c["indicator"] for c in spec["columns"]]
        else:
            dims, extra = [spec["row_dimension"]], [spec["column_dimension"]]
            indicators = [spec["indicator"]] + [e["indicator"] for e in spec.get("extra_rows", [])]
        for indicator in indicators + ["graduate_count"]:
            for level in range(len(dims) + 1):
                requests.append((indicator, tuple(dims[:level]) + tuple(extra)))
                requests.append((indicator, tuple(dims[:level])))
        dims_seen |= set(dims) | set(extra)
    requests += [("graduate_count", (d,)) for d in sorted(dims_seen)]
    return requests


def run_nianbao(data: Path, repeat: int) -> dict:
    import duckdb
    import nianbao
    from nianbao.document.tables import generate_table
    from nianbao.indicators import Indicators
    from nianbao.intake import DatasetInfo, SCHEMAS, create_table

    t0 = time.perf_counter()
    con = duckdb.connect()
    for kind, schema in SCHEMAS.items():
        create_table(con, schema, [])
    cols = SCHEMAS["graduates"].names() + ["row_no"]
    present = {r[0] for r in con.execute(f"DESCRIBE SELECT * FROM read_parquet('{data}')").fetchall()}
    select = ", ".join(f'"{c}"' if c in present else f'NULL AS "{c}"' for c in cols)
    con.execute(f"INSERT INTO graduates SELECT {select} FROM read_parquet('{data}')")
    rows = con.execute("SELECT count(*) FROM graduates").fetchone()[0]
    load = time.perf_counter() - t0
    rss_loaded = rss_now_mb()

    tmp = Path(tempfile.mkdtemp(prefix="nianbao-bench-"))
    project = make_project(tmp)
    datasets = {"graduates": DatasetInfo("graduates", data.name, "0" * 64, rows)}
    ids = graduate_table_ids(project.template)
    requests = table_requests(project.template, ids)
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        ind = Indicators(project, con=con, datasets=datasets)
        ind.prepare(requests)
        t1 = time.perf_counter()
        scans = []
        compute = ind._compute
        ind._compute = lambda sets: (scans.append(sets), compute(sets))[1]  # count extra scans
        tables = [generate_table(ind, tid) for tid in ids]
        t2 = time.perf_counter()
        runs.append({"total": t2 - t0, "prepare": t1 - t0, "tables": t2 - t1, "extra_scans": len(scans)})
    best = min(runs, key=lambda r: r["total"])
    floor = floor_runs(con, repeat)
    group = group_runs(con, repeat)
    out = {t.spec: t.display_rows() for t in tables}
    cells = sum(len(r) for t in out.values() for r in t)
    return {"impl": "nianbao", "rows": rows, "load_s": load, "runs": runs, "best": best,
            "rss_loaded_mb": rss_loaded, "peak_rss_mb": peak_rss_mb(), "tables": out, "cells": cells,
            "requests": len(requests), "version": getattr(nianbao, "__version__", ""), "floor": floor,
            "group": group}


FLOOR_COLUMNS = ("gender", "ethnicity", "origin_province", "department", "major", "destination", "row_no")


def floor_runs(con, repeat: int) -> list[float]:
    """The floor: DuckDB reading the columns the tables use once, in the same process and table."""
    cols = ", ".join(f'"{c}"' for c in FLOOR_COLUMNS)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        con.execute(f"SELECT count(*), sum(hash({cols})) FROM graduates").fetchall()
        times.append(time.perf_counter() - t0)
    return times


def group_runs(con, repeat: int) -> list[float]:
    """What the engine cannot avoid: one GROUP BY of the six dimension columns (its first
    aggregate, engine._raw_source, without the join and the grouping sets), same table."""
    dims = ", ".join(f'"{c}"' for c in FLOOR_COLUMNS if c != "row_no")
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        con.execute(f"SELECT count(*) FROM (SELECT {dims}, count(*), min(row_no) FROM graduates GROUP BY {dims})"
                    ).fetchall()
        times.append(time.perf_counter() - t0)
    return times


# ---------------------------------------------------------------- pandas


def run_pandas(data: Path, repeat: int) -> dict:
    import pandas as pd

    from nianbao.template import load_template

    template = load_template(TEMPLATE)
    t0 = time.perf_counter()
    df = pd.read_parquet(data, columns=["gender", "ethnicity", "origin_province", "department", "major",
                                        "destination", "row_no"])
    load = time.perf_counter() - t0
    rss_loaded = rss_now_mb()
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = pandas_tables(df, template)
        runs.append({"total": time.perf_counter() - t0})
    best = min(runs, key=lambda r: r["total"])
    cells = sum(len(r) for t in out.values() for r in t)
    return {"impl": "pandas", "rows": len(df), "load_s": load, "runs": runs, "best": best,
            "rss_loaded_mb": rss_loaded, "peak_rss_mb": peak_rss_mb(), "tables": out, "cells": cells}


def pandas_tables(df, template) -> dict[str, list[list[str]]]:
    import numpy as np
    import pandas as pd

    groups = {}
    placed = {}
    for dest in template.destinations:
        for name in (dest.name, *dest.aliases):
            groups.setdefault(name, dest.group)
            placed.setdefault(name, dest.cls in template.placed_classes)
    order = list(template.destination_groups)
    df = df.assign(
        destination_group=df["destination"].map(groups),
        placed=df["destination"].map(placed).fillna(False).astype(bool),
        origin_scope=np.where(df["origin_province"] == PROVINCE, "省内生源", "省外生源"),
        ethnicity_group=np.where(df["ethnicity"] == "汉族", "汉族", "少数民族"),
    )
    total = len(df)

    def hundredths(num, den):
        """Half-up percentage in hundredths (as nianbao's `percent`); -1 where den is 0."""
        num, den = np.asarray(num, dtype=np.int64), np.asarray(den, dtype=np.int64)
        with np.errstate(divide="ignore", invalid="ignore"):
            q = (num * 20000 + den) // np.where(den == 0, 1, 2 * den)
        return np.where(den == 0, -1, q)

    def pct(q) -> str:
        return "—" if q < 0 else f"{q // 100}.{q % 100:02d}%"

    def stats(keys):
        g = df.groupby(keys, sort=False, dropna=False)
        return g.agg(n=("row_no", "size"), first=("row_no", "min"), placed=("placed", "sum"))

    def ranked(frame, sort_col):
        # first appearance, then the sort column descending (ties keep first appearance)
        return frame.sort_values("first", kind="stable").sort_values(sort_col, ascending=False, kind="stable")

    out = {}

    # 表1-1 graduates_by_major: count and share of all, by department/major, 小计
    dept, major = stats(["department"]), stats(["department", "major"])
    rows = []
    for d, drow in ranked(dept, "n").iterrows():
        kids = ranked(major.loc[d], "n")
        shares = hundredths(kids["n"], total)
        for (m, krow), s in zip(kids.iterrows(), shares):
            rows.append([d, m, str(krow["n"]), pct(s)])
        rows.append([d, "小计", str(drow["n"]), pct(hundredths(drow["n"], total))])
    out["graduates_by_major"] = rows

    # 表1-2 graduates_by_origin
    origin = stats(["origin_province"])
    rows = [[p, str(r["n"]), pct(hundredths(r["n"], total))] for p, r in ranked(origin, "n").iterrows()]
    out["graduates_by_origin"] = rows + [["总体", str(total), pct(hundredths(total, total))]]

    # 表1-3 destinations: destination_group / destination, 小计, groups in the table's order
    spec = template.tables["destinations"]
    gstats, dstats = stats(["destination_group"]), stats(["destination_group", "destination"])
    present = [g for g in order if g in gstats.index]
    go = spec.get("group_order", order)
    present.sort(key=lambda g: go.index(g) if g in go else len(go))
    rows = []
    for g in present:
        kids = ranked(dstats.loc[g], "n")
        for d, krow in kids.iterrows():
            rows.append([g, d, str(krow["n"]), pct(hundredths(krow["n"], total))])
        rows.append([g, "小计", str(gstats.loc[g, "n"]), pct(hundredths(gstats.loc[g, "n"], total))])
    out["destinations"] = rows

    # 表1-4 placement_by_major: placement rate, sorted by the rounded rate
    dept["rate"] = hundredths(dept["placed"], dept["n"])
    major["rate"] = hundredths(major["placed"], major["n"])
    rows = []
    for d, drow in ranked(dept, "rate").iterrows():
        for m, krow in ranked(major.loc[d], "rate").iterrows():
            rows.append([d, m, pct(krow["rate"])])
        rows.append([d, "小计", pct(drow["rate"])])
    out["placement_by_major"] = rows

    # 表1-5 destinations_by_major: destination-group shares within each major / department
    by_major = pd.crosstab([df["department"], df["major"]], df["destination_group"]).reindex(columns=order,
                                                                                          fill_value=0)
    by_dept = by_major.groupby(level=0, sort=False).sum()
    major_q = pd.DataFrame(hundredths(by_major.to_numpy(), major["n"].reindex(by_major.index).to_numpy()[:, None]),
                           index=by_major.index, columns=order)
    dept_q = pd.DataFrame(hundredths(by_dept.to_numpy(), dept["n"].reindex(by_dept.index).to_numpy()[:, None]),
                          index=by_dept.index, columns=order)
    dept["first_col"] = dept_q[order[0]]
    major["first_col"] = major_q[order[0]]
    rows = []
    for d, _ in ranked(dept, "first_col").iterrows():
        for m, _ in ranked(major.loc[d], "first_col").iterrows():
            rows.append([d, m] + [pct(q) for q in major_q.loc[(d, m)]])
        rows.append([d, "小计"] + [pct(q) for q in dept_q.loc[d]])
    out["destinations_by_major"] = rows

    # 表1-6…1-8: destination-group shares and placement rate by gender / origin scope / ethnicity group
    for tid in ("destinations_by_gender", "destinations_by_origin_scope", "destinations_by_ethnicity"):
        spec = template.tables[tid]
        col = spec["column_dimension"]
        values = spec["column_values"]
        counts = pd.crosstab(df["destination_group"], df[col]).reindex(columns=values, fill_value=0)
        col_stats = stats([col]).reindex(values)
        col_n = col_stats["n"].fillna(0).to_numpy(dtype=np.int64)
        present_groups = [g for g in order if g in counts.index]
        q = hundredths(counts.loc[present_groups].to_numpy(), col_n[None, :])
        rows = [[g] + [pct(x) for x in q[i]] for i, g in enumerate(present_groups)]
        rate = hundredths(col_stats["placed"].fillna(0).to_numpy(dtype=np.int64), col_n)
        rows.append([spec["extra_rows"][0]["title"]] + [pct(x) for x in rate])
        out[tid] = rows
    return out


# ---------------------------------------------------------------- driver


def child(impl: str, data: Path, repeat: int) -> None:
    if impl == "nianbao":
        result = run_nianbao(data, repeat)
    else:
        result = run_pandas(data, repeat)
    json.dump(result, sys.stdout, ensure_ascii=False)


def machine() -> dict:
    import duckdb
    import pandas as pd
    cpu = ""
    with open("/proc/cpuinfo") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {"nproc": os.cpu_count(), "affinity": len(os.sched_getaffinity(0)), "cpu": cpu,
            "python": platform.python_version(), "duckdb": duckdb.__version__, "pandas": pd.__version__,
            "load_avg": os.getloadavg()}


def compare(a: dict, b: dict) -> tuple[int, list]:
    assert set(a) == set(b), (sorted(a), sorted(b))
    n, sample = 0, []
    for tid in a:
        assert len(a[tid]) == len(b[tid]), f"{tid}: {len(a[tid])} rows vs {len(b[tid])}"
        for i, (ra, rb) in enumerate(zip(a[tid], b[tid])):
            assert ra == rb, f"{tid} row {i}: nianbao {ra} != pandas {rb}"
            n += len(ra)
        for i in sorted({0, len(a[tid]) // 2, len(a[tid]) - 1}):
            sample.append((tid, a[tid][i]))
    return n, sample


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--impl", choices=["nianbao", "pandas"], help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if not args.data.is_file():
        ap.error(f"{args.data} not found: run benchmarks/generate_rosters.py first")
    if args.impl:
        child(args.impl, args.data, args.repeat)
        return 0

    results = {}
    for impl in ("nianbao", "pandas"):
        proc = subprocess.run([sys.executable, __file__, "--impl", impl, "--data", str(args.data),
                               "--repeat", str(args.repeat)], capture_output=True, text=True)
        if proc.returncode:
            sys.stderr.write(proc.stderr)
            return proc.returncode
        results[impl] = json.loads(proc.stdout)
    nb, pd_ = results["nianbao"], results["pandas"]
    assert nb["rows"] == pd_["rows"]
    cells, sample = compare(nb["tables"], pd_["tables"])

    m = machine()
    print(f"machine: nproc {m['nproc']} (affinity {m['affinity']}), {m['cpu']}, Python {m['python']}, "
          f"duckdb {m['duckdb']}, pandas {m['pandas']}, load avg {' '.join(f'{x:.2f}' for x in m['load_avg'])}")
    print(f"data: {args.data.name}, {nb['rows']:,} rows; 8 tables, {len(nb['tables'])} compared, "
          f"{sum(len(t) for t in nb['tables'].values())} rows, {cells} cells all equal")
    for tid, row in sample:
        print(f"  {tid}: {' | '.join(row)}")
    for r in (nb, pd_):
        print(f"{r['impl']:8s} load {r['load_s']:.2f} s (not timed)  best of {len(r['runs'])}: "
              f"{r['best']['total']:.3f} s  (runs: {', '.join('%.3f' % x['total'] for x in r['runs'])})  "
              f"RSS after load {r['rss_loaded_mb']:.0f} MB, peak {r['peak_rss_mb']:.0f} MB")
    b = nb["best"]
    print(f"nianbao  split of best run: Indicators()+prepare() {b['prepare']:.3f} s, 8 × generate_table "
          f"{b['tables']:.3f} s; {nb['requests']} requests, extra scans during tables: {b['extra_scans']}")
    print(f"ratio pandas / nianbao: {pd_['best']['total'] / nb['best']['total']:.1f}×")
    floor = min(nb["floor"])
    print(f"floor (DuckDB `SELECT count(*), sum(hash({', '.join(FLOOR_COLUMNS)}))`, same table): best of "
          f"{len(nb['floor'])} {floor:.3f} s (runs: {', '.join('%.3f' % x for x in nb['floor'])}); "
          f"nianbao / floor: {nb['best']['total'] / floor:.2f}× (target ≤ 1.5×)")
    group = min(nb["group"])
    print(f"one GROUP BY of the six dimensions alone (engine's first aggregate), same table: best of "
          f"{len(nb['group'])} {group:.3f} s (runs: {', '.join('%.3f' % x for x in nb['group'])}); "
          f"group / floor: {group / floor:.2f}×, nianbao / group: {nb['best']['total'] / group:.2f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
