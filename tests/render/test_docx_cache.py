"""The DOCX section cache: a rebuild takes the XML of unchanged sections from the last build and gives
the bytes a cold build gives, also when an edit renumbers the tables after it; a damaged, edited or
foreign entry is never used."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nianbao.document.build import build_document
from nianbao.project import open_project
from nianbao.render.docx import DocxWriter, write_docx
from nianbao.render.docx_cache import CACHE_DIR, SectionCache
from nianbao.sealed import KEY_ENV
from project_helpers import EXAMPLE


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("docx-cache") / "p"
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns(".nianbao"))
    return root


@pytest.fixture(autouse=True)
def own_key(project, tmp_path, monkeypatch):
    monkeypatch.setenv(KEY_ENV, str(tmp_path / "key"))
    shutil.rmtree(project / CACHE_DIR, ignore_errors=True)


@pytest.fixture(scope="module")
def document(project):
    return build_document(open_project(project), formats=("docx",)).document


def _sections(document) -> int:
    return sum(1 + len(chapter.children) for chapter in document.sections)


def _write(document, root: Path | None) -> tuple[bytes, SectionCache]:
    cache = SectionCache(root, document.meta.fonts)
    data = DocxWriter(document, sections=cache).build().to_bytes()
    cache.prune()
    return data, cache


def test_a_rebuild_takes_every_unchanged_section_and_gives_the_same_bytes(project, document):
    cold = DocxWriter(document).build().to_bytes()
    first, cache = _write(document, project)
    assert (cache.reused, cache.written) == (0, _sections(document))
    again, cache = _write(document, project)
    assert (cache.reused, cache.written) == (_sections(document), 0)
    assert first == cold and again == cold  # pictures, bookmarks, empty runs: all as written


def test_a_section_that_adds_a_table_renumbers_the_ones_after_it(project, document):
    _write(document, project)
    moral = project / "sections" / "1-talent" / "1-moral.md"
    before = moral.read_text(encoding="utf-8")
    try:
        moral.write_text(before + "\n```{table} majors\n```\n", encoding="utf-8")
        edited = build_document(open_project(project), formats=("docx",)).document
        cached, cache = _write(edited, project)
        assert cached == DocxWriter(edited).build().to_bytes()
        # The edited section, and those whose 表 numbers or references moved, are written again.
        assert 0 < cache.written < _sections(edited) and cache.reused + cache.written == _sections(edited)
        assert len(list((project / CACHE_DIR).glob("*.xml"))) == _sections(edited)  # the stale ones removed
        numbers = [t.number for t in edited.tables()]
        assert numbers[:2] == ["表 1-1", "表 1-2"] and len(numbers) == len(document.tables()) + 1
    finally:
        moral.write_text(before, encoding="utf-8")


@pytest.mark.parametrize("damage", ["garbage", "edited", "foreign"])
def test_a_damaged_or_foreign_entry_is_not_used(project, document, tmp_path, monkeypatch, damage):
    cold, _ = _write(document, project)
    entries = sorted((project / CACHE_DIR).glob("*.xml"))
    if damage == "garbage":
        entries[0].write_bytes(b"\x00not a cache file")
    elif damage == "edited":
        for entry in entries:  # still well-formed XML, one more element: the seal no longer matches
            entry.write_bytes(entry.read_bytes().replace(b"</kept>", b"<extra/></kept>"))
    else:
        monkeypatch.setenv(KEY_ENV, str(tmp_path / "their-key"))
    again, cache = _write(document, project)
    assert again == cold
    assert cache.reused == (_sections(document) - 1 if damage == "garbage" else 0)


def test_write_docx_keeps_sections_under_the_project_and_nowhere_without_one(project, document, tmp_path):
    write_docx(document, tmp_path / "a.docx", project)
    assert len(list((project / CACHE_DIR).glob("*.xml"))) == _sections(document)
    write_docx(document, tmp_path / "b.docx")
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()
