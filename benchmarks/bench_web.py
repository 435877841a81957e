"""Load on the web workspace: locust, 50 concurrent users browsing and saving sections against
gunicorn on loopback, on SQLite and on PostgreSQL.

Targets (issue 16, item 10): no failed request; p95 of page views <= 3x and of saves <= 10x the p95
of a bare Django view (/ping: no database, no template) measured in the same run.

    NIANBAO_TEST_DATABASE="$(bash scripts/ci_postgres.sh)" .venv/bin/python benchmarks/bench_web.py

(options: --users 50 --seconds 60 --postgresql URL). Exits non-zero on a failed request, a missed
target or a database not measured.

The PostgreSQL run needs a server and a role that may create databases (NIANBAO_TEST_DATABASE or
--postgresql; scripts/ci_postgres.sh sets one up). Needs locust and gunicorn (pip install locust gunicorn).
"""
from __future__ import annotations

import argparse
import csv
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "tianjin-polytechnic-2025"
PASSWORD = "bench-web-密码-1"
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def nianbao(*args: str, env: dict) -> None:
    subprocess.run([sys.executable, "-m", "nianbao.cli", *args], check=True, env=env, capture_output=True, timeout=300)


def wait_for(url: str, process, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=5)
            return
        except OSError:  # refused, reset or timed out while the workers start
            if process.poll() is not None:
                raise SystemExit("gunicorn 未能启动")
            time.sleep(0.5)
    raise SystemExit("gunicorn 在规定时间内没有响应")


# Signed-in sessions made directly in the database: 50 logins at once would spend the first 30 s of
# the run hashing passwords (PBKDF2, by design slow), which is not what the targets measure.
SESSIONS = """import os, sys
from nianbao.web.server import open_workspace
open_workspace(os.environ["NIANBAO_PROJECT"], os.environ.get("NIANBAO_DATABASE_URL"))
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
from django.contrib.sessions.backends.db import SessionStore
from nianbao.pipeline import section_texts
user = get_user_model().objects.get(username="zhuanban")
keys = []
for _ in range(int(sys.argv[1])):
    session = SessionStore()
    session.update({SESSION_KEY: str(user.pk), BACKEND_SESSION_KEY: "django.contrib.auth.backends.ModelBackend",
                    HASH_SESSION_KEY: user.get_session_auth_hash()})
    session.create()
    keys.append(session.session_key)
print(",".join(keys))
print(",".join(section_texts(os.environ["NIANBAO_PROJECT"])))
"""


def sessions_and_sections(users: int, env: dict) -> tuple[str, str]:
    out = subprocess.run([sys.executable, "-c", SESSIONS, str(users)], check=True, env=env, capture_output=True,
                         text=True, timeout=300).stdout.split()
    return out[-2], out[-1]


def warm_up(host: str, session: str, paths: list[str]) -> None:
    """Every page once before the run (the cache of previews and findings counts, each worker's imports):
    the figures are those of a workspace in use, not of its first minute."""
    for path in paths:
        request = urllib.request.Request(host + path, headers={"Cookie": f"sessionid={session}"})
        urllib.request.urlopen(request, timeout=120).read()


def run(label: str, database: str | None, users: int, seconds: int, workdir: Path) -> dict:
    project = workdir / label / "project"
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns(".nianbao", "out"))
    env = {**os.environ, "NIANBAO_PASSWORD": PASSWORD, "NIANBAO_PROJECT": str(project)}
    if database:
        env["NIANBAO_DATABASE_URL"] = database
    nianbao("users", "add", str(project), "zhuanban", "--role", "admin", *(["--database", database] if database else []),
            env=env)
    port = free_port()
    host = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([str(BIN / "gunicorn"), "nianbao.web.wsgi", "--bind", f"127.0.0.1:{port}",
                               "--workers", "2", "--threads", "8", "--graceful-timeout", "5",
                               "--log-level", "warning"], env=env,
                              stdout=(workdir / f"{label}-gunicorn.log").open("wb"), stderr=subprocess.STDOUT)
    try:
        sessions, section_ids = sessions_and_sections(users, env)
        wait_for(host + "/ping", server)
        warm_up(host, sessions.split(",")[0], ["/", *(f"/s/{sid}/" for sid in section_ids.split(","))])
        stats = workdir / label / "stats"
        subprocess.run([str(BIN / "locust"), "-f", str(ROOT / "benchmarks" / "locust_web.py"), "--headless",
                        "-u", str(users), "-r", str(max(1, users // 5)), "-t", f"{seconds}s", "--host", host,
                        "--csv", str(stats), "--only-summary", "--loglevel", "WARNING"],
                       env={**env, "BENCH_SECTIONS": section_ids, "BENCH_SESSIONS": sessions},
                       check=False, capture_output=True, timeout=seconds + 300)
    finally:
        server.terminate()
        server.wait(timeout=60)
    log = (workdir / f"{label}-gunicorn.log").read_text(encoding="utf-8", errors="replace")
    print(f"  gunicorn 日志：{log.count('Traceback')} 个 Traceback，{log.count('database is locked')} 次 database is locked，"
          f"{log.count('WORKER TIMEOUT')} 次 WORKER TIMEOUT")
    with open(f"{stats}_stats.csv", encoding="utf-8") as fh:
        rows = {r["Name"]: r for r in csv.DictReader(fh)}
    with open(f"{stats}_failures.csv", encoding="utf-8") as fh:
        for failure in list(csv.DictReader(fh))[:5]:
            print(f"  失败：{failure['Method']} {failure['Name']} ×{failure['Occurrences']}：{failure['Error'][:200]}")
    return rows


def report(label: str, rows: dict) -> bool:
    if "bare" not in rows:
        print(f"{label}: 裸视图没有完成任何请求，无法计算比值")
        return False
    bare = float(rows["bare"]["95%"])
    ok = True
    failures = sum(int(r["Failure Count"]) for name, r in rows.items() if name != "Aggregated")
    print(f"{label}: {rows['Aggregated']['Request Count']} 个请求，失败 {failures}")
    for name, limit in (("bare", None), ("page", 3), ("save", 10), ("read", None)):
        r = rows.get(name)
        if r is None:
            print(f"  {name:5} 没有完成的请求")
            ok = False
            continue
        p95 = float(r["95%"])
        ratio = p95 / bare if bare else float("inf")
        verdict = "" if limit is None else ("  达标" if ratio <= limit else "  未达标") + f"（目标 ≤ {limit}x）"
        ok &= limit is None or ratio <= limit
        print(f"  {name:5} n={r['Request Count']:>6}  中位 {float(r['50%']):7.0f} ms  p95 {p95:7.0f} ms  "
              f"{ratio:6.1f}x 裸视图{verdict}")
    return ok and failures == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--postgresql", default=os.environ.get("NIANBAO_TEST_DATABASE", ""))
    args = parser.parse_args()
    print(f"机器：{os.cpu_count()} 核，负载 {os.getloadavg()[0]:.1f}；{args.users} 个并发用户，{args.seconds} 秒")
    ok = True
    with tempfile.TemporaryDirectory(prefix="bench-web-") as tmp:
        ok &= report("SQLite", run("sqlite", None, args.users, args.seconds, Path(tmp)))
        if not args.postgresql:
            print("PostgreSQL：未测（设置 NIANBAO_TEST_DATABASE 或 --postgresql；scripts/ci_postgres.sh 给出地址）")
            ok = False
        else:
            import psycopg
            name = f"nianbao_bench_{uuid.uuid4().hex[:8]}"
            with psycopg.connect(args.postgresql, autocommit=True) as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            try:
                url = args.postgresql.rsplit("/", 1)[0] + "/" + name
                ok &= report("PostgreSQL", run("postgresql", url, args.users, args.seconds, Path(tmp)))
            finally:
                with psycopg.connect(args.postgresql, autocommit=True) as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
