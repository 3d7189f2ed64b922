"""The occurrences of event phrases (docs/internals.md, "What still runs beside the event
layer"): a series session, a named event or an event noun with what the window after it
states (its date, place and number), keyed by its series session (`session_claims`) or by
its type until `occurrence_groups` groups it. Reads the document's sentence layer
(`frames.Document`): time expressions, mentions and predicate words found once."""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from ..frames import CLAUSE_BREAK, Document, Draft, Sentence
from ..entities import gazetteer
from ..keys import parse
from ..models import ClaimValue, Span, Where
from ..predicates import Trigger
from .lexicon import lexicon as event_lexicon
from .editions import names_edition
from .nouns import happening_at, noun_grammar, own_clause
from .phrases import EventPhrase, event_phrases, merge_parenthetical, place_in_name
from .series_names import series_name
from .session_claims import (ArticleSessions, article_sessions, documents, participant_count, refer_session,
                             unnamed_session)
from .sessions import tables as session_tables

_AUX = re.compile(r"\b(?:has|have|had|was|were|is|are)\b")  # the noun is the subject of another verb
_AFTER_CLAUSE = re.compile(r"\s(?:after|before|when)\s+(?:the|a|an|his|her|its|their|this|that)\b")  # its own clause
_SPEECH = re.compile(r"\b(?:say|says|said|told|tells)\b")
# "led by X, a diplomat who served in Washington in the 2010s": a clause about a person says
# nothing of the event's day or place
_WINDOW_BREAK = re.compile(CLAUSE_BREAK.pattern + r"|\bwho\b")
_DAY_OR_FINER = frozenset({"time", "day", "week", "month"})  # what a clause of happening dates
# "had originally been scheduled for September 23": a day planned, told after it passed, is
# no day the event was held (a plan not kept: "but was postponed")
_PLANNED_FOR = re.compile(r"\b(?:scheduled|planned|slated|set|due|pencil(?:l)?ed\s+in)\s+(?:for|on)\s+(?:\w+\s+){0,2}$",
                          re.IGNORECASE)
WINDOW = 160  # characters after a mention in which its date and place are looked for
_BOUND_BEFORE = re.compile(r"\b(?:since|until|till|after|before)\s+(?:(?:the|its|their|this|that)\s+)?$", re.IGNORECASE)  # right before "the X"
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[a-z]+\s+)?$")  # right before the noun: "the (coming) meeting"


@lru_cache(maxsize=1)
def _from_place_types() -> frozenset[str]:
    """Event types whose place follows "from" ("the launch from the X base"): the event
    classes marked ``place_from`` in events/classes.yaml."""
    return frozenset(name for name, c in event_lexicon().classes.items() if c.place_from)


def _nearest_trigger(trigs: list[Trigger], span: Span, facet: str) -> Trigger | None:
    candidates = [t for t in trigs if t.facet == facet]
    if not candidates:
        return None
    return min(candidates, key=lambda t: min(abs(t.start - span[1]), abs(span[0] - t.end)))


def _refer(doc: Document, s: Sentence, p: EventPhrase, seen: dict[str, set[str]]) -> EventPhrase:
    """An unnamed event that the article names elsewhere: "NATO leaders opened their
    annual summit" (an organisation and the noun make a known series), or "the next
    summit" in an article about exactly one series with that noun."""
    if p.entity is not None or p.ordinal is not None:
        return p
    noun = p.type.rsplit("-", 1)[-1]
    from ..entities.lexicon import lexicon as names

    for m in s.mentions:
        if m.kind == "org":
            entry = names().lookup(f"{m.text} {doc.text[p.span[1] - len(noun):p.span[1]]}")
            if entry is not None and entry.kind == "series":
                return EventPhrase(span=p.span, text=p.text, type=p.type, entity=entry.id, label=p.text)
    if "-" in p.type:
        return p  # "the trilateral summit" describes its event; only a bare "the summit" refers back
    before = doc.text[max(s.span[0], p.span[0] - 16):p.span[0]].lower()
    if not re.search(r"\b(?:the|this|next|last|that)\b[\w’' ]*$", before):
        return p
    named = seen.get(noun, set())
    if not named and noun in noun_grammar().general and _DEFINITE.search(before):
        named = set().union(*seen.values()) if seen else set()  # "the meeting" in an article about one summit
    if len(named) == 1:
        return EventPhrase(span=p.span, text=p.text, type=p.type, entity=next(iter(named)), label=p.text)
    return p


_OF_THE = re.compile(r"\s+of\s+(?:the|this|that)\s+", re.IGNORECASE)
# "the previous round of the talks": another session of the series named by the head after "of"
_OTHER_OF = re.compile(r"\b(?P<other>[a-z]+)\s+(?P<noun>[a-z]+)\s+of\s+(?:the|this|that)\s+$", re.IGNORECASE)


def _of_its_series(text: str, phrases: list[EventPhrase], table: ArticleSessions) -> list[EventPhrase]:
    """"the previous meeting of the dialogue", "the next round of the talks": a bare definite
    head after "of the" that heads the series the session before it refers to names that
    series, not an event of its own (else it would take the session's date and place);
    when no phrase before it refers ("round" is no event noun), the head itself is that
    other session of the article's one series of its family."""
    out: list[EventPhrase] = []
    for p in phrases:
        prev = out[-1] if out else None
        bare = p.entity is None and " " not in p.text.strip()
        if bare and prev is not None and prev.entity is not None and prev.entity.startswith("series:") \
                and _OF_THE.fullmatch(text, prev.span[1], p.span[0]) and _heads(prev.entity, p.text.strip().lower()):
            continue
        if bare and (m := _OTHER_OF.search(text, max(0, p.span[0] - 40), p.span[0])) is not None \
                and m.group("other").lower() in session_tables().other_session \
                and m.group("noun").lower() in session_tables().of_nouns \
                and (prev is None or prev.span[1] <= m.start()):
            series = [sid for sid in table.numbers if _heads(sid, p.text.strip().lower())]
            if len(series) == 1:
                p = EventPhrase(span=p.span, text=p.text, type=p.type, entity=series[0], label=p.text)
        out.append(p)
    return out


def _heads(series: str, noun: str) -> bool:
    """``noun`` is the head of the series ``series:<slug>``, or of its family ("talks" of a dialogue)."""
    name = parse(series).name
    return bool(name) and series_name(name).family == series_name(noun).family


_NAME_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w’'.-]*(?:[ \t][A-Z][\w’'.-]*)?)[ \t]+$")


def _place_before(s: Sentence, text: str, start: int) -> tuple[str, str] | None:
    """A place written right before an event phrase, premodifying it ("the Athens Olympics",
    "the Brenmouth blast"): (entity, text) of the event's own place; a name no mention
    covers counts when the gazetteer knows it as a place."""
    for m in s.mentions:
        if m.kind in ("place", "country") and m.entity and m.span[1] <= start and not text[m.span[1]:start].strip():
            return m.entity, m.text
    found = _NAME_BEFORE.search(text, max(s.span[0], start - 40), start)
    if found is not None and found.start() > s.span[0] and gazetteer.readings(found.group(1)):
        return f"place:{found.group(1).lower()}", found.group(1)
    return None


def occurrence_drafts(doc: Document) -> list[Draft]:
    """One occurrence draft per event phrase that states a date, place or number, with its
    attributes read in the window after it (to the next phrase, a clause break or a verb),
    a date premodifying it, the sentence's opening or only date, and a place before a
    session it leads to."""
    drafts: list[Draft] = []
    seen: dict[str, set[str]] = defaultdict(set)  # event noun -> series the article has named
    table = article_sessions(doc)
    only = table.only  # an article about one numbered session: what it says was signed is that session's
    for s in doc.sentences.values():
        phrases, keys = [], {}
        for p in merge_parenthetical(event_phrases(doc.text, s, doc.names, table.per_sentence.get(s.index)), doc.text):
            p, key = refer_session(doc, s, p, table)
            p = _refer(doc, s, p, seen)
            if p.entity is None and p.ordinal is not None:  # "the first forum" of no series
                lone = unnamed_session(doc.source.id, p)
                if lone is not None:  # "the sixth round of a dialogue": the story's series may number it
                    key = lone
                else:
                    p = EventPhrase(span=p.span, text=p.text, type=p.type, entity=None)
            if key is not None:
                keys[p.span] = key
            phrases.append(p)
        phrases = _of_its_series(doc.text, phrases, table)
        if only is not None:
            drafts += documents(doc, s, phrases, only, table)
        for p in phrases:
            if p.entity is not None and p.entity.startswith("series:"):
                seen[p.type.rsplit("-", 1)[-1]].add(p.entity)
        for k, p in enumerate(phrases):
            nxt = phrases[k + 1].span[0] if k + 1 < len(phrases) else s.span[1]
            stop = min(nxt, s.span[1], p.span[1] + WINDOW)
            own = own_clause(doc.text, p.span[1], stop)  # "the fire, which broke out on Friday at X,"
            brk = None if own is not None else _WINDOW_BREAK.search(doc.text, p.span[1], stop)
            if own is not None:
                stop = own[1]
            elif brk is not None:
                stop = brk.start()
            aux = _AUX.search(doc.text, p.span[1], stop)
            later = _AFTER_CLAUSE.search(doc.text, aux.end(), stop) if aux is not None else None
            if later is not None:  # "the toll from the X has risen to four after the body was found on Friday"
                stop = later.start()
            said = _SPEECH.search(doc.text, p.span[1], stop)
            if said is not None:  # "..., an official said on Saturday": the day of the statement
                stop = said.start()
            # a verb stops the window, unless it says the event itself happened ("the attack began on");
            # "since the dialogue began in 2017" dates a series' start, not this occurrence
            bound = _BOUND_BEFORE.search(doc.text, max(s.span[0], p.span[0] - 12), p.span[0]) is not None
            verb = next((t.start for t in s.triggers if (own[0] if own else p.span[1]) <= t.start < stop
                         and t.facet != "occurrence"
                         and (bound or not happening_at(doc.text, t.start))), None)
            if verb is not None:
                stop = verb
            when = doc.date_before(s, p.span[0]) or doc.date_in(s, p.span[1], stop)
            if when is not None and when.span[0] >= p.span[1] and names_edition(doc.text, when):
                when = None  # "the 12th edition ..., less than the 2025 edition cost": another edition's year
            if own is not None and when is not None and when.span[0] >= own[0] and when.granularity not in _DAY_OR_FINER:
                when = None  # "the forum, which began in 2014,": a year there is a start, not this occurrence's day
            if when is None:
                when = doc.sentence_date(s, p.span[0], lone=True)
            where = doc.where_after(s, p.span[1], stop, p.type.rsplit("-", 1)[-1] in _from_place_types())
            named = place_in_name(p.text) if where is not None and p.entity is not None else None
            inside = gazetteer.nests(where.text, named.split(":", 1)[1].replace("-", " ")) if named else None
            if named is not None and named != where.entity \
                    and not (inside or inside is None and named.startswith("country:")):
                # "the Lisbon Games, then trials in Leeds": a name's own place is where it was held;
                # a place within it is not another ("the national cup at a stadium in Aarhus"), nor
                # a place no table knows in a country's event
                where = None
            own = _place_before(s, doc.text, p.span[0])
            if where is not None and own is not None and own[0] != where.entity \
                    and not gazetteer.nests(where.text, own[1]):
                where = None  # "at the Athens Olympics, helped ... in Heringsdorf": the place written before it is its own
            if where is None and p.entity is not None and p.entity.startswith("series:"):
                where = doc.where_before(s, p.span[0])
            if noun_grammar().virtual.fullmatch(p.text):
                where = Where(entity="place:virtual", text=p.text, span=p.span)
            value = None
            if p.ordinal is not None:
                span = p.ordinal_span or p.span
                value = ClaimValue(type="ordinal", value=p.ordinal, text=doc.text[span[0]:span[1]], span=span)
            if when is None and where is None and value is None:
                continue
            trig = _nearest_trigger(s.triggers, p.span, facet="occurrence")
            predicate = trig.predicate if trig else "occur"
            subject_id = keys.get(p.span) or p.entity or f"event:{p.type}"
            modality = doc.modality(s, trig.start if trig else p.span[0], when)
            if when is not None and modality == "reported" and p.span[1] <= when.span[0] \
                    and _PLANNED_FOR.search(doc.text, max(p.span[1], when.span[0] - 60), when.span[0]):
                when = None  # a plan told after its day: not when it was held
                if where is None and value is None:
                    continue
            drafts.append(Draft(sentence=s, predicate=predicate, facet="occurrence", subject_id=subject_id,
                                subject_label=p.label or p.text, subject_text=p.text, subject_span=p.span,
                                when=when, where=where, value=value,
                                modality=modality,
                                who=doc.agents(s, p.span), event_type=p.type))
            if subject_id.startswith("series:"):
                drafts += participant_count(doc, drafts[-1])
    return drafts
