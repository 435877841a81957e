"""What the workspace keeps while it runs (the database is then the source of truth; the report
project's files are written back on approval and by `nianbao export`)."""
from __future__ import annotations

from django.conf import settings
from django.db import models

from ..workflow.status import NOT_STARTED, STATES

ADMIN, WRITER, REVIEWER = "admin", "writer", "reviewer"
ROLE_NAMES = {ADMIN: "专班管理员", WRITER: "部门撰写人", REVIEWER: "审核人"}


class Profile(models.Model):
    """A user's role, and for a writer the department of report.toml they write for."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    role = models.CharField(max_length=16, choices=list(ROLE_NAMES.items()))
    department = models.CharField(max_length=100, blank=True)

    @property
    def role_name(self) -> str:
        return ROLE_NAMES[self.role]

    @property
    def acting_as(self) -> str:
        """Who status.toml records as acting: the department or the role, never a person."""
        return self.department if self.role == WRITER else ROLE_NAMES[self.role]


class Section(models.Model):
    """One section file of the outline (a case file of the appendix too)."""

    sid = models.CharField(max_length=200, unique=True)  # path under sections/ without .md
    title = models.CharField(max_length=300)
    short_title = models.CharField(max_length=200, blank=True)
    chapter = models.IntegerField(null=True)
    order = models.IntegerField(default=0)
    owner = models.CharField(max_length=100, blank=True)  # the first owning department
    owners = models.JSONField(default=list)  # every department that writes it
    state = models.CharField(max_length=8, choices=[(s, s) for s in STATES], default=NOT_STARTED)
    state_updated = models.CharField(max_length=40, blank=True)  # ISO 8601, as status.toml keeps it
    state_by = models.CharField(max_length=100, blank=True)
    state_note = models.TextField(blank=True)
    deadline = models.CharField(max_length=10, blank=True)
    current = models.ForeignKey("Revision", null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        ordering = ["order"]

    def __str__(self) -> str:
        return self.sid

    @property
    def text(self) -> str:
        return self.current.text if self.current else ""

    @property
    def locked(self) -> bool:
        """Approved sections are locked until reopened (returned)."""
        from ..workflow.status import APPROVED
        return self.state == APPROVED


class Revision(models.Model):
    """Every saved text of a section, with its author and time; never changed once written."""

    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="revisions")
    number = models.IntegerField()
    text = models.TextField()
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    created = models.DateTimeField(auto_now_add=True)
    note = models.CharField(max_length=200, blank=True)  # 导入 / 保存 / 恢复第 N 版 / Word 导入

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["section", "number"], name="revision_number_unique")]


class Comment(models.Model):
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    text = models.TextField()
    created = models.DateTimeField(auto_now_add=True)
    action = models.CharField(max_length=8, blank=True)  # the state change it came with (退回 …), if any

    class Meta:
        ordering = ["created"]


class AuditEntry(models.Model):
    """Every change, who made it and when (the audit log)."""

    created = models.DateTimeField(auto_now_add=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    action = models.CharField(max_length=40)
    target = models.CharField(max_length=200, blank=True)
    detail = models.TextField(blank=True)

    class Meta:
        ordering = ["-created", "-id"]


class ProjectImport(models.Model):
    """When the report project was imported into the database (once, on first start)."""

    created = models.DateTimeField(auto_now_add=True)
    root = models.CharField(max_length=1000)


class Build(models.Model):
    """One build of the report in the background (builds.py): its state and progress, polled by the
    page; the outputs stay in the project's .nianbao/builds/<id>/; one build at a time is published."""

    QUEUED, RUNNING, DONE, FAILED = "排队中", "构建中", "已完成", "失败"
    created = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    formats = models.JSONField(default=list)
    state = models.CharField(max_length=8, default=QUEUED)
    step = models.CharField(max_length=100, blank=True)  # the stage under way (汇总数据… / 写出 PDF)
    percent = models.IntegerField(default=0)
    message = models.TextField(blank=True)  # why it failed (Chinese, from the library's error)
    data_sources = models.JSONField(default=list)  # which file or imported version of each kind it used
    warnings = models.JSONField(default=list)
    publication_url = models.CharField(max_length=500, blank=True)
    published = models.DateTimeField(null=True)  # when it became the public report (the latest wins)
    runner = models.CharField(max_length=200, blank=True)  # the process whose thread runs it (builds.this_process)

    class Meta:
        ordering = ["-id"]
