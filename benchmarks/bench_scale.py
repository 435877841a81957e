"""Does every build stage grow linearly with the report's size?

    python benchmarks/bench_scale.py [--factors 1,5,10,20] [--runs 3] [--compiled] [--project examples/tianjin-polytechnic-2025]

The example's sections are repeated ×1/×5/×10/×20 (every section file's text N times: N times
the paragraphs, tables, charts and cases; labels repeat, so references point at the first copy).
Each build runs in a fresh Python process with an empty chart cache (a cold build), stage by
stage: import, document (split into reading, indicators, charts, values and numbering), the
writers as `nianbao build` runs them (pipeline.write_outputs: the PDF in a thread beside HTML and
DOCX; split into each writer's own time, which overlap), tables.json. Printed: the median of the runs per stage and factor, the ratio to ×1,
and whether the stage grows linearly (ratio ≤ 1.2 × the size factor). Nothing is asserted.

Charts with the same data and style are drawn once per build (the chart cache), so the chart
stage of a repeated example stays nearly flat: each copy of a chart is the same chart.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PROJECT = REPO / "examples" / "tianjin-polytechnic-2025"
LINEAR_SLACK = 1.2


def scaled_project(source: Path, factor: int, dest: Path) -> Path:
    """A copy of the project whose every section file holds its text `factor` times."""
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns(".nianbao", "__pycache__"))
    for path in sorted((dest / "sections").rglob("*.md")):
        text = path.read_text(encoding="utf-8").rstrip("\n")
        path.write_text("\n\n".join([text] * factor) + "\n", encoding="utf-8")
    return dest


def child(project: str, out: str, formats: list[str]) -> None:
    """One build, stage by stage, in this process; prints a JSON line with the timings."""
    t0 = time.perf_counter()
    times: dict[str, float] = {}

    def lap(name: str, start: float) -> float:
        now = time.perf_counter()
        times[name] = now - start
        return now

    from nianbao.startup import preload_fonts, skip_final_collections
    skip_final_collections()  # as the CLI does (nianbao.cli)
    preload_fonts(formats)  # as `nianbao build` does, before its imports
    from nianbao.document.build import build_document
    from nianbao.project import open_project
    from nianbao.pipeline import warm_up, write_outputs
    from nianbao.render.tables_json import write_tables_json
    t = lap("import", t0)
    warm_up(formats)  # as `nianbao build` does (pipeline.build_report)
    result = build_document(open_project(project), formats=formats, png_later=True)  # as `nianbao build`
    t = lap("document", t)
    times.update({f"  {k}": v for k, v in result.timings.items()})
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    writers: dict[str, float] = {}
    write_outputs(result, out_dir, formats, timings=writers)  # as `nianbao build` writes them (PDF beside)
    t = lap("writers", t)
    times.update({f"  {fmt}": writers[fmt] for fmt in formats})
    times["  charts"] = result.charts.seconds  # the PNGs were made beside the writers: counted whole
    times["  charts (CPU)"] = result.charts.cpu_seconds  # of the threads drawing them
    write_tables_json(result.document, out_dir / "tables.json")
    lap("tables.json", t)
    times["in-process total"] = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    pages = len(result.document.figures()), len(result.document.tables()), len(result.document.cases())
    print(json.dumps({"times": times, "peak_rss_mb": peak_kb / 1024, "blocks": pages}))


def run_child(project: Path, out: Path, formats: list[str]) -> dict:
    shutil.rmtree(project / ".nianbao" / "cache", ignore_errors=True)  # a cold build every time
    start = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src") + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.run([sys.executable, __file__, "--child", str(project), str(out), ",".join(formats)],
                          capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"build failed:\n{proc.stderr}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    data["times"]["process wall"] = wall
    return data


def machine() -> str:
    cpu = "unknown CPU"
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    return f"{os.cpu_count()} cores (nproc), {cpu}, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def bytecode(compile_first: bool) -> str:
    """How the child builds get nianbao's own modules. With `compile_first`, their bytecode is written
    into src/nianbao's (git-ignored) __pycache__ folders first, as `pip install` does; a process with
    PYTHONDONTWRITEBYTECODE set (this machine's sessions) otherwise compiles ~45 modules from source
    at every start (0.07-0.1 s of the import stage, measured), which an installed nianbao never does."""
    src = REPO / "src" / "nianbao"
    if compile_first:
        import compileall
        if not compileall.compile_dir(str(src), quiet=1):
            sys.exit("compileall failed")
    cached = any(src.rglob("__pycache__/*.pyc"))
    if cached:
        return "nianbao's modules from their compiled bytecode (__pycache__), as installed"
    if sys.flags.dont_write_bytecode:
        return ("nianbao's modules compiled from source in every process (PYTHONDONTWRITEBYTECODE set,"
                " no __pycache__; --compiled writes it first, as an install does)")
    return "nianbao's bytecode written by the first build, then read"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factors", default="1,5,10,20")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--project", type=Path, default=DEFAULT_PROJECT)
    parser.add_argument("--formats", default="html,docx,pdf")
    parser.add_argument("--compiled", action="store_true", help="compile nianbao's bytecode first, as an install does")
    args = parser.parse_args()
    factors = [int(f) for f in args.factors.split(",")]
    formats = args.formats.split(",")

    print(f"machine: {machine()}")
    print(f"imports: {bytecode(args.compiled)}")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} (other work on the machine skews the times)")
    medians: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        for factor in factors:
            project = scaled_project(args.project, factor, Path(tmp) / f"x{factor}")
            runs = [run_child(project, Path(tmp) / f"out-x{factor}-{i}", formats) for i in range(args.runs)]
            names = list(runs[0]["times"])
            medians[factor] = {n: statistics.median(r["times"][n] for r in runs) for n in names}
            rss = max(r["peak_rss_mb"] for r in runs)
            figures, tables, cases = runs[0]["blocks"]
            print(f"×{factor}: {figures} figures, {tables} tables, {cases} cases; wall "
                  f"{medians[factor]['process wall']:.2f} s (median of {args.runs}), peak RSS {rss:.0f} MB")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    base = medians[factors[0]]
    print()
    header = f"{'stage':<22}" + "".join(f"{'×' + str(f) + ' s':>10}{'ratio':>7}" for f in factors) + "  linear?"
    print(header)
    for name in base:
        cells, linear = [], True
        for f in factors:
            value = medians[f][name]
            ratio = value / base[name] if base[name] > 0 else float("nan")
            scale = f / factors[0]
            linear &= not (ratio > LINEAR_SLACK * scale)
            cells.append(f"{value:10.3f}{ratio:7.2f}")
        print(f"{name:<22}" + "".join(cells) + f"  {'yes' if linear else 'NO'}")
    print(f"(linear: ratio to ×{factors[0]} ≤ {LINEAR_SLACK} × the size factor at every factor)")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], sys.argv[4].split(","))
    else:
        main()
