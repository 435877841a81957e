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


def with_picture(docx: bytes, tmp_path) -> bytes:
    """The department's file with a picture and its caption added in Word (python-docx)."""
    import docx as python_docx
    from PIL import Image
    png = tmp_path / "现场.png"
    Image.new("RGB", (60, 40), (200, 30, 30)).save(png)
    document = python_docx.Document(io.BytesIO(docx))
    anchor = next(p for p in document.paragraphs if NEW in p.text)
    picture = anchor.insert_paragraph_before()
    picture.add_run().add_picture(str(png))
    caption = anchor.insert_paragraph_before("图 校园招聘会现场")
    anchor._p.addnext(caption._p)
    anchor._p.addnext(picture._p)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_pictures_are_saved_into_the_project_when_accepted(as_user, department_docx, own_project, tmp_path):
    client = as_user("jiuye")
    page = upload(client, with_picture(department_docx, tmp_path))
    html = page.content.decode()
    [path] = re.findall(r"photos/1-talent-4-employment-[0-9a-f]{12}\.png", html)[:1]
    assert "Word 中的新图片（接受后存入项目）" in html and "{figure}" in re.sub(r"<[^>]+>", "", html)
    assert not (own_project / path).exists()  # nothing saved before accepting
    response = client.post(f"/word/accept/{page.context['token']}", {"sections": [EMPLOYMENT]}, follow=True)
    assert f"图片 1 张存入项目：{path}" in response.content.decode()
    assert (own_project / path).read_bytes().startswith(b"\x89PNG")
    text = current().text
    assert f"```{{figure}} {path}\n:caption: 校园招聘会现场\n```" in text and NEW in text
    preview = client.post(f"/s/{EMPLOYMENT}/preview/", {"text": text})
    assert preview.status_code == 200 and "校园招聘会现场" in preview.json()["page"]
    assert "data:image/png" in preview.json()["page"]


def test_a_damaged_docx_changes_nothing_and_says_why(as_user, department_docx):
    client = as_user("jiuye")
    for damaged in (department_docx[: len(department_docx) // 2], ZIP_ONLY):
        response = client.post("/word/upload", {"file": SimpleUploadedFile("招生就业.docx", damaged)}, follow=True)
        html = response.content.decode()
        assert response.status_code == 200 and "无法导入：" in html and "Traceback" not in html
    assert current().current.number == 1


def _zip_only() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("word/document.xml", "<w:document>不是 Word</w:document>")
    return out.getvalue()


ZIP_ONLY = _zip_only()
