"""The claim engine: read the prose of a Document as claims about the college and check each
one against facts. `nianbao check` uses the project's indicators and entered figures as
facts; `nianbao audit` uses the report's own tables; both use the text's other statements.

    records = project_claims(project)          # a report project
    records = document_claims(doc, template)   # a published report read into the model
"""
from __future__ import annotations

from ..document.model import Document
from ..text import forget_numbers
from .facts import Facts, ProjectFacts, Source, StatementFacts, TableFacts
from .labels import plain_forms
from .model import Claim, ClaimRecord, Fact
from .reader import read_claims, read_sentence
from .units import TextUnit, text_units
from .verify import verify_claims
from .vocabulary import Measure, Vocabulary, project_vocabulary, template_vocabulary

# The template whose words a published report is read with when the auditor names none.
DEFAULT_TEMPLATE = "tianjin-2025"

__all__ = ["Claim", "ClaimRecord", "Fact", "Facts", "Measure", "Vocabulary", "TextUnit", "project_claims",
           "document_claims", "check_units", "read_claims", "read_sentence", "text_units"]


def check_units(units: list[TextUnit], vocab: Vocabulary, *sources: Source) -> list[ClaimRecord]:
    """Read the units and verify every claim against the sources, then the text's own statements."""
    forget_numbers()  # each reading finds its sentences' numbers and its labels' forms once, and pays for them
    plain_forms.cache_clear()
    claims = read_claims(units, vocab)
    statements = StatementFacts(claims, vocab.year)
    facts = Facts(*sources, statements, year=vocab.year)
    return verify_claims(claims, facts, statements, vocab)


def project_claims(project, result=None, units: list[TextUnit] | None = None) -> list[ClaimRecord]:
    """Every claim of a report project, checked against its indicators and entered figures."""
    from ..document.build import build_document
    from ..indicators.cache import store_indicators
    result = result or build_document(project)
    vocab = project_vocabulary(project.template, result.indicators, project.config.province)
    units = units if units is not None else text_units(result.document)
    records = check_units(units, vocab, ProjectFacts(result.indicators, vocab))
    # The facts claims look up beyond what the build used: kept, so the next check loads no data.
    store_indicators(project, result.indicators)
    return records


def document_claims(doc: Document, template=None, units: list[TextUnit] | None = None) -> list[ClaimRecord]:
    """Every claim of a published report, checked against its own tables and statements."""
    if template is None:
        from ..template import load_template
        template = load_template(DEFAULT_TEMPLATE)
    vocab = template_vocabulary(template, doc.meta.year or None)
    tables = TableFacts(doc, vocab)  # adds the members and labels of the report's tables to vocab
    units = units if units is not None else text_units(doc)
    return check_units(units, vocab.compile(), tables)
