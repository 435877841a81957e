"""tables.json: every table as displayed, for machine checks and for reviewers."""
from __future__ import annotations

import json

from ..document.model import Document


def tables_payload(doc: Document) -> list[dict]:
    return [{"number": t.number, "caption": t.caption, "label": t.label, "columns": list(t.columns),
             "rows": t.display_rows(), "source": t.source} for t in doc.tables()]


def write_tables_json(doc: Document, path) -> None:
    path.write_text(json.dumps(tables_payload(doc), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
