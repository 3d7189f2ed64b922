"""Compiled regular expressions kept from one run of the CLI to the next.

CPython compiles a pattern in Python (parse, then code generation); the pipeline's few
hundred patterns, the time tagger's combined one above all, cost about 0.1 s of every
run. A compiled pattern cannot be pickled, but what it is built from can: per pattern and
flags, the arguments of ``_sre.compile`` (the code, the group names). ``install`` puts a
lookup in front of ``re``'s compiler; ``save`` writes what the run compiled to the cache
folder (``claimcheck.cache``: ``CLAIMCHECK_CACHE=0`` turns it off). The code depends only
on the pattern, the flags and the Python build, so the file is keyed by those, not by the
package. Anything unexpected (another Python, an unreadable file) leaves ``re`` as it
was. Used by the CLI only: a library user's ``re`` is never touched.
"""

from __future__ import annotations

import contextlib
import pickle
import sys
from array import array
from pathlib import Path
from typing import Any

from .cache import cache_dir, write_bytes

# the releases whose re._compiler.compile this mirrors (checked: the _sre.compile arguments)
_SUPPORTED = ((3, 11), (3, 12), (3, 13))

_CODE = "I"  # the compiled code: 32-bit words
_state: dict[str, Any] = {}


def _path() -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    import _sre

    tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{sys.hexversion:x}"
    return folder / f"regex-{tag}.pickle"


def _build(sre: Any, pattern: str, args: tuple[Any, ...]) -> Any:
    code = array(_CODE)
    code.frombytes(args[1])
    return sre.compile(pattern, args[0], code.tolist(), args[2], dict(args[3]), args[4])


def _supported() -> bool:
    return sys.version_info[:2] in _SUPPORTED and array(_CODE).itemsize == 4


def install() -> None:
    """Serve ``re``'s compiler from the saved entries from now on (once per process)."""
    if _state or not _supported():
        return
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:
        return
    path = _path()
    if path is None:
        return
    entries: dict[tuple[str, int], tuple[Any, ...]] = {}
    try:
        with path.open("rb") as f:
            loaded = pickle.load(f)
        if isinstance(loaded, dict):
            entries = loaded
    except Exception:  # noqa: BLE001  (no file yet, or an unreadable one: start empty)
        entries = {}
    original = _compiler.compile
    used: dict[tuple[str, int], tuple[Any, ...]] = {}

    def compile(p: Any, flags: int = 0) -> Any:
        if not isinstance(p, str) or flags & _compiler.SRE_FLAG_DEBUG:
            return original(p, flags)
        key = (p, int(flags))
        args = entries.get(key)
        try:
            if args is None:
                # what re._compiler.compile does, keeping its arguments to _sre.compile
                parsed = _parser.parse(p, flags)
                code = array(_CODE, _compiler._code(parsed, flags)).tobytes()  # compact, and picklable (the opcodes are not)
                groupindex = dict(parsed.state.groupdict)
                indexgroup: list[str | None] = [None] * parsed.state.groups
                for k, i in groupindex.items():
                    indexgroup[i] = k
                args = (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
                compiled = _build(_sre, p, args)
                entries[key] = args
                _state["new"] += 1
            else:
                compiled = _build(_sre, p, args)
        except Exception:  # noqa: BLE001  (a bad pattern raises as re would; a bad entry is dropped)
            entries.pop(key, None)
            return original(p, flags)
        used[key] = args
        return compiled

    _state.update(path=path, entries=entries, used=used, original=original, new=0)
    _compiler.compile = compile


# A few patterns are built from sets, and their text changes with the hash seed: compiled
# every run, they are not worth rewriting the file for. A new or changed package brings many.
_WORTH_SAVING = 8


def save() -> None:
    """Write the entries if this run compiled more than a few patterns the file did not hold."""
    if _state.get("new", 0) < _WORTH_SAVING:
        return
    _state["new"] = 0
    path: Path = _state["path"]
    entries = _state["used"]  # what this run compiled: the file never grows with patterns no run uses
    with contextlib.suppress(Exception):  # a cache that cannot be written is no cache
        write_bytes(path, pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL), prefix=".regex-")
