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
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from .events import occurrence_claims
from .events import areas
from .events.areas import area_claims
from .events.date_attributes import date_attribute_drafts
from .events.attributes import DATELINE_DATE as _DATELINE_DATE, narrowed_end
from .events.birthplaces import birthplace_claims
from .events.headquarters import headquarters_claims, site_claims
from .events.kind_ordinals import kind_ordinal_claims
from .events.lexicon import NAME_KINDS
from .events.nouns import names_an_event, noun_grammar
from .events.numbered_places import numbered_end
from .events import operators
from .events.operators import operator_claims
from .events import identifiers, kind_ordinals
from .events.identifiers import identifier_claims
from .events import pending
from .events.pending import pending_claims
from .events.perpetrators import perpetrator_claims
from .events import repeats
from .events.repeats import repeat_claims
from .events.series_statements import series_grammar
from .entities.text import slug
from .frames import CLAUSE_BREAK, Draft, Sentence, claims_of, dates, since
from .gcpause import without_gc
from .keys import parse
from .named_values import named_value_claims
from .polarity import polarity_claims
from .models import Actor, Attribution, Claim, ClaimValue, Mention, Modality, Quantity, Source, Span, Timex, Where
from .affiliations import affiliation_drafts
from .people_claims import people_drafts
from .office_claims import office_drafts
from .predicates import Trigger, cues_in, triggers_in
from .quantities import key as quantity_key
from .quantities import quantities_in
from .quantities.ordinals import open_ordinal_claims
from .quantities.holder_ordinals import HOLDS_NTH
from .quantities import ordinal_statements
from .quantities.ordinal_statements import ordinal_statement_claims
from .events.town_sites import town_site_claims
from .events.located_verbs import located_claims
from .events.vicinity import vicinity_claims
from .events.relative_sites import relative_site_claims
from .events.body_seats import body_seat_claims
from .events.dated_verbs import agent_actions
from .events.tenures import tenure_claims
from .clauses import Layer, forget as forget_clauses, shared as shared_layer
from .quantities import compare, results, scores
from .quantities.compare import comparison_claims
from .quantities import rank
from .quantities.rank import rank_claims
from .quantities.scores import score_claims
from .quantities.tallies import tally_claims
from .quantities.results import result_claims
from .quantities.audience import audience_quantities
from .quantities import lasted, margins, measures
from .quantities.lasted import lasted_quantities
from .quantities.margins import margin_quantities
from .quantities.measures import counts_a_unit, measure_quantities
from .quantities import measures_share
from .resources import load_resource
from .segment import Cue, sentences_meeting
from .service import service_starts
from .things import Thing, find_things
from .words import alternation, scan, shared

# --- resources --------------------------------------------------------------------------


class _Named(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    name: str
    pattern: str
    needs: list[str] = []  # strings the pattern cannot match without (a gate; none: every sentence)


class AttributionPatterns(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    say_verbs: list[str]
    patterns: list[_Named]
    examples: list[dict[str, str]]


@dataclass(frozen=True)
class Grammar:
    attribution: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]  # each pattern with its ``needs``
    attribution_words: frozenset[str]


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    attrib = load_resource("claims/attribution.yaml", AttributionPatterns)
    say = alternation(attrib.say_verbs)
    return Grammar(
        attribution=tuple((re.compile(p.pattern.replace("{SAY}", say)), tuple(p.needs)) for p in attrib.patterns),
        attribution_words=frozenset(w.lower() for w in attrib.say_verbs) | {"according", "cited", "quoted"},
    )


# --- per-sentence context ------------------------------------------------------------------

R = TypeVar("R")  # what a cued reader returns: claims, or quantities with their sentence

PLACE_KINDS = {"place", "country"}
AGENT_KINDS = {"person", "org", "country"}
# a cue before "after" governs the main clause, not the event "after" reports as past
# ("has promised change after his party's win in the election held on Friday")
_MODAL_BREAK = re.compile(CLAUSE_BREAK.pattern + r"|\bafter\b")
# a capital and lower-case letters, accented too ("Mazatlán", "Ålesund"; not "IAEA")
_UPPER, _LOWER = "A-ZÀ-ÖØ-Þ", r"[^\W\d_A-ZÀ-ÖØ-Þ]"
_PLACE_NAME = re.compile(rf"(?<![\w’'-])[{_UPPER}]{_LOWER}+(?:[ -][{_UPPER}]{_LOWER}+){{0,2}}\b")
_APART = re.compile(r"[ \t]*[,;(]|[^.]*?\s(?:in|at|near)\s")  # two places apart: "Mazatlán, in the state of X"
_INFINITIVE = re.compile(r"(?:^|[^,]\s)to\s+(?:\w+ly\s+)?$")  # "to operate", "to officially activate"
_PASSIVE_OR_RELATIVE = re.compile(r"\b(?:was|were|been|be|is|are|that|which|who)\b")
_NOMINAL_FORMS = frozenset("agreement decision activation implementation establishment resumption launch".split())
# words that put a place after them: "in Seoul", "struck Hualien", "off the coast of Jeju"
_LOCATIVE = re.compile(r"\b(?:in|at|on the sidelines of|near|inside|outside|struck|hit|rocked|off|"
                       r"off the coast of|across|throughout)\s+(?:the\s+)?$")
_LOCATIVE_FROM = re.compile(_LOCATIVE.pattern.replace(r"\b(?:in|", r"\b(?:in|from|", 1))
# "in the Scottish town of X", "near the village of X": a place noun and "of" before the name;
# read only with no other verb between the phrase and it ("a quake centered in X registered 5
# in the town of Y": Y is where the reading was taken)
_PLACE_NOUN = (r"(?:town|city|village|hamlet|island|municipality|commune|township|suburb|district|region|province|"
               r"county|state)")
_LOCATIVE_NOUN_OF = re.compile(rf"\b(?:in|at|near|inside|outside)\s+the\s+(?:(?:[A-Z][\w’'-]*|[a-z]+)\s+){{0,2}}?"
                               rf"{_PLACE_NOUN}\s+of\s+$")
# a country's adjective before a place noun names no place of its own: "the Scottish town of X"
_DEMONYM_OF = re.compile(rf"\s+(?:[a-z]+\s+)?{_PLACE_NOUN}\s+of\s+[A-Z]")
_OTHER_VERB_ED = re.compile(r"\b[a-z]{3,}ed\b")




# between a date and the event phrase it premodifies: "'s" and up to two words ("Monday's
# powerful quake"), or capitalised words ("the Jan. 1 Noto Peninsula quake")
_PREMODIFIER = re.compile(r"(?:[’']s(?:\s+[a-z]+){0,2})?(?:\s+[A-Z][\w.-]*)*\s+")
# what stands between a place and the session it hosts: "in Oslo for the", "in Oslo at the"
_LEADS_TO_EVENT = re.compile(r"\s(?:for|at|during|to attend)\s+(?:the|this|its|their)\s+$", re.IGNORECASE)
_DATE_ONLY = re.compile(r"[\s,]*(?:(?:on|in)\s+)?[\s,]*")
# "about three years", "more than 12 sessions": the qualifier is part of what a count states


# "from 11 countries", "Twelve nations signed": countries taking part in a session








# A wire story's dateline ("OSLO, March 3 (Agency) -"): the day it was filed, not the
# date of what its first sentence reports.
_DATELINE_HEAD = re.compile(r"(?:^|\n)[ \t]*[A-Z][\w.'’-]*(?:[ -][A-Z][\w.'’-]*){0,3}(?:\s*\([^()\n]{1,30}\))?"
                            r"[ \t]*,[ \t]*$")
_DATELINE_TAIL = re.compile(r"[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:--|—|–|-|:)")


def _dateline(text: str, t: Timex) -> bool:
    return _DATELINE_HEAD.search(text, max(0, t.span[0] - 60), t.span[0]) is not None \
        and _DATELINE_TAIL.match(text, t.span[1]) is not None






_NOT_A_SPEAKER = frozenset("and or but which who that this these it's so then also as".split())


def _attribution(text: str, span: Span, mentions: list[Mention], words: set[str]) -> Attribution | None:
    if not words & grammar().attribution_words:
        return None  # no speech verb, "according" or "cited": no pattern can match
    sentence = text[span[0]:span[1]]
    for pattern, needs in grammar().attribution:
        if needs and not any(n in sentence for n in needs):
            continue  # none of the strings it cannot match without: not searched
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
        self._timexes = timexes
        self._clauses: Layer | None = None
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
        # the words of stating, looked up once in the text's word index: a sentence with none
        # has no attribution (``_attribution`` would say so after building its word set)
        where = self.words.where()
        said = sorted(i for w in shared(where, grammar().attribution_words) for i in where[w])
        for s in per.values():
            lo, hi = self.words.index_range(*s.span)
            k = bisect.bisect_left(said, lo)
            if k < len(said) and said[k] < hi:  # the word of stating found is all ``_attribution`` asks of the words
                s.attribution = _attribution(self.text, s.span, s.mentions, {self.words.lowers[said[k]]})
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

    @property
    def clauses(self) -> Layer:
        """The clause layer (claimcheck/clauses.py), each sentence's clauses made when first read."""
        if self._clauses is None:
            self._clauses = shared_layer(self.text, self.words, self._timexes)
        return self._clauses

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
        v = noun_grammar().virtual.search(self.text, max(s.span[0], start - 40), end)
        locative = _LOCATIVE_FROM if from_place else _LOCATIVE
        places = [m for m in s.mentions if m.kind in PLACE_KINDS and start <= m.span[0] < end and m.entity
                  and self._located(s, start, m.span[0], locative)
                  and not (m.kind == "country" and _DEMONYM_OF.match(self.text, m.span[1]))]
        if places:
            m = places[0]
            # a town no table knows written before it is the nearer place: "was held in
            # Mazatlán, in the state of Sinaloa"
            nearer = self._unknown_place(s, start, m.span[0], locative) if m.span[0] - start > 4 else None
            if nearer is not None and _APART.match(self.text, nearer.span[1], m.span[0]):
                return self._narrowed(s, nearer)
            return self._narrowed(s, Where(entity=m.entity, text=m.text, span=m.span))
        if v is not None:
            return Where(entity="place:virtual", text=v.group(), span=v.span())
        found = self._unknown_place(s, start, end, locative)
        return self._narrowed(s, found) if found is not None else None

    def _narrowed(self, s: Sentence, where: Where) -> Where:
        """"the Harbour Row district of X", "Y, Colorado": the place with the one it lies in."""
        stop = narrowed_end(self.text, where.span[1], s.span[1])
        if stop == where.span[1]:
            return where
        return Where(entity=where.entity, text=self.text[where.span[0]:stop], span=(where.span[0], stop))

    def _located(self, s: Sentence, start: int, at: int, locative: re.Pattern[str]) -> bool:
        """A locative stands right before ``at``, or one with a place noun and "of" with no
        other verb between the phrase's start and it."""
        if locative.search(self.text[max(s.span[0], at - 30):at]):
            return True
        lo = max(s.span[0], at - 60)
        m = _LOCATIVE_NOUN_OF.search(self.text[lo:at])
        if m is None or _OTHER_VERB_ED.search(self.text, start, at) is not None:
            return False
        # a capitalised word before the noun is a country's adjective ("the Scottish town of"),
        # not a part's own name ("the Harbour Row district of X": that part is the place)
        return all(any(c.kind == "country" and c.span[0] <= lo + m.start() + w.start() < c.span[1] for c in s.mentions)
                   for w in re.finditer(r"\b[A-Z]", m.group()))

    def _unknown_place(self, s: Sentence, start: int, end: int, locative: re.Pattern[str] = _LOCATIVE) -> Where | None:
        """A capitalised name after a locative that no table knows ("struck Hualien"): a place
        by its position, unless it is a time, a person or an organisation."""
        for m in _PLACE_NAME.finditer(self.text, start, end):
            if not self._located(s, start, m.start(), locative):
                continue
            if any(t.span[0] < m.end() and m.start() < t.span[1] for t in s.timexes):
                continue
            if any(mm.span[0] < m.end() and m.start() < mm.span[1] for mm in s.mentions):
                continue
            stop = numbered_end(self.text, m.group(), m.end())  # "Camp 2": the number is the name's
            name = self.text[m.start():stop]
            return Where(entity="place:" + slug(name), text=name, span=(m.start(), stop))
        return None

    def date_in(self, s: Sentence, start: int, end: int) -> Timex | None:
        for t in dates(s):
            if start <= t.span[0] < end and not since(self.text, t):
                return t
        return None

    def date_before(self, s: Sentence, start: int) -> Timex | None:
        """A date that premodifies the event phrase ("the Jan. 1 quake", "Monday's vote",
        "the New Year's Day earthquake"): at most a determiner, a possessive and capitalised
        words stand between."""
        for t in reversed(dates(s)):
            # "the toll from last week's fire": a possessive date is the noun's, whatever stands before it
            possessive = self.text.startswith(("'s", "’s"), t.span[1])
            if t.span[1] <= start and (possessive or not since(self.text, t)):
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
        return names_an_event(self.text, start, t.span[0])

    def sentence_date(self, s: Sentence, before: int, lone: bool = False) -> Timex | None:
        """A date that opens the sentence ("On June 3, ...") dates what the sentence reports;
        with ``lone``, so does the only date of the sentence when it stands before ``before``."""
        found = [t for t in dates(s) if not since(self.text, t)]
        if found and _DATELINE_DATE.fullmatch(self.text, s.span[0], found[0].span[0]):
            found = found[1:]  # "KATHMANDU, Nov. 8 (Agency) --": the day it was filed, not what it reports
        if found and found[0].span[0] < before and found[0].span[0] - s.span[0] < 40:
            return found[0]
        if lone and len(found) == 1 and found[0].span[1] <= before:
            return found[0]
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
                    at_event = trig.facet == "agreed" and names_an_event(self.text, trig.end, later.start)
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



    def quantities(self, timexes: list[Timex], mentions: list[Mention], index: object | None = None) -> list[Draft]:
        """Every quantity bound to its scope (claimcheck.quantities); its key is its subject."""
        return self.quantity_drafts(quantities_in(self.source, timexes, mentions, index))

    def quantity_drafts(self, found: list[tuple[int, Quantity]]) -> list[Draft]:
        """A claim draft of each quantity (with the index of its sentence); its key is its subject."""
        drafts: list[Draft] = []
        for i, q in found:
            vtype = "duration" if q.dimension == "duration" else "count"
            drafts.append(Draft(sentence=self.sentences[i], predicate=q.dimension, facet="quantity",
                                subject_id=quantity_key(q).render(), subject_label=_quantity_label(q), subject_text=None,
                                subject_span=None, quantity=q,
                                value=ClaimValue(type=vtype, value=round(q.value, 6), text=q.text, span=q.span)))
        return drafts



    def service_starts(self) -> list[Draft]:
        """"The cable would enter service in 2030": a thing's start of service, keyed by the
        head of its subject (claimcheck.service)."""
        drafts: list[Draft] = []
        for s in self.sentences.values():
            for st in service_starts(self.text, self.words, s.span, s.timexes):
                if st.when is None or st.when not in dates(s) or since(self.text, st.when):
                    continue
                head = st.thing.split()[-1]
                drafts.append(Draft(sentence=s, predicate="enter-service", facet="launch", subject_id="thing:?",
                                    subject_label=self.text[st.thing_span[0]:st.thing_span[1]],
                                    subject_text=self.text[st.thing_span[0]:st.thing_span[1]],
                                    subject_span=st.thing_span, when=st.when,
                                    modality=self.modality(s, st.phrase[0], st.when), topic=frozenset({head, "@service"})))
        return drafts

    def firsts(self) -> list[Draft]:
        g = series_grammar()
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








def cued(reader: Callable[..., list[R]], cue: Cue, source: Source, *args: object) -> list[R]:
    """``reader`` given only the sentences of ``source`` that meet its ``cue`` (`segment.Cue`),
    and not called when none does: one gate for every reader that declares a cue, on the
    text's one word scan, instead of one of its own per reader."""
    sentences = sentences_meeting(source, cue)
    return reader(source, *args, sentences=sentences) if sentences else []


@without_gc  # many small records, no cycles: reference counting frees them
def extract(source: Source, timexes: list[Timex], mentions: list[Mention], index: object | None = None) -> list[Claim]:
    """Every claim in one source (see the module docstring for the frames); the occurrence
    claims, and what is said of series and sessions, are the event layer's
    (`events.occurrence_claims`)."""
    if not source.sentences:
        return []
    ex = Extractor(source, timexes, mentions)
    occurrences = occurrence_claims(ex, timexes, mentions)
    drafts = ex.thing_frames() + people_drafts(ex, index) + office_drafts(ex) + affiliation_drafts(ex) + ex.firsts() + ex.service_starts()
    drafts += date_attribute_drafts(ex)  # a thing's built, opened, end or effect date
    series_counts = {c.value.span[1] for c in occurrences if c.facet == "count" and c.value is not None and c.value.span}
    quantities = [d for d in ex.quantities(timexes, mentions, index)  # a series' count is checked by the series rules
                  if (d.value is None or d.value.span is None or d.value.span[1] not in series_counts)
                  and not (d.quantity is not None and counts_a_unit(d.quantity))]  # "2,100 megawatts": a measure
    drafts += quantities
    read_spans = [d.quantity.span for d in quantities if d.quantity is not None]
    drafts += ex.quantity_drafts(audience_quantities(source, timexes, read_spans))  # watchers and attendees
    beside = ex.quantity_drafts(cued(lasted_quantities, lasted.cue(), source, timexes, read_spans))  # "which lasted", "N hours of X"
    beside += ex.quantity_drafts(cued(measure_quantities, measures.cue(), source, timexes, read_spans))  # "a depth of 2,412 m", "9 km into the sky"
    beside += ex.quantity_drafts(cued(measures_share.share_quantities, measures_share.CUE, source, timexes, read_spans))  # "2.3% of GDP", "68% of those interviewed"
    drafts += beside
    taken = read_spans + [d.quantity.span for d in beside if d.quantity is not None]
    drafts += ex.quantity_drafts(cued(margin_quantities, margins.cue(), source, timexes, taken))  # "won by 14 seconds"
    claims = claims_of(source, drafts)
    for c in (occurrences + cued(pending_claims, pending.cue(), source, mentions) + cued(rank_claims, rank.cue(), source, mentions)
              + cued(operator_claims, operators.cue(), source, mentions) + cued(comparison_claims, compare.CUE, source) + cued(repeat_claims, repeats.cue(), source, mentions)
              + cued(area_claims, areas.cue(), source, mentions) + cued(kind_ordinal_claims, kind_ordinals.cue(), source) + open_ordinal_claims(source, mentions)
              + cued(score_claims, scores.CUE, source, timexes)
              + tally_claims(source, timexes) + cued(result_claims, results.CUE, source, timexes)
              + headquarters_claims(source, mentions) + site_claims(source, mentions) + town_site_claims(source, mentions) + birthplace_claims(source, mentions) + perpetrator_claims(source, mentions)
              + located_claims(source, ex.words, ex.clauses, mentions) + relative_site_claims(source, ex.words, mentions)
              + body_seat_claims(source, ex.words, mentions)
              + vicinity_claims(source, ex.words, ex.clauses, mentions, timexes, occurrences)
              + agent_actions(source, ex.words, ex.clauses, mentions, timexes) + polarity_claims(source, ex.words, ex.clauses)
              + tenure_claims(source, ex.words, mentions, timexes)
              + cued(identifier_claims, identifiers.CUE, source) + named_value_claims(source, mentions)):
        claims.setdefault(c.id, c)
    # ordinal statements read by their shape, where no reader above read the ordinal
    # (they read "X is the Nth <noun> to <verb>" in place of the holder reader's, which keys
    # by the verb as written: "to fail" and "to collapse" are one line of holders)
    lines = {c.id: c.value.span for c in claims.values() if c.predicate == HOLDS_NTH and "-to-" in c.subject.id
             and c.value is not None and c.value.span}
    taken = [c.value.span for c in claims.values() if c.value is not None and c.value.type == "ordinal"
             and c.value.span and c.id not in lines]
    for c in cued(ordinal_statement_claims, ordinal_statements.cue(), source, mentions, taken):
        assert c.value is not None and c.value.span is not None
        for cid in [i for i, (a, b) in lines.items() if a <= c.value.span[0] < b]:
            del claims[cid], lines[cid]
        claims.setdefault(c.id, c)
    forget_clauses()  # the shared clause layer holds this article's time expressions
    return sorted(claims.values(), key=lambda c: (c.span, c.facet, c.subject.id))
