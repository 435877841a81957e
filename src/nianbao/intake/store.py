"""Versioned store of accepted imports, inside the project.

    .nianbao/store/<kind>/v0001/original/<file as imported>   byte for byte
                          v0001/data.csv                        canonical columns + row_no, UTF-8
                          v0001/manifest.json                   name, sha256, time, sheet, row counts
                          current                               "v0001": the version in force

A version is written in a temporary directory, renamed into place, and only then is
`current` replaced (write a temp file, fsync, os.replace). A process killed at any
point leaves the previous `current` in force; leftovers are removed by the next import.
"""
from __future__ import annotations

import csv
import datetime as dt
import fcntl
import hashlib
import json
import os
import re
import shutil
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from ..errors import NianbaoError
from ..limits import current_limits

STORE_DIR = Path(".nianbao") / "store"
CANONICAL = "data.csv"
MANIFEST = "manifest.json"
CURRENT = "current"
_VERSION = re.compile(r"v(\d{4,})")
HOOK_ENV = "NIANBAO_INTAKE_TEST_HOOK"  # "<stage>:<marker file>[:seconds]": tests stop the import there
_held: dict[Path, int] = {}  # project root -> depth: the lock is re-entrant within one process


@dataclass(frozen=True)
class Version:
    kind: str
    name: str  # "v0001"
    path: Path
    manifest: dict
    current: bool = False

    @property
    def number(self) -> int:
        return int(self.name[1:])

    @property
    def data_path(self) -> Path:
        return self.path / CANONICAL

    @property
    def original_path(self) -> Path:
        return self.path / "original" / self.manifest["original_name"]


def kind_dir(root: Path, kind: str) -> Path:
    return Path(root) / STORE_DIR / kind


def _hook(stage: str) -> None:
    """Test hook "<stage>:<marker>[:<seconds>[:<release file>]]": at `stage`, create the marker
    file and wait `seconds` (to be killed), or until the release file exists (a test that must
    not depend on how fast another process starts)."""
    spec = os.environ.get(HOOK_ENV, "").split(":")
    if spec[0] != stage:
        return
    Path(spec[1]).write_text(str(os.getpid()))
    deadline = time.monotonic() + (float(spec[2]) if len(spec) > 2 else 120)
    release = Path(spec[3]) if len(spec) > 3 else None
    while time.monotonic() < deadline and not (release and release.exists()):
        time.sleep(0.05)


class StoreBusy(NianbaoError):
    """Another import or rollback kept the project's store locked for too long."""


@contextmanager
def locked(root: Path, on_wait=None, timeout: float | None = None):
    """Hold the project's import lock while the store changes: imports and rollbacks of one
    project run one at a time, so the version each reports as current is current.

    The lock is an fcntl lock on the project directory itself (a rejected import leaves no
    file behind; the kernel drops the lock when a process dies, kill -9 included).
    `on_wait(message)` is called once if another process holds it; after `timeout` seconds
    StoreBusy is raised and nothing changes."""
    root = Path(root).resolve()
    if _held.get(root):
        _held[root] += 1
        try:
            yield
        finally:
            _held[root] -= 1
        return
    timeout = current_limits().import_lock_wait_seconds if timeout is None else timeout
    fd = os.open(root, os.O_RDONLY | os.O_DIRECTORY)
    try:
        _acquire(fd, on_wait, timeout)
        _held[root] = 1
        try:
            yield
        finally:
            _held.pop(root, None)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _acquire(fd: int, on_wait, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    told = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        if not told and on_wait is not None:
            on_wait(f"同一项目的另一个导入或回退正在进行，等待它完成（最多 {timeout:g} 秒）…")
        told = True
        if time.monotonic() >= deadline:
            raise StoreBusy(f"同一项目的另一个导入或回退超过 {timeout:g} 秒仍未完成，本次未做任何改动；"
                            "请稍后重试（等待时间可用环境变量 NIANBAO_IMPORT_LOCK_WAIT_SECONDS 设置）")
        time.sleep(0.05)


def read_version(root: Path, kind: str, name: str, current: bool = False) -> Version | None:
    path = kind_dir(root, kind) / name
    try:
        manifest = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not (path / CANONICAL).is_file():
        return None
    return Version(kind, name, path, manifest, current)


def current_name(root: Path, kind: str) -> str | None:
    try:
        name = (kind_dir(root, kind) / CURRENT).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return name if _VERSION.fullmatch(name) else None


def current(root: Path, kind: str) -> Version | None:
    name = current_name(root, kind)
    return read_version(root, kind, name, True) if name else None


def current_data_path(root: Path, kind: str) -> Path | None:
    version = current(root, kind)
    return version.data_path if version else None


def versions(root: Path, kind: str) -> list[Version]:
    folder = kind_dir(root, kind)
    if not folder.is_dir():
        return []
    active = current_name(root, kind)
    found = [read_version(root, kind, p.name, p.name == active)
             for p in folder.iterdir() if _VERSION.fullmatch(p.name) and p.is_dir()]
    return sorted((v for v in found if v), key=lambda v: v.number)


# ---------------------------------------------------------------- writing

def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_file(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())


def write_canonical(path: Path, names: list[str], records: list[list], durable: bool = True) -> None:
    """The canonical CSV; `durable` (fsync) for stored versions, not for a build's temporary load file."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(names + ["row_no"])
        writer.writerows(records)
        if durable:
            fh.flush()
            os.fsync(fh.fileno())


def safe_name(name: str) -> str:
    name = Path(name).name.strip() or "data"
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _clean_leftovers(folder: Path) -> None:
    for tmp in folder.glob(".tmp-*"):
        pid = tmp.name.split("-")[1] if tmp.name.count("-") >= 2 else ""
        if pid.isdigit() and _alive(int(pid)) and int(pid) != os.getpid():
            continue
        if tmp.is_dir():
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            tmp.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def save_version(root: Path, kind: str, source: Path, names: list[str], records,
                 info: dict) -> Version:
    """Write a new version and make it current. `records`: the rows, or a function writing the
    canonical CSV to the path it is given. `info` goes into the manifest."""
    with locked(root):
        return _save_version(root, kind, source, names, records, info)


def _save_version(root: Path, kind: str, source: Path, names: list[str], records: list[list],
                  info: dict) -> Version:
    folder = kind_dir(root, kind)
    folder.mkdir(parents=True, exist_ok=True)
    _clean_leftovers(folder)
    tmp = folder / f".tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    (tmp / "original").mkdir(parents=True)
    original = tmp / "original" / safe_name(info.get("original_name") or source.name)
    shutil.copyfile(source, original)
    _hook("copied")
    if callable(records):  # a writer of the canonical file (columnar.ColumnarFile.write_canonical)
        records(tmp / CANONICAL)
    else:
        write_canonical(tmp / CANONICAL, names, records)
    manifest = {"kind": kind, "original_name": original.name, "sha256": sha256_of(original),
                "imported_at": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
                "canonical": CANONICAL, "columns": names + ["row_no"], **info}
    manifest["original_name"] = original.name
    name = _place(folder, tmp, manifest)
    _hook("versioned")
    set_current(root, kind, name)
    return read_version(root, kind, name, True)


def _place(folder: Path, tmp: Path, manifest: dict) -> str:
    """Rename the temporary directory to the next free vNNNN; return that name."""
    for _ in range(100):
        taken = [int(m[1]) for p in folder.iterdir() if (m := _VERSION.fullmatch(p.name))]
        name = f"v{max(taken, default=0) + 1:04d}"
        manifest["version"] = name
        _write_file(tmp / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
        _fsync_dir(tmp)
        try:
            os.rename(tmp, folder / name)
        except OSError:
            continue  # another import took this number
        _fsync_dir(folder)
        return name
    raise NianbaoError(f"无法在 {folder} 中创建新版本")


def set_current(root: Path, kind: str, name: str) -> None:
    folder = kind_dir(root, kind)
    tmp = folder / f".tmp-{os.getpid()}-{uuid.uuid4().hex[:8]}-current"
    _write_file(tmp, name + "\n")
    os.replace(tmp, folder / CURRENT)
    _fsync_dir(folder)


def rollback(root: Path, kind: str, name: str, on_wait=None) -> Version:
    name = normalize_version(name)
    with locked(root, on_wait):
        version = read_version(root, kind, name)
        if version is None:
            available = "、".join(v.name for v in versions(root, kind)) or "（无）"
            raise NianbaoError(f"{kind} 没有版本 {name}；已有版本：{available}")
        set_current(root, kind, name)
        return read_version(root, kind, name, True)


def normalize_version(text: str) -> str:
    text = text.strip().lower().removeprefix("v")
    return f"v{int(text):04d}" if text.isdigit() else f"v{text}"
