"""Benchmark `nianbao audit`: the seed TXT (≤ 0.5 s) and a generated ~150-page PDF (≤ 3 s).

The PDF is built deterministically with typst (chapters, numbered tables with 小计 rows,
figures captions, paragraphs with counts and shares). The baseline is the raw text
extraction of the same PDF (`pdftotext -layout`) measured in the same run.
Run: /work/venv/bin/python benchmarks/bench_audit.py
"""
from __future__ import annotations

import os
import platform
import subprocess
import tempfile
import time
from pathlib import Path

from nianbao.audit import read_report
from nianbao.checks import run_document_checks

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_80fbb575bb7d009f.txt"
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


def main() -> None:
    import typst
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor())
    print(f"machine: nproc={os.cpu_count()}, CPU={cpu}, Python {platform.python_version()}")
    if SEED.is_file():
        t, found = timed(lambda: audit(SEED))
        t_read, _ = timed(lambda: read_report(SEED))
        print(f"seed TXT ({SEED.stat().st_size // 1024} KB): audit {t:.3f} s (read {t_read:.3f} s), "
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


if __name__ == "__main__":
    main()
