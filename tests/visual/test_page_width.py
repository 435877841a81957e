"""On a phone (390 px) the published page is no wider than the screen; wide tables scroll in their own box."""
import pytest

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def phone_page(example_page):
    return example_page(PHONE["width"])


def test_page_is_no_wider_than_a_phone_screen(phone_page):
    assert phone_page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"]
    overflowing = phone_page.evaluate("""(width) => [...document.querySelectorAll('body *')]
        .filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > width + 0.5)
        .map(e => e.tagName + '.' + e.className)""", PHONE["width"])
    assert overflowing == []


def test_each_table_scrolls_inside_its_own_box(phone_page):
    boxes = phone_page.evaluate("""() => [...document.querySelectorAll('table')].map(t => {
        const box = t.closest('.table-scroll'), r = box ? box.getBoundingClientRect() : t.getBoundingClientRect();
        return {label: box ? box.getAttribute('aria-label') : t.outerHTML.slice(0, 60), boxed: !!box,
                left: r.left, right: r.right, scrolls: box ? box.scrollWidth > box.clientWidth : false,
                tableWidth: t.scrollWidth, overflow: box ? getComputedStyle(box).overflowX : ''};
    })""")
    data_tables = [b for b in boxes if b["boxed"]]
    assert len(data_tables) >= 12
    for box in data_tables:
        assert box["left"] >= 0 and box["right"] <= PHONE["width"], box
        assert box["overflow"] == "auto", box
    # 表 1-5 (院系, 专业 and six destination columns) is wider than a phone: it scrolls, its
    # 院系/专业 columns keep their words on one line instead of one character per line.
    wide = next(b for b in data_tables if b["label"] == "表 1-5")
    assert wide["scrolls"] and wide["tableWidth"] > PHONE["width"]


def test_first_column_stays_in_view_when_a_table_scrolls(phone_page):
    left = phone_page.evaluate("""() => { const box = document.querySelector('[aria-label="表 1-5"]');
        box.scrollLeft = 300;
        const left = box.querySelector('td.lead').getBoundingClientRect().left - box.getBoundingClientRect().left;
        box.scrollLeft = 0;
        return left; }""")
    assert 0 <= left < 20


def test_charts_keep_legible_text_on_a_phone(phone_page):
    sizes = phone_page.evaluate("""() => [...document.querySelectorAll('figure svg text')]
        .map(t => t.getBoundingClientRect().height).filter(h => h > 0)""")
    assert sizes and min(sizes) >= 7.5, min(sizes)
