"""The rules: each a small named pattern plus a handler that normalises one match.

Rules are tried in the order they are registered here, at each position of the text, and
the first that matches wins; so longer and more specific forms come first. A handler gets
the match's groups (found once per text) and a :class:`Ctx` (one per anchor) and returns
the Timex fields, or None to drop the match.
"""

from __future__ import annotations

# Registration order is priority order: import the families in that order.
from . import dates, clock, windows, relative, sets, general  # noqa: F401  (registers the rules)
from .base import BOUND_AFTER, BOUND_BEFORE, RULES, Cand, Rule, compiled, rule

__all__ = ["BOUND_AFTER", "BOUND_BEFORE", "RULES", "Cand", "Rule", "compiled", "rule"]
