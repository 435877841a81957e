"""Fixtures for the checks: small Documents made in the test, and built example copies."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from nianbao.document.model import Case, Cell, CrossRef, Document, Figure, Location, Meta, Paragraph, \
    PrintedListEntry, Section, Table, Text, ValueRef

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "tianjin-polytechnic-2025"


def para(text: str, line: int = 1, file: str = "report.txt") -> Paragraph:
    return Paragraph([Text(text)], Location(file, line))


def table(number: str, caption: str, columns: list[str], rows: list[list[str]], source: str = "数据来源：测试",
          line: int = 50, chapter: int = 1) -> Table:
    return Table(label=number, caption=caption, columns=columns, rows=[[Cell(c) for c in r] for r in rows],
                 source=source, number=number, chapter=chapter, location=Location("report.txt", line))


def doc_of(*blocks, printed=None, source_file: str = "report.txt") -> Document:
    """A published-style document: one chapter, one section, blocks in order."""
    section = Section("s1", "高质就业", 2, label="（四）", chapter=1, blocks=list(blocks))
    chapter = Section("c1", "人才培养", 1, label="一、", chapter=1, children=[section])
    return Document(Meta("测试学院", 2025, "质量年报"), [chapter], printed_lists=printed or {},
                    source_file=source_file)


def rules_of(findings, *rules):
    return [f for f in findings if f.rule in rules]


@pytest.fixture(scope="session")
def example_copy_session(tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("checks") / "example"
    shutil.copytree(EXAMPLE, target, ignore=shutil.ignore_patterns("out", ".nianbao"))
    return target


@pytest.fixture(scope="session")
def example_findings():
    from nianbao.checks import run_checks
    from nianbao.project import open_project
    return run_checks(open_project(EXAMPLE))


__all__ = ["para", "table", "doc_of", "rules_of", "Case", "CrossRef", "Figure", "ValueRef", "PrintedListEntry",
           "Location", "Paragraph", "Text"]
