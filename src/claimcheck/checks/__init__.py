"""The consistency engine: typed, graded, explained findings from grouped claims.

``run_checks(subjects, claims, sources, index)`` runs every rule in ``RULES`` (one module
per kind, each registered under a versioned name such as ``claimcheck.check.date.v1``).
See docs/checks.md for each rule's semantics.
"""

from __future__ import annotations

from . import (  # noqa: F401  (importing registers the rules)
    affiliation,
    area,
    comparison,
    count,
    count_things,
    document,
    date,
    date_attribute,
    event_ordinal,
    exclusive,
    first,
    holder_sequence,
    identifier,
    name_variant,
    named_value,
    office_holder,
    ordinal,
    outcome,
    place,
    post_holder,
    rank,
    remaining,
    repeat,
    result,
    role_holder,
    score,
    sole_agent,
    tally,
    tally_date,
    title,
    title_left,
    weekday,
)
from .engine import run_checks
from .registry import RULES, Rule, rule

__all__ = ["RULES", "Rule", "rule", "run_checks"]
