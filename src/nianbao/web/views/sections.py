"""A section: view, edit (optimistic locking, merge view), live preview, picker, revisions."""
from __future__ import annotations

import difflib
import hashlib
import json
import re

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from ... import pipeline
from ...errors import NianbaoError
from ...render.html import section_page
from ..models import Revision
from ..permissions import allowed, require
from ..sanitize import clean_html
from ..settings import MAX_UPLOAD_BYTES
from ..store import MAX_TEXT, StaleRevision, audit, drafts, exact_or_recent, project_dir, save_text, state_key
from .common import section_for


def _base(value) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return -1  # never a revision number: the save is refused as stale


def _can(request, section) -> dict:
    return {action: allowed(request.user, action, section) for action in ("edit", "submit", "review", "comment")}


@login_required
@require_GET
def view(request, sid: str):
    section = section_for(request, sid, "read")
    return render(request, "web/section.html", {
        "section": section, "can": _can(request, section), "comments": section.comments.select_related("author"),
        "preview": current_preview(section)})


@login_required
@require_http_methods(["GET", "POST"])
def edit(request, sid: str):
    section = section_for(request, sid, "edit")
    if request.method == "GET":
        return render(request, "web/edit.html", {"section": section, "text": section.text,
                                                 "base": section.current.number if section.current else 0,
                                                 "can": _can(request, section)})
    text = request.POST.get("text", "")
    try:
        save_text(sid, text, _base(request.POST.get("base")), request.user)
    except StaleRevision as exc:
        return merge_view(request, exc.section, text, status=409)
    except NianbaoError as exc:
        return render(request, "web/edit.html", {"section": section, "text": text, "error": str(exc),
                                                 "base": request.POST.get("base", ""), "can": _can(request, section)},
                      status=400)
    return redirect("section", sid=sid)


def diff_table(old: str, new: str, old_label: str, new_label: str) -> str:
    """Both texts side by side, changed lines marked (difflib escapes the texts)."""
    return difflib.HtmlDiff(wrapcolumn=60).make_table(old.splitlines(), new.splitlines(), old_label, new_label,
                                                      context=True)


def merge_view(request, section, mine: str, status: int = 409):
    """Both texts side by side with their differences; the user edits the merged text and saves it
    on top of the current revision."""
    theirs = section.text
    diff = diff_table(theirs, mine, "当前版本（他人已保存）", "你的修改")
    return render(request, "web/merge.html", {"section": section, "mine": mine, "theirs": theirs, "diff": diff,
                                              "base": section.current.number if section.current else 0},
                  status=status)


def preview_page(sid: str, text: str) -> dict:
    """The section rendered by the report's HTML writer (sanitised) with its findings and problems."""
    result = pipeline.preview_section(project_dir(), sid, text, drafts())
    html = clean_html(result.html) if result.html else ""
    page = section_page(html, sid) if html else ""
    return {"page": page, "findings": [{"severity": f.severity, "message": f.message,
                                        "line": f.locations[0].line if f.locations else None} for f in result.findings],
            "problems": result.problems}


def current_preview(section) -> dict:
    """The saved text's preview: always of the section's own current revision; what other sections'
    saves change around it (numbering, cross-references) shows within ten seconds."""
    stable = f"{section.sid}:{section.current_id}:{pipeline.data_stamp(project_dir())}"
    return exact_or_recent(f"preview:{section.sid}", state_key(), stable,
                           lambda: preview_page(section.sid, section.text))


@login_required
@require_POST
def preview(request, sid: str):
    section_for(request, sid, "read")
    text = request.POST.get("text", "")
    if len(text) > MAX_TEXT:
        return HttpResponseBadRequest("正文过长")
    return JsonResponse(preview_page(sid, text))


PICKER_KINDS = ("value", "table", "chart", "case", "photo")
PICKER_LIMIT = 60


def picker_rows() -> list[dict]:
    """Every insertable item (pipeline.picker_items over the current drafts), cached until the next
    save or data import: numbering them builds the report (about two seconds)."""
    photos = hashlib.sha256("\n".join(pipeline.project_photos(project_dir())).encode()).hexdigest()[:16]
    key = f"picker:{state_key()}:{photos}"  # an uploaded photo is listed at once
    rows = cache.get(key)
    if rows is None:
        rows = pipeline.picker_items(project_dir(), drafts())
        cache.set(key, rows, 600)
    return rows


NUMBER_QUERY = re.compile(r"(表|图|案例)\s*(\d+(?:-\d+)?)")


def _query_words(q: str) -> list[str]:
    """The search words, a number such as “表 1-1” kept as one word without its space."""
    return NUMBER_QUERY.sub(r"\1\2", q.strip().lower()).split()


def _matches(row: dict, words: list[str]) -> bool:
    number = row["number"].replace(" ", "")
    haystack = f"{row['name']} {row['code']} {number}".lower()
    return all(w == number if NUMBER_QUERY.fullmatch(w) else w in haystack for w in words)


@login_required
@require_GET
def picker(request):
    """The editor's picker: values, tables, charts, cases and photos matching `q` (Chinese name,
    caption, 表/图/案例 number or code), optionally of one `kind`; names and aggregate figures only."""
    require(request.user, "read")
    kind = request.GET.get("kind", "")
    if kind and kind not in PICKER_KINDS:
        return HttpResponseBadRequest("未知的类别")
    words = _query_words(request.GET.get("q", ""))
    hits = [r for r in picker_rows() if (not kind or r["kind"] == kind) and _matches(r, words)]
    return JsonResponse({"items": hits[:PICKER_LIMIT], "total": len(hits)})


@login_required
@require_POST
def upload_photo(request, sid: str):
    """A photo for this section (whoever may edit it): saved into the project's photos/ by the library
    (type, size and name checked there); answers the `{figure}` to insert, or the reason in Chinese."""
    section_for(request, sid, "edit")
    upload = request.FILES.get("photo")
    if upload is None:
        return JsonResponse({"error": "请选择要上传的照片（PNG 或 JPEG）"}, status=400)
    if upload.size > MAX_UPLOAD_BYTES:
        return JsonResponse({"error": f"照片过大（{upload.size / 1024**2:.1f} MB），最多 {MAX_UPLOAD_BYTES // 1024**2} MB"},
                            status=400)
    try:
        rel = pipeline.save_photo(project_dir(), upload.name, upload.read())
    except NianbaoError as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    audit(request.user, "上传照片", sid, rel)
    return JsonResponse({"path": rel, "insert": f"```{{figure}} {rel}\n:caption: 图题\n```\n"})


@login_required
@require_GET
def revisions(request, sid: str):
    section = section_for(request, sid, "read")
    return render(request, "web/revisions.html", {
        "section": section, "revisions": section.revisions.select_related("author", "author__profile"),
        "can": _can(request, section)})


@login_required
@require_GET
def revision(request, sid: str, number: int):
    section = section_for(request, sid, "read")
    rev = get_object_or_404(Revision, section=section, number=number)
    diff = diff_table(rev.text, section.text, f"第 {rev.number} 版", "当前版本")
    return render(request, "web/revision.html", {"section": section, "rev": rev, "diff": diff,
                                                 "can": _can(request, section)})


@login_required
@require_POST
def restore(request, sid: str, number: int):
    section = section_for(request, sid, "edit")
    rev = get_object_or_404(Revision, section=section, number=number)
    try:
        save_text(sid, rev.text, _base(request.POST.get("base")), request.user, note=f"恢复第 {rev.number} 版")
    except StaleRevision as exc:
        return merge_view(request, exc.section, rev.text)
    return redirect("section", sid=sid)


@login_required
@require_http_methods(["GET", "POST"])
def api_section(request, sid: str):
    """JSON: GET the text, state and revision; POST {"text", "base"} saves (409 with the current text
    when base is stale)."""
    section = section_for(request, sid, "read" if request.method == "GET" else "edit")
    if request.method == "POST":
        try:
            body = json.loads(request.body or b"{}")
        except (json.JSONDecodeError, UnicodeDecodeError):
            return JsonResponse({"error": "请求不是 JSON"}, status=400)
        if not isinstance(body, dict) or not isinstance(body.get("text"), str):
            return JsonResponse({"error": "应为 {\"text\": 正文, \"base\": 版本号}"}, status=400)
        try:
            saved = save_text(sid, body["text"], _base(body.get("base")), request.user)
        except StaleRevision as exc:
            return JsonResponse({"error": str(exc), "current": exc.section.current.number,
                                 "text": exc.section.text}, status=409)
        except NianbaoError as exc:
            return JsonResponse({"error": str(exc)}, status=400)
        section = saved.section
    return JsonResponse({"id": section.sid, "title": section.title, "state": section.state,
                         "revision": section.current.number if section.current else 0, "text": section.text})

