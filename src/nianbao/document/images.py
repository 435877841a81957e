"""Photos named by a {figure} directive: inside the project, real PNG/JPEG, of bounded size.

A section is untrusted text: ```{figure} ../../../../etc/passwd``` must not embed the file
in the published page. The path is resolved (symlinks too) and must stay under the
project directory; the bytes must open in Pillow as PNG or JPEG (the formats every writer
embeds) and stay within the size limits (a 30 KB PNG can declare 50,000 x 50,000 pixels).
"""
from __future__ import annotations

import os
import warnings
from pathlib import Path

from ..limits import Limits, current_limits

FORMATS = ("PNG", "JPEG")
EXPECTED = "应为项目目录中的 PNG 或 JPEG 文件"


class ImageProblem(ValueError):
    """A message (Chinese, without location) for a figure that cannot be used."""


def resolve_inside(root: Path, rel: str) -> Path:
    root = root.resolve()
    given = root / rel
    if not _inside(root, Path(os.path.normpath(given))):
        raise ImageProblem(f"图片路径“{rel}”在报告项目目录之外；{EXPECTED}")
    resolved = given.resolve()
    if not _inside(root, resolved):
        raise ImageProblem(f"图片路径“{rel}”在报告项目目录之外（符号链接指向项目之外）；{EXPECTED}")
    return resolved


def _inside(root: Path, path: Path) -> bool:
    return path == root or root in path.parents


def load_image(root: Path, rel: str, limits: Limits | None = None) -> bytes:
    """The photo's bytes, checked; ImageProblem says why not."""
    limits = limits or current_limits()
    path = resolve_inside(root, rel)
    if not path.is_file():
        raise ImageProblem(f"图片文件不存在：{rel}")
    size = path.stat().st_size
    if size > limits.max_image_bytes:
        raise ImageProblem(f"图片“{rel}”过大（{size / 1024**2:.1f} MB）；应不超过 {limits.max_image_bytes / 1024**2:.0f} MB"
                           f"（上限可用环境变量 {Limits.env_name('max_image_bytes')} 设置）")
    data = path.read_bytes()
    check_image(data, rel, limits)
    return data


def check_image(data: bytes, rel: str, limits: Limits) -> None:
    import io

    from PIL import Image, UnidentifiedImageError
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                kind, (width, height) = image.format, image.size
                if kind in FORMATS and width * height <= limits.max_image_pixels:
                    image.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError,
            Image.DecompressionBombWarning) as exc:
        raise ImageProblem(f"“{rel}”不是 PNG 或 JPEG 图片（无法读取）") from exc
    if kind not in FORMATS:
        raise ImageProblem(f"“{rel}”不是 PNG 或 JPEG 图片（是 {kind}）；请另存为 PNG 或 JPEG")
    if width * height > limits.max_image_pixels:
        raise ImageProblem(f"图片“{rel}”过大（{width}×{height} 像素）；应不超过 {limits.max_image_pixels} 像素"
                           f"（上限可用环境变量 {Limits.env_name('max_image_pixels')} 设置）")
