"""Open a DOCX in LibreOffice over UNO, update every index (目录 and the lists) twice, export PDF.

Run with the system Python that has LibreOffice's `uno` module (Debian: python3-uno):
    /usr/bin/python3 lo_update_fields.py in.docx out.pdf PROFILE_DIR
Prints one line per index: its service name and how many entries it has after the update.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from lo_uno import office_document, store  # noqa: E402  (the tests' one way to drive LibreOffice)


def main(source: str, target: str, profile: str) -> None:
    with office_document(source, profile) as (doc, _):
        indexes = doc.getDocumentIndexes()
        for _ in range(2):  # the second pass sees the pages the first pass's entries occupy
            for i in range(indexes.getCount()):
                indexes.getByIndex(i).update()
            doc.refresh()
        for i in range(indexes.getCount()):
            index = indexes.getByIndex(i)
            print(index.getImplementationName(), index.getAnchor().getString().count("\n") + 1)
        store(doc, target, "writer_pdf_Export")


if __name__ == "__main__":
    main(*sys.argv[1:4])
