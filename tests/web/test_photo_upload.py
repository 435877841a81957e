"""Photos uploaded from the editor: PNG/JPEG within the limits, saved into the project's photos/
under a safe name, by whoever may edit the section; anything else is refused in Chinese."""
from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from conftest import EMPLOYMENT, PARTY

pytestmark = pytest.mark.django_db


def jpeg() -> bytes:
    from PIL import Image
    out = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 120, 60)).save(out, "JPEG")
    return out.getvalue()


def post(client, sid: str, name: str, data: bytes):
    return client.post(f"/s/{sid}/photo/", {"photo": SimpleUploadedFile(name, data)})


def test_a_photo_is_saved_under_a_safe_name_and_offered_by_the_picker(as_user, own_project):
    client = as_user("jiuye")
    assert client.get("/api/picker", {"kind": "photo"}).json()["items"] == []  # the list is cached now
    response = post(client, EMPLOYMENT, "../../etc/校园 招聘会!.JPG", jpeg())
    assert response.status_code == 200
    assert response.json() == {"path": "photos/校园-招聘会.jpg",
                               "insert": "```{figure} photos/校园-招聘会.jpg\n:caption: 图题\n```\n"}
    assert (own_project / "photos" / "校园-招聘会.jpg").read_bytes() == jpeg()
    [photo] = client.get("/api/picker", {"kind": "photo"}).json()["items"]
    assert photo["code"] == "photos/校园-招聘会.jpg"
    from nianbao.web.models import AuditEntry
    assert AuditEntry.objects.filter(action="上传照片", target=EMPLOYMENT, detail="photos/校园-招聘会.jpg").exists()


def test_not_an_image_and_other_departments_are_refused(as_user, own_project):
    client = as_user("jiuye")
    response = post(client, EMPLOYMENT, "notes.jpg", b"<script>alert(1)</script>")
    assert response.status_code == 400 and response.json()["error"] == "“notes.jpg”不是 PNG 或 JPEG 图片（无法读取）"
    assert post(client, PARTY, "a.jpg", jpeg()).status_code == 403  # 党委办公室's section
    assert not (own_project / "photos").exists()
