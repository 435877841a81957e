"""`nianbao serve`, `nianbao users add`, `nianbao export`: set Django up for a report project."""
from __future__ import annotations

from pathlib import Path

from ..errors import NianbaoError
from .settings import MIN_PASSWORD, configure, migrate


def open_workspace(project_dir: str | Path, database_url: str | None = None, **options) -> None:
    """Django configured for the project, migrations applied, the project imported on first start."""
    configure(project_dir, database_url, **options)
    migrate()
    from .builds import fail_abandoned_builds
    from .store import import_project
    import_project()
    fail_abandoned_builds()


def add_user(name: str, password: str, role: str, department: str | None) -> None:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError
    from django.db import transaction

    from ..project import open_project
    from ..workflow import UnknownDepartment
    from .models import ROLE_NAMES, WRITER, Profile
    from .store import audit, project_dir
    if role not in ROLE_NAMES:
        raise NianbaoError(f"角色“{role}”无效；可用：{'、'.join(f'{k}（{v}）' for k, v in ROLE_NAMES.items())}")
    departments = [a.department for a in open_project(project_dir()).config.authors]
    if role == WRITER and not department:
        raise NianbaoError("部门撰写人需要 --department（report.toml 中 [[authors]] 的 department）")
    if department and department not in departments:
        raise UnknownDepartment(f"report.toml 中没有编写部门“{department}”；已有：{'、'.join(departments)}")
    User = get_user_model()
    if User.objects.filter(username=name).exists():
        raise NianbaoError(f"用户“{name}”已存在")
    user = User(username=name)
    if len(password) < MIN_PASSWORD:  # said here in Chinese: Django 5.2's catalogue lacks this message
        raise NianbaoError(f"密码太短：至少 {MIN_PASSWORD} 个字符")
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise NianbaoError("密码不符合要求：" + "；".join(exc.messages)) from exc
    with transaction.atomic():
        user.set_password(password)
        user.save()
        Profile.objects.create(user=user, role=role, department=department or "")
        audit(None, "添加用户", name, f"{ROLE_NAMES[role]} {department or ''}".strip())


def list_users() -> list[tuple[str, str, str]]:
    from .models import Profile
    return [(p.user.username, p.role_name, p.department) for p in Profile.objects.select_related("user").order_by("user__username")]


def run(host: str, port: int) -> None:
    """Django's threaded WSGI server with whitenoise for static files (one command on localhost; for
    many users run gunicorn on nianbao.web.wsgi, see docs/web.md)."""
    from django.core.servers.basehttp import run as run_server
    from django.core.wsgi import get_wsgi_application
    run_server(host, port, get_wsgi_application(), threading=True)
