"""Run every registered rule and return the findings in report order."""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import UsageError
from ..models import Claim, Finding, Source, Subject
from .context import CheckContext
from .finding import order_findings
from .registry import RULES
from .stories import keep_within_stories


def run_checks(
    subjects: list[Subject],
    claims: Mapping[str, Claim],
    sources: Mapping[str, Source],
    index: object | None = None,
    *,
    cadence: Mapping[str, str] | None = None,
    rules: list[str] | None = None,
) -> list[Finding]:
    """Compare claims within each subject+facet and return sorted, de-duplicated findings.

    ``cadence`` maps a series id to how often it meets (``{"series:x": "P1Y"}`` or a word
    such as ``annual``); the index's ``series_cadence(series_id)`` is asked otherwise.
    ``rules`` restricts the run to these rule names (default: all of ``RULES``).
    """
    ctx = CheckContext(subjects=subjects, claims=claims, sources=sources, index=index, cadence=cadence or {})
    names = sorted(RULES) if rules is None else list(rules)
    unknown = [n for n in names if n not in RULES]
    if unknown:
        raise UsageError(f"unknown check rule(s): {', '.join(unknown)}; known: {', '.join(sorted(RULES))}")
    found: list[Finding] = []
    for name in names:
        found.extend(RULES[name].fn(ctx))
    # a subject no name anchors meets unrelated articles of a folder of several stories
    return order_findings(keep_within_stories(found, claims, len(sources)), ctx)
