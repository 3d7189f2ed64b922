"""claimcheck.check.title_left.v1: a post held now against the same post said to be left.

Title claims carry what their text says besides the title's words (``Claim.title``): a
``past`` marker ("former Acme CEO", "ex-Acme chair", "formerly its CTO") and the ``body``
the title is held at when written with it ("Acme CEO", "CEO of Acme"). One person, one
body, one title (the same words or wordings of one title: "co-CEO" / "CEO"), stated as
held by one source and as left by another, at times at most ``SAME_TIME_DAYS`` apart, is
a ``conflict``: both cannot be true then. Each held statement cites one left one: the same
words first, then the nearest day. The time of a held title is its sentence's date
when that lies before publication, else its publication date; the time of a left one is
its publication date (it is left as of writing).

Not compared: descriptions rather than posts ("Friends actress", "Acme founder":
``descriptions`` in the table), titles without a body written (a "former CEO" of which company?), two
different bodies, titles told by one source (a story may tell the change), "then-" titles
(they date the title to the event told), a held title in a source that reports the person
leaving (dismissed, resigning: the title before the event), times further apart (people
leave and come back).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date

from ..models import Claim, Finding
from .context import CheckContext
from .finding import describe_when, make_finding
from .intervals import Span
from .registry import rule
from .tables import title_tables
from ..entities.title_parts import descriptions
from .title import title_head, title_relation

RULE = "claimcheck.check.title_left.v1"
SAME_TIME_DAYS = 2
LEAVING = ("dismissal", "resignation")  # event classes after which the held title is no longer held
_WORD = re.compile(r"[\w’'-]+")


def _core(c: Claim) -> str:
    """The title's words without the past marker and the body's words."""
    assert c.value is not None and c.title is not None
    body = set((c.title.body or "").split())
    past = set(title_tables().past_markers) | {"formerly", "previously", "erstwhile"}
    words = []
    for raw in _WORD.findall(c.value.text.casefold()):
        w = re.sub(r"[’']s$", "", raw)
        if w in past or w.split("-")[0] in past or w in body:
            continue
        words.append(w)
    while words and words[-1] in ("of", "at", "the"):
        words.pop()
    return " ".join(words)


def _description(text: str) -> bool:
    """A description rather than a post ("Friends actress", "Acme founder"): "former" is loose there."""
    head = title_head(text)
    return head is not None and head in descriptions()


def _then(c: Claim) -> bool:
    """A past marker other than "former" inside the title ("then-CEO"): dated to the event."""
    text = c.value.text.casefold() if c.value else ""
    return any(re.search(rf"\b{m}\b", text) for m in title_tables().past_markers)


def published_day(ctx: CheckContext, c: Claim) -> date | None:
    src = ctx.sources.get(c.source)
    pub = src.published if src is not None else None
    return pub.start if pub is not None and pub.start is not None and pub.start == pub.end else None


def held_at(ctx: CheckContext, c: Claim) -> Span | None:
    """When a held title is told as held: its sentence's date when that lies before
    publication ("in 2019 Acme CEO X said"), else the publication day (a title names the
    post as of writing, also in a sentence about next week)."""
    span = ctx.statement_span(c)
    day = published_day(ctx, c)
    if day is not None and (span is None or span.end >= day):
        return Span(day, day, "day")
    return span


def _detail(ctx: CheckContext, claim: Claim) -> str:
    v = claim.value
    past = "left" if claim.title is not None and claim.title.past else "held"
    what = f'title "{v.text}" ({past})' if v else "no title"
    return f"{what}; {describe_when(ctx, claim)}"


def _leaving(ctx: CheckContext) -> set[tuple[str, str]]:
    """(source, person) for every source that reports a person dismissed or resigning."""
    out: set[tuple[str, str]] = set()
    for _, claims in ctx.facet("occurrence"):
        for c in claims:
            if c.event is not None and c.event.cls in LEAVING and c.event.patient:
                out.add((c.source, c.event.patient))
    return out


@rule(RULE, "title")
def check_left_titles(ctx: CheckContext) -> Iterator[Finding]:
    """One post stated as held and as left, by two sources at one time: conflict."""
    leaving: set[tuple[str, str]] | None = None
    for sid, claims in ctx.facet("title"):
        held: dict[str, list[Claim]] = defaultdict(list)
        left: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            if c.title is None or not c.title.body or c.value is None or _description(c.value.text):
                continue
            if c.title.past:
                left[c.title.body].append(c)
            elif not c.title.dated and not c.title.leaving and not _then(c):
                held[c.title.body].append(c)
        for body in sorted(held.keys() & left.keys()):
            if leaving is None:
                leaving = _leaving(ctx)
            hits: dict[str, Claim] = {}
            for h in held[body]:
                if (h.source, sid) in leaving:
                    continue
                span = held_at(ctx, h)
                if span is None or span.days > SAME_TIME_DAYS + 1:
                    continue
                # the one counter-statement cited: the same words first, then the nearest day
                best: tuple[bool, int, str, str] | None = None
                for x in left[body]:
                    day = published_day(ctx, x)
                    if day is None or x.source == h.source:
                        continue
                    gap = max((span.start - day).days, (day - span.end).days, 0)
                    if gap > SAME_TIME_DAYS:
                        continue
                    rel = title_relation(_core(h), _core(x))
                    if rel not in ("same", "wording"):
                        continue
                    rank = (rel != "same", gap, x.source, x.id)
                    if best is None or rank < best:
                        best = rank
                if best is not None:
                    hits[h.id], hits[best[3]] = h, ctx.claims[best[3]]
            if not hits:
                continue
            cited = sorted(hits.values(), key=lambda c: (c.source, c.span, c.id))
            yield make_finding(
                ctx, rule=RULE, kind="title", severity="conflict", subject=sid, claims=cited, detail=_detail,
                also_rests_on=[c.source for c in cited],
                summary=f"{ctx.label(sid)}: {_core(cited[0]) or 'a post'} at {body} stated as held and as left at one time",
                reason="one source gives the title as held, another as a former post, within "
                f"{SAME_TIME_DAYS} days: both cannot be true then.",
            )
