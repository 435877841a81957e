"""Departments who write in Word: download their sections as DOCX (exchange library), upload the
edited file, see each section's differences, accept the ones to keep (saved as revisions)."""
from __future__ import annotations

import secrets
import tempfile
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import FileResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.views.decorators.http import require_GET, require_POST

from ... import pipeline
from ...errors import NianbaoError
from ...exchange.export import department_file_name
from ...workflow.status import SectionState
from ..models import Section
from ..permissions import allowed
from ..settings import MAX_UPLOAD_BYTES
from ..store import StaleRevision, drafts, project_dir, save_text
from .sections import diff_table

PENDING_SECONDS = 3600
ZIP_MAGIC = b"PK\x03\x04"


def _departments() -> list[str]:
    return sorted({d for owners in Section.objects.values_list("owners", flat=True) for d in owners})


@login_required
@require_GET
def word(request):
    profile = request.user.profile
    return render(request, "web/word.html", {"departments": _departments(),
                                             "mine": profile.department if profile.role == "writer" else ""})


@login_required
@require_GET
def download(request):
    department = request.GET.get("department", "")
    if department not in _departments():
        return HttpResponseBadRequest("未知的编写部门")
    out = Path(tempfile.mkdtemp(prefix="nianbao-word-")) / department_file_name(department)
    try:
        pipeline.export_sections(project_dir(), out, department, texts=drafts())
    except NianbaoError as exc:
        messages.error(request, str(exc))
        return redirect("word")
    return FileResponse(out.open("rb"), as_attachment=True, filename=out.name,
                        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")


def _states() -> dict[str, SectionState]:
    return {s.sid: SectionState(s.state, s.state_updated, s.state_by, s.state_note) for s in Section.objects.all()}


def _read_upload(request) -> Path:
    upload = request.FILES.get("file")
    if upload is None:
        raise NianbaoError("请选择要上传的 Word 文件（.docx）")
    if not upload.name.lower().endswith(".docx"):
        raise NianbaoError(f"只接受 .docx 文件（收到“{upload.name[-40:]}”）")
    if upload.size > MAX_UPLOAD_BYTES:
        raise NianbaoError(f"文件过大（{upload.size / 1024**2:.1f} MB），最多 {MAX_UPLOAD_BYTES // 1024**2} MB")
    head = upload.read(4)
    upload.seek(0)
    if head != ZIP_MAGIC:
        raise NianbaoError("文件不是有效的 .docx（Word 2007 及以后的格式）")
    path = Path(tempfile.mkdtemp(prefix="nianbao-upload-")) / "upload.docx"
    with path.open("wb") as fh:
        for chunk in upload.chunks():
            fh.write(chunk)
    return path


@login_required
@require_POST
def upload(request):
    """Read the DOCX (nothing saved yet) and show each section's differences."""
    try:
        result = pipeline.import_sections(project_dir(), _read_upload(request), texts=drafts(), states=_states())
    except NianbaoError as exc:
        messages.error(request, f"无法导入：{exc}")
        return redirect("word")
    sections = {s.sid: s for s in Section.objects.select_related("current").filter(sid__in=[i.id for i in result.sections])}
    rows, pending = [], {}
    for item in result.sections:
        section = sections[item.id]
        editable = allowed(request.user, "edit", section)
        if item.changed and editable:
            pending[item.id] = {"text": item.new, "base": section.current.number if section.current else 0,
                                "pictures": {rel: data for rel, data in result.picture_data.items() if rel in item.new}}
        rows.append({"section": section, "item": item, "editable": editable,
                     "pictures": [rel for rel in result.picture_data if item.changed and rel in item.new],
                     "diff": diff_table(item.old, item.new, "工作台中的当前版本", "Word 文件") if item.changed else ""})
    token = secrets.token_urlsafe(16)
    cache.set(f"word-import:{request.user.pk}:{token}", pending, PENDING_SECONDS)
    numbers = result.numbers
    return render(request, "web/word_import.html", {
        "rows": rows, "token": token, "department": result.department, "warnings": result.warnings,
        "notices": result.notices, "contradictions": numbers.contradictions if numbers else [],
        "number_problems": numbers.problems if numbers else []})


@login_required
@require_POST
def accept(request, token: str):
    """Save the chosen sections as revisions (based on the revision shown with the differences)."""
    pending = cache.get(f"word-import:{request.user.pk}:{token}")
    if pending is None:
        messages.error(request, "导入已过期，请重新上传 Word 文件")
        return redirect("word")
    saved, refused, pictures = [], [], []
    for sid in request.POST.getlist("sections"):
        entry = pending.get(sid)
        section = Section.objects.filter(sid=sid).first()
        if entry is None or section is None or not allowed(request.user, "edit", section):
            refused.append(f"{sid}（无权修改）")
            continue
        if (section.current.number if section.current else 0) != entry["base"]:
            refused.append(f"{sid}（上传后已被他人修改，请重新上传）")
            continue
        try:
            # the pictures first (named by content, so an unused one is harmless): the saved text names them
            pictures += pipeline.save_import_pictures(project_dir(), entry["text"], entry.get("pictures", {}))
            save_text(sid, entry["text"], entry["base"], request.user, note="Word 导入")
            saved.append(sid)
        except StaleRevision:
            refused.append(f"{sid}（上传后已被他人修改，请重新上传）")
        except NianbaoError as exc:
            refused.append(f"{sid}（{exc}）")
    cache.delete(f"word-import:{request.user.pk}:{token}")
    if saved:
        messages.success(request, f"已保存 {len(saved)} 个章节：{'、'.join(saved)}"
                         + (f"；图片 {len(pictures)} 张存入项目：{'、'.join(pictures)}" if pictures else ""))
    if refused:
        messages.error(request, f"未保存：{'；'.join(refused)}")
    return redirect("dashboard")
