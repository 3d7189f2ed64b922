"""The report as Markdown, for pasting into notes: findings grouped by subject, each with
its statements side by side (source, date, quote, reading), then orphaned verdicts and
the sources with their publication dates and how each was found."""

from __future__ import annotations

from collections import defaultdict

from .reading import label_from_id, quoted, reading
from ..models import Claim, Finding, Report, Source

SEVERITIES = ("conflict", "tension", "variant")


def _cell(text: object) -> str:
    """Table-cell safe: one line, pipes escaped, no raw HTML."""
    return _text(" ".join(str(text).split()).replace("|", "\\|"))


def _text(text: str) -> str:
    """Article text and labels are not Markdown's HTML: ``<`` is shown, not parsed."""
    return text.replace("&", "&amp;").replace("<", "&lt;")


def _published(source: Source | None) -> str:
    if source is None or source.published.value is None:
        return "unknown"
    basis = source.published.basis
    return source.published.value if basis in ("metadata", "file") else f"{source.published.value} ({basis})"


def _finding(f: Finding, claims: dict[str, Claim], sources: dict[str, Source]) -> list[str]:
    lines = [f"#### {f.severity.upper()} · {f.kind}: {_text(f.summary)}", "",
             f"`{f.id}` · review: **{f.review.verdict}**"
             + (f" — {_text(f.review.note)}" if f.review.note else "")
             + (f" ({f.review.reviewer}, {f.review.at})" if f.review.reviewer and f.review.at else ""), "",
             _text(f.explanation), ""]
    if f.rests_on_inferred_date:
        lines += ["> Rests on an inferred publication date: check that date first.", ""]
    lines += ["| source | published | quote | reads as |", "|---|---|---|---|"]
    for claim_id in f.claims:
        c = claims.get(claim_id)
        if c is None:
            continue
        lines.append(f"| {_cell(c.source)} | {_cell(_published(sources.get(c.source)))} "
                     f"| {_cell(quoted(c.quote))} | {_cell(reading(c))} |")
    lines.append("")
    return lines


def render_markdown(report: Report) -> str:
    claims = {c.id: c for c in report.claims}
    sources = {s.id: s for s in report.sources}
    labels = {c.subject.id: c.subject.label for c in report.claims}
    labels.update({s.id: s.label for s in report.subjects})
    counts: dict[str, int] = defaultdict(int)
    for f in report.findings:
        counts[f.severity] += 1
    summary = ", ".join(f"{counts[k]} {k}" for k in SEVERITIES if counts[k]) or "none"
    out = ["# claimcheck report", "",
           f"{len(report.sources)} sources, {len(report.claims)} claims, {len(report.subjects)} subjects; "
           f"findings: {summary}.", ""]
    by_subject: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        by_subject[f.subject].append(f)
    if by_subject:
        out += ["## Findings", ""]
    for subject, findings in by_subject.items():
        out += [f"### {_text(labels.get(subject) or label_from_id(subject))}", "", f"`{subject}`", ""]
        for f in findings:
            out += _finding(f, claims, sources)
    if report.orphaned_reviews:
        out += ["## Orphaned verdicts", "",
                "These verdicts name findings this run no longer produces; they are kept in reviews.yaml.", "",
                "| finding | verdict | note | reviewer | at |", "|---|---|---|---|---|"]
        for o in report.orphaned_reviews:
            r = o.review
            out.append(f"| `{_cell(o.finding)}` | {r.verdict} | {_cell(r.note or '')} | {_cell(r.reviewer or '')} "
                       f"| {_cell(r.at or '')} |")
        out.append("")
    out += ["## Sources", "", "| id | outlet | published | basis | evidence |", "|---|---|---|---|---|"]
    for s in report.sources:
        outlet = f"[{_cell(s.outlet or s.url)}]({s.url})" if s.url and s.url.startswith("http") else _cell(s.outlet or "")
        out.append(f"| {_cell(s.id)} | {outlet} | {_cell(s.published.value or 'unknown')} | {s.published.basis} "
                   f"| {_cell(s.published.evidence or '')} |")
    out.append("")
    if report.skipped:
        out += ["## Skipped files", ""] + [f"- `{k.path}`: {k.reason} [{k.code}]" for k in report.skipped] + [""]
    return "\n".join(out)
