"""The audit log (专班管理员 only): every change, who and when."""
from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render
from django.views.decorators.http import require_GET

from ..models import AuditEntry
from ..permissions import require

SHOWN = 500


@login_required
@require_GET
def audit_log(request):
    require(request.user, "admin")
    entries = AuditEntry.objects.select_related("user")[:SHOWN]
    return render(request, "web/audit.html", {"entries": entries, "shown": SHOWN})
