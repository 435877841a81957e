"""One pass numbers 图/表/案例 per chapter and resolves cross-references.

Every writer shows these numbers; none computes its own. The scheme is the template's: per
chapter (表 1-1; the appendix counts as chapter 8, its cases are 经典案例 1..N) or continuous (表1).
"""
from __future__ import annotations

import difflib

from ..schema import Numbers
from .model import Case, CrossRef, Document, Figure, Heading, Paragraph, BulletList, Table

SUBHEADING_LABELS = {3: "{n}.", 4: "（{n}）"}


class Scheme:
    """How 图/表/案例 are numbered: per chapter (表 1-1) or continuously through the report (表1),
    and what the appendix's featured cases are called (经典案例 1). From the template's [numbers]."""

    def __init__(self, numbers: Numbers | None = None):
        numbers = numbers or Numbers()
        self.continuous = numbers.scheme == "continuous"
        self.chapter_format, self.continuous_format = numbers.per_chapter_format, numbers.continuous_format
        self.featured_label, self.featured_format = numbers.featured_case_label, numbers.featured_case_format

    def number(self, kind: str, chapter: int | None, n: int) -> str:
        if self.continuous or chapter is None:
            return self.continuous_format.format(kind=kind, n=n) if self.continuous else f"{kind} {n}"
        return self.chapter_format.format(kind=kind, chapter=chapter, n=n)

    def featured(self, n: int) -> str:
        return self.featured_format.format(label=self.featured_label, n=n)


def assign_numbers(doc: Document, appendix_chapter: int = 8, numbers: Numbers | None = None) -> dict[str, str]:
    """Fill `number` on tables, figures and cases; return label -> number."""
    scheme = Scheme(numbers)
    labels: dict[str, str] = {}
    counters = {"表": 0, "图": 0, "案例": 0}
    featured = 0
    for chapter in doc.sections:
        if not scheme.continuous:
            counters = {"表": 0, "图": 0, "案例": 0}
        for section in [chapter, *chapter.children]:
            heading_counts = {3: 0, 4: 0}
            for block in section.blocks:
                if isinstance(block, Heading) and block.level in heading_counts:
                    heading_counts[block.level] += 1
                    if block.level == 3:
                        heading_counts[4] = 0
                    block.label = SUBHEADING_LABELS[block.level].format(n=heading_counts[block.level])
                items = [block] + (block.blocks if isinstance(block, Case) else [])
                for item in items:
                    if isinstance(item, Table):
                        counters["表"] += 1
                        item.chapter, item.number = chapter.chapter, scheme.number("表", chapter.chapter, counters["表"])
                    elif isinstance(item, Figure):
                        counters["图"] += 1
                        item.chapter, item.number = chapter.chapter, scheme.number("图", chapter.chapter, counters["图"])
                    elif isinstance(item, Case):
                        item.chapter = chapter.chapter
                        if chapter.chapter == appendix_chapter:
                            featured += 1
                            item.featured, item.number = True, scheme.featured(featured)
                        else:
                            counters["案例"] += 1
                            item.number = scheme.number("案例", chapter.chapter, counters["案例"])
                    else:
                        continue
                    labels.setdefault(item.label, item.number)
    return labels


def _inline_lists(block):
    if isinstance(block, Paragraph):
        yield block.inlines
    elif isinstance(block, BulletList):
        yield from block.items


def resolve_references(doc: Document, labels: dict[str, str]) -> list[str]:
    """Set CrossRef.display; return a problem line for each unknown label."""
    problems = []
    for _, block in doc.walk_blocks():
        for inlines in _inline_lists(block):
            for item in inlines:
                if not isinstance(item, CrossRef):
                    continue
                if item.label in labels:
                    item.display = labels[item.label]
                else:
                    near = difflib.get_close_matches(item.label, list(labels), n=3, cutoff=0.4)
                    hint = "、".join(near) if near else "（无相近标签）"
                    problems.append(f"{item.location}：未知的引用“{item.label}”；最接近：{hint}")
    return problems
