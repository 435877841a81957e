"""Intake benchmark: import a 100,000-row graduate roster (CSV UTF-8, CSV GBK, XLSX).

Generates the files deterministically (fixed seed) in a temporary directory, copies the
example project, and times `nianbao.intake.import_file` (read + header mapping +
validation incl. the 院系/专业 check + writing the version) against baselines measured in
the same run on the same file: a plain `csv.reader` pass, `pandas.read_csv` (`read_excel` with
calamine for XLSX) and `import-rows`, the same import with every file read by the row reader
(the columnar path, intake/columnar.py, switched off). Each case
runs in its own process so that peak RSS is the case's own.

    /work/venv/bin/python benchmarks/bench_intake.py [--rows 100000]
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import platform
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "tianjin-polytechnic-2025"
HEADER = ["学号", "姓名", "性别", "民族", "生源地", "院系", "专业", "毕业去向"]
PROVINCES = ["天津", "河北省", "山西省", "内蒙古", "新疆", "河南省", "山东省", "甘肃省", "云南省", "广西"]
ETHNIC = ["汉族"] * 9 + ["回族", "满族", "蒙古族", "维吾尔族", "壮族"]
DESTINATIONS = ["签劳动合同形式就业", "签就业协议形式就业", "其他录用形式就业", "境内升学", "待就业",
                "自主创业", "应征义务兵", "不就业拟升学"]


def majors() -> list[tuple[str, str]]:
    with open(EXAMPLE / "data" / "majors.csv", encoding="utf-8", newline="") as fh:
        return [(r["院系"], r["专业名称"]) for r in csv.DictReader(fh)]


def roster(rows: int) -> list[list]:
    rng = random.Random(2025)
    pairs = majors()
    out = []
    for i in range(rows):
        department, major = rng.choice(pairs)
        out.append([f"2022{i:06d}", f"学生{i}", rng.choice("男男女"), rng.choice(ETHNIC), rng.choice(PROVINCES),
                    department, major, rng.choice(DESTINATIONS)])
    return out


def write_files(folder: Path, rows: int) -> dict[str, Path]:
    data = roster(rows)
    files = {"csv-utf8": folder / "roster-utf8.csv", "csv-gbk": folder / "roster-gbk.csv",
             "xlsx": folder / "roster.xlsx"}
    for key, encoding in (("csv-utf8", "utf-8"), ("csv-gbk", "gbk")):
        with open(files[key], "w", encoding=encoding, newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["2025届毕业生去向名单"])
            writer.writerow(HEADER)
            writer.writerows(data)
    import openpyxl
    book = openpyxl.Workbook(write_only=True)
    ws = book.create_sheet("名单")
    ws.append(HEADER)
    for row in data:
        ws.append([int(row[0])] + row[1:])
    book.save(files["xlsx"])
    return files


# ---------------------------------------------------------------- cases (run in a child process)

def case_import(path: Path, row_reader: bool = False) -> dict:
    sys.path.insert(0, str(ROOT / "src"))
    from nianbao.intake import columnar, import_file
    if row_reader:  # the baseline: every file read row by row, as before the columnar path
        columnar.MIN_BYTES = columnar.MIN_SHEET_BYTES = 1 << 62
    from nianbao.project import open_project
    with tempfile.TemporaryDirectory() as tmp:
        project_dir = Path(tmp) / "proj"
        shutil.copytree(EXAMPLE, project_dir, ignore=shutil.ignore_patterns(".nianbao", "out"))
        project = open_project(project_dir)
        start = time.perf_counter()
        result = import_file(project, "graduates", path)
        wall = time.perf_counter() - start
    assert result.version is not None, result.parsed.problems[:5]
    return {"wall": wall, "rows": result.version.manifest["rows"]}


def case_csv_reader(path: Path) -> dict:
    start = time.perf_counter()
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("gb18030")
    import io
    rows = sum(1 for _ in csv.reader(io.StringIO(text, newline=""))) - 2
    return {"wall": time.perf_counter() - start, "rows": rows}


def case_pandas(path: Path) -> dict:
    import pandas as pd
    start = time.perf_counter()
    if path.suffix == ".xlsx":
        frame = pd.read_excel(path, dtype=str, engine="calamine")
    else:
        encoding = "utf-8-sig" if "utf8" in path.name else "gb18030"
        frame = pd.read_csv(path, dtype=str, skiprows=1, encoding=encoding)
    return {"wall": time.perf_counter() - start, "rows": len(frame)}


def case_import_rows(path: Path) -> dict:
    return case_import(path, row_reader=True)


CASES = {"import": case_import, "import-rows": case_import_rows, "csv.reader": case_csv_reader,
         "pandas": case_pandas}


def run_child(case: str, path: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--case", case, str(path)], capture_output=True, text=True,
                         check=True)
    return json.loads(out.stdout)


def machine() -> str:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    return f"nproc {os.cpu_count()}, {cpu}, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--case", nargs=2, metavar=("CASE", "FILE"))
    args = parser.parse_args()
    if args.case:
        result = CASES[args.case[0]](Path(args.case[1]))
        result["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps(result))
        return
    print(f"Machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        files = write_files(Path(tmp), args.rows)
        print(f"{'file':10} {'case':11} {'rows':>7} {'wall s':>7} {'rows/s':>9} {'peak RSS MB':>11} "
              f"{'x csv.reader':>12} {'x pandas':>9}")
        for key, path in files.items():
            results = {case: run_child(case, path) for case in ("csv.reader", "pandas", "import-rows", "import")
                       if not (case == "csv.reader" and key == "xlsx")}
            reader = results.get("csv.reader", {}).get("wall")
            for case, r in results.items():
                x_reader = f"{r['wall'] / reader:.1f}" if reader else "—"
                print(f"{key:10} {case:11} {r['rows']:>7} {r['wall']:>7.2f} {r['rows'] / r['wall']:>9.0f}"
                      f" {r['peak_rss_mb']:>11.0f} {x_reader:>12} {r['wall'] / results['pandas']['wall']:>9.1f}")

if __name__ == "__main__":
    main()
