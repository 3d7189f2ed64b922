"""One moment written in two time zones: the same happening, whatever each article calls it.

Articles of one story often give the clock time of its main happening, one in local time and
another in GMT or the reader's zone ("the outage began at 3:16 p.m." / "the event began at
18:16 UTC"; "started at 8:15 a.m." / "began at 23:15 GMT on Saturday"). Each names the
happening its own way (outage, event, race, the marathon's edition, explosion, eruption), so
before this pass the two mentions met nothing and the clock rule never compared them. A clock
time whose minute is not a round one (not :00 or :30) and that another article of the story
gives at the same minute a whole number of hours away (at most `MAX_SHIFT` hours, one side
written with a zone) is one moment: the two occurrences' subjects join, so the date and clock
rules compare them (a zone shift is a variant, a wrong day a finding).

When the two subjects may not join (one article dates them to two days), the claim whose
moment matches moves alone, provided its article gives its subject no other claim and other
articles hold that subject: an earlier pass may have joined "exploded at 20:37 GMT on
Saturday" to another article's blast on Monday, and the moment is the stronger evidence.

A day written in a named zone ("late on Monday, Chilean time", "on the 15th, Japan time",
"late Saturday night (Brasilia time)") is the writer turning the story's happening into the
reader's zone: an occurrence so dated, whose subject no other article holds, joins the
subject spanning most articles of the story (two at least, no tie) dated that day or a day
away, when that subject's own days lie within a day of each other (a happening already dated
two ways gains no evidence of which day from a third).

Kept apart: two events one article dates to different days (a writer does not contradict
himself: the eruption on Sunday, the blast on Monday), two subjects of two named events or
two numbered sessions, two patients, articles of two stories (each naming people, bodies or
places, few of them in common: `main_events.one_story`'s test), a plan. Blocks: the minute of
the hour; the day.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, datetime, timedelta

from ..keys import parse
from ..models import Claim
from ..story_names import names_by_source
from .main_events import MIN_NAMES, MIN_OVERLAP
from .occurrence_groups import clock_of

MAX_SHIFT = 14  # hours: the widest offset between two time zones
ONE_DAY = timedelta(days=1)
MAX_BLOCK = 40  # clock claims per minute of the hour: more says nothing about one moment
# a zone written with a time: "GMT", "UTC", "CET", "Atlantic time", "Brasília time", "local time"
_ZONE = re.compile(r"[\s,]*\(?\s*(?:(?P<code>(?-i:[A-Z]{2,4}T|GMT|UTC))\b"
                   r"|(?P<named>[A-Z][^\W\d_]+|[A-Z]{2,3}|local)\s+time\b)")


def _zone(c: Claim) -> str | None:
    """The zone written with the claim's time ("UTC", "Atlantic", "local"), None when none is."""
    w = c.when
    if w is None:
        return None
    m = _ZONE.search(w.text)
    if m is None:
        lo = w.span[1] - c.span[0]
        m = _ZONE.match(c.quote, lo) if 0 <= lo <= len(c.quote) else None
    return (m.group("code") or m.group("named")) if m is not None else None


def _zoned(c: Claim) -> bool:
    """The clock time is written with its zone ("18:16 UTC", "1:40 p.m. Atlantic time")."""
    return _zone(c) is not None


def _instant(c: Claim) -> datetime | None:
    """The wall-clock moment of an occurrence dated to a minute, when that minute is not round."""
    clock = clock_of(c)
    if clock is None or clock[1] % 30 == 0:
        return None  # "at 9 a.m.", "at 3:30": many happenings share a round time
    day, minute = clock
    return datetime(day.year, day.month, day.day, minute // 60, minute % 60)


def _shifted(a: datetime, b: datetime) -> bool:
    """A whole number of hours apart, 1 to `MAX_SHIFT` (a day written wrong on one side
    leaves the hours: 15:16 on Tuesday against 18:16 on Monday is three hours off)."""
    minutes = abs(int((a - b).total_seconds())) // 60
    if minutes > 2 * 24 * 60 or minutes % 60:
        return False
    hours = (minutes // 60) % 24
    return 1 <= min(hours, 24 - hours) <= MAX_SHIFT


def _one_story(a: set[str], b: set[str]) -> bool:
    """Not two stories: articles that each name `MIN_NAMES` people, bodies or places share at
    least `MIN_OVERLAP` of the shorter list (as for main events); one naming fewer bars none."""
    return min(len(a), len(b)) < MIN_NAMES or len(a & b) / min(len(a), len(b)) >= MIN_OVERLAP


def _candidate(c: Claim) -> bool:
    if c.facet != "occurrence":
        return False
    return c.subject.id.startswith("event:") or (c.subject.id.startswith("series:") and "#" in c.subject.id)


def _named(sid: str) -> bool:
    """A named event or a numbered session: its own name, no cluster anchor or lone mark."""
    if sid.startswith("series:"):
        return True
    name = parse(sid).name
    return bool(name) and "~" not in sid and ":" in name


def _days_clash(a: list[Claim], b: list[Claim]) -> bool:
    """One article dating the two subjects to different days (each day-precise): two events."""
    days: dict[str, set] = defaultdict(set)
    for c in a:
        w = c.when
        if w is not None and w.granularity in {"day", "time"} and w.start is not None:
            days[c.source].add(w.start)
    for c in b:
        w = c.when
        if w is not None and w.granularity in {"day", "time"} and w.start is not None \
                and days.get(c.source) and w.start not in days[c.source]:
            return True
    return False


def _patients_clash(a: list[Claim], b: list[Claim]) -> bool:
    pa = {c.event.patient for c in a if c.event is not None and c.event.patient}
    pb = {c.event.patient for c in b if c.event is not None and c.event.patient}
    return bool(pa and pb and not pa & pb)


class _Subjects:
    """The occurrence subjects being joined: each kept id, the claims it holds and the ids it
    stands for (a join moves the claims of one subject to the other)."""

    def __init__(self, claims: list[Claim]) -> None:
        self.held: dict[str, list[Claim]] = defaultdict(list)  # kept subject id -> the claims it holds
        for c in claims:
            if _candidate(c):
                self.held[c.subject.id].append(c)
        self.owner = {sid: sid for sid in self.held}  # subject id -> the subject id its cluster keeps
        self.ids = {sid: [sid] for sid in self.held}  # kept subject id -> the subject ids it stands for
        self.moved: dict[str, str] = {}  # claim id -> the subject id it was moved to, alone

    def of(self, c: Claim) -> str:
        return self.owner[self.moved.get(c.id, c.subject.id)]

    def join(self, ra: str, rb: str) -> bool:
        """Join two kept subjects unless they are two named events or sessions, one article
        dates them to two days, or they happened to two patients."""
        held = self.held
        if ra == rb or _named(ra) and _named(rb) or _days_clash(held[ra], held[rb]) \
                or _patients_clash(held[ra], held[rb]):
            return False
        keep, gone = sorted((ra, rb), key=lambda sid: _prefer(sid, held))
        held[keep].extend(held.pop(gone))
        for sid in self.ids[gone]:
            self.owner[sid] = keep
        self.ids[keep].extend(self.ids.pop(gone))
        return True

    def move(self, c: Claim, target: str) -> bool:
        """Move one claim to another subject when its own subject's join is refused: the
        claim's moment is the evidence, not the rest of its subject (a main event of another
        article two days on). Only a claim its article gives alone to a subject other articles
        hold, and one the target holds no other day of its article for."""
        own = self.of(c)
        found = self.held[own]
        if own == target or _named(own) or len({x.source for x in found}) < 2 \
                or sum(1 for x in found if x.source == c.source) > 1:
            return False
        if _days_clash(self.held[target], [c]) or _patients_clash(self.held[target], [c]):
            return False
        found.remove(c)
        self.held[target].append(c)
        self.moved[c.id] = target
        return True

    def rename(self) -> None:
        for keep, found in self.held.items():
            label = next(c.subject.label for c in found if c.subject.id == keep)
            for c in found:
                c.subject.id, c.subject.label = keep, label


def join_moments(claims: list[Claim]) -> None:
    """Join the subjects of occurrences in two articles of one story dated to one moment
    written in two zones, and a day written in the reader's zone to the story's happening a
    day away (module docstring)."""
    timed: dict[int, list[tuple[datetime, Claim]]] = defaultdict(list)
    zoned_days: list[Claim] = []
    for c in claims:
        if not _candidate(c):
            continue
        if (at := _instant(c)) is not None:
            timed[at.minute].append((at, c))
        elif _day(c) is not None and _zone(c) not in (None, "local"):
            zoned_days.append(c)
    if not timed and not zoned_days:
        return
    names = names_by_source(claims)
    subjects = _Subjects(claims)
    for minute in sorted(timed):
        block = sorted(timed[minute], key=lambda it: (it[1].source, it[1].id))
        if len(block) > MAX_BLOCK:
            continue
        for i, (ta, a) in enumerate(block):
            for tb, b in block[i + 1:]:
                if a.source == b.source or not _one_story(names.get(a.source, set()), names.get(b.source, set())):
                    continue
                if (_zoned(a) or _zoned(b)) and _shifted(ta, tb):
                    ra, rb = subjects.of(a), subjects.of(b)
                    if not subjects.join(ra, rb) and not subjects.move(b, ra):
                        subjects.move(a, rb)
    if zoned_days:
        _join_zoned_days(zoned_days, subjects, names)
    subjects.rename()


def _day(c: Claim) -> date | None:
    w = c.when
    if w is None or w.granularity not in {"day", "time"} or w.start is None or w.start != w.end:
        return None
    return w.start


def _join_zoned_days(zoned: list[Claim], subjects: _Subjects, names: dict[str, set[str]]) -> None:
    """A day written in a named zone ("late on Monday, Chilean time", "on the 15th, Japan
    time"): the writer turns the story's happening into the reader's zone. An occurrence so
    dated whose subject no other article holds joins the subject of the story spanning most
    articles (one other at least, no tie: two lone happenings a day away are no evidence of
    which; two at least for a written hour, a round one the moments left alone) with a
    day-precise date on that day or a day away.
    Blocks: the day."""
    by_day: dict[date, set[str]] = defaultdict(set)  # day -> kept subjects with a day-precise date
    for sid, found in subjects.held.items():
        for c in found:
            if (d := _day(c)) is not None:
                by_day[d].add(sid)
    for c in sorted(zoned, key=lambda c: c.id):
        own = subjects.of(c)
        if {x.source for x in subjects.held[own]} != {c.source} or c.modality != "reported":
            continue  # a subject other articles hold already, or a plan
        day = _day(c)
        assert day is not None
        near = {sid for d in (day - ONE_DAY, day, day + ONE_DAY) for sid in by_day.get(d, ())}
        near = {subjects.owner[sid] for sid in near if sid in subjects.owner} - {own}
        ranked = sorted(((len({x.source for x in subjects.held[sid]}), sid) for sid in near if sid in subjects.held),
                        reverse=True)
        if c.when is not None and c.when.granularity == "time" and ranked and ranked[0][0] < 2:
            continue  # a round hour the moments left alone ("22:00 GMT"): only a story's wide happening
        if not ranked or len(ranked) > 1 and ranked[1][0] == ranked[0][0]:
            continue
        target = ranked[0][1]
        days = {d for x in subjects.held[target] if (d := _day(x)) is not None} | {day}
        if (max(days) - min(days)).days > 1:
            continue  # the happening's days already differ: a day more is no evidence of which
        if any(_one_story(names.get(c.source, set()), names.get(x.source, set())) for x in subjects.held[target]):
            subjects.join(target, own)


def _prefer(sid: str, held: dict[str, list[Claim]]) -> tuple[int, int, str]:
    """The subject a joined pair keeps: a named event or session, else the larger, else the smaller id."""
    return (0 if _named(sid) else 1, -len(held[sid]), sid)
