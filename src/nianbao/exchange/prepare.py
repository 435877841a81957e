"""Before pandoc reads an edited DOCX: turn nianbao's marks into text markers pandoc keeps.

pandoc reads paragraphs, headings, lists, tables, emphasis and images well, but it drops bookmarks
and content-control tags, which are what carries a protected value's reference. So the XML is
rewritten first (lxml, on the package's document.xml only):
- every protected value (bookmark `nb_vK`, or a content control tagged `nb:vK` that Word and WPS
  copy along with a value) becomes the marker run `\\ue000vK\\ue001`;
- every generated table, chart or photo (bookmarks `nb_bK_i` on its parts) becomes one marker
  paragraph; a case title (`nb_cK`) and a hand-typed table's caption (`nb_mK_c`) get a marker in
  front of the text the writer may have edited; section starts (`nb_sN`) become marker paragraphs;
- tracked changes are accepted (insertions kept, deletions dropped) and counted; comments are
  counted and removed; the appendix of copyable values is cut off;
- styles named 标题 1 / 题注 (WPS writes localised names) are renamed heading 1 / caption, the
  names pandoc recognises.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .manifest import APPENDIX, BLOCK, CASE, INLINE, MANUAL, SECTION, TAG, Manifest
from .package import rewrite_parts

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
OPEN, CLOSE = "\ue000", "\ue001"
HAN = re.compile(r"[\u4e00-\u9fff]")
LOCALISED_STYLES = [(re.compile(r"^标题\s*(\d)$"), r"heading \1"), (re.compile(r"^题注$"), "caption")]
LOCALISED_WORDS = ("标题", "题注")  # a styles part without them has no name to rename
LATENT_STYLES = re.compile(rb"<w:latentStyles\b.*?</w:latentStyles>", re.S)


def q(tag: str) -> str:
    return f"{{{W}}}{tag}"


def marker(code: str) -> str:
    return f"{OPEN}{code}{CLOSE}"


@dataclass
class Prepared:
    docx: bytes
    notices: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    deleted: list[int] = field(default_factory=list)  # protected objects the writer removed
    edited: dict[int, str] = field(default_factory=dict)  # protected values whose text was changed


CUT = "{urn:nianbao:prepare}cut"  # a tag no DOCX uses: what the preparation drops in one pass


def _text(element) -> str:
    return "".join(t.text or "" for t in element.iter(q("t")))


def _run(text: str):
    run = etree.Element(q("r"))
    t = etree.SubElement(run, q("t"))
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return run


def _paragraph(text: str):
    p = etree.Element(q("p"))
    p.append(_run(text))
    return p


def _ancestor(element, tag: str):
    parent = element.getparent()
    while parent is not None and parent.tag != q(tag):
        parent = parent.getparent()
    return parent


def _remove(element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _unwrap(element) -> None:
    """Replace element by its children (w:ins, a content control's content)."""
    parent = element.getparent()
    if parent is None:
        return
    index = parent.index(element)
    content = element.find(q("sdtContent")) if element.tag == q("sdt") else element
    children = [c for c in (content if content is not None else []) if c.tag != q("sdtPr")]
    for offset, child in enumerate(children):
        parent.insert(index + offset, child)
    parent.remove(element)


class Preparer:
    def __init__(self, manifest: Manifest):
        self.manifest = manifest
        self.result = Prepared(b"")

    # ------------------------------------------------ package

    def run(self, data: bytes) -> Prepared:
        # only pandoc reads the result, from a temporary file: stored, not compressed
        self.result.docx = rewrite_parts(data, {"word/document.xml": self.document, "word/styles.xml": self.styles},
                                         compress=False)
        return self.result

    def styles(self, xml: bytes) -> bytes:
        # latent styles (Word's defaults for the built-in styles a file does not define) tell pandoc
        # nothing, and reading a hundred of them is a tenth of its time on a department's file
        xml = LATENT_STYLES.sub(b"", xml, count=1)
        if not any(word.encode() in xml for word in LOCALISED_WORDS):
            return xml  # nothing to rename (nianbao's own files, Word's): no parse and re-serialisation
        root = etree.fromstring(xml)
        for name in root.iter(q("name")):
            value = name.get(q("val"), "")
            for pattern, replacement in LOCALISED_STYLES:
                if pattern.match(value):
                    name.set(q("val"), pattern.sub(replacement, value))
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    def document(self, xml: bytes) -> bytes:
        root = etree.fromstring(_generated_tables_marked(_without_appendix(xml)))
        body = root.find(q("body"))
        self._tracked_changes(body)
        self._comments(body)
        self._cut_appendix(body)
        self._values(body)
        self._blocks(body)
        self._titles(body)
        self._sections(body)
        etree.strip_elements(body, q("bookmarkStart"), q("bookmarkEnd"))
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    # ------------------------------------------------ revisions and comments

    def _tracked_changes(self, body) -> None:
        deletions = list(body.iter(q("del"), q("moveFrom")))
        insertions = list(body.iter(q("ins"), q("moveTo")))
        for element in deletions:
            _remove(element)
        for element in insertions:
            if element.getparent() is not None and element.getparent().tag != q("rPr"):
                _unwrap(element)
        for change in list(body.iter(q("rPrChange"), q("pPrChange"), q("sectPrChange"), q("tblPrChange"),
                                     q("tcPrChange"), q("trPrChange"))):
            _remove(change)
        count = len(deletions) + len(insertions)
        if count:
            self.result.notices.append(f"文件中有 {count} 处修订（插入/删除），已全部接受后导入")

    def _comments(self, body) -> None:
        references = list(body.iter(q("commentReference")))
        for element in list(body.iter(q("commentRangeStart"), q("commentRangeEnd"))):
            _remove(element)
        for ref in references:
            run = ref.getparent()
            _remove(run if run is not None and run.tag == q("r") else ref)
        if references:
            self.result.notices.append(f"文件中有 {len(references)} 条批注，批注不导入（正文照常导入）")

    def _cut_appendix(self, body) -> None:
        for start in body.iter(q("bookmarkStart")):
            if start.get(q("name")) == APPENDIX:
                p = _ancestor(start, "p")
                top = p
                while top is not None and top.getparent() is not body:
                    top = top.getparent()
                if top is None:
                    return
                # Marked, then dropped in one pass: removing each of hundreds of table rows' worth of
                # elements one by one (lxml fixes namespaces in every removed subtree) cost more than
                # the rest of the preparation.
                for sibling in [top, *top.itersiblings()]:
                    if sibling.tag != q("sectPr"):
                        sibling.tag = CUT
                etree.strip_elements(body, CUT)
                return

    # ------------------------------------------------ protected values

    def _bookmark_ranges(self, scope, prefix: str) -> list[tuple[int, object, object]]:
        ends = {e.get(q("id")): e for e in scope.iter(q("bookmarkEnd"))}
        found = []
        for start in scope.iter(q("bookmarkStart")):
            match = re.match(rf"^{prefix}(\d+)(?!\d)(?!_)", start.get(q("name"), ""))
            if match:
                found.append((int(match.group(1)), start, ends.get(start.get(q("id")))))
        return found

    @staticmethod
    def _runs_between(start, end) -> list:
        """The runs of start's paragraph that lie between the bookmark's start and end."""
        p = _ancestor(start, "p")
        if p is None:
            return []
        runs, inside = [], False
        for element in p.iter():
            if element is start:
                inside = True
            elif element is end:
                break
            elif inside and element.tag == q("r"):
                runs.append(element)
        return runs

    def _values(self, body) -> None:
        produced: set[int] = set()
        emptied: set[int] = set()
        for key, start, end in self._bookmark_ranges(body, INLINE):
            if key not in self.manifest.objects:
                continue
            runs = self._runs_between(start, end)
            sdt = _ancestor(start, "sdt")
            region, text = runs, "".join(_text(r) for r in runs)
            if runs and text != self.manifest.objects[key].display and sdt is not None and not HAN.search(_text(sdt)):
                region, text = [sdt], _text(sdt)  # the writer typed over the value inside its control
            (produced if self._replace_value(key, start, region, text) else emptied).add(key)
        for sdt in list(body.iter(q("sdt"))):
            tag = sdt.find(f"{q('sdtPr')}/{q('tag')}")
            match = TAG.match(tag.get(q("val"), "")) if tag is not None else None
            if match and sdt.getparent() is not None and int(match.group(1)) in self.manifest.objects \
                    and _ancestor(sdt, "p") is not None and OPEN not in _text(sdt):
                key = int(match.group(1))
                (produced if self._replace_value(key, sdt, [sdt], _text(sdt)) else emptied).add(key)
        self.result.deleted.extend(sorted(emptied - produced))
        for sdt in list(body.iter(q("sdt"))):
            if sdt.getparent() is not None:
                _unwrap(sdt)  # content controls of our own or LibreOffice's, emptied of their meaning

    def _replace_value(self, key: int, start, region: list, text: str) -> bool:
        """Put the value's marker where it stood; False when the writer deleted the value."""
        if text.strip():
            if text != self.manifest.objects[key].display:
                self.result.edited[key] = text
            (region[0] if region else start).addprevious(_run(marker(f"v{key}")))
        for element in region:
            _remove(element)
        return bool(text.strip())

    # ------------------------------------------------ protected blocks, titles, sections

    def _parts(self, body, prefix: str) -> dict[int, list]:
        parts: dict[int, list] = {}
        for start in body.iter(q("bookmarkStart")):
            match = re.match(rf"^{prefix}(\d+)_(\d+)(t?)$", start.get(q("name"), ""))
            if match:
                element = _ancestor(start, "tbl" if match.group(3) else "p")
                if element is not None:
                    parts.setdefault(int(match.group(1)), []).append(element)
        return parts

    def _blocks(self, body) -> None:
        parts = self._parts(body, BLOCK)
        for key, elements in parts.items():
            unique = []
            for element in elements:
                if not any(element is u for u in unique):
                    unique.append(element)
            unique[0].addprevious(_paragraph(marker(f"b{key}")))
            for element in unique:
                element.tag = CUT
        # dropped in one pass, as the appendix (a removal per table costs a walk of its subtree)
        etree.strip_elements(body, CUT)
        for key, obj in self.manifest.objects.items():
            if obj.kind == "block" and key not in parts:
                self.result.deleted.append(key)

    def _titles(self, body) -> None:
        """Case titles and hand-typed tables' captions: a marker, then the text as the writer left it."""
        for start in list(body.iter(q("bookmarkStart"))):
            name = start.get(q("name"), "")
            match = re.match(rf"^(?:{CASE}(\d+)|{MANUAL}(\d+)_([cs]))$", name)
            p = _ancestor(start, "p") if match else None
            if p is None:
                continue
            key = int(match.group(1) or match.group(2))
            if match.group(3) == "s":
                _remove(p)  # the 数据来源 line of a hand-typed table: kept in the manifest
                continue
            title = _text(p).strip()
            number = self.manifest.objects.get(key).display if key in self.manifest.objects else ""
            if number and title.startswith(number):
                title = title[len(number):].strip()
            code = f"c{key}" if match.group(1) else f"m{key}"
            self._set_text(p, marker(code) + title)

    def _sections(self, body) -> None:
        for start in list(body.iter(q("bookmarkStart"))):
            name = start.get(q("name"), "")
            p = _ancestor(start, "p")
            if p is None:
                continue
            if re.match(rf"^{SECTION}\d+$", name):
                p.addprevious(_paragraph(marker("s" + name[len(SECTION):])))
                _remove(p)
            elif re.match(r"^nb_x\d+$", name):
                _remove(p)  # a chapter heading printed for orientation only

    @staticmethod
    def _set_text(p, text: str) -> None:
        for child in list(p):
            if child.tag != q("pPr"):
                p.remove(child)
        ppr = p.find(q("pPr"))
        if ppr is not None:
            style = ppr.find(q("pStyle"))
            if style is not None:
                ppr.remove(style)  # a plain paragraph: pandoc would read a styled title as a heading
        p.append(_run(text))


_APPENDIX_MARK = re.compile(rb'<w:bookmarkStart\b[^>]*\bw:name="' + APPENDIX.encode() + rb'"')
_PARAGRAPH_OPEN = re.compile(rb"<w:p[ >]")
_EMPTY_PARAGRAPH = re.compile(rb"<w:p(?: [^>]*)?/>")


def _without_appendix(xml: bytes) -> bytes:
    """The document part without the appendix of copyable values, cut from the text before parsing
    (a quarter of an exported file, parsed and then dropped, cost more than the rest of the
    preparation): from the top-level paragraph holding its bookmark to the body's own sectPr.
    When the text is not laid out as our export and the editors we know write it (the w prefix, the
    bookmark in a paragraph directly in the body), it is left whole: _cut_appendix does it on the tree."""
    mark = _APPENDIX_MARK.search(xml)
    end = xml.rfind(b"<w:sectPr")
    if mark is None or end < mark.end():
        return xml
    starts = [m.start() for m in _PARAGRAPH_OPEN.finditer(xml, 0, mark.start())]
    if not starts:
        return xml
    start = starts[-1]
    before = xml[:start]
    # directly in the body: no table or paragraph left open between the body's start and this paragraph
    opened = before.count(b"<w:tbl>") + before.count(b"<w:tbl ") - before.count(b"</w:tbl>")
    open_p = len(_PARAGRAPH_OPEN.findall(before)) - before.count(b"</w:p>") - len(_EMPTY_PARAGRAPH.findall(before))
    tail = xml[end:]
    if opened or open_p or b"</w:body>" not in tail or b"</w:p>" in tail:
        return xml  # (a last sectPr inside a paragraph: the body has none of its own)
    return before + xml[end:]


_TABLE_TAG = re.compile(rb"<w:tbl>|</w:tbl>")
_TABLE_PART = re.compile(rb'<w:bookmarkStart\b[^>]*\bw:name="(' + BLOCK.encode() + rb'\d+_\d+)t"')


def _generated_tables_marked(xml: bytes) -> bytes:
    """Each generated table (its bookmark nb_bK_it inside) replaced in the text, before parsing, by an
    empty paragraph holding a bookmark of the same part (nb_bK_i): _blocks drops it and puts the block's
    marker where it stood, as it does for the table; the data tables are two thirds of what is left
    after the appendix, and walking and dropping them in the tree was most of the preparation. Only
    tables at the body's top level (nested ones are left for the tree), only in the layout we write."""
    out, at, depth, start = [], 0, 0, 0
    for tag in _TABLE_TAG.finditer(xml):
        if tag.group() == b"<w:tbl>":
            depth, start = depth + 1, tag.start() if depth == 0 else start
            continue
        depth -= 1
        if depth < 0:
            return xml  # not the layout we know: the tree does it all
        if depth == 0:
            part = _TABLE_PART.search(xml, start, tag.end())
            if part is not None:  # a negative id: no bookmark of the file's can share it
                mark = b"-%d" % (len(out) // 2 + 1)
                out += [xml[at:start], b'<w:p><w:bookmarkStart w:id="' + mark + b'" w:name="' + part.group(1) +
                        b'"/><w:bookmarkEnd w:id="' + mark + b'"/></w:p>']
                at = tag.end()
    return xml if depth else b"".join(out + [xml[at:]])


def prepare(data: bytes, manifest: Manifest) -> Prepared:
    return Preparer(manifest).run(data)
