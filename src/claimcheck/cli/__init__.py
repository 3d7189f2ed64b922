"""Command-line interface (typer). Commands are thin wrappers over library calls."""

from __future__ import annotations

from . import entities_cmd as _entities  # noqa: F401  (registers entities)
from . import main as _main  # noqa: F401  (registers report, claims, sources, times)
from . import workflow as _workflow  # noqa: F401  (registers review, annotate, export)
from .app import app


def main() -> None:
    app()
