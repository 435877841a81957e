"""The tests' one way to drive LibreOffice over UNO (Debian's python3-uno).

The scripts that use it (tests/render/lo_update_fields.py, tests/exchange/lo_edit.py) run under the
system Python, which has `uno`; pytest's Python imports this module only for `has_system_uno`, so
`uno` is imported inside the functions that need it.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from contextlib import contextmanager

SYSTEM_PYTHON = "/usr/bin/python3"


def has_system_uno(*tools: str) -> bool:
    """LibreOffice, the system Python with `uno`, and any other command-line `tools` the test needs."""
    return bool(os.path.isfile(SYSTEM_PYTHON) and shutil.which("soffice") and all(map(shutil.which, tools))
                and subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True).returncode == 0)


def prop(name, value):
    from com.sun.star.beans import PropertyValue
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def connect(port: int):
    import uno
    from com.sun.star.connection import NoConnectException
    resolver = uno.getComponentContext().ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", uno.getComponentContext())
    for _ in range(300):
        try:
            return resolver.resolve(f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
        except NoConnectException:  # LibreOffice is still starting
            time.sleep(0.1)
    raise SystemExit("LibreOffice did not start")


@contextmanager
def office_document(source: str, profile: str):
    """(document, component context) of `source` opened hidden in a LibreOffice of its own (user
    profile `profile`), closed and the office stopped afterwards."""
    import uno
    port = free_port()
    office = subprocess.Popen(["soffice", "--headless", "--norestore", "--nologo",
                               f"-env:UserInstallation={uno.systemPathToFileUrl(os.path.abspath(profile))}",
                               f"--accept=socket,host=127.0.0.1,port={port};urp;"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        context = connect(port)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)), "_blank", 0,
                                           (prop("Hidden", True),))
        try:
            yield doc, context
        finally:
            doc.close(True)
            desktop.terminate()
    finally:
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


def store(doc, target: str, filter_name: str) -> None:
    import uno
    doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)), (prop("FilterName", filter_name),))
