"""The computed indicators of the last build, kept for the next one while no input changed.

A rebuild after a text edit needs the same figures as the build before it: the same data files,
report.toml and template give the same breakdowns. So the state an `Indicators` computed (the
breakdowns, the entered figures, the distinct counts, where each data kind came from) is written
to `.nianbao/cache/indicators/state.json` after a build, under a digest of every input: the bytes
of the data files in force (report.toml [data] and the imported versions), report.toml, the
template's files, and nianbao's version and the code that computes the figures. The next build
with the same digest starts from that state and loads no data; a lookup it does not hold (a new
value in the text) loads the data then. Any change to an input changes the digest: the state is
computed again.

The file is JSON (never pickle: a project folder may come from someone else), sealed with this
user's key (sealed.py): a state written by anyone else, damaged or edited by hand is ignored and
recomputed, never trusted. `.nianbao/` is git-ignored and never exported.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from .. import __version__
from ..sealed import KEY_ENV, seal, unseal, user_key
from ..intake import LOAD_ORDER, configured_path, store
from .engine import Indicators

CACHE_DIR = Path(".nianbao") / "cache" / "indicators"
STATE_FILE = "state.json"
FORMAT = "1"
_PACKAGE = Path(__file__).resolve().parents[1]
# The code whose output is cached: reading and checking the data, and computing the figures.
CODE = ("intake", "indicators", "text.py", "limits.py")


def _digest_file(digest, path: Path) -> None:
    try:
        with open(path, "rb") as fh:
            digest.update(hashlib.file_digest(fh, "sha256").digest())
    except OSError:
        digest.update(b"-")  # absent: a different input from any file's content


def inputs_digest(project) -> str:
    """A digest of everything the computed figures depend on."""
    digest = hashlib.sha256(f"{FORMAT}\0{__version__}\0".encode())
    code = [p for name in CODE for p in sorted((_PACKAGE / name).rglob("*.py") if (_PACKAGE / name).is_dir()
                                               else [_PACKAGE / name])]
    template_files = sorted(p for p in Path(project.template.path).rglob("*") if p.is_file())
    for path in [*code, *template_files, project.root / "report.toml"]:
        digest.update(f"\0{path.name}\0".encode())
        _digest_file(digest, path)
    # What the engine reads from the loaded template and report.toml, in case they differ from the files
    # (a template held in memory by a long-running process, edited there).
    template, config = project.template, project.config
    digest.update(json.dumps([template.indicators, template.dimensions, template.placed_classes,
                              [(d.name, d.cls, d.group, d.aliases) for d in template.destinations],
                              config.year, config.province, config.data], sort_keys=True, default=str,
                             ensure_ascii=False).encode())
    for kind in LOAD_ORDER:
        digest.update(f"\0{kind}\0".encode())
        configured = configured_path(project, kind)
        if configured is not None:
            _digest_file(digest, configured)
        version = store.current(project.root, kind)
        if version is not None:
            digest.update(version.name.encode())
            _digest_file(digest, version.path / "manifest.json")
            _digest_file(digest, version.data_path)
    return digest.hexdigest()


class _Cached(Indicators):
    """Indicators that remember the digest they were computed under and the state they started from."""

    cache_digest: str = ""
    cache_loaded: bytes = b""
    cache_size: tuple[int, ...] = ()  # state_size() of the loaded state


def _no_float(text: str):
    """JSON gives only str, int, bool, None, lists and string-keyed dicts, and floats: the engine
    computes no float (exact decimals travel as strings), so a float is a state not of our making."""
    raise ValueError(f"float in the cached state: {text}")


def _load(project, digest: str, key: bytes) -> tuple[dict, bytes] | None:
    try:
        raw = (project.root / CACHE_DIR / STATE_FILE).read_bytes()
    except OSError:
        return None
    payload = unseal(key, raw)
    if payload is None:
        return None  # written by someone else, damaged or edited: recomputed
    try:
        # checked while parsing: walking the whole state afterwards cost ~10 % of a Word import
        data = json.loads(payload, parse_float=_no_float, parse_constant=_no_float)
        if data.get("digest") != digest or not isinstance(data["state"], dict):
            return None
        return data["state"], payload
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def cached_indicators(project) -> Indicators:
    """The project's Indicators: from the cached state when no input changed, else computed."""
    key = user_key()
    digest = inputs_digest(project) if key is not None else ""
    found = _load(project, digest, key) if key is not None else None
    ind = None
    if found is not None:
        try:
            ind = _Cached(project, state=found[0])
            ind.cache_loaded = found[1]
            ind.cache_size = ind.state_size()
        except (ValueError, KeyError, TypeError, AttributeError):
            ind = None  # a state of another shape: computed below
    if ind is None:
        ind = _Cached(project)
    ind.cache_digest = digest
    return ind


def store_indicators(project, ind: Indicators) -> None:
    """Keep what `ind` computed for the next build (when it came from `cached_indicators` and grew)."""
    digest = getattr(ind, "cache_digest", "")
    key = user_key() if digest else None
    if key is None or (getattr(ind, "cache_loaded", b"") and ind.state_size() == ind.cache_size):
        return  # nothing computed beyond the loaded state
    try:
        payload = json.dumps({"digest": digest, "state": ind.state()}, ensure_ascii=False,
                             separators=(",", ":")).encode()
    except (TypeError, ValueError):
        return  # a value JSON cannot hold: not cached
    if payload == ind.cache_loaded:
        return
    folder = project.root / CACHE_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(seal(key, payload))
            os.replace(tmp, folder / STATE_FILE)
        except OSError:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        pass  # a read-only project builds without the cache (the chart cache says so once)


__all__ = ["cached_indicators", "store_indicators", "inputs_digest", "CACHE_DIR", "KEY_ENV"]
