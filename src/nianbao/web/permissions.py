"""Who may do what: one function every view and API calls, on the server.

    allowed(user, action, section=None) -> bool

Actions: "read" (see a section, its revisions and comments), "edit" (save, restore, Word upload),
"submit", "review" (return with a comment, approve, reopen), "comment", "admin" (users, audit
log, export, data and builds). Roles: 专班管理员 admin (everything), 部门撰写人 writer (edit and
submit their own department's sections, read the rest), 审核人 reviewer (read, comment, return,
approve). No account: nothing here (the published report only). An approved section is locked:
no one edits or submits it until it is returned (reopened).
"""
from __future__ import annotations

from django.core.exceptions import PermissionDenied

from .models import ADMIN, REVIEWER, WRITER

ACTIONS = ("read", "edit", "submit", "review", "comment", "admin")


def role_of(user) -> str | None:
    if not user or not user.is_authenticated:
        return None
    profile = getattr(user, "profile", None)
    return profile.role if profile else None


def owns(user, section) -> bool:
    profile = getattr(user, "profile", None)
    return bool(profile and profile.department and section is not None and profile.department in section.owners)


def allowed(user, action: str, section=None) -> bool:
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    role = role_of(user)
    if role is None:
        return False
    if action in ("edit", "submit") and section is not None and section.locked:
        return False
    if role == ADMIN:
        return True
    if action == "read":
        return True
    if action == "comment":
        return role == REVIEWER or owns(user, section)
    if role == REVIEWER:
        return action == "review"
    if role == WRITER:
        return action in ("edit", "submit") and owns(user, section)
    return False


def require(user, action: str, section=None) -> None:
    """Raise PermissionDenied (HTTP 403) unless allowed."""
    if not allowed(user, action, section):
        raise PermissionDenied(DENIED.get(action, "没有权限"))


DENIED = {"read": "没有查看权限", "edit": "只能编辑本部门负责且未通过审核的章节", "submit": "只能提交本部门负责的章节",
          "review": "只有审核人或专班管理员可以退回或通过", "comment": "没有评论权限", "admin": "只有专班管理员可以进行此操作"}
