"""The review workflow: submit, return with a comment, approve (locks; writes the file), reopen, comment."""
from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from ...errors import NianbaoError
from ...workflow.status import APPROVED, RETURNED, SUBMITTED
from ..permissions import require
from ..store import add_comment, set_state
from .common import section_for

# which permission each target state needs
ACTIONS = {SUBMITTED: "submit", RETURNED: "review", APPROVED: "review"}
DONE = {SUBMITTED: "已提交审核", RETURNED: "已退回", APPROVED: "已通过审核，章节已锁定并写回项目文件"}


@login_required
@require_POST
def change_state(request, sid: str):
    to = request.POST.get("to", "")
    if to not in ACTIONS:
        messages.error(request, f"无效的操作“{to[:20]}”")
        return redirect("section", sid=sid)
    section = section_for(request, sid, "read")
    require(request.user, ACTIONS[to], section)
    try:
        set_state(sid, to, request.user, request.POST.get("note", "").strip())
    except NianbaoError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, DONE[to])
    return redirect("section", sid=sid)


@login_required
@require_POST
def comment(request, sid: str):
    section_for(request, sid, "comment")
    try:
        add_comment(sid, request.POST.get("text", ""), request.user)
    except NianbaoError as exc:
        messages.error(request, str(exc))
    return redirect("section", sid=sid)
