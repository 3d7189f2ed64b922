"""A day written in a named time zone that no event of the article carries.

A writer who dates something "early on Tuesday, Thai time", "late on Wednesday, German time"
or "early on Wednesday (AEST)" is turning the story's happening into the reader's zone: the
zone is written because the happening took place elsewhere. Such a day is often read by no
event mention (the verb is a speech verb or an open one: "announced its bankruptcy", "rejected
his appeal", "released its decision", "the winner was announced"). Each becomes an occurrence
claim of its own lone subject (``event:zoned~<source>-<offset>``), which the moments pass
(`moments._join_zoned_days`) joins to the story's happening a day away or on that day, when
another article tells one and no other ties with it: the date rule then reads the two days as
one moment in two zones. Not read: "local time" (the happening's own zone: no turn to the reader's), a day
wider than a day, a day some occurrence of the article already carries.
"""

from __future__ import annotations

from ..frames import Document, Draft
from ..models import Span
from .moments import _ZONE

PREDICATE = "occur"
SUBJECT = "event:zoned~"


def zoned_day_drafts(doc: Document, taken: set[Span]) -> list[Draft]:
    """One occurrence draft per day written with a named zone that no claim in ``taken``
    (the spans of the dates the article's occurrences carry) reads."""
    drafts: list[Draft] = []
    for s in doc.sentences.values():
        for t in s.timexes:
            if t.start is None or t.start != t.end or t.granularity not in ("day", "time") or t.span in taken:
                continue
            m = _ZONE.match(doc.text, t.span[1])
            if m is None or (m.group("named") or "").lower() == "local" or m.end() > s.span[1]:
                continue
            drafts.append(Draft(
                sentence=s, predicate=PREDICATE, facet="occurrence",
                subject_id=f"{SUBJECT}{doc.source.id}-{t.span[0]}", subject_label="happening (day in a named zone)",
                subject_text=None, subject_span=None, when=t, modality=doc.modality(s, t.span[0], t),
            ))
    return drafts
