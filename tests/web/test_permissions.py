"""Roles are enforced on the server: by URL, form POST and API, whatever the page shows."""
from __future__ import annotations

import json

import pytest
from django.test import Client

from conftest import EMPLOYMENT, PARTY, PASSWORD

pytestmark = pytest.mark.django_db


def current(sid: str):
    from nianbao.web.models import Section
    return Section.objects.select_related("current").get(sid=sid)


def test_no_account_sees_only_the_login_form(client):
    for url in ("/", f"/s/{EMPLOYMENT}/", f"/s/{EMPLOYMENT}/edit/", "/api/picker", f"/api/sections/{EMPLOYMENT}"):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/login/?next=")
    response = client.post(f"/s/{EMPLOYMENT}/edit/", {"text": "改", "base": 1})
    assert response.status_code == 302 and current(EMPLOYMENT).current.number == 1


def test_writer_reads_but_cannot_write_another_departments_section(as_user):
    client = as_user("jiuye")  # 招生就业指导办公室; PARTY belongs to 党委办公室
    before = current(PARTY).text
    assert client.get(f"/s/{PARTY}/").status_code == 200  # read-only elsewhere
    assert client.get(f"/s/{PARTY}/edit/").status_code == 403
    assert client.post(f"/s/{PARTY}/edit/", {"text": "篡改", "base": 1}).status_code == 403
    api = client.post(f"/api/sections/{PARTY}", json.dumps({"text": "篡改", "base": 1}), content_type="application/json")
    assert api.status_code == 403
    assert client.post(f"/s/{PARTY}/state/", {"to": "已提交"}).status_code == 403
    assert client.post(f"/s/{PARTY}/revisions/1/restore/", {"base": 1}).status_code == 403
    assert client.post(f"/s/{PARTY}/comment/", {"text": "评论"}).status_code == 403
    assert current(PARTY).text == before and current(PARTY).current.number == 1
    assert "编辑</a>" not in client.get(f"/s/{PARTY}/").content.decode()


def test_writer_edits_own_section_by_form_and_api(as_user):
    client = as_user("jiuye")
    text = current(EMPLOYMENT).text + "\n新增一段。\n"
    assert client.post(f"/s/{EMPLOYMENT}/edit/", {"text": text, "base": 1}).status_code == 302
    section = current(EMPLOYMENT)
    assert section.current.number == 2 and section.text == text and section.state == "撰写中"
    api = client.post(f"/api/sections/{EMPLOYMENT}", json.dumps({"text": text + "再一段。\n", "base": 2}),
                      content_type="application/json")
    assert api.status_code == 200 and api.json()["revision"] == 3


def test_writer_cannot_review_and_reviewer_cannot_edit(as_user):
    writer = as_user("jiuye")
    writer.post(f"/s/{EMPLOYMENT}/state/", {"to": "已提交"})
    assert current(EMPLOYMENT).state == "已提交"
    assert writer.post(f"/s/{EMPLOYMENT}/state/", {"to": "已通过"}).status_code == 403
    reviewer = as_user("shenhe")
    assert reviewer.post(f"/s/{EMPLOYMENT}/edit/", {"text": "审核人改", "base": 1}).status_code == 403
    assert current(EMPLOYMENT).state == "已提交" and current(EMPLOYMENT).current.number == 1


def test_csrf_is_enforced(users):
    client = Client(enforce_csrf_checks=True)
    client.force_login(users["jiuye"])
    assert client.post(f"/s/{EMPLOYMENT}/edit/", {"text": "无令牌", "base": 1}).status_code == 403
    api = client.post(f"/api/sections/{EMPLOYMENT}", json.dumps({"text": "无令牌", "base": 1}),
                      content_type="application/json")
    assert api.status_code == 403
    assert current(EMPLOYMENT).current.number == 1


def test_login_form_and_rate_limit(client):
    page = client.get("/login/").content.decode()
    assert 'name="username"' in page and 'name="password"' in page and "登录" in page
    response = client.post("/login/", {"username": "jiuye", "password": PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/"
    client.logout()
    for _ in range(5):
        failed = client.post("/login/", {"username": "jiuye", "password": "错的密码"})
        assert failed.status_code == 200 and "用户名或密码不正确" in failed.content.decode()
    blocked = client.post("/login/", {"username": "jiuye", "password": PASSWORD})
    assert blocked.status_code == 429 and "登录失败次数过多" in blocked.content.decode()


def test_audit_log_is_for_the_admin_only(as_user):
    as_user("jiuye").post(f"/s/{EMPLOYMENT}/edit/", {"text": "审计测试\n", "base": 1})
    assert as_user("shenhe").get("/audit/").status_code == 403
    page = as_user("zhuanban").get("/audit/").content.decode()
    assert "保存" in page and EMPLOYMENT in page and "jiuye" in page
