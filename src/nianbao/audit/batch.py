"""Audit many reports at once (a commission's whole province), in parallel over the machine's cores.

Each report is read and checked in a worker process (the work is CPU-bound Python); a report
that cannot be read becomes a result that says why, never a stopped batch. The results come
back in the order the files were given.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ..errors import NianbaoError
from . import READERS, AuditResult, audit_report
from .limits import ReportUnreadable

_TEMPLATE = None  # each worker loads the template once


SUMMARY_MARK = b'<meta name="generator" content="nianbao audit summary">'


def _our_summary(path: Path) -> bool:
    """An audit summary written into the folder it audits (--summary) is no report to audit again."""
    if path.suffix.lower() not in (".html", ".htm"):
        return False
    with path.open("rb") as f:
        return SUMMARY_MARK in f.read(2048)


def report_files(inputs: list[Path | str]) -> list[Path]:
    """The files to audit: the files given, and every report file inside the folders given (sorted)."""
    files: list[Path] = []
    for item in map(Path, inputs):
        if item.is_dir():
            files.extend(sorted(p for p in item.rglob("*") if p.is_file() and p.suffix.lower() in READERS
                                and not p.name.startswith((".", "~$")) and not _our_summary(p)))
        else:
            files.append(item)
    seen, unique = set(), []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def _init(template_id: str | None) -> None:
    global _TEMPLATE
    if template_id:
        from ..template import load_template
        _TEMPLATE = load_template(template_id)


def audit_one(path: Path, name: str | None = None) -> AuditResult:
    """Audit one file; every way it can fail to be read becomes the result's `error`."""
    name = name or str(path)
    try:
        result = audit_report(path, display_name=name, template=_TEMPLATE)
    except ReportUnreadable as exc:
        return AuditResult(name, error=str(exc))
    except NianbaoError as exc:
        return AuditResult(name, error=f"无法读取报告：{name}（{exc}）")
    result.document = None  # the model stays in the worker: only what the summary needs travels back
    return result


def _audit_chunk(paths: list[str]) -> list[AuditResult]:
    return [audit_one(Path(p)) for p in paths]


def audit_many(files: list[Path], template_id: str | None = None, jobs: int | None = None) -> list[AuditResult]:
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(files)))
    if jobs == 1:
        _init(template_id)
        return [audit_one(f) for f in files]
    # Chunks of a few files keep inter-process traffic low while still balancing the load.
    size = max(1, min(8, len(files) // (jobs * 4) or 1))
    chunks = [[str(f) for f in files[i:i + size]] for i in range(0, len(files), size)]
    with ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(template_id,)) as pool:
        return [r for chunk in pool.map(_audit_chunk, chunks) for r in chunk]
