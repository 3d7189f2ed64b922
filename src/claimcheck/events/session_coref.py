"""Sessions of a series across documents, before occurrences are grouped (`group.group`).

- Two numbered sessions of one series ("series:x#7", "series:x#8") stated on the same day
  (a day apart for a time zone) and in no two different places are one occurrence
  numbered two ways: they become one subject, so the ordinal rule sees two numbers for
  one session and the date and place rules compare everything said about it. Heads whose
  sessions run several a day ("round", "plenary") are left apart.
- A series named without its ordinal ("the Nordic Rail Forum") in an article that gives no
  number is keyed by its date as a session of the series another article numbers.
- A bare definite head ("the forum" in an article that names no series) joins the one
  numbered session of the corpus whose series has that head and which is stated on the
  same day; common heads ("the meeting", "the talks") never do.
Candidates are blocked by (series, day) and (head, day): never all pairs.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta

from ..keys import OccurrenceKey, SubjectKey, named, parse
from ..models import Claim
from .sessions import MAX_NAME_WORDS, session_slug as slug, tables

_DEFINITE = re.compile(r"\b(?:the|this)\s+$", re.IGNORECASE)


def _day(c: Claim) -> date | None:
    w = c.when
    if w is None or w.granularity not in ("day", "time") or w.start is None or w.start != w.end:
        return None
    return w.start


def _numbered(sid: str) -> OccurrenceKey | None:
    """The key of a numbered session of a series (``series:x#7``), else None."""
    key = parse(sid)
    return key if isinstance(key, OccurrenceKey) and key.kind == "series" and key.number is not None else None


def join_sessions(claims: list[Claim]) -> None:
    """Rename the subjects of claims that name one occurrence (module docstring)."""
    occurrences = [c for c in claims if c.facet == "occurrence"]
    numbered: dict[str, list[Claim]] = defaultdict(list)
    for c in occurrences:
        if _numbered(c.subject.id) is not None:
            numbered[c.subject.id].append(c)
    if not numbered:
        return
    _named_without_ordinal(occurrences, {parse(sid).base for sid in numbered})
    rename = _same_occurrence(numbered)
    for c in claims:
        if c.subject.id in rename:
            c.subject.id, c.subject.label = rename[c.subject.id]
    _bare_heads(occurrences)


def _named_without_ordinal(occurrences: list[Claim], series: set[SubjectKey]) -> None:
    """"The Nordic Rail Forum" in an article that gives no number is a session of the series
    another article numbers: keyed by its date, so it joins the numbered session it overlaps."""
    for c in occurrences:
        if not c.subject.id.startswith("event:"):
            continue
        base: SubjectKey | None = named("series", parse(c.subject.id).name)
        if c.subject.id == f"event:{c.event_type}" or base not in series:
            base = _series_written_before(c, series)
        if base is not None and base in series and c.when is not None and c.when.start is not None:
            key = c.when.value.split("/")[0][:10]
            c.subject.id, c.subject.label = base.at(key).render(), f"{c.subject.label} ({key})"


_NAME_WORD = re.compile(r"[\w’'-]+")


def _series_written_before(c: Claim, series: set[SubjectKey]) -> SubjectKey | None:
    """"held a trilateral rail dialogue": the words before an event noun, in any case, that
    with the noun spell a series another article numbers (longest first)."""
    if c.subject.span is None or not c.subject.text:
        return None
    lead = c.quote[: max(0, c.subject.span[0] - c.span[0])]
    words = _NAME_WORD.findall(lead)[-MAX_NAME_WORDS:]
    head = c.subject.text.lower().split()
    for n in range(len(words), 0, -1):
        base = named("series", slug(words[-n:] + head))
        if base in series:
            return base
    return None


def _number(sid: str) -> int:
    key = _numbered(sid)
    assert key is not None and key.number is not None  # only numbered sessions come here
    return key.number


def _same_occurrence(numbered: dict[str, list[Claim]]) -> dict[str, tuple[str, str]]:
    several = tables().several_a_day
    by_day: dict[tuple[str, date], set[str]] = defaultdict(set)
    places: dict[str, set[str]] = {}
    for sid in sorted(numbered):
        series = parse(sid).base
        base = series.render()
        places[sid] = {c.where.entity for c in numbered[sid] if c.where is not None}
        if series.head in several:
            continue
        for c in numbered[sid]:
            if (d := _day(c)) is not None:
                by_day[(base, d)].add(sid)
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for (base, d), sids in sorted(by_day.items()):
        near = sorted(sids | by_day.get((base, d - timedelta(days=1)), set()))
        for a in near:
            for b in near:
                ra, rb = find(a), find(b)
                if ra == rb or _number(a) == _number(b):
                    continue
                pa, pb = places[ra], places[rb]
                if pa and pb and not pa & pb:
                    continue  # two places: two occurrences on one day
                lo, hi = sorted((ra, rb), key=lambda s: (_number(s), s))
                parent[hi] = lo
                places[lo] = pa | pb
    out: dict[str, tuple[str, str]] = {}
    for sid in parent:
        root = find(sid)
        out[sid] = (root, numbered[root][0].subject.label)
    return out


def _bare_heads(occurrences: list[Claim]) -> None:
    generic = tables().generic
    by_head: dict[tuple[str, date], set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for c in occurrences:
        key = _numbered(c.subject.id)
        if key is not None and (d := _day(c)) is not None:
            by_head[(key.of.head, d)].add(c.subject.id)
            labels[c.subject.id] = c.subject.label
    for c in occurrences:
        text = (c.subject.text or "").strip()
        if not c.subject.id.startswith("event:") or " " in text or not text or c.subject.span is None:
            continue
        head = text.lower()
        d = _day(c)
        if head in generic or d is None:
            continue
        lead = c.quote[:max(0, c.subject.span[0] - c.span[0])]
        if not _DEFINITE.search(lead[-12:]):
            continue
        found = by_head.get((head, d), set()) | by_head.get((head, d - timedelta(days=1)), set()) \
            | by_head.get((head, d + timedelta(days=1)), set())
        if len(found) == 1:
            sid = next(iter(found))
            c.subject.id, c.subject.label = sid, labels[sid]
