"""Modules imported at their first use, so that ``claimcheck --help`` and argument errors do
not pay for loading the pipeline (about a second of imports and table compiling)."""

from __future__ import annotations

import importlib
import sys
from types import ModuleType
from typing import Any

from ..gcpause import settled


class _Deferred(ModuleType):
    """Stands for a module until an attribute is read, then imports it and reads from it.
    Nothing is imported before that, not even the module's parent packages."""

    def __getattr__(self, attr: str) -> Any:
        module = sys.modules.get(self.__name__)
        return getattr(module if module is not None else _import(self.__name__), attr)


def _import(name: str) -> ModuleType:
    with settled():  # the pipeline's modules and what they build at import: alive until the end
        return importlib.import_module(name)


def lazy(name: str) -> ModuleType:
    """``name`` as a module imported when one of its attributes is first read."""
    return _Deferred(name)
