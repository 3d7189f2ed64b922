"""claimcheck.check.office_holder.v1: one holder of a singular post of one body at a time,
the body known only by the words written with the post (``office_claims``: facet ``post``).

The office is (post, scope). Scopes of one post join when they share their head noun and
the words of one hold the other's ("the rescue section" / "the ministry's rescue section";
"the board" / "the Coastal Health Board"), and only when that wording fits one written
scope: "the section" in a story with a rescue section and a mapping section joins neither.
A scope left open ("its director", "the master, Captain X") joins the one scope the corpus
writes with that post, else nothing. Two bodies' directors never meet: their words differ.

A post claim is held over the days its statement speaks of: its sentence's date (one after
publication is a plan's, so the post as of writing), else the week before its publication through that day (a post is stated as held at the time of
writing; a change of holder is told with words the reader skips: "former", "new",
"appointed", "until"). Two people from different sources holding one office over
overlapping days: a ``conflict`` when both times are known to the week (a period holding the
publication day, "this year's jury", is as of writing; an open scope joins only the story's one
scope of the post, as sure as written), else a ``tension``. Not compared: one source naming both (a change told in one
story), people the index may have kept apart (near-identical names, one surname), a person
reported dismissed or resigning (from the day before), and the company posts the
post_holder rule reads (``holder_posts``). Claims are blocked by (post, scope) and swept in
time order, so the rule is linear in the post claims.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, timedelta

from rapidfuzz.distance import Indel

from ..entities.names import parse_name
from ..entities.text import slug
from ..models import Claim, Finding, Severity
from .context import CheckContext
from .finding import describe_when, make_finding
from .post_holder import _events, _one_surname
from .registry import rule
from .role_holder import same_person
from .tables import title_tables
from .title_left import published_day

RULE = "claimcheck.check.office_holder.v1"
NAME_RULE = "claimcheck.check.office_holder_name.v1"
SURNAME_SIMILARITY = 0.8  # Indel similarity of two surnames of one office's holder read as one name
FACET = "post"
WEEK = timedelta(days=7)  # an undated statement holds the post as of the week before publication
MONTH = timedelta(days=31)  # ... and likely as of the month before: two holders then are a tension


def _detail(ctx: CheckContext, claim: Claim) -> str:
    v = claim.value
    return f'{claim.subject.label or claim.subject.id} as "{v.text if v else "?"}"; {describe_when(ctx, claim)}'


def _contains(big: str, small: str) -> bool:
    """One scope's words hold the other's, with one head noun (the last word)."""
    b, s = big.split(), small.split()
    if {w.lstrip("=") for w in s} <= {w.lstrip("=") for w in b}:
        # one head noun, or the one word of the smaller is the other's acronym ("the FSF")
        return b[-1] == s[-1] or (len(s) == 1 and f"={s[0].lstrip('=')}" in b)
    return False


def canonical_scopes(scopes: set[str]) -> dict[str | None, str]:
    """Each written scope of one post -> the one widest written scope holding it (none when
    it fits two bodies); the open scope (None) -> the one widest scope of the post. Widest
    scopes written with one acronym are one body ("the rail federation FSF")."""
    holding = _holders(scopes)
    widest = sorted({s for s in scopes if not any(o != s for o in holding[s])})
    rep: dict[str, str] = {}
    by_acronym: dict[str, str] = {}
    for w in widest:
        acronyms = sorted(x for x in w.split() if x.startswith("="))
        first = next((by_acronym[a] for a in acronyms if a in by_acronym), w)
        rep[w] = first
        for a in acronyms:
            by_acronym.setdefault(a, first)
    out: dict[str | None, str] = {}
    for s in scopes:
        holders = {rep[w] for w in holding[s] if w in rep}
        if len(holders) == 1:
            out[s] = holders.pop()
    bodies = set(rep.values())
    if len(bodies) == 1:
        out[None] = bodies.pop()
    return out


def _holders(scopes: set[str]) -> dict[str, list[str]]:
    """Each scope -> the scopes that hold it (``_contains``; itself among them), asked only of
    the scopes that can: those with its head noun, and for a one-word scope those writing
    it as an acronym (a post of many bodies has hundreds of scopes: not every pair)."""
    words = {s: s.split() for s in scopes}
    by_head: dict[str, list[str]] = defaultdict(list)
    by_acronym: dict[str, list[str]] = defaultdict(list)
    for s in sorted(scopes):
        by_head[words[s][-1]].append(s)
        for w in set(words[s]):
            if w.startswith("="):
                by_acronym[w].append(s)
    out: dict[str, list[str]] = {}
    for s in scopes:
        ws = words[s]
        found = by_head[ws[-1]] + (by_acronym.get(f"={ws[0].lstrip('=')}", []) if len(ws) == 1 else [])
        out[s] = [o for o in found if _contains(o, s)]
    return out


def _window(ctx: CheckContext, c: Claim) -> tuple[date, date, bool] | None:
    """(first day, last day, known to the week) of the time a post claim speaks of. A coarse
    period that holds the publication day ("this year's jury, chaired by X", "the 2027
    expedition") speaks of the post as of writing: the week before publication; so does a
    sentence dated after publication (a plan's date: "director X said work would start in 2027")."""
    span = ctx.statement_span(c)
    if span is None:
        return None
    pub = published_day(ctx, c)
    if c.when is not None and pub is not None and (span.days > 7 and span.start <= pub <= span.end or pub < span.start):
        return pub - WEEK - MONTH, pub, True  # a date after publication is a plan's: the post as of writing
    return span.start - MONTH, span.end, (span.end - span.start).days <= 7


def _strict(c: Claim, lo: date) -> date:
    """The first day a post claim surely speaks of: its sentence's date, else the week
    before publication (``lo`` already holds it for a coarse period read as of writing)."""
    return lo + MONTH - (WEEK if c.when is None else timedelta(0))


Item = tuple[Claim, str, date, date, bool]  # claim, person, first day, last day, sure (scope written, time known)


Office = tuple[str, str, list[Item], dict[str, set[date]]]


def _offices(ctx: CheckContext) -> list[Office]:
    """(post, office scope, its holder claims, appointments) for every office with claims;
    built once per run for both rules of this module."""
    return ctx.shared("office_holder.offices", _build_offices)


def _build_offices(ctx: CheckContext) -> list[Office]:
    company_posts = set(title_tables().holder_posts)
    by_post: dict[str, list[tuple[Claim, str, str | None]]] = defaultdict(list)
    for sid, claims in ctx.facet(FACET):
        for c in claims:
            if c.value is None or not sid.startswith("person:") or c.value.value in company_posts:
                continue
            by_post[str(c.value.value)].append((c, sid, c.title.body if c.title else None))
    if not by_post:
        return []
    left, appointed = _events(ctx)
    out: list[Office] = []
    for post in sorted(by_post):
        items = by_post[post]
        canon = canonical_scopes({s for _, _, s in items if s})
        offices: dict[str, list[Item]] = defaultdict(list)
        for c, person, scope in items:
            office = canon.get(scope)
            w = _window(ctx, c)
            if office is None or w is None:
                continue
            lo, hi, fine = w
            gone = left.get(person)
            if gone is not None:
                hi = min(hi, gone - timedelta(days=2))
                if hi < lo:
                    continue
            # an open scope ("its director") joins only the story's one scope of the post: as sure as written
            offices[office].append((c, person, lo, hi, fine))
        out += [(post, office, offices[office], appointed) for office in sorted(offices)]
    return out


@rule(RULE, "role_holder")
def check_office_holders(ctx: CheckContext) -> Iterator[Finding]:
    """Two people holding one post of one body over overlapping days: conflict or tension."""
    for post, office, items, appointed in _offices(ctx):
        yield from _clashes(ctx, post, office, items, appointed)


@rule(NAME_RULE, "name_variant")
def check_office_names(ctx: CheckContext) -> Iterator[Finding]:
    """One office's holder written with one given name and a surname a letter or two apart
    ("Ana Krohn" / "Ana Krone" chairing one panel): one person written two ways, a variant.
    The post and the given name are the agreeing evidence; without them no two names join."""
    for post, office, items, _ in _offices(ctx):
        by_given: dict[str, dict[str, list[Claim]]] = defaultdict(lambda: defaultdict(list))
        for c, person, *_ in items:
            name = parse_name(c.who[0].text) if c.who else None
            if name is not None and len(name.parts) == 2 and len(name.given) >= 3:
                by_given[name.given][person].append(c)
        for given in sorted(by_given):
            people = sorted(by_given[given])
            for i, pa in enumerate(people):
                for pb in people[i + 1 :]:
                    a, b = by_given[given][pa], by_given[given][pb]
                    sa, sb = parse_name(a[0].who[0].text).surname, parse_name(b[0].who[0].text).surname
                    if sa[:1] != sb[:1] or Indel.normalized_similarity(sa, sb) < SURNAME_SIMILARITY:
                        continue
                    claims = sorted(a + b, key=lambda c: (c.source, c.span))
                    yield make_finding(
                        ctx, rule=NAME_RULE, kind="name_variant", severity="variant",
                        subject=f"post:{slug(f'{post} {office}')}", claims=claims, detail=_detail,
                        summary=f"{ctx.label(pa)} / {ctx.label(pb)}: one holder of {post} of "
                        f"{office.removeprefix('delegation ')} written two ways",
                        reason="the same given name and a surname a letter or two apart, for one post of one body.",
                    )


def _clashes(ctx: CheckContext, post: str, office: str, items: list[Item],
             appointed: dict[str, set[date]]) -> Iterator[Finding]:
    items = sorted(items, key=lambda it: (it[2], it[3], it[0].source, it[0].span))
    pairs: dict[tuple[str, str], tuple[dict[str, Claim], list[bool], list[date]]] = {}
    active: list[Item] = []
    for it in items:
        c, person, lo, hi, sure = it
        active = [a for a in active if a[3] >= lo]
        for o, other, olo, ohi, osure in active:
            if other == person or o.source == c.source:
                continue
            key = (min(person, other), max(person, other))
            involved, certain, first = pairs.setdefault(key, ({}, [False], [max(lo, olo)]))
            involved[o.id], involved[c.id] = o, c
            changed = any(lo <= d <= hi or olo <= d <= ohi for p in key for d in appointed.get(p, ()))
            near = max(_strict(c, lo), _strict(o, olo)) <= min(hi, ohi)  # told of one week
            certain[0] = certain[0] or (sure and osure and near and not changed)
        active.append(it)
    label = office.removeprefix("delegation ")
    for (pa, pb), (involved, certain, first) in sorted(pairs.items()):
        # one source naming both people for this office: a change told in one story
        sources_a = {c.source for c in involved.values() if c.subject.id == pa}
        sources_b = {c.source for c in involved.values() if c.subject.id == pb}
        side_a = sorted((c for c in involved.values() if c.subject.id == pa), key=lambda c: (c.source, c.span))
        side_b = sorted((c for c in involved.values() if c.subject.id == pb), key=lambda c: (c.source, c.span))
        if sources_a & sources_b or same_person(side_a, side_b) or _one_surname(side_a, side_b):
            continue
        sev: Severity = "conflict" if certain[0] else "tension"
        what = f"head of the {label} delegation" if office.startswith("delegation ") else f"{post} of {office}"
        yield make_finding(
            ctx, rule=RULE, kind="role_holder", severity=sev, subject=f"post:{slug(what)}",
            claims=side_a + side_b, detail=_detail, also_rests_on=[c.source for c in side_a + side_b],
            summary=f"{what}: {ctx.label(pa)} and {ctx.label(pb)} at the same time",
            reason="two people named by different sources as the one holder of one post of one body at the same "
            "time" + ("." if certain[0] else ", where the body or the time was inferred or one was appointed then."),
        )
