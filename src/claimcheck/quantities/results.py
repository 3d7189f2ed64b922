"""Results of a race or timed performance: the time a named performer finished in ("Lena
Okafor won the marathon in 2:21:09", "crossed the line in 9.58 seconds", "finished in 2 hours
1 minute 9 seconds") and the place they finished ("finished third", "came second").

Claims: subject ``result:<performer>`` (facet ``finish-time``, value type ``duration``: the
seconds, as a string, written precision kept in ``topic`` as ``digits:<n>``) and
``placing:<performer>`` (facet ``placing``, value type ``ordinal``). The performer is the
capitalised name (one to three words) right before the verb. A result of a round before the
final ("won her heat", "in the semi-final") carries ``round:preliminary`` in ``topic``: never
held against the final's. Words in ``quantities/results.yaml``; compared by checks/result.py.
"""

from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..frames import to_when
from ..models import Claim, ClaimValue, Source, Span, SubjectRef, Timex
from ..resources import load_resource
from ..segment import Cue, sentences_meeting
from ..words import alternation
from .scores import day_in_sentence, side_slug

RESULT = "result:"
PLACING = "placing:"


class ResultExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    who: str | None
    seconds: float | None = None
    place: int | None = None
    preliminary: bool = False


class ResultTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    time_verbs: list[str] = Field(min_length=1)
    time_leads: list[str] = Field(min_length=1)
    place_verbs: list[str] = Field(min_length=1)
    preliminary: list[str]
    examples: list[ResultExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> ResultTable:
    return load_resource("quantities/results.yaml", ResultTable)


_WHO = r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})"
_HMS = r"(?P<h>\d{1,2}):(?P<m>[0-5]\d):(?P<s>[0-5]\d(?:\.\d+)?)"
_MS = r"(?P<m2>\d{1,2}):(?P<s2>[0-5]\d\.\d+)"
_SEC = r"(?P<sec>\d{1,3}\.\d{1,3})\s*(?:seconds|secs?|s)\b"
_WORDS = (r"(?P<wh>\d{1,2})\s*(?:hours?|hrs?|h)\s*,?\s*(?P<wm>\d{1,2})\s*(?:minutes?|mins?|m)\b"
          r"(?:\s*(?:and\s+)?(?P<ws>\d{1,2}(?:\.\d+)?)\s*(?:seconds?|secs?|s)\b)?")
_ORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
         "ninth": 9, "tenth": 10}
_OPENERS = frozenset({"The", "A", "An", "It", "On", "In", "At", "But", "And", "He", "She", "They", "After", "Then",
                      "When", "While", "Last", "This"})


@lru_cache(maxsize=1)
def _res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    t = table()
    # not a clock time ("at 9.30 p.m."), nor a gap to another ("2.5 seconds behind")
    time = rf"(?:{_HMS}|{_MS}|{_SEC}|{_WORDS})(?!\s*(?:a\.?m|p\.?m|behind|ahead|clear|back|adrift|slower|faster|off)\b)"
    timed = re.compile(
        rf"{_WHO}\s+(?:(?:also|then|easily|comfortably|narrowly)\s+)?(?P<verb>{alternation(t.time_verbs, any_space=True)})\b"
        rf"(?:(?P<mid>[^.;:!?]{{0,60}}?)(?<![\w])(?:{alternation(t.time_leads, any_space=True)})\s+|\s+){time}")
    placed = re.compile(
        rf"{_WHO}\s+(?P<verb>{alternation(t.place_verbs, any_space=True)})\s+(?P<o>{alternation(list(_ORDS))}|\d{{1,2}}(?:st|nd|rd|th))\b")
    prelim = re.compile(rf"\b(?:{alternation(t.preliminary, any_space=True)})\b", re.IGNORECASE)
    return timed, placed, prelim


def _seconds(m: re.Match[str]) -> tuple[float, int] | None:
    """The time in seconds and the digits written after a decimal point."""
    g = m.groupdict()
    if g.get("h"):
        s = g["s"]
        return int(g["h"]) * 3600 + int(g["m"]) * 60 + float(s), len(s.partition(".")[2])
    if g.get("m2"):
        return int(g["m2"]) * 60 + float(g["s2"]), len(g["s2"].partition(".")[2])
    if g.get("sec"):
        return float(g["sec"]), len(g["sec"].partition(".")[2])
    if g.get("wh"):
        ws = g.get("ws") or "0"
        return int(g["wh"]) * 3600 + int(g["wm"]) * 60 + float(ws), len(ws.partition(".")[2]) if g.get("ws") else -1
    return None


def _who(name: str) -> str | None:
    """The performer's name without the words that open a sentence, nor a possessive country
    before it ("Ireland's Alistair Cragg" is Alistair Cragg)."""
    words = name.split()
    while words and words[0] in _OPENERS:
        words.pop(0)
    for i, w in enumerate(words[:-1]):
        if w.endswith(("'s", "’s")):
            words = words[i + 1:]
            break
    return " ".join(words) or None


def read(sentence: str) -> list[tuple[str, str, float | int, int, bool, tuple[int, int]]]:
    """(kind "time"/"place", performer, value, digits, preliminary round, span) of each result of
    one sentence."""
    # cheap gates first: most sentences have neither a written time nor a placing verb
    has_time = ("second" in sentence or "sec" in sentence or ":" in sentence or "hour" in sentence
                or "hr" in sentence) and any(c.isdigit() for c in sentence)
    has_place = " came " in sentence or " finished " in sentence or " placed " in sentence \
        or " crossed the line " in sentence
    if not has_time and not has_place:
        return []
    timed, placed, prelim = _res()
    out = []
    for m in timed.finditer(sentence) if has_time else ():
        who = _who(m.group("who"))
        sec = _seconds(m)
        if who is None or sec is None or re.search(r"\b(?:at|by|until|from)\s*$", m.group("mid") or ""):
            continue
        clause_end = min([i for i in (sentence.find(",", m.end()), sentence.find(";", m.end())) if i >= 0] or [len(sentence)])
        pre = prelim.search(sentence, m.start("verb"), clause_end) is not None
        out.append(("time", who, sec[0], sec[1], pre, (m.start(), m.end())))
    for m in placed.finditer(sentence) if has_place else ():
        who = _who(m.group("who"))
        o = m.group("o").lower()
        n = _ORDS.get(o) or int(o[:-2])
        if who is None:
            continue
        clause_end = min([i for i in (sentence.find(",", m.end()), sentence.find(";", m.end())) if i >= 0] or [len(sentence)])
        pre = prelim.search(sentence, m.start("verb"), clause_end) is not None
        out.append(("place", who, n, 0, pre, (m.start(), m.end())))
    return out


# a written time holds a digit; a placing has one of the verbs ``read`` looks for (" came ", ...)
CUE = Cue(words=frozenset({"came", "finished", "placed", "crossed"}), number=True)


def result_claims(source: Source, timexes: list[Timex], sentences: list[tuple[int, Span]] | None = None) -> list[Claim]:
    """The results of ``sentences`` (by default every sentence that meets ``CUE``)."""
    out: list[Claim] = []
    text = source.text
    times = sorted(timexes, key=lambda t: t.span)
    starts = [t.span[0] for t in times]
    for _, (s, e) in sentences_meeting(source, CUE) if sentences is None else sentences:
        for kind, who, value, digits, pre, (a, b) in read(text[s:e]):
            slug = side_slug(who)
            if not slug:
                continue
            sid = (RESULT if kind == "time" else PLACING) + slug
            when = day_in_sentence(times, starts, s, e)
            cid = "c-" + hashlib.sha1(f"{source.id}|{kind}|{sid}|{s}|{a}".encode()).hexdigest()[:12]
            topic = (f"digits:{digits}",) + (("round:preliminary",) if pre else ())
            out.append(Claim(
                id=cid, source=source.id, span=(s, e), quote=text[s:e], predicate="finish-time" if kind == "time" else "placing",
                subject=SubjectRef(id=sid, label=f"{who}'s {'finishing time' if kind == 'time' else 'placing'}"),
                value=ClaimValue(type="duration" if kind == "time" else "ordinal", value=value,
                                 text=text[s + a:s + b], span=(s + a, s + b)),
                when=to_when(when) if when is not None else None, timex=when, modality="reported",
                facet="finish-time" if kind == "time" else "placing", topic=topic,
            ))
    return out


__all__ = ["PLACING", "RESULT", "read", "result_claims", "table"]
