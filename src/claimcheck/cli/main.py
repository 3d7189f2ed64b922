"""report, claims, sources, times: each a thin wrapper over one library call."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer

from ..errors import UnknownSource, UsageError
from ..keys import parse
from .app import (DEFAULT_CORPUS, EXIT_FINDINGS, ClaimsOpt, CorpusArg, JobsOpt, ListFormat, ListFormatOpt, QuietOpt,
                  SchedulerOpt, app, handle_errors, warn, write_output)
from .lazy import lazy
from .progress import progress_bar

if TYPE_CHECKING:
    from ..models import Report

# imported when a command runs, not for --help (cli/lazy.py)
pipeline = lazy("claimcheck.pipeline")
rich_console = lazy("rich.console")
rich_table = lazy("rich.table")
report_json = lazy("claimcheck.report.json")
report_reading = lazy("claimcheck.report.reading")
report_text = lazy("claimcheck.report.text")


class ReportFormat(str, Enum):
    text = "text"
    markdown = "markdown"
    json = "json"
    html = "html"


class FailOn(str, Enum):
    conflict = "conflict"
    tension = "tension"
    variant = "variant"
    never = "never"


class ClaimsFormat(str, Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    parquet = "parquet"


SEVERITY_RANK = {"variant": 1, "tension": 2, "conflict": 3}


def _run(corpus: Path, claims_dir: Path, jobs: int | None = None, quiet: bool = False,
         scheduler: str | None = None, texts: bool = True) -> Report:
    if scheduler:
        from .. import distributed

        report = distributed.run(corpus, claims_dir, scheduler)
    else:
        with progress_bar(quiet) as progress:
            report = pipeline.run(corpus, claims_dir, workers=jobs, progress=progress, texts=texts)
    for sk in report.skipped:
        warn(f"skipped {sk.path}: {sk.reason} [{sk.code}]")
    return report


def _render(report: Report, fmt: ReportFormat) -> str | Iterator[str]:
    if fmt is ReportFormat.json:
        return report_json.iter_json(report)  # written piece by piece: never the whole report in one string
    if fmt is ReportFormat.markdown:
        from ..report.markdown import render_markdown

        return render_markdown(report)
    if fmt is ReportFormat.html:
        from ..report.html import render_html

        return render_html(report, {s.id: s.text for s in report.sources})
    from ..report.text import render_text

    return render_text(report)


@app.command()
@handle_errors
def report(
    corpus: CorpusArg = DEFAULT_CORPUS,
    claims: ClaimsOpt = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.text,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", metavar="FILE", help="Write to this file (its folder must exist).")] = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 when a finding (not dismissed) is this severe or more.")] = FailOn.never,
    jobs: JobsOpt = None,
    quiet: QuietOpt = False,
    scheduler: SchedulerOpt = None,
) -> None:
    """Run the consistency report on a corpus."""
    # only the HTML report shows the articles: the others let each text go once its claims are out
    result = _run(corpus, claims, jobs, quiet, scheduler, texts=format is ReportFormat.html)
    if format is ReportFormat.text and out is None:
        report_text.write_text(result, rich_console.Console(highlight=False))
    else:
        content = _render(result, format)
        if out is None:
            sys.stdout.writelines([content] if isinstance(content, str) else content)
        else:
            write_output(content, out)
    if fail_on is not FailOn.never:
        threshold = SEVERITY_RANK[fail_on.value]
        if any(SEVERITY_RANK[f.severity] >= threshold and f.review.verdict != "dismissed" for f in result.findings):
            raise typer.Exit(EXIT_FINDINGS)


@app.command("claims")
@handle_errors
def claims_command(
    corpus: CorpusArg = DEFAULT_CORPUS,
    claims: ClaimsOpt = None,
    source: Annotated[Optional[str], typer.Option("--source", metavar="ID", help="Only this source id.")] = None,
    subject: Annotated[Optional[str], typer.Option("--subject", metavar="TEXT", help="Only subjects whose id or label contains this.")] = None,
    format: Annotated[ClaimsFormat, typer.Option("--format", "-f")] = ClaimsFormat.table,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Folder for --format parquet.")] = None,
    jobs: JobsOpt = None,
    quiet: QuietOpt = False,
    scheduler: SchedulerOpt = None,
) -> None:
    """List the claims extracted from a corpus (as Parquet files for DuckDB or pandas with --format parquet)."""
    if format is ClaimsFormat.parquet and out is None:
        raise UsageError("--format parquet writes files: give the folder with --out DIR")
    result = _run(corpus, claims, jobs, quiet, scheduler)
    if source is not None and source not in {s.id for s in result.sources}:
        raise UnknownSource(f"no source {source!r} in {corpus}")
    selected = [c for c in result.claims if source is None or c.source == source]
    if subject is not None:
        # a subject matches by id, label or the words that name it ("DTT"); a session's
        # series brings all its sessions
        needle = subject.lower()
        bases = {parse(c.subject.id).base for c in selected
                 if needle in c.subject.id.lower() or needle in c.subject.label.lower()
                 or needle in (c.subject.text or "").lower()}
        selected = [c for c in selected if parse(c.subject.id).base in bases]
    if format is ClaimsFormat.parquet and out is not None:
        from ..parquet import write_claims

        files = write_claims(selected, {s.id: s for s in result.sources}, out)
        typer.echo(f"{len(selected)} claims -> {', '.join(str(f) for f in files)}")
        return
    if format is ClaimsFormat.json:
        sys.stdout.write(json.dumps([c.model_dump(mode="json") for c in selected], ensure_ascii=False, indent=2) + "\n")
        return
    if format is ClaimsFormat.jsonl:
        for c in selected:
            sys.stdout.write(json.dumps(c.model_dump(mode="json"), ensure_ascii=False) + "\n")
        return
    table = rich_table.Table(expand=True)
    for col in ("source", "subject", "predicate", "reads as", "quote"):
        table.add_column(col, overflow="fold")
    for c in selected:
        table.add_row(c.source, c.subject.id, c.predicate, report_reading.reading(c), c.quote)
    rich_console.Console(highlight=False).print(table)


@app.command()
@handle_errors
def sources(corpus: CorpusArg = DEFAULT_CORPUS, claims: ClaimsOpt = None,
            format: ListFormatOpt = ListFormat.table,
            jobs: JobsOpt = None, quiet: QuietOpt = False) -> None:
    """Each source's publication date and how it was found."""
    with progress_bar(quiet) as progress:
        loaded, skipped = pipeline.load_sources(corpus, claims, workers=jobs, progress=progress)
    for sk in skipped:
        warn(f"skipped {sk.path}: {sk.reason} [{sk.code}]")
    if format is ListFormat.json:
        sys.stdout.write(json.dumps([s.model_dump(mode="json") for s in loaded], ensure_ascii=False, indent=2) + "\n")
        return
    table = rich_table.Table(expand=True)
    for col in ("id", "published", "basis", "confidence", "evidence"):
        table.add_column(col, overflow="fold")
    for s in loaded:
        p = s.published
        table.add_row(s.id, p.value or "unknown", p.basis, "" if p.confidence is None else f"{p.confidence:.2f}",
                      p.evidence or "")
    rich_console.Console(highlight=False).print(table)


@app.command()
@handle_errors
def times(corpus: CorpusArg = DEFAULT_CORPUS, claims: ClaimsOpt = None,
          source: Annotated[Optional[str], typer.Option("--source", metavar="ID", help="Only this source id.")] = None,
          format: ListFormatOpt = ListFormat.table,
          jobs: JobsOpt = None, quiet: QuietOpt = False) -> None:
    """Every time expression, its TIMEX3 value and interval."""
    with progress_bar(quiet) as progress:
        loaded, skipped = pipeline.load_sources(corpus, claims, workers=jobs, progress=progress)
    for sk in skipped:
        warn(f"skipped {sk.path}: {sk.reason} [{sk.code}]")
    if source is not None and source not in {s.id for s in loaded}:
        raise UnknownSource(f"no source {source!r} in {corpus}")
    chosen = [s for s in loaded if source is None or s.id == source]
    tagged = pipeline.tag_sources(chosen, pipeline.workers_for(jobs, len(chosen)))
    rows = [report_json.timex_dict(s.id, t) for s, times in zip(chosen, tagged) for t in times]
    if format is ListFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    table = rich_table.Table(expand=True)
    for col in ("source", "span", "text", "type", "value", "interval", "anchor"):
        table.add_column(col, overflow="fold")
    for r in rows:
        interval = f"{r['start']}..{r['end']}" if r["start"] else ""
        table.add_row(r["source"], f"{r['span'][0]}-{r['span'][1]}", r["text"], r["type"], r["value"], interval,
                      r["anchor"])
    rich_console.Console(highlight=False).print(table)
