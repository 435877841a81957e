"""The deployment docs/web.md documents: gunicorn on the WSGI entry point (nianbao.web.wsgi, the project
and database from the environment), static files from whitenoise; a build that a restart abandoned is
marked failed when the workers start."""
from __future__ import annotations

import http.cookiejar
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

import nianbao.web

from project_helpers import EXAMPLE
from web_databases import fresh_database

PASSWORD = "gunicorn-测试-pass-1"
GUNICORN = Path(sys.executable).parent / "gunicorn"
# A build left 构建中 by a process that is gone (this script's own, once it exits).
ABANDON = """import sys
from nianbao.web.server import open_workspace
open_workspace(sys.argv[1], sys.argv[2] or None)
from nianbao.web.builds import this_process
from nianbao.web.models import Build
print(Build.objects.create(formats=["pdf"], state=Build.RUNNING, percent=60, runner=this_process()).id)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url, timeout=30)
            return
        except OSError:  # refused, reset or timed out while the workers start (URLError is one)
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail("gunicorn 未能启动：" + log.read_text(errors="replace")[-2000:])
            time.sleep(0.3)


def log_in(base: str, name: str) -> urllib.request.OpenerDirector:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(base + "/login/")
    token = next(c.value for c in jar if c.name == "csrftoken")
    form = urllib.parse.urlencode({"username": name, "password": PASSWORD, "csrfmiddlewaretoken": token})
    opener.open(urllib.request.Request(base + "/login/", form.encode(), headers={"Referer": base + "/login/"}))
    return opener


@pytest.mark.skipif(not GUNICORN.exists(), reason="需要 gunicorn（pip install -e '.[bench]'，scripts/setup.sh 会安装）")
def test_gunicorn_serves_the_workspace_and_its_static_files(tmp_path):
    project = tmp_path / "project"
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns(".nianbao", "out"))
    with fresh_database(project) as url:
        env = {**os.environ, "NIANBAO_PASSWORD": PASSWORD, "NIANBAO_PROJECT": str(project)}
        if url:
            env["NIANBAO_DATABASE_URL"] = url
        subprocess.run([sys.executable, "-m", "nianbao.cli", "users", "add", str(project), "zhuanban", "--role", "admin",
                        *(["--database", url] if url else [])], check=True, env=env, capture_output=True, timeout=120)
        abandoned = subprocess.run([sys.executable, "-c", ABANDON, str(project), url or ""], check=True, env=env,
                                   capture_output=True, text=True, timeout=120).stdout.split()[-1]
        port = free_port()
        log = tmp_path / "gunicorn.log"
        with log.open("wb") as out:
            server = subprocess.Popen([str(GUNICORN), "nianbao.web.wsgi", "--bind", f"127.0.0.1:{port}",
                                       "--workers", "2"], env=env, stdout=out, stderr=subprocess.STDOUT)
            try:
                base = f"http://127.0.0.1:{port}"
                wait_until_up(base + "/login/", server, log)
                client = log_in(base, "zhuanban")
                dashboard = client.open(base + "/").read().decode()
                assert "zhuanban" in dashboard and "未开始" in dashboard and "二、" in dashboard
                static = client.open(base + "/static/web/app.css")
                assert static.headers["Content-Type"].startswith("text/css")
                assert static.read() == (Path(nianbao.web.__file__).parent / "static/web/app.css").read_bytes()
                status = json.load(client.open(f"{base}/builds/{abandoned}/status"))
                assert (status["state"], status["message"]) == ("失败", "构建因服务重启而中断，请重新构建")
            finally:
                server.terminate()
                assert server.wait(timeout=30) == 0
