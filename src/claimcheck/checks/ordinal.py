"""claimcheck.check.ordinal.v1: session numbers against each other, dates and cadence.

Occurrences of one series are the subjects ``series:X#...`` sharing ``series:X``; each
has facet ``occurrence`` claims with ``value`` (type ordinal) and ``when``. Checks:
  * one occurrence, one number: two numbers for one occurrence are a ``conflict``
    (``tension`` if one number was derived from another statement);
  * numbers rise with dates: a lower number dated wholly after a higher one is a
    ``conflict`` (``tension`` if derived);
  * cadence: with a period known for the series (``run_checks(cadence=...)``, the index's
    ``series_cadence(id)`` or ``series_info(id).cadence``, or a ``cadence`` claim on
    ``series:X`` such as "held annually"), sessions n and m must lie (m-n) periods apart:
    an annual session n in year Y puts m in Y+(m-n) (or about 12(m-n) months later). A gap
    that does not add up between two dated sessions is a ``conflict`` (``tension`` if a
    number was derived); a gap of whole further periods is a ``tension`` (sessions
    skipped, as in a pandemic year);
  * a start with the cadence ("held annually since 2008") against a session number or a
    session count ("12 sessions") that does not add up is a ``tension``: it rests on a
    derived count (the first session's year, skipped years).
Words that give no cadence ("held alternately since 2008") make no cadence check.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from ..keys import parse
from ..models import Claim, Finding, Severity
from .context import CheckContext
from .finding import describe_when, make_finding
from .intervals import Span, claim_span, hull
from .registry import rule
from .tables import cadence_tables

RULE = "claimcheck.check.ordinal.v1"
_ISO_PERIOD = re.compile(r"^P(\d+)([YM])$")
_SUFFIX = re.compile(r"#(\d+)$")
YEARLY_SLACK_MONTHS = 3  # an annual meeting moves by a few months from year to year
MAX_SKIPPED = 10
MAX_SESSION = 1000  # "series:x#2020" is a session keyed by its year, not the 2020th session
MAX_CITED_SOURCES = 2  # sources cited for each number of a session numbered two ways


@lru_cache(maxsize=1024)
def cadence_months(text: str) -> int | None:
    """A cadence word or ISO period as months (annual -> 12); None for no cadence."""
    t = cadence_tables()
    low = " ".join(text.casefold().split())
    if (m := _ISO_PERIOD.match(text.strip().upper())) is not None:
        return int(m.group(1)) * (12 if m.group(2) == "Y" else 1)
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", low) for w in t.no_cadence):
        return None
    for word in sorted(t.periods, key=len, reverse=True):
        if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", low):
            return cadence_months(t.periods[word])
    return None


@dataclass
class Session:
    subject: str
    number: int
    derived: bool
    claims: list[Claim] = field(default_factory=list)  # claims that carry the number or the date
    span: Span | None = None


def _detail(ctx: CheckContext, c: Claim) -> str:
    parts = []
    if c.value is not None and c.value.type == "ordinal":
        parts.append(f'number "{c.value.text}" = {c.value.value}' + (" (derived from another statement)" if c.derived else ""))
    elif c.value is not None:
        parts.append(f'{c.facet} "{c.value.text}" = {c.value.value}')
    parts.append(describe_when(ctx, c))
    return "; ".join(parts)


def _ordinal(c: Claim) -> int | None:
    if c.value is None or c.value.type != "ordinal":
        return None
    try:
        return int(c.value.value)
    except (TypeError, ValueError):
        return None


@rule(RULE, "ordinal")
def check_ordinals(ctx: CheckContext) -> Iterator[Finding]:
    """One number per session; numbers rise with dates; numbering fits the cadence."""
    series: dict[str, list[tuple[str, list[Claim]]]] = defaultdict(list)
    for sid, claims in ctx.facet("occurrence"):
        key = parse(sid)
        if key.kind == "series" and key.tail:
            series[key.base.render()].append((sid, claims))
    for base in sorted(set(series) | {sid for sid, _ in ctx.facet("cadence")}):
        sessions: list[Session] = []
        for sid, claims in series.get(base, []):
            session, finding = _session(ctx, sid, claims)
            if finding is not None:
                yield finding
            if session is not None:
                sessions.append(session)
        yield from _order_and_cadence(ctx, base, sessions)


def _cited(ctx: CheckContext, numbered: dict[int, list[Claim]]) -> tuple[dict[int, list[Claim]], dict[int, str]]:
    """The claims a finding of two numbers cites: for each number, those of its first
    ``MAX_CITED_SOURCES`` sources by publication (the first reports); a number more sources
    give is told with its count ("6 (4 sources)"), so one session numbered in a thousand
    articles makes a finding of a few quotes."""
    cited: dict[int, list[Claim]] = {}
    told: dict[int, str] = {}
    for n, cs in numbered.items():
        sources = sorted({c.source for c in cs}, key=lambda s: (_published(ctx, s), s))
        keep = set(sources[:MAX_CITED_SOURCES])
        cited[n] = [c for c in cs if c.source in keep]
        told[n] = str(n) if len(sources) <= MAX_CITED_SOURCES else f"{n} ({len(sources)} sources)"
    return cited, told


def _published(ctx: CheckContext, source: str) -> str:
    src = ctx.sources.get(source)
    return (src.published.value or "9999") if src is not None else "9999"


def _session(ctx: CheckContext, sid: str, claims: list[Claim]) -> tuple[Session | None, Finding | None]:
    numbered: dict[int, list[Claim]] = defaultdict(list)
    for c in claims:
        if (n := _ordinal(c)) is not None:
            numbered[n].append(c)
    finding = None
    if len(numbered) > 1:
        nums = sorted(numbered)
        derived = any(all(c.derived for c in numbered[n]) for n in nums)
        sev: Severity = "tension" if derived else "conflict"
        cited, told = _cited(ctx, numbered)
        finding = make_finding(
            ctx, rule=RULE, kind="ordinal", severity=sev, subject=sid,
            claims=[c for n in nums for c in cited[n]], detail=_detail,
            summary=f"{ctx.label(sid)}: one session numbered " + " and ".join(told[n] for n in nums),
            reason="one session has one number" + ("; one number was derived from another statement." if derived else "."),
        )
        return None, finding
    if numbered:
        number = next(iter(numbered))
        derived = all(c.derived for c in numbered[number])
    elif (m := _SUFFIX.search(sid)) is not None and int(m.group(1)) < MAX_SESSION:
        number, derived = int(m.group(1)), any(c.derived for c in claims)
    else:
        return None, None
    dated = [(c, s) for c in claims if (s := claim_span(c)) is not None]
    used = {c.id: c for c in numbered.get(number, [])}
    used.update({c.id: c for c, _ in dated})
    span = hull([s for _, s in dated]) if dated else None  # permissive: date disagreements are the date rule's
    return Session(sid, number, derived, list(used.values()), span), finding


def _order_and_cadence(ctx: CheckContext, base: str, sessions: list[Session]) -> Iterator[Finding]:
    dated = sorted((s for s in sessions if s.span is not None), key=lambda s: (s.number, s.subject))
    label = ctx.label(base)
    months, cadence_claims, known = _cadence(ctx, base)
    for a, b in zip(dated, dated[1:]):  # adjacent numbers suffice: order is transitive
        if a.number == b.number:
            continue
        sa, sb = a.span, b.span
        assert sa is not None and sb is not None
        derived = a.derived or b.derived
        sev: Severity = "tension" if derived else "conflict"
        pair = f"no. {a.number} ({_when(a)}) and no. {b.number} ({_when(b)})"
        if sa.start > sb.end:
            yield make_finding(
                ctx, rule=RULE, kind="ordinal", severity=sev, subject=base, claims=a.claims + b.claims,
                detail=_detail, summary=f"{label}: numbers fall as dates rise: {pair}",
                reason="a later session cannot have a lower number.",
            )
            continue
        if months is None:
            continue
        steps = b.number - a.number
        fit, skipped = cadence_fit(sa, sb, steps, months)
        if fit == "fits":
            continue
        where = "known for the series" if known else "stated in the text"
        lo, hi = _month_gap(sa, sb)
        apart = f"the dates are {_months_text(lo, hi)} apart ({_years(sa)} and {_years(sb)})"
        expected = steps * months
        if fit == "skipped":
            sev, why = "tension", f"; that fits only if {skipped} session(s) were skipped"
        else:
            why = "; no whole number of skipped sessions explains that either"
        yield make_finding(
            ctx, rule=RULE, kind="ordinal", severity=sev, subject=base,
            claims=a.claims + b.claims + cadence_claims, detail=_detail,
            summary=f"{label}: numbering does not fit a {_period(months)} cadence: {pair}",
            reason=f"with a {_period(months)} cadence ({where}), session {b.number} should come "
            f"{_period_count(expected)} after session {a.number}, but {apart}{why}.",
        )
    yield from _since_checks(ctx, base, label, months, cadence_claims, dated)


def cadence_fit(a: Span, b: Span, steps: int, months: int) -> tuple[str, int]:
    """Whether sessions ``steps`` apart at dates a, b fit the cadence: "fits", "skipped"
    (the gap is a whole number of further periods: sessions were skipped) or "no".

    A yearly cadence fits when the calendar years differ by steps*k ("session n in year Y,
    m in Y+(m-n)") or the month gap is steps*12k give or take a quarter; a monthly cadence
    allows one period less than the period either side.
    """
    lo, hi = _month_gap(a, b)
    yearly = months % 12 == 0
    slack = YEARLY_SLACK_MONTHS if yearly else months - 1
    if yearly and b.start.year - a.end.year <= steps * months // 12 <= b.end.year - a.start.year:
        return "fits", 0
    if lo - slack <= steps * months <= hi + slack:
        return "fits", 0
    for skipped in range(1, MAX_SKIPPED + 1):
        if lo - slack <= (steps + skipped) * months <= hi + slack:
            return "skipped", skipped
    return "no", 0


def _months_text(lo: int, hi: int) -> str:
    return f"{lo} months" if lo == hi else f"{lo} to {hi} months"


def _when(s: Session) -> str:
    sp = s.span
    assert sp is not None
    return sp.start.isoformat() if sp.is_point else f"{sp.start.isoformat()}..{sp.end.isoformat()}"


def _years(s: Span) -> str:
    return str(s.start.year) if s.start.year == s.end.year else f"{s.start.year}-{s.end.year}"


def _period(months: int) -> str:
    return f"{months // 12}-year" if months % 12 == 0 else f"{months}-month"


def _period_count(months: int) -> str:
    return f"{months // 12} year(s)" if months % 12 == 0 else f"{months} month(s)"


def _month_gap(a: Span, b: Span) -> tuple[int, int]:
    def idx(d) -> int:  # type: ignore[no-untyped-def]
        return d.year * 12 + d.month - 1

    return idx(b.start) - idx(a.end), idx(b.end) - idx(a.start)


def _cadence(ctx: CheckContext, base: str) -> tuple[int | None, list[Claim], bool]:
    """The series' cadence in months, the claims stating it, and whether it is known outside the texts."""
    claims = ctx.groups.get((base, "cadence"), [])
    stated = [(c, m) for c in claims if c.value is not None and (m := cadence_months(str(c.value.value))) is not None]
    known = ctx.series_cadence(base)
    if known is not None and (m := cadence_months(known)) is not None:
        return m, [c for c, cm in stated if cm == m], True
    values = {m for _, m in stated}
    if len(values) == 1:
        return values.pop(), [c for c, _ in stated], False
    return None, [], False


def _since_checks(
    ctx: CheckContext, base: str, label: str, months: int | None, cadence_claims: list[Claim], dated: list[Session]
) -> Iterator[Finding]:
    """"Held annually since 2008" against a session's number or a count of sessions."""
    if months is None or months % 12 != 0:
        return
    step = months // 12
    starts = [(c, s) for c in cadence_claims if (s := claim_span(c)) is not None]
    if not starts:
        return
    start_claim, start = min(starts, key=lambda cs: (cs[1].start, cs[0].source, cs[0].span))
    misfits: list[tuple[Session, int, int]] = []
    for s in dated:
        assert s.span is not None
        lo = (s.span.start.year - start.end.year) // step + 1
        hi = (s.span.end.year - start.start.year) // step + 1
        if not lo <= s.number <= hi:
            misfits.append((s, lo, hi))
    if misfits:  # one finding per series: the start and cadence are the common cause
        expected = "; ".join(
            f"no. {s.number} in {_when(s)} would be session {lo}" + (f"-{hi}" if hi != lo else "")
            for s, lo, hi in misfits
        )
        yield make_finding(
            ctx, rule=RULE, kind="ordinal", severity="tension", subject=base,
            claims=[start_claim, *(c for s, _, _ in misfits for c in s.claims)], detail=_detail,
            summary=f"{label}: numbering does not fit a {_period(months)} cadence since {start.start.year}",
            reason=f"held every {_period_count(months)} since {start.start.year}, {expected}; the expected "
            "number is derived from the start year and cadence (skipped sessions would explain it), so this is a tension.",
        )
    for c in ctx.groups.get((base, "count"), []):
        if c.value is None or c.value.type != "count":
            continue
        try:
            count = int(float(c.value.value))
        except (TypeError, ValueError):
            continue
        src = ctx.sources.get(c.source)
        if src is None or src.published.end is None:
            continue
        year = src.published.end.year
        most = (year - start.start.year) // step + 1
        least = max((year - start.end.year) // step, 0)  # this period's session may not have happened yet
        if not least <= count <= most:
            yield make_finding(
                ctx, rule=RULE, kind="ordinal", severity="tension", subject=base, claims=[start_claim, c],
                detail=_detail, also_rests_on=[c.source],
                summary=f"{label}: {count} sessions by {year} does not fit a {_period(months)} cadence since {start.start.year}",
                reason=f"a {_period(months)} series since {start.start.year} would have held {least}-{most} sessions by "
                f"{year} (the publication year of {c.source}); the count is derived, so this is a tension.",
            )
