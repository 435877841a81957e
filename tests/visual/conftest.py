"""Chromium for the page tests: Debian's /usr/bin/chromium driven by Playwright (never downloaded)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-dev-shm-usage",
                 "--disable-extensions", "--disable-sync", "--no-first-run", "--mute-audio",
                 "--font-render-hinting=none", "--force-color-profile=srgb"]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    if not CHROMIUM.exists():
        pytest.skip("需要 Debian 的 chromium（scripts/setup.sh 会安装）")
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def example_page_url(example_html_build) -> str:
    return example_html_build.files["html"].resolve().as_uri()


@pytest.fixture(scope="session")
def example_pdf(tmp_path_factory) -> Path:
    if not shutil.which("pdftoppm"):
        pytest.skip("需要 pdftoppm（poppler-utils）")
    from nianbao.pipeline import build_report
    from project_helpers import EXAMPLE
    return build_report(EXAMPLE, tmp_path_factory.mktemp("visual-pdf"), ["pdf"]).files["pdf"]


@pytest.fixture(scope="session")
def example_page(browser, example_page_url):
    """One loaded page per viewport width, shared by the tests (loading the report takes seconds)."""
    pages = {}

    def at(width: int):
        if width not in pages:
            page = browser.new_page(viewport={"width": width, "height": 900}, device_scale_factor=1)
            page.goto(example_page_url)
            page.evaluate("document.fonts.ready")
            pages[width] = page
        return pages[width]

    yield at
    for page in pages.values():
        page.close()
