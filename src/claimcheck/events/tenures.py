"""When a person took the post they hold: "since <date>" told of a named person's post.

"Maren Dahl, chief executive since 2019", "Dahl, who had been transport minister since 2023",
"Dahl had run the company since March 2017", "Dahl, who had held the post since January
2025": the start of the person's tenure, a claim keyed ``tenure:<person>`` of facet ``began``,
so two articles that start one tenure in two years meet and the date rule compares them
(one start: two years disagree; a month inside its year agrees).

Read only in one shape each (`resources/events/tenures.yaml`): the person's name, then
(a) an apposition of a post ("<name>, [the] ... <post> since"), (b) "who had/has been [the]
... <post> since", (c) "[who] had/has <holding verb> ... since" (run, led, headed, chaired,
"held the post"). Not a membership or a place ("has sat on the board since 2014", "has lived
in Oslo since"), not a former or acting post ("former", "interim": `not_words`), not a list
or another clause between the name and "since" (a comma or a clause word). A person whose
start one article gives twice, differently ("has sat on the board since 2014 and has chaired
it since 2018" read twice), has no claim there: two posts. Gated on the word "since": one
look-up in the article's word index.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..models import Claim, Mention, Source, SubjectRef, Timex
from ..resources import load_resource
from ..words import Words


class TenureExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    person: str | None  # the person's name the start is told of, or none
    since: str | None = None  # the date as written


class TenureTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    posts: list[str] = Field(min_length=1)  # last words of a post ("minister", "chief executive")
    holding: list[str] = Field(min_length=1)  # past participles of holding a post ("run", "led")
    held_nouns: list[str] = Field(min_length=1)  # "held the post": the noun standing for the post
    in_post: list[str] = Field(min_length=1)  # "has been at the helm", "in the job": holding a post
    not_words: list[str] = Field(default_factory=list)  # words between that make it no tenure held now
    examples: list[TenureExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> TenureTable:
    return load_resource("events/tenures.yaml", TenureTable)


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _between() -> re.Pattern[str]:
    """What may stand between the name and "since" (module docstring), anchored at both ends."""
    t = table()
    post = rf"(?:[\w’'-]+\s+){{0,4}}?(?:{_alt(t.posts)})"
    det = r"(?:(?:the|a|an|its|their|his|her)\s+)?"
    aux = r"(?:had|has|have)\s+(?:also\s+)?"
    age = r"(?:,\s+\d{1,3},)?"  # "Mercer-Hale, 54, had led"
    return re.compile(
        rf"{age}(?:,\s+{det}{post}"  # (a) ", chief executive"
        rf"|(?:,\s+who)?\s+{aux}been\s+(?:{det}(?:[\w’'-]+\s+){{0,2}}?{post}"  # (b) "who had been ... minister"
        rf"|(?:{_alt(t.in_post)})(?:\s+(?!since\b)[\w’'-]+){{0,4}})"  # "has been at the helm of the bank"
        rf"|(?:,\s+who)?\s+{aux}(?:held\s+(?:the|that|this|his|her|its)\s+(?:{_alt(t.held_nouns)})"  # (c)
        rf"|(?:{_alt(t.holding)})(?:\s+(?!since\b)[\w’'-]+){{0,4}}))\s+",
        re.IGNORECASE)


_SINCE = "since"
NAME_REACH = 90  # characters from the name's end to "since"


def tenure_claims(source: Source, words: Words, mentions: list[Mention], timexes: list[Timex]) -> list[Claim]:
    """The tenure starts of the article (module docstring)."""
    at = words.where().get(_SINCE, ())
    if not at:
        return []
    text = source.text
    persons = sorted((m for m in mentions if m.kind == "person" and m.entity), key=lambda m: m.span)
    if not persons:
        return []
    ends = [m.span[1] for m in persons]
    dates = sorted((t for t in timexes if t.type == "DATE" and t.start is not None
                    and t.granularity in ("year", "month", "day")), key=lambda t: t.span)
    starts = [t.span[0] for t in dates]
    sentences = source.sentences
    sstarts = [s for s, _ in sentences]
    not_words = frozenset(w.lower() for w in table().not_words)
    found: dict[str, list[Claim]] = {}
    for i in at:
        since_start, since_end = words.starts[i], words.ends[i]
        k = bisect.bisect_left(starts, since_end)
        if k >= len(dates) or text[since_end:dates[k].span[0]].strip():
            continue  # "since" and a date right after it
        t = dates[k]
        n = bisect.bisect_right(sstarts, since_start) - 1
        if n < 0 or t.span[1] > sentences[n][1]:
            continue
        p = bisect.bisect_right(ends, since_start) - 1
        if p < 0 or persons[p].span[0] < sentences[n][0] or since_start - persons[p].span[1] > NAME_REACH:
            continue
        m = persons[p]
        between = text[m.span[1]:since_start]
        if _between().fullmatch(between) is None or not_words & set(re.findall(r"[a-z]+", between.lower())):
            continue
        key = f"tenure:{m.entity.split(':', 1)[-1]}"  # type: ignore[union-attr]
        s, e = m.span[0], t.span[1]
        cid = "c-" + hashlib.sha1(f"{source.id}|tenure|{key}|{s}|{t.span[0]}".encode()).hexdigest()[:12]
        from ..frames import to_when

        found.setdefault(key, []).append(Claim(
            id=cid, source=source.id, span=(s, e), quote=text[s:e], predicate="began",
            subject=SubjectRef(id=key, label=f"tenure of {m.label or m.text}", text=m.text, span=m.span),
            when=to_when(t), timex=t, modality="reported", facet="began",
        ))
    # one person given two different starts in one article holds two posts: no claim
    return [c for cs in found.values() if len({c.when.value for c in cs if c.when}) == 1 for c in cs]


__all__ = ["tenure_claims", "table"]
