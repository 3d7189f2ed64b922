"""report, claims, sources, times: each a thin wrapper over one library call."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table

from .. import pipeline
from ..errors import UnknownSource
from ..models import Report
from ..report.json import render_json, timex_dict
from ..report.reading import reading
from ..report.text import write_text
from .app import DEFAULT_CLAIMS, DEFAULT_CORPUS, EXIT_FINDINGS, ClaimsOpt, CorpusArg, app, handle_errors, warn



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


class TimesFormat(str, Enum):
    table = "table"
    json = "json"


SEVERITY_RANK = {"variant": 1, "tension": 2, "conflict": 3}


def _progress_bar():  # a progress bar on stderr, only for a terminal
    if not sys.stderr.isatty():
        return None
    from rich.progress import Progress

    progress = Progress(console=Console(stderr=True), transient=True)
    task = progress.add_task("analysing", total=None)
    progress.start()

    def update(stage: str, done: int, total: int) -> None:
        progress.update(task, description=stage, completed=done, total=total)
        if done >= total and stage == "tagging":
            progress.stop()

    return update


def _run(corpus: Path, claims_dir: Path) -> Report:
    report = pipeline.run(corpus, claims_dir, progress=_progress_bar())
    for sk in report.skipped:
        warn(f"skipped {sk.path}: {sk.reason} [{sk.code}]")
    return report


def _render(report: Report, fmt: ReportFormat) -> str:
    if fmt is ReportFormat.json:
        return render_json(report)
    if fmt is ReportFormat.markdown:
        from ..report.markdown import render_markdown

        return render_markdown(report)
    if fmt is ReportFormat.html:
        from ..report.html import render_html

        return render_html(report, {s.id: s.text for s in report.sources})
    from ..report.text import render_text

    return render_text(report)


def _write_out(content: str, out: Path) -> None:
    """Write a report file atomically, so a reader never sees half of it."""
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(content, encoding="utf-8")
    tmp.replace(out)


@app.command()
@handle_errors
def report(
    corpus: CorpusArg = DEFAULT_CORPUS,
    claims: ClaimsOpt = DEFAULT_CLAIMS,
    format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.text,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write to this file.")] = None,
    fail_on: Annotated[FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is this severe.")] = FailOn.never,
) -> None:
    """Run the consistency report on a corpus."""
    result = _run(corpus, claims)
    if format is ReportFormat.text and out is None:
        write_text(result, Console(highlight=False))
    else:
        content = _render(result, format)
        if out is None:
            sys.stdout.write(content)
        else:
            _write_out(content, out)
    if fail_on is not FailOn.never:
        threshold = SEVERITY_RANK[fail_on.value]
        if any(SEVERITY_RANK[f.severity] >= threshold and f.review.verdict != "dismissed" for f in result.findings):
            raise typer.Exit(EXIT_FINDINGS)


@app.command("claims")
@handle_errors
def claims_command(
    corpus: CorpusArg = DEFAULT_CORPUS,
    claims: ClaimsOpt = DEFAULT_CLAIMS,
    source: Annotated[Optional[str], typer.Option("--source", help="Only this source id.")] = None,
    subject: Annotated[Optional[str], typer.Option("--subject", help="Only subjects whose id or label contains this.")] = None,
    format: Annotated[ClaimsFormat, typer.Option("--format", "-f")] = ClaimsFormat.table,
) -> None:
    """List the claims extracted from a corpus."""
    result = _run(corpus, claims)
    if source is not None and source not in {s.id for s in result.sources}:
        raise UnknownSource(f"no source {source!r} in {corpus}")
    selected = [c for c in result.claims if source is None or c.source == source]
    if subject is not None:
        # a subject matches by id, label or the words that name it ("DTT"); a session's
        # series brings all its sessions
        needle = subject.lower()
        bases = {c.subject.id.split("#")[0] for c in selected
                 if needle in c.subject.id.lower() or needle in c.subject.label.lower()
                 or needle in (c.subject.text or "").lower()}
        selected = [c for c in selected if c.subject.id.split("#")[0] in bases]
    if format is ClaimsFormat.json:
        sys.stdout.write(json.dumps([c.model_dump(mode="json") for c in selected], ensure_ascii=False, indent=2) + "\n")
        return
    if format is ClaimsFormat.jsonl:
        for c in selected:
            sys.stdout.write(json.dumps(c.model_dump(mode="json"), ensure_ascii=False) + "\n")
        return
    table = Table(expand=True)
    for col in ("source", "subject", "predicate", "reads as", "quote"):
        table.add_column(col, overflow="fold")
    for c in selected:
        table.add_row(c.source, c.subject.id, c.predicate, reading(c), c.quote)
    Console(highlight=False).print(table)


@app.command()
@handle_errors
def sources(corpus: CorpusArg = DEFAULT_CORPUS, claims: ClaimsOpt = DEFAULT_CLAIMS,
            format: Annotated[TimesFormat, typer.Option("--format", "-f")] = TimesFormat.table) -> None:
    """Each source's publication date and how it was found."""
    loaded, skipped = pipeline.load_sources(corpus, claims)
    for sk in skipped:
        warn(f"skipped {sk.path}: {sk.reason} [{sk.code}]")
    if format is TimesFormat.json:
        sys.stdout.write(json.dumps([s.model_dump(mode="json") for s in loaded], ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(expand=True)
    for col in ("id", "published", "basis", "confidence", "evidence"):
        table.add_column(col, overflow="fold")
    for s in loaded:
        p = s.published
        table.add_row(s.id, p.value or "unknown", p.basis, "" if p.confidence is None else f"{p.confidence:.2f}",
                      p.evidence or "")
    Console(highlight=False).print(table)


@app.command()
@handle_errors
def times(corpus: CorpusArg = DEFAULT_CORPUS, claims: ClaimsOpt = DEFAULT_CLAIMS,
          source: Annotated[Optional[str], typer.Option("--source", help="Only this source id.")] = None,
          format: Annotated[TimesFormat, typer.Option("--format", "-f")] = TimesFormat.table) -> None:
    """Every time expression, its TIMEX3 value and interval."""
    loaded, skipped = pipeline.load_sources(corpus, claims)
    for sk in skipped:
        warn(f"skipped {sk.path}: {sk.reason} [{sk.code}]")
    if source is not None and source not in {s.id for s in loaded}:
        raise UnknownSource(f"no source {source!r} in {corpus}")
    rows = [timex_dict(s.id, t) for s in loaded if source is None or s.id == source for t in pipeline.tag_source(s)]
    if format is TimesFormat.json:
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table(expand=True)
    for col in ("source", "span", "text", "type", "value", "interval", "anchor"):
        table.add_column(col, overflow="fold")
    for r in rows:
        interval = f"{r['start']}..{r['end']}" if r["start"] else ""
        table.add_row(r["source"], f"{r['span'][0]}-{r['span'][1]}", r["text"], r["type"], r["value"], interval,
                      r["anchor"])
    Console(highlight=False).print(table)
