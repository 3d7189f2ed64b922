"""Run every registered rule and return the findings in report order."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

from ..errors import UsageError
from ..models import Claim, Finding, Source, Subject
from .context import CheckContext
from .finding import order_findings
from .registry import RULES
from .stories import keep_within_stories

T = TypeVar("T")
# ``beside(task, meanwhile)``: ``task()`` in another process while ``meanwhile()`` runs here;
# ``task()``'s result (pipeline._beside)
Beside = Callable[[Callable[[], T], Callable[[], None]], T]


def run_checks(
    subjects: list[Subject],
    claims: Mapping[str, Claim],
    sources: Mapping[str, Source],
    index: object | None = None,
    *,
    cadence: Mapping[str, str] | None = None,
    rules: list[str] | None = None,
    beside: Beside | None = None,
) -> list[Finding]:
    """Compare claims within each subject+facet and return sorted, de-duplicated findings.

    ``cadence`` maps a series id to how often it meets (``{"series:x": "P1Y"}`` or a word
    such as ``annual``); the index's ``series_cadence(series_id)`` is asked otherwise.
    ``rules`` restricts the run to these rule names (default: all of ``RULES``).
    ``beside``: a second process for half the rules (a run with a spare core; the same findings).
    """
    ctx = CheckContext(subjects=subjects, claims=claims, sources=sources, index=index, cadence=cadence or {})
    names = sorted(RULES) if rules is None else list(rules)
    unknown = [n for n in names if n not in RULES]
    if unknown:
        raise UsageError(f"unknown check rule(s): {', '.join(unknown)}; known: {', '.join(sorted(RULES))}")
    by_rule = _by_rule(ctx, names, beside)
    found = [f for name in names for f in by_rule[name]]
    # a subject no name anchors meets unrelated articles of a folder of several stories
    return order_findings(keep_within_stories(found, claims, len(sources)), ctx)


def _by_rule(ctx: CheckContext, names: list[str], beside: Beside | None) -> dict[str, list[Finding]]:
    """Each rule's findings; with ``beside``, the rules are shared with the second process, each
    taking the next rule not yet taken when it is free (rules' costs differ 50-fold: a fixed
    half left one process working long alone). Rules read the context and write nothing to it
    but their own tables (``CheckContext.shared``, built again there), so where a rule runs
    changes none of its findings; they are put back in rule order."""
    if beside is None or len(names) < 2:
        return {name: list(RULES[name].fn(ctx)) for name in names}
    from multiprocessing import Value  # here: a run on one process never imports it

    taken = Value("i", 0)  # the next rule to take, in memory both processes share

    def run() -> dict[str, list[Finding]]:
        out: dict[str, list[Finding]] = {}
        while True:
            with taken.get_lock():
                i = taken.value
                taken.value = i + 1
            if i >= len(names):
                return out
            out[names[i]] = list(RULES[names[i]].fn(ctx))

    here: dict[str, list[Finding]] = {}
    there = beside(run, lambda: here.update(run()))
    return {**there, **here}
