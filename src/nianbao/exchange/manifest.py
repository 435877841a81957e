"""What an exported DOCX remembers: the protected objects and the sections, in its custom properties.

Every computed value, cross-reference, generated table, chart, photo and case box in an exported
file gets a number K. The DOCX marks it with bookmarks (LibreOffice keeps bookmarks through an
edit-and-save; it drops content-control tags, see docs/word.md) and, for inline values, also a
locked content control tagged "nb:vK" (Word and WPS protect it and copy the tag with it). The
manifest maps K back to the Markdown it came from. It is stored as JSON in the custom document
properties, cut into pieces of at most 240 characters (Word keeps at most 255 per property).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from ..errors import NianbaoError

FORMAT_VERSION = 1
PROPERTY_PREFIX = "nianbao.manifest."
PIECE = 240
CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
CUSTOM_CT = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
CUSTOM_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"

# Bookmark names (Word allows letters, digits and '_', at most 40 characters).
INLINE, BLOCK, CASE, MANUAL, SECTION, APPENDIX = "nb_v", "nb_b", "nb_c", "nb_m", "nb_s", "nb_appendix"
BOOKMARK = re.compile(r"^(nb_[vbcms])(\d{1,9})(?!\d)")  # bounded: names come from an untrusted file
TAG = re.compile(r"^nb:v(\d{1,9})$")


class NotAnExport(NianbaoError):
    pass


@dataclass
class ProtectedObject:
    kind: str  # value | ref | block | case | manual
    source: str  # the Markdown it stands for ("{value}`placement_rate`", a fenced directive, "::: case …")
    display: str = ""  # what the DOCX showed (a value's text, a case's number)


@dataclass
class ExportedSection:
    id: str
    hash: str  # sha256 of the section file when it was exported ("" when it did not exist)


@dataclass
class Manifest:
    college: str
    year: int
    department: str
    sections: list[ExportedSection] = field(default_factory=list)
    objects: dict[int, ProtectedObject] = field(default_factory=dict)

    def add(self, kind: str, source: str, display: str = "") -> int:
        key = len(self.objects) + 1
        self.objects[key] = ProtectedObject(kind, source, display)
        return key

    def to_json(self) -> str:
        return json.dumps({"version": FORMAT_VERSION, "college": self.college, "year": self.year,
                           "department": self.department,
                           "sections": [[s.id, s.hash] for s in self.sections],
                           "objects": {str(k): [o.kind, o.source, o.display] for k, o in self.objects.items()}},
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "Manifest":
        data = json.loads(text)
        if data.get("version") != FORMAT_VERSION:
            raise NotAnExport(f"导出文件格式版本 {data.get('version')} 与本程序（{FORMAT_VERSION}）不符，请重新导出")
        return cls(data["college"], data["year"], data["department"],
                   [ExportedSection(i, h) for i, h in data["sections"]],
                   {int(k): ProtectedObject(*v) for k, v in data["objects"].items()})


def custom_properties_xml(manifest: Manifest) -> bytes:
    text = manifest.to_json()
    root = etree.Element(f"{{{CUSTOM_NS}}}Properties", nsmap={None: CUSTOM_NS, "vt": VT_NS})
    for i in range(0, max(len(text), 1), PIECE):
        prop = etree.SubElement(root, f"{{{CUSTOM_NS}}}property", fmtid=CUSTOM_FMTID, pid=str(i // PIECE + 2),
                                name=f"{PROPERTY_PREFIX}{i // PIECE:04d}")
        etree.SubElement(prop, f"{{{VT_NS}}}lpwstr").text = text[i:i + PIECE]
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def attach(document, manifest: Manifest) -> None:
    """Add docProps/custom.xml with the manifest to a python-docx document."""
    package = document.part.package
    part = Part(PackURI("/docProps/custom.xml"), CUSTOM_CT, custom_properties_xml(manifest), package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def read_manifest(custom_xml: bytes | None) -> Manifest:
    if not custom_xml:
        raise NotAnExport("这不是 nianbao 导出的 Word 文件（没有导出信息）；请用 nianbao sections export 导出后再编辑")
    root = etree.fromstring(custom_xml)
    pieces = {}
    for prop in root.iter(f"{{{CUSTOM_NS}}}property"):
        name = prop.get("name", "")
        if name.startswith(PROPERTY_PREFIX):
            pieces[name] = "".join(prop.itertext())
    if not pieces:
        raise NotAnExport("这不是 nianbao 导出的 Word 文件（没有导出信息）；请用 nianbao sections export 导出后再编辑")
    try:
        return Manifest.from_json("".join(pieces[k] for k in sorted(pieces)))
    except (ValueError, KeyError, TypeError) as exc:
        raise NotAnExport(f"导出信息已损坏（{exc}）；请重新导出") from exc
