"""Where the writing stands: per section its owner, review state, length and findings."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from ..document.markdown import read_section
from ..document.model import Block, BulletList, Case, Emphasis, Heading, Inline, Paragraph, Strong, Text
from ..errors import BuildError
from ..project import Project
from .ownership import Ownership, SectionEntry
from .status import NOT_STARTED, SectionState, load_status

HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
WORD = re.compile(r"[A-Za-z0-9]+(?:[.'’\-][A-Za-z0-9]+)*")


@dataclass
class SectionStatus:
    id: str
    title: str
    short_title: str
    owner: str | None
    owners: list[str]
    state: str
    updated: str
    by: str
    note: str
    words: int  # Chinese characters + Latin words and numbers the authors typed (directives excluded)
    findings: int | None  # None when the checks could not run
    exists: bool
    deadline: str = ""  # the owner's deadline from report.toml (ISO date), "" when none is set

    def to_json(self) -> dict:
        return asdict(self)


@dataclass
class StatusReport:
    sections: list[SectionStatus]
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"sections": [s.to_json() for s in self.sections], "warnings": list(self.warnings)}


def count_words(text: str) -> int:
    """Chinese characters plus Latin words and numbers, the way a Chinese word processor counts."""
    return len(HAN.findall(text)) + len(WORD.findall(text))


def _typed_text(inlines: list[Inline]) -> str:
    return "".join(i.text for i in inlines if isinstance(i, (Text, Strong, Emphasis)))


def blocks_text(blocks: list[Block]) -> str:
    """The text the authors typed: computed values, references, tables and charts left out."""
    parts = []
    for block in blocks:
        if isinstance(block, Paragraph):
            parts.append(_typed_text(block.inlines))
        elif isinstance(block, Heading):
            parts.append(block.title)
        elif isinstance(block, BulletList):
            parts.extend(_typed_text(item) for item in block.items)
        elif isinstance(block, Case):
            parts.append(block.title)
            parts.append(blocks_text(block.blocks))
    return "\n".join(parts)


def section_words(project: Project, entry: SectionEntry) -> int:
    if not entry.exists:
        return 0
    return count_words(blocks_text(read_section(entry.path, project.relative(entry.path), [])))


def findings_by_file(project: Project, texts: dict[str, str] | None = None) -> tuple[dict[str, int] | None, list[str]]:
    """Number of findings per section file (project-relative path); build problems count as findings.
    `texts` (section id -> Markdown) stands in for those files (the web app's drafts)."""
    from ..checks import run_checks
    from ..document.build import build_document
    counts: dict[str, int] = {}
    try:
        findings = run_checks(project, build_document(project, formats=(), texts=texts))
    except BuildError as exc:
        for problem in exc.problems:
            file = problem.split("：", 1)[0].rsplit(":", 1)[0]
            counts[file] = counts.get(file, 0) + 1
        return counts, [f"报告无法构建（{len(exc.problems)} 个问题），发现数为构建问题数；详见 nianbao build"]
    for finding in findings:
        for file in {loc.file for loc in finding.locations}:
            counts[file] = counts.get(file, 0) + 1
    return counts, []


def deadlines(project: Project, ownership: Ownership) -> dict[str, str]:
    due = {a.department: a.deadline.isoformat() for a in project.config.authors if a.deadline}
    return {e.id: due.get(ownership.owner(e.id) or "", "") for e in ownership.entries}


def section_progress(project: Project, with_findings: bool = True, texts: dict[str, str] | None = None) -> StatusReport:
    ownership = Ownership(project)
    states = load_status(project.root)
    counts, warnings = findings_by_file(project, texts) if with_findings else (None, [])
    due = deadlines(project, ownership)
    rows = []
    for entry in ownership.entries:
        state = states.get(entry.id, SectionState())
        rows.append(SectionStatus(
            id=entry.id, title=entry.title, short_title=entry.short_title, owner=ownership.owner(entry.id), owners=ownership.owners(entry.id),
            state=state.state, updated=state.updated, by=state.by, note=state.note,
            words=section_words(project, entry),
            findings=None if counts is None else counts.get(project.relative(entry.path), 0),
            exists=entry.exists, deadline=due[entry.id]))
    known = {e.id for e in ownership.entries}
    stale = sorted(set(states) - known)
    if stale:
        warnings.append(f"status.toml 中有不在大纲中的章节：{'、'.join(stale)}")
    return StatusReport(rows, ownership.warnings() + warnings)


__all__ = ["SectionStatus", "StatusReport", "count_words", "section_progress", "NOT_STARTED"]
