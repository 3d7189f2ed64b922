"""The rule registry: each check is a small function registered under a versioned name.

A rule takes the shared :class:`~claimcheck.checks.context.CheckContext` and yields
findings; the engine sorts and de-duplicates them. The name (``claimcheck.check.date.v1``)
is stored on every finding so a reviewer can tell which rule produced it; bump the version
when a rule's semantics change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..models import Finding, FindingKind

if TYPE_CHECKING:
    from .context import CheckContext

RuleFn = Callable[["CheckContext"], Iterable[Finding]]


@dataclass(frozen=True)
class Rule:
    name: str
    kind: FindingKind
    fn: RuleFn
    doc: str


RULES: dict[str, Rule] = {}


def rule(name: str, kind: FindingKind) -> Callable[[RuleFn], RuleFn]:
    """Register ``fn`` as the rule ``name`` producing findings of ``kind``."""

    def register(fn: RuleFn) -> RuleFn:
        if name in RULES:
            raise ValueError(f"rule {name} registered twice")
        RULES[name] = Rule(name=name, kind=kind, fn=fn, doc=(fn.__doc__ or "").strip())
        return fn

    return register
