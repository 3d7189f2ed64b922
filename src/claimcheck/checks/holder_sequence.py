"""claimcheck.check.holder_sequence.v1: a holder said to leave a post that another person
already held.

A title claim marked ``leaving`` ("the stepping down of interim CEO X", "replaced interim
CEO X", "interim CEO X stepped down": ``entities/title_parts.py``) says X held the post
until that statement's time. When other sources give the same post (the same words or a
wording of them, the same interim or acting rank, the same body written or none) to another person Y at a
time after X was first given it and more than ``SLACK_DAYS`` before X leaves, two people
held one post at once: a ``tension`` (a co-holder or a handover told late fits).

Times are statement days (a sentence's date when it lies before publication, else the
publication day). Claims are blocked by rank and head word, and only leaving claims look
into their block, so the rule stays linear in the title claims for any corpus with few
departures.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from ..models import Claim, Finding
from .context import CheckContext
from .finding import describe_when, make_finding
from .registry import rule
from .tables import title_tables
from .title import title_head, title_key, title_relation
from .title_left import held_at

RULE = "claimcheck.check.holder_sequence.v1"
SLACK_DAYS = 1
_TEMPORARY = re.compile(r"\b(?:interim|acting)\b", re.IGNORECASE)


def _rank(c: Claim) -> bool:
    return bool(c.value and _TEMPORARY.search(c.value.text))


def _head(c: Claim) -> str:
    head = title_head(c.value.text) if c.value else None
    return "*" if head is None or head in title_tables().generic_heads else head


def _day(ctx: CheckContext, c: Claim) -> date | None:
    span = held_at(ctx, c)
    return span.start if span is not None and span.is_point else None


def _usable(c: Claim) -> bool:
    t = c.title
    return (t is not None and c.value is not None and not t.past and not t.dated
            and title_key(c.value.text) is not None and bool(c.who or c.subject.id.startswith("person:")))


def _detail(ctx: CheckContext, claim: Claim) -> str:
    v = claim.value
    how = "leaves" if claim.title is not None and claim.title.leaving else "holds"
    return f'{claim.subject.label or claim.subject.id} {how} "{v.text if v else "?"}"; {describe_when(ctx, claim)}'


@rule(RULE, "role_holder")
def check_holder_sequence(ctx: CheckContext) -> Iterator[Finding]:
    """A holder leaving a post another person was given after them: tension."""
    blocks: dict[tuple[bool, str], list[tuple[Claim, date]]] = defaultdict(list)
    leaving: list[tuple[str, Claim, date]] = []
    for sid, claims in ctx.facet("title"):
        for c in claims:
            if not _usable(c) or (day := _day(ctx, c)) is None:
                continue
            blocks[(_rank(c), _head(c))].append((c, day))
            if c.title is not None and c.title.leaving:
                leaving.append((sid, c, day))
    for sid, left, day in sorted(leaving, key=lambda t: (t[0], t[2], t[1].id)):
        rank, head = _rank(left), _head(left)
        near = blocks[(rank, head)] + (blocks[(rank, "*")] if head != "*" else [])
        same_post = [(c, d) for c, d in near
                     if title_relation(left.value.text, c.value.text) in ("same", "wording")  # type: ignore[union-attr]
                     and left.title.body == c.title.body]  # type: ignore[union-attr]
        own = [d for c, d in same_post if c.subject.id == sid]
        first = min(own, default=day)
        others = [(c, d) for c, d in same_post
                  if c.subject.id != sid and c.source != left.source and not c.title.leaving  # type: ignore[union-attr]
                  and first < d and (day - d).days > SLACK_DAYS]
        if not others:
            continue
        cited = [left] + sorted((c for c, _ in others), key=lambda c: (c.source, c.span, c.id))
        who = sorted({c.subject.label or c.subject.id for c, _ in others})
        yield make_finding(
            ctx, rule=RULE, kind="role_holder", severity="tension", subject=sid, claims=cited, detail=_detail,
            also_rests_on=[c.source for c in cited],
            summary=f"{ctx.label(sid)} leaves the post of {left.value.text} on {day.isoformat()}, "  # type: ignore[union-attr]
            f"which {', '.join(who)} already held",
            reason="another person was given the same post after this holder and before the day this source "
            "has the holder leave it: two holders at once, unless they shared it or the departure is told late.",
        )
