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

One pass over the body's words (`lead_triggers`), then a look at the words right before each
verb and its day: linear in the text.
"""

from __future__ import annotations

import re

from ..models import Mention, Source, Span, Timex
from ..words import PhraseMatch, Words
from .attributes import patient_of
from .lexicon import Trigger
from .open_class import OpenTrigger, lead_triggers

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


def acted_on(text: str, trig: PhraseMatch[Trigger], clause: Span, actors: list[Mention]) -> str | None:
    """The person or body an open verb acted on, when its object names no thing: the object
    right after an active verb ("declared Canada's envoy persona non grata"), the subject of a
    passive one ("the driver, X, was declared persona non grata"). It keeps two actions of one
    verb apart, as a thing object does ("won the final", "won the semi-final")."""
    m = patient_of(text, trig, "object", clause, actors)
    return m.entity if m is not None and m.entity and m.kind in ACTED_ON else None
