"""HTML writer: one self-contained page (styles inline, charts as inline SVG, photos as data URIs)."""
from __future__ import annotations

import base64
import re
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from jinja2 import Environment, FileSystemBytecodeCache, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from ..document.model import (BulletList, Case, CrossRef, Document, Emphasis, Figure, Heading, Inline, Paragraph, Strong,
                              Table, Text, ValueRef)
from .anchors import anchor, section_anchor

TEMPLATES = Path(__file__).parent / "html_templates"


def value_tooltip(ref: ValueRef) -> str:
    """What a reader can use about a number: its Chinese name and definition, n and 数据来源."""
    parts = []
    if ref.name or ref.definition:
        parts.append("：".join(p for p in (ref.name, ref.definition) if p))
    if ref.n:
        parts.append(f"n = {ref.n}")
    if ref.source:
        parts.append(f"数据来源：{ref.source}")
    return "；".join(parts)


def _value(ref: ValueRef, provenance: bool) -> Markup:
    if provenance:  # `build --annotate` and previews: the indicator code and the expression as typed
        return (Markup('<span class="value" data-indicator="%s" title="%s（%s）">%s</span>')
                % (ref.indicator, ref.expr, value_tooltip(ref), ref.display))
    tip = value_tooltip(ref)
    if not tip:
        return escape(ref.display)
    return Markup('<span class="value" title="%s">%s</span>') % (tip, ref.display)


def render_inlines(inlines: list[Inline], provenance: bool = False) -> Markup:
    out = []
    for item in inlines:
        if isinstance(item, Emphasis):
            out.append(Markup("<em>%s</em>") % item.text)
        elif isinstance(item, Text):
            out.append(escape(item.text))
        elif isinstance(item, Strong):
            out.append(Markup("<strong>%s</strong>") % item.text)
        elif isinstance(item, ValueRef):
            out.append(_value(item, provenance))
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


def _svg_image(fig: Figure) -> Markup:
    """The chart as an image: a page that sanitises its HTML (the web preview) keeps it whole."""
    data = base64.b64encode(fig.svg.encode("utf-8")).decode()
    return Markup('<img src="data:image/svg+xml;base64,%s" alt="%s">') % (data, fig.alt or fig.caption)


@cache
def _compiled_templates(options: str) -> FileSystemBytecodeCache | None:
    """Jinja's compiled templates, kept between processes in its private per-user folder (like Python's
    .pyc files; used only while the template's source is unchanged): compiling the report's templates
    is ~0.06 s of every build and of every web preview. Jinja keys them by name and source only, so
    environments with other options (which compile differently) keep theirs under another name."""
    try:
        return FileSystemBytecodeCache(pattern=f"__nianbao_{options}_%s.cache")
    except (OSError, RuntimeError):  # no private temporary folder to be had: compiled each time
        return None


def _environment(**options: bool) -> Environment:
    tag = "-".join(name for name, on in sorted(options.items()) if on) or "plain"
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                       bytecode_cache=_compiled_templates(tag), **options)


class HtmlWriter:
    def __init__(self, doc: Document, annotations: dict | None = None):
        self.doc = doc
        self.annotations = annotations or {}
        self.env = _environment(trim_blocks=True, lstrip_blocks=True)
        self.heading_ids = self._heading_ids()
        provenance = bool(self.annotations)
        self.env.globals.update(inlines=lambda inl: render_inlines(inl, provenance), anchor=anchor, svg=_svg,
                                image_src=_image_src, kind=self.kind, notes_for=self.notes_for, linked=linked,
                                heading_id=lambda block: self.heading_ids.get(id(block), ""))

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

    def _heading_ids(self) -> dict[int, str]:
        """Anchors of the level-3 headings, so that the 目录 can link to them."""
        ids = {}
        for i, chapter in enumerate(self.doc.sections, start=1):
            for j, section in enumerate(chapter.children, start=1):
                level3 = [b for b in section.blocks if isinstance(b, Heading) and b.level == 3]
                for k, block in enumerate(level3, start=1):
                    ids[id(block)] = section_anchor((i, j, k))
        return ids

    def toc(self) -> list[dict]:
        entries = []
        for i, chapter in enumerate(self.doc.sections, start=1):
            entries.append({"level": 1, "text": chapter.heading, "id": section_anchor((i,))})
            for j, section in enumerate(chapter.children, start=1):
                entries.append({"level": 2, "text": section.heading, "id": section_anchor((i, j))})
                for block in section.blocks:
                    if isinstance(block, Heading) and block.level == 3:
                        entries.append({"level": 3, "text": f"{block.label} {block.title}",
                                        "id": self.heading_ids[id(block)]})
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


def section_fragment(doc: Document, heading: str, blocks: list, annotations: dict | None = None) -> str:
    """One section's heading and blocks as the report renders them, findings as notes beside their
    sentences and indicator codes on the values (the web app's preview)."""
    writer = HtmlWriter(doc, annotations or {"": []})
    writer.env.globals["svg"] = _svg_image
    return writer.env.get_template("section.html").render(heading=heading, blocks=blocks)


def section_page(fragment: str, heading: str) -> str:
    """A page in the report's styles around a section fragment."""
    return _environment().get_template("section_page.html").render(heading=heading, body=Markup(fragment))


__all__ = ["write_html", "render_inlines", "HtmlWriter", "section_fragment", "section_page"]
