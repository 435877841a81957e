"""The editor's picker: one list of values, tables, charts, cases and photos, searched by Chinese
name, caption, number or code, giving the Markdown the section reader accepts."""
from __future__ import annotations

import pytest

from conftest import EMPLOYMENT

pytestmark = pytest.mark.django_db


def items(client, **query):
    response = client.get("/api/picker", query)
    assert response.status_code == 200
    return response.json()["items"]


def test_tables_and_charts_by_caption_and_number(as_user):
    client = as_user("jiuye")
    [table] = [r for r in items(client, q="院系与专业") if r["kind"] == "table"]
    assert table == {"kind": "table", "name": "2025 届毕业生的院系与专业分布", "code": "graduates_by_major",
                     "number": "表 1-1", "detail": "已在“高质就业”", "insert": "```{table} graduates_by_major\n```\n",
                     "ref": "{ref}`graduates_by_major`"}
    assert [r["code"] for r in items(client, q="表1-1")] == ["graduates_by_major"]  # typed without the space
    [chart] = items(client, q="图 1-1", kind="chart")
    assert (chart["code"], chart["name"]) == ("gender_structure", "2025 届毕业生性别结构")
    assert chart["insert"] == "```{chart} gender_structure\n```\n"


def test_cases_by_title_and_number(as_user):
    [case] = items(as_user("shenhe"), q="案例 1-1")  # a reviewer reads names too
    assert case == {"kind": "case", "name": "追寻红足迹 争做新青年", "code": "case-red-footprints", "number": "案例 1-1",
                    "detail": "在“立德树人”", "insert": "{ref}`case-red-footprints`", "ref": "{ref}`case-red-footprints`"}


def test_kind_filter_and_unknown_kind(as_user):
    client = as_user("jiuye")
    assert {r["kind"] for r in items(client, kind="chart")} == {"chart"}
    assert len(items(client, kind="table")) == 12
    response = client.get("/api/picker", {"kind": "people"})
    assert response.status_code == 400 and response.content.decode() == "未知的类别"


def test_photos_of_the_project_with_their_caption(as_user, own_project):
    from PIL import Image
    (own_project / "photos").mkdir()
    Image.new("RGB", (30, 20)).save(own_project / "photos" / "招聘会.jpg")
    (own_project / "photos" / "notes.txt").write_text("不是图片")
    [photo] = items(as_user("jiuye"), kind="photo")
    assert photo["code"] == "photos/招聘会.jpg" and photo["detail"] == "尚未使用"
    assert photo["insert"] == "```{figure} photos/招聘会.jpg\n:caption: 图题\n```\n"


def test_numbers_follow_the_drafts(as_user, users):
    """A table moved into a draft takes the number the preview shows (the list is built from the drafts)."""
    from nianbao.web.models import Section
    from nianbao.web.store import save_text
    client = as_user("jiuye")
    section = Section.objects.select_related("current").get(sid=EMPLOYMENT)
    text = section.text.replace("```{table} graduates_by_major\n```\n", "").replace("见{ref}`graduates_by_major`", "").replace("{ref}`graduates_by_major`", "下表")
    assert text != section.text
    save_text(EMPLOYMENT, text, section.current.number, users["jiuye"])
    [table] = [r for r in items(client, q="graduates_by_major")]
    assert (table["number"], table["detail"], table["ref"]) == ("", "尚未放入报告", "")
    assert [r["code"] for r in items(client, q="表 1-1")] == ["graduates_by_origin"]


def test_no_account_and_no_profile_get_nothing(client):
    from django.contrib.auth import get_user_model
    assert client.get("/api/picker").status_code == 302
    client.force_login(get_user_model().objects.create_user("noprofile", password="x" * 12))
    assert client.get("/api/picker").status_code == 403
