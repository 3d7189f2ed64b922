"""claimcheck.check.tally.v1: one vote given two tallies ("voted 7-2" / "voted unanimously",
"by 64 votes to 3" / "approved by 52 senators; 15 voted against").

Subjects ``tally:<body>[#<stage>]``, facet ``tally`` (quantities/tallies.py). A tally of no
body written (``tally:-``) joins the one body the corpus gives tallies of at its stage; two
bodies: it stays apart. Two stages ("the second ballot", "the third") are two votes, and a
tally of no stage is not held against one of a stage. A body votes more than once, so tallies
are compared vote by vote, as scores are match by match: a tally dated by its sentence belongs
to that day; an undated one to the one dated vote in the ``_BEFORE_DAYS`` before its article's
publication, else to the undated tallies published within ``_CLOSE_DAYS`` of it; one said of a
wider time that ended before those days ("in March", "in 2019") is of another vote. Two tallies
are of one vote only when what they say was decided agrees (``topic``: the names of the object,
"Finland's accession" against "Sweden's application", and the decision nouns, "the budget"
against "the fee rise": both written and sharing none, two votes). A source whose own tallies
of one subject cannot all be true speaks of several votes, and is left out (the count rule's
convention). Two sources whose tallies cannot both be true: a ``conflict`` (kind ``other``):
different numbers for one side, or "unanimous" against votes cast against or "not unanimous".
Sides a source does not give are not compared ("backed by 182" agrees with "182-6").
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from ..models import Claim, Finding
from ..quantities.tallies import DECIDED_FACET, FACET, SUBJECT
from .context import CheckContext
from .finding import make_finding
from .score import claim_day
from .registry import rule

RULE = "claimcheck.check.tally.v1"
DECIDED_RULE = "claimcheck.check.deciding_ballot.v1"
_BEFORE_DAYS = 7
_CLOSE_DAYS = 4


@dataclass(frozen=True)
class _Reading:
    for_: int | None = None
    against: int | None = None
    abstained: int | None = None
    unanimous: bool | None = None


def _reading(value: str) -> _Reading:
    if value == "unanimous":
        return _Reading(against=0, unanimous=True)
    if value == "split":
        return _Reading(unanimous=False)
    sides, _, abstained = value.partition("/")
    f, _, a = sides.partition("-")
    return _Reading(None if f == "?" else int(f), None if a == "?" else int(a), int(abstained) if abstained else None)


def clash(a: _Reading, b: _Reading) -> bool:
    """Whether two readings of one vote cannot both be true."""
    for x, y in ((a, b), (b, a)):
        if x.unanimous is False and (y.unanimous is True or y.against == 0):
            return True
    return any(p is not None and q is not None and p != q
               for p, q in ((a.for_, b.for_), (a.against, b.against), (a.abstained, b.abstained)))


def _objects(c: Claim) -> tuple[frozenset[str], frozenset[str]]:
    return (frozenset(t for t in c.topic if t.startswith("name:")), frozenset(t for t in c.topic if t.startswith("noun:")))


def _one_decision(a: Claim, b: Claim) -> bool:
    """Whether what two tallies say was decided may be one thing."""
    return all(not x or not y or x & y for x, y in zip(_objects(a), _objects(b), strict=True))


def _stage(sid: str) -> str:
    return sid.partition("#")[2]


def _body(sid: str) -> str:
    return sid.removeprefix(SUBJECT).partition("#")[0]


def _subjects(ctx: CheckContext) -> dict[str, list[Claim]]:
    """Each body's (and stage's) tallies, those of no body joined to the one body of their stage."""
    groups = {sid: list(cs) for sid, cs in ctx.facet(FACET)}
    for sid in [s for s in groups if _body(s) == "-"]:
        bodies = [s for s in groups if _body(s) != "-" and _stage(s) == _stage(sid)]
        if len(bodies) == 1:
            groups[bodies[0]].extend(groups.pop(sid))
    return groups


def occasions(ctx: CheckContext, claims: list[Claim]) -> list[list[Claim]]:
    """The tallies of one subject, one list per vote."""
    by_day: dict[date, list[Claim]] = {}
    undated: list[tuple[date, Claim]] = []
    for c in claims:
        day = claim_day(c)
        pub = ctx.sources[c.source].published.start if c.source in ctx.sources else None
        if day is not None:
            by_day.setdefault(day, []).append(c)
        elif pub is not None and (c.when is None or c.when.end is None or (pub - c.when.end).days <= _BEFORE_DAYS):
            undated.append((pub, c))  # a tally said of a wider time before its article's days is another vote's
    loose: list[tuple[date, Claim]] = []
    for pub, c in undated:
        near = [d for d in by_day if 0 <= (pub - d).days <= _BEFORE_DAYS]
        if len(near) == 1:
            by_day[near[0]].append(c)
        elif not near:
            loose.append((pub, c))
    groups = [by_day[d] for d in sorted(by_day)]
    loose.sort(key=lambda pc: (pc[0], pc[1].source, pc[1].span))
    run: list[tuple[date, Claim]] = []
    for pub, c in loose:
        if run and (pub - run[0][0]).days > _CLOSE_DAYS:
            groups.append([x for _, x in run])
            run = []
        run.append((pub, c))
    if run:
        groups.append([x for _, x in run])
    return groups


def _disagreeing(vote: list[Claim], differ: Callable[[Claim, Claim], bool]) -> dict[str, Claim]:
    """The claims of one vote that two sources give differently (``differ``), by id."""
    cited: dict[str, Claim] = {}
    for i, a in enumerate(vote):
        for b in vote[i + 1:]:
            if a.source != b.source and _one_decision(a, b) and differ(a, b):
                cited[a.id], cited[b.id] = a, b
    return cited


@rule(RULE, "other")
def check_tallies(ctx: CheckContext) -> Iterator[Finding]:
    """Two tallies of one vote that cannot both be true, from two sources: conflict."""
    for sid, claims in sorted(_subjects(ctx).items()):
        claims = [c for c in claims if c.value is not None]
        reading = {c.id: _reading(str(c.value.value)) for c in claims if c.value is not None}
        by_source: dict[str, list[Claim]] = {}
        for c in claims:
            by_source.setdefault(c.source, []).append(c)
        several = {s for s, cs in by_source.items()
                   if any(clash(reading[a.id], reading[b.id]) for i, a in enumerate(cs) for b in cs[i + 1:])}
        kept = [c for c in claims if c.source not in several]
        for vote in occasions(ctx, kept):
            if len({c.source for c in vote}) < 2:
                continue
            cited = _disagreeing(vote, lambda a, b: clash(reading[a.id], reading[b.id]))
            if not cited:
                continue
            values = sorted({str(c.value.value) for c in cited.values() if c.value is not None})
            yield make_finding(
                ctx, rule=RULE, kind="other", severity="conflict", subject=sid,
                claims=sorted(cited.values(), key=lambda c: (c.source, c.span)),
                detail=lambda ctx, c: f'"{c.value.text if c.value else ""}" (tally {c.value.value if c.value else ""})',
                summary=f"{ctx.label(sid)}: tally given as {' and '.join(values)}", uses_dates=True,
                reason="one vote has one tally: the numbers on each side, and whether anyone voted against.",
            )


@rule(DECIDED_RULE, "ordinal")
def check_deciding_ballots(ctx: CheckContext) -> Iterator[Finding]:
    """One contest decided on two different ballots or rounds ("elected on the fourth ballot" /
    "won on the third ballot"), from two sources: conflict. Contests are told apart as votes
    are (``occasions``) and by their winners' names (two winners sharing no word are two
    contests); a source naming two deciding ballots speaks of two contests and is left out."""
    for sid, claims in ctx.facet(DECIDED_FACET):
        values: dict[str, set[str]] = {}
        for c in claims:
            if c.value is not None:
                values.setdefault(c.source, set()).add(str(c.value.value))
        kept = [c for c in claims if c.value is not None and len(values[c.source]) == 1]
        for vote in occasions(ctx, kept):
            cited = _disagreeing(vote, lambda a, b: a.value is not None and b.value is not None
                                 and a.value.value != b.value.value)
            if not cited:
                continue
            numbers = sorted({str(c.value.value) for c in cited.values() if c.value is not None}, key=int)
            yield make_finding(
                ctx, rule=DECIDED_RULE, kind="ordinal", severity="conflict", subject=sid,
                claims=sorted(cited.values(), key=lambda c: (c.source, c.span)),
                detail=lambda ctx, c: f'"{c.value.text if c.value else ""}" (ballot {c.value.value if c.value else ""})',
                summary=f"the contest was decided on ballot {' and '.join(numbers)}", uses_dates=True,
                reason="one contest is decided on one ballot or round.",
            )
