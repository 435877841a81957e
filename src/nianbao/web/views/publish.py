"""Build and publish: start a build (background, builds.py), its progress (polled JSON), downloads,
publishing a finished build, and the public report at /report/ (网上公开, no account)."""
from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from ... import pipeline
from ...errors import NianbaoError
from ..builds import BuildRefused, output_path, publish, published_build, start_build, unapproved_sections
from ..models import Build
from ..permissions import allowed, require

PUBLIC_PATH = "/report/"
CONTENT_TYPES = {"html": "text/html; charset=utf-8", "pdf": "application/pdf", "tables": "application/json",
                 "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def publication_url(request) -> str:
    """The stable public address: NIANBAO_PUBLIC_URL (the site as visitors reach it) or this request's host."""
    base = getattr(settings, "NIANBAO_PUBLIC_URL", "") or request.build_absolute_uri("/")
    return base.rstrip("/") + PUBLIC_PATH


@login_required
def builds(request):
    return render(request, "web/builds.html", {
        "builds": Build.objects.select_related("user")[:20], "can_build": allowed(request.user, "admin"),
        "formats": pipeline.ALL_FORMATS, "public_url": publication_url(request), "published": published_build(),
        "unapproved": len(unapproved_sections())})


@login_required
@require_POST
def start(request):
    require(request.user, "admin")
    try:
        build = start_build(request.user, request.POST.getlist("formats"), publication_url(request))
    except NianbaoError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"构建 {build.id} 已开始")
    return redirect("builds")


@login_required
def status(request, build_id: int):
    build = get_object_or_404(Build, id=build_id)
    return JsonResponse({"id": build.id, "state": build.state, "step": build.step, "percent": build.percent,
                         "message": build.message, "done": build.state in (Build.DONE, Build.FAILED),
                         "data_sources": build.data_sources})


@login_required
def download(request, build_id: int, fmt: str):
    path = output_path(get_object_or_404(Build, id=build_id), fmt)
    if path is None:
        raise Http404("没有这个输出文件")
    return FileResponse(path.open("rb"), as_attachment=fmt != "html", filename=path.name,
                        content_type=CONTENT_TYPES[fmt])


@login_required
@require_POST
def publish_build(request, build_id: int):
    require(request.user, "admin")
    try:
        publish(get_object_or_404(Build, id=build_id), request.user)
    except BuildRefused as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"已发布：访客可在 {publication_url(request)} 阅读本报告")
    return redirect("builds")


def public_report(request):
    """The published report for everyone (no account): the approved build's HTML, as built."""
    build = published_build()
    path = output_path(build, "html") if build else None
    if path is None:
        return render(request, "web/not_published.html", status=404)
    response = FileResponse(path.open("rb"), content_type=CONTENT_TYPES["html"])
    response["Content-Security-Policy"] = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:"
    return response
