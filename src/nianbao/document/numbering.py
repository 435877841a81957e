"""One pass numbers 图/表/案例 per chapter and resolves cross-references.

Every writer shows these numbers; none computes its own. The appendix is chapter 8
(图 8-1) and its cases are 经典案例 1..N.
"""
from __future__ import annotations

import difflib

from .model import Case, CrossRef, Document, Figure, Heading, Paragraph, BulletList, Table

SUBHEADING_LABELS = {3: "{n}.", 4: "（{n}）"}


def _number(prefix: str, chapter: int | None, n: int) -> str:
    return f"{prefix} {chapter}-{n}" if chapter is not None else f"{prefix} {n}"


def assign_numbers(doc: Document, appendix_chapter: int = 8) -> dict[str, str]:
    """Fill `number` on tables, figures and cases; return label -> number."""
    labels: dict[str, str] = {}
    for chapter in doc.sections:
        counters = {"表": 0, "图": 0, "案例": 0}
        featured = 0
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
                        item.chapter, item.number = chapter.chapter, _number("表", chapter.chapter, counters["表"])
                    elif isinstance(item, Figure):
                        counters["图"] += 1
                        item.chapter, item.number = chapter.chapter, _number("图", chapter.chapter, counters["图"])
                    elif isinstance(item, Case):
                        item.chapter = chapter.chapter
                        if chapter.chapter == appendix_chapter:
                            featured += 1
                            item.featured, item.number = True, f"经典案例 {featured}"
                        else:
                            counters["案例"] += 1
                            item.number = _number("案例", chapter.chapter, counters["案例"])
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
