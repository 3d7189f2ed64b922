"""claimcheck.check.count.v1: numbers and durations that disagree beyond "about".

Claims with facet ``count`` carry ``value`` of type ``count`` (a number) or ``duration``
(a number, or an ISO 8601 period such as ``P3Y``, compared in days). Counts are grouped by
subject, type and unit noun ("12 sessions" and "3 countries" are not compared), and only
when the times they speak of are at most a week apart (a total may grow). Each number becomes a range from
the qualifier written with it (``resources/checks/counts.yaml``). Counts stated about the
same time are swept into groups whose ranges meet: a group with different numbers is a
``variant``; neighbouring groups (ranges that do not meet) are a ``conflict`` when every
number is exact, a ``tension`` when a qualifier was stretched ("about three years"
against "18 months").
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from ..models import Claim, Finding, Published
from .context import CheckContext
from .finding import make_finding
from .intervals import Span, claim_span, time_clusters
from .registry import rule
from .tables import count_tables

RULE = "claimcheck.check.count.v1"
_PERIOD = re.compile(
    r"^P(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<M>\d+(?:\.\d+)?)M)?(?:(?P<W>\d+(?:\.\d+)?)W)?(?:(?P<D>\d+(?:\.\d+)?)D)?"
    r"(?:T(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?)?$"
)
_DAYS = {"Y": 365.25, "M": 365.25 / 12, "W": 7.0, "D": 1.0, "h": 1 / 24, "m": 1 / 1440}
_EPS = 1e-9


@lru_cache(maxsize=4096)
def amount(value: str | int | float) -> float | None:
    """A number, or an ISO period in days; None when unreadable."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    text = str(value).strip()
    m = _PERIOD.match(text)
    if m and text != "P" and any(m.groupdict().values()):
        return sum(float(v) * _DAYS[k] for k, v in m.groupdict().items() if v)
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _qualifier_re() -> list[tuple[re.Pattern[str], str]]:
    pairs = [(w, q.relation) for q in count_tables().qualifiers for w in q.words]
    pairs.sort(key=lambda p: -len(p[0]))
    return [(re.compile(rf"(?<!\w){re.escape(w)}(?!\w)", re.IGNORECASE), rel) for w, rel in pairs]


@lru_cache(maxsize=4096)
def qualifier(text: str) -> str:
    """The relation a number's text states: exact, approx, more_than, at_least, ..."""
    for pattern, rel in _qualifier_re():
        if pattern.search(text):
            return rel
    return "exact"


def claim_relation(c: Claim) -> str:
    rel = qualifier(c.value.text) if c.value else "exact"
    if rel == "exact" and c.timex is not None and c.timex.mod:
        rel = count_tables().timex_mods.get(c.timex.mod, "exact")
    return rel


def value_range(n: float, rel: str) -> tuple[float, float]:
    t = count_tables()
    if rel == "approx":
        tol = max(abs(n) * t.approx_tolerance, t.approx_min_abs)
        return n - tol, n + tol
    return {
        "more_than": (n + _EPS, math.inf),
        "at_least": (n, math.inf),
        "less_than": (-math.inf, n - _EPS),
        "at_most": (-math.inf, n),
    }.get(rel, (n, n))


@lru_cache(maxsize=4096)
def unit_of(text: str) -> str:
    """The counted noun ("12 sessions" -> "session"), '' when none is written."""
    words = [w for w in re.findall(r"[a-z]+", text.casefold())]
    rels = {w for q in count_tables().qualifiers for p in q.words for w in p.split()}
    nouns = [w for w in words if w not in rels and not _is_number_word(w)]
    if not nouns:
        return ""
    noun = nouns[-1]
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


_NUMBER_WORDS = frozenset(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million "
    "billion dozen dozens hundreds thousands millions and a an".split()
)


def _is_number_word(w: str) -> bool:
    return w in _NUMBER_WORDS


def _time(ctx: CheckContext, c: Claim) -> Span | None:
    s = claim_span(c)
    if s is not None:
        return s
    pub: Published | None = ctx.sources[c.source].published if c.source in ctx.sources else None
    if pub is not None and pub.start and pub.end:
        return Span(pub.start, pub.end, "interval")
    return None


def _detail(ctx: CheckContext, c: Claim) -> str:
    v = c.value
    if v is None:
        return "no number"
    return f'{v.type} "{v.text}" = {v.value} ({claim_relation(c).replace("_", " ")})'


@rule(RULE, "count")
def check_counts(ctx: CheckContext) -> Iterator[Finding]:
    """Numbers whose ranges (from about/more than/...) do not meet: conflict or tension."""
    for sid, claims in ctx.facet("count"):
        groups: dict[tuple[str, str], list[tuple[Claim, float, str]]] = defaultdict(list)
        for c in claims:
            if c.value is None or c.value.type not in ("count", "duration"):
                continue
            n = amount(c.value.value)
            if n is None:
                continue
            unit = "" if c.value.type == "duration" else unit_of(c.value.text)
            groups[(c.value.type, unit)].append((c, n, claim_relation(c)))
        for (vtype, unit), items in sorted(groups.items()):
            yield from _compare(ctx, sid, vtype, unit, items)


Item = tuple[Claim, float, str]


def _compare(ctx: CheckContext, sid: str, vtype: str, unit: str, items: list[Item]) -> Iterator[Finding]:
    """Counts stated about the same time, swept by range into groups that agree."""
    window = count_tables().same_time_days
    timed: list[tuple[Item, Span | None]] = [(it, _time(ctx, it[0])) for it in items]
    for cluster in time_clusters(timed, window):
        yield from _compare_values(ctx, sid, vtype, unit, cluster)


def _compare_values(ctx: CheckContext, sid: str, vtype: str, unit: str, items: list[Item]) -> Iterator[Finding]:
    ranged = sorted(((c, n, rel, *value_range(n, rel)) for c, n, rel in items), key=lambda r: (r[3], r[4], r[1]))
    comps: list[list[tuple[Claim, float, str, float, float]]] = []
    reach = -math.inf
    for r in ranged:  # components of ranges that meet; neighbouring components do not
        if not comps or r[3] > reach:
            comps.append([r])
            reach = r[4]
        else:
            comps[-1].append(r)
            reach = max(reach, r[4])
    label = ctx.label(sid)
    noun = f" {unit}" if unit else ""
    for comp in comps:
        if len({n for _, n, _, _, _ in comp}) > 1:
            yield make_finding(
                ctx, rule=RULE, kind="count", severity="variant", subject=sid, claims=[r[0] for r in comp],
                detail=_detail, summary=f"{label}: {vtype}{noun} stated as {_texts(comp)}",
                reason="the numbers differ but within what their qualifiers (about, more than, ...) allow.",
            )
    for left, right in zip(comps, comps[1:]):
        exact = all(r[2] == "exact" for r in left + right)
        yield make_finding(
            ctx, rule=RULE, kind="count", severity="conflict" if exact else "tension", subject=sid,
            claims=[r[0] for r in left + right], detail=_detail,
            also_rests_on=[r[0].source for r in left + right if r[0].when is None],
            summary=f"{label}: {vtype}{noun} stated as {_texts(left)} and {_texts(right)}",
            reason="two exact numbers for the same thing at the same time."
            if exact
            else "the numbers differ beyond what the qualifier (about, more than, ...) allows.",
        )


def _texts(rows: list[tuple[Claim, float, str, float, float]]) -> str:
    seen: dict[str, None] = {}
    for c, *_ in rows:
        seen.setdefault(repr(c.value.text) if c.value else "?", None)
    return ", ".join(seen)
