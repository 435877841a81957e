"""Who writes what: the section files of a project and the department that owns each.

A section id is the file's path under sections/ without ".md" ("1-talent/4-employment",
"0-preface/_intro", "8-appendix/2-major-clusters"). report.toml gives each `[[authors]]` entry a
`sections` list of ids or globs ("8-appendix/*", "*/_intro"); the first department whose list
matches a section is its owner (report.toml order), any others share it. A chapter's lead text
(`_intro`) is matched only by a pattern that names it ("*/_intro", "1-talent/_intro"): "5-culture/*"
gives a department the chapter's sections, not the lead text the task force writes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from ..document.build import INTRO_FILE, chapter_dir, chapter_sections
from ..errors import NianbaoError
from ..project import Project
from ..template import SECTION_NUMERALS

CASE_TITLE = re.compile(r"^:::\s*case\s+(.*?)\s*(?:\{#[^}]*\})?\s*$", re.MULTILINE)


class UnknownDepartment(NianbaoError):
    pass


class UnknownSection(NianbaoError):
    pass


@dataclass(frozen=True)
class SectionEntry:
    """One section file of the project (it may not exist yet: then its state is 未开始)."""

    id: str
    path: Path
    title: str  # as the report shows it: "一、人才培养 （四）高质就业", "附录 经典案例：…"
    chapter: int | None  # the chapter number the build gives it (None for 前言)
    heading_level: int  # the level of the heading this file's text sits under: 1 chapter, 2 section
    short_title: str = ""  # "（四）高质就业", "导语", the case's title

    @property
    def exists(self) -> bool:
        return self.path.is_file()


def section_id(project: Project, path: Path) -> str:
    return path.relative_to(project.sections_dir).with_suffix("").as_posix()


def _case_title(path: Path) -> str:
    match = CASE_TITLE.search(path.read_text(encoding="utf-8")) if path.is_file() else None
    return match.group(1) if match else path.stem


def project_sections(project: Project) -> list[SectionEntry]:
    """Every section file in outline order: each chapter's lead text (when written, or the chapter has
    nothing else, as 前言), its outline sections, and the appendix's case files."""
    entries: list[SectionEntry] = []
    for chapter in project.template.chapters:
        directory = chapter_dir(project, chapter)
        heading = f"{chapter.label}{chapter.title}"
        if chapter.appendix:
            for path in sorted(directory.glob("*.md")) if directory.is_dir() else []:
                case = _case_title(path)
                entries.append(SectionEntry(section_id(project, path), path, f"{heading} {case}",
                                            chapter.number, 1, case))
            continue
        intro = directory / INTRO_FILE
        if intro.is_file() or not chapter.sections:
            title = heading if not chapter.sections else f"{heading}（导语）"
            entries.append(SectionEntry(section_id(project, intro), intro, title, chapter.number, 1,
                                        heading if not chapter.sections else "导语"))
        # the template's sections (written or not) and the college's own, in the build's order; an
        # optional section not written is listed (a department may write it) but takes no number,
        # as the build leaves it out
        numbered = 0
        for section in chapter_sections(project, chapter):
            if section.path is None and not section.required:
                short = f"{section.title}（选写，未撰写）"
            else:
                short, numbered = f"{SECTION_NUMERALS[numbered]}{section.title}", numbered + 1
            entries.append(SectionEntry(section_id(project, section.file), section.file, f"{heading} {short}",
                                        chapter.number, 2, short))
    return entries


def _matches(sid: str, pattern: str) -> bool:
    if sid.rsplit("/", 1)[-1].startswith("_") and not pattern.rsplit("/", 1)[-1].startswith("_"):
        return False
    return fnmatchcase(sid, pattern)


class Ownership:
    """Owners of each section from report.toml's `[[authors]] sections`."""

    def __init__(self, project: Project, entries: list[SectionEntry] | None = None):
        self.entries = entries if entries is not None else project_sections(project)
        self.departments = [a.department for a in project.config.authors]
        self._owners: dict[str, list[str]] = {e.id: [] for e in self.entries}
        self.unmatched: list[tuple[str, str]] = []  # (department, pattern) that names no section
        for author in project.config.authors:
            for pattern in author.sections:
                hits = [sid for sid in self._owners if _matches(sid, pattern.removesuffix(".md"))]
                if not hits:
                    self.unmatched.append((author.department, pattern))
                for sid in hits:
                    if author.department not in self._owners[sid]:
                        self._owners[sid].append(author.department)

    def entry(self, sid: str) -> SectionEntry:
        for entry in self.entries:
            if entry.id == sid:
                return entry
        raise UnknownSection(f"未知章节“{sid}”；章节编号是 sections/ 下的路径（不含 .md），"
                             f"如 {self.entries[0].id if self.entries else '1-talent/4-employment'}")

    def owners(self, sid: str) -> list[str]:
        return list(self._owners.get(sid, []))

    def owner(self, sid: str) -> str | None:
        owners = self._owners.get(sid)
        return owners[0] if owners else None

    def sections_of(self, department: str) -> list[SectionEntry]:
        if department not in self.departments:
            raise UnknownDepartment(f"report.toml 中没有编写部门“{department}”；已有：{'、'.join(self.departments)}")
        return [e for e in self.entries if department in self._owners[e.id]]

    def unowned(self) -> list[SectionEntry]:
        return [e for e in self.entries if not self._owners[e.id]]

    def warnings(self) -> list[str]:
        lines = [f"编写部门“{dept}”的 sections 项“{pattern}”没有对应任何章节文件" for dept, pattern in self.unmatched]
        unowned = self.unowned()
        if unowned:
            lines.append(f"{len(unowned)} 个章节没有指定编写部门：{'、'.join(e.id for e in unowned)}"
                         "（在 report.toml 的 [[authors]] 中加 sections）")
        return lines
