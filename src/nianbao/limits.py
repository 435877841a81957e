"""Resource limits on what nianbao reads (see docs/security.md).

Every file a user hands over is untrusted: a 3 MB zip bomb renamed .xlsx, a sheet that
declares a cell at XFD1048576, a 2 GB "section". The defaults sit far above any real
report project (a roster of 1,000,000 graduates imports) and each can be raised with an
environment variable, e.g. `NIANBAO_MAX_SPREADSHEET_CELLS=200000000 nianbao data import …`.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields

from .errors import NianbaoError

ENV_PREFIX = "NIANBAO_"


@dataclass(frozen=True)
class Limits:
    max_data_file_bytes: int = 2 * 1024**3  # a CSV or spreadsheet as stored on disk
    max_spreadsheet_unpacked_bytes: int = 4 * 1024**3  # the XML inside an .xlsx, decompressed
    max_spreadsheet_cells: int = 60_000_000  # rows x columns of the used range of one sheet
    max_spreadsheet_columns: int = 1_000
    max_section_bytes: int = 5 * 1024**2  # one Markdown section file
    max_image_bytes: int = 50 * 1024**2  # one {figure} photo
    max_image_pixels: int = 100_000_000  # width x height of one photo (decompression bombs)
    import_lock_wait_seconds: int = 600  # an import waits this long for another one to finish

    @classmethod
    def env_name(cls, field_name: str) -> str:
        return ENV_PREFIX + field_name.upper()


def current_limits() -> Limits:
    """The defaults, each overridden by its environment variable (a positive integer)."""
    values = {}
    for f in fields(Limits):
        name = Limits.env_name(f.name)
        raw = os.environ.get(name, "").strip()
        if not raw:
            continue
        if not raw.replace("_", "").isdigit() or int(raw.replace("_", "")) <= 0:
            raise NianbaoError(f"环境变量 {name} 应为正整数（默认 {f.default}），实际为“{raw[:40]}”")
        values[f.name] = int(raw.replace("_", ""))
    return Limits(**values)
