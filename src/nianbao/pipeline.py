"""The library entry points the CLI (and later a web app) call."""
from __future__ import annotations

import errno
import json
import os
import re
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import ConfigError, NianbaoError
from .project import open_project

if TYPE_CHECKING:
    from .document.build import BuildResult

ALL_FORMATS = ("html", "docx", "pdf")


@dataclass
class BuildOutputs:
    result: BuildResult
    files: dict[str, Path] = field(default_factory=dict)
    findings: list = field(default_factory=list)  # checks.Finding, when the build ran the checks


class ChecksFailed(NianbaoError):
    """The checks found errors; nothing was written (pass allow_errors to write anyway)."""

    def __init__(self, findings: list):
        self.findings = findings
        super().__init__(f"检查发现 {sum(f.severity == 'error' for f in findings)} 个错误，未生成报告")


OUTPUT_FORMATS = ("html", "docx", "pdf")


def output_formats(requested: list[str] | None, default: list[str]) -> list[str]:
    """The formats asked for, in order and once each; "html,pdf" counts as two. An unknown name
    is an error naming every wrong one, never a file written under a strange name."""
    names = [part.strip().lower() for item in (requested or default)
             for part in re.split(r"[,，、\s]+", item) if part.strip()]
    unknown = [name for name in names if name not in OUTPUT_FORMATS]
    if unknown:
        raise ConfigError(f"未知的输出格式：{'、'.join(unknown)}（可用：{'、'.join(OUTPUT_FORMATS)}）")
    return list(dict.fromkeys(names)) or list(default)


def _writer(fmt: str):
    # Imported on demand: a build that asks only for HTML never loads python-docx or typst.
    if fmt == "docx":
        from .render.docx import write_docx
        return write_docx
    if fmt == "pdf":
        from .render.pdf import write_pdf
        return write_pdf
    from .render.html import write_html
    return write_html


def build_document(project, **options):
    """document.build's, imported when a command builds (an audit reads a report, it builds none:
    Markdown and Jinja stay unloaded)."""
    from .document.build import build_document as build
    return build(project, **options)


def build_report(project_dir: str | Path, out_dir: str | Path, formats: list[str] | None = None,
                 annotations: dict | None = None, check: bool = False, allow_errors: bool = False,
                 annotate: bool = False, publication_url: str | None = None, on_step=None) -> BuildOutputs:
    """Build the outputs. With `check`, run the checks first: errors stop the build (ChecksFailed)
    unless `allow_errors`; `annotate` shows the findings as margin notes in the HTML.
    `publication_url` stands in for report.toml's (the web workspace's own publication address);
    `on_step(label, done, total)` is told before each stage (the web's progress display)."""
    project = with_publication_url(open_project(project_dir), publication_url)
    formats = output_formats(formats, project.config.formats)
    out = prepare_output(Path(out_dir))
    step = _stepper(on_step, 2)
    step("汇总数据、生成图表与文档")
    warm_up(formats)
    # Charts drawn only in the formats these outputs need; their PNGs (DOCX) made beside the HTML and PDF.
    result = build_document(project, formats=formats, png_later=True)
    from .scaffold import missing_items
    result.warnings[:0] = missing_items(project, data_files=False)  # what a new college still has to do
    findings = []
    if check or annotate:
        from .checks import annotations as notes_of, has_errors, run_checks
        findings = run_checks(project, result)
        if check and has_errors(findings) and not allow_errors:
            raise ChecksFailed(findings)
        if annotate:
            annotations = {**(annotations or {}), **notes_of(findings)}
    outputs = BuildOutputs(result, findings=findings)
    step("写出 " + "、".join(f.upper() for f in formats))
    outputs.files.update(write_outputs(result, out, formats, annotations))
    tables = out / "tables.json"
    from .render.tables_json import write_tables_json
    with writing(tables):
        write_tables_json(result.document, tables)
    outputs.files["tables"] = tables
    return outputs


def project_changes(project_dir: str | Path, out_dir: str | Path, stop_event=None):
    """Each batch of the project's changed inputs (relative paths) for `build --watch`, until
    `stop_event` or Ctrl-C (KeyboardInterrupt): the outputs, .nianbao/ and editors' temporary files
    do not count (watch.py)."""
    from .watch import changes
    return changes(project_dir, out_dir, stop_event)


def warm_up(formats: list[str]) -> None:
    """Start, on the second core, what the writers will need before the document is built: the
    CJK faces Typst typesets the PDF and the charts' PNGs (for DOCX) with."""
    if "pdf" in formats or "docx" in formats:
        from .fonts import preload
        preload()


def write_outputs(result: BuildResult, out: Path, formats: list[str], annotations: dict | None = None,
                  timings: dict[str, float] | None = None) -> dict[str, Path]:
    """Each format's report file. The PDF is written in a thread while the others are written here:
    Typst compiles with the GIL released, so on two cores the PDF costs little more than the DOCX.
    Warnings are added in the order of `formats`, whichever writer finishes first."""
    files = {fmt: out / f"report.{fmt}" for fmt in formats}
    warnings: dict[str, list[str]] = {}
    failures: list[BaseException] = []
    timings = timings if timings is not None else {}

    waiting = _Waiting(result)

    def write(fmt: str) -> None:
        start = time.perf_counter()
        try:
            with writing(files[fmt]):
                if fmt == "html":
                    _writer(fmt)(result.document, files[fmt], annotations)
                else:
                    # DOCX/PDF writers return warnings (e.g. a font the template names is missing);
                    # DOCX reuses the XML of the sections unchanged since the project's last build,
                    # and sets up its template, styles and lists while the charts' PNGs are made
                    # beside the HTML and the PDF (that wait is not DOCX's time)
                    extra = (result.project_root, waiting.images_ready) if fmt == "docx" else ()
                    warnings[fmt] = _writer(fmt)(result.document, files[fmt], *extra) or []
                    start += waiting.seconds if fmt == "docx" else 0.0
        except BaseException as exc:  # re-raised below, in this thread, so callers see it as before
            failures.append(exc)
        timings[fmt] = time.perf_counter() - start

    side = threading.Thread(target=write, args=("pdf",), name="nianbao-pdf") \
        if "pdf" in formats and len(formats) > 1 else None
    if side is not None:
        side.start()
    for fmt in formats:
        if failures:
            break  # as when written one after another: the first failure ends the build
        if side is None or fmt != "pdf":
            write(fmt)
    if side is not None:
        side.join()
    result.images_ready()
    if failures:
        raise failures[0]
    for fmt in formats:
        result.warnings.extend(warnings.get(fmt, []))
    return files


class _Waiting:
    """result.images_ready(), timed: how long the DOCX writer waited for the charts' PNGs."""

    def __init__(self, result: BuildResult):
        self.result, self.seconds = result, 0.0

    def images_ready(self) -> None:
        start = time.perf_counter()
        self.result.images_ready()
        self.seconds += time.perf_counter() - start


def with_publication_url(project, url: str | None):
    """The project with another 公开网址 (checked like report.toml's: http(s) only)."""
    if not url:
        return project
    from dataclasses import replace
    from .schema import ReportSection
    try:
        ReportSection._url(url)
    except ValueError as exc:
        raise NianbaoError(f"公开网址“{url[:80]}”无效：{exc}") from exc
    return replace(project, config=project.config.model_copy(update={"publication_url": url.strip()}))


def _stepper(on_step, total: int):
    done = 0

    def step(label: str) -> None:
        nonlocal done
        if on_step is not None:
            on_step(label, done, total)
        done += 1
    return step


class OutputError(NianbaoError):
    """The output folder cannot take the report (a file, read-only, full disk)."""


# Errors that mean "this place cannot be written", not a bug in a writer.
_UNWRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.EISDIR, errno.ENOTDIR,
               errno.EEXIST, errno.ENAMETOOLONG}


def _reason(exc: OSError) -> str:
    return {errno.EACCES: "没有写入权限", errno.EPERM: "没有写入权限", errno.EROFS: "所在磁盘只读",
            errno.ENOSPC: "磁盘已满", errno.EDQUOT: "超出磁盘配额", errno.EISDIR: "同名的文件夹已存在",
            errno.ENOTDIR: "路径中有一段是文件而不是文件夹", errno.EEXIST: "同名的文件已存在",
            errno.ENAMETOOLONG: "路径过长"}.get(exc.errno, exc.strerror or "")


def prepare_output(out: Path) -> Path:
    """The output folder, created; checked before the build spends time on the report."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"输出路径 {out} 是一个文件，不是文件夹；请用 -o 指定一个文件夹")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        if exc.errno not in _UNWRITABLE:
            raise
        raise OutputError(f"无法创建输出文件夹 {out}：{_reason(exc)}；请用 -o 指定另一个文件夹") from exc
    if not os.access(out, os.W_OK):
        raise OutputError(f"输出文件夹 {out} 不可写（只读）；请用 -o 指定另一个文件夹，或修改它的权限")
    return out


@contextmanager
def writing(path: Path):
    try:
        yield
    except OSError as exc:
        if exc.errno not in _UNWRITABLE:
            raise
        raise OutputError(f"无法写入 {path}：{_reason(exc)}；请用 -o 指定另一个文件夹") from exc


def init(target: str | Path, template_id: str, college: str, year: int) -> tuple[list[Path], list[str]]:
    """A new report project, and what it still lacks (data, URL, authors, required sections)."""
    from .scaffold import init_project, missing_items
    created = init_project(target, template_id, college, year)
    return created, missing_items(open_project(target))


def template_summaries() -> list[dict]:
    """Every template: id, name, its chapters in order, its numbering scheme."""
    from .template import available_templates, load_template
    out = []
    for template_id in available_templates():
        t = load_template(template_id)
        out.append({"id": t.id, "name": t.name, "chapters": [c.label + c.title for c in t.chapters],
                    "numbering": "连续编号（表1）" if t.numbers.scheme == "continuous" else "按章编号（表 1-1）"})
    return out


PICKER_PHOTO_DIRS = ("photos", "images")  # where a project keeps its photos (the Word import saves to photos/)
PICKER_PHOTO_TYPES = (".png", ".jpg", ".jpeg")  # what the report embeds


def picker_items(project_dir: str | Path, texts: dict[str, str] | None = None) -> list[dict]:
    """What a section's author can insert, one list for the editor's picker: values (with their current
    value), the template's tables and charts (`{table}`/`{chart}`; with their 表/图 number and a
    `{ref}` once placed in the report), the cases (`{ref}` with their 案例 number) and the project's
    photos (`{figure}`, with the caption they already have). Each item: kind, name, code, number,
    detail (the value or where it stands), insert (the Markdown placed at the cursor), ref (the
    cross-reference to it, "" when it has no number). `texts` are the
    drafts standing in for the section files, so numbers are those the preview shows."""
    from .document.model import Case, Figure, Table
    project = open_project(project_dir)
    items = [{"kind": "value", "name": r["name"], "code": r["code"], "number": "",
              "detail": f"{r['value']}（{r['category']}）" if r["value"] else r["category"],
              "insert": f"{{value}}`{r['code']}`", "ref": ""}
             for r in list_indicators(project_dir) if r["category"] != "维度"]
    placed = _placed_blocks(project, texts)
    year = str(project.config.year)
    for kind, specs, directive in (("table", project.template.tables, "table"), ("chart", project.template.charts, "chart")):
        for key, spec in specs.items():
            block, where = placed.get(key, (None, ""))
            caption = block.caption if block else str(spec.get("caption", key)).replace("{year}", year)
            items.append({"kind": kind, "name": caption, "code": key, "number": block.number if block else "",
                          "detail": f"已在“{where}”" if block else "尚未放入报告",
                          "insert": f"```{{{directive}}} {key}\n```\n", "ref": f"{{ref}}`{key}`" if block else ""})
    for label, (block, where) in placed.items():
        if isinstance(block, Case):
            items.append({"kind": "case", "name": block.title, "code": label, "number": block.number,
                          "detail": f"在“{where}”", "insert": f"{{ref}}`{label}`", "ref": f"{{ref}}`{label}`"})
    captions = {b.image_path: b.caption for b, _ in placed.values() if isinstance(b, Figure) and b.image_path}
    for rel in project_photos(project.root):
        caption = captions.get(rel, "")
        items.append({"kind": "photo", "name": caption or Path(rel).stem, "code": rel, "number": "",
                      "detail": "已用于报告" if rel in captions else "尚未使用",
                      "insert": f"```{{figure}} {rel}\n:caption: {caption or '图题'}\n```\n", "ref": ""})
    return items


def save_photo(project_dir: str | Path, file_name: str, data: bytes) -> str:
    """Save an uploaded photo into the project's photos/ and return its project-relative path: PNG or
    JPEG only, within the image limits (bytes and pixels), the name reduced to letters, digits, - and _
    (no folder, no dot files) and made unique by content. Raises NianbaoError with the reason in Chinese."""
    import hashlib
    import os
    import re
    from .document.images import ImageProblem, check_image
    from .errors import NianbaoError
    from .limits import current_limits
    limits = current_limits()
    shown = Path(file_name.replace("\\", "/")).name[-60:] or "照片"
    if len(data) > limits.max_image_bytes:
        raise NianbaoError(f"照片“{shown}”过大（{len(data) / 1024**2:.1f} MB），最多 {limits.max_image_bytes // 1024**2} MB")
    try:
        check_image(data, shown, limits)
    except ImageProblem as exc:
        raise NianbaoError(str(exc)) from exc
    stem = re.sub(r"[^\w-]+", "-", Path(shown).stem, flags=re.UNICODE).strip("-_")[:40] or "photo"
    ext = ".jpg" if data.startswith(b"\xff\xd8") else ".png"
    root = open_project(project_dir).root
    rel = f"{PICKER_PHOTO_DIRS[0]}/{stem}{ext}"
    target = root / rel
    if target.exists() and target.read_bytes() != data:  # another photo of that name: keep both
        rel = f"{PICKER_PHOTO_DIRS[0]}/{stem}-{hashlib.sha256(data).hexdigest()[:8]}{ext}"
        target = root / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    if not target.resolve().is_relative_to(root.resolve()):
        raise NianbaoError(f"照片路径 {rel} 不在项目目录内，未保存")
    tmp = target.with_name(f".{target.name}.upload")
    tmp.write_bytes(data)
    os.replace(tmp, target)
    return rel


def _placed_blocks(project, texts: dict[str, str] | None) -> dict:
    """Label -> (numbered table, figure or case, the section it stands in) of the report built from
    `texts`; empty when the drafts do not build (the picker then offers insertions without numbers)."""
    from .document.model import Case, Figure, Table
    from .errors import BuildError
    try:
        document = build_document(project, formats=(), texts=texts).document
    except BuildError:
        return {}
    placed = {}
    for section, block in document.walk_blocks():
        if isinstance(block, (Table, Figure, Case)) and block.number:
            key = block.image_path if isinstance(block, Figure) and block.image_path else \
                block.label if isinstance(block, Case) else block.spec or block.label
            placed.setdefault(key, (block, section.title))
    return placed


def project_photos(project_dir: str | Path) -> list[str]:
    """The project's photo files, project-relative, links that leave the project left out (the web
    app keys its cached picker list on them too: an uploaded photo shows at once)."""
    root = Path(project_dir)
    base, found = root.resolve(), []
    for folder in PICKER_PHOTO_DIRS:
        for path in sorted((root / folder).rglob("*")) if (root / folder).is_dir() else []:
            if path.suffix.lower() in PICKER_PHOTO_TYPES and path.is_file() and path.resolve().is_relative_to(base):
                found.append(path.relative_to(root).as_posix())
    return found


def list_indicators(project_dir: str | Path | None = None, template_id: str | None = None) -> list[dict]:
    """Every dimension, computed indicator and declared entered figure of a template, with its
    current value when a project is given (— where the data are not there yet)."""
    from .indicators import IndicatorError, Indicators
    from .template import load_template
    project = open_project(project_dir) if project_dir else None
    template = project.template if project else load_template(template_id or "tianjin-2025")
    ind = Indicators(project) if project else None
    rows = [{"category": "维度", "code": k, "name": d["name"], "unit": "", "value": "",
             "definition": "、".join(d.get("aliases", [])) and f"又称 {'、'.join(d.get('aliases', []))}"}
            for k, d in template.dimensions.items()]
    declared = [(k, d, "计算指标") for k, d in template.indicators.items()]
    declared += [(k, d, "录入指标") for k, d in template.entered.items()]
    if ind is not None:  # figures entered in the project but not declared by the template
        known = {k for k, _, _ in declared}
        declared += [(k, ind.definition(k), "录入指标") for k in ind.names() if k not in known]
    for code, d, category in declared:
        value = ""
        if ind is not None:
            try:
                value = ind.value(code).display
            except IndicatorError:
                value = "（未录入）"
        rows.append({"category": category, "code": code, "name": d.get("name", code), "unit": d.get("unit", ""),
                     "definition": d.get("definition", ""), "value": value})
    return rows


def explain(project_dir: str | Path, indicator: str, by: list[str] | None = None,
            filters: dict[str, str] | None = None):
    """Values of one indicator, overall and by the given dimensions, with provenance."""
    from .indicators import IndicatorError, Indicators
    project = open_project(project_dir)
    ind = Indicators(project)
    definition = ind.definition(indicator)
    dims = [ind.dimension(b).key for b in by or []]
    if definition.get("kind") == "figure":
        # Entered figures: every 分组 and 年份 entered, whatever --by says.
        rows = [ind.value(indicator, {"group": g, "year": y}) for (key, g, y) in ind.figure_keys()
                if key == indicator and (g or y)]
        try:
            overall = ind.value(indicator, filters or {})
        except IndicatorError:  # a figure entered only by 分组 has no single value
            overall = None
        return definition, overall, rows
    if dims:
        ind.prepare([(indicator, tuple(dims))])
        rows = [ind.value(indicator, {**(filters or {}), **dict(zip(dims, m))}) for m in ind.members(dims)]
    else:
        rows = []
    return definition, ind.value(indicator, filters or {}), rows


def check(project_dir: str | Path) -> list:
    """Every check of a report project (data rules, tables, text against data and itself)."""
    from .checks import run_checks
    return run_checks(open_project(project_dir))


def claims(project_dir: str | Path) -> list:
    """Every claim the prose of a report project makes, checked against its data (claims.ClaimRecord)."""
    from .claims import project_claims
    return project_claims(open_project(project_dir))


def audit_claims(path: str | Path, template_id: str | None = None, display_name: str | None = None) -> list:
    """Every claim of a published report, checked against its own tables and statements."""
    from .audit import read_report
    from .claims import document_claims
    template = None
    if template_id:
        from .template import load_template
        template = load_template(template_id)
    return document_claims(read_report(path, display_name), template)


def audit(path: str | Path, template_id: str | None = None, display_name: str | None = None):
    """Read a published report and check it against itself: (document, findings)."""
    from .audit import audit_file
    return audit_file(path, template_id, display_name)


def audit_report(path: str | Path, template_id: str | None = None, display_name: str | None = None):
    """One published report: an AuditResult (what was recognised, findings); ReportUnreadable if it
    holds no readable report."""
    from .audit import audit_report as run
    return run(path, template_id, display_name)


def audit_batch(inputs: list[str | Path], template_id: str | None = None, jobs: int | None = None,
                summary: str | Path | None = None):
    """Every report in the given files and folders, in parallel; optionally the summary (.xlsx/.html).
    A report that cannot be read is a result with `error` set. Returns (results, summary path)."""
    from .audit.batch import audit_many, report_files
    from .audit.summary import write_summary
    files = report_files(list(inputs))
    if not files:
        raise NianbaoError("没有找到要审核的报告（.txt、.md、.docx、.pdf 或 .html）")
    results = audit_many(files, template_id, jobs)
    return results, write_summary(results, summary) if summary else None


def entry_template(kind: str, out: str | Path, project_dir: str | Path | None = None,
                   template_id: str = "tianjin-2025") -> Path:
    """A blank entry workbook for a kind of data: the destinations of the project's own template
    and the project's majors, or (no project) the destinations of the template `template_id`."""
    from .intake import current_majors, destination_table
    from .intake.templates import write_template
    from .template import load_template
    if project_dir is not None:
        project = open_project(project_dir)
        destinations, majors = list(dict.fromkeys(destination_table(project).values())), current_majors(project)
    else:
        destinations, majors = [d.name for d in load_template(template_id).destinations], None
    return write_template(kind, Path(out), destinations, majors)


def import_data(project_dir: str | Path, kind: str, file: str | Path, sheet: str | None = None,
                shown: str | None = None, allow_empty: bool = False, on_wait=None):
    """Check a data file and, if it has no problem, store it as the kind's new current version."""
    from .intake import import_file
    return import_file(open_project(project_dir), kind, Path(file), sheet, shown=shown, allow_empty=allow_empty,
                       on_wait=on_wait)


def data_versions(project_dir: str | Path) -> dict[str, list]:
    """Every imported version of every data kind (intake.store.Version, newest first, `current` set)."""
    from .intake import LOAD_ORDER, store
    root = open_project(project_dir).root
    return {kind: sorted(store.versions(root, kind), key=lambda v: -v.number) for kind in LOAD_ORDER}


def rollback_data(project_dir: str | Path, kind: str, version: str, on_wait=None):
    """Make an earlier imported version of a kind the current one (atomic; no version is deleted)."""
    from .intake import store
    return store.rollback(open_project(project_dir).root, kind, version, on_wait=on_wait)


def dumps_value(value) -> str:
    return json.dumps({"indicator": value.indicator, "display": value.display, "n": value.n,
                       "numerator": value.numerator, "breakdown": dict(value.breakdown),
                       "definition": value.definition, "source": value.source,
                       "provenance": value.provenance}, ensure_ascii=False)


def status(project_dir: str | Path, with_findings: bool = True):
    """Per section: id, title, owner, review state, word count and findings count (a StatusReport)."""
    from .workflow import section_progress
    return section_progress(open_project(project_dir), with_findings)


def set_status(project_dir: str | Path, section: str, state: str, by: str, note: str = ""):
    """Move a section to a review state (未开始/撰写中/已提交/退回/已通过) and save status.toml."""
    from .workflow import Ownership, transition
    project = open_project(project_dir)
    ownership = Ownership(project)
    ownership.entry(section)
    return transition(project.root, section, state, by, ownership.departments, note,
                      [e.id for e in ownership.entries])


def export_sections(project_dir: str | Path, out: str | Path, department: str | None = None,
                    texts: dict[str, str] | None = None) -> list:
    """The Word files departments edit: one department's sections to the file `out`, or (no department)
    one file per department that owns a section into the directory `out`. `texts` (section id ->
    Markdown, the web app's drafts) stands in for the section files."""
    from .exchange import export_all, export_department
    project = open_project(project_dir)
    if department is None:
        return export_all(project, Path(out))
    return [export_department(project, department, Path(out), texts=texts)]


def import_sections(project_dir: str | Path, docx_file: str | Path, apply: bool = False,
                    link_numbers: bool = False, check_numbers: bool = True,
                    texts: dict[str, str] | None = None, states: dict | None = None):
    """Read a department's edited DOCX back into its section files (an ImportResult with a diff per
    section); writes a section when `apply`, or when its file is unchanged since the export. With
    `texts` and `states` (the web app's drafts and review states) nothing is written."""
    from .exchange.importer import import_docx
    return import_docx(open_project(project_dir), Path(docx_file), apply, link_numbers, check_numbers, texts, states)


def save_import_pictures(project_dir: str | Path, text: str, pictures: dict[str, bytes]) -> list[str]:
    """Save the pictures of an imported DOCX (`ImportResult.picture_data`) that a section's accepted
    text names, as `nianbao sections import` does; returns the project-relative paths written."""
    from .exchange.importer import save_pictures
    return save_pictures(open_project(project_dir), text, pictures)


# ---------------------------------------------------------------- the web app's needs (drafts held elsewhere)


@dataclass
class SectionPreview:
    """One section as the report shows it, with the checks' findings about it."""

    html: str  # the section's heading and blocks (render.html.section_fragment); "" when it cannot be built
    findings: list  # checks.Finding about this section's file
    problems: list[str]  # build problems (unknown indicator, reference …), this section's first


def section_texts(project_dir: str | Path) -> dict[str, str]:
    """The Markdown of every section file that exists, by section id."""
    from .workflow import project_sections
    return {e.id: e.path.read_text(encoding="utf-8-sig") for e in project_sections(open_project(project_dir))
            if e.exists}


def progress(project_dir: str | Path, texts: dict[str, str] | None = None, with_findings: bool = True):
    """`status`, with `texts` (section id -> Markdown) standing in for the section files."""
    from .workflow import section_progress
    return section_progress(open_project(project_dir), with_findings, texts)


def preview_section(project_dir: str | Path, section: str, text: str,
                    drafts: dict[str, str] | None = None) -> SectionPreview:
    """Build the report with `text` as the section (and `drafts` for the others), run the checks and
    render that section alone with its findings beside the sentences."""
    from .checks import annotations, run_checks
    from .errors import BuildError
    from .render.html import section_fragment
    from .workflow import Ownership
    project = open_project(project_dir)
    entry = Ownership(project).entry(section)
    shown = project.relative(entry.path)
    try:
        result = build_document(project, formats=("html",), texts={**(drafts or {}), section: text})
    except BuildError as exc:
        mine = [p for p in exc.problems if p.startswith(shown)]
        return SectionPreview("", [], mine + [p for p in exc.problems if p not in mine])
    findings = [f for f in run_checks(project, result) if any(loc.file == shown for loc in f.locations)]
    blocks = [b for s in result.document.walk_sections() for b in s.blocks
              if getattr(b, "location", None) and b.location.file == shown]
    return SectionPreview(section_fragment(result.document, entry.title, blocks, annotations(findings) or None),
                          findings, [])


def write_section(project_dir: str | Path, section: str, text: str) -> Path:
    """Write one section's Markdown to its file (an approved section, or `nianbao export`), atomically."""
    from .workflow import Ownership
    from .workflow.status import write_atomically
    path = Ownership(open_project(project_dir)).entry(section).path
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, text)
    return path


def save_states(project_dir: str | Path, states: dict) -> Path:
    """Write status.toml from the review states of every section (workflow.SectionState by id)."""
    from .workflow import save_status
    return save_status(open_project(project_dir).root, states)


def data_stamp(project_dir: str | Path) -> str:
    """Changes whenever the figures may change: report.toml, the data files, the imported versions in
    force. The web app keys its cached previews and findings on it (with the newest revision)."""
    import hashlib
    root = Path(project_dir)
    files = [root / "report.toml", *sorted((root / "data").rglob("*")), *sorted(root.glob(".nianbao/store/*/current"))]
    digest = hashlib.sha256()
    for path in files:
        try:
            stat = path.stat()
        except OSError:
            continue
        digest.update(f"{path}:{stat.st_mtime_ns}:{stat.st_size};".encode())
    return digest.hexdigest()[:16]
