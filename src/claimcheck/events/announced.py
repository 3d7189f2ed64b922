"""When an event was made public: "X has been brought back as coach, the club announced on
Monday", "The league on Tuesday said its old coach had agreed to return as manager".

An event mention whose own clause gives no time takes the day of the statement that
reports it: a verb of stating (``resources/events/announced.yaml``) with a day-precise
time right next to it ("said on Tuesday", "on Tuesday said", "On Friday, the club
confirmed"), and the mention inside that statement: after the verb in the same clause
(what was said), or before ", <speaker> announced" at the end of the mention's sentence.
The claim made of it has facet ``announced``: a statement may be repeated on another
day, so two such days disagree only as a tension (checks/date.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..models import Span, Timex
from ..resources import load_resource
from ..words import PhraseMatch
from .lexicon import Trigger

REACH = 160  # characters between the statement's verb and the mention it reports
# ", the club announced": the speaker after the mention's clause, a few words long
_SPEAKER_TAIL = re.compile(r",\s+(?:[\w’'.-]+\s+){1,4}$")
_NEXT_TO = re.compile(r"\s+(?:on\s+)?")  # "said on Tuesday", "announced Monday night"
# "X on Tuesday said" (nothing between), "On Friday, the club said" (a fronted day and its subject)
_FRONT = re.compile(r"\s+|,\s+(?:[\w’'.-]+\s+){1,4}")


class AnnouncedExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    published: str
    day: str | None


class AnnouncedTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    verbs: list[str] = Field(min_length=1)
    examples: list[AnnouncedExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> AnnouncedTable:
    return load_resource("events/announced.yaml", AnnouncedTable)


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(sorted(table().verbs, key=len, reverse=True)) + r")\b")


_BOUNDS = frozenset({"ON_OR_AFTER", "AFTER", "START", "BEFORE", "ON_OR_BEFORE"})


def _one_day(t: Timex) -> bool:
    return t.type in {"DATE", "TIME"} and t.start is not None and t.start == t.end and t.mod not in _BOUNDS


def _day_of(text: str, verb: re.Match[str], times: list[Timex], sent: Span) -> Timex | None:
    """The day written right next to a verb of stating."""
    for t in times:
        if not _one_day(t):
            continue
        if t.span[0] >= verb.end() and _NEXT_TO.fullmatch(text, verb.end(), t.span[0]):
            return t
        if t.span[1] <= verb.start() and _FRONT.fullmatch(text, t.span[1], verb.start()):
            if text[t.span[1]:verb.start()].startswith(",") and len(text[sent[0]:t.span[0]].split()) > 1:
                continue  # a day with a comma after it dates the verb only when it opens the sentence
            return t
    return None


def announced(text: str, sent: Span, clause: Span, trig: PhraseMatch[Trigger], times: list[Timex]) -> Timex | None:
    """The day the statement reporting this mention was made, if written next to it."""
    best: tuple[int, Timex] | None = None
    for v in _verbs().finditer(text, clause[0], clause[1]):  # a statement of the mention's own clause
        if v.start() >= trig.end:  # "..., the club announced on Monday"
            gap = v.start() - trig.end
            if gap > REACH or not _SPEAKER_TAIL.search(text, trig.end, v.start()):
                continue
        elif v.end() <= trig.start:  # "the club said on Monday that it had sacked ..."
            gap = trig.start - v.end()
            if gap > REACH:
                continue
        else:
            continue
        day = _day_of(text, v, times, sent)
        if day is not None and (best is None or gap < best[0]):
            best = (gap, day)
    return best[1] if best else None
