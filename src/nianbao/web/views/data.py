"""Data files: upload through the intake (every problem in a table, a rejected file changes nothing),
the versions of each kind and rollback. Admin only; everyone signed in may look."""
from __future__ import annotations

import tempfile
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from ... import pipeline
from ...errors import NianbaoError
from ...intake import store as intake_store
from ...intake.schemas import SCHEMAS
from ..permissions import allowed, require
from ..store import audit, project_dir

DATA_SUFFIXES = (".csv", ".txt", ".tsv", ".xlsx", ".xlsm", ".xls", ".ods")
MAX_DATA_FILE = 50 * 1024 * 1024  # a 100 000-row roster is about 10 MB as XLSX


def kinds() -> list[dict]:
    versions = pipeline.data_versions(project_dir())
    return [{"kind": kind, "title": SCHEMAS[kind].title, "versions": [version_row(v) for v in versions[kind]],
             "current": next((version_row(v) for v in versions[kind] if v.current), None)} for kind in versions]


def version_row(v) -> dict:
    m = v.manifest
    return {"name": v.name, "current": v.current, "file": m.get("original_name", ""), "rows": m.get("rows", ""),
            "sha256": m.get("sha256", "")[:12], "time": m.get("imported_at", "")[:19].replace("T", " ")}


@login_required
def data_page(request, result=None, status: int = 200):
    return render(request, "web/data.html", {"kinds": kinds(), "result": result, "can_change": allowed(request.user, "admin"),
                                             "suffixes": "、".join(DATA_SUFFIXES), "accept": ",".join(DATA_SUFFIXES),
                                             "max_mb": MAX_DATA_FILE // 2**20},
                  status=status)


def refused(request, message: str):
    messages.error(request, message)
    return data_page(request, status=400)


@login_required
@require_POST
def upload(request):
    require(request.user, "admin")
    kind, upload_file = request.POST.get("kind", ""), request.FILES.get("file")
    if kind not in SCHEMAS:
        return refused(request, f"请选择数据类型（{'、'.join(SCHEMAS)}）")
    if upload_file is None:
        return refused(request, "请选择要上传的文件")
    name = intake_store.safe_name(Path(upload_file.name).name)
    if Path(name).suffix.lower() not in DATA_SUFFIXES:
        return refused(request, f"不支持的文件类型“{Path(name).suffix or name}”；可上传：{'、'.join(DATA_SUFFIXES)}")
    if upload_file.size > MAX_DATA_FILE:
        return refused(request, f"文件过大（{upload_file.size / 2**20:.1f} MB），最大 {MAX_DATA_FILE // 2**20} MB")
    try:
        result = import_upload(kind, name, upload_file, request.POST.get("sheet", "").strip() or None)
    except NianbaoError as exc:
        return refused(request, str(exc))
    if result.version is None:
        audit(request.user, "数据导入被拒绝", kind, f"{name}：{len(result.parsed.problems)} 个问题")
        return data_page(request, result={"kind": kind, "name": name, "parsed": result.parsed}, status=400)
    v = result.version
    audit(request.user, "导入数据", kind, f"{name} → {v.name}，{v.manifest['rows']} 行，sha256 {v.manifest['sha256'][:12]}")
    messages.success(request, f"已导入为 {SCHEMAS[kind].title}（{kind}）的 {v.name}：{v.manifest['rows']} 行；下次构建将使用这一版本")
    return redirect("data")


def import_upload(kind: str, name: str, upload_file, sheet: str | None):
    """The upload written under its own name (the version keeps it) in a temporary folder, then imported."""
    with tempfile.TemporaryDirectory(prefix="nianbao-upload-") as tmp:
        path = Path(tmp) / name
        with path.open("wb") as fh:
            for chunk in upload_file.chunks():
                fh.write(chunk)
        return pipeline.import_data(project_dir(), kind, path, sheet, shown=name)


@login_required
@require_POST
def rollback(request, kind: str):
    require(request.user, "admin")
    if kind not in SCHEMAS:
        return refused(request, f"未知数据类型“{kind[:20]}”")
    try:
        v = pipeline.rollback_data(project_dir(), kind, request.POST.get("version", ""))
    except NianbaoError as exc:
        return refused(request, str(exc))
    audit(request.user, "回退数据", kind, f"切换到 {v.name}（{v.manifest.get('original_name', '')}）")
    messages.success(request, f"{SCHEMAS[kind].title}（{kind}）已切换到 {v.name}；下次构建将使用这一版本")
    return redirect("data")
