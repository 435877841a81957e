"""Files a build keeps for the next one, sealed with this user's key.

The build caches live in the project folder (`.nianbao/cache/`), and a project folder may come
from someone else. What they hold goes into the report (figures, chart SVG inlined into the
published page), so a cache file is trusted only if this user's nianbao wrote it: each file
starts with an HMAC-SHA256 of its content under a key kept outside the project
(`~/.cache/nianbao/cache-key`, or the folder `$NIANBAO_CACHE_KEY_DIR`), made on first use. A
file whose HMAC does not match (damaged, edited, or made elsewhere) is treated as absent. Without
a key (no writable home folder) nothing is cached.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

KEY_ENV = "NIANBAO_CACHE_KEY_DIR"
KEY_BYTES = 32


def user_key() -> bytes | None:
    """This user's key, made on first use; None when it cannot be kept."""
    try:
        base = os.environ.get(KEY_ENV)
        folder = Path(base) if base else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "nianbao"
        path = folder / "cache-key"
        try:
            key = path.read_bytes()
        except FileNotFoundError:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            try:
                fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileExistsError:  # another build made it meanwhile
                key = path.read_bytes()
            else:
                key = secrets.token_bytes(KEY_BYTES)
                with os.fdopen(fd, "wb") as fh:
                    fh.write(key)
        return key if len(key) == KEY_BYTES else None
    except (OSError, RuntimeError):  # no home folder, read-only: build without the caches
        return None


def _mac(key: bytes, payload: bytes) -> bytes:
    return hmac.new(key, payload, hashlib.sha256).hexdigest().encode()


def seal(key: bytes, payload: bytes) -> bytes:
    return _mac(key, payload) + b"\n" + payload


def unseal(key: bytes, raw: bytes) -> bytes | None:
    """The payload if this user's key sealed it, else None."""
    mac, _, payload = raw.partition(b"\n")
    return payload if hmac.compare_digest(mac, _mac(key, payload)) else None


__all__ = ["user_key", "seal", "unseal", "KEY_ENV"]
