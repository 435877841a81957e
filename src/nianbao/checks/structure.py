"""Structure: the outline against the template, numbering, citations, lists, captions, sources."""
from __future__ import annotations

import re
from collections import defaultdict

from ..document.model import Case, Figure, Table
from .base import Context, finding
from ..text import normalize
from .text import finding_location

# Per chapter (表 1-1), dotted (表 1.1) or continuous (表 3): the schemes of audit/numbering.toml.
# not a count of them: "收录案例 112 个", "入选案例 3 篇"
NUMBER_TEXT = re.compile(r"(经典案例|經典案例|案例|附表|表|图|圖)\s*(\d{1,3})(?:\s*(?:[-－—–‐]|[.．](?=\s*\d{1,3}(?![\d.%])))"
                         r"\s*(\d{1,3}))?(?![\d%])(?!\s*(?:余|多)?(?:个|篇|件|份|则|套|部|幅|张|册|项(?!目)))")
SIMPLIFIED_KIND = {"圖": "图", "經典案例": "经典案例"}  # labels printed in Traditional characters
KIND_NAMES = {"表": "表格", "附表": "附表", "图": "图", "案例": "案例", "经典案例": "经典案例"}
LIST_KIND = {"图目录": "图", "表目录": "表", "案例目录": "案例", "图表目录": "图表"}
LABEL_PREFIX = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、．])\s*")


def canonical(number: str) -> tuple[str, str] | None:
    """"表 1-1" / "表1－1" / "表 1.1" -> ("表", "1-1"); "表 3", "经典案例 2" -> ("经典案例", "2")."""
    m = NUMBER_TEXT.fullmatch(normalize(number).strip())
    if not m:
        return None
    kind, a, b = m.groups()
    kind = SIMPLIFIED_KIND.get(kind, kind)
    return kind, f"{int(a)}-{int(b)}" if b else str(int(a))


def printed_number(text: str) -> str:
    """A cited number as the report prints it, spaced as ours are: "表2.3" -> "表 2.3", "图1－2" -> "图 1-2"."""
    m = NUMBER_TEXT.search(normalize(text))
    if not m:
        return ""
    kind, a, b = m.groups()
    kind = SIMPLIFIED_KIND.get(kind, kind)
    separator = "." if re.search(r"\d\s*[.．]", m.group()) else "-"
    return f"{kind} {int(a)}{separator}{int(b)}" if b else f"{kind} {int(a)}"


def kind_of(block) -> str:
    if isinstance(block, Table):
        return "表"
    if isinstance(block, Figure):
        return "图"
    return "经典案例" if getattr(block, "featured", False) else "案例"


def bare_title(title: str) -> str:
    return re.sub(r"\s+", "", LABEL_PREFIX.sub("", normalize(title))).replace("“", "\"").replace("”", "\"")


def numbered_items(ctx: Context) -> list:
    return [b for _, b in ctx.doc.walk_blocks() if isinstance(b, (Table, Figure, Case))]


def title_of(block) -> str:
    return getattr(block, "caption", "") or getattr(block, "title", "")


def _where(block, text: str = ""):
    return finding_location(block.location, text or f"{block.number} {title_of(block)}"[:60])


# ---------------------------------------------------------------- outline


def check_outline(ctx: Context) -> list:
    if ctx.template is None:
        return []
    found = []
    doc_chapters = [(bare_title(s.title), s) for s in ctx.doc.sections]
    titles = [t for t, _ in doc_chapters]
    positions = []
    file = ctx.doc.source_file or "（报告）"
    for chapter in ctx.template.chapters:
        match = next((s for t, s in doc_chapters if _names_chapter(t, chapter)), None)
        if match is None and not chapter.required:
            continue  # an optional chapter the college left out
        if match is None:
            found.append(finding("outline.missing_chapter", "error", f"缺少模板要求的章“{chapter.label}{chapter.title}”",
                                 finding_location(None, chapter.title, file), chapter=chapter.title,
                                 suggestion="按模板大纲补写该章"))
            continue
        positions.append((titles.index(bare_title(match.title)), chapter))
        found.extend(_check_sections(ctx, chapter, match))
    for (a, ca), (b, cb) in zip(positions, positions[1:]):
        if b < a:
            found.append(finding("outline.order", "warning", f"章节顺序与模板不符：“{cb.title}”应在“{ca.title}”之后",
                                 finding_location(None, cb.title, file), expected_after=ca.title, chapter=cb.title))
    return found


def _names_chapter(printed: str, chapter) -> bool:
    """A printed chapter title names a template chapter: its title or an alias, whole or in part;
    an appendix is any title that says 附录 ("案例附录", "附录 经典案例")."""
    if not printed:
        return False
    for want in (bare_title(chapter.title), *map(bare_title, getattr(chapter, "aliases", ()))):
        if printed == want or want in printed or (printed in want and len(printed) > 1):
            return True
    return bool(getattr(chapter, "appendix", False)) and ("附录" in printed or "附錄" in printed)


def _check_sections(ctx: Context, chapter, section) -> list:
    found = []
    children = [(bare_title(c.title), c) for c in section.children]
    built = not ctx.doc.printed_lists and not ctx.doc.source_file
    last = -1
    for outline in chapter.sections:
        want = bare_title(outline.title)
        index = next((i for i, (t, _) in enumerate(children) if t == want or want in t), None)
        where = finding_location(section.location, f"{section.heading}", ctx.doc.source_file or "（报告）")
        if index is None and not outline.required:
            continue  # an optional section the college left out
        if index is None:
            found.append(finding("outline.missing_section", "error",
                                 f"“{section.heading}”缺少模板要求的节“{outline.title}”", where,
                                 section=section.heading, chapter=chapter.title, required=outline.title))
            continue
        child = children[index][1]
        if index < last:
            found.append(finding("outline.order", "warning", f"节“{outline.title}”的顺序与模板不符", where,
                                 section=section.heading, chapter=chapter.title))
        last = max(last, index)
        if built and not child.blocks and not child.children:
            found.append(finding("outline.empty_section", "warning", f"节“{child.heading}”还没有内容",
                                 finding_location(child.location, child.heading,
                                                  f"sections/{chapter.dirname}/{chapter.sections.index(outline) + 1}-{outline.key}.md"),
                                 section=f"{section.heading} / {child.heading}", chapter=chapter.title))
    return found


# ---------------------------------------------------------------- numbering


def check_numbering(ctx: Context) -> list:
    found, seen = [], {}
    series: dict[tuple[str, str], list] = defaultdict(list)
    for block in numbered_items(ctx):
        section = ctx.section_of(block)
        key = canonical(block.number) if block.number else None
        if key is None:
            what = KIND_NAMES[kind_of(block)]
            found.append(finding("numbering.missing", "error", f"{what}“{title_of(block)}”没有编号",
                                 _where(block), section, suggestion=f"为该{what}加上编号并列入目录"))
            continue
        if key in seen:
            found.append(finding("numbering.duplicate", "error", f"编号“{block.number}”重复使用",
                                 [_where(seen[key]), _where(block)], section, number=block.number))
            continue
        seen[key] = block
        kind, num = key
        chapter, _, n = num.rpartition("-")
        if chapter and block.chapter is not None and int(chapter) != block.chapter:
            found.append(finding("numbering.chapter", "warning",
                                 f"“{block.number}”位于第 {block.chapter} 章，编号的章号却是 {chapter}",
                                 _where(block), section, number=block.number, chapter=block.chapter))
        series[(kind, chapter)].append((int(n), block))
    for (kind, chapter), items in series.items():
        found.extend(_check_series(ctx, kind, chapter, items))
    return found


def _check_series(ctx: Context, kind: str, chapter: str, items: list) -> list:
    found = []
    expected = 1
    for n, block in items:
        if n != expected:
            dotted = re.search(r"\d\s*[.．]\s*\d", block.number or "")  # 表 3.3: the report's own form
            prefix = f"{kind} {chapter}{'.' if dotted else '-'}" if chapter else f"{kind} "
            what = "跳号" if n > expected else "顺序颠倒"
            found.append(finding("numbering.sequence", "error",
                                 f"编号{what}：应为“{prefix}{expected}”，实为“{block.number}”",
                                 _where(block), ctx.section_of(block), expected=f"{prefix}{expected}", actual=block.number))
        expected = max(expected, n) + 1
    return found


# ---------------------------------------------------------------- citations


def citations(ctx: Context) -> dict[tuple[str, str], list]:
    """(kind, number) -> [(unit, start, end)] for every 表/图/案例 number named in the text."""
    cited = defaultdict(list)
    continuous = continuous_kinds(ctx)
    for unit in ctx.units:
        for m in NUMBER_TEXT.finditer(unit.text):
            kind, a, b = m.groups()
            kind = SIMPLIFIED_KIND.get(kind, kind)
            if kind not in continuous and not b:
                continue  # "图 3" is not a citation where figures are numbered per chapter
            cited[(kind, f"{int(a)}-{int(b)}" if b else str(int(a)))].append((unit, m.start(), m.end()))
    return cited


def continuous_kinds(ctx: Context) -> set[str]:
    """The kinds this document numbers continuously (表 1, 表 2 …): bare numbers cite those."""
    kinds = {"经典案例"}
    for block in numbered_items(ctx):
        key = canonical(block.number) if block.number else None
        if key and "-" not in key[1]:
            kinds.add(key[0])
    return kinds


def check_citations(ctx: Context) -> list:
    found = []
    cited = citations(ctx)
    existing = {}
    for block in numbered_items(ctx):
        key = canonical(block.number) if block.number else None
        if key:
            existing.setdefault(key, block)
    uncited_cases = []
    for key, block in existing.items():
        if key in cited:
            continue
        if key[0] == "附表":
            continue  # the appendix's indicator tables are cited as a whole ("详见附表"), if at all
        if key[0] in ("案例", "经典案例"):
            uncited_cases.append(block)  # reports rarely cite their cases: one note for all of them
            continue
        found.append(finding("citation.uncited", "warning", f"{block.number}在正文中没有被引用",
                             _where(block), ctx.section_of(block), number=block.number,
                             suggestion=f"在正文相应位置写明“见{block.number}”（或用 {{ref}}`{block.label}`）"))
    if uncited_cases:
        numbers = [b.number for b in uncited_cases]
        shown = "、".join(numbers[:5]) + ("等" if len(numbers) > 5 else "")
        found.append(finding("citation.uncited_cases", "info",
                             f"{len(numbers)} 个案例在正文中没有被引用（{shown}）；案例通常不必引用，仅供参考",
                             _where(uncited_cases[0]), "", numbers=numbers))
    for key, uses in cited.items():
        if key in existing:
            continue
        kind = key[0]
        if not any(k[0] == kind for k in existing) and kind in ("案例", "经典案例"):
            continue  # the document has no numbered cases: "案例 1-1" may name something else
        unit, s, e = uses[0]
        number = printed_number(unit.text[s:e]) or f"{kind} {key[1]}"
        found.append(finding("citation.unknown", "error", f"正文引用了不存在的“{number}”",
                             [finding_location(u.location_at(a), u.excerpt(a, b)) for u, a, b in uses], unit.section, number=number,
                             suggestion="核对编号，或补上所引用的图表"))
    return found


# ---------------------------------------------------------------- captions and sources


def _has_numbers(table: Table) -> bool:
    from ..text import cell_number
    return any(cell_number(c) is not None for row in table.rows for c in row if not c.covered)


def _shared_source(ctx: Context, items: list) -> set[int]:
    """The appendix tables (附表) a source printed once under the last of them covers ("数据来源：…
    （附表1—附表6）"): each earlier 附表 of the same section without a source of its own."""
    covered: set[int] = set()
    run: list = []
    for block in items:
        key = canonical(block.number) if isinstance(block, Table) and block.number else None
        if key is None or key[0] != "附表":
            continue
        if run and ctx.section_of(run[-1]) != ctx.section_of(block):
            run = []
        run.append(block)
        if block.source.strip():
            covered.update(id(b) for b in run[:-1] if not b.source.strip())
            run = []
    return covered


def check_captions(ctx: Context) -> list:
    found, seen_captions = [], {}
    items = numbered_items(ctx)
    shared = _shared_source(ctx, items)
    for block in items:
        section = ctx.section_of(block)
        if isinstance(block, Case):
            if not block.title.strip():
                found.append(finding("caption.missing", "error", f"{block.number or '案例'}缺少标题", _where(block), section))
            continue
        what = "表" if isinstance(block, Table) else "图"
        if not block.caption.strip():
            found.append(finding("caption.missing", "error", f"{block.number or what}缺少{what}题", _where(block), section,
                                 suggestion=f"用 :caption: 写明{what}题"))
        key = (what, re.sub(r"\s+", "", block.caption))
        if block.caption.strip() and key in seen_captions:
            first = seen_captions[key]
            found.append(finding("caption.duplicate", "warning",
                                 f"{first.number}与{block.number}的{what}题相同：“{block.caption.strip()}”",
                                 [_where(first), _where(block)], section, suggestion=f"为每个{what}写出能区分内容的{what}题"))
        seen_captions.setdefault(key, block)
        needs_source = _has_numbers(block) if isinstance(block, Table) else bool(block.spec)
        if needs_source and not block.source.strip() and id(block) not in shared:
            found.append(finding("source.missing", "warning", f"{block.number or what}缺少“数据来源”说明", _where(block),
                                 section, suggestion="用 :source: 写明数据来源"))
    return found


# ---------------------------------------------------------------- printed lists (audit)


def check_printed_lists(ctx: Context) -> list:
    found = []
    items = {}
    for block in numbered_items(ctx):
        key = canonical(block.number) if block.number else None
        if key:
            items.setdefault(key, block)
    for list_name, entries in ctx.doc.printed_lists.items():
        kind = LIST_KIND.get(list_name)
        if kind is None:
            found.extend(_check_toc(ctx, entries))
            continue
        kinds = {"案例": ("案例", "经典案例"), "图表": ("图", "表")}.get(kind, (kind,))
        listed = {}
        for entry in entries:
            key = canonical(entry.number)
            if key is None:
                continue
            listed[key] = entry
            where = finding_location(entry.location, f"{entry.number} {entry.title}")
            block = items.get(key)
            if block is None:
                found.append(finding("list.unknown_entry", "error", f"{list_name}列出的“{entry.number}”在正文中不存在",
                                     where, list_name, number=entry.number))
            elif bare_title(entry.title) != bare_title(title_of(block)):
                found.append(finding("list.title_mismatch", "warning",
                                     f"{list_name}中“{entry.number}”的标题与正文不一致",
                                     [where, _where(block)], ctx.section_of(block), listed=entry.title,
                                     actual=title_of(block)))
        for key, block in items.items():
            if key[0] in kinds and key not in listed:
                found.append(finding("list.missing_entry", "warning", f"{block.number}没有列入{list_name}",
                                     _where(block), ctx.section_of(block), number=block.number))
    return found


def _check_toc(ctx: Context, entries) -> list:
    titles = {bare_title(e.title) for e in entries}
    found = []
    for chapter in ctx.doc.sections:
        t = bare_title(chapter.title)
        if t and not any(t in x or x in t for x in titles if x):
            found.append(finding("list.missing_entry", "warning", f"“{chapter.heading}”没有列入目录",
                                 finding_location(chapter.location, chapter.heading, ctx.doc.source_file),
                                 chapter.heading, heading=chapter.heading))
    return found


def check_structure(ctx: Context) -> list:
    return [*check_outline(ctx), *check_numbering(ctx), *check_citations(ctx), *check_captions(ctx),
            *check_printed_lists(ctx)]
