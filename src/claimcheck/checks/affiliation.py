"""claimcheck.check.affiliation.v1: one person, one party at a time; one player, one club.

Subjects ``person:X``, facet ``affiliation`` (``claimcheck.affiliations``): the party the
text writes with the person ("X of the Y Party", "the Y Party candidate X"). Two sources
giving the person different parties for times at most ``SAME_TIME_DAYS`` apart disagree:
a ``conflict`` (kind ``other``); further apart (a change of party fits) nothing. A source
giving the person two parties itself (an alliance, a party within a bloc, a change it
tells) makes those two no disagreement; former parties give no claim at all.

The same rule reads title claims of a team's player ("Rovers striker X", "the club's
goalkeeper X": ``team_member_heads``) with the body written with them: two clubs for one
player, by different sources within ``SAME_TIME_DAYS``, are a ``conflict`` too (past,
dated or leaving titles are not read; a club's name inside the other's is one club).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..affiliations import party_key, tables
from ..models import Claim, Finding
from .context import CheckContext
from .finding import make_finding
from .registry import rule

RULE = "claimcheck.check.affiliation.v1"
SAME_TIME_DAYS = 31  # a person changes party rarely: within a month two parties disagree


def _detail(ctx: CheckContext, claim: Claim) -> str:
    v = claim.value
    return f'party "{v.text}" = {v.value}' if v else "no party"


def _party(ctx: CheckContext, c: Claim) -> str | None:
    """The party a claim names: its folded name, or for a name written without its head word
    ("Labour leader X") the one party of the corpus named in full with those words."""
    if c.value is None or not c.value.value:
        return None
    if c.value.type != "other":
        return str(c.value.value)
    return _full_names(ctx).get(str(c.value.value))


def _full_names(ctx: CheckContext) -> dict[str, str]:
    """Short name -> the full party name, for the parties the corpus's entities name in full
    ("labour" -> "labour party", "conservatives" -> "conservative party"); a short name two
    parties share is none."""
    cached = getattr(ctx, "_party_names", None)
    if cached is not None:
        return cached
    heads = set(tables().party_heads)
    found: dict[str, set[str]] = defaultdict(set)
    entities = getattr(ctx.index, "entities", None) or {}
    fulls = {party_key(e.label) for e in entities.values() if e.kind == "org"}
    fulls |= {str(c.value.value) for _, cs in ctx.facet("affiliation") for c in cs
              if c.value is not None and c.value.type == "name"}
    for full in fulls:
        words = full.split()
        if len(words) >= 2 and words[-1] in heads:
            short = " ".join(words[:-1])
            found[short].add(full)
            found[short + "s"].add(full)  # "the Conservatives"
    names = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
    ctx._party_names = names  # type: ignore[attr-defined]
    return names


def _written(claims: list[Claim]) -> str:
    return sorted(c.value.text for c in claims if c.value)[0]


def _nested(a: str, b: str) -> bool:
    """One party's name inside the other's ("Labour Party" / "Scottish Labour Party")."""
    wa, wb = set(a.split()), set(b.split())
    return wa <= wb or wb <= wa


@rule(RULE, "other")
def check_affiliations(ctx: CheckContext) -> Iterator[Finding]:
    """Two parties for one person at one time, by different sources: conflict."""
    for sid, claims in ctx.facet("affiliation"):
        by_party: dict[str, list[Claim]] = defaultdict(list)
        per_source: dict[str, set[str]] = defaultdict(set)
        for c in claims:
            party = _party(ctx, c)
            if party:
                by_party[party].append(c)
                per_source[c.source].add(party)
        parties = sorted(by_party)
        for i, a in enumerate(parties):
            for b in parties[i + 1 :]:
                if _nested(a, b) or any(a in ps and b in ps for ps in per_source.values()):
                    continue
                side_a, side_b = _near(ctx, by_party[a], by_party[b])
                if not side_a:
                    continue
                yield make_finding(
                    ctx, rule=RULE, kind="other", severity="conflict", subject=sid, claims=side_a + side_b,
                    detail=_detail, summary=f"{ctx.label(sid)}: of the {_written(side_a)} or of the {_written(side_b)}",
                    reason="a person belongs to one party at a time; two sources name different parties "
                    f"within {SAME_TIME_DAYS} days and none tells of a change.",
                )


def _near(ctx: CheckContext, a: list[Claim], b: list[Claim]) -> tuple[list[Claim], list[Claim]]:
    """Claims of each side from different sources whose times lie within ``SAME_TIME_DAYS``."""
    hit_a: dict[str, Claim] = {}
    hit_b: dict[str, Claim] = {}
    for ca in a:
        sa = ctx.statement_span(ca)
        for cb in b:
            sb = ctx.statement_span(cb)
            if ca.source == cb.source:
                continue
            if sa is not None and sb is not None and abs((sa.start - sb.start).days) > SAME_TIME_DAYS:
                continue
            hit_a[ca.id], hit_b[cb.id] = ca, cb
    return list(hit_a.values()), list(hit_b.values())


@rule("claimcheck.check.club.v1", "other")
def check_clubs(ctx: CheckContext) -> Iterator[Finding]:
    """Two clubs for one player at one time, by different sources: conflict."""
    heads = frozenset(tables().team_member_heads)
    national = frozenset(tables().national_sides)
    for sid, claims in ctx.facet("title"):
        by_club: dict[str, list[Claim]] = defaultdict(list)
        per_source: dict[str, set[str]] = defaultdict(set)
        for c in claims:
            t = c.title
            if t is None or not t.body or t.past or t.dated or t.leaving or c.value is None:
                continue
            words = c.value.text.casefold().replace("’", "'").split()
            if not words or words[-1] not in heads or t.body.casefold() in national:
                continue  # a national side is played for beside a club
            by_club[t.body].append(c)
            per_source[c.source].add(t.body)
        clubs = sorted(by_club)
        for i, a in enumerate(clubs):
            for b in clubs[i + 1 :]:
                if _nested(a, b) or any(a in cs and b in cs for cs in per_source.values()):
                    continue
                side_a, side_b = _near(ctx, by_club[a], by_club[b])
                if not side_a:
                    continue
                yield make_finding(
                    ctx, rule="claimcheck.check.club.v1", kind="other", severity="conflict", subject=sid,
                    claims=side_a + side_b, detail=_club_detail,
                    summary=f"{ctx.label(sid)}: a player of {a} or of {b}",
                    reason="a player plays for one club at a time; two sources name different clubs "
                    f"within {SAME_TIME_DAYS} days and none tells of a move.",
                )


def _club_detail(ctx: CheckContext, claim: Claim) -> str:
    v, t = claim.value, claim.title
    return f'"{v.text if v else "?"}" of {t.body if t else "?"}'
