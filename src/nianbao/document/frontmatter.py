"""Front and back matter, built once from the template's wording and report.toml.

The writers print these strings unchanged: the 内容真实性责任声明 says the same words in HTML,
DOCX and PDF, and a province that words it differently changes template.toml, not code.
"""
from __future__ import annotations

import datetime as dt

from ..schema import BackMatterSpec, FrontMatterSpec
from .model import BackMatter, FrontMatter, FrontPage, Meta


def cn_date(iso: str) -> str:
    """"2025-12-30" -> "2025 年 12 月 30 日"; anything else is shown as given."""
    try:
        d = dt.date.fromisoformat(iso)
    except (TypeError, ValueError):
        return iso or ""
    return f"{d.year} 年 {d.month} 月 {d.day} 日"


def _fill(text: str, values: dict[str, str]) -> str:
    return text.format_map(values)


def publication_page(meta: Meta, spec: FrontMatterSpec) -> FrontPage | None:
    if not (meta.publication_form or meta.publication_url):
        return None
    values = {"college": meta.college, "report": meta.full_title, "url": meta.publication_url,
              "form": meta.publication_form or spec.publication_default_form}
    # A line about the URL is left out while the URL is still empty (the build says so once).
    lines = [_fill(line, values) for line in spec.publication_lines if meta.publication_url or "{url}" not in line]
    return FrontPage(title=spec.publication_title, paragraphs=lines, link=meta.publication_url)


def declaration_page(meta: Meta, spec: FrontMatterSpec) -> FrontPage:
    values = {"college": meta.college, "report": meta.full_title,
              "date": cn_date(meta.declaration_date) or spec.blank_date}
    return FrontPage(title=spec.declaration_title, attachment=spec.declaration_attachment,
                     paragraphs=[_fill(p, values) for p in spec.declaration_text],
                     closing=spec.declaration_closing,
                     signatures=[_fill(s, values) for s in spec.declaration_signatures] + [values["date"]])


def front_matter(meta: Meta, spec: FrontMatterSpec) -> FrontMatter:
    return FrontMatter(
        publication=publication_page(meta, spec) if "publication" in spec.pages else None,
        declaration=declaration_page(meta, spec) if "declaration" in spec.pages else None,
        toc_title=spec.toc_title, figures_title=spec.figures_title, tables_title=spec.tables_title,
        cases_title=spec.cases_title, empty_list=spec.empty_list,
        lists=tuple(p for p in spec.pages if p.startswith("list_of") or p == "toc"))


def back_matter(spec: BackMatterSpec) -> BackMatter:
    return BackMatter(authors_title=spec.authors_title, authors_columns=list(spec.authors_columns))
