"""Which database the web tests run on: SQLite by default; PostgreSQL when NIANBAO_WEB_TEST_DB is
"postgresql" (tests/web/test_postgresql.py re-runs the web suite so, with the server CI starts and
names in NIANBAO_TEST_DATABASE)."""
from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

POSTGRES_URL = os.environ.get("NIANBAO_TEST_DATABASE", "")
ON_POSTGRES = os.environ.get("NIANBAO_WEB_TEST_DB") == "postgresql"


def test_database_url(project: Path, name: str = "test.sqlite3") -> str:
    """The URL Django is configured with (pytest-django then creates its own test database from it)."""
    if ON_POSTGRES:
        return POSTGRES_URL
    return f"sqlite:///{project / '.nianbao' / name}"


@contextlib.contextmanager
def fresh_database(project: Path):
    """A database of its own for one running server (`nianbao serve --database URL`), dropped after."""
    if not ON_POSTGRES:
        yield None
        return
    import psycopg
    name = f"nianbao_srv_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield POSTGRES_URL.rsplit("/", 1)[0] + "/" + name
    finally:
        with psycopg.connect(POSTGRES_URL, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
