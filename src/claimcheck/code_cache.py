"""Compiled code of the functions ``dataclasses`` and ``typing`` generate, kept from one run
of the CLI to the next.

Each dataclass gets its ``__init__``, ``__repr__``, ``__eq__``... as source text that
``dataclasses`` compiles with ``exec``, and each string annotation pydantic reads becomes a
``typing.ForwardRef`` that compiles it: some 600 and 2,000 small compilations, about a
tenth of a short run such as the seeds' report, giving the same code every run. ``install``
gives the two modules an ``exec`` and a ``compile`` of their own (module globals, which
Python looks up before the builtins) that take the code from the saved entries, compiling
as the builtin would when a text is new; ``save`` writes what the run used (``marshal``,
keyed by the Python build). The code is what the builtin gives: same source, file name
and flags (neither module has a ``__future__`` import; compiling here must not inherit
this module's). Anything unexpected leaves both modules as they were. Used by the CLI
only: a library user's modules are never touched.
"""

from __future__ import annotations

import contextlib
import marshal
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from .cache import cache_dir, write_bytes

_Key = tuple[str, str, str, int]  # source, file name, mode, flags
_state: dict[str, Any] = {}


def _path() -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"code-{sys.implementation.cache_tag}-{sys.hexversion:x}-{marshal.version}.marshal"


def install() -> None:
    """Serve ``dataclasses``' exec and ``typing``'s compile from the saved code (once per process)."""
    if _state:
        return
    import dataclasses
    import typing

    if "exec" in vars(dataclasses) or "compile" in vars(typing):
        return  # someone else's already: leave them
    path = _path()
    if path is None:
        return
    entries: dict[_Key, CodeType] = {}
    try:
        loaded = marshal.loads(path.read_bytes())
        if isinstance(loaded, dict):
            entries = loaded
    except Exception:  # noqa: BLE001  (no file yet, or an unreadable one: start empty)
        entries = {}
    used: dict[_Key, CodeType] = {}

    def code_of(source: str, filename: str, mode: str, flags: int) -> CodeType:
        k = (source, filename, mode, flags)
        code = entries.get(k)
        if code is None:
            code = entries[k] = compile(source, filename, mode, flags, True)
            _state["new"] += 1
        used[k] = code
        return code

    def cached_exec(source: Any, globals: Any = None, locals: Any = None, /) -> None:
        if globals is None:  # exec's own default: the caller's namespaces
            frame = sys._getframe(1)
            globals = frame.f_globals
            if locals is None:
                locals = frame.f_locals
        if isinstance(source, str):
            source = code_of(source, "<string>", "exec", 0)
        exec(source, globals, locals)

    def cached_compile(source: Any, filename: Any, mode: str, flags: int = 0, dont_inherit: bool = False,
                       optimize: int = -1, **kwargs: Any) -> Any:
        if isinstance(source, str) and isinstance(filename, str) and optimize == -1 and not kwargs:
            return code_of(source, filename, mode, flags)
        return compile(source, filename, mode, flags, True, optimize, **kwargs)

    _state.update(path=path, used=used, new=0)
    dataclasses.exec = cached_exec  # type: ignore[attr-defined]
    typing.compile = cached_compile  # type: ignore[attr-defined]


# a run that compiled only a few new texts (a class built from a set's order) is not worth a rewrite
_WORTH_SAVING = 8


def save() -> None:
    """Write the entries if this run compiled more than a few texts the file did not hold."""
    if _state.get("new", 0) < _WORTH_SAVING:
        return
    _state["new"] = 0
    path: Path = _state["path"]
    # what this run used: the file never grows with texts no run needs
    with contextlib.suppress(Exception):  # a cache that cannot be written is no cache
        write_bytes(path, marshal.dumps(_state["used"]), prefix=".code-")
