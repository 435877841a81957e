"""Pixel comparison for the visual regression tests (pixelmatch-style, numpy over Pillow).

Images are compared in greyscale after scaling to the reference's size. A pixel differs when
its grey level moves by more than PIXEL_THRESHOLD (of 255; anti-aliasing noise stays below it);
an image fails when more than MAX_DIFF_SHARE of its pixels differ, or when its size changes by
more than 2 % (a page that grew or shrank is a layout change even if the pixels happen to match).
Set NIANBAO_UPDATE_VISUAL=1 to write new reference images on purpose (then look at them, and
commit them); references are stored at half resolution, greyscale, to keep the repository small.
"""
from __future__ import annotations

import io
import os
from pathlib import Path

import numpy as np
from PIL import Image

REFERENCE = Path(__file__).parent / "reference"
PIXEL_THRESHOLD = 40
MAX_DIFF_SHARE = 0.005
STORE_SCALE = 0.5


def _grey(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png)).convert("L")
    size = (max(1, round(image.width * STORE_SCALE)), max(1, round(image.height * STORE_SCALE)))
    return image.resize(size, Image.LANCZOS)


def diff_share(actual: Image.Image, reference: Image.Image) -> float:
    """Share of pixels whose grey level differs by more than PIXEL_THRESHOLD."""
    if actual.size != reference.size:
        actual = actual.resize(reference.size, Image.LANCZOS)
    a = np.asarray(actual, dtype=np.int16)
    b = np.asarray(reference, dtype=np.int16)
    return float((np.abs(a - b) > PIXEL_THRESHOLD).mean())


def assert_matches_reference(name: str, png: bytes) -> None:
    actual = _grey(png)
    path = REFERENCE / f"{name}.png"
    if os.environ.get("NIANBAO_UPDATE_VISUAL") == "1" or not path.exists():
        if not path.exists() and os.environ.get("NIANBAO_UPDATE_VISUAL") != "1":
            raise AssertionError(f"没有参考图 {path}：请用 NIANBAO_UPDATE_VISUAL=1 生成并查看后提交")
        REFERENCE.mkdir(exist_ok=True)
        actual.save(path, optimize=True)
        return
    reference = Image.open(path).convert("L")
    w_ratio, h_ratio = actual.width / reference.width, actual.height / reference.height
    assert abs(w_ratio - 1) <= 0.02 and abs(h_ratio - 1) <= 0.02, \
        f"{name}: size {actual.size} differs from the reference {reference.size}"
    share = diff_share(actual, reference)
    if share > MAX_DIFF_SHARE:
        out = Path(os.environ.get("NIANBAO_VISUAL_OUT", "/tmp")) / f"nianbao-visual-{name}.png"
        actual.save(out)
        raise AssertionError(f"{name}: {share:.2%} of the pixels differ (limit {MAX_DIFF_SHARE:.2%}); "
                             f"this run's image: {out}")
