"""Time the whole example build: document + HTML + DOCX + PDF, per stage, in fresh processes.

    python benchmarks/bench_build.py [--runs 3] [--project examples/tianjin-polytechnic-2025]
                                     [--no-libreoffice] [--markdown]

Each run is a new Python process (as `nianbao build` is), so imports, matplotlib's font setup
and Typst's font index are paid every time. Printed per run and as the median: wall time of
each stage, the whole process, and its peak RSS. Two baselines measured in the same session:
the HTML-only build (same process layout) and LibreOffice converting the produced DOCX to PDF
(`soffice --headless --convert-to pdf`), the usual way to get a PDF without nianbao's writer.
Target: the whole example build in at most 5 s on 2 cores.
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
TARGET_S = 5.0


def child(project: str, out: str, formats: list[str]) -> None:
    """One build, stage by stage, in this process; prints a JSON line with the timings."""
    t0 = time.perf_counter()
    times: dict[str, float] = {}
    missing: list[str] = []

    def lap(name: str, start: float) -> float:
        now = time.perf_counter()
        times[name] = now - start
        return now

    from nianbao.document.build import build_document
    from nianbao.project import open_project
    from nianbao.render.html import write_html
    from nianbao.render.tables_json import write_tables_json
    t = lap("import", t0)
    result = build_document(open_project(project))
    t = lap("document", t)
    out_dir = Path(out)
    out_dir.mkdir(parents=True, exist_ok=True)
    if "html" in formats:
        write_html(result.document, out_dir / "report.html")
        t = lap("html", t)
    if "docx" in formats:
        try:
            from nianbao.render.docx import write_docx
        except ImportError:
            missing.append("docx")
        else:
            write_docx(result.document, out_dir / "report.docx")
            t = lap("docx", t)
    if "pdf" in formats:
        from nianbao.render.pdf import write_pdf
        write_pdf(result.document, out_dir / "report.pdf")
        t = lap("pdf", t)
    write_tables_json(result.document, out_dir / "tables.json")
    t = lap("tables.json", t)
    times["in-process total"] = time.perf_counter() - t0
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    print(json.dumps({"times": times, "peak_rss_mb": peak_kb / 1024, "missing": missing}))


def run_child(project: Path, out: Path, formats: list[str]) -> dict:
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, __file__, "--child", str(project), str(out), ",".join(formats)],
                          capture_output=True, text=True)
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        sys.exit(f"build failed:\n{proc.stderr}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    data["wall"] = wall
    return data


def libreoffice_pdf(docx: Path, out: Path) -> float | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not docx.is_file():
        return None
    profile = Path(tempfile.mkdtemp(prefix="bench-lo-"))
    try:
        start = time.perf_counter()
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(out), str(docx)], capture_output=True, check=True, timeout=300)
        return time.perf_counter() - start
    except (subprocess.SubprocessError, OSError):
        return None
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{os.cpu_count()} cores (nproc), {cpu}, Python {platform.python_version()}, {platform.system()} {platform.release()}"


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--project", type=Path, default=DEFAULT_PROJECT)
    parser.add_argument("--no-libreoffice", action="store_true")
    parser.add_argument("--markdown", action="store_true", help="print the summary as a Markdown table")
    args = parser.parse_args()

    print(f"machine: {machine()}")
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())} (other work on the machine skews the times)")
    print(f"project: {args.project}")
    full, html_only, lo = [], [], []
    with tempfile.TemporaryDirectory(prefix="bench-build-") as tmp:
        for i in range(args.runs):
            out = Path(tmp) / f"full-{i}"
            data = run_child(args.project, out, ["html", "docx", "pdf"])
            full.append(data)
            stages = ", ".join(f"{k} {v:.2f}s" for k, v in data["times"].items())
            print(f"run {i + 1}: wall {data['wall']:.2f}s (peak RSS {data['peak_rss_mb']:.0f} MB): {stages}")
            if data["missing"]:
                print(f"  missing writers: {', '.join(data['missing'])}")
            html_only.append(run_child(args.project, Path(tmp) / f"html-{i}", ["html"]))
            if not args.no_libreoffice:
                lo_time = libreoffice_pdf(out / "report.docx", Path(tmp) / f"lo-{i}")
                if lo_time is not None:
                    lo.append(lo_time)

    stage_names = list(full[0]["times"])
    summary = {name: median([d["times"].get(name, 0.0) for d in full]) for name in stage_names}
    wall = median([d["wall"] for d in full])
    html_wall = median([d["wall"] for d in html_only])
    rss = max(d["peak_rss_mb"] for d in full)
    print()
    print(f"median of {args.runs} runs (full build, html+docx+pdf):")
    for name, value in summary.items():
        print(f"  {name:<18} {value:6.2f} s")
    best = min(d["wall"] for d in full)
    print(f"  {'process wall':<18} {wall:6.2f} s   (best {best:.2f} s; target <= {TARGET_S:.0f} s: "
          f"{'met' if wall <= TARGET_S else 'NOT met'} by the median, {'met' if best <= TARGET_S else 'NOT met'} by the best)")
    print(f"  {'peak RSS':<18} {rss:6.0f} MB")
    html_rss = max(d["peak_rss_mb"] for d in html_only)
    print(f"baseline, HTML-only build: {html_wall:.2f} s, peak RSS {html_rss:.0f} MB"
          f"  -> full build / HTML-only = {wall / html_wall:.2f}x")
    print(f"  DOCX + PDF writers add {wall - html_wall:.2f} s")
    if lo:
        lo_med = median(lo)
        print(f"baseline, LibreOffice DOCX -> PDF alone: {lo_med:.2f} s -> nianbao PDF writer / LibreOffice = "
              f"{summary.get('pdf', float('nan')) / lo_med:.2f}x; whole build / LibreOffice = {wall / lo_med:.2f}x")
    if args.markdown:
        print()
        print("| stage | median s | best s |")
        print("| --- | ---: | ---: |")
        for name, value in summary.items():
            print(f"| {name} | {value:.2f} | {min(d['times'].get(name, 0.0) for d in full):.2f} |")
        print(f"| process wall (full build) | {wall:.2f} | {best:.2f} |")
        print(f"| HTML-only build (baseline) | {html_wall:.2f} | {min(d['wall'] for d in html_only):.2f} |")
        if lo:
            print(f"| LibreOffice DOCX→PDF (baseline) | {median(lo):.2f} | {min(lo):.2f} |")
        print(f"| peak RSS, full build / HTML-only | {rss:.0f} MB / {html_rss:.0f} MB | |")


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child(sys.argv[2], sys.argv[3], sys.argv[4].split(","))
    else:
        main()
