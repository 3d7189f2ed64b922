"""claimcheck entities: every canonical entity, the names merged into it and its mentions,
so a person can see what was merged and fix it (``claimcheck annotate alias``)."""

from __future__ import annotations

import json
import sys
from typing import Annotated, Optional

import typer

from .app import (DEFAULT_CORPUS, ClaimsOpt, CorpusArg, JobsOpt, ListFormat, ListFormatOpt, QuietOpt, app,
                  handle_errors, warn)
from .lazy import lazy
from .progress import progress_bar

pipeline = lazy("claimcheck.pipeline")
listing = lazy("claimcheck.entities.listing")
rich_console = lazy("rich.console")
rich_table = lazy("rich.table")


@app.command("entities")
@handle_errors
def entities_command(corpus: CorpusArg = DEFAULT_CORPUS, claims: ClaimsOpt = None,
                     kind: Annotated[Optional[str], typer.Option("--kind", metavar="KIND", help="Only this kind (person, org, ...).")] = None,
                     format: ListFormatOpt = ListFormat.table,
                     jobs: JobsOpt = None, quiet: QuietOpt = False) -> None:
    """Each canonical entity: kind, the names seen, and where it is mentioned."""
    with progress_bar(quiet) as progress:
        analysis = pipeline.analyse(corpus, claims, workers=jobs, progress=progress)
    for sk in analysis.skipped:
        warn(f"skipped {sk.path}: {sk.reason} [{sk.code}]")
    records = [r for r in listing.entity_records(analysis.index, analysis.mentions) if kind is None or r.kind == kind]
    if format is ListFormat.json:
        sys.stdout.write(json.dumps([r.model_dump(mode="json") for r in records], ensure_ascii=False, indent=2) + "\n")
        return
    table = rich_table.Table(expand=True)
    for col in ("id", "kind", "label", "names", "mentions", "sources"):
        table.add_column(col, overflow="fold")
    for r in records:
        table.add_row(r.id, r.kind, r.label, " / ".join(r.names), str(len(r.mentions)),
                      str(len({m.source for m in r.mentions})))
    rich_console.Console(highlight=False).print(table)
