"""A section from 未开始 to 已通过 as two users; revisions; optimistic locking; no personal data."""
from __future__ import annotations

import csv
import re

import pytest

from conftest import EMPLOYMENT
from project_helpers import EXAMPLE

pytestmark = pytest.mark.django_db


def section(sid: str = EMPLOYMENT):
    from nianbao.web.models import Section
    return Section.objects.select_related("current").get(sid=sid)


def test_section_from_not_started_to_approved(as_user, own_project):
    file = own_project / "sections" / f"{EMPLOYMENT}.md"
    writer = as_user("jiuye")
    assert section().state == "未开始"
    text = section().text + "\n本节补充一句。\n"
    writer.post(f"/s/{EMPLOYMENT}/edit/", {"text": text, "base": 1})
    assert section().state == "撰写中"
    writer.post(f"/s/{EMPLOYMENT}/state/", {"to": "已提交"})
    assert section().state == "已提交" and section().state_by == "招生就业指导办公室"
    assert "本节补充一句" not in file.read_text(encoding="utf-8")  # drafts stay in the database

    reviewer = as_user("shenhe")
    refused = reviewer.post(f"/s/{EMPLOYMENT}/state/", {"to": "退回", "note": ""}, follow=True)
    assert "退回时请写明原因" in refused.content.decode() and section().state == "已提交"
    reviewer.post(f"/s/{EMPLOYMENT}/state/", {"to": "退回", "note": "请补充升学人数"})
    assert section().state == "退回" and section().comments.get().text == "请补充升学人数"

    writer = as_user("jiuye")
    page = writer.get(f"/s/{EMPLOYMENT}/").content.decode()
    assert "请补充升学人数" in page
    writer.post(f"/s/{EMPLOYMENT}/edit/", {"text": text + "升学人数见表。\n", "base": 2})
    writer.post(f"/s/{EMPLOYMENT}/state/", {"to": "已提交"})

    admin = as_user("zhuanban")
    admin.post(f"/s/{EMPLOYMENT}/state/", {"to": "已通过"})
    approved = section()
    assert approved.state == "已通过" and approved.locked
    assert file.read_text(encoding="utf-8") == text + "升学人数见表。\n"  # written back on approval
    status = (own_project / "status.toml").read_text(encoding="utf-8")
    assert f'["{EMPLOYMENT}"]' in status and 'state = "已通过"' in status and 'by = "专班管理员"' in status

    writer = as_user("jiuye")  # locked: not even the owner edits an approved section
    assert writer.get(f"/s/{EMPLOYMENT}/edit/").status_code == 403
    assert writer.post(f"/s/{EMPLOYMENT}/edit/", {"text": "改", "base": 3}).status_code == 403
    from nianbao.web.models import AuditEntry
    actions = list(AuditEntry.objects.filter(target=EMPLOYMENT).values_list("action", flat=True))
    assert actions.count("保存") == 2 and "状态改为已通过" in actions and "状态改为退回" in actions


def test_stale_save_is_refused_with_a_merge_view(as_user, users):
    from django.test import Client
    first, second = Client(), Client()
    first.force_login(users["jiuye"])
    second.force_login(users["zhuanban"])
    original = section().text
    assert first.post(f"/s/{EMPLOYMENT}/edit/", {"text": original + "甲的修改。\n", "base": 1}).status_code == 302
    refused = second.post(f"/s/{EMPLOYMENT}/edit/", {"text": original + "乙的修改。\n", "base": 1})
    page = refused.content.decode()
    assert refused.status_code == 409 and "保存冲突" in page and "乙的修改" in page and "甲的修改" in page
    assert section().text == original + "甲的修改。\n" and section().current.number == 2


def test_revisions_view_and_restore(as_user):
    writer = as_user("jiuye")
    original = section().text
    writer.post(f"/s/{EMPLOYMENT}/edit/", {"text": "完全改写。\n", "base": 1})
    listing = writer.get(f"/s/{EMPLOYMENT}/revisions/").content.decode()
    assert "第 1 版" in listing and "第 2 版" in listing and "jiuye" in listing and "导入" in listing
    assert "恢复为此版本" in writer.get(f"/s/{EMPLOYMENT}/revisions/1/").content.decode()
    writer.post(f"/s/{EMPLOYMENT}/revisions/1/restore/", {"base": 2})
    restored = section()
    assert restored.text == original and restored.current.number == 3 and restored.current.note == "恢复第 1 版"


def test_preview_shows_values_and_findings(as_user):
    writer = as_user("jiuye")
    text = section().text + "\n本届毕业生共3000人。\n"
    data = writer.post(f"/s/{EMPLOYMENT}/preview/", {"text": text}).json()
    assert "90.89%" in data["page"] and "<script" not in data["page"]
    assert any("3000人" in f["message"] and "3337" in f["message"] for f in data["findings"])
    broken = writer.post(f"/s/{EMPLOYMENT}/preview/", {"text": "{value}`no_such_indicator`"}).json()
    assert broken["page"] == "" and "未知指标“no_such_indicator”" in broken["problems"][0]
    hostile = writer.post(f"/s/{EMPLOYMENT}/preview/", {"text": "<script>alert(1)</script><img src=x onerror=alert(1)>"}).json()
    assert "<script" not in hostile["page"] and "onerror" not in hostile["page"]


def test_picker_lists_indicators_with_chinese_names_and_values(as_user):
    rows = as_user("jiuye").get("/api/picker", {"q": "落实率", "kind": "value"}).json()["items"]
    assert {"code": "placement_rate", "name": "毕业去向落实率", "detail": "90.89%（计算指标）",
            "insert": "{value}`placement_rate`"}.items() <= next(r for r in rows if r["code"] == "placement_rate").items()


def test_dashboard_filters_and_no_personal_data(as_user):
    client = as_user("zhuanban")
    page = client.get("/", {"department": "招生就业指导办公室"}).content.decode()
    assert "（四）高质就业" in page and "（一）立德树人" not in page and "2025-11-30" in page
    assert "（一）立德树人" in client.get("/", {"state": "未开始"}).content.decode()
    with (EXAMPLE / "data" / "graduates.csv").open(encoding="utf-8") as fh:
        student_ids = {row["学号"] for row in csv.DictReader(fh)}
    pages = [page, client.get(f"/s/{EMPLOYMENT}/").content.decode(), client.get(f"/s/{EMPLOYMENT}/edit/").content.decode(),
             client.post(f"/s/{EMPLOYMENT}/preview/", {"text": section().text}).json()["page"]]
    for html in pages:
        assert not student_ids & set(re.findall(r"\d{6,}", html)) and "学号" not in html and "姓名" not in html


def test_export_writes_drafts_and_states_back(as_user, own_project):
    from nianbao.web.store import export_project
    as_user("jiuye").post(f"/s/{EMPLOYMENT}/edit/", {"text": "导出测试的草稿。\n", "base": 1})
    assert export_project() == 1  # only the changed section's file is written
    assert (own_project / "sections" / f"{EMPLOYMENT}.md").read_text(encoding="utf-8") == "导出测试的草稿。\n"
    from nianbao.workflow import load_status
    assert load_status(own_project)[EMPLOYMENT].state == "撰写中"
    assert export_project() == 0
