"""Time the Word round trip against one full DOCX build of the same report, in one run.

    python benchmarks/bench_word.py [--runs 5] [--project examples/tianjin-polytechnic-2025]

Three measurements in this process, on a copy of the project, taken in turn in each of --runs rounds
(so a change in the machine's load falls on all three alike); each time is the best of the rounds,
and each ratio is also given as the median of the rounds' own ratios:
- baseline: one full DOCX build (`build_report(project, out, ["docx"])`: document, DOCX, tables.json),
  every section written: the DOCX section cache of the build before (render/docx_cache.py) is emptied
  first, so the baseline is the whole report's writing, not an incremental rebuild; the indicators'
  cache is kept, as the export and the import keep it too (the same figures on both sides);
- export: every department's DOCX (`nianbao sections export --all`);
- import: one department's edited file (招生就业指导办公室: a changed sentence, a new paragraph with a
  typed number), read, diffed, numbers checked and written (`nianbao sections import --apply`).
Targets: export / baseline ≤ 1, import / baseline ≤ 0.5 (wall time). CPU time (every thread, and
pandoc) is printed as well: it moves less with the machine's load.
"""
from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_PROJECT = REPO / "examples" / "tianjin-polytechnic-2025"
DEPARTMENT = "招生就业指导办公室"


def cpu_seconds() -> float:
    """CPU time of this process (every thread) and of its finished children (pandoc)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def timed(work) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of work."""
    start, cpu = time.perf_counter(), cpu_seconds()
    work()
    return time.perf_counter() - start, cpu_seconds() - cpu


def edited_copy(source: Path, target: Path) -> None:
    """The exported file with one sentence changed and a typed number added, as a writer would."""
    from nianbao.exchange.package import rewrite_parts

    def edit(xml: bytes) -> bytes:
        text = xml.decode("utf-8").replace("初入职场阶段的稳定性仍需关注", "稳定性需要继续跟踪", 1)
        return text.replace("稳定性需要继续跟踪。", "稳定性需要继续跟踪。全年举办招聘会 51 场，落实率为 95.12%。", 1).encode()

    target.write_bytes(rewrite_parts(source.read_bytes(), {"word/document.xml": edit}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--project", type=Path, default=DEFAULT_PROJECT)
    parser.add_argument("--processes", type=int, default=None,
                        help="processes writing the export's files (default: export_all's own choice, 2 on 2+ cores)")
    args = parser.parse_args()
    sys.path.insert(0, str(REPO / "src"))
    from nianbao.exchange import export_all, export_department
    from nianbao.exchange.importer import import_docx
    from nianbao.pipeline import build_report
    from nianbao.project import open_project
    from nianbao.render.docx_cache import CACHE_DIR as DOCX_CACHE_DIR

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        project_dir = tmp / "project"
        shutil.copytree(args.project, project_dir, ignore=shutil.ignore_patterns(".nianbao", "out"))
        section = project_dir / "sections" / "1-talent" / "4-employment.md"
        original = section.read_bytes()
        exported = tmp / "zj.docx"
        export_department(open_project(project_dir), DEPARTMENT, exported)
        edited = tmp / "zj-edited.docx"
        edited_copy(exported, edited)

        def do_import():
            section.write_bytes(original)
            result = import_docx(open_project(project_dir), edited, apply=True)
            assert result.sections[0].written and result.numbers.contradictions, "the edit was not imported"

        build_report(project_dir, tmp / "warm", ["docx"])  # imports and font caches, for every measurement
        def full_docx_build():
            shutil.rmtree(project_dir / DOCX_CACHE_DIR, ignore_errors=True)
            build_report(project_dir, tmp / "out", ["docx"])

        rounds = [(timed(full_docx_build),
                   timed(lambda: export_all(open_project(project_dir), tmp / "word", args.processes)),
                   timed(do_import)) for _ in range(args.runs)]
        files = len(list((tmp / "word").glob("*.docx")))
    walls = [tuple(wall for wall, _ in r) for r in rounds]
    cpus = [tuple(cpu for _, cpu in r) for r in rounds]
    baseline, export, imported = (min(times) for times in zip(*walls))
    export_ratio = statistics.median(e / b for b, e, _ in walls)
    import_ratio = statistics.median(i / b for b, _, i in walls)
    cpu_baseline, cpu_export, cpu_import = (min(times) for times in zip(*cpus))

    load = os.getloadavg()[0]
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {load:.2f}, export processes {args.processes or 'default'}")
    print(f"full DOCX build (baseline)        {baseline:7.3f} s")
    print(f"export all departments ({files} files) {export:7.3f} s   ratio {export / baseline:.2f}, "
          f"median of rounds {export_ratio:.2f} (target ≤ 1)")
    print(f"import one department's file      {imported:7.3f} s   ratio {imported / baseline:.2f}, "
          f"median of rounds {import_ratio:.2f} (target ≤ 0.5)")
    # CPU time is less sensitive to other processes' load than wall time, but does not count what
    # runs at once (pandoc beside the data load): the targets are on wall time.
    print(f"CPU seconds (best of rounds): build {cpu_baseline:.3f}, export {cpu_export:.3f} "
          f"(ratio {cpu_export / cpu_baseline:.2f}), import {cpu_import:.3f} (ratio {cpu_import / cpu_baseline:.2f})")


if __name__ == "__main__":
    main()
