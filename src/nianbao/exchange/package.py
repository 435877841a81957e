"""Change some parts of a DOCX (or any zip) package and keep the rest byte for byte."""
from __future__ import annotations

import io
import zipfile
from typing import Callable, Mapping


def rewrite_parts(data: bytes, edits: Mapping[str, Callable[[bytes], bytes]], compress: bool = True) -> bytes:
    """The package with each part named in `edits` replaced by what its function returns from the
    part's bytes; every other part, and every entry's name, order and date, as they were.
    `compress=False` stores the parts (a file only another program reads next: no time zipping)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    method = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(out, "w", method) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            edit = edits.get(info.filename)
            info.compress_type = method
            target.writestr(info, edit(content) if edit else content)
    return out.getvalue()
