"""Builds of the report in the background and the published report (网上公开).

`start_build` records a Build row and runs `pipeline.build_report` in a thread; the stages it reports
(`on_step`) go to the row, which the page polls. Outputs stay in the project's git-ignored
.nianbao/builds/<id>/; `publish` makes a finished build the one /report/ serves to visitors."""
from __future__ import annotations

import os
import socket
import threading
from pathlib import Path

from django.db import connections, transaction
from django.utils import timezone

from .. import pipeline
from ..errors import NianbaoError
from ..workflow.status import APPROVED
from .models import Build, Section
from .settings import STATE_DIR
from .store import audit, project_dir

BUILDS_DIR = "builds"
OUTPUT_NAMES = {"html": "report.html", "docx": "report.docx", "pdf": "report.pdf", "tables": "tables.json"}
IN_THREAD = True  # False: the build runs in the request itself (the test client's one-transaction tests)
ABANDONED = "构建因服务重启而中断，请重新构建"


class BuildRefused(NianbaoError):
    pass


def output_dir(build: Build) -> Path:
    return project_dir() / STATE_DIR / BUILDS_DIR / str(build.id)


def output_path(build: Build, fmt: str) -> Path | None:
    """The file of a finished build in that format, or None."""
    name = OUTPUT_NAMES.get(fmt)
    if build.state != Build.DONE or name is None or (fmt != "tables" and fmt not in build.formats):
        return None
    path = output_dir(build) / name
    return path if path.is_file() else None


def start_build(user, formats: list[str], publication_url: str) -> Build:
    """A new build in a thread (one at a time: a second is refused while one runs)."""
    formats = [f for f in pipeline.ALL_FORMATS if f in formats]
    if not formats:
        raise BuildRefused("请至少选择一种格式（HTML、DOCX、PDF）")
    with transaction.atomic():
        if Build.objects.select_for_update().filter(state__in=(Build.QUEUED, Build.RUNNING)).exists():
            raise BuildRefused("已有一个构建正在进行，请等它完成后再开始")
        build = Build.objects.create(user=user, formats=formats, publication_url=publication_url,
                                     runner=this_process())
    audit(user, "开始构建", f"构建 {build.id}", "、".join(f.upper() for f in formats))
    if IN_THREAD:
        threading.Thread(target=_in_thread, args=(build.id,), name=f"nianbao-build-{build.id}", daemon=True).start()
    else:
        run_build(build.id)
    return build


def _in_thread(build_id: int) -> None:
    try:
        run_build(build_id)
    finally:
        connections.close_all()  # this thread's own connections: the thread ends here


def run_build(build_id: int) -> None:
    """Build, then record the outcome (a library error is the build's message)."""
    build = Build.objects.get(id=build_id)
    try:
        outputs = pipeline.build_report(project_dir(), output_dir(build), build.formats,
                                        publication_url=build.publication_url or None,
                                        on_step=lambda label, done, total: _progress(build, label, done, total))
    except NianbaoError as exc:
        _finish(build, Build.FAILED, message=str(exc))
    except BaseException:
        _finish(build, Build.FAILED, message="构建时发生内部错误（详见服务器日志）")
        raise
    else:
        _finish(build, Build.DONE, data_sources=outputs.result.data_sources, warnings=outputs.result.warnings)


def process_identity(pid: int) -> str:
    """host:pid:start time of a process ("" when it no longer exists): a pid alone is reused after a
    restart (a container's gunicorn gets the same pids every time), its start time is not."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
    except FileNotFoundError:
        return ""
    except OSError:  # no /proc (not Linux): the pid alone
        return f"{socket.gethostname()}:{pid}:" if _alive(pid) else ""
    started = stat.rsplit(")", 1)[1].split()[19]  # field 22, after the command name, which may hold spaces
    return f"{socket.gethostname()}:{pid}:{started}"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, another user's
        return True
    return True


def this_process() -> str:
    return process_identity(os.getpid())


def fail_abandoned_builds() -> int:
    """On start-up: a build whose process is gone (the server was restarted, its thread died with it)
    would stay 构建中 forever and refuse every new build; mark it failed. A build run by a live
    process (another gunicorn worker) or on another host is left alone."""
    host = socket.gethostname()
    abandoned = []
    for build in Build.objects.filter(state__in=(Build.QUEUED, Build.RUNNING)):
        runner_host, _, rest = build.runner.partition(":")
        pid = rest.partition(":")[0]
        if runner_host and runner_host != host:
            continue
        if not pid.isdigit() or process_identity(int(pid)) != build.runner:
            abandoned.append(build)
    for build in abandoned:
        _finish(build, Build.FAILED, message=ABANDONED)
    return len(abandoned)


def _progress(build: Build, label: str, done: int, total: int) -> None:
    Build.objects.filter(id=build.id).update(state=Build.RUNNING, step=label, percent=round(100 * done / total))


def _finish(build: Build, state: str, message: str = "", data_sources=(), warnings=()) -> None:
    Build.objects.filter(id=build.id).update(state=state, message=message, finished=timezone.now(),
                                             percent=100 if state == Build.DONE else build.percent,
                                             step="", data_sources=list(data_sources), warnings=list(warnings))
    audit(build.user, "构建完成" if state == Build.DONE else "构建失败", f"构建 {build.id}", message)


def unapproved_sections() -> list[str]:
    return list(Section.objects.exclude(state=APPROVED).values_list("title", flat=True))


def publish(build: Build, user) -> Build:
    """Make a finished HTML build the public report; every section must be 已通过 (the approved report)."""
    if output_path(build, "html") is None:
        raise BuildRefused("只能发布已完成且包含 HTML 的构建")
    waiting = unapproved_sections()
    if waiting:
        raise BuildRefused(f"还有 {len(waiting)} 个章节未通过审核（如“{waiting[0]}”），全部通过后才能发布")
    build.published = timezone.now()
    build.save(update_fields=["published"])
    audit(user, "发布报告", f"构建 {build.id}", build.publication_url)
    return build


def published_build() -> Build | None:
    return Build.objects.filter(published__isnull=False, state=Build.DONE).order_by("-published").first()
