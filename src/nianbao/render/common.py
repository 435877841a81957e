"""Small helpers every writer shares."""
from __future__ import annotations

import datetime as dt
import os


def build_timestamp(declaration_date: str) -> dt.datetime:
    """The timestamp written into DOCX/PDF metadata: SOURCE_DATE_EPOCH, else the declaration date."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    try:
        d = dt.date.fromisoformat(declaration_date)
        return dt.datetime(d.year, d.month, d.day, tzinfo=dt.timezone.utc)
    except (TypeError, ValueError):
        return dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc)
