"""HTML that reaches a page from Markdown goes through nh3 (the preview of a section)."""
from __future__ import annotations

import nh3

TAGS = {"h2", "h3", "h4", "p", "em", "strong", "span", "a", "ul", "ol", "li", "table", "thead", "tbody", "tr",
        "th", "td", "div", "section", "figure", "figcaption", "img", "br"}
COMMON = {"class", "id", "title"}
ATTRIBUTES = {"*": COMMON, "span": COMMON | {"data-indicator"}, "a": COMMON | {"href"},
              "td": COMMON | {"rowspan", "colspan"}, "th": COMMON | {"rowspan", "colspan"},
              "div": COMMON | {"role", "aria-label", "tabindex"}, "img": COMMON | {"src", "alt"}}


def clean_html(html: str) -> str:
    """Only the elements the report's HTML writer produces; links http(s) or in-page; images only as
    data: URIs (charts and photos are embedded, nothing is fetched)."""
    return nh3.clean(html, tags=TAGS, attributes=ATTRIBUTES, url_schemes={"http", "https", "data"},
                     link_rel="noopener noreferrer", attribute_filter=_filter)


def _filter(element: str, attribute: str, value: str) -> str | None:
    if attribute == "src" and not value.startswith(("data:image/png;", "data:image/jpeg;", "data:image/svg+xml;")):
        return None
    if attribute == "href" and value.startswith("data:"):
        return None
    return value
