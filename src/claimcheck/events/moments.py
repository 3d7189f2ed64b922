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

Kept apart: two events one article dates to different days (a writer does not contradict
himself: the eruption on Sunday, the blast on Monday), two subjects of two named events or
two numbered sessions, two patients, articles of two stories (each naming people, bodies or
places, few of them in common: `main_events.one_story`'s test). Blocks: the minute of the hour.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime

from ..keys import parse
from ..models import Claim
from ..story_names import names_by_source
from .main_events import MIN_NAMES, MIN_OVERLAP
from .occurrence_groups import clock_of

MAX_SHIFT = 14  # hours: the widest offset between two time zones
MAX_BLOCK = 40  # clock claims per minute of the hour: more says nothing about one moment
# a zone written with the clock time: "GMT", "UTC", "CET", "Atlantic time", "local time"
_ZONE = re.compile(r"[\s,]*\(?\s*(?:(?-i:[A-Z]{2,4}T|GMT|UTC)\b|(?:[A-Z][a-z]+|[A-Z]{2,3}|local)\s+time\b)")


def _zoned(c: Claim) -> bool:
    """The clock time is written with its zone ("18:16 UTC", "1:40 p.m. Atlantic time")."""
    w = c.when
    if w is None:
        return False
    if _ZONE.search(w.text):
        return True
    lo = w.span[1] - c.span[0]
    return 0 <= lo <= len(c.quote) and _ZONE.match(c.quote, lo) is not None


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


def join_moments(claims: list[Claim]) -> None:
    """Join the subjects of occurrences in two articles of one story dated to one moment
    written in two zones (module docstring)."""
    timed: dict[int, list[tuple[datetime, Claim]]] = defaultdict(list)
    for c in claims:
        if _candidate(c) and (at := _instant(c)) is not None:
            timed[at.minute].append((at, c))
    if not timed:
        return
    names = names_by_source(claims)
    held: dict[str, list[Claim]] = defaultdict(list)  # kept subject id -> the claims it holds
    for c in claims:
        if _candidate(c):
            held[c.subject.id].append(c)
    owner = {sid: sid for sid in held}  # subject id -> the subject id its cluster keeps
    ids = {sid: [sid] for sid in held}  # kept subject id -> the subject ids it stands for
    for minute in sorted(timed):
        block = sorted(timed[minute], key=lambda it: (it[1].source, it[1].id))
        if len(block) > MAX_BLOCK:
            continue
        for i, (ta, a) in enumerate(block):
            for tb, b in block[i + 1:]:
                if a.source == b.source or not _one_story(names.get(a.source, set()), names.get(b.source, set())):
                    continue
                if not (_zoned(a) or _zoned(b)) or not _shifted(ta, tb):
                    continue
                ra, rb = owner[a.subject.id], owner[b.subject.id]
                if ra == rb or _named(ra) and _named(rb) or _days_clash(held[ra], held[rb]) \
                        or _patients_clash(held[ra], held[rb]):
                    continue
                keep, gone = sorted((ra, rb), key=lambda sid: _prefer(sid, held))
                held[keep].extend(held.pop(gone))
                for sid in ids[gone]:
                    owner[sid] = keep
                ids[keep].extend(ids.pop(gone))
    for keep, found in held.items():
        label = next(c.subject.label for c in found if c.subject.id == keep)
        for c in found:
            c.subject.id, c.subject.label = keep, label


def _prefer(sid: str, held: dict[str, list[Claim]]) -> tuple[int, int, str]:
    """The subject a joined pair keeps: a named event or session, else the larger, else the smaller id."""
    return (0 if _named(sid) else 1, -len(held[sid]), sid)
