"""The event-class tables (resources/events/*.yaml), compiled once into phrase tables."""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..resources import load_resource
from ..words import PhraseTable, Words

PatientRole = Literal["object", "subject", "none"]


class Polarity(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    negative: list[str]


class EventClass(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    verbs: list[str] = Field(default_factory=list)
    forms: list[str] = Field(default_factory=list)
    nouns: list[str] = Field(default_factory=list)
    patient: PatientRole = "none"
    intransitive: list[str] = Field(default_factory=list)
    forms_with_role: list[str] = Field(default_factory=list)  # count only with a title after them
    excludes: list[str] = Field(default_factory=list)  # classes that cannot describe the same happening
    distributive: bool = False  # "approved by X and Y" is two approvals, one each
    once: bool = False  # happens once to its patient (an accession): dates far apart are still one event
    polarity: Polarity | None = None
    place_from: bool = False  # "lifted off from X", "evacuated from X": the place after "from" is the event's
    # a distributive class whose mentions that name nobody ("arrested four people") are the
    # story's one round of the event: the main event of its kind like any joint class
    collective: bool = False
    # verbs that make the event happen by stating it: "the recall, announced on Monday" dates the recall
    announced_by: list[str] = Field(default_factory=list)


class ClassExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    trigger: str
    class_: str = Field(alias="class")


class ClassTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    classes: dict[str, EventClass]
    irregular: dict[str, list[str]]
    not_events: list[str]
    not_after: list[str] = Field(default_factory=list)
    member_nouns: list[str]
    # "a court in X sentenced", "police in X arrested": the agent's place is the event's
    agent_nouns: list[str] = Field(default_factory=list)
    # "given at Bradford Crown Court", "at Aldmoor Stadium": a named venue is a place
    venue_nouns: list[str] = Field(default_factory=list)
    modified_nouns: list[str]
    # nouns mostly written as adjectives ("final"): an event only as a phrase's head
    head_only: list[str] = Field(default_factory=list)
    head_after: list[str] = Field(default_factory=list)
    # a verb form and the words right after it that make it another verb ("ruled out")
    not_before: dict[str, list[str]] = Field(default_factory=dict)
    role_modifiers: list[str]
    examples: list[ClassExample]


class Weights(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    shared_participant: float
    shared_patient: float
    date_agrees: float
    same_place: float
    clashing_participant: float
    dates_far: float
    implied_participant: float
    same_ordinal: float = 0.0


class StorySettings(BaseModel):
    """The evidence that two articles' main events of a story's main class are the story's
    one event (`main_events.join_story_mains`): weights summed against `threshold`."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    share: float  # the class is the story's main one when at least this share of its articles report it
    main_class: float  # both are their article's main event, of the story's main class
    lead: float  # the article reports it in its headline or first sentence: its news
    definite: float  # the article refers to it by a definite noun ("the fire"): a known event
    shared_name: float  # each person, body or place both clusters' claims name, up to max_shared
    date_agrees: float  # their dates overlap (day-precise: within day_slack)
    same_place: float  # one place named by both
    other_place: float  # both name places the gazetteer knows, none the same or within another, no site in a town
    threshold: float


class LoneSettings(BaseModel):
    """The evidence that two articles' one dated happening of a kind each are one happening
    (`story_happenings.join_lone_happenings`): weights summed against `threshold`."""

    model_config = ConfigDict(extra="forbid", defer_build=True)
    lone_both: float  # each is the only subject of its kind its article dates to a day
    shared_name: float  # each person, body, place or patient both name, up to max_shared
    lead: float  # per article reporting it in its lead (its first `lead_chars`): its news
    threshold: float
    # nouns that name a happening only as a misfortune ("the accident"): the one happening of
    # the listed kinds other articles report in its days, when there is exactly one such kind
    generic: dict[str, list[str]] = Field(default_factory=dict)


class CorefSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    weights: Weights
    max_shared: int
    threshold: float
    day_slack: int
    far_days: int
    far_any_days: int
    max_block: int
    # classes (and event nouns of the occurrence frame) that may report one happening:
    # "sentenced", "found guilty" and "the trial ended" for one court decision
    families: dict[str, list[str]] = Field(default_factory=dict)
    definite_window: int = 0  # chars: "the verdict" refers back to a mention of its family this close before
    reported_within_days: int = 0  # an undated numbered session in a lead: held at most this long before publication
    lead_chars: int = 0  # how far into an article its lead runs (chars)
    main_far_days: int = 3  # main events of two articles (events/main_events.py): days apart beyond which two
    main_story_days: int = 60  # articles published further apart are no one story by shared names alone
    story: StorySettings  # the story's main event (main_events.join_story_mains)
    lone: LoneSettings  # one dated happening of a kind per article (story_happenings.py)
    # words that name one patient ("a deal", "an agreement"): a patient of one group is one
    patient_synonyms: list[list[str]] = Field(default_factory=list)
    examples: list[dict[str, object]]


@dataclass(frozen=True)
class Trigger:
    """What a table word says: its class and whether it is a verb or a noun."""

    cls: str
    pos: Literal["verb", "noun"]


def inflect(lemma: str) -> list[str]:
    """The regular forms of a verb: base, -s, -ed, -ing ("ratify": ratifies, ratified, ratifying)."""
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        stem = lemma[:-1]
        return [lemma, stem + "ies", stem + "ied", lemma + "ing"]
    third = lemma + ("es" if lemma.endswith(("s", "sh", "ch", "x", "z", "o")) else "s")
    if lemma.endswith("e") and not lemma.endswith("ee"):
        return [lemma, third, lemma + "d", lemma[:-1] + "ing"]
    return [lemma, third, lemma + "ed", lemma + "ing"]


@dataclass(frozen=True)
class EventLexicon:
    table: PhraseTable[Trigger]
    classes: dict[str, EventClass]
    negative: dict[str, tuple[str, ...]]  # class -> words that state the opposite outcome
    intransitive: frozenset[str]  # forms whose patient is their subject
    with_role: frozenset[str]  # forms that need a title after them
    member_nouns: tuple[str, ...]
    modified_nouns: frozenset[str]  # after these an event noun is a modifier ("election campaign")
    head_only: frozenset[str] = frozenset()  # event nouns only as a phrase's head ("final")
    head_after: frozenset[str] = frozenset()  # words that may follow such a head ("the final at")
    not_after: frozenset[str] = frozenset()  # right before a noun, these make it no event ("to strike", "under fire")
    agent_nouns: tuple[str, ...] = ()  # "a court in X sentenced": the agent's place is the event's
    venue_nouns: frozenset[str] = frozenset()  # "at Bradford Crown Court": a named venue is a place
    not_before: Mapping[str, frozenset[str]] = field(default_factory=dict)  # "ruled" before "out": another verb


@lru_cache(maxsize=1)
def classes() -> ClassTable:
    return load_resource("events/classes.yaml", ClassTable)


class _FrameNouns(BaseModel):
    model_config = ConfigDict(extra="ignore", defer_build=True)  # claims/events.yaml: only its event nouns here
    nouns: dict[str, list[str]]


@lru_cache(maxsize=1)
def frame_nouns() -> dict[str, list[str]]:
    """The event nouns of the old occurrence frame (claims/events.yaml), by noun class."""
    return load_resource("claims/events.yaml", _FrameNouns).nouns


@lru_cache(maxsize=1)
def settings() -> CorefSettings:
    return load_resource("events/coref.yaml", CorefSettings)


@lru_cache(maxsize=1)
def _families() -> dict[str, str]:
    return {member: name for name, members in settings().families.items() for member in members}


def family(cls: str) -> str:
    """The family of an event class or event noun ("verdict" -> "judgment"); a class of no
    family is its own."""
    return _families().get(cls, cls)


@lru_cache(maxsize=1)
def lexicon() -> EventLexicon:
    table = classes()
    skip = {w.lower() for w in table.not_events}
    phrases: dict[str, Trigger] = {}
    for name, cls in table.classes.items():
        for form in cls.forms_with_role:
            phrases.setdefault(form.lower(), Trigger(name, "verb"))
        for noun in cls.nouns:
            phrases.setdefault(noun.lower(), Trigger(name, "noun"))
        for lemma in cls.verbs:
            for form in table.irregular.get(lemma, inflect(lemma)):
                phrases.setdefault(form.lower(), Trigger(name, "verb"))
        for form in cls.forms:
            phrases.setdefault(form.lower(), Trigger(name, "verb"))
    entries = [(p, t) for p, t in sorted(phrases.items()) if p not in skip]
    negative = {name: tuple(w.lower() for w in cls.polarity.negative)
                for name, cls in table.classes.items() if cls.polarity is not None}
    intransitive = frozenset(f.lower() for cls in table.classes.values() for f in cls.intransitive)
    with_role = frozenset(f.lower() for cls in table.classes.values() for f in cls.forms_with_role)
    return EventLexicon(table=PhraseTable(entries), classes=dict(table.classes), negative=negative,
                        intransitive=intransitive, with_role=with_role, member_nouns=tuple(w.lower() for w in table.member_nouns),
                        modified_nouns=frozenset(w.lower() for w in table.modified_nouns),
                        head_only=frozenset(w.lower() for w in table.head_only),
                        head_after=frozenset(w.lower() for w in table.head_after),
                        not_after=frozenset(w.lower() for w in table.not_after),
                        agent_nouns=tuple(w.lower() for w in table.agent_nouns),
                        venue_nouns=frozenset(w.lower() for w in table.venue_nouns),
                        not_before={f.lower(): frozenset(w.lower() for w in ws) for f, ws in table.not_before.items()})


# particles of a phrasal verb that may follow its object ("struck the law down", "called the strike off")
PARTICLES = frozenset({"down", "out", "off", "up", "back"})


@lru_cache(maxsize=1)
def phrasal_forms() -> dict[tuple[str, str], str]:
    """The table's two-word forms of a past verb and its particle ("struck down", "stepped
    down"), by (verb, particle): their class. Written around an object ("struck the cap down")
    they are that class's form still."""
    out: dict[tuple[str, str], str] = {}
    for name, cls in classes().classes.items():
        for form in cls.forms:
            parts = form.lower().split()
            if len(parts) == 2 and parts[1] in PARTICLES:
                out.setdefault((parts[0], parts[1]), name)
    return out


@lru_cache(maxsize=1)
def open_class() -> EventClass:
    """The entry of every event of no class (events/open_class.py): no patient, joint, repeats."""
    return EventClass()


def class_of(name: str) -> EventClass:
    """The class table entry of an event class; an open class (events/open_class.py: "handover")
    has the defaults."""
    found = lexicon().classes.get(name)
    return found if found is not None else open_class()


@lru_cache(maxsize=1)
def excluding_classes() -> frozenset[str]:
    """Classes that take part in an exclusion (a dismissal excludes a resignation)."""
    table = classes().classes
    return frozenset({a for a, c in table.items() if c.excludes} | {b for c in table.values() for b in c.excludes})


# kinds of entity mention whose name may hold an event noun without naming an event
# ("the Fire Brigade", "Rally Party", "Launch Ventures")
NAME_KINDS = frozenset({"person", "org", "country", "place", "office"})


def noun_not_event(text: str, words: Words, first: int, start: int, end: int, sentence_first: int,
                   spans: list[tuple[int, int]]) -> bool:
    """An event noun that names no occurrence: one inside a time expression or a proper
    name (``spans``, sorted: "OSLO, March 11", "the Fire Brigade"), or one right after a word
    that makes it a verb or an idiom ("to strike", "under fire")."""
    if first > sentence_first and words.lowers[first - 1] in lexicon().not_after \
            and text[words.starts[first - 1]].islower() and text[words.ends[first - 1]:start].isspace():
        return True  # written right before it, in lower case ("the May 2 flood" has no modal)
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    for j in range(i, max(-1, i - 4), -1):  # the few spans starting last before it: names do not nest deep
        if spans[j][0] <= start and end <= spans[j][1]:
            return True
    return False


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "whose"})


def not_head(text: str, words: Words, first: int, last: int) -> bool:
    """A noun of `head_only` ("final") written as an adjective: no determiner, possessive or
    name right before it ("is final"), or a word it modifies right after it ("the final
    whistle"). Other nouns are never excluded here."""
    lex = lexicon()
    if first != last or words.lowers[first] not in lex.head_only:
        return False
    if first == 0:
        return True
    before, gap = words.lowers[first - 1], text[words.ends[first - 1]:words.starts[first]]
    if not gap.isspace() or not (before in _DETERMINERS or before.endswith(("'s", "’s"))
                                 or text[words.starts[first - 1]].isupper()):
        return True
    if last + 1 >= len(words) or not text[words.ends[last]:words.starts[last + 1]].isspace():
        return False  # punctuation or the end after it: a head ("the final, played in ...")
    after = words.lowers[last + 1]
    return not (after in lex.head_after or after.endswith("ed") or not text[words.starts[last + 1]].islower())
