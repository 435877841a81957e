"""Benchmark `nianbao audit`: the seed TXT (≤ 0.5 s), a generated ~150-page PDF (≤ 3 s), and a batch.

The PDF is built deterministically with typst (chapters, numbered tables with 小计 rows,
figures captions, paragraphs with counts and shares). Its baseline is the raw text
extraction of the same PDF (`pdftotext -layout`) measured in the same run.

Batch (issue 10): N copies (default 100) of the example's PDF (`nianbao build
examples/tianjin-polytechnic-2025 -f pdf`) audited as one `nianbao audit DIR --summary out.xlsx`
against N separate `nianbao audit FILE` runs, in the same run; target ratio ≤ 0.6.

The seed report is found through `--seed PATH` or the NIANBAO_SEED environment variable (else
../shared/seed beside the checkout); when it is missing the benchmark says so on stderr and exits 3
after the other measurements, instead of quietly skipping.
Run: .venv/bin/python benchmarks/bench_audit.py [--seed PATH] [--copies 100] [--skip-batch]
"""
from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from nianbao.audit import read_report
from nianbao.checks import run_document_checks

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SEED = ROOT.parent / "shared" / "seed" / "000_80fbb575bb7d009f.txt"


def seed_path(argument: str | None) -> Path | None:
    """--seed, else NIANBAO_SEED, else ../shared/seed beside the checkout; None (said loudly) if absent."""
    candidate = Path(argument or os.environ.get("NIANBAO_SEED") or DEFAULT_SEED)
    if candidate.is_file():
        return candidate
    print(f"!!! SEED REPORT NOT FOUND: {candidate} — the seed figures are NOT measured. "
          "Pass --seed PATH or set NIANBAO_SEED.", file=sys.stderr)
    return None
CN = "一二三四五六七"


def synthetic_typst(chapters: int = 7, units: int = 51) -> str:
    out = ['#set page(paper: "a4", margin: 2.5cm, header: align(right)[合成测试学院年度报告], numbering: "1")',
           '#set text(font: "Noto Serif CJK SC", size: 12pt, lang: "zh")',
           '#set par(first-line-indent: (amount: 2em, all: true), leading: 1em)']
    for c in range(1, chapters + 1):
        out.append(f"#pagebreak()\n#block[{CN[c - 1]}、第{CN[c - 1]}部分工作]")
        for k in range(1, units + 1):
            out.append(f"#block[{k}.专题{k}]")
            for p in range(3):
                n = 100 + 7 * k + p
                out.append(f"\n本专题第 {p + 1} 段：参与学生 {n} 人，其中女生 {n // 4} 人，"
                           f"开展活动 {k + p} 场，覆盖合作企业 {3 * k} 家，相关工作持续推进并取得成效。"
                           "各项举措按计划落实，师生反馈良好，后续将继续完善机制、扩大覆盖面。\n")
            if k % 3 == 0:
                t = k // 3
                out.append(f"#block[表 {c}-{t} 专题{k}人数分布]")
                cells = ["[类别]", "[项目]", "[人数]"]
                for g in range(2):
                    cells += [f"[组{g + 1}]", "[甲]", f"[{10 + g}]", "[]", "[乙]", f"[{20 + g}]",
                              "[]", "[小计]", f"[{30 + 2 * g}]"]
                out.append(f"#table(columns: 3, stroke: none, column-gutter: 2em, {', '.join(cells)})")
                out.append("#block[数据来源：合成数据。]")
                out.append(f"\n如表 {c}-{t} 所示，各组人数保持稳定。\n")
    return "\n".join(out) + "\n"


def timed(fn, repeat: int = 3):
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def audit(path: Path):
    return run_document_checks(read_report(path))


def nianbao() -> list[str]:
    exe = Path(sys.executable).with_name("nianbao")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "nianbao.cli"]


def batch(copies: int) -> None:
    """N copies of the example's PDF: one batch audit against N separate `nianbao audit FILE` runs."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        subprocess.run([*nianbao(), "build", str(ROOT / "examples" / "tianjin-polytechnic-2025"), "-o",
                        str(tmp / "build"), "-f", "pdf"], check=True, capture_output=True)
        reports = tmp / "reports"
        reports.mkdir()
        for n in range(copies):
            shutil.copy(tmp / "build" / "report.pdf", reports / f"college-{n:03d}.pdf")
        start = time.perf_counter()
        subprocess.run([*nianbao(), "audit", str(reports), "--summary", str(tmp / "summary.xlsx")],
                       capture_output=True)
        t_batch = time.perf_counter() - start
        start = time.perf_counter()
        for pdf in sorted(reports.iterdir()):
            subprocess.run([*nianbao(), "audit", str(pdf)], capture_output=True)
        t_separate = time.perf_counter() - start
        print(f"batch of {copies} copies of the example PDF: {t_batch:.1f} s (one `nianbao audit DIR --summary`, "
              f"{os.cpu_count()} processes); {copies} separate `nianbao audit FILE` runs: {t_separate:.1f} s; "
              f"ratio {t_batch / t_separate:.2f} (target ≤ 0.6)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", help="path of the seed report (default: NIANBAO_SEED or ../shared/seed)")
    parser.add_argument("--copies", type=int, default=100, help="reports in the batch (default 100)")
    parser.add_argument("--skip-batch", action="store_true", help="measure the single audits only")
    args = parser.parse_args()
    import typst
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor())
    print(f"machine: nproc={os.cpu_count()}, CPU={cpu}, Python {platform.python_version()}, "
          f"load {os.getloadavg()[0]:.1f}")
    seed = seed_path(args.seed)
    if seed:
        t, found = timed(lambda: audit(seed))
        t_read, _ = timed(lambda: read_report(seed))
        print(f"seed TXT ({seed.stat().st_size // 1024} KB): audit {t:.3f} s (read {t_read:.3f} s), "
              f"{len(found)} findings; target ≤ 0.5 s")
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "synthetic.pdf"
        pdf.write_bytes(typst.compile(synthetic_typst().encode(), font_paths=["/usr/share/fonts/opentype/noto"],
                                      ignore_system_fonts=True))
        pages = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages = next((ln.split()[-1] for ln in pages.splitlines() if ln.startswith("Pages")), "?")
        t_base, _ = timed(lambda: subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True))
        t_read, doc = timed(lambda: read_report(pdf))
        t_all, found = timed(lambda: audit(pdf))
        print(f"synthetic PDF ({pages} pages, {len(doc.tables())} tables): audit {t_all:.3f} s "
              f"(read {t_read:.3f} s), {len(found)} findings; target ≤ 3 s")
        print(f"baseline pdftotext -layout: {t_base:.3f} s; audit/baseline ratio {t_all / t_base:.1f}x")
    if not args.skip_batch:
        batch(args.copies)
    if seed is None:
        sys.exit(3)


if __name__ == "__main__":
    main()
