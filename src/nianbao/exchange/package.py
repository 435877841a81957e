"""Change some parts of a DOCX (or any zip) package and keep the rest byte for byte."""
from __future__ import annotations

import io
import zipfile
from typing import Callable, Mapping


def rewrite_parts(data: bytes, edits: Mapping[str, Callable[[bytes], bytes]]) -> bytes:
    """The package with each part named in `edits` replaced by what its function returns from the
    part's bytes; every other part, and every entry's name, order and date, as they were."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            edit = edits.get(info.filename)
            target.writestr(info, edit(content) if edit else content)
    return out.getvalue()
