"""Django settings built from arguments (project directory, database URL), never from global state.

`configure(project_dir, database_url)` sets them once per process; `nianbao serve`, `nianbao users`,
the WSGI entry point (wsgi.py, from environment variables) and the tests call it.
"""
from __future__ import annotations

import secrets
from pathlib import Path

import dj_database_url

from ..errors import NianbaoError

STATE_DIR = ".nianbao"  # git-ignored, inside the report project
SQLITE_FILE = "web.sqlite3"
SECRET_FILE = "web-secret.txt"
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MIN_PASSWORD = 8


class WebConfigError(NianbaoError):
    pass


def default_database_url(project_dir: Path) -> str:
    return f"sqlite:///{(project_dir / STATE_DIR / SQLITE_FILE).as_posix()}"


def database_settings(url: str) -> dict:
    if not url.startswith(("sqlite:", "postgres://", "postgresql://")):
        raise WebConfigError(f"数据库地址“{url.split(':', 1)[0]}:…”不受支持；请用 sqlite:///路径 或 postgresql://用户@主机/库名")
    try:
        config = dj_database_url.parse(url, conn_max_age=60)
    except ValueError as exc:
        raise WebConfigError(f"数据库地址无法解析：{exc}") from exc
    if config["ENGINE"].endswith("sqlite3"):
        # One writer at a time: wait for the lock instead of failing under concurrent saves.
        config["OPTIONS"] = {"timeout": 20, "transaction_mode": "IMMEDIATE", "init_command": "PRAGMA journal_mode=WAL;"}
        config["CONN_MAX_AGE"] = 0
    return config


def secret_key(project_dir: Path) -> str:
    """A random key kept beside the database (not in version control), made on first start."""
    path = project_dir / STATE_DIR / SECRET_FILE
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


def build_settings(project_dir: str | Path, database_url: str | None = None, debug: bool = False,
                   allowed_hosts: list[str] | None = None, public_url: str | None = None) -> dict:
    project_dir = Path(project_dir).resolve()
    if not (project_dir / "report.toml").is_file():
        raise WebConfigError(f"{project_dir} 不是报告项目（没有 report.toml）")
    (project_dir / STATE_DIR / "static").mkdir(parents=True, exist_ok=True)  # whitenoise's root
    return dict(
        NIANBAO_PROJECT=project_dir,
        NIANBAO_PUBLIC_URL=public_url or "",  # the site as visitors reach it; the report is published at …/report/
        DEBUG=debug,
        SECRET_KEY=secret_key(project_dir),
        ALLOWED_HOSTS=allowed_hosts or ["localhost", "127.0.0.1", "[::1]"],
        INSTALLED_APPS=["django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions",
                        "django.contrib.messages", "django.contrib.staticfiles", "nianbao.web"],
        MIDDLEWARE=["django.middleware.security.SecurityMiddleware",
                    "whitenoise.middleware.WhiteNoiseMiddleware",
                    "django.contrib.sessions.middleware.SessionMiddleware",
                    "django.middleware.common.CommonMiddleware",
                    "django.middleware.csrf.CsrfViewMiddleware",
                    "django.contrib.auth.middleware.AuthenticationMiddleware",
                    "django.contrib.messages.middleware.MessageMiddleware",
                    "django.middleware.clickjacking.XFrameOptionsMiddleware"],
        ROOT_URLCONF="nianbao.web.urls",
        DATABASES={"default": database_settings(database_url or default_database_url(project_dir))},
        DEFAULT_AUTO_FIELD="django.db.models.BigAutoField",
        TEMPLATES=[{"BACKEND": "django.template.backends.django.DjangoTemplates", "DIRS": [], "APP_DIRS": True,
                    "OPTIONS": {"context_processors": ["django.template.context_processors.request",
                                                       "django.contrib.auth.context_processors.auth",
                                                       "django.contrib.messages.context_processors.messages",
                                                       "nianbao.web.views.common.workspace"]}}],
        CACHES={"default": {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "nianbao_cache"}},
        LANGUAGE_CODE="zh-hans", TIME_ZONE="Asia/Shanghai", USE_I18N=True, USE_TZ=True,
        STATIC_URL="/static/", STATIC_ROOT=str(project_dir / STATE_DIR / "static"),
        STATICFILES_DIRS=[], WHITENOISE_USE_FINDERS=True, WHITENOISE_AUTOREFRESH=debug,
        LOGIN_URL="/login/", LOGIN_REDIRECT_URL="/", LOGOUT_REDIRECT_URL="/login/",
        SESSION_COOKIE_HTTPONLY=True, CSRF_COOKIE_SAMESITE="Lax", SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_AGE=12 * 3600, X_FRAME_OPTIONS="SAMEORIGIN",
        DATA_UPLOAD_MAX_MEMORY_SIZE=MAX_UPLOAD_BYTES, FILE_UPLOAD_MAX_MEMORY_SIZE=MAX_UPLOAD_BYTES,
        AUTH_PASSWORD_VALIDATORS=[{"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
                                   "OPTIONS": {"min_length": MIN_PASSWORD}},
                                  {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"}],
        LOGGING={"version": 1, "disable_existing_loggers": False,
                 "handlers": {"console": {"class": "logging.StreamHandler"}},
                 "loggers": {"django.request": {"handlers": ["console"], "level": "ERROR"}}},
    )


def configure(project_dir: str | Path, database_url: str | None = None, overrides: dict | None = None,
              **options) -> None:
    """Configure Django for this process (once) and set it up; `overrides` replaces settings (tests)."""
    import django
    from django.conf import settings
    if not settings.configured:
        settings.configure(**{**build_settings(project_dir, database_url, **options), **(overrides or {})})
    django.setup()
    from django.utils import translation
    translation.activate(settings.LANGUAGE_CODE)  # Django's own messages (passwords) in Chinese outside requests too


def migrate(verbosity: int = 0) -> None:
    """Apply migrations and create the cache table (idempotent)."""
    from django.core.management import call_command
    call_command("migrate", interactive=False, verbosity=verbosity)
    call_command("createcachetable", verbosity=verbosity)
