"""A cache of the shipped resources in validated form, so each run does not parse and
validate the same YAML again (ruamel's round-trip parser was most of the start-up time).
The files of a claims/ folder are cached the same way, by content (``cached_file``).

An entry is a pickle of what the builder returned, keyed by a fingerprint of the whole
installed package (every file's path, size and modification time, plus the Python and
pydantic versions): any change to a resource, a model or the code invalidates every entry.
Entries live in ``$CLAIMCHECK_CACHE_DIR`` or ``$XDG_CACHE_HOME/claimcheck`` (default
``~/.cache/claimcheck``); ``CLAIMCHECK_CACHE=0`` turns the cache off. A cache that cannot be
read or written is ignored: the resource is built as without one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

PACKAGE = Path(__file__).resolve().parent
SUFFIXES = (".py", ".yaml", ".json")


def cache_dir() -> Path | None:
    if os.environ.get("CLAIMCHECK_CACHE", "1") == "0":
        return None
    if explicit := os.environ.get("CLAIMCHECK_CACHE_DIR"):
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "claimcheck"


@cache
def fingerprint() -> str:
    """What the cached forms were built from: every package file's path, size and mtime."""
    import pydantic

    digest = hashlib.sha256(f"{sys.version}|{pydantic.VERSION}".encode())
    for root, dirs, files in os.walk(PACKAGE):
        dirs[:] = sorted(d for d in dirs if d != "__pycache__")
        for name in sorted(files):
            if name.endswith(SUFFIXES):
                st = os.stat(os.path.join(root, name))
                digest.update(f"{os.path.relpath(os.path.join(root, name), PACKAGE)}|{st.st_size}|{st.st_mtime_ns}\n"
                              .encode())
    return digest.hexdigest()[:20]


def cached(key: str, build: Callable[[], T], source: Path | None = None) -> T:
    """``build()``, or the pickle of an earlier ``build()`` for the same key and package and
    the same ``source`` file (its path, size and modification time: a test or a user that
    points a loader at another file never gets the shipped one's entry)."""
    folder = cache_dir()
    if folder is None:
        return build()
    safe = _safe(key)
    if source is not None:
        try:
            st = source.stat()
        except OSError:
            return build()  # the builder reports the missing file
        where = hashlib.sha256(f"{source.resolve()}|{st.st_size}|{st.st_mtime_ns}".encode()).hexdigest()[:12]
        safe = f"{safe}-{where}"
    path = folder / fingerprint() / f"{safe}.pickle"
    found = _read(path)
    if found is not _MISS:
        return found  # type: ignore[return-value]
    value = build()
    try:
        _write(path, value)
    except OSError:
        pass
    return value


def cached_file(key: str, build: Callable[[], T], path: Path) -> T:
    """``build()`` of the file at ``path`` (a claims/ file people edit), or the pickle of an
    earlier ``build()`` of the same bytes at the same path. Keyed by content, not by
    modification time, which a quick second edit of the same size may leave unchanged.
    A build whose file changed meanwhile is not kept; older entries of the file are
    removed when a new one is written."""
    folder = cache_dir()
    if folder is None:
        return build()
    try:
        content = path.read_bytes()
    except OSError:
        return build()  # a folder or an unreadable file: the builder reports it
    prefix = f"{_safe(key)}-{hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:12]}"
    entry = folder / fingerprint() / f"{prefix}-{hashlib.sha256(content).hexdigest()[:20]}.pickle"
    found = _read(entry)
    if found is not _MISS:
        return found  # type: ignore[return-value]
    value = build()
    try:
        if path.read_bytes() != content:
            return value  # edited while it was read: this build may be of either version
        _write(entry, value)
        for old in entry.parent.glob(f"{prefix}-*.pickle"):
            if old != entry:
                old.unlink(missing_ok=True)
    except OSError:
        pass
    return value


_MISS = object()  # no usable entry (a cached value may itself be None)


def _safe(key: str) -> str:
    """A cache key as a file name."""
    return "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in key)


def _read(path: Path) -> object:
    """The value pickled at ``path``, else ``_MISS``."""
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)  # noqa: S301 -- the user's own cache, written by this code
    except Exception:  # noqa: BLE001 -- missing, stale format or damaged: build it again
        return _MISS


def _write(path: Path, value: object) -> None:
    write_bytes(path, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))


def write_bytes(path: Path, data: bytes, prefix: str | None = None) -> None:
    """Replace the cache file ``path`` with ``data``: a temp file beside it, then a rename, so
    a parallel run reads the old file or the new, never half of one (the pickled entries here,
    the compiled patterns of `regex_cache` and code of `code_cache`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=prefix, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
