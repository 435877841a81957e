"""The dashboard: the outline with owner, state, deadline, findings and last editor; filters."""
from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from ...workflow.status import STATES
from ..models import Section
from ..permissions import owns
from ..store import findings_counts


def chapter_heading(section: Section) -> str:
    """"一、人才培养" for its sections and lead text; a chapter without sections (前言) is its own heading."""
    return section.title.removesuffix("（导语）").removesuffix(section.short_title).strip() or section.title


@login_required
def dashboard(request):
    department = request.GET.get("department", "")
    state = request.GET.get("state", "")
    sections = list(Section.objects.select_related("current", "current__author", "current__author__profile"))
    departments = sorted({d for s in sections for d in s.owners})
    counts, warnings = findings_counts()
    rows, last_chapter = [], None
    for section in sections:
        if department and department not in section.owners or state and section.state != state:
            continue
        heading = chapter_heading(section)
        if heading != last_chapter:
            rows.append({"chapter": heading})
            last_chapter = heading
        rows.append({"section": section, "findings": counts.get(section.sid) if counts else None,
                     "mine": owns(request.user, section)})
    totals = {s: sum(1 for x in sections if x.state == s) for s in STATES}
    return render(request, "web/dashboard.html", {
        "rows": rows, "departments": departments, "states": STATES, "department": department, "state": state,
        "totals": totals, "warnings": warnings, "count": len(sections)})
