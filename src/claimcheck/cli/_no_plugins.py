"""With pydantic's plugins disabled (``PYDANTIC_DISABLE_PLUGINS``, which the CLI sets), the
CLI does without the module that would load them.

``pydantic.plugin._loader`` is imported when the first model is built, only to answer
``get_plugins()``, which returns nothing while plugins are disabled; but importing it imports
``importlib.metadata`` (the email parser, zip files, the resource readers): about 20 ms of
CPU in a run on five articles. A module answering the same is registered under its name
instead, only where pydantic's loader reads the variable as this was written against (its
source says so) and has not been imported already; nothing else imports from it
(pydantic 2.x: ``plugin/_schema_validator.py``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from importlib.util import find_spec
from pathlib import Path
from types import ModuleType

NAME = "pydantic.plugin._loader"
# the line of pydantic's get_plugins that returns nothing when every plugin is disabled
DISABLED_TEST = "elif disabled_plugins in ('__all__', '1', 'true'):"


def get_plugins() -> Iterable[object]:
    return ()


def install() -> bool:
    """Register the stand-in; False (nothing done) where pydantic's loader is not the one expected."""
    if NAME in sys.modules:
        return False
    try:
        spec = find_spec("pydantic")  # finds the package without importing it
        source = Path(next(iter(spec.submodule_search_locations or ())), "plugin", "_loader.py").read_text(
            encoding="utf-8") if spec is not None else ""
    except (ImportError, ValueError, OSError, StopIteration):
        return False
    if DISABLED_TEST not in source or source.count("\ndef ") != 1:
        return False
    stand_in = ModuleType(NAME)
    stand_in.get_plugins = get_plugins  # type: ignore[attr-defined]
    stand_in.PYDANTIC_ENTRY_POINT_GROUP = "pydantic"  # type: ignore[attr-defined]
    sys.modules[NAME] = stand_in
    return True
