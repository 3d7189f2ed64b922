"""claimcheck.check.date_attribute.v1: the dates one act of one thing is given
(events/date_attributes.py: "the dam, completed in 1978", "a contract until June 2029").

Claims of one act (subject ``when:<act>``) are split by the thing they are told of: its head
noun or name ("dam", "Harbour Bridge"); a generic head ("the structure", "the agreement")
stands for the one thing of the act a story names, and for none when it names several (two
bridges built in two years are no disagreement). A thing told with a holder ("Vik's
contract") is that holder's. A source giving one thing's act two dates that cannot both
hold speaks of two things: it is left out. What remains is compared by the date rule
compares an event's dates (checks/date.py ``within``): one date inside another is a
variant ("the 1970s", "1978"), disjoint dates a conflict for what happened and a tension
for plans (the plan moved) and for the day a decision was made public (it may be stated
again: the date rule's `announced` facet); a plan is never held against an outcome (a bridge "due to open
in 2027" that opened in 2028 was late, not misreported). The findings are the date rule's
(``claimcheck.check.date.v1``): this rule only chooses what is compared.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from ..events.date_attributes import FACET, same_thing, table
from ..models import Claim, Finding
from .context import CheckContext
from .date import Item, is_plan, within
from .intervals import claim_span, overlaps
from .registry import rule

RULE = "claimcheck.check.date_attribute.v1"
_MAX_SOURCES = 40  # an act told by more sources than this is no one thing of one story


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    return frozenset(w.lower() for w in table().generic_heads)


def _stem(word: str) -> str:
    w = word.lower()
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def thing_key(claim: Claim) -> str | None:
    """The thing a claim is told of: a name folded, else its head noun; None for a generic head."""
    text = (claim.subject.text or "").strip()
    if not text:
        return None
    if text[0].isupper() and text.lower() not in _generic():
        return " ".join(text.lower().split())
    last = text.split()[-1].lower()
    if last in _generic() or text.lower() in _generic():
        return None
    return same_thing().get(last) or same_thing().get(_stem(last)) or _stem(last)


def _holder(claim: Claim) -> str:
    return min((a.entity for a in claim.who), default="")


def things(claims: list[Claim]) -> list[list[Claim]]:
    """The claims of one act split by thing and holder; a generic head or an unnamed holder
    joins the one thing (holder) the act is told of, when there is exactly one."""
    by_thing: dict[str | None, list[Claim]] = defaultdict(list)
    for c in claims:
        by_thing[thing_key(c)].append(c)
    loose = by_thing.pop(None, [])
    if len(by_thing) == 1:
        next(iter(by_thing.values())).extend(loose)
    elif not by_thing:
        by_thing["-"] = loose
    out: list[list[Claim]] = []
    for key in sorted(by_thing, key=str):
        by_holder: dict[str, list[Claim]] = defaultdict(list)
        for c in by_thing[key]:
            by_holder[_holder(c)].append(c)
        unheld = by_holder.pop("", [])
        if len(by_holder) == 1:
            next(iter(by_holder.values())).extend(unheld)
        elif not by_holder:
            by_holder[""] = unheld
        out.extend(by_holder[h] for h in sorted(by_holder))
    return out


def _consistent(items: list[Item]) -> bool:
    """A source's dates for one thing's act all overlap (a year and a day in it)."""
    return all(overlaps(a[1], b[1]) for i, a in enumerate(items) for b in items[i + 1:])


@rule(RULE, "date")
def check_date_attributes(ctx: CheckContext) -> Iterator[Finding]:
    """One act of one thing given dates that cannot both hold: conflict (a plan: tension)."""
    for sid, claims in ctx.facet(FACET):
        if not 2 <= len({c.source for c in claims}) <= _MAX_SOURCES:
            continue
        for group in things(claims):
            per_source: dict[str, list[Item]] = defaultdict(list)
            for c in group:
                if (s := claim_span(c)) is not None:
                    per_source[c.source].append((c, s))
            # a source giving one thing's act two dates that cannot both hold speaks of two things
            kept = [it for src in sorted(per_source) if _consistent(per_source[src]) for it in per_source[src]]
            if len({c.source for c, _ in kept}) < 2:
                continue
            # a decision's day made public may be stated again: the date rule's `announced` facet
            facet = "announced" if group[0].predicate == "announced" else FACET
            for planned in (False, True):
                items = [it for it in kept if is_plan(it[0]) == planned]
                if len({c.source for c, _ in items}) >= 2:
                    yield from within(ctx, sid, facet, items, planned=planned)
