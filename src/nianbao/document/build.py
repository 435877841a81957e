"""Build the document of a report project: outline + sections + generated tables and charts.

Steps: read every section file (reader) -> compute all needed breakdowns in one scan ->
fill tables, charts and inline values -> number and resolve references. All problems are
collected and raised together as one BuildError naming file:line.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import BuildError
from ..intake import data_sources
from ..indicators import IndicatorError, Indicators, SelectorError, parse_selector
from ..indicators.cache import cached_indicators, store_indicators
from ..indicators.values import running_text_display
from ..project import Project
from ..template import SECTION_NUMERALS, OutlineChapter
from .chart_cache import ChartCache, ChartStats, image_formats
from .images import ImageProblem, load_image
from .markdown import SectionReader, read_section
from .frontmatter import back_matter, front_matter
from .model import Author, Block, BulletList, Document, Figure, Location, Meta, Paragraph, Section, Table, ValueRef
from .numbering import assign_numbers, resolve_references
from .tables import generate_table

INTRO_FILE = "_intro.md"


@dataclass
class BuildResult:
    document: Document
    indicators: Indicators
    labels: dict[str, str]
    warnings: list[str] = field(default_factory=list)
    data_sources: list[str] = field(default_factory=list)  # which file or imported version of each kind
    charts: ChartStats = field(default_factory=ChartStats)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step, for benchmarks
    chart_cache: ChartCache | None = None  # still making PNGs when built with png_later
    project_root: Path | None = None  # where the writers keep what the next build may reuse (.nianbao/cache)

    def images_ready(self) -> None:
        """Wait for the charts' PNGs a `png_later` build is still making (the DOCX writer needs them)."""
        if self.chart_cache is not None:
            self.chart_cache.wait()
            self.timings["charts"] = self.charts.seconds


def chapter_dir(project: Project, chapter: OutlineChapter) -> Path:
    return project.sections_dir / chapter.dirname


def document_meta(project: Project) -> Meta:
    cfg, tpl = project.config, project.template
    meta = Meta(college=cfg.college, year=cfg.year, title=cfg.title or tpl.report_title,
                college_en=cfg.college_en, subtitle=tpl.front.subtitle.format(year=cfg.year),
                publication_form=cfg.publication_form, publication_url=cfg.publication_url,
                declaration_date=cfg.declaration_date, cover_lines=list(cfg.cover_lines),
                authors=[Author(a.department, a.lead, list(a.writers), list(a.sections)) for a in cfg.authors], fonts=dict(tpl.fonts))
    meta.front = front_matter(meta, tpl.front)
    meta.back = back_matter(tpl.back)
    return meta


@dataclass(frozen=True)
class SectionFile:
    """One section of a chapter as it will be printed: a template section or one the college added."""

    order: tuple[int, int]  # (number in the file name, 0 for a template section / 1 for an added one)
    key: str
    title: str
    path: Path | None  # None: a template section whose file is absent
    required: bool = False
    default: Path | None = None  # where the file of a template section goes

    @property
    def file(self) -> Path:
        return self.path or self.default


def _file_number(path: Path) -> tuple[int, str]:
    head, sep, key = path.stem.partition("-")
    return (int(head), key) if sep and head.isdigit() else (10_000, path.stem)


def chapter_sections(project: Project, chapter: OutlineChapter) -> list[SectionFile]:
    """The template's sections (found by key, whatever number the file name starts with) and the
    college's own ("包含但不限于": `5-实践中心建设.md` adds （五）实践中心建设), in file-number order.
    A template section whose file is absent is listed with path None (the build leaves an optional
    one out, and warns about a required one)."""
    directory = chapter_dir(project, chapter)
    files = sorted(directory.glob("*.md")) if directory.is_dir() else []
    by_key = {_file_number(f)[1]: f for f in files if f.name != INTRO_FILE}
    found = []
    for i, outline in enumerate(chapter.sections, start=1):
        path = by_key.pop(outline.key, None)
        number = _file_number(path)[0] if path else i
        found.append(SectionFile((number, 0), outline.key, outline.title, path, outline.required,
                                 directory / f"{i}-{outline.key}.md"))
    for key, path in by_key.items():
        found.append(SectionFile((_file_number(path)[0], 1), key, key, path))
    return sorted(found, key=lambda s: s.order)


def _read(project: Project, path: Path, problems: list[str], warnings: list[str],
          texts: dict[str, str] | None) -> list[Block]:
    """One section file, or the text given for it in `texts` (by section id: the web app's drafts)."""
    shown = project.relative(path)
    sid = path.relative_to(project.sections_dir).with_suffix("").as_posix() if texts else ""
    if texts and sid in texts:
        return SectionReader(path, shown, problems, warnings).read(texts[sid])
    return read_section(path, shown, problems, warnings)


def read_outline(project: Project, problems: list[str], warnings: list[str],
                 texts: dict[str, str] | None = None) -> list[Section]:
    """The outline with every section's blocks; `texts` (section id -> Markdown) stands in for files."""
    sections = []
    for chapter in project.template.chapters:
        directory = chapter_dir(project, chapter)
        top = Section(key=chapter.key, title=chapter.title, level=1, label=chapter.label, chapter=chapter.number)
        files = [directory / INTRO_FILE]
        if chapter.appendix:
            files = sorted(directory.glob("*.md")) if directory.is_dir() else []
        present = [path for path in files if path.is_file() or _drafted(project, path, texts)]
        for path in present:
            top.blocks.extend(_read(project, path, problems, warnings, texts))
        if not chapter.appendix:
            for entry in chapter_sections(project, chapter):
                if entry.path is None and _drafted(project, entry.file, texts):
                    entry = replace(entry, path=entry.file)
                if entry.path is None:
                    if entry.required:
                        rel = project.relative(entry.file)
                        warnings.append(f"缺少必写章节文件 {rel}（{chapter.label}{chapter.title} {entry.title}）："
                                        "请补写该节；此节是模板要求的，不能删除")
                    continue  # an optional section the college left out: no heading either
                child = Section(key=entry.key, title=entry.title, level=2,
                                label=SECTION_NUMERALS[len(top.children)], chapter=chapter.number,
                                location=Location(project.relative(entry.path), 1))
                child.blocks = _read(project, entry.path, problems, warnings, texts)
                top.children.append(child)
        top.blocks.extend(Table(label=table_id, caption="", columns=[], rows=[], spec=table_id,
                                location=Location(f"模板 {project.template.id}/template.toml"))
                          for table_id in chapter.tables)
        if not chapter.required and not present and not top.children and not chapter.tables:
            continue  # an optional chapter the college left out (no file at all)
        sections.append(top)
    return sections


def _drafted(project: Project, path: Path, texts: dict[str, str] | None) -> bool:
    return bool(texts) and path.relative_to(project.sections_dir).with_suffix("").as_posix() in texts


def _value_refs(doc: Document):
    for _, block in doc.walk_blocks():
        lists = [block.inlines] if isinstance(block, Paragraph) else block.items if isinstance(block, BulletList) else []
        for inlines in lists:
            yield from (i for i in inlines if isinstance(i, ValueRef))


def _requests(doc: Document, ind: Indicators) -> list[tuple[str, tuple[str, ...]]]:
    """Every (indicator, breakdown) the document needs, so `prepare` can do one scan."""
    requests = []
    for _, block in doc.walk_blocks():
        spec = ind.template.tables.get(block.spec) if isinstance(block, Table) else \
            ind.template.charts.get(block.spec) if isinstance(block, Figure) else None
        if not spec:
            continue
        dims = spec.get("rows") or [d for d in (spec.get("row_dimension"), spec.get("dimension")) if d]
        extra = [spec["column_dimension"]] if spec.get("column_dimension") else []
        for indicator in filter(None, [spec.get("indicator"), spec.get("column_indicator"), "graduate_count",
                                       *[c.get("indicator") for c in spec.get("columns", []) if isinstance(c, dict)],
                                       *[e["indicator"] for e in spec.get("extra_rows", [])]]):
            if ind.definition(indicator).get("kind") in ("count", "share", "rate"):
                for level in range(len(dims) + 1):
                    requests.append((indicator, tuple(dims[:level]) + tuple(extra)))
                    requests.append((indicator, tuple(dims[:level])))
    for ref in _value_refs(doc):
        try:
            sel = parse_selector(ref.expr)
            ind.definition(sel.indicator)
            dims = tuple(ind.dimension(k).key for k, _ in sel.filters if k not in ("year", "group", "年份", "分组"))
            requests.append((sel.indicator, dims))
            requests.extend(("graduate_count", (d,)) for d in dims)
        except (IndicatorError, SelectorError):
            pass  # reported with its location when the value is resolved
    return requests


def fill_values(doc: Document, ind: Indicators, problems: list[str]) -> None:
    for ref in _value_refs(doc):
        try:
            value = ind.select(parse_selector(ref.expr))
            ref.display, ref.indicator = running_text_display(value), value.indicator
            ref.name, ref.definition, ref.n, ref.source = value.name, value.definition, value.n, value.source
        except (IndicatorError, SelectorError) as exc:
            problems.append(f"{ref.location}：{exc}")


def _fill_table(block: Table, ind: Indicators, problems: list[str]) -> None:
    if block.rows or block.columns:
        return  # a table the authors typed themselves
    if block.spec not in ind.template.tables:
        problems.append(f"{block.location}：未知表格“{block.spec}”；可用：{'、'.join(ind.template.tables)}")
        return
    generated = generate_table(ind, block.spec, block.label)
    block.columns, block.rows = generated.columns, generated.rows
    block.caption = block.caption or generated.caption
    block.source = block.source or generated.source


def _fill_figure(block: Figure, ind: Indicators, project: Project, problems: list[str], charts: ChartCache) -> None:
    if block.image_path:
        try:
            block.png = load_image(project.root, block.image_path)
        except ImageProblem as exc:
            problems.append(f"{block.location}：{exc}")
        if not block.caption:
            problems.append(f"{block.location}：图片缺少 :caption:（图题）")
        return
    if block.spec not in ind.template.charts:
        problems.append(f"{block.location}：未知图表“{block.spec}”；可用：{'、'.join(ind.template.charts)}")
        return
    chart = charts.figure(ind, block.spec, block.label, into=block)  # images now or at charts.finish()
    block.caption = block.caption or chart.caption
    block.source = block.source or chart.source
    block.alt = block.alt or chart.alt


def fill_generated(doc: Document, ind: Indicators, project: Project, problems: list[str],
                   charts: ChartCache) -> None:
    for _, block in doc.walk_blocks():
        try:
            if isinstance(block, Table):
                _fill_table(block, ind, problems)
            elif isinstance(block, Figure):
                _fill_figure(block, ind, project, problems, charts)
        except IndicatorError as exc:
            problems.append(f"{block.location}：{exc}")


ALL_OUTPUTS = ("html", "docx", "pdf")


def build_document(project: Project, indicators: Indicators | None = None, formats=ALL_OUTPUTS,
                   texts: dict[str, str] | None = None, png_later: bool = False) -> BuildResult:
    """The document, its charts drawn for the output `formats` only (reused from the project's
    chart cache when their data and style are unchanged). `texts` (section id -> Markdown) replaces
    those section files: the web app's drafts, previewed and checked before they are written.
    `png_later`: the charts' PNGs (DOCX only) are made in a thread while the caller writes the other
    formats; `BuildResult.images_ready()` waits for them."""
    problems: list[str] = []
    warnings: list[str] = []
    timings: dict[str, float] = {}
    start = time.perf_counter()
    doc = Document(meta=document_meta(project), sections=read_outline(project, problems, warnings, texts))
    timings["read"], start = time.perf_counter() - start, time.perf_counter()
    charts = ChartCache(project.root, image_formats(formats), warnings)
    ind = indicators or cached_indicators(project)  # the last build's figures while no input changed
    used, data_warnings = data_sources(project, ind.datasets)
    warnings.extend(data_warnings)
    try:
        ind.prepare(_requests(doc, ind))
    except IndicatorError as exc:
        problems.append(str(exc))
    timings["indicators"], start = time.perf_counter() - start, time.perf_counter()
    fill_generated(doc, ind, project, problems, charts)
    charts.finish(background=png_later)
    timings["tables"] = time.perf_counter() - start - charts.stats.seconds
    timings["charts"], start = charts.stats.seconds, time.perf_counter()
    fill_values(doc, ind, problems)
    labels = assign_numbers(doc, project.template.appendix_chapter, project.template.numbers)
    problems.extend(resolve_references(doc, labels))
    timings["values+numbering"] = time.perf_counter() - start
    if problems:  # a missing or stale data file often explains the problems: say it with them
        raise BuildError(problems + [f"提示：{w}" for w in data_warnings])
    if indicators is None:
        store_indicators(project, ind)
    return BuildResult(doc, ind, labels, warnings, used, charts=charts.stats, timings=timings, chart_cache=charts,
                       project_root=project.root)

