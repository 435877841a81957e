"""Build in the background, download, publish to /report/ (no account), the 公开网址 page points at it."""
from __future__ import annotations

import pytest

from nianbao.web import builds
from nianbao.web.models import AuditEntry, Build, Section
from nianbao.workflow.status import APPROVED


@pytest.fixture
def in_request(monkeypatch):
    """The build runs inside the request: the test client's database is one transaction, which a thread cannot see."""
    monkeypatch.setattr(builds, "IN_THREAD", False)


def test_build_download_and_publish(as_user, own_project, in_request, client):
    admin = as_user("zhuanban")
    response = admin.post("/builds/start/", {"formats": ["html"]})
    assert response.status_code == 302
    build = Build.objects.get()
    status = admin.get(f"/builds/{build.id}/status").json()
    assert status["state"] == "已完成" and status["done"] and status["percent"] == 100, status
    assert any(s.startswith("graduates：report.toml 中的 data/graduates.csv（3337 行）") for s in status["data_sources"])
    html = admin.get(f"/builds/{build.id}/html")
    page = b"".join(html.streaming_content).decode()
    assert '公开网址：<a href="http://testserver/report/">' in page  # the workspace's address, not report.toml's
    assert admin.get(f"/builds/{build.id}/pdf").status_code == 404  # not built
    listing = admin.get("/builds/").content.decode()
    assert "graduates：report.toml 中的 data/graduates.csv（3337 行）" in listing
    refused = admin.post(f"/builds/{build.id}/publish/", follow=True).content.decode()
    assert "个章节未通过审核" in refused and builds.published_build() is None
    Section.objects.update(state=APPROVED)
    admin.post(f"/builds/{build.id}/publish/")
    assert builds.published_build().id == build.id
    admin.logout()
    public = client.get("/report/")
    assert public.status_code == 200 and '公开网址：<a href="http://testserver/report/">' in b"".join(public.streaming_content).decode()
    assert "default-src 'none'" in public["Content-Security-Policy"]
    assert [e.action for e in AuditEntry.objects.filter(target=f"构建 {build.id}").order_by("id")] == \
        ["开始构建", "构建完成", "发布报告"]


def test_the_build_uses_the_imported_data_version(as_user, own_project, in_request):
    from django.core.files.uploadedfile import SimpleUploadedFile
    admin = as_user("zhuanban")
    roster = (own_project / "data" / "graduates.csv").read_bytes()
    admin.post("/data/upload/", {"kind": "graduates", "file": SimpleUploadedFile("名单.csv", roster)})
    admin.post("/builds/start/", {"formats": ["html"]})
    sources = Build.objects.get().data_sources
    assert any(s.startswith("graduates：已导入的版本 v0001（名单.csv，3337 行") for s in sources), sources


def test_nothing_published_yet_and_visitors_see_nothing_else(client, db):
    response = client.get("/report/")
    assert response.status_code == 404 and "报告尚未发布" in response.content.decode()
    assert client.get("/builds/").status_code == 302
    assert client.post("/builds/start/", {"formats": ["html"]}).status_code == 302  # to the login page


@pytest.mark.parametrize("name", ["jiuye", "shenhe"])
def test_only_the_admin_builds_and_publishes(as_user, name):
    client = as_user(name)
    assert client.post("/builds/start/", {"formats": ["html"]}).status_code == 403
    assert client.post("/builds/1/publish/").status_code == 403
    assert "开始构建" not in client.get("/builds/").content.decode()
    assert not Build.objects.exists()


def test_a_build_needs_a_format(as_user, in_request):
    page = as_user("zhuanban").post("/builds/start/", {"formats": ["exe"]}, follow=True).content.decode()
    assert "请至少选择一种格式" in page and not Build.objects.exists()


def test_the_bare_view_answers_without_an_account(client):
    response = client.get("/ping")  # the load benchmark's baseline and a health check
    assert response.status_code == 200 and response.content == b"ok"


def test_a_build_abandoned_by_a_restart_is_marked_failed_on_start_up(as_user, users):
    import subprocess
    import sys
    gone = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    gone_identity = builds.process_identity(gone.pid)
    gone.communicate(b"")
    assert gone_identity and builds.process_identity(gone.pid) == ""
    admin = users["zhuanban"]
    dead = Build.objects.create(user=admin, formats=["html"], state=Build.RUNNING, percent=40, runner=gone_identity)
    unknown = Build.objects.create(user=admin, formats=["pdf"], state=Build.QUEUED)  # made before runners were kept
    live = Build.objects.create(user=admin, formats=["html"], state=Build.RUNNING, runner=builds.this_process())
    elsewhere = Build.objects.create(user=admin, formats=["html"], state=Build.RUNNING, runner="other-host:1:5")
    assert builds.fail_abandoned_builds() == 2
    states = {b.id: (b.state, b.message) for b in Build.objects.all()}
    assert states[dead.id] == states[unknown.id] == ("失败", "构建因服务重启而中断，请重新构建")
    assert states[live.id][0] == states[elsewhere.id][0] == "构建中"
    status = as_user("zhuanban").get(f"/builds/{dead.id}/status").json()
    assert status["state"] == "失败" and status["message"] == "构建因服务重启而中断，请重新构建", status
