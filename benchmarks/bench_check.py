"""Time `nianbao check` on the example project: the checks alone vs the document build.

    /work/venv/bin/python benchmarks/bench_check.py [project] [--repeat N]

The checks reuse the built document and its indicators (as `nianbao build` does), so the
time printed as "checks" excludes the build; "document build" is measured in the same run.
"""
from __future__ import annotations

import argparse
import os
import platform
import time
from pathlib import Path

from nianbao.checks import run_checks
from nianbao.document.build import build_document
from nianbao.project import open_project

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "tianjin-polytechnic-2025"


def cpu_name() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("project", nargs="?", default=str(EXAMPLE))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    builds, checks, count = [], [], 0
    for _ in range(args.repeat):
        project = open_project(args.project)
        t0 = time.perf_counter()
        result = build_document(project)
        t1 = time.perf_counter()
        findings = run_checks(project, result)
        t2 = time.perf_counter()
        builds.append(t1 - t0)
        checks.append(t2 - t1)
        count = len(findings)
    build, check = min(builds), min(checks)
    print(f"machine: nproc={os.cpu_count()} cpu={cpu_name()!r} "
          f"python={platform.python_version()}")
    print(f"document build: {build:.3f} s (best of {args.repeat})")
    print(f"checks:         {check:.3f} s (best of {args.repeat}), {count} findings")
    print(f"checks / build: {check / build:.2f}")


if __name__ == "__main__":
    main()
