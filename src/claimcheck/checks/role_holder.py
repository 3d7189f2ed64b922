"""claimcheck.check.role_holder.v1: one holder per office at a time.

Claims on ``office:X`` with facet ``holder`` name the person in ``who[0]`` and the time
the statement is about in ``when`` (else the source's publication date). Claims are swept in start order; two different people
whose intervals overlap disagree: a ``conflict`` when both are the same day (or one is a day
inside the one week the other speaks of), a ``tension`` when the overlap is only of coarser periods (the office may have changed hands within
that month or year). A claim with no date of its own names the holder as of writing: likely
over the week to its publication (two outlets a day apart meet: a tension). Different people
at different times are a change of holder: no finding. People whose names are near-identical are left to the name_variant rule; a
claim whose title is past ("former Defense Minister") is skipped.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import timedelta

from rapidfuzz import fuzz, utils

from ..models import Claim, Finding, Severity
from .context import CheckContext
from .finding import describe_when, make_finding
from .intervals import Span
from .registry import rule
from .title import office_key, title_key, title_relation

RULE = "claimcheck.check.role_holder.v1"
SAME_NAME_SCORE = 90.0
WEEK_DAYS = 7  # a statement of one week meets a day inside it as one time


def _person(c: Claim) -> str | None:
    return c.who[0].entity if c.who else None


def _past(c: Claim) -> bool:
    """ "former Defense Minister X": not the holder at the claim's time."""
    return bool(c.subject.text) and title_key(c.subject.text or "") is None


def _detail(ctx: CheckContext, claim: Claim) -> str:
    who = f'holder "{claim.who[0].text}" = {claim.who[0].entity}' if claim.who else "no holder"
    return f"{who}; {describe_when(ctx, claim)}"


def same_person(a: list[Claim], b: list[Claim]) -> bool:
    names_a = {w.text for c in a for w in c.who[:1]}
    names_b = {w.text for c in b for w in c.who[:1]}
    # token order kept too: sorting "Ann Dzhumabayeva" and "Ann Zhumabayeva" puts their words apart
    return any(max(fuzz.token_sort_ratio(x, y, processor=utils.default_process),
                   fuzz.ratio(x, y, processor=utils.default_process)) >= SAME_NAME_SCORE
               for x in names_a for y in names_b)


def _one_day(a: Span, b: Span) -> bool:
    """Both statements speak of one day, or one speaks of a day inside the one week the other
    speaks of ("this week" / the day of a report): a national office changing hands within
    that week would be news both tell."""
    if a.is_point and b.is_point:
        return a.start == b.start
    day, week = (a, b) if a.is_point else (b, a)
    return day.is_point and week.days <= WEEK_DAYS and week.start <= day.start <= week.end


def _story_country(ctx: CheckContext) -> str | None:
    """The one country whose national offices the corpus names (``office:<country>-<office>``),
    None when it names none or several (two countries' foreign ministers)."""
    countries: set[str] = set()
    for sid, _ in ctx.facet("holder"):
        key = office_key(sid) if sid.startswith("office:") else None
        if key is not None:
            countries.add(sid.removeprefix("office:").removesuffix("-" + key))
    return countries.pop() if len(countries) == 1 else None


def _bare_titles(ctx: CheckContext) -> dict[str, list[Claim]]:
    """Bare national titles ("Foreign Minister X", no country written) as holders of that office
    of the story's one country: office id -> title claims. Past or dated titles say nothing."""
    country = _story_country(ctx)
    out: dict[str, list[Claim]] = defaultdict(list)
    if country is None:
        return out
    for sid, claims in ctx.facet("title"):
        held = {c.value.text for c in claims if c.value is not None and c.title is not None and not c.title.past}
        for c in claims:
            t, v = c.title, c.value
            # a title written with its body ("the chamber's speaker") is that body's post, the post rule's
            if not sid.startswith("person:") or t is None or v is None or t.past or t.dated or t.leaving or t.body \
                    or str(v.value).startswith("office:") or title_key(v.text) is None or not c.who:
                continue
            if _PAST_WORD.search(v.text) is not None or (key := office_key(v.text)) is None:
                continue
            # the person is given another post elsewhere ("state secretary" / "Transport Minister"):
            # their title is in doubt (the title rule's finding), not who holds the office
            if any(title_relation(v.text, other) == "different" for other in held if other != v.text):
                continue
            out[f"office:{country}-{key}"].append(c)
    return out


def _office_label(ctx: CheckContext, sid: str) -> str:
    label = ctx.label(sid)
    return sid.removeprefix("office:").replace("-", " ") if label == sid else label


def _one_name(a: list[Claim], b: list[Claim]) -> bool:
    """One name's words inside the other's ("Retno" / "Retno Hadiwijaya"): one person the index
    kept apart, not two holders."""
    words = lambda cs: [frozenset(w.text.casefold().split()) for c in cs for w in c.who[:1]]  # noqa: E731
    return any(x <= y or y <= x for x in words(a) for y in words(b))


_PAST_WORD = re.compile(r"\b(?:then|former|ex|late|outgoing|acting|interim|caretaker|designate)\b", re.IGNORECASE)
LIKELY_DAYS = 6  # a bare title with no date of its own is held as of writing: likely over the week before


def _span(ctx: CheckContext, c: Claim) -> Span | None:
    """The time a claim with no date of its own is likely about: the week to its publication
    (a holder named as of writing; two outlets a day or two apart meet, a tension at most)."""
    s = ctx.statement_span(c)
    if s is None or c.when is not None or not s.is_point:
        return s
    return Span(s.start - timedelta(days=LIKELY_DAYS), s.end, "week")


@rule(RULE, "role_holder")
def check_role_holders(ctx: CheckContext) -> Iterator[Finding]:
    """Two holders of one office at overlapping times: conflict (same day) or tension."""
    bare = _bare_titles(ctx)
    groups = dict(ctx.facet("holder"))
    for sid in bare:
        groups.setdefault(sid, [])
    for sid in sorted(groups):
        claims = groups[sid]
        inferred = {c.id for c in bare.get(sid, [])}
        # each claim with the time it is likely about (swept) and the time it states (one day or not)
        items = sorted(
            ((c, s, told) for c in claims + bare.get(sid, [])
             if _person(c) and not _past(c) and (told := ctx.statement_span(c)) is not None
             and (s := _span(ctx, c)) is not None),
            key=lambda it: (it[1].start, it[1].end, it[0].source, it[0].span),
        )
        # sweep: each claim meets only the still-open intervals before it; per pair of
        # people keep the claims involved and whether two of them name the same day
        clashes: dict[tuple[str, str], tuple[dict[str, Claim], list[bool]]] = {}
        active: list[tuple[Claim, Span, Span]] = []
        for c, s, told in items:
            active = [(o, os, ot) for o, os, ot in active if os.end >= s.start]
            for o, os, ot in active:
                pa, pb = _person(o), _person(c)
                if pa == pb:
                    continue
                key = (min(pa, pb), max(pa, pb))  # type: ignore[type-var]
                involved, same_day = clashes.setdefault(key, ({}, [False]))  # type: ignore[arg-type]
                involved[o.id], involved[c.id] = o, c
                # a country inferred for a bare title: the office may be another country's (a tension at most)
                same_day[0] = same_day[0] or (_one_day(ot, told) and not {o.id, c.id} & inferred)
            active.append((c, s, told))
        for (pa, pb), (involved, same_day) in sorted(clashes.items()):
            side_a = [x for x in involved.values() if _person(x) == pa]
            side_b = [x for x in involved.values() if _person(x) == pb]
            if same_person(side_a, side_b):
                continue
            if {x.id for x in side_a + side_b} & inferred and (_one_name(side_a, side_b) or
                    len({x.source for x in side_a + side_b}) < 2 or {x.source for x in side_a} & {x.source for x in side_b}):
                continue  # one source naming both for the inferred office: two countries' holders, or a change
            sev: Severity = "conflict" if same_day[0] else "tension"
            why = (
                "two people named as holder of one office on the same day."
                if same_day[0]
                else "two holders in overlapping periods; only a change of holder within the shared period fits both."
            )
            yield make_finding(
                ctx, rule=RULE, kind="role_holder", severity=sev, subject=sid, claims=side_a + side_b,
                detail=_detail, also_rests_on=[c.source for c in side_a + side_b if c.when is None], summary=f"{_office_label(ctx, sid)}: held by {pa} and {pb} at the same time", reason=why,
            )
