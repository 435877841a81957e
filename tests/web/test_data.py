"""Data files through the web: upload (the intake's checks, every problem in a table, no personal
values), versions and rollback, type and size limits, admin only."""
from __future__ import annotations

from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from nianbao.intake import store
from nianbao.web.models import AuditEntry

BAD_ROSTER = ("学号,姓名,性别,民族,生源地,院系,专业,毕业去向\n"
              "2022019901,慕容青云,男,汉族,河北省,机械工程系,机电一体化技术,签就业协议形式就业\n"
              "2022019902,欧阳春晓,男性x,汉族,火星,机械工程系,机电一体化技术,签就业协议形式就业\n").encode("utf-8")


def upload(client, kind: str, name: str, content: bytes, **extra):
    return client.post("/data/upload/", {"kind": kind, "file": SimpleUploadedFile(name, content), **extra})


def roster(project: Path) -> bytes:
    return (project / "data" / "graduates.csv").read_bytes()


def test_a_rejected_file_is_shown_row_by_row_and_changes_nothing(as_user, own_project):
    response = upload(as_user("zhuanban"), "graduates", "毕业生.csv", BAD_ROSTER)
    page = response.content.decode()
    assert response.status_code == 400
    assert "未导入：毕业生.csv 有 2 个问题，项目数据没有任何改动" in page
    assert "<td>第 3 行</td>" in page and "<td>性别</td>" in page and "<td>生源地</td>" in page
    assert "<td>男**</td><td>男、女</td><td>性别取值不合法</td>" in page  # value masked, what was expected
    assert "慕容青云" not in page and "欧阳春晓" not in page and "2022019902" not in page  # no personal data
    assert store.versions(own_project, "graduates") == []
    assert AuditEntry.objects.filter(action="数据导入被拒绝", target="graduates").exists()


def test_versions_and_rollback(as_user, own_project):
    client = as_user("zhuanban")
    assert upload(client, "graduates", "去向名单.csv", roster(own_project)).status_code == 302
    fewer = b"\n".join(roster(own_project).splitlines()[:-5]) + b"\n"
    assert upload(client, "graduates", "去向名单-修订.csv", fewer).status_code == 302
    current = store.current(own_project, "graduates")
    assert current.name == "v0002" and current.manifest["rows"] == 3337 - 5
    page = client.get("/data/").content.decode()
    assert "当前使用 <strong>v0002</strong>：去向名单-修订.csv，3332 行" in page
    assert client.post("/data/graduates/rollback/", {"version": "v0001"}).status_code == 302
    assert store.current(own_project, "graduates").name == "v0001"
    assert client.post("/data/graduates/rollback/", {"version": "v0009"}).status_code == 400
    assert store.current(own_project, "graduates").name == "v0001"
    assert [e.action for e in AuditEntry.objects.filter(target="graduates").order_by("id")] == ["导入数据", "导入数据", "回退数据"]


@pytest.mark.parametrize("name, content, message", [
    ("roster.exe", b"MZ", "不支持的文件类型“.exe”"),
    ("../../roster", b"a,b\n", "不支持的文件类型"),
])
def test_upload_type_is_limited(as_user, own_project, name, content, message):
    response = upload(as_user("zhuanban"), "graduates", name, content)
    assert response.status_code == 400 and message in response.content.decode()
    assert not (own_project / ".nianbao" / "store").exists()


def test_upload_size_is_limited(as_user, own_project, monkeypatch):
    monkeypatch.setattr("nianbao.web.views.data.MAX_DATA_FILE", 1000)
    response = upload(as_user("zhuanban"), "graduates", "big.csv", roster(own_project))
    assert response.status_code == 400 and "文件过大" in response.content.decode()
    assert store.versions(own_project, "graduates") == []


@pytest.mark.parametrize("name", ["jiuye", "shenhe"])
def test_only_the_admin_changes_data(as_user, own_project, name):
    client = as_user(name)
    assert upload(client, "graduates", "g.csv", roster(own_project)).status_code == 403
    assert client.post("/data/graduates/rollback/", {"version": "v0001"}).status_code == 403
    page = client.get("/data/").content.decode()
    assert "只有专班管理员可以上传或回退数据" in page and 'name="file"' not in page
    assert store.versions(own_project, "graduates") == []


def test_data_page_needs_an_account(client, db):
    assert client.get("/data/").status_code == 302
