"""Import an edited DOCX back into the section files, showing a diff per section first.

Steps: read the manifest (custom properties) -> prepare the XML (markers for nianbao's marks,
revisions accepted, comments dropped) -> pandoc reads the DOCX (JSON AST) -> Markdown per section
-> compare with the files. A section is written when `apply` is given, or when its file is
unchanged since the export (its hash matches the one recorded in the DOCX). Typed numbers in the
new text are checked against the data (one call, `verify_numbers`, over the claim engine).
"""
from __future__ import annotations

import difflib
import json
import os
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import NianbaoError
from ..indicators import Indicators
from ..indicators.cache import cached_indicators, store_indicators
from ..project import Project
from ..workflow.ownership import Ownership, SectionEntry
from ..workflow.status import APPROVED, SectionState, load_status
from .export import file_hash, text_hash
from .manifest import Manifest, NotAnExport, read_manifest
from .numbers import NumberCheck, link_numbers, prepare_values, squeeze, verify_numbers
from .prepare import prepare
from .reader import AstReader


class ImportError_(NianbaoError):
    pass


@dataclass
class SectionImport:
    id: str
    path: Path
    old: str
    new: str
    changed: bool  # more than whitespace differs
    unchanged_since_export: bool
    approved: bool = False  # 已通过 in status.toml: written only with apply
    written: bool = False

    def diff(self) -> str:
        return "\n".join(difflib.unified_diff(self.old.splitlines(), self.new.splitlines(),
                                              f"sections/{self.id}.md（现有）", f"sections/{self.id}.md（Word 导入）",
                                              lineterm=""))


@dataclass
class ImportResult:
    department: str
    sections: list[SectionImport]
    pictures: list[str] = field(default_factory=list)  # saved, project-relative
    # every picture read from the DOCX, by the project-relative path its `{figure}` names: with drafts
    # held elsewhere (the web app) nothing is saved and the caller saves those of the sections it keeps
    picture_data: dict[str, bytes] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    numbers: NumberCheck | None = None


def _pandoc_binary() -> str:
    """The pandoc pypandoc-binary ships (pypandoc's own lookup runs `pandoc --version` on every
    candidate it finds, once per process: a process more for each CLI import), or pypandoc's choice
    when the user names one (PYPANDOC_PANDOC) or the wheel has none."""
    import pypandoc
    shipped = Path(pypandoc.__file__).parent / "files" / "pandoc"
    if "PYPANDOC_PANDOC" not in os.environ and os.access(shipped, os.X_OK):
        return str(shipped)
    try:
        return pypandoc.get_pandoc_path()
    except OSError as exc:
        raise ImportError_(f"找不到 pandoc，无法读取 Word 文件：{exc}") from exc


class PandocRead:
    """pandoc reading the prepared DOCX in a process of its own, started before the Python work
    that does not need its output (the project, the figures, the current section files), which runs
    beside it; `ast()` waits for it."""

    def __init__(self, docx: bytes, workdir: Path):
        source = workdir / "prepared.docx"
        source.write_bytes(docx)
        self.media = workdir / "media"
        args = [_pandoc_binary(), "--from=docx+styles", "--to=json", str(source), "--track-changes=accept",
                f"--extract-media={self.media}"]
        try:
            self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                            stderr=subprocess.PIPE)
        except OSError as exc:
            raise ImportError_(f"无法运行 pandoc 读取 Word 文件：{exc}") from exc

    def ast(self) -> dict:
        out, err = self.process.communicate()
        if self.process.returncode != 0:
            raise ImportError_(f"无法读取该 Word 文件：{err.decode('utf-8', 'replace').strip()}")
        return json.loads(out)

    def stop(self) -> None:
        """Ends pandoc when the import fails before reading its output."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.communicate()


def _exported_texts(manifest: Manifest, entries: dict[str, SectionEntry], held: dict[str, str]) -> dict[str, str]:
    """The current Markdown of the exported sections still in the outline."""
    texts = {}
    for exported in manifest.sections:
        entry = entries.get(exported.id)
        if exported.id in held:
            texts[exported.id] = held[exported.id]
        elif entry is not None and entry.exists:
            texts[exported.id] = entry.path.read_text(encoding="utf-8")
    return texts


def _load_data(project: Project) -> Indicators | None:
    """The project's data (the last build's figures while no input changed: loaded only for a lookup
    they do not hold), or None when it cannot be loaded: then the numbers' check, if a section
    changed, loads it again and reports why."""
    try:
        return cached_indicators(project)
    except NianbaoError:
        return None


def _read_package(path: Path) -> tuple[bytes, bytes | None]:
    try:
        data = path.read_bytes()
        with zipfile.ZipFile(path) as package:
            names = package.namelist()
            if "word/document.xml" not in names:
                raise ImportError_(f"{path.name} 不是 Word（DOCX）文件")
            custom = package.read("docProps/custom.xml") if "docProps/custom.xml" in names else None
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportError_(f"{path.name} 不是 Word（DOCX）文件，或无法读取：{exc}") from exc
    return data, custom


def _markdown(blocks: list[str]) -> str:
    return "\n\n".join(b.strip("\n") for b in blocks if b.strip()) + "\n" if blocks else ""


def import_docx(project: Project, docx_path: Path, apply: bool = False, link: bool = False,
                check_numbers: bool = True, texts: dict[str, str] | None = None,
                states: dict[str, SectionState] | None = None) -> ImportResult:
    """Read an edited department DOCX back to Markdown with a diff per section. With `texts` and
    `states` (the web app's drafts and review states) those stand in for the files and status.toml,
    and nothing is written: the caller saves what the user accepts."""
    data, custom = _read_package(Path(docx_path))
    manifest = read_manifest(custom)
    cfg = project.config
    if (manifest.college, manifest.year) != (cfg.college, cfg.year):
        raise NotAnExport(f"该文件导出自“{manifest.college} {manifest.year}”，不是本项目（{cfg.college} {cfg.year}）")
    prepared = prepare(data, manifest)
    with tempfile.TemporaryDirectory() as workdir:
        # pandoc (its own process) reads the file while the project's figures load here and the
        # values the sections cited when exported are computed (the numbers' check needs them).
        pandoc = PandocRead(prepared.docx, Path(workdir))
        try:
            ownership = Ownership(project)
            entries = {e.id: e for e in ownership.entries}
            held = texts is not None
            texts_held, states = texts or {}, states if states is not None else load_status(project.root)
            exported_texts = _exported_texts(manifest, entries, texts_held)
            indicators = _load_data(project) if check_numbers else None
            if indicators is not None:
                prepare_values(project, exported_texts, indicators, ownership)
            ast = pandoc.ast()
        finally:
            pandoc.stop()
        read = AstReader(ast, manifest, pandoc.media).read()
        pictures = {p.path: p.data for p in read.pictures}
    result = ImportResult(manifest.department, [], warnings=list(prepared.warnings) + read.warnings,
                          notices=list(prepared.notices), picture_data=pictures)
    for key in prepared.deleted:
        obj = manifest.objects[key]
        result.notices.append(f"删除了受保护的{_kind_name(obj.kind)} {obj.display or obj.source}（{obj.source}）")
    for key, text in prepared.edited.items():
        obj = manifest.objects[key]
        result.warnings.append(f"由数据生成的“{obj.display}”被改成“{text}”：保留数据引用 {obj.source}；"
                               "如数据有误，请更正数据文件")
    for exported in manifest.sections:
        entry = entries.get(exported.id)
        if entry is None:
            result.warnings.append(f"章节 {exported.id} 已不在大纲中，未导入")
            continue
        if exported.id not in read.found:
            result.warnings.append(f"sections/{exported.id}.md：文件中找不到本节开头的标题（可能被删除），本节未导入；"
                                   "请恢复标题或重新导出")
            continue
        new = _markdown(read.sections.get(exported.id, []))
        if exported.id in texts_held:
            old, hashed = texts_held[exported.id], text_hash(texts_held[exported.id])
        else:
            old, hashed = (entry.path.read_text(encoding="utf-8") if entry.exists else ""), file_hash(entry.path)
        result.sections.append(SectionImport(exported.id, entry.path, old, new, squeeze(old) != squeeze(new),
                                             hashed == exported.hash,
                                             states.get(exported.id, SectionState()).state == APPROVED))
    if check_numbers:
        result.numbers = verify_numbers(project, {s.id: s.new for s in result.sections if s.changed}, indicators,
                                        ownership, {s.id: s.old for s in result.sections})
        if link and result.numbers.offers:
            for section in result.sections:
                section.new = link_numbers(section.new, [o for o in result.numbers.offers if o.section == section.id])
                section.changed = squeeze(section.old) != squeeze(section.new)
    for section in [] if held else result.sections:
        if section.changed and (apply or (section.unchanged_since_export and not section.approved)):
            _write(project, section, pictures, result)
    if indicators is not None:
        store_indicators(project, indicators)  # the figures the check computed, for the next build
    return result


def _kind_name(kind: str) -> str:
    return {"value": "数据", "ref": "引用", "block": "表格/图表", "case": "案例", "manual": "表格"}.get(kind, kind)


def save_pictures(project: Project, text: str, pictures: dict[str, bytes]) -> list[str]:
    """Save the pictures `text` names (its `{figure}` paths) that the project lacks; returns the
    project-relative paths written. Names are content hashes, so an existing file is the same picture."""
    root, written = project.root.resolve(), []
    for rel, data in pictures.items():
        if rel not in text:
            continue
        target = (root / rel).resolve()
        if not target.is_relative_to(root):
            raise ImportError_(f"图片路径 {rel} 不在项目目录内，未保存")
        if not target.is_file():
            target.parent.mkdir(parents=True, exist_ok=True)
            tmp = target.with_name(f".{target.name}.import")
            tmp.write_bytes(data)
            os.replace(tmp, target)
            written.append(rel)
    return written


def _write(project: Project, section: SectionImport, pictures: dict[str, bytes], result: ImportResult) -> None:
    result.pictures.extend(save_pictures(project, section.new, pictures))
    section.path.parent.mkdir(parents=True, exist_ok=True)
    tmp = section.path.with_name(f".{section.path.name}.import")
    tmp.write_text(section.new, encoding="utf-8")
    os.replace(tmp, section.path)
    section.written = True
