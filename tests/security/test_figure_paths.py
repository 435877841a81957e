"""{figure} paths stay inside the project (symlinks resolved) and must be real PNG/JPEG images."""
import io
import os

import pytest
from PIL import Image

from nianbao.document.build import build_document
from nianbao.errors import BuildError
from nianbao.project import open_project
from project_helpers import make_project

GRADUATES = [["男", "汉族", "天津市", "机械工程系", "数控技术", "签劳动合同形式就业"]]
MAJORS = [["460104", "数控技术", "机械工程系", "2003"]]


def figure(path: str) -> str:
    return f"```{{figure}} {path}\n:caption: 图题\n```\n\n"


def png_bytes(size=(8, 8)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, "white").save(buf, "PNG")
    return buf.getvalue()


def project_with(tmp_path, text: str):
    return make_project(tmp_path / "proj", GRADUATES, MAJORS, sections={"1-talent/1-moral.md": text})


def problems_of(root) -> list[str]:
    with pytest.raises(BuildError) as info:
        build_document(open_project(root))
    return info.value.problems


def test_paths_outside_the_project_and_fake_images_are_errors(tmp_path):
    outside = tmp_path / "secret.png"
    outside.write_bytes(png_bytes())
    text = (figure("../../../../etc/passwd") + figure("/etc/passwd") + figure("photos/link.png")
            + figure("photos/fake.png") + figure("photos/missing.jpg"))
    root = project_with(tmp_path, text)
    (root / "photos").mkdir()
    os.symlink(outside, root / "photos" / "link.png")
    (root / "photos" / "fake.png").write_text("root:x:0:0:root:/root:/bin/bash\n")
    problems = problems_of(root)
    where = "sections/1-talent/1-moral.md"
    assert f"{where}:1：图片路径“../../../../etc/passwd”在报告项目目录之外；应为项目目录中的 PNG 或 JPEG 文件" in problems
    assert f"{where}:5：图片路径“/etc/passwd”在报告项目目录之外；应为项目目录中的 PNG 或 JPEG 文件" in problems
    assert f"{where}:9：图片路径“photos/link.png”在报告项目目录之外（符号链接指向项目之外）；应为项目目录中的 PNG 或 JPEG 文件" in problems
    assert f"{where}:13：“photos/fake.png”不是 PNG 或 JPEG 图片（无法读取）" in problems
    assert f"{where}:17：图片文件不存在：photos/missing.jpg" in problems
    assert not any("root:x" in p for p in problems)


def test_a_real_photo_inside_the_project_is_embedded(tmp_path):
    root = project_with(tmp_path, figure("photos/ok.png"))
    (root / "photos").mkdir()
    (root / "photos" / "ok.png").write_bytes(png_bytes())
    doc = build_document(open_project(root)).document
    assert doc.figures()[0].png == png_bytes()


def test_a_decompression_bomb_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("NIANBAO_MAX_IMAGE_PIXELS", "1000")
    root = project_with(tmp_path, figure("photos/big.png"))
    (root / "photos").mkdir()
    (root / "photos" / "big.png").write_bytes(png_bytes((100, 100)))
    assert problems_of(root) == ["sections/1-talent/1-moral.md:1：图片“photos/big.png”过大（100×100 像素）；"
                                 "应不超过 1000 像素（上限可用环境变量 NIANBAO_MAX_IMAGE_PIXELS 设置）"]
