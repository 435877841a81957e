"""The workspace in a real browser: `nianbao serve` on a copy of the example, Debian's chromium.

A writer edits a section, inserts a value from the picker, sees the preview and a finding, submits;
the reviewer returns it with a comment; the writer submits again; the admin approves (the file is
written back). Two clients saving at once from the same revision: one wins, the other gets 409."""
from __future__ import annotations

import http.cookiejar
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from project_helpers import EXAMPLE
from web_databases import fresh_database

PASSWORD = "浏览器测试-pass-1"
EMPLOYMENT = "1-talent/4-employment"
NIANBAO = [sys.executable, "-m", "nianbao.cli"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_cli(*args: str) -> None:
    env = {**os.environ, "NIANBAO_PASSWORD": PASSWORD}
    subprocess.run([*NIANBAO, *args], check=True, env=env, capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    project = tmp_path_factory.mktemp("workspace") / "project"
    shutil.copytree(EXAMPLE, project, ignore=shutil.ignore_patterns(".nianbao", "out"))
    with fresh_database(project) as url:  # SQLite in the project, or a PostgreSQL database of its own
        database = ["--database", url] if url else []
        run_cli("users", "add", str(project), "jiuye", "--role", "writer", "--department", "招生就业指导办公室", *database)
        run_cli("users", "add", str(project), "shenhe", "--role", "reviewer", *database)
        run_cli("users", "add", str(project), "zhuanban", "--role", "admin", *database)
        process, base, log = start_server(project, database)
        yield base, project
        process.terminate()
        process.wait(timeout=10)
        log.close()


def start_server(project: Path, database: list[str]):
    port = free_port()
    log = (project.parent / "serve.log").open("wb")  # a file, not a pipe: the request log never blocks the server
    process = subprocess.Popen([*NIANBAO, "serve", str(project), "--port", str(port), *database], stdout=log,
                               stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(base + "/login/", timeout=5)
            return process, base, log
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail("nianbao serve 未能启动：" + (project.parent / "serve.log").read_text(errors="replace")[-2000:])
            time.sleep(0.3)


def log_in(page, base: str, name: str) -> None:
    page.goto(base + "/login/")
    page.fill("#id_username", name)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(base + "/")


def log_out(page) -> None:
    page.click("header button:has-text('退出')")
    page.wait_for_url(re.compile(r"/login/"))


def state_of(page) -> str:
    return page.locator("p.meta .state").inner_text()


def pick(page, kind: str, query: str, code: str) -> None:
    """Open the picker on one kind, search, move to the item with the arrow keys and insert it with Enter."""
    page.click(f"button[data-picker={kind}]")
    page.fill("#picker-q", query)
    page.locator("#picker-list [role=option]", has_text=code).first.wait_for()
    options = page.locator("#picker-list [role=option]")
    for _ in range(options.count()):
        if code in page.locator("#picker-list [aria-selected=true]").inner_text():
            break
        page.press("#picker-q", "ArrowDown")
    page.press("#picker-q", "Enter")
    assert page.locator("#picker").is_hidden()


def test_a_writer_inserts_a_table_and_a_chart_from_the_picker(server, browser):
    """Not saved: the preview alone shows them, so the section's flow below is untouched."""
    base, _ = server
    page = browser.new_page(viewport={"width": 390, "height": 844})
    log_in(page, base, "jiuye")
    page.goto(f"{base}/s/{EMPLOYMENT}/edit/")
    page.wait_for_selector("#live-preview iframe", timeout=60_000)
    editor = page.locator("#id_text")
    editor.press("Control+End")
    editor.type("\n\n")
    pick(page, "table", "鲁班工坊", "luban_training")
    pick(page, "chart", "到账经费", "service_trend")
    assert editor.input_value().endswith("```{table} luban_training\n```\n```{chart} service_trend\n```\n")
    frame = page.frame_locator("#live-preview iframe")
    frame.locator("body", has_text="到账经费").wait_for(timeout=60_000)
    body = frame.locator("body").inner_text()
    assert "乌干达鲁班工坊非学历教育情况" in body and "技术服务与培训到账经费" in body
    page.close()


def test_a_section_from_writing_to_approved(server, browser):
    base, project = server
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    log_in(page, base, "jiuye")
    assert "招生就业指导办公室" in page.locator("header").inner_text()
    page.goto(f"{base}/s/{EMPLOYMENT}/edit/")
    page.wait_for_selector("#live-preview iframe", timeout=60_000)
    editor = page.locator("#id_text")
    editor.press("Control+End")
    editor.type("\n\n本届毕业生共3000人，毕业去向落实率为")
    page.click("button[data-picker=value]")
    page.fill("#picker-q", "落实率")
    option = page.locator("#picker-list [role=option]", has_text="placement_rate").first
    option.wait_for()
    assert "毕业去向落实率" in option.inner_text() and "90.89%" in option.inner_text()
    option.click()
    editor.type("。")
    assert editor.input_value().endswith("毕业去向落实率为{value}`placement_rate`。")
    finding = page.locator("#live-preview .findings li", has_text="3000人")
    finding.wait_for(timeout=60_000)
    assert "3337" in finding.inner_text()
    frame = page.frame_locator("#live-preview iframe")
    assert "毕业去向落实率为90.89%" in frame.locator("body").inner_text().replace(" ", "")
    page.click("button:has-text('保存')")
    page.wait_for_url(f"{base}/s/{EMPLOYMENT}/")
    assert state_of(page) == "撰写中"
    page.click("button:has-text('提交审核')")
    assert state_of(page) == "已提交"
    log_out(page)

    log_in(page, base, "shenhe")
    page.goto(f"{base}/s/{EMPLOYMENT}/")
    page.fill("#return-note", "请删去与数据不符的人数")
    page.click("form.return button:has-text('退回')")
    assert state_of(page) == "退回" and "请删去与数据不符的人数" in page.locator(".comments").inner_text()
    log_out(page)

    log_in(page, base, "jiuye")
    page.goto(f"{base}/s/{EMPLOYMENT}/")
    page.click("button:has-text('提交审核')")
    assert state_of(page) == "已提交"
    log_out(page)

    log_in(page, base, "zhuanban")
    page.goto(f"{base}/s/{EMPLOYMENT}/")
    page.click("button:has-text('通过')")
    assert state_of(page) == "已通过" and "已锁定" in page.locator("p.meta").inner_text()
    written = (project / "sections" / f"{EMPLOYMENT}.md").read_text(encoding="utf-8")
    assert written.endswith("毕业去向落实率为{value}`placement_rate`。")
    page.close()


class Session:
    """A logged-in HTTP client (cookies, CSRF token), as a second browser tab would be."""

    def __init__(self, base: str, name: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        self.opener.open(base + "/login/")
        data = urllib.parse.urlencode({"username": name, "password": PASSWORD, "csrfmiddlewaretoken": self.csrf()})
        self.opener.open(urllib.request.Request(base + "/login/", data.encode(), headers={"Referer": base + "/login/"}))

    def csrf(self) -> str:
        return next(c.value for c in self.jar if c.name == "csrftoken")

    def save(self, sid: str, text: str, base_revision: int) -> int:
        body = json.dumps({"text": text, "base": base_revision}).encode()
        request = urllib.request.Request(f"{self.base}/api/sections/{sid}", body, method="POST", headers={
            "Content-Type": "application/json", "X-CSRFToken": self.csrf()})
        try:
            return self.opener.open(request).status
        except urllib.error.HTTPError as exc:
            return exc.code

    def revision(self, sid: str) -> int:
        return json.load(self.opener.open(f"{self.base}/api/sections/{sid}"))["revision"]


def test_two_concurrent_saves_one_is_refused(server):
    base, _ = server
    sid = "1-talent/3-digital"  # 网络安全和信息化办公室: the admin and a second admin tab
    first, second = Session(base, "zhuanban"), Session(base, "zhuanban")
    start = first.revision(sid)
    barrier, codes = threading.Barrier(2), []

    def save(session: Session, mark: str) -> None:
        barrier.wait()
        codes.append(session.save(sid, f"并发保存{mark}\n", start))

    threads = [threading.Thread(target=save, args=(s, m)) for s, m in ((first, "甲"), (second, "乙"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(codes) == [200, 409]
    assert first.revision(sid) == start + 1
