"""Open a DOCX in LibreOffice over UNO, update every index (目录 and the lists) twice, export PDF.

Run with the system Python that has LibreOffice's `uno` module (Debian: python3-uno):
    /usr/bin/python3 lo_update_fields.py in.docx out.pdf PROFILE_DIR
Prints one line per index: its service name and how many entries it has after the update.
"""
import os
import socket
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def connect(port: int):
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    for _ in range(300):
        try:
            return resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
        except Exception:
            time.sleep(0.1)
    raise SystemExit("LibreOffice did not start")


def main(source: str, target: str, profile: str) -> None:
    port = free_port()
    office = subprocess.Popen(["soffice", "--headless", "--norestore", "--nologo",
                               f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}",
                               f"--accept=socket,host=127.0.0.1,port={port};urp;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        context = connect(port)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                           (prop("Hidden", True),))
        indexes = doc.getDocumentIndexes()
        for _ in range(2):  # the second pass sees the pages the first pass's entries occupy
            for i in range(indexes.getCount()):
                indexes.getByIndex(i).update()
            doc.refresh()
        for i in range(indexes.getCount()):
            index = indexes.getByIndex(i)
            print(index.getImplementationName(), index.getAnchor().getString().count("\n") + 1)
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", "writer_pdf_Export"),))
        doc.close(True)
        desktop.terminate()
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    main(*sys.argv[1:4])
