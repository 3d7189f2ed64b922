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
from datetime import date, timedelta
from collections.abc import Iterator
from functools import lru_cache

from ..dating.trust import doubt_days, known_day
from ..keys import QuantityKey, ShareKey, TallyKey, head_class, parse
from ..models import Claim, Finding, Published
from ..quantities.attributes import PREFIX as ATTRIBUTE
from ..quantities.tables import tables as quantity_tables
from .context import CheckContext
from .finding import make_finding
from .fixed_counts import changing, fixed_days, one_verb, tally
from .intervals import Span, claim_span, time_clusters
from ..group import UnionFind
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


# --- quantities (claimcheck.quantities): keyed by scope and as-of time -----------------------

QUANTITY_RULE = "claimcheck.check.quantity.v1"
_YEAR_DAYS = 365.25
_MAGNITUDE_SPREAD = 0.3  # magnitudes further apart than this describe different quakes
_BIRTHDAY_SLACK = 3.0  # days: two ages that fit only if a birthday fell within them are flagged (as a tension)


def _q_detail(ctx: CheckContext, c: Claim) -> str:
    q = c.quantity
    if q is None:
        return "no number"
    lo = "-inf" if q.lo == -math.inf else f"{q.lo:g}"
    hi = "inf" if q.hi == math.inf else f"{q.hi:g}"
    unit = f" {q.unit}" if q.unit else ""
    asof = f", as of {q.asof}" if q.asof else (", a fixed fact" if q.dimension != "age" else "")
    return f'{q.dimension} "{q.text}" = {q.value:g}{unit} ({q.relation}: {lo}..{hi}){asof}'


def _birth_range(ctx: CheckContext, c: Claim) -> tuple[float, float] | None:
    """An age A stated on day D: born between D - (A+1) years and D - A years (day ordinals)."""
    q, src = c.quantity, ctx.sources.get(c.source)
    if q is None or src is None or src.published.start is None or src.published.end is None:
        return None  # an age is only as good as the date it was stated on
    # an inferred date widens the day by as far as it may be off (dating.trust): 25 against 32
    # conflicts whatever the month; 29 against 30 only on days known
    slack = doubt_days(src.published)
    d0, d1 = src.published.start.toordinal() - slack, src.published.end.toordinal() + slack
    return d0 - (q.value + 1) * _YEAR_DAYS + 1, d1 - q.value * _YEAR_DAYS


Ranged = tuple[Claim, float, float]


def _quantity_texts(rows: list[Claim]) -> str:
    seen: dict[str, None] = {}
    for c in rows:
        seen.setdefault(repr(c.quantity.text) if c.quantity else "?", None)
    return ", ".join(seen)


@rule(QUANTITY_RULE, "count")
def check_quantities(ctx: CheckContext) -> Iterator[Finding]:
    """Quantities with one key (scope, unit, entity, as-of) whose intervals do not meet:
    conflict when both are exact, tension when an approximator was stretched; meeting
    intervals with different numbers: variant. Ages compare the birth dates they imply."""
    for sid, claims in aligned(ctx):
        rows: list[Ranged] = []
        for c in claims:
            q = c.quantity
            if q is None:
                continue
            if q.dimension == "age":
                born = _birth_range(ctx, c)
                if born is not None:
                    rows.append((c, *born))
            else:
                rows.append((c, q.lo, q.hi))
        units = {c.quantity.unit for c, *_ in rows if c.quantity}
        if len(units) > 1:  # "16.5 feet" against "5 m": each may have been rounded in its own unit
            rows = [(c, lo - c.quantity.precision, hi + c.quantity.precision) if c.quantity else (c, lo, hi)
                    for c, lo, hi in rows]
        if len({c.source for c, *_ in rows}) < 1 or len(rows) < 2:
            continue
        yield from _quantity_findings(ctx, sid, rows)
    yield from _part_and_share(ctx)
    yield from _falling(ctx)


def aligned(ctx: CheckContext) -> list[tuple[str, list[Claim]]]:
    """``_aligned``, computed once per context (the thing rule reads the same groups)."""
    found = ctx.__dict__.get("_quantity_groups")
    if found is None:
        found = ctx.__dict__["_quantity_groups"] = _aligned(ctx)
    return found


def _aligned(ctx: CheckContext) -> list[tuple[str, list[Claim]]]:
    """Quantity groups, with an article's day-dated counts moved to the hour its total was
    true: an article that gives the same total as another article's "202 as of 2 p.m." gives
    its breakdown ("71 in Port Alder") as of 2 p.m. too. Counts of a one-day event dated only
    by their article's day move to the day before when another article has the event then."""
    groups = fixed_days(ctx, _event_day(ctx, _one_holder(ctx, _day_before(ctx, one_verb(ctx, ctx.facet("quantity"))))))
    keyed = [(k, k.asof or "", claims) for sid, claims in groups if (k := _dated_key(sid)) is not None]
    precise: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for k, asof, claims in keyed:
        if k.entity is None and "T" in asof:
            for c in claims:
                if c.quantity is not None:
                    precise[(k.dimension, k.head, k.role, f"{c.quantity.value:g}", asof[:10])].add(asof)
    shift: dict[tuple[str, ...], str] = {}
    for k, asof, claims in keyed:
        if k.entity is None and len(asof) == 10:
            for c in claims:
                if c.quantity is None:
                    continue
                hours = precise.get((k.dimension, k.head, k.role, f"{c.quantity.value:g}", asof), set())
                mine = {h for h in hours if any(o.source == c.source for o in _members(groups, k.with_asof(h)))}
                if len(hours) == 1 and not mine:
                    shift[(c.source, k.dimension, k.head, k.role, asof)] = next(iter(hours))
    if not shift:
        return groups
    regrouped: dict[str, list[Claim]] = defaultdict(list)
    for sid, claims in groups:
        key = _dated_key(sid)
        for c in claims:
            moved = shift.get((c.source, key.dimension, key.head, key.role, key.asof or "")) if key is not None else None
            regrouped[key.with_asof(moved).render() if key is not None and moved else sid].append(c)
    return sorted(regrouped.items())


def _regroup(groups: list[tuple[str, list[Claim]]], moved: dict[str, str]) -> list[tuple[str, list[Claim]]]:
    """The groups with each moved claim (claim id -> subject) under its new subject, sorted."""
    if not moved:
        return groups
    regrouped: dict[str, list[Claim]] = defaultdict(list)
    for sid, claims in groups:
        for c in claims:
            regrouped[moved.get(c.id, sid)].append(c)
    return sorted(regrouped.items())


def _day_before(ctx: CheckContext, groups: list[tuple[str, list[Claim]]]) -> list[tuple[str, list[Claim]]]:
    """A vote reported with no date ("182 MPs backed it") is keyed by its article's day; an
    article out the morning after a vote reports the day before's vote. Such a count moves to
    the day before when another article keys the same count there and no other article keys
    it on its own day: one vote, reported on the day and the day after."""
    one_day = set(quantity_tables().one_day)
    by_sid = dict(groups)
    moved: dict[str, str] = {}  # claim id -> the key it moves to
    for sid, claims in groups:
        key = _dated_key(sid)
        if key is None or key.head not in one_day or key.asof is None or len(key.asof) != 10:
            continue
        try:
            earlier = (date.fromisoformat(key.asof) - timedelta(days=1)).isoformat()
        except ValueError:
            continue
        target = key.with_asof(earlier).render()
        before = by_sid.get(target, [])
        for c in claims:
            pub = ctx.sources[c.source].published if c.source in ctx.sources else None
            if pub is None or pub.value != key.asof:
                continue  # a date was written, or the count is of another day than its article's
            if any(o.source != c.source for o in before) and all(o.source == c.source for o in claims):
                moved[c.id] = target
    return _regroup(groups, moved)


def _one_holder(ctx: CheckContext, groups: list[tuple[str, list[Claim]]]) -> list[tuple[str, list[Claim]]]:
    """A count whose holder its article does not write beside it ("It employs 2,400 people",
    "four deaths") is the one holder the corpus gives that count ("Kestrel employs 2,700
    people", "killed seven people in Tete"), when its article names that holder somewhere
    and gives no count of its own for it (then its figure is a total beside a part). Two
    holders in the corpus: left apart. Ages and the classes of the tables (a toll's total is
    no place's part, "two members" no alliance's size) are untouched: open-class counts and
    sums only (a fine of nobody named joins the one person fined)."""
    holders: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    keyed: list[tuple[str, QuantityKey | None, list[Claim]]] = []
    for sid, claims in groups:
        key = _quantity_key(sid)
        keyed.append((sid, key, claims))
        if key is not None and not key.age and key.entity is not None:
            holders[(key.dimension, key.head, key.role)].add(key.entity)
    owned = set(quantity_tables().owned_sums)
    classes = set(quantity_tables().head_classes)
    own: dict[tuple[str, str, str, str, str], bool] = {}
    for sid, key, claims in keyed:
        if key is not None and key.entity is not None:
            for c in claims:
                own[(c.source, key.dimension, key.head, key.role, key.entity)] = True
    moved: dict[str, str] = {}
    for sid, key, claims in keyed:
        if key is None or key.age or key.entity is not None or (head_class(key.head) in classes and key.head not in owned):
            continue  # a class (a toll, members, seats) has its own holders: its total is no place's part
        found = holders.get((key.dimension, key.head, key.role), set())
        if len(found) != 1:
            continue
        holder = next(iter(found))
        target = QuantityKey(key.dimension, key.head, key.role, holder, key.asof).render()
        for c in claims:
            if not own.get((c.source, key.dimension, key.head, key.role, holder)) and _names(ctx, c.source, holder):
                moved[c.id] = target
    return _regroup(groups, moved)


def _names(ctx: CheckContext, source: str, holder: str) -> bool:
    """The article names the holder: each word of its slug ("place:tete-province") starts a
    word of its text (first five letters: "Tete", "Kestrel's")."""
    src = ctx.sources.get(source)
    if src is None:
        return False
    words = [w[:5] for w in holder.partition(":")[2].split("~")[0].split("-") if w]  # "org:x~3fa2": a name of one article
    if not words:
        return False
    text = _lowered(src.text)
    return all(re.search(rf"(?<![a-z0-9]){re.escape(w)}", text) is not None for w in words)


@lru_cache(maxsize=64)
def _lowered(text: str) -> str:
    return text.lower()


_EVENT_DAYS = 3  # how many days after an event an article may report what it did, dated by its own day
_NOT_EVENT_ROLES = frozenset({"", "forecast", "offset", "imposed", "maximum", "prosecution", "defense", "probation",
                              "demand", "offer"})


def _event_day(ctx: CheckContext, groups: list[tuple[str, list[Claim]]]) -> list[tuple[str, list[Claim]]]:
    """What an event did ("More than 60 officials attended", "hit seven hospitals"), written
    with no day, is keyed by its article's day; an article out a day or three later reports
    the same event. Such a count moves to the one earlier day (at most ``_EVENT_DAYS``
    before) at which another article keys the same count, when there is exactly one such
    day and its own article keys nothing there. Counts that grow (tolls, members, the
    running tallies of ``checks/running.yaml``: arrests, damaged homes) and
    counts with no verb of an event (a level, a forecast, a term) never move."""
    cumulative = set(quantity_tables().cumulative)
    by_sid = dict(groups)
    moved: dict[str, str] = {}
    for sid, claims in groups:
        key = _dated_key(sid)
        if key is None or key.dimension != "count" or key.role in _NOT_EVENT_ROLES \
                or head_class(key.head) in cumulative or key.head.rpartition(":")[2] in cumulative or tally(key) \
                or key.asof is None or len(key.asof) != 10:  # "killed 12 miners" (miner:dead): a toll too
            continue
        try:
            day = date.fromisoformat(key.asof)
        except ValueError:
            continue
        earlier = [t for n in range(1, _EVENT_DAYS + 1)
                   if (t := key.with_asof((day - timedelta(days=n)).isoformat()).render()) in by_sid]
        for c in claims:
            pub = ctx.sources[c.source].published if c.source in ctx.sources else None
            if pub is None or pub.value != key.asof or known_day(pub) is None:
                continue  # a day was written: the count is of that day
            others = [t for t in earlier if any(o.source != c.source for o in by_sid[t])
                      and all(o.source != c.source for o in by_sid[t])]
            if len(others) == 1 and not changing(ctx, c):  # "20 so far", "combined": a reading of its own day
                moved[c.id] = others[0]
    return _regroup(groups, moved)


def _quantity_key(sid: str) -> QuantityKey | None:
    """The key of a quantity subject (a manual claim may give the quantity facet to another subject)."""
    key = parse(sid)
    return key if isinstance(key, QuantityKey) else None


def _dated_key(sid: str) -> QuantityKey | None:
    """A quantity key with its as-of time (not an age, not a fixed fact)."""
    key = _quantity_key(sid)
    return key if key is not None and not key.age and key.asof is not None else None


def _members(groups: list[tuple[str, list[Claim]]], key: QuantityKey) -> list[Claim]:
    want = key.render()
    return next((cs for sid, cs in groups if sid == want), [])


_STRETCH = 2.0  # how far an approximation is stretched before two figures are plainly apart


def far_apart(left: list[Claim], right: list[Claim]) -> bool:
    """Two sides whose figures stay apart even with every approximation stretched to twice
    its width ("about 70%" against "about 90%", "about 40" against "more than 60", "some 300"
    against 230): no reading of "about" makes them one figure, a conflict as two exact
    figures are. Within that stretch the approximator may have been meant loosely: a tension."""
    def hull(claims: list[Claim]) -> tuple[float, float] | None:
        spans = [_stretched(c) for c in claims]
        if not spans or any(sp is None for sp in spans):
            return None
        return min(sp[0] for sp in spans if sp), max(sp[1] for sp in spans if sp)

    a, b = hull(left), hull(right)
    return a is not None and b is not None and (a[1] + _EPS < b[0] or b[1] + _EPS < a[0])


def _stretched(c: Claim) -> tuple[float, float] | None:
    q = c.quantity
    if q is None:
        return None
    if q.relation == "approx" and math.isfinite(q.lo) and math.isfinite(q.hi):
        return q.value - _STRETCH * (q.value - q.lo), q.value + _STRETCH * (q.hi - q.value)
    if q.relation in {"approx", "mixed"}:
        return None
    return q.lo - q.precision, q.hi + q.precision  # exact, a bound, a written range: as written


def _looser(left: list[Claim], right: list[Claim]) -> bool:
    """"over $11 billion" against "$11 billion": the same figure, one side only a bound."""
    rels = {c.quantity.relation for c in left + right if c.quantity}
    return len(rels) > 1 and "approx" not in rels


def _exact(c: Claim) -> bool:
    return c.quantity is not None and c.quantity.relation == "exact"


_MAX_DISTINCT = 40  # distinct readings compared pairwise within one key; beyond, neighbours only


def _quantity_findings(ctx: CheckContext, sid: str, rows: list[Ranged]) -> Iterator[Finding]:
    """Distinct readings (value and interval) of one key, compared pair by pair: a key holds
    few distinct readings, and "M7" (7.0..7.99) must not merge 7.5 and 7.6 into one reading."""
    label = _label(ctx, sid)
    readings: dict[tuple[float, float, float], list[Claim]] = defaultdict(list)
    for c, lo, hi in rows:
        readings[(lo, hi, c.quantity.value if c.quantity else lo)].append(c)
    keys = sorted(readings)
    key = _quantity_key(sid)
    full = key if key is not None and not key.age else None  # all five parts
    dated = key is None or (full is not None and full.asof is not None)
    magnitude = key is not None and key.dimension == "magnitude"
    running_day = (full is not None and full.head in _monotone_heads()
                   and full.asof is not None and len(full.asof) == 10)  # a day, no hour
    age = key is not None and key.age
    attribute = full is not None and full.head.startswith(ATTRIBUTE)  # a value of an attribute (quantities/attributes.py)
    # "the network was fined $40,000", "she be fined $2,500": sums of nobody named may be two
    # sums; different figures are shown as a variant, never as rivals
    unowned = full is not None and full.entity is None and (full.head in quantity_tables().owned_sums
                                                            or full.head.startswith("sum:"))
    # the carrier named two ways ("Flight VR12", "the Kestrel Air plane") when no article
    # gives counts of two carriers so named: one carrier, its owners compared as one
    one_carrier = full is not None and (full.entity or "").startswith("carrier:") and not _two_owners(
        [c for c, *_ in rows]) and _co_named(ctx, [c for c, *_ in rows])
    pairs = ([(a, b) for i, a in enumerate(keys) for b in keys[i + 1:]] if len(keys) <= _MAX_DISTINCT
             else list(zip(keys, keys[1:])))
    variants = UnionFind(repr(k) for k in keys)
    clashes: dict[tuple[float, float, float], set[tuple[float, float, float]]] = defaultdict(set)
    for a, b in pairs:
        left, right = readings[a], readings[b]
        if _other_causes(left, right) or (_other_owners(left, right) and not one_carrier) or _other_modifiers(left, right) \
                or _other_currencies(left, right):
            continue  # a quake's toll and a plane collision's dead: two counts, not two readings
        if len({c.source for c in left + right}) < 2 and (dated or a[2] == b[2]):
            continue  # one article's figures of one day are parts of a breakdown, not rivals
        meet = a[0] <= b[1] + _EPS and b[0] <= a[1] + _EPS
        if not meet and {_rel(left), _rel(right)} == {"exact", "approx"}:
            meet = _meet_rounded(a, b, left, right)  # "about 4.5 hours" against "5 hours": 5 is rounded too
        if not meet and attribute and _rel(left) == _rel(right) == "exact":
            meet = _meet_coarser(a, b, left, right)  # "$1.9 billion" against "$1.87 billion": 1.9 is rounded
        if meet and age and min(a[1], b[1]) - max(a[0], b[0]) < _BIRTHDAY_SLACK:
            meet = False  # both true only if a birthday fell in the few days between the two articles
        if meet:
            if len({c.source for c in left + right}) < 2 or (a[2] == b[2] and not _looser(left, right)):
                continue  # the same figure, or one article's own breakdown
            if all(_exact(c) for c in left + right) and (a[0] == a[1]) == (b[0] == b[1]) and a[0] != a[1]:
                continue  # "16.5 feet" and "5 m": the same figure rounded in two units
            variants.union(repr(a), repr(b))
            continue
        if running_day and any(c.quantity and c.quantity.running for c in left + right):
            variants.union(repr(a), repr(b))
            continue  # "climbed to 180" and "202" on one day with no hour: two readings of a rising tally
        if magnitude and (max(a[0], b[0]) - min(a[1], b[1]) > _MAGNITUDE_SPREAD or (a[0] != a[1] and b[0] != b[1])):
            continue  # far apart: two quakes; "M6" against "M7": two classes, two quakes
        if unowned:  # shown side by side, not as rivals
            variants.union(repr(a), repr(b))
            continue
        clashes[a].add(b)
        clashes[b].add(a)
    if age:
        _nearest_only(ctx, readings, clashes)
    # one finding per set of readings that ALL disagree pairwise (and with one severity): it
    # never holds two readings that agree (30 in 2022, 31 in 2023 against 25), and a reader
    # sees "119, 121 and 131 seats" once instead of three pairs of the same dispute
    def exact_pair(k: Reading, o: Reading) -> bool:
        return (all(_exact(c) for c in readings[k] + readings[o]) or (not age and far_apart(readings[k], readings[o]))) \
            and not (age and k[0] <= o[1] and o[0] <= k[1]) \
            and bool(_modifiers(readings[k]) & _modifiers(readings[o]))  # "40 ambulance patients" against "90 patients": may differ in kind

    for exact in (True, False):
        edges = {k: {o for o in clashes[k] if exact_pair(k, o) == exact} for k in sorted(clashes)}
        for group in clique_cover(edges):
            claims = [c for k in group for c in readings[k]]
            texts = [_quantity_texts(readings[k]) for k in group]
            # a side dated only by the month of a day inferred without confidence may be of
            # another day of that month: two figures that cannot both be true are a tension then
            widened = any(_widened(ctx, c) for c in claims)
            yield make_finding(
                ctx, rule=QUANTITY_RULE, kind="count", severity="conflict" if exact and not widened else "tension",
                subject=sid, claims=claims, detail=_q_detail, also_rests_on=_dated_by_publication(ctx, claims, age),
                summary=f"{label}: stated as {', '.join(texts[:-1])} and {texts[-1]}",
                reason=("exact figures for the same thing at the same time, each pair different."
                        if not widened else "exact figures for the same thing in the month one article's"
                        " uncertain day falls in: they differ, unless it was updated within the month.")
                if exact else "the figures differ beyond what their approximators (about, more than, ...) allow.",
            )
    joined: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for k in keys:
        joined[variants.find(repr(k))].append(k)
    for group in sorted(joined.values()):
        if len(group) < 2:
            continue
        claims = [c for k in group for c in readings[k]]
        yield make_finding(
            ctx, rule=QUANTITY_RULE, kind="count", severity="variant", subject=sid, claims=claims, detail=_q_detail,
            summary=f"{label}: stated as {_quantity_texts(claims)}",
            reason="the numbers differ, but within what their approximators (about, more than, ...) allow.",
        )


Reading = tuple[float, float, float]


def _dated_by_publication(ctx: CheckContext, claims: list[Claim], age: bool) -> list[str]:
    """The sources whose publication date a quantity finding rests on: an age is counted
    from it, a count with no time written is of its day."""
    out = []
    for c in claims:
        src = ctx.sources.get(c.source)
        if src is not None and c.quantity is not None and \
                (age or (c.quantity.asof is not None and c.quantity.asof == src.published.value) or _widened(ctx, c)):
            out.append(c.source)
    return out


def _widened(ctx: CheckContext, c: Claim) -> bool:
    """A quantity dated by the month of its article's day, that day not known (quantities.period)."""
    src = ctx.sources.get(c.source)
    q = c.quantity
    if src is None or q is None or q.asof is None or len(q.asof) != 7 or src.published.start is None:
        return False
    return known_day(src.published) is None and q.asof == src.published.start.isoformat()[:7]


def _label(ctx: CheckContext, sid: str) -> str:
    """A group's label; a key the alignment made (another day, the one holder) is labelled
    from its parts as the subjects are."""
    label = ctx.label(sid)
    key = _quantity_key(sid)
    if label != sid or key is None or key.age:
        return label
    about = f" of {parse(key.entity).name.split('~')[0].replace('-', ' ')}" if key.entity else ""
    role = f" ({key.role})" if key.role else ""
    when = f" as of {key.asof}" if key.asof else ""
    return f"{key.dimension}: {key.head.replace('-', ' ') or key.dimension}{about}{role}{when}"


def _nearest_only(ctx: CheckContext, readings: dict[Reading, list[Claim]],
                  clashes: dict[Reading, set[Reading]]) -> None:
    """An age that fits none of several others which fit one another (30 in 2022, 31 in 2023
    and 32 in 2024 against 25) is one wrong age, not one per article: it is held against the
    age stated nearest in time only (the others cannot be joined in one finding, since they
    agree). Prunes ``clashes`` in place."""
    def day(k: Reading) -> int:
        days = [src.published.start.toordinal() for c in readings[k]
                if (src := ctx.sources.get(c.source)) is not None and src.published.start is not None]
        return min(days) if days else 0

    for k in sorted(clashes):
        others = sorted(clashes[k])
        if len(others) < 2 or any(b in clashes.get(a, ()) for i, a in enumerate(others) for b in others[i + 1:]):
            continue
        gap = {o: abs(day(o) - day(k)) for o in others}
        best = min(gap.values())
        for o in others:
            if gap[o] > best:
                clashes[k].discard(o)
                clashes[o].discard(k)


def _rel(claims: list[Claim]) -> str:
    """The relation every claim of a reading shares ("exact", "approx", a bound), else "mixed"."""
    rels = {c.quantity.relation for c in claims if c.quantity}
    return rels.pop() if len(rels) == 1 else "mixed"


def _meet_rounded(a: Reading, b: Reading, left: list[Claim], right: list[Claim]) -> bool:
    """An approximate figure ("about") against an exact one: the exact one is read with the
    rounding of its last written digit ("5 hours" may be 4.5 to 5.5), as an editor would; a
    bound ("no more than 6.5 years") is no approximation and is not widened against."""
    pa = 0.0 if not all(map(_exact, left)) else max(c.quantity.precision for c in left if c.quantity)
    pb = 0.0 if not all(map(_exact, right)) else max(c.quantity.precision for c in right if c.quantity)
    return a[0] - pa <= b[1] + pb + _EPS and b[0] - pb <= a[1] + pa + _EPS


def _meet_coarser(a: Reading, b: Reading, left: list[Claim], right: list[Claim]) -> bool:
    """Two exact sums written to different digits ("$1.9 billion", "$1.87 billion"): the
    coarser one may be the finer one rounded (half its last digit either side)."""
    pa = max(c.quantity.precision for c in left if c.quantity)
    pb = max(c.quantity.precision for c in right if c.quantity)
    if pa == pb:
        return False
    (c, pc), f = ((a, pa), b) if pa > pb else ((b, pb), a)
    return c[0] - pc <= f[0] + _EPS and f[1] <= c[1] + pc + _EPS


def _other_causes(left: list[Claim], right: list[Claim]) -> bool:
    """Every claim on both sides has a cause, and the sides share none: counts of two events."""
    ca = {c.quantity.cause if c.quantity else None for c in left}
    cb = {c.quantity.cause if c.quantity else None for c in right}
    return None not in ca and None not in cb and not ca & cb


def _two_owners(claims: list[Claim]) -> bool:
    """Some article gives counts for two owners that share no word (two carriers it tells apart)."""
    by_source: dict[str, list[frozenset[str]]] = defaultdict(list)
    for c in claims:
        if c.quantity is not None and c.quantity.owner:
            by_source[c.source].append(frozenset(c.quantity.owner.split()))
    return any(not a & b for owners in by_source.values() for i, a in enumerate(owners) for b in owners[i + 1:])


def _co_named(ctx: CheckContext, claims: list[Claim]) -> bool:
    """Every two owners that share no word are both named in one of these claims' articles
    ("Flight VR12 ... the Kestrel Air jet"): two names of one carrier, not two stories' carriers."""
    owners = sorted({frozenset(c.quantity.owner.split()) for c in claims if c.quantity and c.quantity.owner}, key=sorted)
    texts = [_lowered(src.text) for s in sorted({c.source for c in claims}) if (src := ctx.sources.get(s)) is not None]

    def named(words: frozenset[str], text: str) -> bool:
        return any(re.search(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])", text) for w in words if len(w) > 2)

    return all(any(named(a, t) and named(b, t) for t in texts)
               for i, a in enumerate(owners) for b in owners[i + 1:] if not a & b)


def _other_currencies(left: list[Claim], right: list[Claim]) -> bool:
    """Sums in two currencies ("250,000 zlotys", "about 58,000 euros"): no rate is known to
    compare them by."""
    ua = {c.quantity.unit for c in left if c.quantity and c.quantity.dimension == "money"}
    ub = {c.quantity.unit for c in right if c.quantity and c.quantity.dimension == "money"}
    return bool(ua) and bool(ub) and not ua & ub


def _modifiers(claims: list[Claim]) -> set[str | None]:
    return {c.quantity.modifier for c in claims if c.quantity}


def _other_modifiers(left: list[Claim], right: list[Claim]) -> bool:
    """"40 ambulance patients" against "12 transfer patients": two written modifiers of one
    noun that differ are two groups of it, not two readings (one unwritten compares)."""
    ma = {c.quantity.modifier for c in left if c.quantity and c.quantity.modifier}
    mb = {c.quantity.modifier for c in right if c.quantity and c.quantity.modifier}
    return bool(ma) and bool(mb) and not ma & mb


def _other_owners(left: list[Claim], right: list[Claim]) -> bool:
    """Prices per share written with two companies that share no word ("each Corvex share",
    "each of Halden's shares"), passengers of two carriers so named ("a Kestrel Air jet", "a
    Marlin Airways flight"): two owners' figures, not two readings of one."""
    def words(claims: list[Claim]) -> set[frozenset[str]] | None:
        found = {frozenset(c.quantity.owner.split()) for c in claims if c.quantity and c.quantity.owner}
        return found if found and all(c.quantity and c.quantity.owner for c in claims) else None
    wa, wb = words(left), words(right)
    return wa is not None and wb is not None and not any(a & b for a in wa for b in wb)


def clique_cover(edges: dict[Reading, set[Reading]]) -> list[list[Reading]]:
    """Groups of readings that all clash with one another, covering every clash once at
    least: each uncovered clash, in sorted order, grows into a maximal group by adding the
    readings (in sorted order) that clash with every member. Deterministic; a key holds few
    readings (``_MAX_DISTINCT``), so the work stays small."""
    covered: set[tuple[Reading, Reading]] = set()
    groups: list[list[Reading]] = []
    for k in sorted(edges):
        for o in sorted(edges[k]):
            if o <= k or (k, o) in covered:
                continue
            group = [k, o]
            for r in sorted(edges):
                if r not in group and all(r in edges.get(g, ()) for g in group):
                    group.append(r)
            group.sort()
            covered.update((a, b) for i, a in enumerate(group) for b in group[i + 1:])
            groups.append(group)
    return groups


def _falling(ctx: CheckContext) -> Iterator[Finding]:
    """A count that never falls (a death toll, an alliance's members) stated lower on a later
    day than an earlier source had it: a tension (a correction, or a stale figure)."""
    monotone = set(_monotone_heads())
    series: dict[str, list[Claim]] = defaultdict(list)
    for sid, claims in ctx.facet("quantity"):
        key = _dated_key(sid)
        if key is None or key.head not in monotone or key.role:
            continue
        series[TallyKey(key.with_asof(None)).render()].extend(
            c for c in claims if c.quantity and c.quantity.asof and not _earlier_year(ctx, c))
    for subject, claims in sorted(series.items()):
        days: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            assert c.quantity is not None and c.quantity.asof is not None
            if re.match(r"^\d{4}-\d{2}(?:-\d{2})?$", c.quantity.asof):  # a day or a month, not an hour
                days[c.quantity.asof].append(c)
        floor: Claim | None = None
        for day in sorted(days):
            today = days[day]
            if floor is not None and floor.quantity is not None and floor.quantity.asof \
                    and not day.startswith(floor.quantity.asof):  # a month holds its days: not later than them
                below = [c for c in today if c.quantity and c.quantity.hi < floor.quantity.lo and c.source != floor.source
                         and not _other_causes([c], [floor])]
                if below:
                    lowest = min(below, key=lambda c: (c.quantity.hi if c.quantity else 0, c.id))
                    yield make_finding(
                        ctx, rule=QUANTITY_RULE, kind="count", severity="tension", subject=subject,
                        claims=[floor, lowest], detail=_q_detail,
                        summary=f"{ctx.label(lowest.subject.id)}: {floor.quantity.text!r} on {floor.quantity.asof}, "
                                f"then {lowest.quantity.text!r} on {lowest.quantity.asof}",  # type: ignore[union-attr]
                        reason="a count that only grows is stated lower on a later day, with no correction said.",
                    )
            top = max(today, key=lambda c: (c.quantity.lo if c.quantity else 0, c.id))
            if floor is None or (top.quantity and floor.quantity and top.quantity.lo > floor.quantity.lo):
                floor = top


_YEAR = re.compile(r"(?<![\d$€£])(?<!\d[,.])(1[89]\d\d|2[01]\d\d)(?!\d|[,.]\d)")  # a year, not "2,014" or "$1900"


def _earlier_year(ctx: CheckContext, c: Claim) -> bool:
    """The sentence of a toll dated only by its article writes a year before its article's
    ("In 2014, an avalanche killed 16 guides", "remains the 2013 derailment, in which 80
    people died"): the figure may be that year's event's, no reading of this story's toll."""
    src, q = ctx.sources.get(c.source), c.quantity
    if src is None or q is None or src.published.start is None or q.asof != src.published.value:
        return False
    return any(int(y) < src.published.start.year for y in _YEAR.findall(c.quote))


@lru_cache(maxsize=1)
def _monotone_heads() -> tuple[str, ...]:
    from ..quantities.tables import tables as quantity_tables

    return tuple(quantity_tables().monotone)


def _part_and_share(ctx: CheckContext) -> Iterator[Finding]:
    """Within one article: "505 of 770 employees" against "72% of X employees" (a part whose
    owner is not written may be the share's owner's)."""
    by_doc: dict[tuple[str, str], tuple[list[Claim], list[Claim]]] = defaultdict(lambda: ([], []))
    for _, claims in ctx.facet("quantity"):
        for c in claims:
            q = c.quantity
            if q is None or not q.head:
                continue
            if q.dimension == "count" and q.whole:
                by_doc[(c.source, head_class(q.head))][0].append(c)
            elif q.dimension == "percent":
                by_doc[(c.source, q.head)][1].append(c)
    for (source, head), (parts, shares) in sorted(by_doc.items()):
        for p in parts:
            for s in shares:
                pq, sq = p.quantity, s.quantity
                assert pq is not None and sq is not None and pq.whole
                if pq.entity != sq.entity and pq.entity is not None:
                    continue  # two owners' members, or a share of nobody named
                share = 100 * pq.value / pq.whole
                if sq.lo - 0.5 <= share <= sq.hi + 0.5:
                    continue
                yield make_finding(
                    ctx, rule=QUANTITY_RULE, kind="count", severity="conflict" if _exact(s) else "tension",
                    subject=ShareKey(head, source).render(), claims=[p, s], detail=_q_detail,
                    summary=f"{head}: {pq.text!r} is {share:.1f}%, but the same article says {sq.text!r}",
                    reason="a part of a whole and the share stated for it do not fit.",
                )
