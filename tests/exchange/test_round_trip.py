"""The Word round trip: export a department's sections, edit the DOCX, import it back.

The LibreOffice test edits the file over UNO (tests/exchange/lo_edit.py, the system python3-uno);
the Word/WPS test rewrites the XML the way those applications write it (localised style names,
East Asian runs, tracked changes, comments), since neither runs here.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from nianbao.cli import app
from nianbao.exchange import NotAnExport, export_department
from nianbao.exchange import export_all
from nianbao.exchange.importer import import_docx, squeeze
from nianbao.exchange.package import rewrite_parts
from nianbao.pipeline import build_report
from nianbao.project import open_project
from nianbao.workflow import transition
from lo_uno import SYSTEM_PYTHON, has_system_uno
from project_helpers import EXAMPLE

HERE = Path(__file__).resolve().parent
EMPLOYMENT = "1-talent/4-employment"
DEPARTMENT = "招生就业指导办公室"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HAS_UNO = has_system_uno()


def copy_example(root: Path) -> Path:
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns(".nianbao", "out"))
    return root


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    root = copy_example(tmp_path_factory.mktemp("word") / "project")
    out = root.parent / "招生就业.docx"
    export_department(open_project(root), DEPARTMENT, out)
    return root, out


def fresh_copy(exported, tmp_path) -> tuple[Path, Path]:
    root, docx = exported
    target = copy_example(tmp_path / "project")
    shutil.copy(docx, tmp_path / docx.name)
    return target, tmp_path / docx.name


def document_xml(path: Path) -> str:
    return zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")


def test_export_marks_values_tables_and_charts(exported):
    root, docx = exported
    xml = document_xml(docx)
    # Values: locked content controls (Word, WPS) around bookmarks (LibreOffice), shaded.
    assert xml.count('<w:lock w:val="contentLocked"/>') > 100
    assert re.search(r'<w:tag w:val="nb:v1"/>.*?<w:bookmarkStart w:id="\d+" w:name="nb_v1"/>'
                     r'<w:r><w:rPr><w:shd [^>]*w:fill="E8EEF7"/></w:rPr><w:t[^>]*>3337</w:t>', xml)
    # Generated tables and charts: every part bookmarked; the report's own captions.
    assert "表 1-1 2025 届毕业生的院系与专业分布" in "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    source = (root / "sections" / f"{EMPLOYMENT}.md").read_text(encoding="utf-8")
    generated = re.findall(r"^```\{(?:table|chart)\} \w+\n```", source, re.M)  # template tables and charts
    assert len(generated) > 10
    assert len(set(re.findall(r'w:name="nb_b(\d+)_\d+t?"', xml))) == len(generated)
    assert 'w:name="nb_c' in xml and 'w:name="nb_s1"' in xml and 'w:name="nb_appendix"' in xml
    # The appendix lists the values to copy: code, name, current value.
    text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", xml))
    assert "placement_rate毕业去向落实率90.89%" in text
    custom = zipfile.ZipFile(docx).read("docProps/custom.xml").decode("utf-8")
    assert "nianbao.manifest.0000" in custom
    # The report's styles.
    styles = zipfile.ZipFile(docx).read("word/styles.xml").decode("utf-8")
    assert 'w:eastAsia="SimSun"' in styles and "案例标题" in styles  # 宋体 by its family name


def test_import_without_edits_changes_nothing(exported, tmp_path):
    root, docx = fresh_copy(exported, tmp_path)
    before = (root / "sections" / f"{EMPLOYMENT}.md").read_text(encoding="utf-8")
    result = import_docx(open_project(root), docx)
    [section] = result.sections
    assert squeeze(section.new) == squeeze(before)  # at most whitespace differs
    assert not section.changed and not section.written
    # Run-in bold headings keep a Markdown form that reads back as bold.
    assert "**院系与专业。** 毕业生来自 {value}`department_count` 个院系" in section.new
    assert result.warnings == [] and result.notices == []
    assert result.numbers is not None and result.numbers.contradictions == []


def test_a_file_from_elsewhere_is_refused(exported, tmp_path):
    root, docx = fresh_copy(exported, tmp_path)
    plain = tmp_path / "plain.docx"
    import docx as python_docx
    python_docx.Document().save(plain)
    with pytest.raises(NotAnExport, match="这不是 nianbao 导出的 Word 文件"):
        import_docx(open_project(root), plain)
    (tmp_path / "notes.docx").write_text("not a zip", encoding="utf-8")
    result = CliRunner().invoke(app, ["sections", "import", str(root), str(tmp_path / "notes.docx")])
    assert result.exit_code == 2 and "不是 Word（DOCX）文件" in result.stderr


def rewrite_xml(docx: Path, target: Path, edit_document, edit_styles=None) -> None:
    def document(data: bytes) -> bytes:
        root = etree.fromstring(data)
        edit_document(root)
        return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

    edits = {"word/document.xml": document}
    if edit_styles:
        edits["word/styles.xml"] = lambda data: edit_styles(data.decode("utf-8")).encode("utf-8")
    target.write_bytes(rewrite_parts(docx.read_bytes(), edits))


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


def paragraph_with(root, text: str):
    for p in root.iter(w("p")):
        if text in "".join(t.text or "" for t in p.iter(w("t"))):
            return p
    raise AssertionError(text)


def east_asian_run(text: str, tag: str = "r"):
    run = etree.Element(w(tag))
    rpr = etree.SubElement(run, w("rPr"))
    etree.SubElement(rpr, w("rFonts"), {w("eastAsia"): "宋体", w("hint"): "eastAsia"})
    t = etree.SubElement(run, w("delText" if tag == "del" else "t"))
    t.text = text
    return run


def as_word_and_wps_write(root) -> None:
    """What Word/WPS leave in a file: tracked insertions and deletions, a comment, a new heading in
    the localised style, a new bulleted list written as Word paragraphs."""
    p = paragraph_with(root, "初入职场阶段的稳定性仍需关注")
    inserted = etree.SubElement(p, w("ins"), {w("id"): "901", w("author"): "部门", w("date"): "2025-11-01T00:00:00Z"})
    inserted.append(east_asian_run("学院将持续跟踪毕业生的职业发展。"))
    deleted = etree.SubElement(p, w("del"), {w("id"): "902", w("author"): "部门", w("date"): "2025-11-01T00:00:00Z"})
    run = etree.SubElement(deleted, w("r"))
    etree.SubElement(run, w("delText")).text = "这句被删除。"
    etree.SubElement(p, w("commentRangeStart"), {w("id"): "1"})
    ref = etree.SubElement(p, w("r"))
    etree.SubElement(ref, w("commentReference"), {w("id"): "1"})
    heading = etree.Element(w("p"))
    ppr = etree.SubElement(heading, w("pPr"))
    etree.SubElement(ppr, w("pStyle"), {w("val"): "biaoti3"})
    heading.append(east_asian_run("就业帮扶"))
    p.addnext(heading)
    item = etree.Element(w("p"))
    item.append(east_asian_run("• 建立困难毕业生帮扶台账"))
    heading.addnext(item)


def localised_styles(xml: str) -> str:
    """WPS writes the heading style's name in Chinese (标题 3) under its own id."""
    style = ('<w:style w:type="paragraph" w:styleId="biaoti3"><w:name w:val="标题 3"/><w:basedOn w:val="Normal"/>'
             '<w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>')
    return xml.replace("</w:styles>", style + "</w:styles>")


def test_a_file_written_by_word_or_wps(exported, tmp_path):
    root, docx = fresh_copy(exported, tmp_path)
    edited = tmp_path / "wps.docx"
    rewrite_xml(docx, edited, as_word_and_wps_write, localised_styles)
    result = import_docx(open_project(root), edited)
    [section] = result.sections
    assert section.written  # the section file was not touched since the export
    lines = section.new.splitlines()
    first = lines[0]
    assert first.endswith("初入职场阶段的稳定性仍需关注。学院将持续跟踪毕业生的职业发展。")
    assert "这句被删除" not in section.new
    assert lines[2:5] == ["# 就业帮扶", "", "- 建立困难毕业生帮扶台账"]
    assert "文件中有 2 处修订（插入/删除），已全部接受后导入" in result.notices
    assert "文件中有 1 条批注，批注不导入（正文照常导入）" in result.notices


def change_sentence(doc_root) -> None:
    for t in paragraph_with(doc_root, "初入职场阶段的稳定性仍需关注").iter(w("t")):
        t.text = (t.text or "").replace("初入职场阶段的稳定性仍需关注", "稳定性需要继续跟踪")


def test_changed_section_needs_apply(exported, tmp_path):
    root, docx = fresh_copy(exported, tmp_path)
    edited = tmp_path / "edited.docx"
    rewrite_xml(docx, edited, change_sentence)
    path = root / "sections" / f"{EMPLOYMENT}.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n任务专班在导出后加的一段。\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(app, ["sections", "import", str(root), str(edited), "--no-numbers"])
    assert result.exit_code == 0, result.output
    assert "+2025 届毕业生共 {value}`graduate_count` 人" in result.stdout
    assert f"sections/{EMPLOYMENT}.md：未写入（导出后章节文件已被改动，核对差异后加 --apply 写入）" in result.stdout
    assert "任务专班在导出后加的一段" in path.read_text(encoding="utf-8")
    result = runner.invoke(app, ["sections", "import", str(root), str(edited), "--no-numbers", "--apply"])
    assert f"sections/{EMPLOYMENT}.md：已写入" in result.stdout
    assert "稳定性需要继续跟踪" in path.read_text(encoding="utf-8")


@pytest.mark.skipif(not HAS_UNO, reason="LibreOffice with python3-uno is not installed")
def test_libreoffice_edit_round_trip(exported, tmp_path):
    """The issue's done-when: a changed sentence, a new paragraph with a wrong number, a deleted
    value, a new table and a new picture, edited in LibreOffice; then build and check."""
    root, docx = fresh_copy(exported, tmp_path)
    picture = tmp_path / "visit.png"
    from PIL import Image, ImageDraw
    image = Image.new("RGB", (300, 200), "white")
    ImageDraw.Draw(image).line([(20, 60), (150, 160), (280, 100)], fill="#1f5fa8", width=3)
    image.save(picture)
    edits = [
        {"op": "replace", "find": "初入职场阶段的稳定性仍需关注", "with": "毕业生初入职场的稳定性还需要持续跟踪"},
        {"op": "paragraph_after", "find": "稳定性还需要持续跟踪", "text": "学院全年举办校园招聘会 51 场，毕业去向落实率为 95.12%。"},
        {"op": "delete", "find": "71.47%"},
        {"op": "table_after", "find": "毕业去向落实率为 95.12%", "caption": "表 校园招聘活动",
         "rows": [["活动", "场次"], ["线上招聘会", "20"], ["线下招聘会", "31"]]},
        {"op": "image_after", "find": "校园招聘会 51 场", "image": str(picture), "caption": "图 校园招聘会现场"},
    ]
    (tmp_path / "edits.json").write_text(json.dumps(edits, ensure_ascii=False), encoding="utf-8")
    edited = tmp_path / "edited.docx"
    run = subprocess.run([SYSTEM_PYTHON, str(HERE / "lo_edit.py"), str(docx), str(edited),
                          str(tmp_path / "edits.json"), str(tmp_path / "profile")],
                         capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["replace", "True", "paragraph_after", "True", "delete", "True", "table_after", "True",
                                  "image_after", "True"]

    result = import_docx(open_project(root), edited)
    [section] = result.sections
    assert section.written
    picture_path = result.pictures[0]
    assert re.fullmatch(r"photos/1-talent-4-employment-[0-9a-f]{12}\.png", picture_path)
    blocks = section.new.split("\n\n")
    assert blocks[0].endswith("对课程、教师和学风的评价均处于较高水平。毕业生初入职场的稳定性还需要持续跟踪。")
    assert blocks[1:4] == [
        "学院全年举办校园招聘会 51 场，毕业去向落实率为 95.12%。",
        f"```{{figure}} {picture_path}\n:caption: 校园招聘会现场\n```",
        "```{table}\n:caption: 校园招聘活动\n活动,场次\n线上招聘会,20\n线下招聘会,31\n```",
    ]
    # The deleted value is gone, the rest of its sentence stays; protected values and charts come back.
    assert "男生 {value}`graduate_count[gender=男]` 人，占 ；女生 {value}`graduate_count[gender=女]` 人" in section.new
    assert "删除了受保护的数据 71.47%（{value}`graduate_share[gender=男]`）" in result.notices
    assert "```{chart} gender_structure\n```" in section.new
    assert "::: case 政校企联动畅通就业“快车道” {#case-jobs}\n2025 年，学院与市、区两级人社部门合作" in section.new
    [wrong] = result.numbers.contradictions
    assert wrong.message == "正文写“毕业去向落实率 95.12%”，数据为 90.89%"
    assert (root / picture_path).is_file()

    # The project builds with the changes in all three formats, and check names the wrong number.
    outputs = build_report(root, tmp_path / "out", ["html", "docx", "pdf"], check=True, allow_errors=True)
    html = outputs.files["html"].read_text(encoding="utf-8")
    assert "校园招聘活动" in html and "线下招聘会" in html and "校园招聘会现场" in html
    docx_text = document_xml(outputs.files["docx"])
    assert "校园招聘活动" in docx_text and "校园招聘会现场" in docx_text and "<pic:pic" in docx_text
    pdf_text = subprocess.run(["pdftotext", str(outputs.files["pdf"]), "-"], capture_output=True,
                              text=True).stdout
    assert "校园招聘活动" in pdf_text and "校园招聘会现场" in pdf_text
    errors = [f for f in outputs.findings if f.rule == "prose.data_mismatch"]
    assert [f.message for f in errors] == ["正文写“毕业去向落实率 95.12%”，数据为 90.89%"]


def test_every_department_round_trips_without_edits(tmp_path):
    """Export --all, import every file: no section file changes (so every build is byte-identical)."""
    root = copy_example(tmp_path / "project")
    before = {p: p.read_bytes() for p in (root / "sections").rglob("*.md")}
    project = open_project(root)
    exported = export_all(project, tmp_path / "word")
    assert len(exported) == 15
    imported = set()
    for item in exported:
        result = import_docx(project, item.path, check_numbers=False)
        assert [s.id for s in result.sections if s.changed] == [], item.department
        assert result.warnings == [], (item.department, result.warnings)
        imported.update(s.id for s in result.sections)
    assert {p: p.read_bytes() for p in (root / "sections").rglob("*.md")} == before
    assert len(imported) == len(before)  # every section file of the example has an owner and came back


def test_every_department_file_is_the_same_from_either_process(tmp_path):
    """export --all writes every other file in a forked process: the bytes do not depend on it, and
    the appendix rows and title page spliced in as text are well-formed in the document's namespaces."""
    project = open_project(copy_example(tmp_path / "project"))
    two = export_all(project, tmp_path / "two", processes=2)
    one = export_all(project, tmp_path / "one", processes=1)
    assert [r.department for r in two] == [r.department for r in one] and len(one) == 15
    for a, b in zip(one, two):
        assert a.path.read_bytes() == b.path.read_bytes(), a.department
    root = etree.fromstring(zipfile.ZipFile(two[1].path).read("word/document.xml"))
    texts = "".join(root.itertext())
    assert two[1].department + " 撰写章节" in texts and "nianbao-splice" not in texts
    assert len(root.findall(f".//{{{W}}}tbl")) >= 1 and not list(root.iter(etree.ProcessingInstruction))


def _worker_killed(targets):
    os._exit(9)  # as the kernel's out-of-memory killer would end it


def test_a_killed_export_worker_leaves_no_file_unwritten(tmp_path, monkeypatch):
    from nianbao.exchange import export as export_module
    monkeypatch.setattr(export_module, "_export_forked", _worker_killed)
    project = open_project(copy_example(tmp_path / "project"))
    results = export_all(project, tmp_path / "word", processes=2)
    assert len(results) == 15 and all(r.path.is_file() for r in results)
    assert sorted(p.name for p in (tmp_path / "word").glob("*.docx")) == sorted(r.path.name for r in results)


def test_an_approved_section_is_written_only_with_apply(exported, tmp_path):
    root, docx = fresh_copy(exported, tmp_path)
    transition(root, EMPLOYMENT, "已提交", DEPARTMENT, [DEPARTMENT])
    transition(root, EMPLOYMENT, "已通过", "编制专班", [DEPARTMENT])
    edited = tmp_path / "edited.docx"
    rewrite_xml(docx, edited, change_sentence)
    result = CliRunner().invoke(app, ["sections", "import", str(root), str(edited), "--no-numbers"])
    assert f"sections/{EMPLOYMENT}.md：未写入（本节已通过审核，核对差异后加 --apply 写入）" in result.stdout
    assert import_docx(open_project(root), edited, apply=True, check_numbers=False).sections[0].written


def test_pictures_in_other_formats_become_png(exported, tmp_path):
    """A GIF pasted in Word is saved as PNG (the report embeds PNG/JPEG only), with Word's caption."""
    import docx as python_docx
    from PIL import Image
    root, docx = fresh_copy(exported, tmp_path)
    gif = tmp_path / "logo.gif"
    Image.new("P", (40, 30), 3).save(gif, "GIF")
    document = python_docx.Document(docx)
    anchor = next(p for p in document.paragraphs if "初入职场阶段的稳定性仍需关注" in p.text)
    picture = anchor.insert_paragraph_before()
    picture.add_run().add_picture(str(gif))
    caption = anchor.insert_paragraph_before("图 就业指导中心标识")
    anchor._p.addnext(caption._p)  # the picture, then its caption, right after the first paragraph
    anchor._p.addnext(picture._p)
    edited = tmp_path / "gif.docx"
    document.save(edited)
    result = import_docx(open_project(root), edited, check_numbers=False)
    [section] = result.sections
    [path] = result.pictures
    assert path.endswith(".png") and (root / path).read_bytes().startswith(b"\x89PNG")
    assert section.new.split("\n\n")[1] == f"```{{figure}} {path}\n:caption: 就业指导中心标识\n```"


@pytest.mark.skipif(not (shutil.which("soffice") and shutil.which("pdftotext")), reason="needs soffice and poppler")
def test_appendix_values_stay_on_one_line_in_libreoffice(exported, tmp_path):
    """A value the writer copies from the appendix is read whole: LibreOffice wraps none of them."""
    _, docx = exported
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/profile",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx)],
                   capture_output=True, text=True, timeout=180)
    pdf = tmp_path / docx.with_suffix(".pdf").name
    assert pdf.exists()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    appendix = text[text.index("附：可引用的数据"):]
    percents = [line for line in appendix.splitlines() if "%" in line]
    assert "78.42%" in percents and "100.00%" in percents
    assert all(re.fullmatch(r"\d+(\.\d+)?%", line) for line in percents), percents


def test_a_paragraph_numbered_with_thousands_of_digits_is_kept_as_text(exported, tmp_path):
    """A department's file is untrusted: int() refuses more than 4 300 digits, so a list number that
    long must not be converted (it was a ValueError traceback); the paragraph is kept as text."""
    root, docx = fresh_copy(exported, tmp_path)
    edited, text = tmp_path / "digits.docx", "7" * 5_000 + ". 列表项"

    def replace_sentence(doc_root) -> None:
        runs = list(paragraph_with(doc_root, "初入职场阶段的稳定性仍需关注").iter(w("t")))
        runs[0].text = text
        for t in runs[1:]:
            t.text = ""

    rewrite_xml(docx, edited, replace_sentence)
    [section] = import_docx(open_project(root), edited).sections
    assert text in section.new.replace("\\", "")


def test_the_appendix_cut_before_parsing_prepares_the_same_file(exported, monkeypatch):
    """The appendix of copyable values is cut, and the generated tables are marked, in the XML text
    before parsing (for speed); the prepared file pandoc reads is the same as when the parsed tree
    does both."""
    from nianbao.exchange import prepare as prep
    from nianbao.exchange.manifest import APPENDIX, read_manifest
    _, docx = exported
    data = docx.read_bytes()
    manifest = read_manifest(zipfile.ZipFile(docx).read("docProps/custom.xml"))
    xml = zipfile.ZipFile(docx).read("word/document.xml")
    assert len(prep._without_appendix(xml)) < 0.9 * len(xml)
    assert prep._generated_tables_marked(xml).count(b"<w:tbl>") < xml.count(b"<w:tbl>")
    fast = prep.prepare(data, manifest)
    monkeypatch.setattr(prep, "_without_appendix", lambda xml: xml)
    monkeypatch.setattr(prep, "_generated_tables_marked", lambda xml: xml)
    slow = prep.prepare(data, manifest)
    assert (slow.docx, slow.deleted) == (fast.docx, fast.deleted)
    nested = (b'<w:document><w:body><w:tbl><w:tr><w:tc><w:p><w:bookmarkStart w:id="1" w:name="' + APPENDIX.encode()
              + b'"/></w:p></w:tc></w:tr></w:tbl><w:sectPr/></w:body></w:document>')
    monkeypatch.undo()
    assert prep._without_appendix(nested) == nested  # not directly in the body: the tree cuts it


def test_a_marked_table_takes_no_bookmark_id_of_the_file():
    """The paragraphs standing for generated tables carry ids no bookmark of the file can have, so a
    protected value's bookmark (Word numbers them from 0) keeps its own end."""
    from nianbao.exchange.prepare import _generated_tables_marked
    xml = (b'<w:body><w:p><w:bookmarkStart w:id="0" w:name="nb_v1"/><w:r><w:t>9</w:t></w:r><w:bookmarkEnd w:id="0"/>'
           b'</w:p><w:tbl><w:tr><w:tc><w:p><w:bookmarkStart w:id="1" w:name="nb_b2_1t"/></w:p></w:tc></w:tr></w:tbl>'
           b'<w:tbl><w:tr><w:tc><w:p><w:bookmarkStart w:id="2" w:name="nb_b3_1t"/></w:p></w:tc></w:tr></w:tbl></w:body>')
    marked = _generated_tables_marked(xml)
    assert b"<w:tbl>" not in marked
    assert marked.count(b'w:id="0"') == 2 and b'w:id="-1" w:name="nb_b2_1"' in marked \
        and b'w:id="-2" w:name="nb_b3_1"' in marked
