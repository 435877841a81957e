"""The published report.html goes on a college's website: no user string becomes markup,
no URL but http(s) (or a data: image nianbao made) becomes a link or a source."""
from html.parser import HTMLParser

import pytest

from nianbao.document.model import (Author, BackMatter, BulletList, Case, Cell, CrossRef, Document, Figure,
                                    FrontMatter, FrontPage, Heading, Meta, Paragraph, Section, Strong, Table, Text,
                                    ValueRef)
from nianbao.render.html import HtmlWriter

EVIL = '"><script>alert(1)</script><img src=x onerror=alert(2) a="'


class Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.attrs = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend((tag, k, v or "") for k, v in attrs)


def hostile_document(url: str) -> Document:
    meta = Meta(college=EVIL, year=2025, title=EVIL, college_en=EVIL, subtitle=EVIL, publication_form=EVIL,
                publication_url=url, declaration_date=EVIL, cover_lines=[EVIL],
                authors=[Author(EVIL, EVIL, [EVIL])],
                front=FrontMatter(FrontPage(EVIL, [f"网址：{url}", EVIL], EVIL, EVIL, [EVIL], link=url),
                                  FrontPage(EVIL, [EVIL], EVIL, EVIL, [EVIL]), EVIL, EVIL, EVIL, EVIL, EVIL),
                back=BackMatter(EVIL, [EVIL, EVIL, EVIL]))
    blocks = [Heading(3, EVIL, label=EVIL), Paragraph([Text(EVIL), Strong(EVIL), ValueRef(EVIL, EVIL, EVIL),
                                                      CrossRef(EVIL, EVIL)]),
              BulletList([[Text(EVIL)]]),
              Table(EVIL, EVIL, [EVIL], [[Cell(EVIL, kind=EVIL)]], source=EVIL, number="表 1-1"),
              Figure(EVIL, EVIL, source=EVIL, number="图 1-1", png=b"\x89PNG fake", alt=EVIL),
              Case(EVIL, EVIL, [Paragraph([Text(EVIL)])], number="案例 1-1")]
    section = Section("k", EVIL, 1, label=EVIL, blocks=blocks, children=[Section("c", EVIL, 2, blocks=[])])
    return Document(meta, [section])


def parse(html: str) -> Collect:
    parser = Collect()
    parser.feed(html)
    return parser


@pytest.mark.parametrize("url", ["javascript:alert(3)", " JavaScript:alert(3)", "data:text/html,<script>x</script>",
                                 "vbscript:msgbox(1)", "//evil.example/", "java\tscript:alert(3)"])
def test_only_http_urls_become_links(url):
    html = HtmlWriter(hostile_document(url)).render()
    page = parse(html)
    assert "script" not in page.tags
    assert not [a for a in page.attrs if a[1].startswith("on")]
    links = [v for tag, k, v in page.attrs if k in ("href", "src")]
    assert all(v.startswith(("#", "http://", "https://", "data:image/png;base64,", "data:image/jpeg;base64,"))
               for v in links), links
    assert "alert(3)" not in " ".join(links)


def test_an_http_url_is_a_link_shown_as_text():
    html = HtmlWriter(hostile_document("https://www.example.edu.cn/nb?a=1&b=2")).render()
    assert '<a href="https://www.example.edu.cn/nb?a=1&amp;b=2">https://www.example.edu.cn/nb?a=1&amp;b=2</a>' in html


def test_javascript_url_is_shown_as_plain_text():
    html = HtmlWriter(hostile_document("javascript:alert(3)")).render()
    assert "<p>网址：javascript:alert(3)</p>" in html
