"""Claims from sentences: predicate frames and attribute statements, with provenance.

Finding and annotating are split: the finders (time tags, entity mentions, thing phrases,
predicate words, event phrases) run first; each frame below reads them per sentence and
fills a Claim. A claim's span is its sentence; every part (subject, who, when, where,
value, attribution) keeps its own exact span. Frames:

- occurrence: a series session or an event, with its date and place ("the 9th TFT next
  year in Chile", "the summit in Valparaiso on March 4, 2021");
- launch / agreed: a predicate word about a thing ("activate the mechanism in December",
  "the flood data sharing ... that we agreed last spring");
- title / holder: in `people_claims` (a person named with a title, and its office);
- cadence / last-held / first: attribute statements matched by resource patterns.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from .events import event_claims
from .events.lexicon import NAME_KINDS, noun_not_event
from .events.lexicon import lexicon as event_lexicon
from .events.areas import area_claims
from .events.operators import operator_claims
from .events.pending import pending_claims
from .events.kind_ordinals import kind_ordinal_claims
from .events.repeats import repeat_claims
from .events.seats import seat_claims
from .quantities.compare import comparison_claims
from .quantities.rank import rank_claims
from .quantities.scores import score_claims
from .events.documents import documents_in
from .events.event_series import find_event_sessions, owned_class
from .events.sessions import SessionPhrase, find_sessions as find_meeting_sessions, tables as session_tables, word_ordinal
from .frames import Draft, Sentence
from .gcpause import without_gc
from .keys import EntityKey, occurrence_of, parse, unkeyed_series
from .models import (
    Actor,
    Attribution,
    Claim,
    ClaimValue,
    Mention,
    Modality,
    Quantity,
    Source,
    Span,
    SubjectRef,
    Timex,
    When,
    Where,
)
from .people_claims import people_drafts
from .predicates import Trigger, cues_in, triggers_in
from .quantities import key as quantity_key
from .quantities import quantities_in
from .resources import load_resource
from .service import service_starts
from .things import Thing, find_things
from .words import PhraseTable, Words, alternation, scan

# --- resources --------------------------------------------------------------------------


class _Named(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    name: str
    pattern: str


class AttributePatterns(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    cadence: list[_Named]
    cadence_values: dict[str, str]
    last_held: list[_Named]
    first: list[_Named]
    irregular_plurals: list[str]
    examples: list[dict[str, object]]


class EventWords(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    nouns: dict[str, list[str]]
    qualifiers: dict[str, list[str]]
    virtual: list[str]
    general: list[str] = []  # noun classes that name any gathering ("the meeting" for "the summit")
    generic_lead: list[str] = []  # words before an event noun that make it no occurrence ("without trial")
    examples: list[dict[str, str]]


class AttributionPatterns(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    say_verbs: list[str]
    patterns: list[_Named]
    examples: list[dict[str, str]]



@dataclass(frozen=True)
class Grammar:
    cadence: tuple[re.Pattern[str], ...]
    cadence_values: dict[str, str]
    last_held: re.Pattern[str]
    first: re.Pattern[str]
    nouns: PhraseTable[str]
    qualifiers: PhraseTable[str]
    noun_class: dict[str, str]
    qualifier_class: dict[str, str]
    virtual: re.Pattern[str]
    general: frozenset[str]
    attribution: tuple[re.Pattern[str], ...]
    attribution_words: frozenset[str]
    irregular_plurals: frozenset[str]
    generic_lead: re.Pattern[str] | None


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    attrs = load_resource("claims/attributes.yaml", AttributePatterns)
    events = load_resource("claims/events.yaml", EventWords)
    attrib = load_resource("claims/attribution.yaml", AttributionPatterns)
    noun_class = {w.lower(): cls for cls, ws in events.nouns.items() for w in ws}
    qualifier_class = {w.lower(): cls for cls, ws in events.qualifiers.items() for w in ws}
    say = alternation(attrib.say_verbs)
    return Grammar(
        cadence=tuple(re.compile(p.pattern, re.IGNORECASE) for p in attrs.cadence),
        cadence_values={k.lower(): v for k, v in attrs.cadence_values.items()},
        last_held=re.compile("|".join(f"(?:{p.pattern})" for p in attrs.last_held), re.IGNORECASE),
        first=re.compile("|".join(f"(?:{p.pattern})" for p in attrs.first), re.IGNORECASE),
        nouns=PhraseTable(noun_class.items()), qualifiers=PhraseTable(qualifier_class.items()),
        noun_class=noun_class, qualifier_class=qualifier_class,
        virtual=re.compile(rf"\b(?:{alternation(events.virtual)})\b", re.IGNORECASE),
        general=frozenset(events.general),
        attribution=tuple(re.compile(p.pattern.replace("{SAY}", say)) for p in attrib.patterns),
        attribution_words=frozenset(w.lower() for w in attrib.say_verbs) | {"according", "cited", "quoted"},
        irregular_plurals=frozenset(w.lower() for w in attrs.irregular_plurals),
        # a lead and up to two words before the noun ("without charge or trial")
        generic_lead=re.compile(rf"\b(?:{alternation(events.generic_lead)})(?:\s+[\w-]+){{0,2}}\s+$",
                                re.IGNORECASE) if events.generic_lead else None,
    )


# --- per-sentence context ------------------------------------------------------------------

OCCURRENCE_KINDS = {"series", "event"}
PLACE_KINDS = {"place", "country"}
AGENT_KINDS = {"person", "org", "country"}
_CLAUSE_BREAK = re.compile(r";|\bbut\b|, which\b|, while\b|\bwhereas\b")
# a cue before "after" governs the main clause, not the event "after" reports as past
# ("has promised change after his party's win in the election held on Friday")
_MODAL_BREAK = re.compile(_CLAUSE_BREAK.pattern + r"|\bafter\b")
_PLACE_NAME = re.compile(r"(?<![\w’'-])[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\b")
_INFINITIVE = re.compile(r"(?:^|[^,]\s)to\s+(?:\w+ly\s+)?$")  # "to operate", "to officially activate"
_PASSIVE_OR_RELATIVE = re.compile(r"\b(?:was|were|been|be|is|are|that|which|who)\b")
_NOMINAL_FORMS = frozenset("agreement decision activation implementation establishment resumption launch".split())
# words that put a place after them: "in Seoul", "struck Hualien", "off the coast of Jeju"
_LOCATIVE = re.compile(r"\b(?:in|at|on the sidelines of|near|inside|outside|struck|hit|rocked|off|"
                       r"off the coast of|across|throughout)\s+(?:the\s+)?$")
_LOCATIVE_FROM = re.compile(_LOCATIVE.pattern.replace(r"\b(?:in|", r"\b(?:in|from|", 1))


@lru_cache(maxsize=1)
def _from_place_types() -> frozenset[str]:
    """Event types whose place follows "from" ("the launch from the X base"): the event
    classes marked ``place_from`` in events/classes.yaml."""
    return frozenset(name for name, c in event_lexicon().classes.items() if c.place_from)


# between a date and the event phrase it premodifies: "'s" and up to two words ("Monday's
# powerful quake"), or capitalised words ("the Jan. 1 Noto Peninsula quake")
_PREMODIFIER = re.compile(r"(?:[’']s(?:\s+[a-z]+){0,2})?(?:\s+[A-Z][\w.-]*)*\s+")
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[a-z]+\s+)?$")  # right before the noun: "the (coming) meeting"
# what stands between a place and the session it hosts: "in Oslo for the", "in Oslo at the"
_LEADS_TO_EVENT = re.compile(r"\s(?:for|at|during|to attend)\s+(?:the|this|its|their)\s+$", re.IGNORECASE)
_DATE_ONLY = re.compile(r"[\s,]*(?:(?:on|in)\s+)?[\s,]*")
WINDOW = 160  # characters after a mention in which its date and place are looked for
# "about three years", "more than 12 sessions": the qualifier is part of what a count states
_QUALIFIER = re.compile(r"\b(?:about|around|nearly|almost|roughly|some|approximately|more than|over|less than|"
                        r"fewer than|at least|up to)\s+$", re.IGNORECASE)
_GAP = re.compile(r"\b(?:after|for|in|over|within|than)\s+$", re.IGNORECASE)
COUNT_REACH = 80  # characters around a subject's name in which its numbers are read
_COUNT = re.compile(r"\b(?P<n>\d{1,3}(?:,\d{3})+|\d+|[a-z]+)\s+(?P<noun>[a-z][a-z-]+)\b(?!\s+of\b)",
                    re.IGNORECASE)


# "from 11 countries", "Twelve nations signed": countries taking part in a session
_PARTICIPANTS = re.compile(r"(?:\b(?P<pre>from|with)\s+)?\b(?P<n>\d{1,3}|[A-Za-z]+)\s+"
                           r"(?P<noun>countries|nations|governments|delegations)\b"
                           r"(?P<verb>\s+(?:signed|attended|took part|joined|backed|endorsed|agreed|sent|met)\b)?",
                           re.IGNORECASE)


@lru_cache(maxsize=1)
def _cardinals() -> dict[str, int]:
    """Number words ("three", "twelve"), shared with the time tagger's word tables."""
    from .timex.lexicon import lexicon as time_words

    return {w: int(n) for w, n in time_words().numbers.cardinals.items() if w not in {"a", "an"}}


@dataclass
class EventPhrase:
    span: Span
    text: str
    type: str  # e.g. trilateral-summit
    entity: str | None  # a named event or series the phrase is part of
    ordinal: int | None = None
    ordinal_span: Span | None = None
    label: str | None = None


def _since(text: str, t: Timex) -> bool:
    """A 'since X' or 'from X' start point is not the date of the event it follows, nor is
    the time of a tally ("1,200 aftershocks as of 4 a.m. on Tuesday")."""
    before = text[max(0, t.span[0] - 7):t.span[0]].lower().rstrip()
    if before.endswith("from") and "/" in t.value and t.mod is None:
        return False  # "runs from July 9-11": a window written whole, not a start point
    return t.mod in {"ON_OR_AFTER", "AFTER", "START"} or before.endswith(("since", "from", "as of"))


# A wire story's dateline ("OSLO, March 3 (Agency) -"): the day it was filed, not the
# date of what its first sentence reports.
_DATELINE_HEAD = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3}(?:\s*\([^()\n]{1,30}\))?"
                            r"[ \t]*,[ \t]*$")
_DATELINE_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:--|—|–|-|:)")


def _dateline(text: str, t: Timex) -> bool:
    return _DATELINE_HEAD.search(text, max(0, t.span[0] - 60), t.span[0]) is not None \
        and _DATELINE_TAIL.match(text, t.span[1]) is not None


def _dates(s: Sentence) -> list[Timex]:
    """Time expressions that can date an event: dates and times with an interval."""
    return [t for t in s.timexes if t.type in {"DATE", "TIME"} and (t.start is not None or t.anchor == "unresolved")
            and not t.value.endswith("_REF")]


def to_when(t: Timex) -> When:
    return When(text=t.text, span=t.span, value=t.value, start=t.start, end=t.end, granularity=t.granularity)


_NOT_A_SPEAKER = frozenset("and or but which who that this these it's so then also as".split())


def _attribution(text: str, span: Span, mentions: list[Mention], words: set[str]) -> Attribution | None:
    if not words & grammar().attribution_words:
        return None  # no speech verb, "according" or "cited": no pattern can match
    for pattern in grammar().attribution:
        m = pattern.search(text, span[0], span[1])
        if m is None:
            continue
        who_span = m.span("who")
        who_text = text[who_span[0]:who_span[1]].strip().rstrip(".,;:")
        if not who_text or who_text.lower() in _NOT_A_SPEAKER:
            continue
        lead = text.index(who_text, who_span[0])
        who_span = (lead, lead + len(who_text))
        entity = next((mm.entity for mm in mentions if mm.span[0] < who_span[1] and who_span[0] < mm.span[1]
                       and mm.entity), None)
        return Attribution(text=who_text, entity=entity, span=who_span)
    return None


def _typed_events(words: Words, lo: int, hi: int) -> list[tuple[int, int, int, str]]:
    """Event nouns among words ``lo..hi`` with their type: (start, end, first noun word,
    type), the type "trilateral-summit" when a qualifier stands right before the noun."""
    g = grammar()
    out = []
    for noun in g.nouns.find(words, lo, hi):
        qual_too = g.qualifiers.match_at(words, noun.first)
        if qual_too is not None and qual_too.last == noun.last and noun.last + 1 < hi \
                and g.nouns.match_at(words, noun.last + 1) is not None:
            continue  # "Ministerial Meeting": a word that is both, before a noun, qualifies it
        start, etype = noun.start, noun.value
        if noun.last + 1 < hi and words.lowers[noun.last + 1] in event_lexicon().modified_nouns:
            continue  # "a flood warning system", "the election campaign": the noun qualifies another
        if g.generic_lead is not None and noun.first > lo \
                and g.generic_lead.search(" ".join(words.lowers[max(lo, noun.first - 5):noun.first]) + " "):
            continue  # "detained without trial", "the right to a fair trial": no occurrence
        for back in (1, 2, 3):  # a qualifier ending right before the noun ("three-way", "defense ministers'")
            j = noun.first - back
            if j < lo:
                break
            qual = g.qualifiers.match_at(words, j)
            if qual is not None and qual.last == noun.first - 1:
                start, etype = qual.start, f"{qual.value}-{noun.value}"
                break
        out.append((start, noun.end, noun.first, etype))
    return out


def find_sessions(text: str, words: Words, lo: int, hi: int) -> list[SessionPhrase]:
    """Numbered sessions of a series among words ``lo..hi`` of one sentence: meetings ("the 9th
    X forum") and owned events ("the fourth flight of the X", "its fifth launch")."""
    meetings = find_meeting_sessions(text, words, lo, hi)
    if lo >= hi:
        return meetings
    owned = [sp for sp in find_event_sessions(text, words, lo, hi, words.starts[lo])
             if not any(m.span[0] < sp.span[1] and sp.span[0] < m.span[1] for m in meetings)]
    return sorted(meetings + owned, key=lambda sp: sp.span) if owned else meetings


def _names_an_event(text: str, start: int, end: int) -> bool:
    words = scan(text)
    return bool(grammar().nouns.find(words, *words.index_range(start, end)))


def _session_phrase(text: str, sp: SessionPhrase) -> EventPhrase:
    """A session of a series ("the seventh Nordic Rail Forum"); without a written name
    ("the first forum") its series is the one the article names with that head (`_refer`)."""
    etype = grammar().noun_class.get(sp.noun, sp.noun)
    return EventPhrase(span=sp.span, text=text[sp.span[0]:sp.span[1]], type=etype, entity=sp.series or None,
                       ordinal=sp.ordinal, ordinal_span=sp.ordinal_span, label=sp.name)


def _event_phrases(text: str, s: Sentence, names: list[Span] | None = None,
                   sessions: list[SessionPhrase] | None = None) -> list[EventPhrase]:
    """``names``: sorted spans of time expressions and proper names, inside which an event
    noun names no event ("OSLO, March 11", "the Fire Brigade")."""
    phrases: list[EventPhrase] = []
    words = scan(text)
    offset, hi = words.index_range(s.span[0], s.span[1])
    if sessions is None:
        sessions = find_sessions(text, words, offset, hi)
    # a session read from its ordinal wins over a name mention inside it without one
    occupied = [m for m in s.mentions if m.kind in OCCURRENCE_KINDS and not (m.ordinal is None and any(
        sp.span[0] <= m.span[0] and m.span[1] <= sp.span[1] for sp in sessions))]
    for sp in sessions:
        if not any(m.span[0] < sp.span[1] and sp.span[0] < m.span[1] for m in occupied):
            phrase = _session_phrase(text, sp)
            known = next((m for m in s.mentions if m.kind == "series" and m.entity and m.ordinal is None
                          and sp.span[0] <= m.span[0] and m.span[1] <= sp.span[1]), None)
            if known is not None:  # "the twenty-first Shangri-La Dialogue": a known series, its id
                phrase.entity, phrase.label = known.entity, known.label or known.text
            phrases.append(phrase)
    taken = occupied + [p for p in phrases]  # spans a typed event noun must not overlap
    for m in occupied:
        typed = _typed_events(words, *words.index_range(*m.span))
        etype = typed[0][3] if typed else m.kind
        label = m.label or m.text
        span, entity, ordinal, ordinal_span = m.span, m.entity, m.ordinal, m.ordinal_span
        if ordinal is None and entity and (before := _word_ordinal_before(text, words, m.span[0], offset)):
            # "the tenth CFD", "the twenty-first Harbour Games": a word ordinal before a series' name
            ordinal, ordinal_span = before
            span, entity = (ordinal_span[0], m.span[1]), EntityKey("series", parse(entity).name).render()
        phrases.append(EventPhrase(span=span, text=text[span[0]:span[1]], type=etype, entity=entity, ordinal=ordinal,
                                   ordinal_span=ordinal_span, label=label))
    for start, noun_end, noun_first, etype in _typed_events(words, offset, hi):
        if any(m.span[0] <= start < m.span[1] or start <= m.span[0] < noun_end for m in taken):
            continue
        if noun_not_event(text, words, noun_first, words.starts[noun_first], noun_end, offset, names or []):
            continue
        known = _known_series(text, words, noun_first, noun_end, offset)
        if known is not None:
            entity, start, label = known
            phrases.append(EventPhrase(span=(start, noun_end), text=text[start:noun_end], type=etype, entity=entity,
                                       label=label))
            continue
        name = _name_before(text, s, start)
        if name:  # "the Grammy ceremony", "the Harbour Cup final": the name says which event
            etype = f"{name}-{etype}"
        phrases.append(EventPhrase(span=(start, noun_end), text=text[start:noun_end], type=etype, entity=None))
    phrases.sort(key=lambda p: p.span)
    return phrases


def _word_ordinal_before(text: str, words: Words, start: int, lo: int) -> tuple[int, Span] | None:
    """The ordinal word right before ``start`` ("tenth" in "the tenth CFD"), if any."""
    i = bisect.bisect_left(words.starts, start) - 1
    if i < lo or text[words.ends[i]:start].strip():
        return None
    return word_ordinal(words, text, i)


_NAME_BEFORE = re.compile(r"(?<![\w’'])((?:[A-Z][\w-]*[ \t]+){1,3})$")


def _name_before(text: str, s: Sentence, start: int) -> str:
    """A capitalised name right before an event noun that is neither a place nor a time
    ("the Grammy ceremony", "the Golden Globes ceremony"; not "the Noto earthquake", "Sunday's
    ceremony", "The ceremony"): its slug, which makes the event's type its own."""
    m = _NAME_BEFORE.search(text, max(s.span[0], start - 40), start)
    if m is None:
        return ""
    from .entities.lexicon import lexicon as names

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


def _place_in_name(text: str) -> str | None:
    """The place a named event's name holds ("the Lisbon Games" -> Lisbon), if any."""
    from .entities.lexicon import lexicon as names

    lex = names()
    for word in re.findall(r"[A-Z][\w-]+", text):
        entry = lex.lookup(word)
        if entry is not None and entry.kind in PLACE_KINDS:
            return entry.id
    return None


def _known_series(text: str, words: Words, first: int, end: int, floor: int) -> tuple[str, int, str] | None:
    """A known series named by the words before a generic event noun ("the NATO summit",
    "a G7 summit"): the name tables are case-blind where the mention finder needs capitals."""
    from .entities.lexicon import lexicon as names

    for back in (3, 2, 1):
        j = first - back
        if j < floor:
            continue
        entry = names().lookup(text[words.starts[j]:end])
        if entry is not None and entry.kind in {"series", "event"}:
            return entry.id, words.starts[j], text[words.starts[j]:end]
    return None


def _merge_parenthetical(phrases: list[EventPhrase], text: str) -> list[EventPhrase]:
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


# --- frames ------------------------------------------------------------------------------


class Extractor:
    def __init__(self, source: Source, timexes: list[Timex], mentions: list[Mention]) -> None:
        self.source = source
        self.text = source.text
        starts = [s for s, _ in source.sentences]
        per: dict[int, Sentence] = {}
        for i, span in enumerate(source.sentences):
            per[i] = Sentence(index=i, span=span, timexes=[], mentions=[], things=[], triggers=[])
        self.sentences = per
        self.words = scan(self.text)
        self.names = sorted([t.span for t in timexes] + [m.span for m in mentions if m.kind in NAME_KINDS])

        def locate(pos: int) -> int | None:
            i = bisect.bisect_right(starts, pos) - 1
            return i if i >= 0 and pos < source.sentences[i][1] else None

        for trig in triggers_in(self.words):
            if (i := locate(trig.start)) is not None and trig.end <= source.sentences[i][1]:
                per[i].triggers.append(trig)
        for t in timexes:
            if (i := locate(t.span[0])) is not None and not (t.span[0] < 400 and _dateline(self.text, t)):
                per[i].timexes.append(t)
        for m in mentions:
            if (i := locate(m.span[0])) is not None:
                per[i].mentions.append(m)
        for th in find_things(self.text, source.sentences):
            per[th.sentence].things.append(th)
        for s in per.values():
            lo, hi = self.words.index_range(*s.span)
            s.attribution = _attribution(self.text, s.span, s.mentions, set(self.words.lowers[lo:hi]))
        self._carry_attribution()

    def _carry_attribution(self) -> None:
        """A quotation split over sentences takes the attribution of the sentence that closes it."""
        sentences = [self.sentences[i] for i in sorted(self.sentences)]
        for i, s in enumerate(sentences):
            if s.attribution is None and "“" in self.text[s.span[0]:s.span[1]][:2]:
                for later in sentences[i + 1:i + 6]:
                    if later.attribution is not None:
                        s.attribution = later.attribution
                        break

    # helpers -------------------------------------------------------------------------
    def modality(self, s: Sentence, pos: int, when: Timex | None) -> Modality:
        clause_start = s.span[0]
        for m in _MODAL_BREAK.finditer(self.text, s.span[0], pos):
            clause_start = m.end()
        prefix = self.text[max(clause_start, pos - 200):pos]
        cues = cues_in(prefix)
        if _INFINITIVE.search(prefix):
            cues.add("future")
        pub = self.source.published
        future_time = when is not None and ((when.tense == "future") or (
            when.start is not None and pub.end is not None and when.start > pub.end))
        open_window = when is not None and when.end is not None and pub.end is not None and when.end > pub.end
        past_time = when is not None and when.end is not None and pub.start is not None and when.end < pub.start
        if past_time:  # a date wholly before publication reports what happened (or was agreed)
            return "agreed" if "agreed" in cues and not _INFINITIVE.search(prefix) else "reported"
        if "future" in cues or future_time or (open_window and when is not None and when.mod == "ON_OR_BEFORE"):
            return "planned"
        if "agreed" in cues:
            return "planned" if open_window else "agreed"
        if "expected" in cues:
            return "expected"
        return "reported"

    def where_after(self, s: Sentence, start: int, end: int, from_place: bool = False) -> Where | None:
        """The place after the phrase; with ``from_place`` (an event that starts from its
        place: "the launch from the X base") one after "from" too."""
        g = grammar()
        v = g.virtual.search(self.text, max(s.span[0], start - 40), end)
        locative = _LOCATIVE_FROM if from_place else _LOCATIVE
        places = [m for m in s.mentions if m.kind in PLACE_KINDS and start <= m.span[0] < end and m.entity
                  and locative.search(self.text[max(s.span[0], m.span[0] - 30):m.span[0]])]
        if places:
            m = places[0]
            return Where(entity=m.entity, text=m.text, span=m.span)
        if v is not None:
            return Where(entity="place:virtual", text=v.group(), span=v.span())
        return self._unknown_place(s, start, end, locative)

    def _unknown_place(self, s: Sentence, start: int, end: int, locative: re.Pattern[str] = _LOCATIVE) -> Where | None:
        """A capitalised name after a locative that no table knows ("struck Hualien"): a place
        by its position, unless it is a time, a person or an organisation."""
        for m in _PLACE_NAME.finditer(self.text, start, end):
            if not locative.search(self.text[max(s.span[0], m.start() - 30):m.start()]):
                continue
            if any(t.span[0] < m.end() and m.start() < t.span[1] for t in s.timexes):
                continue
            if any(mm.span[0] < m.end() and m.start() < mm.span[1] for mm in s.mentions):
                continue
            name = m.group()
            return Where(entity="place:" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-"), text=name,
                         span=m.span())
        return None

    def date_in(self, s: Sentence, start: int, end: int) -> Timex | None:
        for t in _dates(s):
            if start <= t.span[0] < end and not _since(self.text, t):
                return t
        return None

    def date_before(self, s: Sentence, start: int) -> Timex | None:
        """A date that premodifies the event phrase ("the Jan. 1 quake", "Monday's vote",
        "the New Year's Day earthquake"): at most a determiner, a possessive and capitalised
        words stand between."""
        for t in reversed(_dates(s)):
            if t.span[1] <= start and not _since(self.text, t):
                return t if _PREMODIFIER.fullmatch(self.text, t.span[1], start) else None
        return None

    def where_before(self, s: Sentence, start: int) -> Where | None:
        """A place the clause gives before a session phrase it leads to: "ministers gathered
        in Oslo for the ninth forum", "met in Oslo on May 4 at the ninth forum"."""
        lead = _LEADS_TO_EVENT.search(self.text, max(s.span[0], start - 24), start)
        if lead is None:
            return None
        places = [Where(entity=m.entity, text=m.text, span=m.span) for m in s.mentions
                  if m.kind in PLACE_KINDS and m.entity and m.span[1] <= lead.start()
                  and start - m.span[0] <= 80 and _LOCATIVE.search(self.text[max(s.span[0], m.span[0] - 30):m.span[0]])]
        if not places:  # a town no table knows, by its position: "met in Vardø on Monday for the"
            unknown = self._unknown_place(s, max(s.span[0], start - 80), lead.start())
            places = [unknown] if unknown is not None else []
        if not places:
            return None
        w = places[-1]
        gap = self.text[w.span[1]:lead.start()]
        for t in s.timexes:  # only a date may stand between: "in Oslo on May 4 at the"
            if w.span[1] <= t.span[0] and t.span[1] <= lead.start():
                gap = gap.replace(t.text, " ")
        if not _DATE_ONLY.fullmatch(gap):
            return None
        return w

    def _dates_an_event(self, s: Sentence, start: int, t: Timex) -> bool:
        """An event phrase stands between ``start`` and the time expression, which dates it."""
        return _names_an_event(self.text, start, t.span[0])

    def sentence_date(self, s: Sentence, before: int, lone: bool = False) -> Timex | None:
        """A date that opens the sentence ("On June 3, ...") dates what the sentence reports;
        with ``lone``, so does the only date of the sentence when it stands before ``before``."""
        dates = [t for t in _dates(s) if not _since(self.text, t)]
        if dates and dates[0].span[0] < before and dates[0].span[0] - s.span[0] < 40:
            return dates[0]
        if lone and len(dates) == 1 and dates[0].span[1] <= before:
            return dates[0]
        return None

    def agents(self, s: Sentence, exclude: Span | None = None) -> list[Actor]:
        out = []
        for m in s.mentions:
            if m.kind in AGENT_KINDS and m.entity and (exclude is None or not (exclude[0] <= m.span[0] < exclude[1])):
                if s.attribution is None or not (s.attribution.span[0] <= m.span[0] < s.attribution.span[1]):
                    out.append(Actor(entity=m.entity, text=m.text, span=m.span))
        seen: set[str] = set()
        return [a for a in out if not (a.entity in seen or seen.add(a.entity))]

    # frames --------------------------------------------------------------------------
    def _article_sessions(self) -> tuple[dict[str, set[str]], dict[str, set[int]]]:
        """The series the article names with an ordinal, by head noun, and their numbers."""
        by_head: dict[str, set[str]] = defaultdict(set)
        numbers: dict[str, set[int]] = defaultdict(set)
        self._sessions: dict[int, list[SessionPhrase]] = {}  # per sentence, read once for both uses
        for s in self.sentences.values():
            self._sessions[s.index] = found = find_sessions(self.text, self.words, *self.words.index_range(*s.span))
            for sp in found:
                if sp.series and not sp.owned:  # "an explosion" is not the article's numbered one
                    by_head[sp.noun].add(sp.series)
                    numbers[sp.series].add(sp.ordinal)
        self._numbers = numbers
        return by_head, numbers

    def _refer_session(self, s: Sentence, p: EventPhrase, by_head: dict[str, set[str]],
                       numbers: dict[str, set[int]]) -> tuple[EventPhrase, str | None]:
        """A session of the article's series named without its name: "the first ministerial",
        "the next forum", "the Nordic Rail Forum" or "the forum" for the one numbered session
        the article names (then its key, "series:x#7", comes back as the second value)."""
        head = p.text.rsplit(None, 1)[-1].lower() if p.text.strip() else ""
        if p.entity is not None and p.entity.startswith("event:") and p.ordinal is None:
            series = EntityKey("series", parse(p.entity).name).render()  # the name written without its ordinal
            if series not in numbers:
                return p, None
        elif p.entity is None and len(by_head.get(head, ())) == 1 and (p.ordinal is not None or " " not in p.text.strip()):
            # a bare head ("the forum"); "the trilateral forum" describes an event of its own
            series = next(iter(by_head[head]))
        else:
            return p, None
        referred = EventPhrase(span=p.span, text=p.text, type=p.type, entity=series, ordinal=p.ordinal,
                               ordinal_span=p.ordinal_span, label=p.label if p.entity else p.text)
        before = self.text[max(s.span[0], p.span[0] - 24):p.span[0]].lower().split()
        if p.ordinal is not None or (before and before[-1] in session_tables().other_session):
            return referred, None  # another session of the series: keyed by its number or date
        if len(numbers[series]) == 1 and (p.entity is not None or (before and before[-1] in {"the", "this", "that"})):
            return referred, occurrence_of(series, next(iter(numbers[series])))
        return referred, None

    def _refer(self, s: Sentence, p: EventPhrase, seen: dict[str, set[str]]) -> EventPhrase:
        """An unnamed event that the article names elsewhere: "NATO leaders opened their
        annual summit" (an organisation and the noun make a known series), or "the next
        summit" in an article about exactly one series with that noun."""
        if p.entity is not None or p.ordinal is not None:
            return p
        noun = p.type.rsplit("-", 1)[-1]
        from .entities.lexicon import lexicon as names

        for m in s.mentions:
            if m.kind == "org":
                entry = names().lookup(f"{m.text} {self.text[p.span[1] - len(noun):p.span[1]]}")
                if entry is not None and entry.kind == "series":
                    return EventPhrase(span=p.span, text=p.text, type=p.type, entity=entry.id, label=p.text)
        if "-" in p.type:
            return p  # "the trilateral summit" describes its event; only a bare "the summit" refers back
        before = self.text[max(s.span[0], p.span[0] - 16):p.span[0]].lower()
        if not re.search(r"\b(?:the|this|next|last|that)\b[\w’' ]*$", before):
            return p
        named = seen.get(noun, set())
        if not named and noun in grammar().general and _DEFINITE.search(before):
            named = set().union(*seen.values()) if seen else set()  # "the meeting" in an article about one summit
        if len(named) == 1:
            return EventPhrase(span=p.span, text=p.text, type=p.type, entity=next(iter(named)), label=p.text)
        return p

    def occurrences(self) -> list[Draft]:
        drafts: list[Draft] = []
        seen: dict[str, set[str]] = defaultdict(set)  # event noun -> series the article has named
        by_head, numbers = self._article_sessions()
        # an article about one numbered session: what it says was signed is that session's
        only = next(iter(numbers)) if len(numbers) == 1 and len(next(iter(numbers.values()))) == 1 else None
        for s in self.sentences.values():
            phrases, keys = [], {}
            for p in _merge_parenthetical(_event_phrases(self.text, s, self.names, self._sessions.get(s.index)), self.text):
                p, key = self._refer_session(s, p, by_head, numbers)
                p = self._refer(s, p, seen)
                if p.entity is None and p.ordinal is not None:  # "the first forum" of no series
                    p = EventPhrase(span=p.span, text=p.text, type=p.type, entity=None)
                if key is not None:
                    keys[p.span] = key
                phrases.append(p)
            if only is not None:
                drafts += self._documents(s, phrases, only)
            for p in phrases:
                if p.entity is not None and p.entity.startswith("series:"):
                    seen[p.type.rsplit("-", 1)[-1]].add(p.entity)
            for k, p in enumerate(phrases):
                nxt = phrases[k + 1].span[0] if k + 1 < len(phrases) else s.span[1]
                stop = min(nxt, s.span[1], p.span[1] + WINDOW)
                brk = _CLAUSE_BREAK.search(self.text, p.span[1], stop)
                if brk is not None:
                    stop = brk.start()
                verb = next((t.start for t in s.triggers if p.span[1] <= t.start < stop and t.facet != "occurrence"), None)
                if verb is not None:
                    stop = verb
                when = self.date_before(s, p.span[0]) or self.date_in(s, p.span[1], stop)
                if when is None:
                    when = self.sentence_date(s, p.span[0], lone=True)
                where = self.where_after(s, p.span[1], stop, p.type.rsplit("-", 1)[-1] in _from_place_types())
                if where is not None and p.entity is not None and _place_in_name(p.text) not in (None, where.entity):
                    where = None  # "the Lisbon Games, then trials in Leeds": a name's own place is where it was held
                if where is None and p.entity is not None and p.entity.startswith("series:"):
                    where = self.where_before(s, p.span[0])
                if grammar().virtual.fullmatch(p.text):
                    where = Where(entity="place:virtual", text=p.text, span=p.span)
                value = None
                if p.ordinal is not None:
                    span = p.ordinal_span or p.span
                    value = ClaimValue(type="ordinal", value=p.ordinal, text=self.text[span[0]:span[1]], span=span)
                if when is None and where is None and value is None:
                    continue
                trig = _nearest_trigger(s.triggers, p.span, facet="occurrence")
                predicate = trig.predicate if trig else "occur"
                subject_id = keys.get(p.span) or p.entity or f"event:{p.type}"
                drafts.append(Draft(sentence=s, predicate=predicate, facet="occurrence", subject_id=subject_id,
                                    subject_label=p.label or p.text, subject_text=p.text, subject_span=p.span,
                                    when=when, where=where, value=value,
                                    modality=self.modality(s, trig.start if trig else p.span[0], when),
                                    who=self.agents(s, p.span), event_type=p.type))
                if subject_id.startswith("series:"):
                    drafts += self._participant_count(drafts[-1])
        return drafts

    def _documents(self, s: Sentence, phrases: list[EventPhrase], series: str) -> list[Draft]:
        """The typed document a sentence says was signed ("signed a memorandum of
        understanding"), about the article's one numbered session, when the sentence names
        no other event and no date before it (which would be another signing's)."""
        if any(p.entity != series for p in phrases):
            return []
        out = []
        key = occurrence_of(series, next(iter(self._numbers[series])))
        for doc in documents_in(self.text, s.span):
            if any(t.span[0] < doc.span[0] for t in _dates(s)) and not phrases:
                continue
            out.append(Draft(sentence=s, predicate="document", facet="document", subject_id=key,
                             subject_label=parse(key).name.replace("-", " "), subject_text=None,
                             subject_span=None, value=ClaimValue(type="other", value=doc.type,
                                                                 text=self.text[doc.span[0]:doc.span[1]],
                                                                 span=doc.span)))
        return out

    def _participant_count(self, occ: Draft) -> list[Draft]:
        """How many countries took part in a session, from its sentence ("ministers from 11
        countries", "Twelve nations signed"): a count about the session itself. A sentence
        with two such counts, or a part of a known set ("six of the 11 countries"), says
        nothing about the session as a whole."""
        s = occ.sentence
        found = []
        for m in _PARTICIPANTS.finditer(self.text, s.span[0], s.span[1]):
            word = m.group("n").lower().replace(",", "")
            number = int(word) if word.isdigit() else _cardinals().get(word)
            lead = self.text[max(s.span[0], m.start("n") - 8):m.start("n")].lower()
            if number is None or not (m.group("pre") or m.group("verb")) or lead.endswith(("the ", "of ", "all ")):
                continue
            found.append((number, m.span("n")[0], m.end("noun")))
        if len(found) != 1:
            return []
        number, start, end = found[0]
        sid = occ.subject_id
        if not parse(sid).tail and occ.value is not None and occ.value.type == "ordinal":
            sid = occurrence_of(sid, occ.value.value)
        elif not parse(sid).tail:
            return []  # a session known by its date only: keyed when claims are settled
        return [Draft(sentence=s, predicate="participants", facet="count", subject_id=sid,
                      subject_label=f"{occ.subject_label} #{sid.rsplit('#', 1)[1]}", subject_text=occ.subject_text,
                      subject_span=occ.subject_span, event_type=occ.event_type, when=occ.when,
                      value=ClaimValue(type="count", value=number, text=self.text[start:end], span=(start, end)))]

    def thing_frames(self) -> list[Draft]:
        drafts: list[Draft] = []
        for s in self.sentences.values():
            trigs = s.triggers
            for k, trig in enumerate(trigs):
                if trig.facet not in {"launch", "agreed", "occurrence"}:
                    continue
                thing = _thing_for(trig, s.things, self.text)
                if thing is None or not thing.chain_topic:
                    continue
                if trig.facet == "occurrence" and thing.head_class != "exercise":
                    continue  # events are handled by the occurrence frame; things occur only as exercises
                scope_end = s.span[1]
                for later in trigs[k + 1:]:
                    # an agreement is dated by the event it was made at ("agreed upon ... during
                    # the summit held on ..."), not by the action agreed ("agreed to conduct it this summer")
                    at_event = trig.facet == "agreed" and _names_an_event(self.text, trig.end, later.start)
                    if not at_event:
                        scope_end = later.start
                        break
                when = self.date_in(s, trig.end, scope_end)
                if when is not None and trig.facet != "agreed" and self._dates_an_event(s, trig.end, when):
                    when = None  # "conduct exercises during the summit last August": the date is the summit's
                if when is None and k == 0:
                    when = self.sentence_date(s, trig.start)
                where = self.where_after(s, trig.end, scope_end) if trig.facet == "agreed" else None
                cadence = next((t for t in s.timexes if t.type == "SET" and trig.end <= t.span[0] < scope_end), None)
                value = ClaimValue(type="other", value=cadence.value, text=cadence.text, span=cadence.span) \
                    if cadence is not None else None
                if when is None and where is None and value is None:
                    continue
                drafts.append(Draft(sentence=s, predicate=trig.predicate, facet=trig.facet,
                                    subject_id="thing:?", subject_label=thing.text, subject_text=thing.text,
                                    subject_span=thing.span, when=when, where=where, value=value,
                                    modality=self.modality(s, trig.start, when), who=self.agents(s, thing.span),
                                    topic=thing.chain_topic | {"@" + thing.head_class}))
        return drafts

    def series_attributes(self) -> list[Draft]:
        g = grammar()
        drafts: list[Draft] = []
        for s in self.sentences.values():
            series = [m for m in s.mentions if m.kind == "series" and m.entity]
            if not series:
                continue
            m = series[0]
            cad = next((hit for p in g.cadence if (hit := p.search(self.text, s.span[0], s.span[1]))), None)
            if cad is not None and cad.group("cadence"):
                word = cad.group("cadence").lower()
                value = g.cadence_values.get(word, word)
                since = next((t for t in _dates(s) if _since(self.text, t) and t.span[0] >= cad.start()), None)
                drafts.append(Draft(sentence=s, predicate="held", facet="cadence", subject_id=m.entity,
                                    subject_label=m.label or m.text, subject_text=m.text, subject_span=m.span,
                                    when=since, value=ClaimValue(type="other", value=value, text=cad.group("cadence"),
                                                                 span=cad.span("cadence"))))
            last = g.last_held.search(self.text, s.span[0], s.span[1])
            if last is not None:
                when = next((t for t in _dates(s) if t.span[0] >= last.start()), None)
                if when is not None:
                    drafts.append(Draft(sentence=s, predicate="last-held", facet="last-held", subject_id=m.entity,
                                        subject_label=m.label or m.text, subject_text=m.text, subject_span=m.span,
                                        when=when))
                    v = g.virtual.search(self.text, last.end(), when.span[1] + 1)
                    where = Where(entity="place:virtual", text=v.group(), span=v.span()) if v else None
                    drafts.append(Draft(sentence=s, predicate="held", facet="occurrence", subject_id=m.entity,
                                        subject_label=m.label or m.text, subject_text=m.text, subject_span=m.span,
                                        when=when, where=where, event_type="series"))
        return drafts

    def counts(self) -> list[Draft]:
        """Numbers stated about a subject: "12 sessions since 2008", "resumed after about three years"."""
        drafts: list[Draft] = []
        cardinals = _cardinals()
        for s in self.sentences.values():
            subject = self._count_subject(s)
            if subject is None:
                continue
            sid, label, text, span, event_type = subject
            near = (max(s.span[0], span[0] - COUNT_REACH), min(s.span[1], span[1] + COUNT_REACH))
            for t in s.timexes:
                if t.type == "DURATION" and t.value[1:-1].replace(".", "").isdigit() and self._bound(span, t.span, near):
                    lead = _QUALIFIER.search(self.text, max(s.span[0], t.span[0] - 16), t.span[0])
                    start = lead.start() if lead else t.span[0]
                    if not _GAP.search(self.text, max(s.span[0], start - 8), start):
                        continue  # "after/for/in three years" times the subject; other durations may not
                    drafts.append(Draft(sentence=s, predicate="last", facet="count", subject_id=sid,
                                        subject_label=label, subject_text=text, subject_span=span, event_type=event_type,
                                        value=ClaimValue(type="duration", value=t.value,
                                                         text=self.text[start:t.span[1]], span=(start, t.span[1]))))
            for m in _COUNT.finditer(self.text, *near):
                word = m.group("n").lower().replace(",", "")
                number = int(word) if word.isdigit() else cardinals.get(word)
                if number is None or any(t.span[0] <= m.start() < t.span[1] for t in s.timexes):
                    continue
                noun = m.group("noun").lower()
                if not (noun.endswith("s") and not noun.endswith("ss")) and noun not in grammar().irregular_plurals:
                    continue  # a count names a plural: "12 people", "40 delegations"
                if not self._bound(span, m.span(), near):
                    continue
                if self.text[max(s.span[0], m.start() - 4):m.start()].lower().endswith(("the ", "all ")):
                    continue  # "the three countries" names a known set; it states no count
                lead = _QUALIFIER.search(self.text, max(s.span[0], m.start() - 16), m.start())
                start = lead.start() if lead else m.start()
                drafts.append(Draft(sentence=s, predicate="count", facet="count", subject_id=sid, subject_label=label,
                                    subject_text=text, subject_span=span, event_type=event_type,
                                    value=ClaimValue(type="count", value=number, text=self.text[start:m.end()],
                                                     span=(start, m.end()))))
        return drafts

    def quantities(self, timexes: list[Timex], mentions: list[Mention], index: object | None = None) -> list[Draft]:
        """Every quantity bound to its scope (claimcheck.quantities); its key is its subject."""
        drafts: list[Draft] = []
        for i, q in quantities_in(self.source, timexes, mentions, index):
            vtype = "duration" if q.dimension == "duration" else "count"
            drafts.append(Draft(sentence=self.sentences[i], predicate=q.dimension, facet="quantity",
                                subject_id=quantity_key(q).render(), subject_label=_quantity_label(q), subject_text=None,
                                subject_span=None, quantity=q,
                                value=ClaimValue(type=vtype, value=round(q.value, 6), text=q.text, span=q.span)))
        return drafts

    def _bound(self, subject: Span, part: Span, near: Span) -> bool:
        """A number belongs to the subject when no clause break stands between them."""
        if not (near[0] <= part[0] and part[1] <= near[1]):
            return False
        lo, hi = (subject[1], part[0]) if part[0] >= subject[1] else (part[1], subject[0])
        return _CLAUSE_BREAK.search(self.text, lo, hi) is None and ";" not in self.text[lo:hi]

    def _count_subject(self, s: Sentence) -> tuple[str, str, str, Span, str] | None:
        """The series the numbers of a sentence are about ("12 sessions since 2008"), for the
        series checks (cadence, numbering)."""
        for m in s.mentions:
            if m.kind == "series" and m.entity:
                return m.entity, m.label or m.text, m.text, m.span, ""
        return None  # counts about events are quantities (claimcheck.quantities), bound to their scope

    def service_starts(self) -> list[Draft]:
        """"The cable would enter service in 2030": a thing's start of service, keyed by the
        head of its subject (claimcheck.service)."""
        drafts: list[Draft] = []
        for s in self.sentences.values():
            for st in service_starts(self.text, self.words, s.span, s.timexes):
                if st.when is None or st.when not in _dates(s) or _since(self.text, st.when):
                    continue
                head = st.thing.split()[-1]
                drafts.append(Draft(sentence=s, predicate="enter-service", facet="launch", subject_id="thing:?",
                                    subject_label=self.text[st.thing_span[0]:st.thing_span[1]],
                                    subject_text=self.text[st.thing_span[0]:st.thing_span[1]],
                                    subject_span=st.thing_span, when=st.when,
                                    modality=self.modality(s, st.phrase[0], st.when), topic=frozenset({head, "@service"})))
        return drafts

    def firsts(self) -> list[Draft]:
        g = grammar()
        drafts: list[Draft] = []
        for s in self.sentences.values():
            if "first" not in self.text[s.span[0]:s.span[1]].lower():
                continue  # the patterns all need a word starting "first" (a substring test first: cheaper)
            lo, hi = self.words.index_range(*s.span)
            if not any(w.startswith("first") for w in self.words.lowers[lo:hi]):
                continue
            f = g.first.search(self.text, s.span[0], s.span[1])
            if f is None:
                continue
            thing = next((t for t in s.things if t.span[0] >= f.start() and t.chain_topic), None)
            thing = thing or next((t for t in reversed(s.things) if t.chain_topic), None)
            if thing is None:
                continue
            when = self.date_in(s, f.start(), s.span[1]) or self.sentence_date(s, f.start())
            drafts.append(Draft(sentence=s, predicate="first", facet="first", subject_id="thing:?",
                                subject_label=thing.text, subject_text=thing.text, subject_span=thing.span,
                                when=when, modality=self.modality(s, max(f.start(), thing.span[0]), when),
                                topic=thing.chain_topic | {"@" + thing.head_class},
                                value=ClaimValue(type="other", value=" ".join(sorted(thing.topic or thing.chain_topic)),
                                                 text=f.group(), span=f.span())))
        return drafts


def _quantity_label(q: Quantity) -> str:
    what = q.head.replace("-", " ") or q.dimension
    about = f" of {parse(q.entity).name.replace('-', ' ')}" if q.entity else ""
    role = f" ({q.role})" if q.role else ""
    when = f" as of {q.asof}" if q.asof else ""
    return f"{q.dimension}: {what}{about}{role}{when}"


def _nearest_trigger(trigs: list[Trigger], span: Span, facet: str) -> Trigger | None:
    candidates = [t for t in trigs if t.facet == facet]
    if not candidates:
        return None
    return min(candidates, key=lambda t: min(abs(t.start - span[1]), abs(span[0] - t.end)))


def _thing_for(trig: Trigger, things: list[Thing], text: str) -> Thing | None:
    """The thing a predicate is about: its object right after it, else the thing before it
    when the predicate is passive or relative ("which was agreed upon", "that we agreed")
    or a noun ("according to an agreement reached ...")."""
    after = [t for t in things if trig.end <= t.span[0] <= trig.end + 70 and t.chain_topic]
    if after:
        return after[0]
    before = [t for t in things if t.span[1] <= trig.start and t.chain_topic and not (t.span[0] <= trig.start < t.span[1])]
    if not before:
        return None
    between = text[before[-1].span[1]:trig.start]
    nominal = text[trig.start:trig.end].lower() in _NOMINAL_FORMS
    if nominal or (len(between.split()) <= 6 and _PASSIVE_OR_RELATIVE.search(between)):
        return before[-1]
    return None


# --- ordinals derived within one article ------------------------------------------------------


def _derive_ordinals(drafts: list[Draft]) -> None:
    """"The 14th ... next year" makes the latest reported session of that series the 13th."""
    by_series: dict[str, list[Draft]] = defaultdict(list)
    for d in drafts:
        if d.facet == "occurrence" and unkeyed_series(d.subject_id) is not None:
            by_series[d.subject_id].append(d)
    for series, ds in by_series.items():
        planned = [d for d in ds if d.value is not None and d.value.type == "ordinal" and d.modality == "planned"
                   and d.when is not None and d.when.start is not None]
        reported = [d for d in ds if d.value is None and d.modality == "reported" and d.when is not None
                    and d.when.start is not None and d.facet == "occurrence"]
        if len(planned) != 1 or not reported:
            continue
        nxt = planned[0]
        assert nxt.when is not None and nxt.when.start is not None and nxt.value is not None
        latest_date = max(d.when.start for d in reported if d.when and d.when.start)
        if latest_date >= nxt.when.start:
            continue
        number = int(nxt.value.value) - 1
        for d in reported:
            if d.when is not None and d.when.start == latest_date:
                d.value = ClaimValue(type="ordinal", value=number, text=nxt.value.text, span=nxt.value.span)
                d.derived = True


def _settle_subject(d: Draft) -> tuple[str, str]:
    """Occurrence subjects: `series:X#n`, else `series:X#<date>`; others keep their id."""
    series = unkeyed_series(d.subject_id) if d.facet == "occurrence" else None
    if series is not None:
        if d.value is not None and d.value.type == "ordinal":
            return series.at(d.value.value).render(), f"{d.subject_label} #{d.value.value}"
        if d.when is not None and d.when.start is not None:
            key = d.when.value.split("/")[0][:10]
            return series.at(key).render(), f"{d.subject_label} ({key})"
    return d.subject_id, d.subject_label


def claim_id(source: str, facet: str, subject: str, span: Span, part: Span | None) -> str:
    digest = hashlib.sha1(f"{source}|{facet}|{subject}|{span}|{part}".encode()).hexdigest()
    return f"c-{digest[:12]}"


@without_gc  # many small records, no cycles: reference counting frees them
def extract(source: Source, timexes: list[Timex], mentions: list[Mention], index: object | None = None) -> list[Claim]:
    """Every claim in one source (see the module docstring for the frames)."""
    if not source.sentences:
        return []
    ex = Extractor(source, timexes, mentions)
    drafts = (ex.occurrences() + ex.series_attributes() + ex.thing_frames() + people_drafts(ex, index) + ex.firsts()
              + ex.service_starts()
              + ex.counts())
    series_counts = {d.value.span[1] for d in drafts if d.facet == "count" and d.value is not None and d.value.span}
    drafts += [d for d in ex.quantities(timexes, mentions, index)  # a series' count is checked by the series rules
               if d.value is None or d.value.span is None or d.value.span[1] not in series_counts]
    _derive_ordinals(drafts)
    inferred = source.published.basis == "inferred"
    claims: dict[str, Claim] = {}
    for d in drafts:
        if d.facet == "occurrence" and unkeyed_series(d.subject_id) is not None \
                and d.value is None and (d.when is None or d.when.start is None):
            continue  # a session with neither number nor date cannot be told from the others
        subject_id, label = _settle_subject(d)
        s = d.sentence
        part = d.when.span if d.when else (d.value.span if d.value else d.subject_span)
        if d.facet == "title" and d.value is not None and d.value.span:
            part = d.value.span  # two titles of one person in one dated sentence are two claims
        cid = claim_id(source.id, d.facet, subject_id, s.span, part)
        if cid in claims:
            held = claims[cid]
            if d.subject_span is None or (d.where is None or held.where is not None) and (
                    d.value is None or held.value is not None):
                continue  # it states nothing the first did not (two places stay with the first)
            # two phrases of one sentence dated by one expression ("meeting today at the
            # forum in Oslo"): the one that states more is a claim of its own
            cid = claim_id(source.id, d.facet, subject_id, s.span, d.subject_span)
            if cid in claims:
                continue
        rests = inferred and d.when is not None and d.when.anchor in {"publication", "another"}
        claims[cid] = Claim(
            id=cid, source=source.id, span=s.span, quote=source.text[s.span[0]:s.span[1]], predicate=d.predicate,
            subject=SubjectRef(id=subject_id, label=label, text=d.subject_text, span=d.subject_span),
            who=d.who or [], when=to_when(d.when) if d.when else None, where=d.where, value=d.value,
            modality=d.modality, attribution=s.attribution, rests_on_inferred_date=rests, facet=d.facet,
            derived=d.derived, timex=d.when, topic=tuple(sorted(d.topic)), event_type=d.event_type,
            quantity=d.quantity, title=d.title,
        )
    for c in (event_claims(source, timexes, mentions) + pending_claims(source, mentions) + rank_claims(source, mentions)
              + seat_claims(source, timexes, mentions) + operator_claims(source, mentions)
              + comparison_claims(source) + repeat_claims(source, mentions) + area_claims(source, mentions)
              + kind_ordinal_claims(source) + score_claims(source, timexes)):
        claims.setdefault(c.id, c)
    _date_owned_sessions(source, list(claims.values()))
    return sorted(claims.values(), key=lambda c: (c.span, c.facet, c.subject.id))


BORROW_SENTENCES = 2  # sentences back in which an owned event's number finds the happening it counts


def _day_precise(c: Claim) -> bool:
    w = c.when
    return w is not None and w.start is not None and w.start == w.end and w.granularity in ("day", "time")


def _date_owned_sessions(source: Source, claims: list[Claim]) -> None:
    """"It was the fourth flight of the X", "82 seconds into its fifth flight": a numbered
    owned event stated without a date counts the happening its article has just reported:
    it takes the day of the nearest dated occurrence at or before its sentence (within
    ``BORROW_SENTENCES``), else of the article's first dated occurrence of its class, so
    two numbers given for one happening meet across articles (events/session_coref.py)."""
    owned = [c for c in claims if c.facet == "occurrence" and c.when is None and c.value is not None
             and owned_class(c.subject.id) is not None]
    if not owned:
        return
    starts = [a for a, _ in source.sentences]
    dated = sorted((c for c in claims if c.facet == "occurrence" and _day_precise(c) and owned_class(c.subject.id) is None),
                   key=lambda c: (c.span[0], c.when.span[0] if c.when else 0))
    for c in owned:
        here = bisect.bisect_right(starts, c.span[0]) - 1
        floor = source.sentences[max(0, here - BORROW_SENTENCES)][0]
        before = [d for d in dated if floor <= d.span[0] <= c.span[0]
                  and (d.span[0] < c.span[0] or (d.when is not None and d.when.span[1] <= c.span[1]))]
        cls = owned_class(c.subject.id)
        pick = before[-1] if before else next((d for d in dated if d.event is not None and d.event.cls == cls), None)
        if pick is not None and pick.when is not None and pick.modality == "reported":
            c.when, c.timex = pick.when, pick.timex
            c.rests_on_inferred_date = pick.rests_on_inferred_date
