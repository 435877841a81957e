"""The example's build: full (HTML+DOCX+PDF) against HTML-only, the charts' share, and a rebuild.

    python benchmarks/bench_rebuild.py [--runs 3] [--compiled] [--project examples/tianjin-polytechnic-2025]

Per run, each a fresh Python process (bench_scale.py's staged child), on a copy of the project:

  cold full      empty chart cache, html+docx+pdf
  cold HTML      empty chart cache, html only
  text rebuild   a sentence added to a section, then html+docx+pdf again (charts and indicators cached)
  watch rebuild  `nianbao build --watch`'s: one process builds, then a sentence is saved and it rebuilds
                 (checks included, as the command runs them), timed from the save to the last output

Printed: the medians and the ratios the issue asks for: full / HTML-only (≤ 1.5), charts / full
build (≤ 15 %), rebuild after a text edit / cold full build (≤ 50 %), by a new process and by a
watching one; then each stage's median
per kind of build (import, document and its steps, each writer, and the process's start and exit
outside them), which says where the time goes.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCALE = HERE / "bench_scale.py"
DEFAULT_PROJECT = HERE.parent / "examples" / "tianjin-polytechnic-2025"
FULL, HTML = ["html", "docx", "pdf"], ["html"]


def build(project: Path, out: Path, formats: list[str], cold: bool) -> dict:
    if cold:
        shutil.rmtree(project / ".nianbao" / "cache", ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(HERE.parent / "src")}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, str(SCALE), "--child", str(project), str(out), ",".join(formats)],
                          capture_output=True, text=True, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode:
        sys.exit(proc.stderr)
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    data["wall"] = wall
    # CPU seconds of the build process, all its threads: what the build costs whatever else runs.
    data["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return data


def edit_text(project: Path, n: int) -> None:
    intro = project / "sections" / "0-preface" / "_intro.md"
    intro.write_text(intro.read_text(encoding="utf-8") + f"\n本报告第 {n} 次修订。\n", encoding="utf-8")


def watch_child(project: Path, out: Path, runs: int) -> None:
    """In this process, as `nianbao build --watch` does: build, then per saved edit a rebuild through
    the same watcher (pipeline.project_changes) and the same build call; one JSON line per rebuild."""
    import threading
    from nianbao.pipeline import build_report, project_changes

    build_report(project, out, FULL, check=True)
    built, stop, saved = threading.Event(), threading.Event(), []

    def editor() -> None:
        for i in range(runs):
            built.wait(timeout=120)
            built.clear()
            time.sleep(0.3)  # as a writer would: the last build is over before the next save
            saved.append((time.perf_counter(), time.process_time()))
            edit_text(project, 1000 + i)

    threading.Thread(target=editor, daemon=True).start()
    built.set()
    for n, _changed in enumerate(project_changes(project, out, stop_event=stop)):
        build_report(project, out, FULL, check=True)
        wall, cpu = time.perf_counter() - saved[n][0], time.process_time() - saved[n][1]
        print(json.dumps({"wall": wall, "cpu": cpu}), flush=True)
        if n + 1 == runs:
            stop.set()
        built.set()


def watch_rebuilds(project: Path, out: Path, runs: int) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": str(HERE.parent / "src")}
    proc = subprocess.run([sys.executable, __file__, "--watch-child", str(project), str(out), str(runs)],
                          capture_output=True, text=True, env=env)
    if proc.returncode:
        sys.exit(proc.stderr)
    return [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--project", type=Path, default=DEFAULT_PROJECT)
    ap.add_argument("--compiled", action="store_true", help="compile nianbao's bytecode first, as an install does")
    ap.add_argument("--watch-child", nargs=3, metavar=("PROJECT", "OUT", "RUNS"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.watch_child:
        watch_child(Path(args.watch_child[0]), Path(args.watch_child[1]), int(args.watch_child[2]))
        return
    sys.path.insert(0, str(HERE))
    from bench_scale import bytecode, machine
    print(f"machine: {machine()}")
    print(f"imports: {bytecode(args.compiled)}")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    rows: dict[str, list[dict]] = {"cold full": [], "cold HTML": [], "text rebuild": []}
    with tempfile.TemporaryDirectory(prefix="bench-rebuild-") as tmp:
        project = Path(tmp) / "p"
        shutil.copytree(args.project, project, ignore=shutil.ignore_patterns(".nianbao", "__pycache__"))
        for i in range(args.runs):
            rows["cold HTML"].append(build(project, Path(tmp) / f"h{i}", HTML, cold=True))
            rows["cold full"].append(build(project, Path(tmp) / f"f{i}", FULL, cold=True))
            edit_text(project, i)
            rows["text rebuild"].append(build(project, Path(tmp) / f"r{i}", FULL, cold=False))
            print(f"run {i + 1}: " + ", ".join(f"{k} {v[-1]['wall']:.2f} s" for k, v in rows.items()))
        watched = watch_rebuilds(project, Path(tmp) / "w", args.runs)
        print("watch rebuilds: " + ", ".join(f"{r['wall']:.2f} s" for r in watched))
    med = {k: statistics.median(r["wall"] for r in v) for k, v in rows.items()}
    charts = statistics.median(r["times"]["  charts"] for r in rows["cold full"])
    in_process = statistics.median(r["times"]["in-process total"] for r in rows["cold full"])
    charts_warm = statistics.median(r["times"]["  charts"] for r in rows["text rebuild"])
    rss = {k: max(r["peak_rss_mb"] for r in v) for k, v in rows.items()}
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for k, v in med.items():
        print(f"  {k:<14} median wall {v:6.2f} s   peak RSS {rss[k]:.0f} MB")
    print(f"full / HTML-only: {med['cold full'] / med['cold HTML']:.2f}× (target ≤ 1.5×)")
    print(f"charts / full build: {charts:.2f} s of {med['cold full']:.2f} s wall = {charts / med['cold full']:.0%}"
          f" ({charts / in_process:.0%} of the in-process time; target ≤ 15 %)")
    charts_cpu = statistics.median(r["times"]["  charts (CPU)"] for r in rows["cold full"])
    full_cpu = statistics.median(r["cpu"] for r in rows["cold full"])
    print(f"  in CPU: the charts' threads {charts_cpu:.2f} s of the cold full build's {full_cpu:.2f} CPU-s"
          f" = {charts_cpu / full_cpu:.0%}")
    print(f"  charts in the rebuild after a text edit (all cached): {charts_warm:.2f} s of {med['text rebuild']:.2f} s"
          f" = {charts_warm / med['text rebuild']:.0%}")
    print(f"rebuild after a text edit / cold full build: {med['text rebuild'] / med['cold full']:.0%} (target ≤ 50 %)")
    watch_wall = statistics.median(r["wall"] for r in watched)
    print(f"  the same rebuild by `nianbao build --watch` (checks included, from the save): {watch_wall:.2f} s"
          f" = {watch_wall / med['cold full']:.0%} of the cold full build; CPU"
          f" {statistics.median(r['cpu'] for r in watched):.2f} s")
    cpu = {k: statistics.median(r["cpu"] for r in v) for k, v in rows.items()}
    print(f"CPU seconds (user+sys, all threads; median): " + ", ".join(f"{k} {v:.2f}" for k, v in cpu.items())
          + f"; full / HTML-only {cpu['cold full'] / cpu['cold HTML']:.2f}×, rebuild / cold full"
          f" {cpu['text rebuild'] / cpu['cold full']:.0%} (little moved by other load;"
          " the targets are on wall time)")
    print("stages (median s; writers overlap: the PDF is written in a thread beside HTML and DOCX):")
    stages = list(rows["cold full"][0]["times"])
    print(f"  {'':<18}" + "".join(f"{k:>14}" for k in rows))
    for stage in stages:
        cells = [statistics.median(r["times"].get(stage, 0.0) for r in v) for v in rows.values()]
        print(f"  {stage.strip():<18}" + "".join(f"{c:14.3f}" for c in cells))
    # Interpreter start and exit: the process's wall time outside the staged build.
    cells = [statistics.median(r["wall"] - r["times"]["in-process total"] for r in v) for v in rows.values()]
    print(f"  {'start + exit':<18}" + "".join(f"{c:14.3f}" for c in cells))


if __name__ == "__main__":
    main()
