"""Run every registered rule and return the findings in report order."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

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
    beside: Beside | None = None,
) -> list[Finding]:
    """Compare claims within each subject+facet and return sorted, de-duplicated findings.

    ``cadence`` maps a series id to how often it meets (``{"series:x": "P1Y"}`` or a word
    such as ``annual``); the index's ``series_cadence(series_id)`` is asked otherwise.
    ``rules`` restricts the run to these rule names (default: all of ``RULES``).
    ``beside(task, meanwhile)``: runs ``task`` in another process while ``meanwhile`` runs here
    and returns its result (``pipeline._beside``); with it the rules are shared between the two
    processes (``_found_beside``). The findings are the same either way.
    """
    ctx = CheckContext(subjects=subjects, claims=claims, sources=sources, index=index, cadence=cadence or {})
    names = sorted(RULES) if rules is None else list(rules)
    unknown = [n for n in names if n not in RULES]
    if unknown:
        raise UsageError(f"unknown check rule(s): {', '.join(unknown)}; known: {', '.join(sorted(RULES))}")
    found: list[Finding] = []
    by_rule = _found_beside(ctx, names, beside) if beside is not None and len(names) > 1 else None
    for name in names:
        found.extend(RULES[name].fn(ctx) if by_rule is None else by_rule[name])
    # a subject no name anchors meets unrelated articles of a folder of several stories
    return order_findings(keep_within_stories(found, claims, len(sources)), ctx)


Beside = Callable[[Callable[[], Any], Callable[[], None]], Any]


def _found_beside(ctx: CheckContext, names: list[str], beside: Beside) -> dict[str, list[Finding]]:
    """Each rule's findings, the rules run by this process and a forked one together: each takes
    the next rule not yet taken (a counter in shared memory) until none is left, so the two
    finish together whatever each rule costs. Findings come back from the other process as
    plain dicts (``Record.packed``); ``run_checks`` puts them in rule order as before."""
    import multiprocessing  # here: a run on one process never pays for importing it

    taken = multiprocessing.get_context("fork").Value("i", 0)

    def run(pack: bool) -> dict[str, list[Any]]:
        out: dict[str, list[Any]] = {}
        while True:
            with taken.get_lock():
                k = taken.value
                taken.value = k + 1
            if k >= len(names):
                return out
            found = list(RULES[names[k]].fn(ctx))
            out[names[k]] = [f.packed() for f in found] if pack else found

    here: dict[str, list[Any]] = {}
    there = beside(lambda: run(True), lambda: here.update(run(False)))
    here.update({name: [Finding.from_packed(d) for d in packed] for name, packed in there.items()})
    for name in names:  # a rule the other process took but never sent back (it died): run here
        if name not in here:
            here[name] = list(RULES[name].fn(ctx))
    return here
