"""Grouping of the occurrences of event nouns and series sessions (docs/internals.md,
"Grouping"): the claims `events/noun_events.py` and `events/session_claims.py` produce,
joined by type, place, date and clock moment (blocks, never all pairs); a session keyed by
its date joins the numbered session it overlaps; a competition named without an edition
is the series, not one occurrence. `group.group` calls these after the event layer's
coreference (`events/coref.py`) and the session coreference (`events/session_coref.py`).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from datetime import date, timedelta

from ..keys import EntityKey, OccurrenceKey, SubjectKey, parse
from ..models import Claim
from ..unionfind import UnionFind
from .event_series import owned_class
from .sessions import tables as session_tables

DAY_SLACK = timedelta(days=3)  # an event abroad is reported a day apart at home
SAME_MOMENT = 10  # minutes: two events of one type reported this close on one day are one event
FAR_APART = timedelta(days=400)  # one event's dates, even with a year written wrong, lie closer than this


def _compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    noun_a, noun_b = a.rsplit("-", 1)[-1], b.rsplit("-", 1)[-1]
    return noun_a == noun_b and ("-" not in a or "-" not in b)


def _same_place(a: Claim, b: Claim) -> bool:
    """Both name one place, or ``b`` is a named event whose name holds ``a``'s place ("Camp David ... Summit")."""
    if a.where is None:
        return False
    if b.where is not None:
        return a.where.entity == b.where.entity
    place = parse(a.where.entity).name
    return bool(place) and f":{place}-" in b.subject.id


def _overlap(a: Claim, b: Claim) -> bool:
    if not (a.when and b.when and a.when.start and b.when.start and a.when.end and b.when.end):
        return False
    slack = DAY_SLACK if a.when.granularity == b.when.granularity == "day" else timedelta(0)
    return a.when.start <= b.when.end + slack and b.when.start <= a.when.end + slack


def _same_month_other_year(a: Claim, b: Claim) -> bool:
    """One date is relative ("last August") and names the other's month in another year."""
    for rel, other in ((a, b), (b, a)):
        t = rel.timex
        if t is None or t.year_explicit or t.anchor != "publication" or t.granularity not in {"month", "day"}:
            continue
        if rel.when and other.when and rel.when.start and other.when.start and other.when.granularity in {"day", "month"}:
            if rel.when.start.month == other.when.start.month and rel.when.start.year != other.when.start.year:
                return True
    return False


def _qualified(event_type: str) -> bool:
    """"trilateral-summit" says whose event it is; a bare "meeting" or "talks" does not."""
    return "-" in event_type


def _place_of(c: Claim) -> str | None:
    return c.where.entity if c.where is not None else None


def _named(c: Claim) -> str | None:
    """The named event or series session a claim is about; None for "the summit"."""
    return None if c.subject.id == f"event:{c.event_type}" else c.subject.id


def _joinable(a: Claim, b: Claim) -> bool:
    """Whether two occurrence claims can be one event (before looking at their clusters)."""
    if not _compatible(a.event_type, b.event_type):
        return False
    na, nb = _named(a), _named(b)
    if na is not None and na == nb:
        return True  # one named event
    if na is not None and nb is not None:
        return False  # two named events, or two sessions of a series: the session rules decide
    if _same_place(a, b) or _same_place(b, a):
        return not (a.when and b.when) or _overlap(a, b)
    # by date alone only events that say whose they are, and of one type: many a "meeting"
    # happens in the same week, few "trilateral summits" do; nor do two quakes within minutes
    return a.event_type == b.event_type and (_qualified(a.event_type) and _overlap(a, b) or _same_moment(a, b))


def _clock(c: Claim) -> tuple[date, int] | None:
    """The day and minute of a claim dated to a clock time ("2024-05-04T05:25")."""
    w = c.when
    if w is None or w.granularity != "time" or w.start is None or w.start != w.end or len(w.value) != 16:
        return None
    hh, mm = w.value[11:13], w.value[14:16]
    return (w.start, int(hh) * 60 + int(mm)) if hh.isdigit() and mm.isdigit() else None


clock_of = _clock  # the same reading for the main events of a story (main_events.py)


def _same_moment(a: Claim, b: Claim) -> bool:
    """Both dated to clock times on one day at most ``SAME_MOMENT`` minutes apart."""
    ca, cb = _clock(a), _clock(b)
    return ca is not None and cb is not None and ca[0] == cb[0] and abs(ca[1] - cb[1]) <= SAME_MOMENT


class _EventClusters(UnionFind):
    """Union-find that never joins two clusters held in different places, nor two clusters
    about different named events or sessions, nor two clusters whose dates lie more than
    ``FAR_APART`` apart (a dateless mention joined to both must not chain a 2016 quake to
    a 2023 one; a year written wrong is at most a year off)."""

    def __init__(self, claims: list[Claim]) -> None:
        super().__init__(c.id for c in claims)
        self.places: dict[str, set[str]] = {c.id: ({p} if (p := _place_of(c)) else set()) for c in claims}
        self.names: dict[str, set[str]] = {c.id: ({n} if (n := _named(c)) else set()) for c in claims}
        self.dates: dict[str, tuple[date, date] | None] = {
            c.id: (c.when.start, c.when.end) if c.when and c.when.start and c.when.end else None for c in claims}

    def join(self, a: str, b: str) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        for sets in (self.places, self.names):
            if sets[ra] and sets[rb] and not (sets[ra] & sets[rb]):
                return False
        da, db = self.dates[ra], self.dates[rb]
        if da is not None and db is not None and (da[1] + FAR_APART < db[0] or db[1] + FAR_APART < da[0]):
            return False
        self.union(ra, rb)
        root = self.find(ra)
        self.places[root] = self.places[ra] | self.places[rb]
        self.names[root] = self.names[ra] | self.names[rb]
        self.dates[root] = (da if db is None else db if da is None
                            else (min(da[0], db[0]), max(da[1], db[1])))
        return True


def _months(c: Claim) -> list[tuple[int, int]]:
    """The calendar months a claim's date touches (at most 13: a year, or a window, is many)."""
    if not (c.when and c.when.start and c.when.end):
        return []
    out, y, m = [], c.when.start.year, c.when.start.month
    while (y, m) <= (c.when.end.year, c.when.end.month) and len(out) < 13:
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _blocks(events: list[Claim]) -> list[list[Claim]]:
    """Candidate groups: claims that could be one event share a block (never all pairs)."""
    blocks: dict[tuple, list[Claim]] = defaultdict(list)
    for c in events:
        noun = c.event_type.rsplit("-", 1)[-1]
        if _named(c) is not None:
            blocks[("named", c.subject.id)].append(c)
            name = parse(c.subject.id).base.name  # a named event's name may hold its place
            for token in name.split("-"):
                blocks[("name-token", noun, token)].append(c)
        if c.where is not None:
            blocks[("place", noun, c.where.entity)].append(c)
            blocks[("name-token", noun, parse(c.where.entity).name)].append(c)
        if (moment := _clock(c)) is not None:  # near-simultaneous mentions: blocks of SAME_MOMENT minutes,
            slot = moment[1] // SAME_MOMENT  # each in its slot and the next, so two close ones share one
            for k in (slot, slot + 1):
                blocks[("moment", c.event_type, moment[0], k)].append(c)
        if _qualified(c.event_type):
            for month in _months(c):
                blocks[("month", noun, month)].append(c)
            if c.when and c.when.start:
                blocks[("month-of-year", c.event_type, c.when.start.month)].append(c)
    return [blocks[k] for k in sorted(blocks, key=repr) if len(blocks[k]) > 1]


def _signature(c: Claim) -> tuple:
    """Everything ``_joinable``, ``_same_month_other_year`` and the blocks read of a claim."""
    when = (c.when.start, c.when.end, c.when.granularity, c.when.value) if c.when is not None else None
    t = c.timex
    timex = (t.year_explicit, t.anchor, t.granularity) if t is not None else None
    return c.event_type, c.subject.id, c.where.entity if c.where is not None else None, when, timex


_PLAIN_NAME = re.compile(r"(?:event|series):[a-z0-9-]+")


def series_without_edition(claims: list[Claim]) -> None:
    """A recurring competition or festival named without an ordinal ("the Harbour Cup in
    Oslo", "won the Harbour Cup in 2001") is the series, not one edition: its ties are played
    in many towns on many days, so each such statement (its date, place or a count said of
    it) stays on its own and none is compared with another's."""
    heads = session_tables().competitions
    parts = session_tables().several_a_day
    for c in claims:
        if c.facet == "began":
            continue  # when the competition began is said of the series itself: one beginning
        sid = c.subject.id
        key = parse(sid)
        if isinstance(key, OccurrenceKey) and key.occurrence.isdigit():
            words = key.of.words
            if len(words) > 1 and words[-1] in parts and heads.intersection(words[:-1]):
                # "the first round of the Harbour Open": a round of every year's edition
                c.subject.id = key.of.alone(c.id).render()
                continue
        if not isinstance(key, EntityKey) or not _PLAIN_NAME.fullmatch(sid) or sid == f"event:{c.event_type}":
            continue
        if (c.value is not None and c.value.type == "ordinal") or key.head not in heads:
            continue
        c.subject.id = key.alone(c.id).render()


def group_events(claims: list[Claim]) -> None:
    # series sessions take part as named anchors: "the summit in Vilnius" joins the NATO
    # summit's session held there
    # a numbered owned event ("its fifth flight") is no anchor: its number is checked by the
    # session rules (events/session_coref.py), and one article's numbering must not pull that
    # article's other statements away from the other articles' (events/event_series.py)
    events = sorted((c for c in claims if c.facet == "occurrence" and c.event_type
                     and c.subject.id.startswith(("event:", "series:")) and owned_class(c.subject.id) is None),
                    key=lambda c: c.id)
    if not events:
        return
    clusters = _EventClusters(events)
    # Claims alike in everything the rules read are one statement made many times ("the
    # summit in Oslo on May 4" in a thousand articles): joined to each other at once,
    # and only one of them takes part in the pair tests, so a block holds distinct
    # statements, not every copy (the pairs of a block are all compared).
    alike: dict[tuple, list[Claim]] = defaultdict(list)
    for c in events:
        alike[_signature(c)].append(c)
    stand_ins: list[Claim] = []
    for copies in alike.values():
        first = copies[0]
        if len(copies) > 1 and _joinable(first, copies[1]):
            for other in copies[1:]:
                clusters.join(first.id, other.id)
            stand_ins.append(first)
        else:  # copies that cannot join each other (no date to compare) each take part
            stand_ins.extend(copies)
    blocks = _blocks(sorted(stand_ins, key=lambda c: c.id))
    for block in blocks:
        for i, a in enumerate(block):
            for b in block[i + 1:]:
                if _joinable(a, b):
                    clusters.join(a.id, b.id)
    # a relative month that fits no occurrence joins one of the same month in another year
    sizes = Counter(clusters.find(c.id) for c in events)
    for block in blocks:
        for a in block:
            if sizes[clusters.find(a.id)] > 1 or not _qualified(a.event_type):
                continue
            for b in block:
                rb = clusters.find(b.id)
                if b is not a and a.event_type == b.event_type and _same_month_other_year(a, b) \
                        and clusters.join(a.id, b.id):
                    sizes[clusters.find(a.id)] = sizes[rb] + 1
                    break
    members: dict[str, list[Claim]] = defaultdict(list)
    for c in events:
        members[clusters.find(c.id)].append(c)
    for group in members.values():
        named = sorted({n for c in group if (n := _named(c)) is not None})
        if named:
            subject_id = named[0]
            label = next(c.subject.label for c in group if c.subject.id == subject_id)
        else:
            precise = sorted(group, key=lambda c: (_precision(c), c.id))[0]
            date = precise.when.value.split("/")[0] if precise.when else (parse(precise.where.entity).name
                                                                             if precise.where else "")
            etype = sorted((c.event_type for c in group), key=lambda t: (-len(t), t))[0]
            if date.startswith("X"):
                # an unresolved date ("Thursday" with no publication date) is no key: two such
                # clusters, kept apart above, must not meet again through one id
                subject_id = EntityKey("event", etype).alone(min(c.id for c in group)).render()
            else:
                subject_id = EntityKey("event", etype).at(date).render()
            label = f"{etype.replace('-', ' ')} ({date})"
        for c in group:
            c.subject.id, c.subject.label = subject_id, label


def _precision(c: Claim) -> int:
    order = {"time": 0, "day": 1, "week": 2, "month": 3, "season": 4, "quarter": 4, "half": 5, "interval": 5,
             "year": 6, "decade": 7, "century": 8}
    return order.get(c.when.granularity or "", 9) if c.when else 10


def _numbered(key: SubjectKey) -> bool:
    """``#13`` is a session number; ``#2020`` or ``#2020-05`` is a date."""
    return isinstance(key, OccurrenceKey) and key.number is not None


def group_sessions(claims: list[Claim]) -> None:
    """A series session keyed by date joins the numbered session of that series it overlaps;
    sessions keyed by overlapping dates ("#2024-07", "#2024") are one session."""
    sessions = [(c, key) for c in claims if c.facet == "occurrence" and (key := parse(c.subject.id)).kind == "series"
                and key.tail]
    numbered: dict[str, list[Claim]] = defaultdict(list)
    for c, key in sessions:
        if _numbered(key):
            numbered[key.base.render()].append(c)
    dated: dict[str, list[Claim]] = defaultdict(list)
    for c, key in sorted(sessions, key=lambda ck: ck[0].id):
        if _numbered(key):
            continue
        base = key.base.render()
        target = sorted({n.subject.id for n in numbered.get(base, []) if _overlap(c, n)})
        if len(target) == 1:
            c.subject.id = target[0]
            c.subject.label = next(n.subject.label for n in numbered[base] if n.subject.id == target[0])
        else:
            dated[base].append(c)
    for base, group in dated.items():
        uf = UnionFind(c.id for c in group)
        buckets: dict[tuple[int, int], list[Claim]] = defaultdict(list)
        for c in group:
            for month in _months(c):
                buckets[month].append(c)
        for month in sorted(buckets):
            bucket = buckets[month]
            for a, b in zip(bucket, bucket[1:]):
                if _overlap(a, b):
                    uf.union(a.id, b.id)
        members: dict[str, list[Claim]] = defaultdict(list)
        for c in group:
            members[uf.find(c.id)].append(c)
        for joined in members.values():
            if len(joined) < 2:
                continue
            precise = sorted(joined, key=lambda c: (_precision(c), c.id))[0]
            for c in joined:
                c.subject.id, c.subject.label = precise.subject.id, precise.subject.label
