"""Django for the web tests: settings built for a copy of the example project (the database is
pytest-django's in-memory test database), imported once, with one user per role."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from project_helpers import EXAMPLE
from web_databases import test_database_url

PASSWORD = "web-test-密码-1"
EMPLOYMENT = "1-talent/4-employment"  # 招生就业指导办公室
PARTY = "6-assurance/1-party"  # 党委办公室（行政办公室）


def copy_example(target: Path) -> Path:
    shutil.copytree(EXAMPLE, target, ignore=shutil.ignore_patterns(".nianbao", "out"))
    return target


def pytest_configure(config):
    from nianbao.web.settings import configure
    project = copy_example(Path(tempfile.mkdtemp(prefix="nianbao-web-")) / "project")
    configure(project, test_database_url(project),
              overrides={"PASSWORD_HASHERS": ["django.contrib.auth.hashers.MD5PasswordHasher"]})  # fast logins


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from nianbao.web.server import add_user
    from nianbao.web.store import import_project
    with django_db_blocker.unblock():
        import_project()
        add_user("jiuye", PASSWORD, "writer", "招生就业指导办公室")
        add_user("dangban", PASSWORD, "writer", "党委办公室（行政办公室）")
        add_user("shenhe", PASSWORD, "reviewer", None)
        add_user("zhuanban", PASSWORD, "admin", None)


@pytest.fixture
def users(db):
    from django.contrib.auth import get_user_model
    return {u.username: u for u in get_user_model().objects.all()}


@pytest.fixture
def as_user(client, users):
    """A test client logged in as the named user."""
    def login(name: str):
        client.force_login(users[name])
        return client
    return login


@pytest.fixture
def own_project(settings, tmp_path):
    """A fresh copy of the example for tests that write files (approval, export)."""
    settings.NIANBAO_PROJECT = copy_example(tmp_path / "project")
    return settings.NIANBAO_PROJECT
