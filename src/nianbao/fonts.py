"""The fonts nianbao typesets with: the Noto CJK folders and a Typst font index over them.

Shared by the PDF writer and the chart rasteriser (charts as PNG for DOCX), so both find the
same fonts and give the same bytes on every machine that has them."""
from __future__ import annotations

import os
import threading
from pathlib import Path

# Where Debian (fonts-noto-cjk), Fedora and Arch put the Noto CJK fonts.
NOTO_DIRS = ("/usr/share/fonts/opentype/noto", "/usr/share/fonts/noto-cjk", "/usr/share/fonts/google-noto-cjk",
             "/usr/share/fonts/opentype/noto-cjk", "/usr/share/fonts/noto")
FONT_PATHS_ENV = "NIANBAO_FONT_PATHS"  # extra font folders (os.pathsep-separated), e.g. one holding SimSun

_FONT_CACHE: dict[tuple[str, ...], object] = {}
_FONT_LOCK = threading.Lock()  # the preloading thread and the writers share one index
_PRELOADING: dict[tuple[str, ...], threading.Thread] = {}  # one preload per process and font folders
# The faces a report is typeset in (pdf.DEFAULT_FALLBACK, regular and bold), as a tiny document.
_PRELOAD = ('#set text(font: "Noto Serif CJK SC")\n中 *中* #text(font: "Noto Sans CJK SC")[中 *中*]\n').encode()


def font_dirs() -> list[str]:
    extra = [p for p in os.environ.get(FONT_PATHS_ENV, "").split(os.pathsep) if p]
    return [p for p in extra if Path(p).is_dir()] + [p for p in NOTO_DIRS if Path(p).is_dir()]


def typst_fonts(dirs: list[str]):
    """A typst.Fonts index of `dirs` (no system fonts), built once per process."""
    import typst

    key = tuple(dirs)
    with _FONT_LOCK:
        if key not in _FONT_CACHE:
            _FONT_CACHE[key] = typst.Fonts(include_system_fonts=False, include_embedded_fonts=True,
                                           font_paths=list(dirs))
        return _FONT_CACHE[key]


def preload() -> threading.Thread | None:
    """Start reading the CJK faces into the shared index in a thread: Typst parses them with the GIL
    released, on the second core, while the data are read and the document is built; the PDF
    compile and the charts' PNGs then find them loaded (they are the first ~0.3 s of either)."""
    dirs = font_dirs()
    if not dirs:
        return None
    if tuple(dirs) in _PRELOADING:  # started earlier (nianbao.startup, before the imports)
        return _PRELOADING[tuple(dirs)]

    def load() -> None:
        import typst
        try:
            typst.compile({"main": _PRELOAD}, font_paths=typst_fonts(dirs), ignore_system_fonts=True, format="pdf")
        except typst.TypstError:
            pass  # the writers' own compile reports what is wrong

    thread = _PRELOADING[tuple(dirs)] = threading.Thread(target=load, name="nianbao-fonts", daemon=True)
    thread.start()
    return thread
