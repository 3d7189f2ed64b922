"""Modules imported at their first use, so that ``claimcheck --help`` and argument errors do
not pay for loading the pipeline (about a second of imports and table compiling)."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class _Deferred(ModuleType):
    """Stands for a module until an attribute is read, then imports it and reads from it.
    Nothing is imported before that, not even the module's parent packages."""

    def __getattr__(self, attr: str) -> Any:
        return getattr(importlib.import_module(self.__name__), attr)


def lazy(name: str) -> ModuleType:
    """``name`` as a module imported when one of its attributes is first read."""
    return _Deferred(name)
