"""The DOCX body of each report section, kept between builds and reused while the section is unchanged.

A rebuild after a text edit changes one section; the DOCX writer would still build the XML of every
section again. Here, after a section's heading and blocks are written, their `w:body` children are
kept under `.nianbao/cache/docx/`, named by a digest of everything that section's XML comes from:
its place in the outline, its heading, its blocks (texts, figures' images, the 表/图/案例 numbers and
the cross-references' shown numbers, which the numbering of the whole report set), the template's
fonts, nianbao's version and the source of the DOCX writer. An edit elsewhere that renumbers a 表 in
this section changes its blocks, so the section is written again.

What the XML holds that depends on the rest of the document is set again when a kept section is
taken: bookmark ids (numbered through the whole document) are shifted to continue the count, and
each picture's image is added to the package as the writer adds it (same part, same relationship id)
and its shape id taken from the writer's counter. So a rebuild gives the bytes a cold build gives
(tests/render/test_docx_cache.py). Warnings the writer gave for the section are kept with it.

The files are sealed with this user's key (sealed.py): one damaged, edited or from someone else's
project folder is not used, the section is written as if none were kept. Never pickle, and nothing
here goes into an output unless this user's nianbao wrote it. Entries no build used are removed.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from docx.oxml.ns import qn
from lxml import etree

from .. import __version__
from ..document.model import Case, Figure
from ..sealed import seal, unseal, user_key

CACHE_DIR = Path(".nianbao") / "cache" / "docx"
FORMAT = "1"
_PACKAGE = Path(__file__).resolve().parents[1]
# The code a section's XML comes from.
CODE = ("render/docx.py", "render/docx_fast.py", "render/docx_tables.py", "render/docx_cache.py",
        "render/anchors.py", "document/model.py")
W_ID, R_EMBED = qn("w:id"), qn("r:embed")
BOOKMARKS = (qn("w:bookmarkStart"), qn("w:bookmarkEnd"))
INLINE, DOC_PR, BLIP = qn("wp:inline"), qn("wp:docPr"), qn("a:blip")
TEXTS = (qn("w:t"), qn("w:instrText"))  # the elements the writer gives a text
# An element's own text: python-docx's element classes (w:r, w:p) redefine `.text` as their runs' text.
_TEXT = etree._Element.text
# Kept XML is parsed into plain lxml elements (python-docx's parser makes a Python object of its own
# class for every element visited); once in the document, python-docx's classes apply to them again.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)


@lru_cache(maxsize=1)
def code_key() -> str:
    digest = hashlib.sha256(f"{FORMAT}\0{__version__}\0{metadata.version('python-docx')}\0".encode())
    for name in CODE:
        digest.update((_PACKAGE / name).read_bytes())
    return digest.hexdigest()


def _figures(blocks: list):
    for block in blocks:
        if isinstance(block, Figure):
            yield block
        elif isinstance(block, Case):
            yield from _figures(block.blocks)


class SectionCache:
    """The kept sections of one project (`root` None, or no key: nothing is kept)."""

    def __init__(self, root: Path | None, fonts: dict[str, str]):
        self._key = user_key() if root is not None else None
        self.dir = root / CACHE_DIR if self._key is not None else None
        self._fonts = fonts
        self._used: set[str] = set()
        self.reused = 0
        self.written = 0

    def name(self, path: tuple[int, ...], section) -> str:
        """The entry's file stem for this section written at `path`."""
        # The model's dataclasses print every field (images' bytes included), in a fixed order.
        text = repr((code_key(), path, sorted(self._fonts.items()), section.heading, section.blocks))
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    # ------------------------------------------------ taking a kept section

    def replay(self, writer, name: str | None, section) -> bool:
        """Append the kept XML of section `name` to the writer's body, as writing it would; False (and
        nothing changed) when there is none this user's nianbao wrote."""
        if self.dir is None or name is None:
            return False
        self._used.add(name)
        kept = self._read(name, section)
        if kept is None:
            return False
        meta, elements, images = kept
        shift = writer._bookmark_id - meta["bookmark_base"]
        for element in elements:
            for mark in element.iter(*BOOKMARKS):
                mark.set(W_ID, str(int(mark.get(W_ID)) + shift))
        writer._bookmark_id += meta["bookmarks"]
        part = writer.document.part
        for inline, data in zip((i for e in elements for i in e.iter(INLINE)), images):
            rid, _ = part.get_or_add_image(io.BytesIO(data))
            inline.find(DOC_PR).set("id", str(writer._shapes.take(part)))
            next(inline.iter(BLIP)).set(R_EMBED, rid)
        for element in elements:
            writer.body.append(element)
        writer.warnings.extend(meta["warnings"])
        self.reused += 1
        return True

    def _read(self, name: str, section) -> tuple[dict, list, list[bytes]] | None:
        try:
            payload = unseal(self._key, (self.dir / f"{name}.xml").read_bytes())
            if payload is None:
                return None  # not written by this user's nianbao, or altered
            head, _, xml = payload.partition(b"\n")
            meta = json.loads(head)
            elements = list(etree.fromstring(xml, _PARSER))
            by_digest = {hashlib.sha256(f.png).hexdigest(): f.png for f in _figures(section.blocks) if f.png}
            images = [by_digest[digest] for digest in meta["images"]]
            inlines = [i for e in elements for i in e.iter(INLINE)]
            marks = [int(m.get(W_ID)) for e in elements for m in e.iter(*BOOKMARKS)]
            texts = [t for e in elements for t in e.iter(*TEXTS)]
            for index in meta["empty"]:
                texts[index].text = ""
            if len(inlines) != len(images) or any(i.find(DOC_PR) is None for i in inlines) \
                    or not all(isinstance(meta[k], int) for k in ("bookmark_base", "bookmarks")) \
                    or not all(isinstance(w, str) for w in meta["warnings"]) or len(marks) != 2 * meta["bookmarks"]:
                return None
        except (OSError, ValueError, KeyError, IndexError, TypeError, AttributeError, etree.XMLSyntaxError):
            return None  # absent, or of a shape this version does not write: the section is written
        return meta, elements, images

    # ------------------------------------------------ keeping a written one

    def start(self, writer) -> tuple:
        """Where the writer stands before a section is written (for `keep`)."""
        return writer.body.last(), writer._bookmark_id, len(writer.warnings)

    def keep(self, writer, name: str | None, start: tuple) -> None:
        """Keep the XML the writer appended since `start` as section `name`."""
        if self.dir is None or name is None:
            return
        marker, bookmark_base, warned = start
        elements = writer.body.since(marker)
        related = writer.document.part.related_parts
        images = [hashlib.sha256(related[blip.get(R_EMBED)].blob).hexdigest()
                  for e in elements for blip in e.iter(BLIP)]
        # An element whose text was set to "" is written <w:t></w:t>, one whose text is None <w:t/>;
        # parsed back, both are None: where the text was "" is kept, to give the same bytes.
        empty = [i for i, t in enumerate(t for e in elements for t in e.iter(*TEXTS)) if _TEXT.__get__(t) == ""]
        meta = {"bookmark_base": bookmark_base, "bookmarks": writer._bookmark_id - bookmark_base,
                "images": images, "empty": empty, "warnings": writer.warnings[warned:]}
        xml = b"<kept>" + b"".join(etree.tostring(e, encoding="UTF-8", xml_declaration=False) for e in elements) \
            + b"</kept>"
        payload = json.dumps(meta, ensure_ascii=False).encode() + b"\n" + xml
        try:
            self.dir.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.dir, prefix=".tmp-")
            try:
                with os.fdopen(fd, "wb") as fh:
                    fh.write(seal(self._key, payload))
                os.replace(tmp, self.dir / f"{name}.xml")
            except OSError:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            self.dir = None  # a read-only project: written without the cache from here on
            return
        self.written += 1

    def prune(self) -> None:
        """Remove the entries this build did not use (sections since edited, removed or renumbered)."""
        if self.dir is None:
            return
        try:
            stale = [p for p in self.dir.glob("*.xml") if p.stem not in self._used]
        except OSError:
            return
        for path in stale:
            try:
                path.unlink()
            except OSError:
                pass


__all__ = ["SectionCache", "CACHE_DIR", "code_key"]
