"""The dated actions of an article's body: a clause's past verb that a day in its own clause
dates ("the president declared a state of calamity on Tuesday", "bidding closed on Friday",
"the lift was last inspected on 8 November"), read after the lead as the lead's verbs are
(`open_class.lead_triggers`: a regular past form or one of `open.yaml` `lead_irregular`, not a
word of the class tables, a verb of saying or a light verb; its class the verb's stem, so
"closed" and "the closure" are one kind; the head noun of its object keeps two actions apart).

The lead reports the article's news, so any dated past verb there is an event. Later in the
body a day also bounds a state or a span, so two more guards hold there:

- a verb after a verb of lasting is a state, not an action: "schools remain suspended through
  Wednesday", "the road stayed closed on Monday" (`STATE_VERBS`);
- a day after a preposition of a bound dates no action of its own: "suspended until Friday",
  "closed since Monday", "submitted by Friday" (`BOUND_BEFORE`); the verb is read only when a
  day it may take after it is not one of those, or when none follows and a day before it dates
  it ("On Thursday, Astana declared").

A month or a year after "in" dates the main verb of the clause it is attached to (the clause
layer, claimcheck/clauses.py), anywhere in the article (`period_verbs`: "was painted in 1926",
"first spotted fragments of bone in 2019", "In 2020 it entered restructuring").

What an open verb acted on keys it when its object has no determiner (`acted_on`): the person,
body or country it was done to, else a bare object's head ("hit bedrock", "hit groundwater").

One pass over the body's words (`lead_triggers`), then a look at the words right before each
verb and its day; one look back from each month or year: linear in the text.
"""

from __future__ import annotations

import bisect
import hashlib
import re

from ..models import Claim, Mention, Source, Span, Timex
from ..words import PhraseMatch, Words
from .attributes import patient_of
from .lexicon import Trigger
from .open_class import _OBJECT, OpenTrigger, grammar, lead_triggers, past_verb_class

ACTED_ON = frozenset({"person", "org", "country"})  # mention kinds an action is done to (not a place, a date)

# verbs of lasting: the past form after one is an adjective of state ("remained closed")
STATE_VERBS = frozenset({"remain", "remains", "remained", "remaining", "stay", "stays", "stayed", "staying",
                         "kept", "keep", "keeps", "left", "seem", "seems", "seemed", "looked"})
# words between which and the day the day bounds a span or a state ("until Friday", "as of Monday")
BOUND_BEFORE = re.compile(r"\b(?:until|till|through|thru|by|since|from|before|after|between|as\s+of|to|"
                          r"ahead\s+of|starting|beginning|effective)\s+(?:the\s+)?(?:early\s+|late\s+)?$",
                          re.IGNORECASE)


def _state(words: Words, i: int) -> bool:
    """A verb of lasting right before the verb, maybe past an adverb ("remained largely closed")."""
    return any(k >= 0 and words.lowers[k] in STATE_VERBS for k in (i - 1, i - 2))


def body_verbs(source: Source, words: Words, timexes: list[Timex], known: set[str] | frozenset[str],
               lead: Span | None) -> list[OpenTrigger]:
    """The dated past verbs of the body after the lead (module docstring), each an open-class
    trigger as a lead verb is."""
    text = source.text
    if lead is None or lead[1] >= len(text):
        return []
    body = (lead[1], len(text))
    out = []
    for o in lead_triggers(text, words, timexes, known, body):
        if _state(words, o.match.first):
            continue  # "schools remain suspended through Wednesday": a state
        if o.day_at >= 0 and BOUND_BEFORE.search(text, max(0, o.day_at - 24), o.day_at):
            continue  # "closed until Friday": the day bounds a span, it is no day of the verb's
        out.append(o)
    return out


# a bare object right after the verb: up to two modifiers and its head, before a preposition,
# a time word or a clause mark ("hit bedrock on Jan. 14", "declared persona non grata on Monday")
_BARE_OBJECT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?(?P<head>[a-z][\w-]{2,})(?=\s+(?:on|in|at|by|for|from|with|after|"
                          r"before|of|to|late|early|last|this|overnight)\b|\s*[,.;:])")
# words right after a verb that are no object: particles, adverbs of time and degree
_NOT_OBJECT = frozenset({"down", "up", "out", "off", "back", "away", "again", "also", "then", "late", "early", "last",
                         "this", "next", "overnight", "yesterday", "today", "tonight", "there", "here", "home", "abroad",
                         "the", "a", "an", "its", "their", "his", "her", "our", "that", "which", "who", "it", "them"})


def acted_on(text: str, trig: PhraseMatch[Trigger], clause: Span, actors: list[Mention]) -> str | None:
    """What an open verb acted on, when no determiner opens its object: the person, body or
    country right after an active verb ("declared Canada's envoy persona non grata") or before a
    passive one ("the driver, X, was declared persona non grata"), else a bare object's head
    ("hit bedrock", "hit groundwater"). It keeps two actions of one verb apart, as a thing
    object does ("won the final", "won the semi-final")."""
    m = patient_of(text, trig, "object", clause, actors)
    if m is not None and m.entity and m.kind in ACTED_ON:
        return m.entity
    o = _BARE_OBJECT.match(text, trig.end, min(clause[1], trig.end + 40))
    if o is None:
        return None
    first, head = text[trig.end:o.end("head")].split()[0].lower(), o.group("head")
    if first in _NOT_OBJECT or head in _NOT_OBJECT or first.endswith("ly") or head.endswith("ly"):
        return None  # "struck down", "closed late on Monday", "rose sharply"
    return f"thing:{_singular(head)}"


def _singular(noun: str) -> str:
    """"rates" is the object "its policy rate" names (`open_class._OBJECT` heads are written as found)."""
    if noun.endswith("ies") and len(noun) > 4:
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith(("ss", "us", "is")) else noun


# a month or a year written after "in" ("collapsed in November", "was painted in 1926", "first
# spotted fragments of bone in 2019"): it dates the verb before it in its clause
_IN_PERIOD = re.compile(r"\b(?i:in)\s+(?:(?:early|late|mid|mid-)\s*)?$")
PERIOD_WORDS = 8  # a verb at most this many words before "in <period>" is dated by it
_BREAK = frozenset(",;:()\"“”.!?")
# words that open another clause or phrase between a verb and a date: the date is its own ("has
# been rediscovered since a retrospective in 2016 brought ...", "said that it closed in May")
_OTHER_CLAUSE = frozenset({"since", "after", "before", "until", "when", "while", "as", "because", "that", "who",
                           "which", "where", "and", "or", "but", "if"})


# --- dated actions of a doer on a thing, read from the clause layer ----------------------------
# "which Tom Ashby had set in 2020" / "was set by Tom Ashby in 2017" (a passive's agent is the
# active subject; a relative clause's antecedent is what was set), "X, who found the first
# piece on Monday" / "The first was found by a farmer, X, on November 24", "The first case was
# confirmed on September 8": one past action keyed by its verb, its doer (a person named as the
# subject or the "by" agent) and what it acted on (the object, a passive's subject, a relative
# clause's antecedent; an ordinal in that phrase keys it: "the first piece" and "the first" are
# one), dated by a time phrase of its own clause. With no doer named, only a thing numbered by
# an ordinal keys it ("the first case"): a bare "the record was set in 2017" may be any record.

_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                       "last", "latest", "previous"})
_DATE_PREPS = frozenset({"on", "in", "at", "during", "early", "late", ""})


def _thing(words: Words, text: str, span: Span | None, head: int | None) -> tuple[str | None, bool]:
    """(key, numbered) of what an action acted on: its ordinal word, else its head noun."""
    if head is None:
        return None, False
    lo, hi = words.index_range(*span) if span is not None else (head, head + 1)
    for k in range(lo, min(hi, head + 1)):
        if words.lowers[k] in _ORDINALS:
            noun = words.lowers[head]
            return (words.lowers[k] if noun == words.lowers[k] else f"{words.lowers[k]}-{_singular(noun)}"), True
    w = words.lowers[head]
    return (_singular(w) if w.isalpha() and text[words.starts[head]].islower() else None), False


def agent_actions(source: Source, words: Words, layer: object, mentions: list[Mention],
                  timexes: list[Timex]) -> list[Claim]:
    """The dated actions of a named doer on a thing, or of a numbered thing (the comment above):
    each sentence holding a dated expression and a person's name or an ordinal word is read once
    through the clause layer."""
    from ..clauses import Layer
    from ..frames import to_when
    from ..segment import sentences_outside_excluded

    assert isinstance(layer, Layer)
    text = source.text
    dated = sorted(t.span[0] for t in timexes if t.type == "DATE" and t.start is not None and t.mod is None)
    if not dated:
        return []
    persons = sorted((m for m in mentions if m.kind == "person" and m.entity), key=lambda m: m.span)
    pstarts = [m.span[0] for m in persons]
    ordinal_at = sorted(i for w in _ORDINALS for i in words.where().get(w, ()))
    found: list[tuple[str, Claim]] = []
    for _, (s, e) in sentences_outside_excluded(source):
        k = bisect.bisect_left(dated, s)
        if k >= len(dated) or dated[k] >= e:
            continue
        lo, hi = words.index_range(s, e)
        p = bisect.bisect_left(pstarts, s)
        has_person = p < len(pstarts) and pstarts[p] < e
        o = bisect.bisect_left(ordinal_at, lo)
        if not has_person and not (o < len(ordinal_at) and ordinal_at[o] < hi):
            continue
        for c in layer.of((s, e)):
            claim = _agent_action(source, words, c, (s, e), persons, pstarts, to_when)
            if claim is not None:
                found.append((claim.subject.id, claim))
    # one doer doing one thing on two dates in one article ("set the record in 2017 and again in
    # 2020") is two actions: no claim for that key
    keys: dict[str, set[str]] = {}
    for key, c in found:
        keys.setdefault(key, set()).add(c.when.value if c.when else "")
    return [c for key, c in found if len(keys[key]) == 1]


def _person_in(persons: list[Mention], pstarts: list[int], span: Span | None) -> Mention | None:
    if span is None:
        return None
    i = bisect.bisect_left(pstarts, span[0])
    while i < len(persons) and persons[i].span[0] < span[1]:
        if persons[i].span[1] <= span[1]:
            return persons[i]
        i += 1
    return None


def _agent_action(source: Source, words: Words, c, sent: Span, persons: list[Mention], pstarts: list[int],  # type: ignore[no-untyped-def]
                  to_when) -> Claim | None:
    from ..models import SubjectRef

    g = grammar()
    if c.negated or c.tense not in ("past",) or words.lowers[c.head] in STATE_VERBS or c.lemma in g.lead_not_verbs or c.lemma in ("say", "tell", "be", "have"):
        return None
    when = next((a.timex for a in c.attachments if a.kind == "TIME" and a.prep in _DATE_PREPS and a.timex is not None
                 and a.timex.type == "DATE" and a.timex.start is not None and a.timex.mod is None), None)
    if when is None:
        return None
    text = source.text
    if c.passive:
        doer = _person_in(persons, pstarts, c.agent)
        thing, numbered = _thing(words, text, c.subject, c.subject_head)
    else:
        doer = _person_in(persons, pstarts, c.subject)
        obj_span = None
        if c.object_head is not None:
            # the object's words after the verb, and an ordinal adverb right before it ("first
            # spotted fragments in 2019" numbers the find as "the first fragments were spotted")
            k = c.head - 1 if c.head > 0 and words.lowers[c.head - 1] == "first" else c.head + 1
            obj_span = (words.starts[max(k, c.object_head - 3)], words.ends[c.object_head])
        thing, numbered = _thing(words, text, obj_span, c.object_head)
    if numbered and doer is not None:
        thing = thing.split("-")[0]  # "found the first piece" / "The first was found by X": one find
    if thing is None or (doer is None and not numbered) or (doer is not None and thing in ("it", "them")):
        return None
    if doer is not None and doer.span[0] < c.verb[0] and not c.passive and c.subject is None:
        return None
    verb = c.lemma.replace(" ", "-")
    key = f"action:{verb}-{thing}" + (f"-by-{doer.entity.split(':', 1)[-1]}" if doer is not None and doer.entity else "")
    label = f"{c.lemma} {thing.replace('-', ' ')}" + (f" by {doer.label or doer.text}" if doer is not None else "")
    s, e = sent
    cid = "c-" + hashlib.sha1(f"{source.id}|action|{key}|{s}|{when.span[0]}".encode()).hexdigest()[:12]
    return Claim(
        id=cid, source=source.id, span=(s, e), quote=text[s:e], predicate=verb,
        subject=SubjectRef(id=key, label=label, text=None, span=None),
        when=to_when(when), timex=when, modality="reported", facet="occurrence",
    )


def period_verbs(source: Source, words: Words, timexes: list[Timex],
                 known: set[str] | frozenset[str]) -> list[OpenTrigger]:
    """The past verbs a month or a year dates ("the airline collapsed in November", "the
    canvas was painted in 1926", "her conviction was quashed in October", "In 2020 it entered
    restructuring"): the main verb of the clause (claimcheck/clauses.py) an "in <month|year>"
    phrase is attached to, after the verb or opening the sentence (one between a subject and
    its verb is the subject's: "Russia's attack in February 2022 pushed"); a regular or
    `lead_irregular` past form, not a table's word (its class reads it) nor one between it and
    the date, not a verb of saying, stating or lasting (`lead_not_verbs`, `STATE_VERBS`), not a
    "to" infinitive's. The lead's verbs need a day (`lead_triggers`): a month or a year there
    is as often a background as the news."""
    from ..clauses import shared

    g = grammar()
    text = source.text
    layer = shared(text, words, timexes)
    starts = [sp[0] for sp in source.sentences]
    out: list[OpenTrigger] = []
    for t in timexes:
        if t.type != "DATE" or t.granularity not in ("month", "year") or t.mod is not None or t.start is None:
            continue
        if not _IN_PERIOD.search(text, max(0, t.span[0] - 12), t.span[0]):
            continue
        n = bisect.bisect_right(starts, t.span[0]) - 1
        if n < 0 or t.span[0] >= source.sentences[n][1]:
            continue
        sent = source.sentences[n]
        # the period after its verb, or opening the sentence ("In 2020 it entered ..."); one
        # between a subject and its verb is the subject's ("Russia's attack in February 2022 pushed")
        c = next((c for c in layer.of(sent) if any(
            a.timex is t and a.prep == "in" and (a.span[0] > c.verb[0] or not text[sent[0]:a.span[0]].strip())
            for a in c.attachments)), None)
        if c is None:
            continue
        i = c.head
        hi = bisect.bisect_left(words.starts, t.span[0])
        if hi - 1 - i >= PERIOD_WORDS or any(words.lowers[k] in known or words.lowers[k] in _OTHER_CLAUSE
                                             for k in range(i + 1, hi)):
            continue  # far from its date, or a table's word between reads it
        w = words.lowers[i]
        if not text[words.starts[i]].islower() or w in known or w in g.not_events:
            continue
        cls = past_verb_class(w)
        if cls is None or w in g.lead_not_verbs or _state(words, i) or (i > 0 and words.lowers[i - 1] in g.lead_not_after):
            continue
        if "to" in words.lowers[max(0, i - 2):i]:
            continue
        obj = _OBJECT.match(text, words.ends[i], min(len(text), words.ends[i] + 60))
        out.append(OpenTrigger(PhraseMatch(words.starts[i], words.ends[i], i, i, Trigger(cls, "verb")),
                               object=obj.group("head").lower() if obj is not None else None, lead=True,
                               day_at=t.span[0]))
    return out
