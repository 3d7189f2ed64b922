"""claimcheck.check.quantity_thing.v1: counts of one thing that their keys set apart.

The quantity rule compares counts with one key (``dimension|head|role|entity|as-of``). The
key carries how a sentence said the count: "A crowd of 25,417 watched" (``crowd:watched``),
"24,517 spectators" (``crowd``), a weekly's "a crowd of 25,417" dated by its own day. This
rule blocks counts by the THING counted (``quantities/things.py``: the noun's class, its
synonyms folded) within one story, and compares, inside a block only, the readings the keys
kept apart, with the rest of the key as compatibility attributes:

- the act: two written verbs of different classes are two facts ("40 officials arrived",
  "12 officials signed"); no verb written is compatible with any;
- a plan is never held against an outcome; two holders named apart, two written
  modifiers, two causes, two currencies or two owners are two things;
- the as-of time: a tally that grows (a toll, cases) only at one hour; a count of one day's
  event (a crowd, a vote) only on one day; a fact of a completed event (a cargo, what was
  signed, a ransom) whatever day each report was written, and so is any count that is no
  running tally and no reading of its day (``fixed_counts``: no update cue, no present
  perfect) when both write one verb and one holder and the reports are a week apart at most;
  a day written with one figure
  only up to a week before the other's article ("in 2019 a trawler sank with 9 crew aboard"
  is another event). Prices and rates, valuations and deal prices stay with their keys; a
  sum no fixed thing names ("earning more than £100,000") compares only with one holder;
- an article giving two different figures a reading may be compared with speaks of two
  things of that noun: that article is not compared with it; its equal figures under two
  keys (a headline, its body) are one figure, in one finding;
- readings kept apart only by their times meet, as a tension at most, when the words written
  next to both figures name one occasion (``count_occasions.py``: "moved onto the reserve
  list" on Monday, "went onto the reserve list" on Tuesday).

A toll that never falls given for a place above a total naming no place stated later by
another article ("seven dead in Tete" on Monday, "four deaths" on Tuesday) is a ``tension``.

Intervals that do not meet: a ``conflict`` when both are exact, agree on the act (or one
writes none), the holder and the modifier; else a ``tension``. Blocks are small (one story's
counts of one noun); a block beyond ``_MAX_BLOCK`` readings is left alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import lru_cache
from datetime import date, timedelta

from ..keys import QuantityKey, parse
from ..models import Claim, Finding
from ..quantities.tables import tables as quantity_tables
from ..quantities.things import Thing, act_class, fixed_things, thing_of
from ..story_names import stories
from .context import CheckContext
from .count_occasions import STATE, Sentences, moving_words
from .count_sets import one_set
from .count import (
    _EPS, _exact, _modifiers, _other_causes, _other_currencies, _other_modifiers, _other_owners, _q_detail,
    _quantity_texts, aligned, clique_cover, far_apart,
)
from .finding import make_finding
from .fixed_counts import changing, grows, movable, named
from .registry import rule
from .stories import folder_names

RULE = "claimcheck.check.quantity_thing.v1"
_MAX_BLOCK = 40  # readings in one block; a larger block is no one story's count of one thing

# lo, hi, value, subject: one key's figure (two keys' equal figures stay two readings, each
# in its own finding: a finding holds what one key's claims say against another's)
Reading = tuple[float, float, float, str]


def _key(sid: str) -> QuantityKey | None:
    key = parse(sid)
    return key if isinstance(key, QuantityKey) and not key.age else None


def _default_asof(ctx: CheckContext, claims: list[Claim], asof: str | None) -> bool:
    """The as-of time is its articles' publication day or month: no time was written."""
    if asof is None:
        return True
    for c in claims:
        src = ctx.sources.get(c.source)
        pub = src.published.value if src is not None else None
        if not pub or asof not in (pub, pub[:7]):
            return False
    return True


class _Row:
    """One reading of a block: a subject's claims with one figure."""

    __slots__ = ("sid", "key", "claims", "thing", "lo", "hi", "value", "default", "ctx_sources", "settled")

    def __init__(self, ctx: CheckContext, sid: str, key: QuantityKey, claims: list[Claim], thing: Thing,
                 lo: float, hi: float, value: float) -> None:
        self.sid, self.key, self.claims, self.thing = sid, key, claims, thing
        self.lo, self.hi, self.value = lo, hi, value
        self.default = _default_asof(ctx, claims, key.asof)
        self.ctx_sources = ctx.sources
        # no tally, no update cue: a fact of its event whatever day it was reported (fixed_counts)
        self.settled = movable(key) and not any(changing(ctx, c, perfect=True) or named(c) for c in claims)

    @property
    def reading(self) -> Reading:
        return (self.lo, self.hi, self.value, self.sid)

    @property
    def sources(self) -> set[str]:
        return {c.source for c in self.claims}


def _kept_apart(a: _Row, b: _Row) -> bool:
    """Attributes that make two readings two things, whatever the words around them say."""
    ta, tb = a.thing, b.thing
    if ta.plan != tb.plan:
        return True  # "aimed to sign three" is no report of what was signed
    if a.key.role != b.key.role and {a.key.role, b.key.role} & {"demand", "offer", "forecast"}:
        return True  # whose figure a negotiated one is
    if a.key.entity and b.key.entity and a.key.entity != b.key.entity:
        return True
    if ta.dimension == "money" and ta.thing.removeprefix("sum:") not in fixed_things() \
            and not (a.key.entity and a.key.entity == b.key.entity):
        return True  # "earning more than £100,000", "earned up to £85,000": sums of whom? (a ransom is the story's one)
    return bool(_other_causes(a.claims, b.claims) or _other_currencies(a.claims, b.claims)
                or _other_modifiers(a.claims, b.claims) or _other_owners(a.claims, b.claims))


def _acts_meet(a: _Row, b: _Row) -> bool:
    """"40 officials arrived", "12 officials signed": two facts (no verb written meets any)."""
    return not (a.thing.act and b.thing.act and a.thing.act != b.thing.act)


def _times_meet(a: _Row, b: _Row) -> bool:
    ta, tb = a.thing, b.thing
    if ta.one_day or tb.one_day:
        return a.key.asof == b.key.asof  # a crowd, a vote: one day's event; another day's may be another match
    # a fact of its event by the words of each (no tally, no update cue) only when both write
    # one verb: a figure with no verb may be the cargo, the other what was taken of it
    if ta.fixed and tb.fixed:
        settled = True
    else:  # ... and one holder, and reports of one week (fixed_counts._WEEK)
        settled = (ta.fixed or a.settled) and (tb.fixed or b.settled) and ta.act is not None and ta.act == tb.act \
            and a.key.entity == b.key.entity and (not (a.default and b.default) or _near_days(a, b))
    if not settled:
        # a tally that grows: at one hour only (two figures of one day may be two readings of
        # a rising toll, as the quantity rule reads them; a month holds many days)
        return a.key.asof == b.key.asof and "T" in (a.key.asof or "")
    return a.key.asof == b.key.asof or _same_event_time(a, b)  # two days written: two days' facts


def _compatible(a: _Row, b: _Row) -> bool:
    return not _kept_apart(a, b) and _acts_meet(a, b) and _times_meet(a, b)


def _one_occasion(a: _Row, b: _Row, words: Callable[[_Row], frozenset[str]]) -> bool:
    """Readings kept apart only by their days, whose figures the words written next to them tie
    to one occasion (``count_occasions``): "Nine paintings were moved onto the reserve list" in
    a report of Monday, "Eleven paintings went onto the reserve list" in one of Tuesday. The
    verbs must still meet; never a tally that grows (a toll, members: its update is no
    disagreement), a running figure, nor a figure written as a sum or a change ("combined",
    "fewer than on Friday"); a state as of its day ("has spread to") meets only on that day;
    else the days must be one: a day (or week, weekend) written up to a week before the other's
    article, or both figures dated only by articles at most a week apart."""
    if _kept_apart(a, b) or not _acts_meet(a, b) or _tally(a) or _tally(b):
        return False
    wa, wb = words(a), words(b)
    if _one_day(a, b):
        pass
    elif STATE in wa or STATE in wb:
        return False  # "has spread to three districts": as of its own day only
    elif not (_near_days(a, b) if a.default and b.default else _same_event_time(a, b)):
        return False
    return bool(wa & wb - {STATE}) and not (wa | wb) & moving_words()


def _one_set(ctx: CheckContext, a: _Row, b: _Row) -> bool:
    """Two verbs of one set (``count_sets``): attributes compatible, no tally, the times of a
    fixed fact (one as-of, or days of one event by ``_same_event_time`` / ``_near_days``)."""
    if _kept_apart(a, b) or _tally(a) or _tally(b):
        return False
    if a.key.asof != b.key.asof and not (_near_days(a, b) if a.default and b.default else _same_event_time(a, b)) \
            and not _holds(a.key.asof, b.key.asof):
        return False
    return one_set(ctx, a, b)


def _holds(a: str | None, b: str | None) -> bool:
    """One as-of time is a year or month that holds the other ("2025" holds "2025-09-16"):
    a figure dated by the year its sentence writes and one dated by a day of that year."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return len(short) in (4, 7) and long.startswith(short) and len(long) > len(short) and long[len(short)] == "-"


def _tally(r: _Row) -> bool:
    t = quantity_tables()
    return (r.thing.thing in t.cumulative or r.thing.act in t.cumulative or r.thing.thing in t.monotone
            or grows(r.key) or any(c.quantity is not None and c.quantity.running for c in r.claims))


def _one_day(a: _Row, b: _Row) -> bool:
    da, db = _day(a), _day(b)
    return da is not None and da == db


def _near_days(a: _Row, b: _Row) -> bool:
    da, db = _start(a.key.asof), _start(b.key.asof)
    return da is not None and db is not None and abs((da - db).days) <= _WRITTEN_DAYS


def _start(asof: str | None) -> date | None:
    """The first day of an as-of time written as a day ("2025-06-02", "2025-06-02TMO"), a week
    or a weekend ("2025-W23-WE"); None for a month, a year or a fixed fact."""
    if not asof:
        return None
    try:
        if len(asof) >= 10 and asof[4] == "-" and asof[7] == "-":
            return date.fromisoformat(asof[:10])
        if len(asof) >= 8 and asof[4:6] == "-W" and asof[6:8].isdigit() and asof[8:] in ("", "-WE"):
            monday = date.fromisocalendar(int(asof[:4]), int(asof[6:8]), 1)
            return monday + timedelta(days=5) if asof.endswith("-WE") else monday
    except ValueError:
        return None
    return None


_WRITTEN_DAYS = 7  # a day written with one figure may be the event the other report's figure is of


def _same_event_time(a: _Row, b: _Row) -> bool:
    """Both figures are dated only by their articles (or are fixed facts), or one is written
    with a day at most ``_WRITTEN_DAYS`` before the other's article ("on Monday" in a report
    of Tuesday); a past year ("in 2019 a trawler sank with 9 crew aboard") is another event."""
    if a.default and b.default:
        return True
    written, other = (a, b) if b.default else (b, a)
    if not other.default or written.default:
        return False
    day = _start(written.key.asof)  # a day, a week or a weekend ("last weekend")
    if day is None:
        return False
    pubs = [src.published.start for c in other.claims if (src := other.ctx_sources.get(c.source)) is not None
            and src.published.start is not None]
    return bool(pubs) and all(timedelta(0) <= p - day <= timedelta(days=_WRITTEN_DAYS) for p in pubs)


def _strong(a: _Row, b: _Row) -> bool:
    """Every attribute agrees (no verb written agrees with any): two exact figures, or two no
    stretch of "about" makes one (``count.far_apart``), then conflict."""
    return ((all(_exact(c) for c in a.claims + b.claims) or far_apart(a.claims, b.claims)) and a.key.entity == b.key.entity
            and _modifiers(a.claims) == _modifiers(b.claims)
            and (a.thing.act == b.thing.act or not a.thing.act or not b.thing.act))


def _blocks(ctx: CheckContext) -> dict[tuple[str, str, str], list[_Row]]:
    groups = aligned(ctx)
    rows: list[tuple[str, QuantityKey, list[Claim], Thing]] = []
    for sid, claims in groups:
        key = _key(sid)
        if key is None:
            continue
        by_thing: dict[Thing, list[Claim]] = defaultdict(list)
        for c in claims:
            t = thing_of(c.quantity) if c.quantity is not None else None
            if t is not None:
                by_thing[t].append(c)
        rows.extend((sid, key, cs, t) for t, cs in by_thing.items())
    if not rows:
        return {}
    names, one_story = folder_names(ctx.all_claims(), len(ctx.sources))
    # several stories in the folder: blocks within one story; a folder whose articles name
    # nobody is one story
    sources = {c.source for _, _, cs, _ in rows for c in cs}
    if one_story or not any(names.get(s) for s in sources):
        story = {s: "" for s in sources}
    else:  # an article naming nobody in a folder of several stories: of no story it can be tied to
        story = {s: st if names.get(s) else s for s, st in stories(sources, names).items()}
    blocks: dict[tuple[str, str, str], list[_Row]] = defaultdict(list)
    for sid, key, claims, thing in rows:
        by_story: dict[str, list[Claim]] = defaultdict(list)
        for c in claims:
            by_story[story[c.source]].append(c)
        for st, cs in by_story.items():
            by_value: dict[tuple[float, float, float], list[Claim]] = defaultdict(list)
            for c in cs:
                q = c.quantity
                assert q is not None
                by_value[(q.lo, q.hi, q.value)].append(c)
            for (lo, hi, value), vcs in by_value.items():
                blocks[(st, thing.dimension, thing.thing)].append(_Row(ctx, sid, key, vcs, thing, lo, hi, value))
    return blocks


@rule(RULE, "count")
def check_things(ctx: CheckContext) -> Iterator[Finding]:
    """Counts of one thing in one story, keyed apart by how each sentence said them, whose
    intervals do not meet while every attribute they state is compatible."""
    for (_, _, thing), rows in sorted(_blocks(ctx).items()):
        if len({r.sid for r in rows}) < 2 or len(rows) > _MAX_BLOCK:
            continue
        rows = sorted(rows, key=lambda r: r.reading)
        yield from _block_findings(ctx, thing, rows)
        yield from _part_above_total(ctx, thing, rows)


def _block_findings(ctx: CheckContext, thing: str, rows: list[_Row]) -> Iterator[Finding]:
    compat: dict[int, list[int]] = defaultdict(list)
    wide: dict[int, list[int]] = defaultdict(list)  # compatible, or of one occasion by the words around them
    loose: set[tuple[int, int]] = set()  # pairs of one occasion only: at most a tension
    sentences = ctx.shared("count_occasions.sentences", lambda c: Sentences(c.sources))
    memo: dict[int, frozenset[str]] = {}
    # an article giving this thing two figures, under any keys, counts two of its occasions:
    # the words around a figure no longer say which one
    figures: dict[str, set[float]] = defaultdict(set)
    for r in rows:
        for src in r.sources:
            figures[src].add(r.value)
    single = {src for src, vs in figures.items() if len(vs) == 1}

    def words(r: _Row) -> frozenset[str]:
        if id(r) not in memo:
            counted = r.thing.thing.removeprefix("sum:")
            found = frozenset().union(*(sentences.words(c, counted) for c in r.claims))
            # the verb is the act, already met: no evidence of the occasion
            memo[id(r)] = frozenset(w for w in found if not r.thing.act or act_class(w) != r.thing.act)
        return memo[id(r)]

    for i, a in enumerate(rows):
        for j in range(i + 1, len(rows)):
            b = rows[j]
            if a.sid == b.sid or a.sources & b.sources:
                continue
            if _compatible(a, b):
                compat[i].append(j)
                compat[j].append(i)
            elif a.sources <= single and b.sources <= single and (_one_occasion(a, b, words) or _one_set(ctx, a, b)):
                loose.add((i, j))
            else:
                continue
            wide[i].append(j)
            wide[j].append(i)
    # an article with two figures a reading may be compared with speaks of two things there
    ambiguous, ambiguous_wide = _ambiguous(rows, compat), _ambiguous(rows, wide)
    edges: dict[bool, dict[Reading, set[Reading]]] = {True: defaultdict(set), False: defaultdict(set)}
    members: dict[Reading, dict[str, Claim]] = defaultdict(dict)  # a figure -> the claims that clash for it
    first: dict[tuple[frozenset[str], float], int] = {}
    for i, r in enumerate(rows):
        first.setdefault((frozenset(r.sources), r.value), i)
    for i, others in sorted(wide.items()):
        a = rows[i]
        for j in others:
            b = rows[j]
            if j < i:
                continue
            unsure = (i, j) in loose
            seen = ambiguous_wide if unsure else ambiguous
            if any((i, s) in seen for s in b.sources) or any((j, s) in seen for s in a.sources):
                continue
            if a.lo <= b.hi + _EPS and b.lo <= a.hi + _EPS:
                continue  # the figures meet
            exact = not unsure and _strong(a, b)
            # one article's equal figures under two keys (a headline, its body) are one figure here
            ra, rb = rows[first[(frozenset(a.sources), a.value)]], rows[first[(frozenset(b.sources), b.value)]]
            edges[exact][ra.reading].add(rb.reading)
            edges[exact][rb.reading].add(ra.reading)
            members[ra.reading].update((c.id, c) for c in a.claims)
            members[rb.reading].update((c.id, c) for c in b.claims)
    label = thing.replace("sum:", "").replace("-", " ")
    for exact in (True, False):
        for group in clique_cover(dict(edges[exact])):  # type: ignore[arg-type]
            claims = [c for r in group for c in members[r].values()]
            texts = [_quantity_texts(list(members[r].values())) for r in group]
            yield make_finding(
                ctx, rule=RULE, kind="count", severity="conflict" if exact else "tension",
                subject=QuantityKey(rows[0].thing.dimension, rows[0].thing.thing).render(), claims=claims,
                detail=_q_detail, summary=f"{rows[0].thing.dimension}: {label}: stated as {', '.join(texts[:-1])} and {texts[-1]}",
                reason="exact figures for one thing, told with compatible verbs, holders and times."
                if exact else "figures for one thing differ beyond what their approximators allow, "
                              "told in words that may describe it differently.",
            )


def _ambiguous(rows: list[_Row], pairs: dict[int, list[int]]) -> set[tuple[int, str]]:
    """(reading, source) where that source gives two figures the reading may be compared with."""
    out: set[tuple[int, str]] = set()
    for i, others in pairs.items():
        values: dict[str, set[float]] = defaultdict(set)
        for j in others:
            for s in rows[j].sources:
                values[s].add(rows[j].value)
        out.update((i, s) for s, vs in values.items() if len(vs) > 1)
    return out


def _part_above_total(ctx: CheckContext, thing: str, rows: list[_Row]) -> Iterator[Finding]:
    """A toll that never falls (``monotone``: deaths) given for a place ("killed seven people in
    Tete province" on Monday) above a total that names no place, stated by another article on a
    later day ("four deaths" on Tuesday): the total cannot be below one place's part of it
    earlier. A tension: a correction, or a total of somewhere else the text did not name."""
    if thing not in _monotone():
        return
    parts = [r for r in rows if (r.key.entity or "").startswith("place:") and _day(r) is not None]
    totals = [r for r in rows if r.key.entity is None and _day(r) is not None]
    for t in totals:
        above = [p for p in parts if _day(p) < _day(t) and t.hi < p.lo and not t.sources & p.sources  # type: ignore[operator]
                 and not _other_causes(t.claims, p.claims) and not _other_modifiers(t.claims, p.claims)]
        if not above:
            continue
        p = max(above, key=lambda r: (r.lo, r.reading))  # the highest part: one finding per total
        yield make_finding(
            ctx, rule=RULE, kind="count", severity="tension",
            subject=QuantityKey(t.thing.dimension, thing).render(), claims=[*p.claims, *t.claims], detail=_q_detail,
            summary=f"{t.thing.dimension}: {thing.replace('-', ' ')}: {_quantity_texts(p.claims)} in "
                    f"{p.key.entity.split(':', 1)[1].replace('-', ' ')} on {_day(p)}, "  # type: ignore[union-attr]
                    f"then {_quantity_texts(t.claims)} in all on {_day(t)}",
            reason="a count that only grows is stated, in all, below what one place had earlier.",
        )


def _day(r: _Row) -> str | None:
    asof = r.key.asof or ""
    return asof[:10] if len(asof) >= 10 and asof[4] == "-" and asof[7] == "-" else None


@lru_cache(maxsize=1)
def _monotone() -> frozenset[str]:
    return frozenset(quantity_tables().monotone)
