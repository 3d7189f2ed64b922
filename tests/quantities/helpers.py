"""What the quantity tests read of a report: count values by subject, and count findings."""

from __future__ import annotations

from claimcheck.models import Report


def count_values(report: Report) -> dict[str, list[float]]:
    """Each count subject (``quantity:count|...``) and the values its claims give."""
    out: dict[str, list[float]] = {}
    for c in report.claims:
        if c.subject.id.startswith("quantity:count|") and c.value is not None:
            out.setdefault(c.subject.id, []).append(float(c.value.value))
    return out


def flagged_counts(report: Report) -> list[tuple[str, str]]:
    """(subject, severity) of the count findings of severity conflict or tension, sorted."""
    return sorted((f.subject, f.severity) for f in report.findings
                  if f.kind == "count" and f.severity in ("conflict", "tension"))


def count_severities(report: Report) -> list[str]:
    """The severities of every count finding, sorted."""
    return sorted(f.severity for f in report.findings if f.kind == "count")
