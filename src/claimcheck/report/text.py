"""The terminal report (rich): findings first, grouped by subject, quotes side by side."""

from __future__ import annotations

import io
from collections import defaultdict

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..models import Claim, Finding, Report, Source
from .reading import quoted, reading

SEVERITY_STYLE = {"conflict": "bold red", "tension": "yellow", "variant": "cyan"}
VERDICT_STYLE = {"open": "dim", "confirmed": "green", "dismissed": "dim strike", "needs-follow-up": "magenta"}


def _published(source: Source | None) -> str:
    if source is None or source.published.value is None:
        return "date unknown"
    basis = source.published.basis
    return source.published.value + ("" if basis in ("metadata", "file") else f" ({basis})")


def finding_panel(finding: Finding, report: Report, position: str = "") -> Panel:
    """The finding with each of its quotes beside its source, outlet and publication date."""
    claims: dict[str, Claim] = {c.id: c for c in report.claims}
    sources: dict[str, Source] = {s.id: s for s in report.sources}
    table = Table(show_header=True, header_style="bold", expand=True, box=None, padding=(0, 1))
    table.add_column("source", ratio=1, overflow="fold")
    table.add_column("quote", ratio=3, overflow="fold")
    table.add_column("reads as", ratio=1, overflow="fold")
    for claim_id in finding.claims:
        claim = claims.get(claim_id)
        if claim is None:
            continue
        source = sources.get(claim.source)
        label = Text(claim.source, style="bold")
        label.append(f"\n{(source.outlet if source and source.outlet else '')}\n{_published(source)}", style="dim")
        table.add_row(label, Text(quoted(claim.quote)), Text(reading(claim)))
    head = Text()
    head.append(f"{finding.severity.upper()} ", style=SEVERITY_STYLE[finding.severity])
    head.append(f"[{finding.kind}] ", style="bold")
    head.append(finding.summary)
    body: list = [head, table, Text(finding.explanation, style="dim")]
    if finding.rests_on_inferred_date:
        body.append(Text("rests on an inferred publication date: check that date first", style="bold yellow"))
    verdict = Text(f"review: {finding.review.verdict}", style=VERDICT_STYLE.get(finding.review.verdict, ""))
    if finding.review.note:
        verdict.append(f" — {finding.review.note}")
    body.append(verdict)
    subtitle = f"subject {finding.subject}" + (f" · {position}" if position else "")
    return Panel(Group(*body), title=finding.id, title_align="left", subtitle=subtitle, subtitle_align="left",
                 border_style=SEVERITY_STYLE[finding.severity])


def write_text(report: Report, console: Console) -> None:
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
            console.print(finding_panel(f, report))
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
