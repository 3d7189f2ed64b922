"""What an event mention's own clause states: its time, participants, patient, role,
outcome and modality, each read from the trigger's neighbourhood in the clause (the
attribute table of docs/internals.md, "Event mentions")."""

from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from ..entities import gazetteer
from ..entities.lexicon import lexicon as names
from ..models import Mention, Modality, Source, Span, Timex
from ..predicates import cues_in
from ..timex.words import count
from ..words import PhraseMatch, alternation
from .lexicon import Trigger, lexicon
from .nouns import happening_at, own_clause
from .numbered_places import numbered_end

TIME_AFTER = 90  # a time expression this far after the trigger dates it ...
TIME_BEFORE = 45  # ... or this far before it ("On Friday, X was ousted", "Monday's vote")
LOCATIVE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$", re.IGNORECASE)
LOCATIVE_FROM = re.compile(r"\b(?:in|at|near|outside|inside|from)\s+(?:the\s+)?$", re.IGNORECASE)
# a name no table knows after a locative ("from the Kestrel spaceport", "in Vardhaven"): a
# place by its position, up to four words after the trigger
_UNKNOWN_PLACE = re.compile(r"(?:\s+[\w’'-]+){0,3}?\s+(?P<loc>in|at|near|outside|from)\s+(?:the\s+)?"
                            r"(?P<name>[A-Z][\w’'-]*(?:[ \t-][A-Z][\w’'-]*){0,2})")


def unknown_place(text: str, trig: PhraseMatch[Trigger], clause: Span, place_from: bool,
                  taken: list[Span]) -> Mention | None:
    """A capitalised name after a locative right after the trigger that no mention or time
    expression (``taken``) covers: a place by its position ("lifted off from the Kestrel
    spaceport": Kestrel). Weekdays, months and other calendar words name no place."""
    m = _UNKNOWN_PLACE.match(text, trig.end, min(clause[1], trig.end + 60))
    if m is None or (m.group("loc") == "from" and not place_from):
        return None
    name, span = m.group("name"), m.span("name")
    stop = numbered_end(text, name, span[1])  # "at Camp 3": the number is the name's
    name, span = text[span[0]:stop], (span[0], stop)
    calendar = names().calendar
    if any(w.lower() in calendar or w.lower() in names().stop for w in name.split()) \
            or any(a < span[1] and span[0] < b for a, b in taken):
        return None
    slug = re.sub(r"[^\w]+", "-", name.casefold()).strip("-_")
    return Mention(span=span, text=name, kind="place", entity=f"place:{slug}", label=name, rule="event-place")


@lru_cache(maxsize=1)
def _narrower() -> re.Pattern[str]:
    """ "<place> area of <Name>", "<place>, <Name>" right after a place."""
    parts = alternation(gazetteer.table().part_nouns)
    name = r"[A-Z][\w’'.-]*(?:[ \t][A-Z][\w’'.-]*){0,2}"
    return re.compile(rf"\s+(?:{parts})\s+of\s+(?:the\s+)?(?P<of>{name})|,[ \t]+(?P<wider>{name})(?![\w’'-]|,?[ \t]+(?:and|or)\b|,[ \t]+[A-Z])")


@lru_cache(maxsize=1)
def _name_tail() -> re.Pattern[str]:
    """What still belongs to a place name after the word a mention ends on: a lower-case
    particle and the capitalised rest ("Medina del Campo", "Rio de Janeiro"), and an area
    noun written after the name ("Valladolid province", "the Khumbu region"): the area is
    then what the place rule compares, not the town of the same name."""
    particles = alternation(gazetteer.table().name_particles)
    areas = alternation(gazetteer.table().area_nouns)
    return re.compile(rf"(?:[ \t](?:{particles})[ \t][A-Z][\w’'.-]*)?(?:[ \t](?:{areas})\b(?![ \t]+of\b|[’'-]))?")


_SITE_IN = re.compile(r"[ \t]+in[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w’'.-]*)(?:[ \t](?:de|del|da|di|la|le)?[ \t]?[A-ZÀ-ÖØ-Þ][\w’'.-]*){0,2}"
                      r"(?![\w’'-])")


def narrowed_end(text: str, end: int, stop: int) -> int:
    """Where a place written with the wider place it lies in ends ("the Harris Park area of
    Bailey", "Evergreen, Colorado"): the whole phrase is the event's place, so the place rule
    sees it nest in the wider name. After a comma the wider name must be an area the
    gazetteer knows (a state, a county, a country), and not the next item of a list ("Leeds,
    York and Hull"). ``end`` itself when nothing follows."""
    tail = _name_tail().match(text, end, stop)
    end = tail.end() if tail is not None else end
    if gazetteer.site_noun(text[max(0, end - 60):end].rsplit(",", 1)[-1]):
        town = _SITE_IN.match(text, end, stop)  # "the Polar Hotel in Bodø": a venue and its town
        if town is not None and not any(w.strip(".").lower() in names().calendar for w in town.group().split()[1:]):
            return town.end() - len(town.group()) + len(town.group().rstrip("."))
    m = _narrower().match(text, end, stop)
    if m is None or (m.group("wider") is not None and not gazetteer.is_area(m.group("wider"))):
        return end
    return m.end()


def narrowed_place(text: str, where: Mention | None, clause: Span) -> Mention | None:
    """``where`` widened by ``narrowed_end``."""
    if where is None:
        return None
    end = narrowed_end(text, where.span[1], clause[1])
    if end == where.span[1]:
        return where
    return where.model_copy(update={"span": (where.span[0], end), "text": text[where.span[0]:end]})


_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got|gets)\s+(?:(?:\w+ly|also|then|later|just|already)\s+)?$",
                      re.IGNORECASE)
_SPEAKER_AFTER = re.compile(r"^[’']?s?\s*(?:\w+\s+)?(?:said|says|told|reported|announced|stated|added)\b")
_SPEAKER_BEFORE = re.compile(r"\baccording to\s+(?:the\s+)?$", re.IGNORECASE)
# a verb between the trigger and a later time expression dates that verb, not the event
# ("voted to accept the request Iceland lodged in 2019"); scheduling verbs pass the date on
_OTHER_VERB = re.compile(r"\b(?!(?:set|scheduled|fixed|slated|planned|expected|due)\b)[a-z]{3,}ed\b")
AUX_ONLY = re.compile(r"\s+(?:(?:was|were|is|are|has|had|have|been|be|will)\s+){1,2}(?:\w+ly\s+)?")
_THAT = re.compile(r"\bthat\b")
_SAY = re.compile(r"\b(?:say|says|said|told|tells|reported|announced)\b")
DATELINE_DATE = re.compile(r"[A-Z][A-Z .'’-]+,\s+(?:[A-Z][\w .'’-]*,\s+)?")  # "OSLO, " / "LYON, France, " before a date
_FRONTED_DATE = re.compile(r"\s*(?:[A-Za-z]+\s+){0,2}")  # "In ", "Early on ": a date opening its clause
TIME_FRONTED = 120  # chars: a fronted date dates the clause's event verb this far on
# an -ed verb between a fronted date and the trigger that is a clause's own finite verb, not a
# participle ("being moved", "loaded with"): "On Monday, police searched ... and then arrested"
_FINITE_OTHER = re.compile(r"(?<!being )(?<!been )(?<!was )(?<!were )\b(?:had|has|have)?\s*\b[a-z]{3,}ed\s+(?:the|a|an|his|her|its|their)\b")
_SINCE = re.compile(r"\b(?:since|from|until|till|by)\s+(?:\w+\s+)?$", re.IGNORECASE)
CORE = 60  # characters before the trigger within which a participant is core (its subject)
OBJECT_WORDS = 3  # words after the trigger within which a participant is core (its object)
PRONOUN_REACH = 600  # characters back in which a pronoun's referent is looked for
# personal pronouns only: "it" has too many candidates to guess from the words before
_POSSESSIVE_BEFORE = re.compile(r"\b(his|her)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_OBJECT_AFTER = re.compile(r"\s+(him|her)\b", re.IGNORECASE)
# a place written as a modifier of a noun: "a Florida billing firm was", not "Florida was"
_MODIFIED = re.compile(r"\s+(?!(?:is|are|was|were|has|have|had|will|would|also|formally|officially|not)\b)"
                       r"(?![a-z]+ly\b)[a-z][\w-]*\b")
_SUBORDINATE = re.compile(r"\s*(?:as|when|after|before|while|although|though|because|since|if|once|until)\b",
                          re.IGNORECASE)  # a sentence opening with a subordinate clause
_SUBJECT_BEFORE = re.compile(r"\b(he|she)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
# a comma-enclosed appositive right before the verb group ("X, the club's captain, has resigned")
_APPOSED = re.compile(r",\s+(?:the|a|an|its|his|her|their)\s[^,;:]{1,70},\s+(?:[\w’'-]+\s+){0,2}$", re.IGNORECASE)
# "a Rovers supporter, X": an indefinite object whose name follows it in apposition
_INDEFINITE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
_APPOSED_NAME = re.compile(r"\s+[a-z][\w-]*,\s+")
_INDEFINITE_APPOSED = re.compile(r"\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,3}[a-z][\w-]*,\s+")
_ROLE = re.compile(r"\s+as\s+(?:(?:the|a|an|its|his|her|their|new)\s+|[\w.-]+[’']s\s+)*"
                   r"(?P<role>[A-Za-z][\w-]*(?:\s+(?!of\b|on\b|in\b|at\b|after\b|and\b)[A-Za-z][\w-]*){0,2})")
_ROLE_DIRECT = re.compile(_ROLE.pattern.replace(r"\s+as\s+", r"\s+", 1))


_AGENT_IN: dict[tuple[str, ...], re.Pattern[str]] = {}  # agent nouns -> their "<agent> in <Name> ..." pattern
_NAME = r"[A-Z][\w’'.-]*(?:[ \t][A-Z][\w’'.-]*){0,2}"


_BY_IN: dict[tuple[str, ...], re.Pattern[str]] = {}


def _by_agent_in(agents: tuple[str, ...]) -> re.Pattern[str]:
    """"by the (district) court in <Name>": a passive verb's agent and its place."""
    found = _BY_IN.get(agents)
    if found is None:
        found = _BY_IN[agents] = re.compile(r"\bby\s+(?:the\s+|a\s+)?(?:[a-z][\w-]*\s+){0,2}?(?i:%s)\s+in\s+(?P<name>%s)"
                                            % ("|".join(map(re.escape, agents)), _NAME))
    return found


def agent_place(text: str, trig: PhraseMatch[Trigger], clause: Span, actors: list[Mention], taken: list[Span],
                agents: tuple[str, ...], venues: frozenset[str], locative: re.Pattern[str]) -> Mention | None:
    """The place of an event's agent written just before its verb ("A court in Leeds on
    Thursday sentenced", "Police in Lyon arrested"; a name no mention covers is a place by
    its position, as in ``unknown_place``), or a named venue after a locative within four
    words ("given at Bradford Crown Court")."""
    pattern = _AGENT_IN.get(agents)
    if pattern is None:
        pattern = _AGENT_IN[agents] = re.compile(
            r"\b(?i:%s)\s+in\s+(?P<name>%s)(?:\s+[\w’'-]+){0,3}\s+$" % ("|".join(map(re.escape, agents)), _NAME))
    if trig.value.pos == "verb":
        lo = max(clause[0], trig.start - 90)
        m = pattern.search(text, lo, trig.start)
        if m is None:  # the agent of a passive verb after it: "was sentenced on Thursday by the court in X"
            after = _by_agent_in(agents).search(text, trig.end, min(clause[1], trig.end + 90))
            if after is not None and "," not in text[trig.end:after.start()] \
                    and _PASSIVE.search(text, max(clause[0], trig.start - 12), trig.start):
                m = after
        if m is not None and "," not in m.group():
            span = m.span("name")
            for a in actors:
                if a.span[0] < span[1] and span[0] < a.span[1]:
                    return a if a.kind in {"place", "country"} else None
            name = m.group("name")
            if not any(a < span[1] and span[0] < b for a, b in taken) \
                    and not any(w.lower() in names().calendar or w.lower() in names().stop for w in name.split()):
                slug = re.sub(r"[^\w]+", "-", name.casefold()).strip("-_")
                return Mention(span=span, text=name, kind="place", entity=f"place:{slug}", label=name,
                               rule="event-place")
    for a in actors:
        if a.kind == "org" and trig.end <= a.span[0] and len(text[trig.end:a.span[0]].split()) <= 4 \
                and text[a.span[0]:a.span[1]].split()[-1].lower() in venues \
                and locative.search(text, max(clause[0], a.span[0] - 12), a.span[0]):
            return a
    return None


def is_date(t: Timex) -> bool:
    return t.type in {"DATE", "TIME"} and t.start is not None and not t.value.endswith("_REF") \
        and not t.text.lower().endswith(("-century", "-era", "-vintage"))  # "19th-century jewels" (frames.describes)


# a time between a determiner and a lower-case word after the trigger dates that noun ("the 2004
# murder", "his 2019 album"): the trigger takes it only when its clause gives no other time
_PREMODIFIER_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|this|that)\s+$")
_NOUN_AFTER = re.compile(r"\s+[a-z][a-z-]+\b")
PREMODIFIER_PENALTY = 1000.0


def time_for(text: str, trig: PhraseMatch[Trigger], clause: Span, times: list[Timex]) -> Timex | None:
    """The time expression nearest the trigger in its clause; after it is preferred."""
    best: tuple[float, Timex] | None = None
    for t in times:
        if not (clause[0] <= t.span[0] and t.span[1] <= clause[1]) or not is_date(t):
            continue
        if t.mod in {"ON_OR_AFTER", "AFTER", "START", "BEFORE", "ON_OR_BEFORE"}:
            continue  # "since May", "by 2024": a bound, not the event's date
        if _SINCE.search(text, max(clause[0], t.span[0] - 14), t.span[0]):
            continue
        if DATELINE_DATE.fullmatch(text, clause[0], t.span[0]):
            continue  # "KATHMANDU, Nov. 8 (Agency) --": the day it was filed, not the event's
        if t.span[0] >= trig.end:
            gap = t.span[0] - trig.end
            if gap > TIME_AFTER or blocked(text, trig, t.span[0]) or _SAY.search(text, trig.end, t.span[0]):
                continue  # "..., the company said on Wednesday": the day of the statement (events/announced.py)
            score = float(gap)
            if _PREMODIFIER_BEFORE.search(text, max(clause[0], t.span[0] - 8), t.span[0]) \
                    and _NOUN_AFTER.match(text, t.span[1]):
                score += PREMODIFIER_PENALTY  # "quashed his conviction for the 2004 murder": the murder's year
        else:
            gap = trig.start - t.span[1]
            fronted = _FRONTED_DATE.fullmatch(text, clause[0], t.span[0]) is not None \
                and text.startswith(",", t.span[1]) and "," not in text[t.span[1] + 1:trig.start]
            if fronted and gap <= TIME_FRONTED and not _SAY.search(text, t.span[1], trig.start) \
                    and not _THAT.search(text, t.span[1], trig.start) \
                    and not _FINITE_OTHER.search(text, t.span[1], trig.start):
                pass  # "In February 2024, an empty train being moved to a depot derailed": the clause's verb
            elif gap > TIME_BEFORE or gap < 0 or _SAY.search(text, t.span[1], trig.start) \
                    or _THAT.search(text, t.span[1], trig.start) or _OTHER_VERB.search(text, t.span[1], trig.start):
                continue  # "declared in 2008 that Ukraine would join": the date is the declaring's
            if "," in text[t.span[1]:trig.start] and "," in text[clause[0]:t.span[0]]:
                continue  # across a comma only a fronted date ("On Friday, X was ousted") dates the event
            score = gap * 1.5
        if best is None or score < best[0]:
            best = (score, t)
    return best[1] if best else _when_antecedent(text, trig, clause, times)


# "since 2014, when a minibus crashed": a relative "when" after a date makes it the clause's time
_WHEN_AFTER = re.compile(r",\s+when\s+[^,;.]*$")


def _when_antecedent(text: str, trig: PhraseMatch[Trigger], clause: Span, times: list[Timex]) -> Timex | None:
    """The date right before a clause that opens with "when" ("in 2014, when a minibus crashed",
    "since 2019, when the plant closed"): the time that clause tells of, so an earlier event of
    the story's kind stays dated apart from the story's own."""
    for t in times:
        if clause[0] <= t.span[0] and t.span[1] <= trig.start and is_date(t) \
                and _WHEN_AFTER.match(text, t.span[1], trig.start):
            return t
    return None


_SPAN_AFTER = re.compile(r"\b(?P<n>[A-Za-z]+|\d+)\s+(?P<u>days?|weeks?)\s+$")
_PRESENT_MAIN = re.compile(r"\b(?:comes|come|is|are)\b", re.IGNORECASE)


def time_before_after(text: str, sent: Span, clause: Span, times: list[Timex], source: Source) -> Timex | None:
    """"Monday's protests came two days after the election", "This comes a day after the
    board fired X": an event in an "after" clause dated by counting back from the main
    clause's day, the one written before the span (day-precise), else the publication day
    when the main clause is in the present ("this comes"). Days and weeks only."""
    if not text.startswith("after ", clause[0]) or clause[0] <= sent[0]:
        return None
    m = _SPAN_AFTER.search(text, max(sent[0], clause[0] - 24), clause[0])
    if m is None:
        return None
    n = count(m.group("n"))
    if n is None or n != int(n) or not 0 < n <= 60:
        return None
    back = timedelta(days=int(n) * (7 if m.group("u").startswith("week") else 1))
    main = [t for t in times if sent[0] <= t.span[0] and t.span[1] <= m.start() and is_date(t)
            and t.granularity == "day" and t.start is not None]
    if main:
        day, anchor = main[-1].start, "another"
    elif _PRESENT_MAIN.search(text, sent[0], m.start()) and source.published.start is not None \
            and source.published.start == source.published.end:
        day, anchor = source.published.start, "publication"
    else:
        return None
    assert day is not None
    at = day - back
    words = m.group().rstrip()
    return Timex(span=(m.start(), m.start() + len(words)), text=words, type="DATE", value=at.isoformat(), start=at, end=at,
                 granularity="day", anchor=anchor, rule="span_after")  # type: ignore[arg-type]


def blocked(text: str, trig: PhraseMatch[Trigger], until: int) -> bool:
    """Another verb stands between the trigger and a time expression after it; the verb a
    noun trigger is the subject of does not count ("the accession was completed in 1995")."""
    m = _OTHER_VERB.search(text, trig.end, until)
    if m is None:
        return False
    own = own_clause(text, trig.end, until) if trig.value.pos == "noun" else None
    if own is not None and m.start() < own[0]:  # "the final, played in Leeds on May 17": its own verb
        return _OTHER_VERB.search(text, own[0], until) is not None
    subject_of = AUX_ONLY.fullmatch(text, trig.end, m.start()) or (
        not text[trig.end:m.start()].strip() and happening_at(text, m.start()))  # "the fire started in X on May 2"
    return not (trig.value.pos == "noun" and subject_of and _OTHER_VERB.search(text, m.end(), until) is None)


def is_speaker(text: str, m: Mention, clause: Span) -> bool:
    """"X said", "according to X": the source of the report, not a participant."""
    after = text[m.span[1]:min(clause[1], m.span[1] + 24)]
    before = text[max(clause[0], m.span[0] - 16):m.span[0]]
    return bool(_SPEAKER_AFTER.match(after) or _SPEAKER_BEFORE.search(before))


def org_country(m: Mention) -> str | None:
    """"Hungarian Parliament", "Turkish parliament": a body's country from its first word."""
    first = m.text.split()[0] if m.text.split() else ""
    return names().country_of(first) if first and first[0].isupper() else None


def participant_keys(text: str, m: Mention, trig: PhraseMatch[Trigger]) -> list[tuple[str, str]]:
    """A participant's keys and kinds. Only a core participant (near the trigger, not a
    place after a locative, not a place's country) can clash with another mention's."""
    assert m.entity is not None
    if m.span[0] >= trig.end:  # after the trigger: its object, right after it
        near = len(text[trig.end:m.span[0]].split()) <= OBJECT_WORDS
    else:  # before it: its subject, within reach
        near = trig.start - m.span[1] <= CORE
    located = m.kind == "place" or bool(LOCATIVE.search(text, max(0, m.span[0] - 12), m.span[0]))
    out = [(m.entity, m.kind if near and not located else "far")]
    country = m.country if m.kind != "country" else None
    if country is None and m.kind == "org":
        country = org_country(m)
    if country:  # a country only implied (a person's, a body's, a place's) weighs less: kind suffix "~"
        out.append((f"country:{country}", ("country" if near and m.kind != "place" else "far") + "~"))
    return out


def pronoun_referent(text: str, trig: PhraseMatch[Trigger], role: str, clause: Span, passive: bool,
                      earlier: list[Mention]) -> Mention | None:
    """"his sentencing", "fired him", "she resigned": the nearest person (or, for it/its,
    organisation) mentioned before, when the pronoun stands where the patient would."""
    word = None
    if trig.value.pos == "noun":
        m = _POSSESSIVE_BEFORE.search(text, max(clause[0], trig.start - 30), trig.start)
        word = m.group(1) if m else None
    elif role == "object" and not passive:
        m = _OBJECT_AFTER.match(text, trig.end)
        word = m.group(1) if m else None
    else:
        m = _SUBJECT_BEFORE.search(text, max(clause[0], trig.start - 40), trig.start)
        word = m.group(1) if m else None
    if word is None:
        return None
    persons = [m for m in earlier if m.kind == "person" and m.entity and m.span[1] <= trig.start
               and trig.start - m.span[0] <= PRONOUN_REACH]
    if not persons:
        return None
    last = persons[-1]
    subject = trig.value.pos != "noun" and (role != "object" or passive)
    if subject and m is not None and not text[clause[0]:m.start()].strip() and last.span[1] <= clause[0]:
        # "She was sentenced" opening a sentence: the subject of the sentence before, its first person
        start = max(text.rfind(". ", 0, last.span[0]), text.rfind("\n", 0, last.span[0]))
        lead = _SUBORDINATE.match(text, start + 1)
        if lead is not None:  # "As X names his cabinet, Y has become ...": the main clause's subject
            comma = text.find(",", lead.end(), last.span[0])
            start = comma if comma >= 0 else start
        return next(x for x in persons if x.span[0] > start)
    return last


# ", who was arrested", ", who had been sentenced": a relative clause on a person, its verb passive
_WHO_PASSIVE = re.compile(r",\s+who\s+(?:(?:has|had|have)\s+)?(?:been|was|were|is|are)\s+(?:\w+ly\s+|also\s+|later\s+)?$",
                          re.IGNORECASE)
# "X, the company's former director, who ...": an appositive between the person and "who"
_APPOSITIVE = re.compile(r"(?:,\s+(?:the|a|an|its|his|her|their)\s[^,;:()]{1,70})?", re.IGNORECASE)


def relative_antecedent(text: str, trig: PhraseMatch[Trigger], role: str, sent: Span,
                        ments: list[Mention]) -> Mention | None:
    """"Farrow, who was arrested in May", "Ms Lund, the club's chair, who was dismissed on
    Friday": the person a relative "who" stands for, when it stands where the patient would
    (a passive verb of a class whose patient is its object); the person is named right
    before the comma, or before an appositive. An active verb after "who" ("X, who quit")
    is left to the subject readings: its relative may span a sentence of several people."""
    if role != "object" or trig.value.pos != "verb":
        return None
    cue = _WHO_PASSIVE.search(text, max(sent[0], trig.start - 40), trig.start)
    if cue is None:
        return None
    for m in reversed(ments):
        if m.span[1] > cue.start():
            continue
        if m.span[1] < sent[0] or cue.start() - m.span[1] > 80:
            return None
        if m.kind == "person" and m.entity and _APPOSITIVE.fullmatch(text, m.span[1], cue.start()):
            return m
        return None  # the nearest mention before "who" is no person: it is not named there
    return None


def is_passive(text: str, trig: PhraseMatch[Trigger], clause: Span) -> bool:
    return trig.value.pos == "verb" and bool(_PASSIVE.search(text, max(clause[0], trig.start - 30), trig.start))


def patient_of(text: str, trig: PhraseMatch[Trigger], role: str, clause: Span,
             actors: list[Mention]) -> Mention | None:
    """Who the event happened to, by the class's role and the voice of the trigger."""
    if role == "none":
        return None
    before = [m for m in actors if m.span[1] <= trig.start]
    after = [m for m in actors if m.span[0] >= trig.end]
    if trig.value.pos == "noun":
        nxt = after[0] if after else None
        if role == "object" and nxt is not None and re.fullmatch(r"\s+of\s+(?:the\s+)?", text[trig.end:nxt.span[0]]):
            return nxt
        prev = before[-1] if before else None
        if prev is not None and re.fullmatch(r"[’']s?\s+(?:[\w-]+\s+){0,2}", text[prev.span[1]:trig.start]):
            return prev
        return None
    passive = is_passive(text, trig, clause)
    if role == "object" and not passive:
        nxt = after[0] if after else None
        if nxt is not None and len(text[trig.end:nxt.span[0]].split()) <= 3:
            named = after[1] if len(after) > 1 else None
            if named is not None and named.kind == "person" and _INDEFINITE.search(text, trig.end, nxt.span[0]) \
                    and _APPOSED_NAME.fullmatch(text, nxt.span[1], named.span[0]):
                return named  # "arrested a Rovers supporter, Callum Farrow,": the name in apposition
            return nxt
        if nxt is not None and nxt.kind == "person" and _INDEFINITE_APPOSED.fullmatch(text, trig.end, nxt.span[0]):
            return nxt  # "detained a Leeds United fan, Ryan Holt,": the object's name after it
        return None
    prev = before[-1] if before else None
    apposed = _APPOSED.search(text, max(clause[0], trig.start - 120), trig.start)
    if apposed is not None:  # "X, the club's captain, has resigned": the subject before the appositive
        subject = next((m for m in reversed(before) if m.span[1] <= apposed.start()), None)
        if subject is not None and subject.span[1] == apposed.start():
            return subject
    if prev is None or len(text[prev.span[1]:trig.start].split()) > 4:
        return None  # the subject stands right before its verb ("Croatia joined", "X was ousted")
    if prev.kind in ("place", "country") and _MODIFIED.match(text, prev.span[1], trig.start):
        return None  # "the head of a Florida billing firm was sentenced": the place modifies the subject's noun
    return prev


def role_of(text: str, trig: PhraseMatch[Trigger], clause: Span, actors: list[Mention]) -> tuple[str, ...]:
    """"appointed X as prime minister", "took over as leader": the role's words (lower case)."""
    start = trig.end
    nxt = next((m for m in actors if m.span[0] >= trig.end), None)
    if nxt is not None and len(text[trig.end:nxt.span[0]].split()) <= 2 and " as " not in text[trig.end:nxt.span[0]]:
        start = nxt.span[1]  # skip the object: "appointed Dame Ada Quinn as ..."
    said = text[trig.start:trig.end].lower()
    if said.endswith(" as"):
        start = trig.end - 3  # the form holds its "as" ("took over as leader")
    if said in lexicon().with_role:
        m = _ROLE_DIRECT.match(text, trig.end, min(clause[1], trig.end + 60))  # "became shadow chancellor"
    else:
        m = _ROLE.match(text, start, min(clause[1], start + 60))
    if m is None:
        return ()
    words = tuple(sorted({w.lower() for w in m.group("role").split()}))
    return words if titled(words) else ()  # "as the 32nd member" is no role; "as prime minister" is


def titled(role: tuple[str, ...]) -> bool:
    """The role words hold a title head ("chancellor", "minister", "chief executive")."""
    heads = names().title_last_words
    return any(w in heads for w in role)


def polarity_of(text: str, trig: PhraseMatch[Trigger], negative: tuple[str, ...]) -> str | None:
    if not negative:
        return None
    said = text[trig.start:trig.end].lower()
    return "negative" if any(n in said for n in negative) else "positive"


def modality_of(text: str, clause: Span, trig: PhraseMatch[Trigger], when: Timex | None, source: Source) -> Modality:
    """Planned when a future cue governs the trigger or its time lies after publication."""
    cues = cues_in(text[max(clause[0], trig.start - 60):trig.start].lower())
    pub = source.published
    if when is not None and when.end is not None and pub.start is not None and when.end < pub.start:
        return "reported"  # a date wholly before publication reports what happened
    if "future" in cues or "expected" in cues or (when is not None and when.tense == "future"):
        return "planned"
    if when is not None and when.start is not None and pub.end is not None and when.start > pub.end:
        return "planned"
    return "reported"
