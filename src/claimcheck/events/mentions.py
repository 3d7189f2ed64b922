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

from ..models import EventAttrs, Mention, Modality, Source, Span, Timex
from ..words import PhraseMatch, Words, scan
from .attributes import (
    AUX_ONLY,
    LOCATIVE,
    LOCATIVE_FROM,
    PRONOUN_REACH,
    is_passive,
    is_speaker,
    modality_of,
    narrowed_place,
    participant_keys,
    patient_of,
    relative_antecedent,
    agent_place,
    polarity_of,
    pronoun_referent,
    role_of,
    time_before_after,
    time_for,
    titled,
    unknown_place,
)
from .announced import announced
from .dated_verbs import acted_on, body_verbs, period_verbs
from .gatherings import gathering_place
from .nouns import own_clause
from .lexicon import NAME_KINDS, Trigger, class_of, lexicon, not_head, noun_not_event
from .open_class import known_words, open_triggers, past_happening
from .venues import is_venue

# a clause ends at these: the next clause reports another fact
CLAUSE_BREAK = re.compile(r";|:(?=\s)|,\s+and\s+(?=[a-z])|,\s+and\s+(?=(?:[A-Z][\w’'.-]*\s+){1,4}(?:was|were|is|are|has|had|will|would|also)\s)|,?\s(?=(?:after|before)\s)|\s[—–]\s|,\s+(?:but|while|whereas|which|who|although|though|and then)\b|\bbut\b")
_RELATIVE = re.compile(r",\s+(?:whose|who|which)\b")
_RESUMED = re.compile(r",\s+(?=(?:was|were|is|are|has|have|had|will|would)\s)")
# a sentence opening with an "after"/"before" phrase, maybe after a few words ("Only days after")
_FRONTED = re.compile(r"(?:[\w’'-]+\s+){0,3}?(?:after|before)\s", re.IGNORECASE)
_OPENING = frozenset({";", ":", "—", "–"})
REACH = 160  # characters either side of a trigger in which its clause's parts are read
# "tabled a vote", "postponed the ratification": the noun is another verb's object, not an event reported
_VERB_BEFORE = re.compile(r"\b([a-z]{3,}ed)\s+(?:down\s+)?(?:[\w’'-]+\s+){0,2}$")
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|of|for|about|in|to|from|by|without|against)\s+$", re.IGNORECASE)
_CONJUNCT = re.compile(r",?\s+(?:and|together with|along with)\s+")
PARTICIPANT_KINDS = frozenset({"person", "org", "country", "place"})
# a wire story's dateline opening the sentence ("OSLO, Norway, March 3 (Agency) - "): where
# and by whom it was filed, not who took part in what the sentence reports
_DATELINE = re.compile(r"[ \t]*[A-Z][A-Z.'’-]+(?:[ -][A-Z][A-Z.'’-]+){0,3},[^\n]{0,60}?(?:\([^()\n]{1,40}\))?[ \t]*(?:--|—|–|-)[ \t]")
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
    announced: Timex | None = None  # the day the statement reporting it was made, when it has no time of its own


@lru_cache(maxsize=1)
def _member_pattern() -> tuple[re.Pattern[str], dict[str, int]]:
    """"become the 28th member", "join as the union's 28th member state": an ordinal accession."""
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
        AUX_ONLY.fullmatch(text, noun.end, verb.start))


def _subject_of(text: str, words: Words, timexes: list[Timex], sent: Span, noun: PhraseMatch[Trigger],
                verb: PhraseMatch[Trigger]) -> bool:
    """"whose conviction for the murder of X was quashed in October": the noun is the head of
    the verb's subject in the clause layer (`claimcheck/clauses.py`) across the phrase between
    them, so the event reported is the verb's. Asked only for a noun head before a verb of a
    table in its clause."""
    if noun.value.pos != "noun" or verb.value.pos != "verb" or verb.start - noun.end > 120:
        return False
    from ..clauses import shared

    return any(c.head == verb.first and (c.subject_head == noun.last or c.subject is not None and noun.end < c.subject[0]
                                         and _OF_PHRASE.fullmatch(text, noun.end, c.subject[0]) is not None)
               for c in shared(text, words, timexes).of(sent))


# the layer's subject is the noun of a phrase after the event noun ("conviction for [the murder
# of X] was quashed"): the event noun heads the whole subject
_OF_PHRASE = re.compile(r"\s+(?:for|of|against|over|on)\s+")


def _relatives(text: str, span: Span) -> list[Span]:
    """Relative clauses closed by a comma before the main verb ("X, whose exchange collapsed,
    was convicted"): what they report is no head of the main clause."""
    out = []
    for rel in _RELATIVE.finditer(text, span[0], span[1]):
        back = _RESUMED.search(text, rel.end(), span[1])
        if back is not None:
            out.append((rel.start(), back.start()))
    return out


def _within(pos: int, spans: list[Span]) -> bool:
    return any(a <= pos < b for a, b in spans)


# "shortly after 4:40 p.m.", "just before midnight on Wednesday": with a time expression right
# after it, "after"/"before" opens no clause, it places the clause's event in time
# the nearness adverb in the verb phrase, not after a comma (", shortly before 8am" after an
# appositive may place another verb)
_NEAR_TIME = re.compile(r"(?<![,;(])\s(?:shortly|soon|just|right|minutes|moments)$", re.IGNORECASE)
_AFTER_WORD = re.compile(r"\s*(?:after|before)\s+")


def _near_time(text: str, m: re.Match[str], time_starts: frozenset[int]) -> bool:
    """A cut before "after"/"before" that a nearness adverb precedes, no comma, and a time
    expression follows right after the word ("the bridge gave way shortly after 4:40 p.m.")."""
    if m.group().strip():
        return False
    word = _AFTER_WORD.match(text, m.start())
    return word is not None and word.end() in time_starts and _NEAR_TIME.search(text, max(0, m.start() - 12), m.start()) is not None


def _clauses(text: str, span: Span, time_starts: frozenset[int] = frozenset()) -> list[int]:
    """Clause starts within a sentence (the sentence start first). A fronted "after"/"before"
    phrase ("Days after his firing, X was brought back") ends at its comma: the main clause
    follows it. ``time_starts``: where time expressions start ("shortly after 2 a.m." is no clause)."""
    breaks = [m for m in CLAUSE_BREAK.finditer(text, span[0], span[1]) if not _near_time(text, m, time_starts)]
    cuts = [span[0]] + [m.end() for m in breaks]
    # where a main clause may open: the sentence start, or after a dash, colon or semicolon
    opens = [span[0]] + [m.end() for m in breaks if m.group().strip() in _OPENING]
    for start in opens:
        m = _FRONTED.match(text, start, span[1])
        if m is not None:
            comma = text.find(", ", m.end(), next((c for c in cuts if c > m.end()), span[1]))
            if comma > 0:
                cuts = sorted({*cuts, comma + 2})
    return cuts


def _distribute(text: str, e: EventMention) -> list[EventMention]:
    """"approved by Turkey and Hungary": for a distributive class, one event per conjunct
    (each keeps the other participants); symmetric events ("X and Y signed") stay one."""
    if not class_of(e.attrs.cls).distributive:
        return [e]
    core = [m for m in e.actors if m.kind in {"country", "person", "org"} and m.entity]
    for a, b in zip(core, core[1:]):
        if a.entity != b.entity and _CONJUNCT.fullmatch(text[a.span[1]:b.span[0]]) and a.kind == b.kind:
            out = []
            for keep, drop in ((a, b), (b, a)):
                gone = ({k for k, _ in participant_keys(text, drop, e.trigger)}
                        - {k for k, _ in participant_keys(text, keep, e.trigger)})
                pairs = [(k, kind) for k, kind in zip(e.attrs.participants, e.attrs.kinds) if k not in gone]
                patient = keep.entity if e.attrs.patient in (a.entity, b.entity) else e.attrs.patient
                attrs = e.attrs.model_copy(update={"participants": tuple(k for k, _ in pairs),
                                                   "kinds": tuple(kind for _, kind in pairs), "patient": patient})
                out.append(EventMention(sentence=e.sentence, clause=e.clause, trigger=e.trigger, attrs=attrs,
                                        when=e.when, where=e.where, modality=e.modality,
                                        actors=[m for m in e.actors if m is not drop], ordinal=e.ordinal,
                                        part=keep.entity, announced=e.announced))
            return out
    return [e]


def _lead_heads(text: str, trigs: list[PhraseMatch[Trigger]], cuts: list[int], heads: dict[int, PhraseMatch[Trigger]],
                leads: dict[int, str | None], lead_days: dict[int, int]) -> list[tuple[int, PhraseMatch[Trigger]]]:
    """The lead verbs (`open_class.lead_triggers`) that report an event beside their clause's
    head: not one whose day a trigger between them takes ("scored as X beat Y in the final on
    Sunday": the final's day), nor the predicate of the clause's event noun ("the fire
    destroyed the depot on Sunday": the fire's)."""
    out = []
    for trig in trigs:
        if trig.start not in leads:
            continue
        c = bisect.bisect_right(cuts, trig.start) - 1
        day = lead_days.get(trig.start, -1)
        if any(t.start not in leads and trig.start < t.start < day for t in trigs):
            continue
        head = heads.get(c)
        if head is not None and head.start < trig.start and _predicate_of(text, head, trig):
            continue
        out.append((c, trig))
    return out


LEAD_SENTENCES = 2  # body sentences of the lead, after the headline
LEAD_WORDS = 12  # a body sentence has at least this many words (not a byline, a section line)


def lead_span(source: Source) -> Span | None:
    """An article's lead: its first sentence outside boilerplate (the headline) to the end of
    its first `LEAD_SENTENCES` sentences of `LEAD_WORDS` words or more (its news)."""
    excluded = sorted(source.excluded)
    start, body = None, 0
    for a, b in source.sentences:
        k = bisect.bisect_right(excluded, (a, len(source.text) + 1)) - 1
        if k >= 0 and excluded[k][0] <= a < excluded[k][1]:
            continue
        if start is None:
            start = a
            continue
        if source.text.count(" ", a, b) + 1 >= LEAD_WORDS:
            body += 1
            if body == LEAD_SENTENCES:
                return start, b
    return (start, source.sentences[-1][1]) if start is not None else None


def find_events(source: Source, timexes: list[Timex], mentions: list[Mention]) -> list[EventMention]:
    """Every event mention of one source (see the module docstring)."""
    text = source.text
    if not source.sentences:
        return []
    lex = lexicon()
    words: Words = scan(text)
    lead = lead_span(source)
    opened = open_triggers(text, words, timexes, known_words(), lead)
    taken = {o.match.start for o in opened}  # the body's dated verbs (events/dated_verbs.py): its actions told later
    for o in body_verbs(source, words, timexes, known_words(), lead) + period_verbs(source, words, timexes, known_words()):
        if o.match.start not in taken:
            opened.append(o)
            taken.add(o.match.start)
    table = lex.table.find(words)
    if any(o.lead for o in opened):  # a lead verb inside a table's phrase ("removed from") is that phrase's
        covered = {k for t in table for k in range(t.first, t.last + 1)}
        opened = [o for o in opened if not (o.lead and o.match.first in covered)]
    triggers = sorted(table + [o.match for o in opened], key=lambda t: t.start)
    if not triggers:
        return []
    open_ordinals = {o.match.start: o.ordinal for o in opened if o.ordinal is not None}
    light = {o.match.start for o in opened if o.light}  # "issued an alert": the noun is the event, not an object
    # a lead verb heads only a clause no other trigger heads; its object tells two happenings apart
    leads = {o.match.start: o.object for o in opened if o.lead}
    lead_days = {o.match.start: o.day_at for o in opened if o.lead}
    starts = [s for s, _ in source.sentences]
    excluded = sorted(source.excluded)
    by_sentence: dict[int, list[PhraseMatch[Trigger]]] = {}
    names = sorted([t.span for t in timexes] + [m.span for m in mentions if m.kind in NAME_KINDS])
    for trig in triggers:
        if trig.value.pos == "noun" and trig.last + 1 < len(words) and words.lowers[trig.last + 1] in lex.modified_nouns:
            continue  # "election campaign", "sentencing memo": the noun qualifies another
        if trig.value.pos == "noun" and not_head(text, words, trig.first, trig.last):
            continue  # "the final whistle", "the decision is final": an adjective
        if trig.value.pos == "verb" and trig.last + 1 < len(words) \
                and words.lowers[trig.last + 1] in lex.not_before.get(words.lowers[trig.last], ()):
            continue  # "ruled out": another verb
        i = bisect.bisect_right(starts, trig.start) - 1
        if i < 0 or trig.end > source.sentences[i][1]:
            continue
        if trig.value.pos == "noun" and noun_not_event(text, words, trig.first, trig.start, trig.end,
                                                       words.index_range(*source.sentences[i])[0], names):
            continue  # "OSLO, March 11", "the Fire Brigade", "to strike", "under fire"
        k = bisect.bisect_right(excluded, (trig.start, len(text) + 1)) - 1
        if k >= 0 and excluded[k][0] <= trig.start < excluded[k][1]:
            continue  # boilerplate is never a source of claims
        by_sentence.setdefault(i, []).append(trig)
    time_starts = [t.span[0] for t in timexes]
    mention_starts = [m.span[0] for m in mentions]
    out: list[EventMention] = []
    for i, trigs in sorted(by_sentence.items()):
        sent = source.sentences[i]
        times = timexes[bisect.bisect_left(time_starts, sent[0]):bisect.bisect_left(time_starts, sent[1])]
        cuts = _clauses(text, sent, frozenset(t.span[0] for t in times))
        ments = mentions[bisect.bisect_left(mention_starts, sent[0]):bisect.bisect_left(mention_starts, sent[1])]
        heads: dict[int, PhraseMatch[Trigger]] = {}
        relatives = _relatives(text, sent)
        numbered = [(t.start, t.value.cls, open_ordinals[t.start]) for t in trigs if t.start in open_ordinals]
        passed: set[int] = set()  # clauses whose first trigger reports no event of its own
        for trig in trigs:
            c = bisect.bisect_right(cuts, trig.start) - 1
            if trig.start in leads:
                continue  # read beside the clause's head (below)
            if trig.value.pos == "noun" and trig.start not in light and (c in passed or (
                    (vb := _VERB_BEFORE.search(text, max(sent[0], trig.start - 40), trig.start)) is not None
                    and vb.group(1) not in class_of(trig.value.cls).announced_by)):
                # "tabled a vote", and the nouns after it are that vote's complements; not a verb
                # by which the event itself happens ("delivered its plenary judgment": the ruling)
                passed.add(c)
                continue
            if text[trig.start:trig.end].lower().endswith("ing") and _PREPOSITION_BEFORE.search(
                    text, max(sent[0], trig.start - 12), trig.start):
                passed.add(c)  # "a vote on ratifying the accession": a gerund after a preposition reports nothing
                continue
            if c not in heads or _predicate_of(text, heads[c], trig) or _subject_of(text, words, timexes, sent, heads[c], trig) or (
                    _within(heads[c].start, relatives) and not _within(trig.start, relatives)):
                # one event per clause: its first trigger, or the verb that trigger is subject of,
                # or the main verb after a relative clause ("X, whose bank collapsed, was convicted")
                heads[c] = trig
        found = []
        for c, trig in sorted([*heads.items(), *_lead_heads(text, trigs, cuts, heads, leads, lead_days)],
                              key=lambda ct: (ct[0], ct[1].start)):
            clause = (cuts[c], cuts[c + 1] if c + 1 < len(cuts) else sent[1])
            if trig.value.pos == "noun" and (own := own_clause(text, trig.end, sent[1])) is not None:
                clause = (clause[0], max(clause[1], own[1]))  # "the fire, which broke out on Friday,": the noun's own
            before = mentions[bisect.bisect_left(mention_starts, trig.start - PRONOUN_REACH):
                              bisect.bisect_left(mention_starts, trig.start)]
            e = _mention(source, trig, sent, clause, times, ments, before)
            if trig.start in leads:  # "won the downhill": not "won the slalom"
                patient = e.attrs.patient or (f"thing:{leads[trig.start]}" if leads[trig.start] else None) \
                    or acted_on(text, trig, clause, e.actors)
                e.attrs = e.attrs.model_copy(update={"patient": patient, "lead": True})
            # "the 12th such handover", also when a verb of its class heads the clause
            # ("handed over 40 detainees, the 12th such handover")
            e.ordinal = next((o for t0, cls, o in numbered if clause[0] <= t0 < clause[1] and cls == trig.value.cls),
                             e.ordinal)
            if text[trig.start:trig.end].lower() in lex.with_role and not titled(e.attrs.role):
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
    cls = class_of(trig.value.cls)
    lo, hi = max(clause[0], trig.start - REACH), min(clause[1], trig.end + REACH)
    filed = _DATELINE.match(text, sent[0], clause[1])
    lo = max(lo, filed.end()) if filed is not None else lo
    actors = [m for m in ments if m.entity and m.kind in PARTICIPANT_KINDS and lo <= m.span[0] and m.span[1] <= hi
              and not is_speaker(text, m, clause)]
    when = time_for(text, trig, clause, times) or time_before_after(text, sent, clause, times, source)
    locative = LOCATIVE_FROM if cls.place_from else LOCATIVE
    at = past_happening(text, trig, clause, times)  # "the hearing took place on Monday | at X"
    where = next((m for m in actors if (m.kind in PLACE_KINDS or is_venue(m)) and at.end <= m.span[0] <= at.end + 40
                  and len(text[at.end:m.span[0]].split()) <= 4
                  and locative.search(text, max(clause[0], m.span[0] - 12), m.span[0])), None)
    if where is None:
        where = unknown_place(text, at, clause, cls.place_from, [m.span for m in ments] + [t.span for t in times])
    if where is None:
        where = agent_place(text, trig, clause, actors, [m.span for m in ments] + [t.span for t in times],
                            lex.agent_nouns, lex.venue_nouns, locative)
    if where is None:  # "elected ... at the party's convention in X": the gathering's place
        where = gathering_place(text, trig.end, sent, ments)
    where = narrowed_place(text, where, clause)
    role = "subject" if text[trig.start:trig.end].lower() in lex.intransitive else cls.patient
    patient = patient_of(text, trig, role, clause, actors)
    if patient is None:  # "Farrow, who was arrested in May": the person the relative "who" stands for
        patient = relative_antecedent(text, trig, role, sent, ments)
        if patient is not None:
            actors = [patient, *actors]
    if patient is None and role != "none":
        patient = pronoun_referent(text, trig, role, clause, is_passive(text, trig, clause), earlier)
        if patient is not None:
            actors = [patient, *actors]
    role = role_of(text, trig, clause, actors)
    keys: dict[str, str] = {}
    for m in actors:
        for k, kind in participant_keys(text, m, trig):
            if keys.get(k) in (None, "far"):
                keys[k] = kind
    attrs = EventAttrs(cls=trig.value.cls, trigger=(trig.start, trig.end), participants=tuple(keys),
                       kinds=tuple(keys.values()), patient=patient.entity if patient else None, role=role,
                       polarity=polarity_of(text, trig, lex.negative.get(trig.value.cls, ())))  # type: ignore[arg-type]
    modality = modality_of(text, clause, trig, when, source)
    told = announced(text, sent, clause, trig, times) if when is None and modality == "reported" else None
    return EventMention(sentence=sent, clause=clause, trigger=trig, attrs=attrs, when=when, where=where,
                        modality=modality, actors=actors, announced=told)
