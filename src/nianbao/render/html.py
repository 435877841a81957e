"""HTML writer: one self-contained page (styles inline, charts as inline SVG, photos as data URIs)."""
from __future__ import annotations

import base64
import re
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from ..document.model import (BulletList, Case, CrossRef, Document, Figure, Heading, Inline, Paragraph, Strong,
                              Table, Text, ValueRef)
from .anchors import anchor, section_anchor

TEMPLATES = Path(__file__).parent / "html_templates"


def render_inlines(inlines: list[Inline], notes: dict | None = None) -> Markup:
    out = []
    for item in inlines:
        if isinstance(item, Text):
            out.append(escape(item.text))
        elif isinstance(item, Strong):
            out.append(Markup("<strong>%s</strong>") % item.text)
        elif isinstance(item, ValueRef):
            out.append(Markup('<span class="value" data-indicator="%s" title="%s">%s</span>')
                       % (item.indicator, item.expr, item.display))
        elif isinstance(item, CrossRef):
            out.append(Markup('<a class="xref" href="#%s">%s</a>') % (anchor(item.display), item.display))
    return Markup("").join(out)


_UNSAFE_IN_URL = re.compile(r"[\x00-\x20\x7f<>\"'`\\]")


def web_url(url: str) -> str | None:
    """The URL if it may be a link on a public page (http or https with a host), else None:
    `javascript:`, `data:`, `vbscript:`, scheme-relative and malformed URLs are shown as text."""
    url = (url or "").strip()
    if not url or _UNSAFE_IN_URL.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.hostname else None


def linked(text: str, url: str) -> Markup:
    """`text` escaped, with `url` as a link where it occurs, if it is an http(s) URL (checked
    here too: the writer never trusts that report.toml was validated)."""
    url = web_url(url) or ""
    if not url or url not in text:
        return escape(text)
    before, _, after = text.partition(url)
    return Markup("%s<a href=\"%s\">%s</a>%s") % (before, url, url, after)


def _image_src(fig: Figure) -> str:
    mime = "image/jpeg" if fig.png[:2] == b"\xff\xd8" else "image/png"
    return f"data:{mime};base64,{base64.b64encode(fig.png).decode()}"


def _svg(fig: Figure) -> Markup:
    svg = fig.svg
    start = svg.find("<svg")
    return Markup(svg[start:] if start >= 0 else svg)


class HtmlWriter:
    def __init__(self, doc: Document, annotations: dict | None = None):
        self.doc = doc
        self.annotations = annotations or {}
        self.env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                               trim_blocks=True, lstrip_blocks=True)
        self.env.globals.update(inlines=render_inlines, anchor=anchor, svg=_svg, image_src=_image_src,
                                kind=self.kind, notes_for=self.notes_for, linked=linked)

    @staticmethod
    def kind(block) -> str:
        for cls, name in ((Paragraph, "paragraph"), (Heading, "heading"), (BulletList, "list"), (Table, "table"),
                          (Figure, "figure"), (Case, "case")):
            if isinstance(block, cls):
                return name
        return "unknown"

    def notes_for(self, block) -> list:
        loc = getattr(block, "location", None)
        return self.annotations.get(str(loc), []) if loc else []

    def toc(self) -> list[dict]:
        entries = []
        for i, chapter in enumerate(self.doc.sections, start=1):
            entries.append({"level": 1, "text": chapter.heading, "id": section_anchor((i,))})
            for j, section in enumerate(chapter.children, start=1):
                entries.append({"level": 2, "text": section.heading, "id": section_anchor((i, j))})
                for block in section.blocks:
                    if isinstance(block, Heading) and block.level == 3:
                        entries.append({"level": 3, "text": f"{block.label} {block.title}", "id": ""})
        return entries

    def render(self) -> str:
        chapters = []
        for i, chapter in enumerate(self.doc.sections, start=1):
            chapters.append({"section": chapter, "id": section_anchor((i,)),
                             "children": [{"section": s, "id": section_anchor((i, j))}
                                          for j, s in enumerate(chapter.children, start=1)]})
        return self.env.get_template("report.html").render(
            meta=self.doc.meta, toc=self.toc(), chapters=chapters, tables=self.doc.tables(),
            figures=self.doc.figures(), cases=self.doc.cases(), annotated=bool(self.annotations))


def write_html(doc: Document, path: Path, annotations: dict | None = None) -> None:
    path.write_text(HtmlWriter(doc, annotations).render(), encoding="utf-8")


__all__ = ["write_html", "render_inlines", "HtmlWriter"]
