"""A large roster's import against DuckDB reading the same file: time and peak memory.

    python benchmarks/bench_intake_floor.py [--rows 1000000] [--runs 3]

Writes a UTF-8 CSV roster (bench_intake's generator: title row, short province names, the
example's majors) and, per run, two processes under `/usr/bin/time -v`, one after the other:

  floor   python: duckdb.connect().execute("CREATE TABLE t AS SELECT * FROM read_csv(file)")
  import  python: nianbao.intake.import_file(copy of the example project, "graduates", file)

Printed: wall time and maximum resident set size of each (as /usr/bin/time reports them), the
medians, and the ratios import / floor. Targets (issue 13): ≤ 5× the time, ≤ 2× the memory.
"""
from __future__ import annotations

import argparse
import csv
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_intake import EXAMPLE, HEADER, roster  # noqa: E402

FLOOR = ("import duckdb, sys; con = duckdb.connect(); con.execute('SET enable_progress_bar = false'); "
         "con.execute('CREATE TABLE t AS SELECT * FROM read_csv(?)', [sys.argv[1]]); "
         "print(con.execute('SELECT count(*) FROM t').fetchone()[0])")
IMPORT = ("import sys; from pathlib import Path; from nianbao.project import open_project; "
          "from nianbao.intake import import_file; "
          "r = import_file(open_project(sys.argv[2]), 'graduates', Path(sys.argv[1])); "
          "print(len(r.parsed.row_numbers), len(r.parsed.problems), r.version is not None)")


def write_roster(path: Path, rows: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["2025届毕业生去向名单"])
        writer.writerow(HEADER)
        writer.writerows(roster(rows))


def timed(code: str, *args: str) -> tuple[float, float, str]:
    """(wall s, max RSS MB, stdout) of one Python process, as /usr/bin/time -v measures it."""
    env = {**os.environ, "PYTHONPATH": str(HERE.parent / "src")}
    proc = subprocess.run(["/usr/bin/time", "-v", sys.executable, "-c", code, *args], capture_output=True,
                          text=True, env=env)
    if proc.returncode:
        sys.exit(proc.stderr)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", proc.stderr)
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", proc.stderr)
    seconds = int(wall[1] or 0) * 3600 + int(wall[2]) * 60 + float(wall[3])
    return seconds, int(rss[1]) / 1024, proc.stdout.strip()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="bench-intake-floor-") as tmp:
        data = Path(tmp) / "roster.csv"
        write_roster(data, args.rows)
        print(f"roster: {args.rows:,} rows, {data.stat().st_size / 1e6:.0f} MB")
        floors, imports = [], []
        for i in range(args.runs):
            project = Path(tmp) / f"p{i}"
            shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns(".nianbao"))
            floors.append(timed(FLOOR, str(data)))
            imports.append(timed(IMPORT, str(data), str(project)))
            print(f"run {i + 1}: floor {floors[-1][0]:.2f} s {floors[-1][1]:.0f} MB (rows {floors[-1][2]}); "
                  f"import {imports[-1][0]:.2f} s {imports[-1][1]:.0f} MB (rows, problems, stored: {imports[-1][2]})")
    ft, fm = statistics.median(f[0] for f in floors), statistics.median(f[1] for f in floors)
    it, im = statistics.median(x[0] for x in imports), statistics.median(x[1] for x in imports)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    print(f"median: floor {ft:.2f} s, {fm:.0f} MB; import {it:.2f} s, {im:.0f} MB")
    print(f"import / floor: time {it / ft:.1f}× (target ≤ 5×), peak RSS {im / fm:.1f}× (target ≤ 2×)")


if __name__ == "__main__":
    main()
