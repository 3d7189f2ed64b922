"""claimcheck.check.date.v1: the dates one subject+facet is given, as intervals.

Within one modality class (what happened vs what was planned), intervals are swept in
start order into connected components; components on consecutive days form one run, and
runs are compared with the runs next to them. Inside a component, equal or nested intervals are a
``variant`` (precision differs, or a plan narrowed over time); a partial overlap is a
``tension`` for reports (a variant for plans). Neighbouring components are disjoint: a
``conflict`` for reports, a ``tension`` for plans (the plan moved), except
  * one day apart told by two sources whose time zones are known (checks/zone_days.py): a
    ``conflict`` when no shift between the zones joins them, a ``variant`` when it carries
    a written hour over midnight;
  * one day apart with a local-time marker: a time-zone ``variant``; with a midnight marker
    ("overnight into Friday", "in the early hours"), or a deictic "today" (an article is
    often published the day after it was written): a ``variant``; no marker and no known
    zone that joins them: a ``conflict`` (the pair compared is an unmarked claim on each day
    when there is one);
  * a coarse period ("summer") within its fuzzy boundary of the other: ``tension``;
  * two plans that do not overlap: a ``tension`` (the plan moved), but a ``conflict`` when
    two sources published within a few days of each other give them and neither says the
    plan changed (checks/plan_window.py);
  * facets that may repeat (``agreed``: agreed, then reaffirmed; ``last-held``: depends on
    when it was said): ``tension``;
  * the same month/day in another year where one year was not written but taken from the
    publication date: a ``conflict`` that says the year came from that date.
A plan no report matches (planned for December, reported in January) is a ``tension``; a
report inside its plan (planned for July, held July 9-11) a ``variant``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from datetime import date, timedelta

from ..models import Claim, Finding, Severity
from .clock import clock_findings, zone
from .context import CheckContext
from .day_hours import WHOLE_DAY, hours, no_shift_joins, shift_needed, written
from .finding import describe_publication, inferred_sources, make_finding
from .intervals import Span, claim_span, gap_days, has_partial_overlap, relation
from .plan_window import stated_together
from .registry import rule
from .tables import date_tables
from .zone_days import zone_verdict, zones_may_join

RULE = "claimcheck.check.date.v1"
# Facets whose `when` is the time of the fact itself (see docs/internals.md claim shapes).
DATE_FACETS = frozenset({"occurrence", "launch", "agreed", "last-held", "announced", "began"})
# Facets whose disjoint dates can both be true: a tension, not a conflict.
REPEATABLE: dict[str, str] = {
    "agreed": "disjoint dates for an agreement: it may have been agreed, then reaffirmed or extended.",
    "last-held": "'not held since' depends on when it was said: sources written at different times can both be right.",
    "announced": "disjoint days for the statement that made it public: it may have been announced, then stated again.",
}
PROSPECTIVE = frozenset({"planned", "expected", "agreed"})

Item = tuple[Claim, Span]


def is_plan(claim: Claim) -> bool:
    # "agreed" on the `agreed` facet reports an agreement made; elsewhere it is a plan.
    return claim.modality in PROSPECTIVE and not (claim.facet == "agreed" and claim.modality == "agreed")


@rule(RULE, "date")
def check_dates(ctx: CheckContext) -> Iterator[Finding]:
    """Equal/nested dates: variant; partial overlap: tension; disjoint: conflict."""
    for (sid, facet), claims in ctx.groups.items():
        if facet not in DATE_FACETS:
            continue
        items = [(c, s) for c in claims if (s := claim_span(c)) is not None]
        if len(items) < 2:
            continue
        reported = [it for it in items if not is_plan(it[0])]
        plans = [it for it in items if is_plan(it[0])]
        yield from within(ctx, sid, facet, reported, planned=False)
        yield from within(ctx, sid, facet, plans, planned=True)
        yield from _plans_not_kept(ctx, sid, facet, plans, reported)


def components(items: list[Item]) -> list[list[Item]]:
    """Sweep by start: runs of intervals connected by overlap; runs are mutually disjoint."""
    out: list[list[Item]] = []
    reach: date | None = None
    for it in sorted(items, key=lambda it: (it[1].start, it[1].end, it[0].source, it[0].span)):
        if reach is None or it[1].start > reach:
            out.append([it])
            reach = it[1].end
        else:
            out[-1].append(it)
            reach = max(reach, it[1].end)
    return out


def _values(items: list[Item]) -> str:
    seen: dict[str, None] = {}
    for c, _ in items:
        seen.setdefault(c.when.value if c.when else "?", None)
    return ", ".join(seen)


def within(ctx: CheckContext, sid: str, facet: str, items: list[Item], planned: bool) -> Iterator[Finding]:
    """The findings on one modality class's dates of one subject (also the date-attribute rule's)."""
    comps = components(items)
    label = ctx.label(sid)
    what = f"{label} ({facet}{', planned' if planned else ''})"
    for comp in comps:
        if not planned:
            yield from clock_findings(ctx, sid, what, [c for c, _ in comp])
        spans = sorted({s for _, s in comp}, key=lambda s: (s.start, s.end))
        if len({(s.start, s.end) for s in spans}) < 2:
            continue
        partial = has_partial_overlap(spans)
        claims = [c for c, _ in comp]
        if partial and not planned:
            yield make_finding(
                ctx, rule=RULE, kind="date", severity="tension", subject=sid, claims=claims,
                summary=f"{what}: dates overlap only in part: {_values(comp)}",
                reason="the periods overlap only in part; both hold only if it fell in the shared days.",
            )
        elif planned:
            yield make_finding(
                ctx, rule=RULE, kind="date", severity="variant", subject=sid, claims=claims,
                summary=f"{what}: compatible windows, refined over time: {_values(comp)}",
                reason="planned dates that lie inside one another or overlap: a plan refined later, not a conflict.",
            )
        else:
            yield make_finding(
                ctx, rule=RULE, kind="date", severity="variant", subject=sid, claims=claims,
                summary=f"{what}: same date stated with different precision: {_values(comp)}",
                reason="the intervals are equal or one lies inside the other; only the precision differs.",
            )
    yield from _runs(ctx, sid, facet, what, comps, planned)
    # a calendar period ("in 2024", "in July") joins into one component days that are
    # themselves disjoint ("on July 4", "on Friday, July 5"): the single days are compared as
    # neighbours too; a stated window ("July 9-11") is the event's own span, whose days all fit
    for comp in comps:
        days = [it for it in comp if it[1].is_point]
        if len(days) < len(comp) and all(it[1].granularity != "interval" for it in comp if not it[1].is_point):
            yield from _runs(ctx, sid, facet, what, components(days), planned)


def _runs(ctx: CheckContext, sid: str, facet: str, what: str, comps: list[list[Item]],
          planned: bool) -> Iterator[Finding]:
    """Disjoint neighbouring components compared; days one apart (a time-zone or late-night
    shift) form one run against the dates beyond."""
    runs: list[list[list[Item]]] = []
    for comp in comps:
        if runs and _next_day(runs[-1][-1], comp):
            yield from _disjoint(ctx, sid, facet, what, runs[-1][-1], comp, planned)
            runs[-1].append(comp)
        else:
            runs.append([comp])
    for run in runs:  # Friday, Saturday, Sunday: Friday and Sunday cannot both be right either
        if len(run) < 2 or any(it[1].granularity == "interval" for comp in run for it in comp):
            continue  # one component, or a stated window ("May 3-5") whose days all fit
        days = components([it for comp in run for it in comp if it[1].is_point])
        for i, day in enumerate(days):
            end = day[0][1].end
            later = next((d for d in days[i + 1:] if d[0][1].start > end + timedelta(days=1)), None)
            if later is not None:  # the nearest day two or more days on
                yield from _disjoint(ctx, sid, facet, what, day, later, planned)
    for left, right in zip(runs, runs[1:]):
        yield from _disjoint(ctx, sid, facet, what, [it for c in left for it in c], [it for c in right for it in c],
                             planned)


def _next_day(left: list[Item], right: list[Item]) -> bool:
    """Two single days, the second the day after the first."""
    a = max(left, key=lambda it: it[1].end)[1]
    b = min(right, key=lambda it: it[1].start)[1]
    return a.is_point and b.is_point and a.end + timedelta(days=1) == b.start


def _local_marked(claim: Claim) -> bool:
    """A local-time marker in the claim, or a time zone written right after its date
    ("early on Wednesday, Japan time", "late on Sunday, Eastern time")."""
    pattern = date_tables().local_time_re()
    texts = [claim.quote, claim.when.text if claim.when else "", claim.timex.text if claim.timex else ""]
    return any(pattern.search(t) for t in texts) or zone(claim) is not None


def _midnight_marked(claim: Claim) -> bool:
    pattern = date_tables().midnight_re()
    texts = [claim.quote, claim.when.text if claim.when else "", claim.timex.text if claim.timex else ""]
    return any(pattern.search(t) for t in texts)


def _deictic_today(claim: Claim) -> bool:
    """"today", "tonight", "this morning": the day the article was written, which its
    publication date may follow by a day."""
    t = claim.timex
    return t is not None and t.rule == "deictic" and t.text.lower().startswith(("today", "tonight", "this "))


def _shift_marks(claim: Claim) -> tuple[bool, bool, bool]:
    """What explains a one-day shift: a local-time marker, a midnight marker, a deictic day."""
    return _local_marked(claim), _midnight_marked(claim), _deictic_today(claim)


def _year_from_anchor(claim: Claim) -> bool:
    """The claim's year was not written: it came from the publication (or another) date."""
    t = claim.timex
    if t is not None:
        return not t.year_explicit and t.anchor in ("publication", "another")
    return claim.rests_on_inferred_date


def _distinct(items: list[Item]) -> list[Item]:
    """One item per (interval, year written or not, inferred or not): the first in order."""
    seen: dict[tuple[Span, bool, bool], Item] = {}
    for c, s in items:
        seen.setdefault((s, _year_from_anchor(c), c.rests_on_inferred_date), (c, s))
    return list(seen.values())


def _shift_years(s: Span, years: int) -> Span | None:
    try:
        return Span(s.start.replace(year=s.start.year + years), s.end.replace(year=s.end.year + years), s.granularity)
    except ValueError:  # 29 February
        return None


def _year_shift(ctx: CheckContext, left: list[Item], right: list[Item]) -> tuple[Claim, Claim] | None:
    """A pair (relative claim, other) that agrees once the relative one's year is moved.

    A claim resting on an inferred publication date is tried first: its year is the most
    likely to be wrong.
    """
    left, right = _distinct(left), _distinct(right)  # pairs over distinct dates, not all claims
    pairs = [(a, sa, b, sb) for a, sa in left for b, sb in right] + [(b, sb, a, sa) for a, sa in left for b, sb in right]
    pairs = [p for p in pairs if _year_from_anchor(p[0])]
    pairs.sort(key=lambda p: (not inferred_sources(ctx, [p[0]]), p[0].source, p[0].span))
    for rel, srel, other, sother in pairs:
        diff = sother.start.year - srel.start.year
        moved = _shift_years(srel, diff) if 0 < abs(diff) <= 3 else None
        if moved is not None and relation(moved, sother) not in ("before", "after"):
            return rel, other
    return None


def _outliers(left: list[Claim], right: list[Claim], a: Claim, b: Claim) -> list[Claim]:
    """The unmarked claims of the day fewer sources give, with the one claim ``a`` or ``b``
    standing for the other day; every unmarked claim when as many sources give each day."""
    def plain(cs: list[Claim]) -> list[Claim]:
        return [c for c in cs if _shift_marks(c) == (False, False, False)]

    na, nb = len({c.source for c in plain(left)}), len({c.source for c in plain(right)})
    if na == nb:
        return plain(left + right)
    return plain(left) + [b] if na < nb else [a] + plain(right)


def _beyond_zone_shift(left: list[Item], right: list[Item]) -> tuple[Claim, Claim] | None:
    """Of two consecutive days, a claim on the first and one of another source on the second
    that no time-zone shift joins ("3:40 a.m. on Thursday" and "early on Friday"): the first
    day's claims that end earliest against the second day's that begin latest (two of each,
    so that two sources meet: linear in the claims)."""
    ends = sorted((c for c, _ in left), key=lambda c: (hours(c)[1], c.source, c.span))[:2]
    starts = sorted((c for c, _ in right), key=lambda c: (-hours(c)[0], c.source, c.span))[:2]
    for early in ends:
        for late in starts:
            if early.source != late.source and no_shift_joins(early, late):
                return early, late
    return None


def _disjoint(
    ctx: CheckContext, sid: str, facet: str, what: str, left: list[Item], right: list[Item], planned: bool
) -> Iterator[Finding]:
    found = _disjoint_one(ctx, sid, facet, what, left, right, planned)
    yield found
    one_day_conflict = found.severity == "conflict" and _next_day(left, right)
    if (found.severity == "tension" or one_day_conflict) and not planned:
        # one day apart with no marker on the pair, and a claim on one day marked as local
        # time ("Wednesday evening Eastern time"): that one is the same day in two zones
        pair = [c for c, _ in left + right if c.id in found.claims]
        local = [c for c, _ in left + right if c.id not in found.claims and _local_marked(c)]
        if local:
            sides = {c.id: i for i, items in enumerate((left, right)) for c, _ in items}
            other = [c for c in pair if all(sides[c.id] != sides[x.id] for x in local)]
            if other:
                yield make_finding(
                    ctx, rule=RULE, kind="date", severity="variant", subject=sid, claims=local + other[:1],
                    summary=f"{what}: the same day in two time zones: {_values([(c, None) for c in local + other[:1]])}",  # type: ignore[misc]
                    reason="one day apart and one date is marked as local time: the same day in two time zones.",
                )


# hours from midnight within which a part of the day written on either side ("late on
# Thursday", "on Friday morning", "Wednesday evening") leaves the two days one moment around
# midnight: a tension, not a wrong day
NEAR_MIDNIGHT_HOURS = 6.0


_WORD = re.compile(r"[a-z]+")


def _lasting(ctx: CheckContext, sid: str) -> bool:
    """The subject is a happening that often runs over days (`lasting_nouns`: "NATO summit",
    "the trial"): two days one apart may both be its days."""
    nouns = frozenset(date_tables().lasting_nouns)
    return any(w in nouns for text in (sid, ctx.label(sid)) for w in _WORD.findall(text.lower()))


def _near_midnight(early: Claim, late: Claim) -> bool:
    """The earlier day's claim ends late in its day, or the later's begins early in its day,
    by hours written (a whole day is no such word)."""
    he, hl = hours(early), hours(late)
    return (he != WHOLE_DAY and he[1] >= 24 - NEAR_MIDNIGHT_HOURS) or (hl != WHOLE_DAY and hl[0] <= NEAR_MIDNIGHT_HOURS)


def _disjoint_one(
    ctx: CheckContext, sid: str, facet: str, what: str, left: list[Item], right: list[Item], planned: bool
) -> Finding:
    a = max(left, key=lambda it: it[1].end)
    b = min(right, key=lambda it: it[1].start)
    claims = [c for c, _ in left + right]
    values = f"{_values(left)} vs {_values(right)}"
    base = dict(rule=RULE, kind="date", subject=sid, claims=claims)
    if planned:
        if stated_together(ctx, [c for c, _ in left], [c for c, _ in right]):
            return make_finding(
                ctx, severity="conflict", summary=f"{what}: two planned dates stated days apart: {values}",
                reason=f"two sources published within {date_tables().plan_window_days} days of each other give the "
                       "plan dates that do not overlap, and neither says it changed: both cannot be the plan.", **base,
            )
        return make_finding(
            ctx, severity="tension", summary=f"{what}: the planned date moved: {values}",
            reason="planned dates that do not overlap: the plan changed or was not kept.", **base,
        )
    sa, sb = a[1], b[1]
    if sa.is_point and sb.is_point and sa.end + timedelta(days=1) == sb.start:
        # the pair least explained: an unmarked claim on each of the two days, if there is one
        # (a time of day, "Wednesday evening", is its day here: granularity aside)
        a = min((it for it in left if (it[1].start, it[1].end) == (sa.start, sa.end)),
                key=lambda it: _shift_marks(it[0]) != (False, False, False))
        b = min((it for it in right if (it[1].start, it[1].end) == (sb.start, sb.end)),
                key=lambda it: _shift_marks(it[0]) != (False, False, False))
        (la, ma, da), (lb, mb, db) = _shift_marks(a[0]), _shift_marks(b[0])
        marked, midnight, deictic = la or lb, ma or mb, da or db
        severity: Severity = "variant" if marked or midnight or deictic else "tension"
        why = (
            "one day apart and one date is marked as local time: the same day in two time zones."
            if marked
            else "one day apart and the event is said to fall around midnight: both days fit it."
            if midnight
            else "one day apart and one date is the article's own day ('today'): an article is often "
                 "published the day after it was written."
            if deictic
            else "one day apart: possibly a time-zone difference, but neither date says local time."
        )
        if severity == "tension":
            # the claims a marker explains are not part of the disagreement; of the day more
            # sources give, one claim stands for all (they agree with each other: a finding
            # holding them all would set two agreeing quotes against each other)
            base["claims"] = _outliers([it[0] for it in left], [it[0] for it in right], a[0], b[0])
        # the sources' own time zones, where known, decide between a shift and a wrong day
        on_a = [c for c, s in left if (s.start, s.end) == (sa.start, sa.end)]
        on_b = [c for c, s in right if (s.start, s.end) == (sb.start, sb.end)]
        zoned = zone_verdict(ctx, sa.end, on_a, on_b, {c.id for c in on_a + on_b if _local_marked(c)})
        unexplained = severity == "tension"
        if zoned is not None and (zoned.severity == "conflict" or unexplained):
            severity, why = zoned.severity, zoned.why  # type: ignore[assignment]
            # the claims the zones set apart, with those no marker explained
            kept = base["claims"] if unexplained else []
            have = {c.source for c in kept}
            base["claims"] = kept + [c for c in zoned.claims if c.source not in have]
            unexplained = unexplained and severity == "conflict"
        if severity == "tension" and not _near_midnight(a[0], b[0]) and not _lasting(ctx, sid) and not zones_may_join(ctx, sa.end, on_a, on_b, {c.id for c in on_a + on_b if _local_marked(c)}):
            # nothing written explains a shift, and no two known zones of the sources allow one:
            # one of the two days is wrong. Measured on the 87 corpora, every such pair was a
            # misdated happening, never one moment in two zones (those carry a marker, or an
            # outlet whose home lies in another zone)
            severity = "conflict"
            why = ("one day apart, and nothing joins the two days: neither date is marked as local time, as "
                   "falling around midnight or as the article's own day, and no two known time zones of the "
                   "sources allow a shift: one of the days is wrong.")
        apart = _beyond_zone_shift(left, right)
        if apart is not None:
            # hours no time zone joins ("3:40 a.m. on Thursday", "early on Friday"): whatever
            # the markers say, the two days disagree; the claims that do, and the pair above
            # when no marker explained it
            early, late = apart
            beyond = [c for c, _ in left if no_shift_joins(c, late)] + [c for c, _ in right if no_shift_joins(early, c)]
            base["claims"] = beyond + [c for c in base["claims"] if unexplained and c not in beyond]
            severity = "conflict"
            why = (f'one day apart, and no time zone joins "{written(early)}" and "{written(late)}": at least '
                   f"{round(shift_needed(early, late), 1):g} hours apart, more than a time zone moves a moment "
                   f"({date_tables().max_zone_shift_hours} hours).")
        return make_finding(ctx, severity=severity, summary=f"{what}: dates one day apart: {values}", reason=why, **base)
    shifted = _year_shift(ctx, left, right)
    if shifted is not None:
        rel, other = shifted
        why = (
            f"the dates agree in month and day but not in year, and the year of {rel.source}'s "
            f'"{rel.when.text if rel.when else rel.quote}" was not written: it came from the '
            f"publication date, and {describe_publication(ctx, rel.source)}; check that source's "
            "publication date first."
        )
        return make_finding(
            ctx, severity="conflict", summary=f"{what}: same month, different year: {values}", reason=why, **base
        )
    fuzz = max(date_tables().fuzzy_days.get(sa.granularity, 0), date_tables().fuzzy_days.get(sb.granularity, 0))
    if fuzz and gap_days(sa, sb) <= fuzz:
        return make_finding(
            ctx, severity="tension", summary=f"{what}: dates just apart at a loose boundary: {values}",
            reason=f"disjoint by {gap_days(sa, sb)} days, within the {fuzz}-day looseness of a {sa.granularity}/{sb.granularity}.",
            **base,
        )
    if facet in REPEATABLE:
        return make_finding(
            ctx, severity="tension", summary=f"{what}: disjoint dates: {values}", reason=REPEATABLE[facet], **base,
        )
    return make_finding(
        ctx, severity="conflict", summary=f"{what}: disjoint dates: {values}",
        reason="the intervals do not overlap: both cannot be true.", **base,
    )


def _plans_not_kept(
    ctx: CheckContext, sid: str, facet: str, plans: list[Item], reported: list[Item]
) -> Iterator[Finding]:
    if not plans or not reported:
        return
    # the reported components' hulls are disjoint and sorted: one bisect per plan
    hulls = [(min(s.start for _, s in comp), max(s.end for _, s in comp)) for comp in components(reported)]
    starts = [h[0] for h in hulls]
    missed, kept = [], []
    for c, s in plans:
        i = bisect_right(starts, s.end) - 1  # the last hull starting before the plan ends
        if i < 0 or hulls[i][1] < s.start:
            missed.append((c, s))
        else:
            kept.append((c, s))
    held = [(c, s) for c, s in reported if any(relation(s, p) in ("equal", "inside") for _, p in kept)]
    if kept and held:
        yield make_finding(
            ctx, rule=RULE, kind="date", severity="variant", subject=sid, claims=[c for c, _ in kept + held],
            summary=f"{ctx.label(sid)} ({facet}): planned for {_values(kept)}, held {_values(held)}",
            reason="the reported date lies within the planned one: the plan kept, stated with more precision.",
        )
    if missed:
        yield make_finding(
            ctx, rule=RULE, kind="date", severity="tension", subject=sid,
            claims=[c for c, _ in missed + reported],
            summary=f"{ctx.label(sid)} ({facet}): planned for {_values(missed)}, reported {_values(reported)}",
            reason="a planned date that no reported date falls in: a plan not kept.",
        )
