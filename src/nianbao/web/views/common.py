"""What every page shares: the workspace context, the section lookup with its permission check."""
from __future__ import annotations

from functools import lru_cache

from django.shortcuts import get_object_or_404

from ...errors import NianbaoError
from ...project import open_project
from ..models import ROLE_NAMES, Section
from ..permissions import allowed, require
from ..store import project_dir


def workspace(request) -> dict:
    """Template context: the report's name, the user's role and department (never a person's name)."""
    profile = getattr(request.user, "profile", None) if request.user.is_authenticated else None
    return {"report_name": report_name(project_dir(), _mtime(project_dir() / "report.toml")), "role_name": ROLE_NAMES.get(profile.role, "") if profile else "",
            "user_department": profile.department if profile else "",
            "is_admin": allowed(request.user, "admin")}


def _mtime(path) -> float:
    return path.stat().st_mtime if path.is_file() else 0.0


@lru_cache(maxsize=4)
def report_name(root, mtime: float) -> str:
    try:
        config = open_project(root).config
    except NianbaoError:  # a broken report.toml must not hide the login page
        return "质量年报"
    return f"{config.college} {config.year} 年质量年报"


def section_for(request, sid: str, action: str) -> Section:
    """The section, after checking the user may do `action` on it (403 otherwise, 404 if unknown)."""
    section = get_object_or_404(Section.objects.select_related("current"), sid=sid)
    require(request.user, action, section)
    return section
