"""Event phrases of a sentence for the occurrence frames: a series session read from its
ordinal ("the ninth Nordic Rail Forum", "the fourth flight of the X"), a named event or
series from the entity mentions, an event noun with its qualifier ("the trilateral
summit"), a known series named before a generic noun ("the NATO summit"). Read from the
shared word scan, the sentence's time expressions and mentions; nothing is tagged again."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..entities.lexicon import lexicon as names_lexicon
from ..frames import Sentence
from ..keys import EntityKey, parse
from ..models import Mention, Span
from ..words import Words, scan
from .event_series import find_event_sessions
from .lexicon import not_head, noun_not_event
from .nouns import noun_grammar, typed_events
from .sessions import SessionPhrase, find_sessions as find_meeting_sessions, nth_in_apposition, session_slug, tables as session_tables, word_ordinal

OCCURRENCE_KINDS = {"series", "event"}
PLACE_KINDS = {"place", "country"}


@dataclass
class EventPhrase:
    span: Span
    text: str
    type: str  # e.g. trilateral-summit
    entity: str | None  # a named event or series the phrase is part of
    ordinal: int | None = None
    ordinal_span: Span | None = None
    label: str | None = None


def find_sessions(text: str, words: Words, lo: int, hi: int) -> list[SessionPhrase]:
    """Numbered sessions of a series among words ``lo..hi`` of one sentence: meetings ("the 9th
    X forum") and owned events ("the fourth flight of the X", "its fifth launch")."""
    meetings = find_meeting_sessions(text, words, lo, hi)
    if lo >= hi:
        return meetings
    owned = [sp for sp in find_event_sessions(text, words, lo, hi, words.starts[lo])
             if not any(m.span[0] < sp.span[1] and sp.span[0] < m.span[1] for m in meetings)]
    return sorted(meetings + owned, key=lambda sp: sp.span) if owned else meetings


def session_phrase(text: str, sp: SessionPhrase) -> EventPhrase:
    """A session of a series ("the seventh Nordic Rail Forum"); without a written name
    ("the first forum") its series is the one the article names with that head (`_refer`)."""
    etype = noun_grammar().noun_class.get(sp.noun, sp.noun)
    return EventPhrase(span=sp.span, text=text[sp.span[0]:sp.span[1]], type=etype, entity=sp.series or None,
                       ordinal=sp.ordinal, ordinal_span=sp.ordinal_span, label=sp.name)


def event_phrases(text: str, s: Sentence, names: list[Span] | None = None,
                   sessions: list[SessionPhrase] | None = None) -> list[EventPhrase]:
    """``names``: sorted spans of time expressions and proper names, inside which an event
    noun names no event ("OSLO, March 11", "the Fire Brigade")."""
    phrases: list[EventPhrase] = []
    words = scan(text)
    offset, hi = words.index_range(s.span[0], s.span[1])
    if sessions is None:
        sessions = find_sessions(text, words, offset, hi)
    # a session read from its ordinal wins over a name mention inside it without one
    occupied = [m for m in s.mentions if m.kind in OCCURRENCE_KINDS and not any(
        (m.ordinal is None and sp.span[0] <= m.span[0] and m.span[1] <= sp.span[1]) or _meeting_of(m, sp)
        for sp in sessions)]
    for sp in sessions:
        if not any(m.span[0] < sp.span[1] and sp.span[0] < m.span[1] for m in occupied):
            phrase = session_phrase(text, sp)
            known = next((m for m in s.mentions if m.kind == "series" and m.entity and m.ordinal is None
                          and sp.span[0] <= m.span[0] and m.span[1] <= sp.span[1]), None)
            if known is not None:  # "the twenty-first Shangri-La Dialogue": a known series, its id
                phrase.entity, phrase.label = known.entity, known.label or known.text
            phrases.append(phrase)
    phrases += _numbered_bodies(text, words, s, offset, phrases)
    taken = occupied + [p for p in phrases]  # spans a typed event noun must not overlap
    for m in occupied:
        typed = typed_events(words, *words.index_range(*m.span))
        etype = typed[0][3] if typed else m.kind
        label = m.label or m.text
        span, entity, ordinal, ordinal_span = m.span, m.entity, m.ordinal, m.ordinal_span
        if ordinal is None and entity and (before := word_ordinal_before(text, words, m.span[0], offset)):
            # "the tenth CFD", "the twenty-first Harbour Games": a word ordinal before a series' name
            ordinal, ordinal_span = before
            span, entity = (ordinal_span[0], m.span[1]), EntityKey("series", parse(entity).name).render()
        elif ordinal is None and entity and ((m.kind == "series" or _recurring(text, m))
                                             and (after := nth_time_after(text, m.span[1], s.span[1]))
                                             or (after := nth_in_apposition(text, m.span[1], s.span[1]))):
            # "Exercise Coral Reef, held for the third time, ...", "the Kestrel Bay Regatta, staged
            # for the fourth time": the series' third session
            ordinal, ordinal_span = after
            entity = EntityKey("series", parse(entity).name).render()
        phrases.append(EventPhrase(span=span, text=text[span[0]:span[1]], type=etype, entity=entity, ordinal=ordinal,
                                   ordinal_span=ordinal_span, label=label))
    for start, noun_end, noun_first, etype in typed_events(words, offset, hi):
        if any(m.span[0] <= start < m.span[1] or start <= m.span[0] < noun_end for m in taken):
            continue
        if noun_not_event(text, words, noun_first, words.starts[noun_first], noun_end, offset, names or []):
            continue
        if noun_end == words.ends[noun_first] and not_head(text, words, noun_first, noun_first):
            continue  # "the final whistle", "the decision is final": an adjective
        known = known_series(text, words, noun_first, noun_end, offset)
        if known is not None:
            entity, start, label = known
            phrases.append(EventPhrase(span=(start, noun_end), text=text[start:noun_end], type=etype, entity=entity,
                                       label=label))
            continue
        name = name_before(text, s, start)
        if name:  # "the Grammy ceremony", "the Harbour Cup final": the name says which event
            etype = f"{name}-{etype}"
        ordinal, ordinal_span = None, None
        if not name and words.lowers[noun_first] in session_tables().nouns \
                and (nth := nth_in_apposition(text, noun_end, s.span[1])) is not None:
            # "The meeting, the 14th since the treaty was signed, ended": a session numbered in
            # apposition (the article's series, or the story's: session_claims.refer_session)
            ordinal, ordinal_span = nth
        phrases.append(EventPhrase(span=(start, noun_end), text=text[start:noun_end], type=etype, entity=None,
                                   ordinal=ordinal, ordinal_span=ordinal_span))
    phrases.sort(key=lambda p: p.span)
    return phrases


def _recurring(text: str, m: Mention) -> bool:
    """A named event whose head names a recurring series ("the Kestrel Bay Regatta", "the Lumen
    Film Festival": `sessions.yaml` nouns and competitions), which "held for the Nth time" numbers."""
    t = session_tables()
    head = text[m.span[0]:m.span[1]].rsplit(None, 1)[-1].lower()
    return m.kind == "event" and (head in t.nouns or head in t.competitions)


def _meeting_of(m: Mention, sp: SessionPhrase) -> bool:
    """A numbered name mention that is a meeting of the body after "of" ("the 36th Plenary of
    the X Forum"): the session phrase, which names the body's series, wins over it."""
    return m.ordinal is not None and m.ordinal_span == sp.ordinal_span and bool(sp.series) \
        and m.entity is not None and m.entity.startswith(f"series:{sp.noun}-of-")


def _numbered_bodies(text: str, words: Words, s: Sentence, lo: int, found: list[EventPhrase]) -> list[EventPhrase]:
    """"the sixth Titicaca Basin Committee": a word ordinal before a body whose head numbers
    its sessions (`words.yaml` `numbered_bodies`) makes a session of it, as "the 6th ..."
    does in the entity layer (which reads digit ordinals only)."""
    bodies = names_lexicon().numbered_bodies
    out: list[EventPhrase] = []
    for m in s.mentions:
        if m.kind != "org" or m.ordinal is not None or text[m.span[0]:m.span[1]].rsplit(None, 1)[-1].lower() not in bodies:
            continue
        before = word_ordinal_before(text, words, m.span[0], lo)
        if before is None or any(p.span[0] < m.span[1] and m.span[0] < p.span[1] for p in found):
            continue
        name = text[m.span[0]:m.span[1]]
        series = EntityKey("series", session_slug(name.split())).render()
        span = (before[1][0], m.span[1])
        out.append(EventPhrase(span=span, text=text[span[0]:span[1]], type=name.rsplit(None, 1)[-1].lower(),
                               entity=series, ordinal=before[0], ordinal_span=before[1], label=name))
    return out


# "X, held for the third time,": the verb of holding, then "for the Nth time" not counted
# within a place or a span ("for the third time in Oslo", "for the second time since 2019")
_NTH_TIME = re.compile(
    r"\s*,?\s*(?:(?:which|that)\s+(?:was|is|has\s+been)\s+|(?:was|is|being|now)\s+)?"
    r"(?:held|staged|hosted|organi[sz]ed|convened|run|taking\s+place|took\s+place|played|contested|meeting|met)"
    r"\s+for\s+the\s+(?P<n>[a-z]+(?:-[a-z]+)?|\d+(?:st|nd|rd|th))\s+time\b"
    r"(?!\s+(?:since|in|at|on|outside|abroad|this|that|ever|running|without|with|under|as)\b)", re.IGNORECASE)


def nth_time_after(text: str, end: int, limit: int) -> tuple[int, Span] | None:
    """The number in "X, held for the third time" right after a series' name (2 or more:
    "for the first time" says a first of its kind, read by the `first` frame)."""
    m = _NTH_TIME.match(text, end, limit)
    if m is None:
        return None
    word = m.group("n").lower()
    n = int(word[:-2]) if word[:1].isdigit() else session_tables().ordinals.get(word)
    return (n, m.span("n")) if n is not None and n >= 2 else None


def word_ordinal_before(text: str, words: Words, start: int, lo: int) -> tuple[int, Span] | None:
    """The ordinal word right before ``start`` ("tenth" in "the tenth CFD"), if any."""
    i = bisect.bisect_left(words.starts, start) - 1
    if i < lo or text[words.ends[i]:start].strip():
        return None
    return word_ordinal(words, text, i)


_NAME_BEFORE = re.compile(r"(?<![\w’'])((?:[A-Z][\w-]*[ \t]+){1,3})$")


def name_before(text: str, s: Sentence, start: int) -> str:
    """A capitalised name right before an event noun that is neither a place nor a time
    ("the Grammy ceremony", "the Golden Globes ceremony"; not "the Noto earthquake", "Sunday's
    ceremony", "The ceremony"): its slug, which makes the event's type its own."""
    m = _NAME_BEFORE.search(text, max(s.span[0], start - 40), start)
    if m is None:
        return ""
    from ..entities.lexicon import lexicon as names

    lex = names()
    words = m.group(1).split()
    lead = 0
    while lead < len(words) and words[lead].lower() in lex.stop:
        lead += 1  # "The Lumen ceremony": the article is no part of the name
    if lead == 0 and m.start(1) == s.span[0]:
        return ""  # a sentence's first word may be capitalised for its position only
    words = words[lead:]
    if not words or any(w.lower() in lex.stop or w.lower() in lex.calendar or w.lower() in lex.openers for w in words):
        return ""
    if any(mt.kind in PLACE_KINDS and mt.span[0] < start and m.start(1) < mt.span[1] for mt in s.mentions):
        return ""
    entry = lex.lookup(" ".join(words))
    if lex.heads.get(words[-1].lower()) in PLACE_KINDS or (entry is not None and entry.kind in PLACE_KINDS):
        return ""  # "the Noto Peninsula earthquake": where it happened, not which one
    return "".join(c if c.isalnum() else "" for c in "".join(w.lower() for w in words))


def place_in_name(text: str) -> str | None:
    """The place a named event's name holds ("the Lisbon Games" -> Lisbon), if any."""
    from ..entities.lexicon import lexicon as names

    lex = names()
    for word in re.findall(r"[A-Z][\w-]+", text):
        entry = lex.lookup(word)
        if entry is not None and entry.kind in PLACE_KINDS:
            return entry.id
    return None


def known_series(text: str, words: Words, first: int, end: int, floor: int) -> tuple[str, int, str] | None:
    """A known series named by the words before a generic event noun ("the NATO summit",
    "a G7 summit"): the name tables are case-blind where the mention finder needs capitals."""
    from ..entities.lexicon import lexicon as names

    for back in (3, 2, 1):
        j = first - back
        if j < floor:
            continue
        entry = names().lookup(text[words.starts[j]:end])
        if entry is not None and entry.kind in {"series", "event"}:
            return entry.id, words.starts[j], text[words.starts[j]:end]
    return None


def merge_parenthetical(phrases: list[EventPhrase], text: str) -> list[EventPhrase]:
    """"Security Meeting (DTT)", "21st Summit (Shangri-La Dialogue)": one phrase, one window."""
    out: list[EventPhrase] = []
    for p in phrases:
        if out and text[out[-1].span[1]:p.span[0]].strip() == "(" and (p.entity == out[-1].entity or p.entity):
            prev = out[-1]
            close = text.find(")", p.span[1], p.span[1] + 3)
            end = close + 1 if close != -1 else p.span[1]
            out[-1] = EventPhrase(span=(prev.span[0], end), text=text[prev.span[0]:end], type=prev.type,
                                  entity=prev.entity or p.entity, ordinal=prev.ordinal if prev.ordinal is not None
                                  else p.ordinal, ordinal_span=prev.ordinal_span or p.ordinal_span,
                                  label=prev.label if prev.entity else p.label)
            continue
        out.append(p)
    return out
