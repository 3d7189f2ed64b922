"""Modules imported at their first use, so that ``claimcheck --help`` and argument errors do
not pay for loading the pipeline (about a second of imports and table compiling)."""

from __future__ import annotations

import importlib
import importlib.util
import sys
from types import ModuleType


def lazy(name: str) -> ModuleType:
    """``name`` as a module whose code runs when an attribute is first read."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:  # pragma: no cover - a packaging error
        return importlib.import_module(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return module
