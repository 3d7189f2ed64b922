"""Event mentions: a verb or noun of an event class, with what its own clause says.

One pass over the document's words (the shared ``scan``) finds the triggers; the
sentence split, time expressions and entity mentions come from the earlier stages and are
only read here. Per clause, the first trigger heads the event ("voted on Thursday to
ratify the accession": one vote); the later ones are its complements. From the clause the
mention collects the time expression nearest its trigger, the place after a locative,
the participants (entity mentions, and the countries they belong to), the patient (who
it happened to, by the class's role and the voice), the outcome polarity and the modality.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..entities.lexicon import lexicon as names
from ..models import EventAttrs, Mention, Modality, Source, Span, Timex
from ..predicates import cues_in
from ..words import PhraseMatch, Words, scan
from .lexicon import Trigger, lexicon

# a clause ends at these: the next clause reports another fact
CLAUSE_BREAK = re.compile(r";|:(?=\s)|,\s+and\s+(?=[a-z])|,?\s(?=(?:after|before)\s)|\s[—–]\s|,\s+(?:but|while|whereas|which|who|although|though|and then)\b|\bbut\b")
REACH = 160  # characters either side of a trigger in which its clause's parts are read
TIME_AFTER = 90  # a time expression this far after the trigger dates it ...
TIME_BEFORE = 45  # ... or this far before it ("On Friday, X was ousted", "Monday's vote")
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got|gets)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_SPEAKER_AFTER = re.compile(r"^[’']?s?\s*(?:\w+\s+)?(?:said|says|told|reported|announced|stated|added)\b")
_SPEAKER_BEFORE = re.compile(r"\baccording to\s+(?:the\s+)?$", re.IGNORECASE)
# a verb between the trigger and a later time expression dates that verb, not the event
# ("voted to accept the request Sweden lodged in 2022"); scheduling verbs pass the date on
_OTHER_VERB = re.compile(r"\b(?!(?:set|scheduled|fixed|slated|planned|expected|due)\b)[a-z]{3,}ed\b")
_AUX_ONLY = re.compile(r"\s+(?:(?:was|were|is|are|has|had|have|been|be|will)\s+){1,2}(?:\w+ly\s+)?")
_THAT = re.compile(r"\bthat\b")
# "tabled a vote", "postponed the ratification": the noun is another verb's object, not an event reported
_VERB_BEFORE = re.compile(r"\b[a-z]{3,}ed\s+(?:[\w’'-]+\s+){0,2}$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|of|for|about|in|to|from|by|without|against)\s+$", re.IGNORECASE)
_CONJUNCT = re.compile(r",?\s+(?:and|together with|along with)\s+")
_SAY = re.compile(r"\b(?:say|says|said|told|tells|reported|announced)\b")
_SINCE = re.compile(r"\b(?:since|from|until|till|by)\s+(?:\w+\s+)?$", re.IGNORECASE)
CORE = 60  # characters before the trigger within which a participant is core (its subject)
OBJECT_WORDS = 3  # words after the trigger within which a participant is core (its object)
PRONOUN_REACH = 600  # characters back in which a pronoun's referent is looked for
# personal pronouns only: "it" has too many candidates to guess from the words before
_POSSESSIVE_BEFORE = re.compile(r"\b(his|her)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_OBJECT_AFTER = re.compile(r"\s+(him|her)\b", re.IGNORECASE)
_SUBJECT_BEFORE = re.compile(r"\b(he|she)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
_ROLE = re.compile(r"\s+as\s+(?:(?:the|a|an|its|his|her|their|new)\s+|[\w.-]+[’']s\s+)*"
                   r"(?P<role>[A-Za-z][\w-]*(?:\s+(?!of\b|on\b|in\b|at\b|after\b|and\b)[A-Za-z][\w-]*){0,2})")
_ROLE_DIRECT = re.compile(_ROLE.pattern.replace(r"\s+as\s+", r"\s+", 1))
PARTICIPANT_KINDS = frozenset({"person", "org", "country", "place"})
PLACE_KINDS = frozenset({"place", "country"})


@dataclass
class EventMention:
    """One event mention before it becomes a claim."""

    sentence: Span
    clause: Span
    trigger: PhraseMatch[Trigger]
    attrs: EventAttrs
    when: Timex | None = None
    where: Mention | None = None
    modality: Modality = "reported"
    actors: list[Mention] = field(default_factory=list)
    ordinal: tuple[int, Span] | None = None  # "as the 32nd member": the event's place in its series
    part: str | None = None  # the conjunct this mention was distributed to ("by Turkey and Hungary")


@lru_cache(maxsize=1)
def _member_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    """"become the 30th member", "join as NATO's 31st member state": an ordinal accession."""
    from ..timex.lexicon import lexicon as time_words

    words = {w: n for w, n in time_words().numbers.ordinals.items() if n > 0}
    ordinal = r"\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(words, key=len, reverse=True))
    nouns = "|".join(re.escape(n) for n in sorted(lexicon().member_nouns, key=len, reverse=True))
    pattern = re.compile(rf"\b(?:become|becomes|became|becoming|be|as)\s+(?:the|its|[\w.-]+[’']s)\s+"
                         rf"(?P<n>{ordinal})\s+(?:{nouns})\b", re.IGNORECASE)
    return pattern, words


def _ordinals(text: str, span: Span) -> list[tuple[int, Span, Span]]:
    """Ordinal accessions in a sentence: (number, its span, the phrase's span)."""
    if "member" not in text[span[0]:span[1]]:
        return []
    pattern, words = _member_pattern()
    out = []
    for m in pattern.finditer(text, span[0], span[1]):
        raw = m.group("n").lower()
        n = int(raw[:-2]) if raw[:-2].isdigit() else words.get(raw)
        if n:
            out.append((n, m.span("n"), m.span()))
    return out


def _predicate_of(text: str, noun: PhraseMatch[Trigger], verb: PhraseMatch[Trigger]) -> bool:
    """"Norway's accession was ratified": the event reported is the verb's, the noun its subject."""
    return noun.value.pos == "noun" and verb.value.pos == "verb" and bool(
        _AUX_ONLY.fullmatch(text, noun.end, verb.start))


def _clauses(text: str, span: Span) -> list[int]:
    """Clause starts within a sentence (the sentence start first)."""
    return [span[0]] + [m.end() for m in CLAUSE_BREAK.finditer(text, span[0], span[1])]


def _is_date(t: Timex) -> bool:
    return t.type in {"DATE", "TIME"} and t.start is not None and not t.value.endswith("_REF")


def _time_for(text: str, trig: PhraseMatch[Trigger], clause: Span, times: list[Timex]) -> Timex | None:
    """The time expression nearest the trigger in its clause; after it is preferred."""
    best: tuple[float, Timex] | None = None
    for t in times:
        if not (clause[0] <= t.span[0] and t.span[1] <= clause[1]) or not _is_date(t):
            continue
        if t.mod in {"ON_OR_AFTER", "AFTER", "START", "BEFORE", "ON_OR_BEFORE"}:
            continue  # "since May", "by 2024": a bound, not the event's date
        if _SINCE.search(text, max(clause[0], t.span[0] - 14), t.span[0]):
            continue
        if t.span[0] >= trig.end:
            gap = t.span[0] - trig.end
            if gap > TIME_AFTER or _blocked(text, trig, t.span[0]):
                continue
            score = float(gap)
        else:
            gap = trig.start - t.span[1]
            if gap > TIME_BEFORE or gap < 0 or _SAY.search(text, t.span[1], trig.start) \
                    or _THAT.search(text, t.span[1], trig.start) or _OTHER_VERB.search(text, t.span[1], trig.start):
                continue  # "declared in 2008 that Ukraine would join": the date is the declaring's
            if "," in text[t.span[1]:trig.start] and "," in text[clause[0]:t.span[0]]:
                continue  # across a comma only a fronted date ("On Friday, X was ousted") dates the event
            score = gap * 1.5
        if best is None or score < best[0]:
            best = (score, t)
    return best[1] if best else None


def _blocked(text: str, trig: PhraseMatch[Trigger], until: int) -> bool:
    """Another verb stands between the trigger and a time expression after it; the verb a
    noun trigger is the subject of does not count ("the accession was completed in 1995")."""
    m = _OTHER_VERB.search(text, trig.end, until)
    if m is None:
        return False
    return not (trig.value.pos == "noun" and _AUX_ONLY.fullmatch(text, trig.end, m.start())
                and _OTHER_VERB.search(text, m.end(), until) is None)


def _speaker(text: str, m: Mention, clause: Span) -> bool:
    """"X said", "according to X": the source of the report, not a participant."""
    after = text[m.span[1]:min(clause[1], m.span[1] + 24)]
    before = text[max(clause[0], m.span[0] - 16):m.span[0]]
    return bool(_SPEAKER_AFTER.match(after) or _SPEAKER_BEFORE.search(before))


def _org_country(m: Mention) -> str | None:
    """"Hungarian Parliament", "Turkish parliament": a body's country from its first word."""
    first = m.text.split()[0] if m.text.split() else ""
    return names().country_of(first) if first and first[0].isupper() else None


def _keys(text: str, m: Mention, trig: PhraseMatch[Trigger]) -> list[tuple[str, str]]:
    """A participant's keys and kinds. Only a core participant (near the trigger, not a
    place after a locative, not a place's country) can clash with another mention's."""
    assert m.entity is not None
    if m.span[0] >= trig.end:  # after the trigger: its object, right after it
        near = len(text[trig.end:m.span[0]].split()) <= OBJECT_WORDS
    else:  # before it: its subject, within reach
        near = trig.start - m.span[1] <= CORE
    located = m.kind == "place" or bool(_LOCATIVE.search(text, max(0, m.span[0] - 12), m.span[0]))
    out = [(m.entity, m.kind if near and not located else "far")]
    country = m.country if m.kind != "country" else None
    if country is None and m.kind == "org":
        country = _org_country(m)
    if country:  # a country only implied (a person's, a body's, a place's) weighs less: kind suffix "~"
        out.append((f"country:{country}", ("country" if near and m.kind != "place" else "far") + "~"))
    return out


def _pronoun_referent(text: str, trig: PhraseMatch[Trigger], role: str, clause: Span, passive: bool,
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
    for m in reversed(earlier):
        if trig.start - m.span[0] > PRONOUN_REACH:
            break
        if m.kind == "person" and m.entity and m.span[1] <= trig.start:
            return m
    return None


def _passive(text: str, trig: PhraseMatch[Trigger], clause: Span) -> bool:
    return trig.value.pos == "verb" and bool(_PASSIVE.search(text, max(clause[0], trig.start - 30), trig.start))


def _patient(text: str, trig: PhraseMatch[Trigger], role: str, clause: Span,
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
    passive = _passive(text, trig, clause)
    if role == "object" and not passive:
        nxt = after[0] if after else None
        if nxt is not None and len(text[trig.end:nxt.span[0]].split()) <= 3:
            return nxt
        return None
    prev = before[-1] if before else None
    if prev is None or len(text[prev.span[1]:trig.start].split()) > 4:
        return None  # the subject stands right before its verb ("Finland joined", "X was ousted")
    return prev


def _role(text: str, trig: PhraseMatch[Trigger], clause: Span, actors: list[Mention]) -> tuple[str, ...]:
    """"appointed X as prime minister", "took over as leader": the role's words (lower case)."""
    start = trig.end
    nxt = next((m for m in actors if m.span[0] >= trig.end), None)
    if nxt is not None and len(text[trig.end:nxt.span[0]].split()) <= 2 and " as " not in text[trig.end:nxt.span[0]]:
        start = nxt.span[1]  # skip the object: "appointed Sir Keir Starmer as ..."
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
    return words if _titled(words) else ()  # "as the 32nd member" is no role; "as prime minister" is


def _titled(role: tuple[str, ...]) -> bool:
    """The role words hold a title head ("chancellor", "minister", "chief executive")."""
    heads = names().title_last_words
    return any(w in heads for w in role)


def _polarity(text: str, trig: PhraseMatch[Trigger], negative: tuple[str, ...]) -> str | None:
    if not negative:
        return None
    said = text[trig.start:trig.end].lower()
    return "negative" if any(n in said for n in negative) else "positive"


def _modality(text: str, clause: Span, trig: PhraseMatch[Trigger], when: Timex | None, source: Source) -> Modality:
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


def _distribute(text: str, e: EventMention) -> list[EventMention]:
    """"approved by Turkey and Hungary": for a distributive class, one event per conjunct
    (each keeps the other participants); symmetric events ("X and Y signed") stay one."""
    if not lexicon().classes[e.attrs.cls].distributive:
        return [e]
    core = [m for m in e.actors if m.kind in {"country", "person", "org"} and m.entity]
    for a, b in zip(core, core[1:]):
        if a.entity != b.entity and _CONJUNCT.fullmatch(text[a.span[1]:b.span[0]]) and a.kind == b.kind:
            out = []
            for keep, drop in ((a, b), (b, a)):
                gone = {k for k, _ in _keys(text, drop, e.trigger)} - {k for k, _ in _keys(text, keep, e.trigger)}
                pairs = [(k, kind) for k, kind in zip(e.attrs.participants, e.attrs.kinds) if k not in gone]
                patient = keep.entity if e.attrs.patient in (a.entity, b.entity) else e.attrs.patient
                attrs = e.attrs.model_copy(update={"participants": tuple(k for k, _ in pairs),
                                                   "kinds": tuple(kind for _, kind in pairs), "patient": patient})
                out.append(EventMention(sentence=e.sentence, clause=e.clause, trigger=e.trigger, attrs=attrs,
                                        when=e.when, where=e.where, modality=e.modality,
                                        actors=[m for m in e.actors if m is not drop], ordinal=e.ordinal,
                                        part=keep.entity))
            return out
    return [e]


def find_events(source: Source, timexes: list[Timex], mentions: list[Mention]) -> list[EventMention]:
    """Every event mention of one source (see the module docstring)."""
    text = source.text
    if not source.sentences:
        return []
    lex = lexicon()
    words: Words = scan(text)
    triggers = lex.table.find(words)
    if not triggers:
        return []
    starts = [s for s, _ in source.sentences]
    excluded = sorted(source.excluded)
    by_sentence: dict[int, list[PhraseMatch[Trigger]]] = {}
    for trig in triggers:
        if trig.value.pos == "noun" and trig.last + 1 < len(words) and words.lowers[trig.last + 1] in lex.modified_nouns:
            continue  # "election campaign", "sentencing memo": the noun qualifies another
        i = bisect.bisect_right(starts, trig.start) - 1
        if i < 0 or trig.end > source.sentences[i][1]:
            continue
        k = bisect.bisect_right(excluded, (trig.start, len(text) + 1)) - 1
        if k >= 0 and excluded[k][0] <= trig.start < excluded[k][1]:
            continue  # boilerplate is never a source of claims
        by_sentence.setdefault(i, []).append(trig)
    time_starts = [t.span[0] for t in timexes]
    mention_starts = [m.span[0] for m in mentions]
    out: list[EventMention] = []
    for i, trigs in sorted(by_sentence.items()):
        sent = source.sentences[i]
        cuts = _clauses(text, sent)
        times = timexes[bisect.bisect_left(time_starts, sent[0]):bisect.bisect_left(time_starts, sent[1])]
        ments = mentions[bisect.bisect_left(mention_starts, sent[0]):bisect.bisect_left(mention_starts, sent[1])]
        heads: dict[int, PhraseMatch[Trigger]] = {}
        passed: set[int] = set()  # clauses whose first trigger reports no event of its own
        for trig in trigs:
            c = bisect.bisect_right(cuts, trig.start) - 1
            if trig.value.pos == "noun" and (c in passed or _VERB_BEFORE.search(
                    text, max(sent[0], trig.start - 40), trig.start)):
                passed.add(c)  # "tabled a vote", and the nouns after it are that vote's complements
                continue
            if text[trig.start:trig.end].lower().endswith("ing") and _PREPOSITION_BEFORE.search(
                    text, max(sent[0], trig.start - 12), trig.start):
                passed.add(c)  # "a vote on ratifying the accession": a gerund after a preposition reports nothing
                continue
            if c not in heads or _predicate_of(text, heads[c], trig):
                heads[c] = trig  # one event per clause: its first trigger, or the verb that trigger is subject of
        found = []
        for c, trig in sorted(heads.items()):
            clause = (cuts[c], cuts[c + 1] if c + 1 < len(cuts) else sent[1])
            before = mentions[bisect.bisect_left(mention_starts, trig.start - PRONOUN_REACH):
                              bisect.bisect_left(mention_starts, trig.start)]
            e = _mention(source, trig, sent, clause, times, ments, before)
            if text[trig.start:trig.end].lower() in lex.with_role and not _titled(e.attrs.role):
                continue  # "became clear": no title, no appointment
            found.extend(_distribute(text, e))
        for n, n_span, phrase in _ordinals(text, sent):
            # the accession this clause reports takes the number; else the phrase is one
            host = next((e for e in found if e.attrs.cls == "accession" and e.clause[0] <= phrase[0] < e.clause[1]
                         and 0 <= phrase[0] - e.trigger.end <= 60), None)
            if host is None:
                c = bisect.bisect_right(cuts, phrase[0]) - 1
                clause = (cuts[c], cuts[c + 1] if c + 1 < len(cuts) else sent[1])
                trig = PhraseMatch(phrase[0], phrase[1], -1, -1, Trigger("accession", "verb"))
                host = _mention(source, trig, sent, clause, times, ments, [])
                host.attrs.patient = None  # the subject of "become" is too far to tell
                found.append(host)
            host.ordinal = (n, n_span)
        out.extend(sorted(found, key=lambda e: e.trigger.start))
    return out


def _mention(source: Source, trig: PhraseMatch[Trigger], sent: Span, clause: Span,
             times: list[Timex], ments: list[Mention], earlier: list[Mention]) -> EventMention:
    text = source.text
    lex = lexicon()
    cls = lex.classes[trig.value.cls]
    lo, hi = max(clause[0], trig.start - REACH), min(clause[1], trig.end + REACH)
    actors = [m for m in ments if m.entity and m.kind in PARTICIPANT_KINDS and lo <= m.span[0] and m.span[1] <= hi
              and not _speaker(text, m, clause)]
    when = _time_for(text, trig, clause, times)
    where = next((m for m in actors if m.kind in PLACE_KINDS and trig.end <= m.span[0] <= trig.end + 40
                  and len(text[trig.end:m.span[0]].split()) <= 4
                  and _LOCATIVE.search(text, max(clause[0], m.span[0] - 12), m.span[0])), None)
    role = "subject" if text[trig.start:trig.end].lower() in lex.intransitive else cls.patient
    patient = _patient(text, trig, role, clause, actors)
    if patient is None and role != "none":
        patient = _pronoun_referent(text, trig, role, clause, _passive(text, trig, clause), earlier)
        if patient is not None:
            actors = [patient, *actors]
    role = _role(text, trig, clause, actors)
    keys: dict[str, str] = {}
    for m in actors:
        for k, kind in _keys(text, m, trig):
            if keys.get(k) in (None, "far"):
                keys[k] = kind
    attrs = EventAttrs(cls=trig.value.cls, trigger=(trig.start, trig.end), participants=tuple(keys),
                       kinds=tuple(keys.values()), patient=patient.entity if patient else None, role=role,
                       polarity=_polarity(text, trig, lex.negative.get(trig.value.cls, ())))  # type: ignore[arg-type]
    return EventMention(sentence=sent, clause=clause, trigger=trig, attrs=attrs, when=when, where=where,
                        modality=_modality(text, clause, trig, when, source), actors=actors)
