"""Command-line interface (typer). Commands are thin wrappers over library calls."""

from __future__ import annotations

from . import main as _main  # noqa: F401  (registers report, claims, sources, times)
from .app import app

try:  # review, annotate, export
    from . import workflow as _workflow  # noqa: F401
except ImportError:  # pragma: no cover - only while the workflow module is being written
    pass


def main() -> None:
    app()
