"""The database side of the workspace: import a report project, save drafts (optimistic locking),
move sections through the review states (workflow.next_state), write back to the project.

Views call these; these call nianbao.pipeline and nianbao.workflow for everything about the report."""
from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db import transaction

from .. import pipeline
from ..errors import NianbaoError
from ..workflow.status import APPROVED, NOT_STARTED, RETURNED, SUBMITTED, WRITING, SectionState, next_state
from .models import AuditEntry, Comment, ProjectImport, Revision, Section

MAX_TEXT = 500_000  # characters of one section (a whole report is about 60 000)


class StaleRevision(NianbaoError):
    """The text was edited from an older revision: someone saved in between."""

    def __init__(self, section: Section, base: int | None):
        self.section, self.base = section, base
        super().__init__(f"保存失败：本章节已被他人修改（你基于第 {base or 0} 版，当前为第 "
                         f"{section.current.number if section.current else 0} 版）；请合并后再保存")


def project_dir():
    return settings.NIANBAO_PROJECT


def audit(user, action: str, target: str = "", detail: str = "") -> None:
    AuditEntry.objects.create(user=user if user and user.is_authenticated else None, action=action,
                              target=target, detail=detail[:2000])


def refresh_outline() -> int:
    """Sections, titles, owners and deadlines from the project (report.toml may have changed since the
    import); new sections are added. Returns the number of sections."""
    report = pipeline.progress(project_dir(), with_findings=False)
    for order, row in enumerate(report.sections):
        Section.objects.update_or_create(sid=row.id, defaults=dict(
            title=row.title, short_title=row.short_title, order=order, owner=row.owner or "",
            owners=row.owners, deadline=row.deadline, chapter=None))
    return len(report.sections)


@transaction.atomic
def import_project() -> bool:
    """On first start: every section's text as revision 1 and its state from status.toml. Later starts
    only refresh the outline (the database is the source of truth while the app runs)."""
    first = not ProjectImport.objects.exists()
    refresh_outline()
    if not first:
        return False
    report = pipeline.progress(project_dir(), with_findings=False)
    texts = pipeline.section_texts(project_dir())
    for row in report.sections:
        section = Section.objects.get(sid=row.id)
        section.state, section.state_updated, section.state_by, section.state_note = row.state, row.updated, row.by, row.note
        if row.id in texts:
            section.current = Revision.objects.create(section=section, number=1, text=texts[row.id], note="导入")
        section.save()
    ProjectImport.objects.create(root=str(project_dir()))
    audit(None, "导入项目", str(project_dir()), f"{len(report.sections)} 个章节")
    return True


def drafts() -> dict[str, str]:
    """The current text of every section that has one (what the preview and checks read)."""
    return dict(Section.objects.filter(current__isnull=False).values_list("sid", "current__text"))


@dataclass
class Saved:
    section: Section
    revision: Revision
    state_changed: bool


def _departments() -> list[str]:
    from ..project import open_project
    return [a.department for a in open_project(project_dir()).config.authors]


def _apply_state(section: Section, new: str, by: str, note: str = "") -> None:
    current = SectionState(section.state, section.state_updated, section.state_by, section.state_note)
    state = next_state(current, new, by, _departments(), note)
    section.state, section.state_updated, section.state_by, section.state_note = state.state, state.updated, state.by, state.note


def save_text(sid: str, text: str, base: int | None, user, note: str = "保存") -> Saved:
    """A new revision, refused (StaleRevision) when `base` (the revision number the editor started
    from) is no longer the current one. Saving moves 未开始/退回/已提交 to 撰写中."""
    if len(text) > MAX_TEXT:
        raise NianbaoError(f"正文过长（{len(text)} 字符），最多 {MAX_TEXT} 字符")
    text = text.replace("\r\n", "\n")
    with transaction.atomic():
        section = Section.objects.select_for_update().get(sid=sid)
        number = section.current.number if section.current else 0
        if (base or 0) != number:
            raise StaleRevision(section, base)
        revision = Revision.objects.create(section=section, number=number + 1, text=text, author=user, note=note)
        section.current = revision
        changed = section.state in (NOT_STARTED, RETURNED, SUBMITTED)
        if changed:
            _apply_state(section, WRITING, user.profile.acting_as)
        section.save()
        audit(user, note, sid, f"第 {revision.number} 版，{len(text)} 字符")
    return Saved(section, revision, changed)


def set_state(sid: str, new: str, user, note: str = "") -> Section:
    """Submit, return (with a comment), approve or reopen; an approval writes the section's file and
    status.toml (report as code stays true)."""
    with transaction.atomic():
        section = Section.objects.select_for_update().get(sid=sid)
        _apply_state(section, new, user.profile.acting_as, note)
        section.save()
        if note.strip():
            Comment.objects.create(section=section, author=user, text=note, action=new)
        audit(user, f"状态改为{new}", sid, note)
    if new == APPROVED and section.current:
        pipeline.write_section(project_dir(), sid, section.current.text)
        write_states()
    return section


def add_comment(sid: str, text: str, user) -> Comment:
    text = text.strip()
    if not text:
        raise NianbaoError("评论不能为空")
    if len(text) > 2000:
        raise NianbaoError(f"评论过长（{len(text)} 字），最多 2000 字")
    comment = Comment.objects.create(section=Section.objects.get(sid=sid), author=user, text=text)
    audit(user, "评论", sid, text)
    return comment


def write_states() -> None:
    states = {s.sid: SectionState(s.state, s.state_updated, s.state_by, s.state_note)
              for s in Section.objects.all() if s.state != NOT_STARTED or s.state_updated}
    pipeline.save_states(project_dir(), states)


def export_project(user=None) -> int:
    """Every section's current text to its file and every state to status.toml; returns files written."""
    written = 0
    on_disk = pipeline.section_texts(project_dir())
    for sid, text in drafts().items():
        if on_disk.get(sid) != text:
            pipeline.write_section(project_dir(), sid, text)
            written += 1
    write_states()
    audit(user, "导出到项目", str(project_dir()), f"写入 {written} 个章节文件")
    return written


__all__ = ["StaleRevision", "import_project", "refresh_outline", "drafts", "save_text", "set_state",
           "add_comment", "export_project", "audit", "APPROVED", "SUBMITTED", "RETURNED", "WRITING"]


def state_key() -> str:
    """What a preview or a findings count depends on: every section's text (the newest revision id)
    and the data (pipeline.data_stamp)."""
    last = Revision.objects.order_by("-id").values_list("id", flat=True).first() or 0
    return f"{last}:{pipeline.data_stamp(project_dir())}"


RECOMPUTE_SECONDS = 10


def exact_or_recent(name: str, exact: str, stable: str, compute):
    """`compute()` for the exact state; but if it was computed less than ten seconds ago for another
    state with the same `stable` part (a section's own text, the data), that value. Under many
    concurrent saves every save changes the exact state, and recomputing the whole report's checks
    (a second or more of CPU) on every page view would make each page as slow as the checks; so
    while others save, a value is at most ten seconds (plus one computation) behind. Kept in
    Django's cache, shared by the gunicorn workers."""
    from django.core.cache import cache
    value = cache.get(f"{name}:{exact}")
    if value is not None:
        return value
    recent = cache.get(f"{name}:recent:{stable}")
    computing = cache.add(f"{name}:computed", 1, RECOMPUTE_SECONDS)  # False: computed in the last ten seconds
    if recent is not None and not computing:
        return recent
    value = compute()
    cache.set_many({f"{name}:{exact}": value, f"{name}:recent:{stable}": value}, 600)
    return value


def findings_counts() -> tuple[dict[str, int] | None, list[str]]:
    """Findings per section id over the current drafts (checks of the whole report, about a second),
    recomputed after a save (at most every ten seconds while others keep saving)."""
    def compute():
        report = pipeline.progress(project_dir(), texts=drafts(), with_findings=True)
        return {row.id: row.findings for row in report.sections}, report.warnings
    return exact_or_recent("findings", state_key(), pipeline.data_stamp(project_dir()), compute)
