"""The terminal report (rich): findings first, grouped by subject, quotes side by side."""

from __future__ import annotations

import io
from collections import defaultdict

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..models import Claim, Finding, Report

SEVERITY_STYLE = {"conflict": "bold red", "tension": "yellow", "variant": "cyan"}
VERDICT_STYLE = {"open": "dim", "confirmed": "green", "dismissed": "dim strike", "needs-follow-up": "magenta"}


def claim_value(c: Claim) -> str:
    """A short normalised reading of what a claim states."""
    parts: list[str] = []
    if c.value is not None:
        parts.append(f"{c.value.type} {c.value.value}")
    if c.when is not None:
        parts.append(c.when.value)
    if c.where is not None:
        parts.append(c.where.entity.split(":", 1)[-1])
    if c.who and c.subject.id.startswith("office:"):
        parts.append(", ".join(w.entity.split(":", 1)[-1] for w in c.who))
    if c.modality != "reported":
        parts.append(c.modality)
    return "; ".join(parts) or c.predicate


def _finding_panel(f: Finding, claims: dict[str, Claim]) -> Panel:
    table = Table(show_header=True, header_style="bold", expand=True, box=None, padding=(0, 1))
    table.add_column("source", ratio=1, overflow="fold")
    table.add_column("quote", ratio=3, overflow="fold")
    table.add_column("reads as", ratio=1, overflow="fold")
    for cid in f.claims:
        c = claims.get(cid)
        if c is not None:
            table.add_row(c.source, f"“{c.quote}”", claim_value(c))
    head = Text()
    head.append(f"{f.severity.upper()} ", style=SEVERITY_STYLE[f.severity])
    head.append(f"[{f.kind}] ", style="bold")
    head.append(f.summary)
    verdict = Text(f"review: {f.review.verdict}", style=VERDICT_STYLE.get(f.review.verdict, ""))
    if f.review.note:
        verdict.append(f" — {f.review.note}")
    body: list = [head, table, Text(f.explanation, style="dim")]
    if f.rests_on_inferred_date:
        body.append(Text("rests on an inferred publication date: check that date first", style="bold yellow"))
    body.append(verdict)
    return Panel(Group(*body), title=f.id, title_align="left", border_style=SEVERITY_STYLE[f.severity])


def write_text(report: Report, console: Console) -> None:
    claims = {c.id: c for c in report.claims}
    labels = {s.id: s.label for s in report.subjects}
    counts = defaultdict(int)
    for f in report.findings:
        counts[f.severity] += 1
    console.print(Text("claimcheck report", style="bold"),
                  Text(f"  {len(report.sources)} sources, {len(report.claims)} claims, "
                       f"{len(report.subjects)} subjects, findings: "
                       + (", ".join(f"{counts[k]} {k}" for k in ("conflict", "tension", "variant") if counts[k])
                          or "none")))
    by_subject: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        by_subject[f.subject].append(f)
    for subject, findings in by_subject.items():
        console.rule(Text(labels.get(subject, subject), style="bold"), align="left")
        for f in findings:
            console.print(_finding_panel(f, claims))
    table = Table(title="sources", title_justify="left", expand=True)
    for col in ("id", "published", "basis", "outlet"):
        table.add_column(col, overflow="fold")
    for s in report.sources:
        table.add_row(s.id, s.published.value or "unknown", s.published.basis, s.outlet or "")
    console.print(table)
    for sk in report.skipped:
        console.print(Text(f"skipped {sk.path}: {sk.reason} [{sk.code}]", style="yellow"))
    for o in report.orphaned_reviews:
        console.print(Text(f"orphaned review {o.finding}: {o.review.verdict} (its finding no longer appears)",
                           style="magenta"))


def render_text(report: Report, width: int = 110, color: bool = False) -> str:
    buffer = io.StringIO()
    write_text(report, Console(file=buffer, width=width, force_terminal=color, no_color=not color,
                               highlight=False))
    return buffer.getvalue()
