"""The story's site given by the town it lies near: "the train derailed near X", "bones dug out
of a hillside near the village of X", "a cabin plunged onto a ski run above X", "crews combed
the farmland near X". A report of a remote happening locates it by its nearest town, and one
story has one such site: key ``located:vicinity|-`` when a noun or a verb of finding comes
before the cue ("a hillside near X", "bones found near X"), ``located:vicinity|<lemma>`` when a
verb of happening does ("broke out near X": ``break out``, so the fire's town is not held against
the town a helicopter fighting it crashed near); compared by the place rule (two towns a
conflict, a town in the other's area a variant). Its places name no story
(`story_names._SITE_ONLY`): two articles giving two towns for it are of one story.

The phrase is "near", "above" or "outside" and a town's name (after "the village/town of" or
not: a name no gazetteer knows is a place in this position). The story's site only:

- in the article's lead (its first sentences, not its headline), where a report says where its
  news happened;
  a vicinity further down is background (another incident, a route, a film's subject);
- not in a sentence dated well before the publication ("In February 2024 an empty train
  derailed near X", "the 2013 derailment near Y"): an earlier event of the same kind;
- not of a clause planned, negated, or (for "outside", which also means "except") not told in
  the past: "support for film production outside X", "collections outside X";
- not a country or an area ("outside Italy"), a landmark ("near X Park", "near X airport",
  "above Camp 2", "outside Number 10");
- one town per article: an article naming two has no one site here;
- none where the event layer already holds the town as an occurrence's place ("the hurricane
  made landfall near X"): the happening's own place rule compares it, once.

Each sentence holding a cue word is read once: linear in the text.
"""

from __future__ import annotations

import bisect
import re
from datetime import timedelta

from ..clauses import Layer, name_at, sets as clause_words
from ..entities import gazetteer
from ..models import Claim, Mention, Source, Span, Timex
from ..segment import outside_sentence_at, title_of
from ..words import Words
from .located_verbs import place_claim

CUES = frozenset({"near", "above", "outside"})
LEAD = 5  # sentences 0..LEAD (the title and the first body sentences) make the lead
EARLIER = timedelta(days=60)  # a sentence dated this long before publication tells an earlier event
_TOWN_OF = re.compile(r"\s+(?:the\s+(?:village|town|city|hamlet|resort|municipality)\s+of\s+)?(?=\S)")


def vicinity_claims(source: Source, words: Words, layer: Layer, mentions: list[Mention],
                    timexes: list[Timex], occurrences: list[Claim] = ()) -> list[Claim]:  # type: ignore[assignment]
    """The story's site read from "near/above/outside X" in the lead (module docstring); a
    place an occurrence of the event layer already holds ("made landfall near X") is its."""
    hits = words.positions(CUES)
    if not hits:
        return []
    held_places = {c.where.span[0] for c in occurrences if c.where is not None and c.where.span}
    text = source.text
    ordered = sorted((m for m in mentions if m.entity), key=lambda m: m.span)
    starts = [m.span[0] for m in ordered]
    tstarts = [t.span[0] for t in timexes]
    title = title_of(source)
    headline = next(((s, e) for s, e in source.paragraphs[:3] if text[s:e] == title), (0, 0))
    found: list[tuple[Span, Span]] = []
    for h in hits:
        pos = words.starts[h]
        if headline[0] <= pos < headline[1]:
            continue  # a headline's grammar: its verbs and nouns are no clause to key by
        held = outside_sentence_at(source, pos)
        if held is None or held[0] > LEAD:
            continue
        sent = held[1]
        in_sent = timexes[bisect.bisect_left(tstarts, sent[0]):bisect.bisect_left(tstarts, sent[1])]
        place = _town_after(text, pos + len(words.lowers[h]), sent[1], in_sent)
        if place is None or not _told_of_it(layer, sent, pos, words.lowers[h]) or _dated_earlier(source, in_sent):
            continue
        if place[0] in held_places:
            return []  # the event layer holds the story's site with its happening: compared there
        found.append((_happening(layer, words, sent, h), (pos, place[1]), place))
    if len({_fold(text[p[0]:p[1]]) for _, _, p in found}) != 1:
        return []  # none, or two towns: no one site
    return [place_claim(source, span, f"located:vicinity|{verb}", _label(verb), "located", place, ordered, starts)
            for verb, span, place in found]


def _label(verb: str) -> str:
    return "the story's site (the town it lies near)" if verb == "-" else f"the town the {verb} happened near"


def _happening(layer: Layer, words: Words, sent: Span, h: int) -> str:
    """The verb the cue follows right after ("broke out near X": "break out"), the happening the
    place is of, else "-" (a noun before it, "a hillside near X", or a verb of finding: the
    story's site)."""
    before = h - 1
    while before >= 0 and words.lowers[before] in _ADVERBS:
        before -= 1
    for c in layer.of(sent):
        if before >= 0 and c.verb[0] <= words.starts[before] < c.verb[1]:
            return "-" if c.lemma in _FINDING else c.lemma
    return "-"


_ADVERBS = frozenset({"just", "somewhere", "right", "directly", "nearby", "shortly"})
# a found thing lies where the story's site is: "bones found near X", "debris spotted near X"
_FINDING = frozenset({"find", "discover", "spot", "unearth", "locate", "see", "dig", "dig up", "recover", "uncover"})


def _fold(name: str) -> str:
    return re.sub(r"\W+", " ", name.lower()).strip()


def _town_after(text: str, at: int, limit: int, in_sent: list[Timex]) -> Span | None:
    """The town named right after the cue word ("near the village of X", "above X"), else None."""
    m = _TOWN_OF.match(text, at, limit)
    if m is None:
        return None
    span = name_at(text, m.end(), limit)
    if span is None:
        return None
    s, e = span
    for t in in_sent:  # "above X on Saturday": the name stops before a time
        if s < t.span[0] < e:
            e = s + len(re.sub(r"(?:\s+(?:on|in))?\s*$", "", text[s:t.span[0]]))
            break
    if e <= s:
        return None
    name = text[s:e].removesuffix("'s").removesuffix("’s")
    e = s + len(name)
    after = text[e:e + 30]
    nxt = re.match(r"(?:['’]s)?\s+([a-z]+)", after)
    if re.match(r"\s*\d", after) or (nxt is not None and (nxt.group(1) in gazetteer.table().site_nouns or
                                                          nxt.group(1) in clause_words().place_noun)):
        return None  # "above Camp 2", "outside Number 10", "near X airport": a landmark, not a town
    if gazetteer.site_noun(name) or gazetteer.is_area(name):
        return None  # "near X Park", "outside Italy", "near Y County"
    return (s, e)


def _told_of_it(layer: Layer, sent: Span, pos: int, cue: str) -> bool:
    """The clause the phrase follows states a fact: not planned, not negated; for "outside"
    (which also means "except") a past happening."""
    clause = None
    for c in layer.of(sent):
        if c.verb[0] < pos:
            clause = c
    if clause is None:
        return cue != "outside"
    if clause.negated or clause.tense in ("future", "modal"):
        return False
    return cue != "outside" or clause.tense == "past"


def _dated_earlier(source: Source, in_sent: list[Timex]) -> bool:
    """The sentence holds a date well before the publication: it tells an earlier event."""
    pub = source.published.start
    return pub is not None and any(t.end is not None and t.end < pub - EARLIER for t in in_sent)


__all__ = ["vicinity_claims"]
