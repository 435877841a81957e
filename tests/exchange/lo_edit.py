"""Edit a DOCX in LibreOffice over UNO the way a department's writer would, and save it as DOCX.

Run with the system Python that has LibreOffice's `uno` module (Debian: python3-uno):
    /usr/bin/python3 lo_edit.py in.docx out.docx edits.json PROFILE_DIR
edits.json is a list of operations, applied in order:
  {"op": "replace", "find": "…", "with": "…"}              change text (a sentence, a number)
  {"op": "delete", "find": "…"}                             delete the first occurrence
  {"op": "paragraph_after", "find": "…", "text": "…"}       a new paragraph after the one containing find
  {"op": "table_after", "find": "…", "caption": "…", "rows": [["…", …], …]}
  {"op": "image_after", "find": "…", "image": "/abs/path.png", "caption": "…"}
Prints one line per operation: its name and whether it found its target.
"""
import json
import os
import sys

import uno
from com.sun.star.text.ControlCharacter import PARAGRAPH_BREAK
from com.sun.star.text.TextContentAnchorType import AS_CHARACTER

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from lo_uno import office_document, prop, store  # noqa: E402  (the tests' one way to drive LibreOffice)


def find(doc, text):
    search = doc.createSearchDescriptor()
    search.SearchString = text
    return doc.findFirst(search)


def paragraph_end_cursor(doc, text):
    found = find(doc, text)
    if found is None:
        return None
    cursor = found.getText().createTextCursorByRange(found.getEnd())
    cursor.gotoEndOfParagraph(False)
    return cursor


def new_paragraph(doc, after, text, style=None):
    cursor = paragraph_end_cursor(doc, after)
    if cursor is None:
        return None
    body = cursor.getText()
    body.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    if style:
        cursor.setPropertyValue("ParaStyleName", style)
    body.insertString(cursor, text, False)
    return cursor


def apply(doc, ctx, edit):
    op = edit["op"]
    if op == "replace":
        found = find(doc, edit["find"])
        if found is not None:
            found.setString(edit["with"])
        return found is not None
    if op == "delete":
        found = find(doc, edit["find"])
        if found is not None:
            found.setString("")
        return found is not None
    if op == "paragraph_after":
        return new_paragraph(doc, edit["find"], edit["text"]) is not None
    if op == "table_after":
        cursor = new_paragraph(doc, edit["find"], edit["caption"], "Caption")
        if cursor is None:
            return False
        rows = edit["rows"]
        cursor.getText().insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        cursor.setPropertyValue("ParaStyleName", "Standard")
        table = doc.createInstance("com.sun.star.text.TextTable")
        table.initialize(len(rows), len(rows[0]))
        cursor.getText().insertTextContent(cursor, table, False)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.getCellByPosition(c, r).setString(value)
        return True
    if op == "image_after":
        cursor = new_paragraph(doc, edit["find"], "")
        if cursor is None:
            return False
        provider = ctx.ServiceManager.createInstanceWithContext("com.sun.star.graphic.GraphicProvider", ctx)
        graphic = provider.queryGraphic((prop("URL", uno.systemPathToFileUrl(edit["image"])),))
        shape = doc.createInstance("com.sun.star.text.TextGraphicObject")
        shape.Graphic = graphic
        shape.AnchorType = AS_CHARACTER
        cursor.getText().insertTextContent(cursor, shape, False)
        body = cursor.getText()
        body.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        cursor.setPropertyValue("ParaStyleName", "Caption")
        body.insertString(cursor, edit["caption"], False)
        return True
    raise SystemExit(f"unknown operation {op}")


def main(source, target, edits_file, profile):
    with open(edits_file, encoding="utf-8") as fh:
        edits = json.load(fh)
    with office_document(source, profile) as (doc, context):
        for edit in edits:
            print(edit["op"], apply(doc, context, edit))
        store(doc, target, "MS Word 2007 XML")


if __name__ == "__main__":
    main(*sys.argv[1:5])
