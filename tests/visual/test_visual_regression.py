"""Visual regression: chosen parts of the HTML at 390 px and 1280 px and chosen PDF pages, as PNG,
compared with reference images (see visual_helpers for the tolerance and how to update them)."""
import re
import subprocess

import pytest

from visual_helpers import assert_matches_reference

# (name, viewport width, CSS selector of the element shot)
HTML_SHOTS = [
    ("html-390-table-1-5", 390, '[aria-label="表 1-5"]'),
    ("html-390-figure-1-4", 390, "#fig-1-4"),
    ("html-1280-table-1-4", 1280, '[aria-label="表 1-4"]'),
    ("html-1280-figure-1-1", 1280, "#fig-1-1"),
]
# (name, text that identifies the page): pages found by their content, not their number
PDF_PAGES = [
    ("pdf-table-1-1", "表 1-1 2025 届毕业生的院系与专业分布"),
    ("pdf-table-1-7", "表 1-7 2025 届省内外生源毕业生毕业去向及落实率分布"),
]


@pytest.mark.parametrize("name,width,selector", HTML_SHOTS, ids=[s[0] for s in HTML_SHOTS])
def test_html_looks_as_before(example_page, name, width, selector):
    png = example_page(width).locator(selector).first.screenshot(animations="disabled", caret="hide")
    assert_matches_reference(name, png)


def _page_with(pdf, text: str) -> int:
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    found = [i for i, page in enumerate(pages, start=1) if re.search(f"(?<!续){re.escape(text)}", " ".join(page.split()))]
    # the 表目录 lists the caption too: the body page is the last one carrying it (not as 续表)
    assert found, text
    return found[-1]


@pytest.mark.parametrize("name,text", PDF_PAGES, ids=[p[0] for p in PDF_PAGES])
def test_pdf_page_looks_as_before(example_pdf, name, text):
    number = _page_with(example_pdf, text)
    png = subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(number), "-l", str(number), str(example_pdf)],
                         capture_output=True, check=True).stdout
    assert_matches_reference(name, png)
