"""The Word round trip in the browser: download a department's DOCX, upload the edited file, see
the differences, accept; nothing is saved before the user accepts, and only sections they may edit."""
from __future__ import annotations

import io
import re
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from conftest import EMPLOYMENT

pytestmark = pytest.mark.django_db
OLD, NEW = "初入职场阶段的稳定性仍需关注", "稳定性需要继续跟踪"


def edited(docx: bytes) -> bytes:
    source, out = zipfile.ZipFile(io.BytesIO(docx)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                assert OLD.encode() in data
                data = data.replace(OLD.encode(), NEW.encode())
            package.writestr(info, data)
    return out.getvalue()


def upload(client, data: bytes, name: str = "招生就业.docx"):
    return client.post("/word/upload", {"file": SimpleUploadedFile(name, data)})


@pytest.fixture(scope="module")
def department_docx(django_db_setup, django_db_blocker):
    from django.test import Client
    from django.contrib.auth import get_user_model
    with django_db_blocker.unblock():
        client = Client()
        client.force_login(get_user_model().objects.get(username="jiuye"))
        response = client.get("/word/download", {"department": "招生就业指导办公室"})
        assert response.status_code == 200 and response["Content-Disposition"].startswith("attachment")
        return edited(b"".join(response.streaming_content))


def current():
    from nianbao.web.models import Section
    return Section.objects.select_related("current").get(sid=EMPLOYMENT)


def test_upload_shows_the_differences_and_accept_saves(as_user, department_docx):
    client = as_user("jiuye")
    page = upload(client, department_docx)
    html = page.content.decode()
    shown = re.sub(r"<[^>]+>", "", html)  # the diff marks changed characters with spans
    assert page.status_code == 200 and NEW in shown and f'value="{EMPLOYMENT}" checked' in html
    assert current().current.number == 1  # nothing saved before accepting
    token = page.context["token"]
    client.post(f"/word/accept/{token}", {"sections": [EMPLOYMENT]})
    section = current()
    assert section.current.number == 2 and section.current.note == "Word 导入" and NEW in section.text
    assert OLD not in section.text


def test_another_department_cannot_accept(as_user, department_docx):
    client = as_user("dangban")
    page = upload(client, department_docx)
    assert "你无权修改本节" in page.content.decode() and f'value="{EMPLOYMENT}"' not in page.content.decode()
    response = client.post(f"/word/accept/{page.context['token']}", {"sections": [EMPLOYMENT]}, follow=True)
    assert "无权修改" in response.content.decode() and current().current.number == 1


def test_not_a_docx_is_refused_in_chinese(as_user):
    client = as_user("jiuye")
    response = client.post("/word/upload", {"file": SimpleUploadedFile("notes.docx", b"not a zip")}, follow=True)
    assert "文件不是有效的 .docx" in response.content.decode()
    response = client.post("/word/upload", {"file": SimpleUploadedFile("a.txt", b"PK\x03\x04")}, follow=True)
    assert "只接受 .docx 文件" in response.content.decode()
