"""Events of no class: a noun the class tables do not know is an event mention where the
syntax says it happened (resources/events/open.yaml):

- a date attached to it: "the handover on Friday", "the inspection of March 3",
  "Friday's handover", "the March 3 inspection";
- a verb of happening after it: "the handover took place in Riga", "the inspection, which
  was held on Monday", or the past of a verb of beginning: "the blockade began on Monday"
  (not "since the fair began", nor "began in 2019": a series' start);
- an ordinal before it: "the 12th such handover", "the third handover of the year";
- the object of a light verb of happening with a day after it: "made an emergency landing
  in Iceland on Wednesday", "had its world premiere at the Rivoli last Monday", "issued a
  public alert on Sunday" (the verb says only that the noun happened, so the noun is the event).

Each such noun gives its article a class named by the noun (synonyms folded to one noun;
the class tables' defaults: no patient, joint, may repeat), and
every regular verb form of the same word in that article ("handed over" no, "transferred"
yes) reports an event of that class too, so "X transferred 40 detainees on Friday" and "the
transfer took place in Riga" meet in coreference like any class. The frames are read in one
pass each over the text; a noun is probed once per frame match.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from ..models import Span, Timex
from ..resources import load_resource
from ..words import PhraseMatch, Words, alternation
from .lexicon import Trigger, classes, frame_nouns, inflect, phrasal_forms
from .nouns import happening_at
from .sessions import tables as session_tables, word_ordinal



class OpenExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    noun: str | None


class OpenTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    frames_after: list[str]
    frames_begin: list[str]
    frames_date: list[str]
    light_verbs: list[str]
    agent_verbs: list[str]
    not_events: list[str]
    synonyms: list[list[str]]
    lead_irregular: dict[str, str]
    lead_not_verbs: list[str]
    lead_not_after: list[str]
    examples: list[OpenExample]
    lead_examples: list[OpenExample]


@dataclass(frozen=True)
class OpenGrammar:
    happened: re.Pattern[str]  # " took place", " was held" ...
    began: re.Pattern[str]  # " began", " broke out" ... not before a year alone
    happened_noun: re.Pattern[str]  # "<det> [<modifier>] <noun>(, which)" right before it
    ordinal_noun: re.Pattern[str]  # "the 12th (such) <noun>"
    dated_before: re.Pattern[str]  # "<det> <noun> on|of " right before a date
    dated_after: re.Pattern[str]  # "'s <noun>" / " <noun>" right after a date
    not_events: frozenset[str]
    canonical: dict[str, str]
    agent_after: re.Pattern[str]  # a verb of saying right after the date: the noun is a speaker
    frame_ends: frozenset[str]  # last words of the frames: a text without one needs no scan
    ordinal_tokens: frozenset[str]  # words an ordinal is read from ("fourth", "th" of "12th")
    tens_hyphen: re.Pattern[str]  # "twenty-", the start of an ordinal written with a hyphen
    tens_hints: tuple[str, ...]  # "wenty-", ...: a substring test before the regex
    lead_irregular: dict[str, str]  # "won" -> "win", "sold" -> "sale": a past form and the class it names
    lead_not_verbs: frozenset[str]  # past forms that report no happening of their own ("said", "made")
    lead_not_after: frozenset[str]  # words before an -ed word that make it an adjective ("by armed men")
    numbered_before: re.Pattern[str]  # "the 10th Joint Trade Commission " right before a verb: a session
    light_verbs: frozenset[str]  # "made", "had", "issued": their object is the event ("made an emergency landing")


_NOUN = r"(?P<noun>[a-z]{4,})"
_SINCE = re.compile(r"\b(?i:since)\s+$")
_DET = r"\b(?i:the|a|an|this|that|its|their|new|latest)\s+(?:such\s+)?"
_DEFINITE = r"\b(?i:the|this|that|its|their)\s+"


def _ordinal_words() -> str:
    """An alternation of what ``sessions.word_ordinal`` reads ("12th", "fourth",
    "twenty-first"), so the regex stops only at ordinals, not at every "the"."""
    t = session_tables()
    words = sorted(t.ordinals, key=lambda w: (-len(w), w))
    tens = "|".join(sorted(t.tens, key=lambda w: (-len(w), w)))
    return r"\d{1,3}(?:st|nd|rd|th)|(?:" + tens + r")-[a-z]+|" + "|".join(map(re.escape, words))


@lru_cache(maxsize=1)
def table() -> OpenTable:
    return load_resource("events/open.yaml", OpenTable)


@lru_cache(maxsize=1)
def grammar() -> OpenGrammar:
    t = table()
    canonical = {w: group[0] for group in t.synonyms for w in group}
    return OpenGrammar(
        # found by the frame first (rare), then the noun right before it
        happened=re.compile(r"\s(?:" + alternation(t.frames_after, any_space=True) + r")\b"),
        began=re.compile(r"\s(?:" + alternation(t.frames_begin, any_space=True) + r")\b(?!\s+in\s+\d{4}\b(?![-/]))"),
        # one lower-case modifier may stand between ("the record run took place", "the maiden
        # flight was carried out"): the noun is the last word, of three letters or more here;
        # a modifier the class tables read ("the election campaign began") leaves it to them
        happened_noun=re.compile(_DET + r"(?:(?P<mod>[a-z][a-z-]{2,})\s+)?(?P<noun>[a-z]{3,})(?:,\s+which)?$"),
        # "the 12th such handover", "the fourth inspection of the year": "such" or a scope
        # after it says the noun is counted in a run of its kind ("the third largest", "his
        # second film" say neither)
        ordinal_noun=re.compile(r"\b(?i:the)\s+(?P<ord>" + _ordinal_words() + r")\s+(?:(?P<such>such)\s+" + _NOUN + r"\b|"
                                + _NOUN.replace("noun", "scoped") + r"(?=\s+(?:of|in|since|this)\b))"),
        # definite only: "a judge on Thursday sentenced" names a person, "the handover on Friday" an event
        dated_before=re.compile(_DEFINITE + _NOUN + r"\s+(?:" + "|".join(map(re.escape, t.frames_date)) + r")\s+$"),
        dated_after=re.compile(r"(?:[’']s)?\s+" + _NOUN + r"\b"),
        not_events=frozenset(w.lower() for w in t.not_events),
        canonical=canonical,
        frame_ends=frozenset(f.split()[-1].lower() for f in [*t.frames_after, *t.frames_begin]),
        ordinal_tokens=frozenset(session_tables().ordinals) | {"st", "nd", "rd", "th"},
        tens_hints=tuple(sorted(w[1:] + "-" for w in session_tables().tens)),
        tens_hyphen=re.compile(r"\b(?i:" + "|".join(sorted(session_tables().tens)) + r")-"),
        agent_after=re.compile(r",?\s+(?:" + alternation(t.agent_verbs) + r")\b", re.IGNORECASE),
        lead_irregular={k.lower(): v.lower() for k, v in t.lead_irregular.items()},
        lead_not_verbs=frozenset(w.lower() for w in [*t.lead_not_verbs, *t.agent_verbs]),
        lead_not_after=frozenset(w.lower() for w in t.lead_not_after),
        numbered_before=re.compile(r"\b(?i:" + _ordinal_words() + r")\s+(?:[A-Z][\w’'-]*\s+){1,6}$"),
        light_verbs=frozenset(w.lower() for w in t.light_verbs),
    )


@dataclass(frozen=True)
class OpenTrigger:
    match: PhraseMatch[Trigger]
    ordinal: tuple[int, Span] | None = None
    object: str | None = None  # the head noun of a lead verb's object ("won the final": final)
    lead: bool = False  # a past verb of the lead (`lead_triggers`), not a word of the noun frames
    light: bool = False  # the object of a light verb ("issued an alert"): no other verb's object
    day_at: int = -1  # a lead verb's day after it, where it starts (-1: none after it)


# a light verb's object: a determiner, at most two lower-case modifiers and the head noun, which a
# preposition, a clause mark or a day ends ("made an unscheduled landing in", "had its world premiere at")
_LIGHT_OBJECT = re.compile(r"\s+(?:a|an|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}?" + _NOUN
                           + r"(?=\s+(?:in|at|on|near|off|over|for|to|from|with|during|after|last|this|early|late|earlier|overnight)\b|\s*[,.;])")
LIGHT_REACH = 60  # chars: a day this far after a light verb's object dates it


def _word_at(words: Words, start: int) -> int | None:
    i = bisect.bisect_left(words.starts, start)
    return i if i < len(words.starts) and words.starts[i] == start else None


# after the noun (and its date): ", the 49th of the year", ", the third this month"
_APPOSED = re.compile(r"(?:\s+(?:on|of)\s+[^,]{1,25}?)?,\s+(?i:the)\s+(?P<ord>[\w-]+)(?:\s+such)?\s+(?:of|in|since|this)\b")


def _ordinal_of(m: re.Match[str], words: Words, text: str) -> tuple[int, Span] | None:
    """The ordinal a pattern's ``ord`` group holds ("fourth", "12th": the suffix is its own
    word in the scan), if it counts from the first."""
    i = _word_at(words, m.start("ord"))
    ordinal = word_ordinal(words, text, i) if i is not None else None
    if ordinal is None and (i := _word_at(words, m.end("ord") - 2)) is not None:
        ordinal = word_ordinal(words, text, i)
    return ordinal if ordinal is not None and ordinal[0] > 0 else None


def _apposed_ordinal(text: str, words: Words, start: int) -> tuple[int, Span] | None:
    """The ordinal an appositive gives the event just named: "the handover on Friday, the
    12th of the year"."""
    end = text.find(" ", start)
    m = _APPOSED.match(text, end if end > 0 else len(text))
    return _ordinal_of(m, words, text) if m is not None else None


# a day or a weekday, resolved or not, or one week or weekend ("This week's blackout", "went up
# last weekend"): each dates one happening, where a month or a year ("the 2005 budget") names none
_A_DAY = re.compile(r"^\w{4}-\d\d-\d\d|-W\w\w-\d|-W\d\d(?:-WE)?$")


@lru_cache(maxsize=1)
def _numbers() -> frozenset[str]:
    """Number words ("three", "million"): after an ordinal they count no event."""
    from ..quantities.tables import tables as quantity_tables
    from ..timex.lexicon import lexicon as time_words

    return frozenset(time_words().numbers.cardinals) | frozenset(quantity_tables().scales)


def _verbs_of(noun: str) -> set[str]:
    """The verbs a noun of happening comes from: itself ("exchange", "swap"), or its stem
    before "-ion" ("inspection": inspect, "evacuation": evacuate)."""
    if noun.endswith("ion") and len(noun) > 6:
        return {noun[:-3], noun[:-3] + "e"}
    return {noun}


def open_triggers(text: str, words: Words, timexes: list[Timex], known: set[str],
                  lead_at: Span | None = None) -> list[OpenTrigger]:
    """Open-class event triggers of one document (module docstring); ``known``: the words the
    class tables already read as events, left to them; ``lead_at``: the article's headline and
    first body sentences, whose dated past verbs report its news (`lead_triggers`)."""
    g = grammar()
    session = session_tables()
    ordinal_words = session.ordinals
    numbers = _numbers()
    found: dict[int, tuple[str, tuple[int, Span] | None]] = {}  # noun start -> (class noun, ordinal)

    def take(m: re.Match[str], ordinal: tuple[int, Span] | None = None, group: str = "noun") -> None:
        noun = m.group(group)
        if noun in g.not_events or noun in known or noun in ordinal_words or (noun.endswith("s") and not noun.endswith("ss")):
            return  # a plural names several occurrences, not one; "the fourth of the year" names none
        if noun.endswith("est") or noun in session.not_name or noun in session.dropped or noun in numbers:
            return  # "the first annual", "the second largest", "the third million"
        if noun.endswith("ed") or happening_at(noun, 0):
            return  # "an attack that began on May 3", "that ended on": a verb after a relative "that"
        found.setdefault(m.start(group), (g.canonical.get(noun, noun), ordinal))

    where = words.where()
    if not g.frame_ends.isdisjoint(where):  # most texts hold no "took place": skip the scan
        for f in g.happened.finditer(text):
            m = g.happened_noun.search(text, max(0, f.start() - 50), f.start())
            if m is not None and m.group("mod") not in known:
                take(m)
        for f in g.began.finditer(text):
            m = g.happened_noun.search(text, max(0, f.start() - 50), f.start())
            if m is not None and m.group("mod") not in known and not _SINCE.search(text, max(0, m.start() - 7), m.start()):
                take(m)  # "since the fair began": a background start, no occurrence
    for t in timexes:
        if t.type not in ("DATE", "TIME") or not _A_DAY.search(t.value):
            continue  # a day dates one happening; "the whole of 2004", "the 2005 budget" name none
        lead = text[max(0, t.span[0] - 4):t.span[0]].lower()
        if lead.endswith((" on ", " of ")):  # the regex only where a frame's preposition is
            before = g.dated_before.search(text, max(0, t.span[0] - 40), t.span[0])
            if before is not None and not g.agent_after.match(text, t.span[1]):
                take(before)
        after = g.dated_after.match(text, t.span[1]) if lead.endswith("the ") or text.startswith(("'", "’"), t.span[1]) \
            else None
        if after is not None:
            take(after)  # "the March 3 inspection", "Friday's handover"
    # the ordinals' words, by the scan's index ("fourth", "th" of "12th", "twenty-first"): the
    # pattern is tried only after a "the" right before one
    at = sorted({i for tok in g.ordinal_tokens if tok in where for i in where[tok]}
                | {j for h in (g.tens_hyphen.finditer(text) if any(x in text for x in g.tens_hints) else ())
                   if (j := _word_at(words, h.start())) is not None})
    for m in (g.ordinal_noun.match(text, words.starts[k]) for i in at
              for k in (i - 1, i - 2) if k >= 0 and words.lowers[k] == "the"):
        if m is not None and (ordinal := _ordinal_of(m, words, text)) is not None:
            take(m, ordinal, "noun" if m.group("such") else "scoped")
    light = _light_objects(text, words, timexes, where, g)
    for m in light:
        take(m)
    lit = {m.start("noun") for m in light}
    out: list[OpenTrigger] = []
    for start, (cls, ordinal) in sorted(found.items()):
        i = _word_at(words, start)
        if i is not None:
            ordinal = ordinal or _apposed_ordinal(text, words, start)
            out.append(OpenTrigger(PhraseMatch(start, words.ends[i], i, i, Trigger(cls, "noun")), ordinal,
                                   light=start in lit))
    # the past tense of the same words in this article reports the same kind of event
    # ("exchanged ... on Saturday"); other forms are mostly nouns or gerunds
    for noun in sorted({words.lowers[o.match.first] for o in out}):
        for past in sorted({inflect(v)[2] for v in _verbs_of(noun)} - known):
            for i in where.get(past, ()):
                if text[words.starts[i]].islower():
                    out.append(OpenTrigger(PhraseMatch(words.starts[i], words.ends[i], i, i,
                                                       Trigger(g.canonical.get(noun, noun), "verb"))))
    if lead_at is not None:
        taken = {o.match.start for o in out}
        out += [o for o in lead_triggers(text, words, timexes, known, lead_at) if o.match.start not in taken]
    out.sort(key=lambda o: o.match.start)
    return out


def _light_objects(text: str, words: Words, timexes: list[Timex], where: dict[str, list[int]],
                   g: OpenGrammar) -> list[re.Match[str]]:
    """The objects of the light verbs in lower case ("made an emergency landing", "issued a public
    alert") with a day-precise time starting within `LIGHT_REACH` chars after them in their
    sentence: the noun names what happened then. One regex match per light verb written."""
    days = sorted(t.span[0] for t in timexes if t.type in ("DATE", "TIME") and _A_DAY.search(t.value))
    if not days:
        return []
    out = []
    for verb in g.light_verbs & where.keys():
        for i in where[verb]:
            if not text[words.starts[i]].islower():
                continue
            m = _LIGHT_OBJECT.match(text, words.ends[i], min(len(text), words.ends[i] + 60))
            if m is None:
                continue
            k = bisect.bisect_left(days, m.end())
            if k < len(days) and days[k] - m.end() <= LIGHT_REACH and not any(ch in text[m.end():days[k]] for ch in ".;:"):
                out.append(m)
    return out


LEAD_AFTER = 90  # a day this far after a lead verb may date it (as `attributes.TIME_AFTER`) ...
LEAD_BEFORE = 45  # ... or this far before it ("On Sunday, the airline cancelled ...")
# the object right after a lead verb: a determiner, lower-case modifiers and the head noun,
# ended by a preposition, a clause mark or a date ("cut its policy rate by", "won the final on")
_OBJECT = re.compile(r"\s+(?:the|its|their|his|her|a|an)\s+(?:[a-z][\w’'-]*\s+){0,3}?(?P<head>[a-z][\w-]{2,})"
                     r"(?=\s+(?:to|on|in|at|by|for|from|with|after|before|of|as|late|early|last)\b|\s*[,.;:]|\s*$)")


# "to" and a verb after a past form: the verb reports an intention, its day the infinitive's
_INFINITIVE = re.compile(r"\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|some|about|around|nearly|over)\b)[a-z]")


# between a day and a verb after it: nothing ("the bank on Tuesday cut"), or a comma and the subject ("On Tuesday, the bank cut")
_FRONTED = re.compile(r"\s*(?:,[^,;:]*)?\s*$")
# a day opening its sentence ("Last week the bank cut rates", "On Sunday the club sacked ..."): the
# subject may follow it without a comma
_OPENS = re.compile(r"(?:\A|\n\s*|[.!?][”’\"']?\s+)(?:(?:On|In|Early|Late|Earlier)\s+)?$")
_SUBJECT = re.compile(r"\s+[^,;:\n]*$")


# before an event noun: the noun is what the verb leads to or follows, with a day of its own
# ("gathered for the forum on April 3"); "won the leadership at the convention on Friday" is in it
_AIMED = frozenset({"for", "to", "before", "after", "ahead", "until", "since", "towards"})


_OBJECT_END = frozenset({"to", "on", "in", "at", "by", "for", "from", "with", "after", "before", "of", "as", "and"})


def _names_event(text: str, words: Words, known: set[str], i: int, last: int) -> bool:
    """A word of the tables or the noun frames in the object right after a verb ("lost the cup
    final 2-1", "opened the ninth session"): the verb tells how that event went."""
    for k in range(i + 1, min(i + 7, last)):
        if words.lowers[k] in _OBJECT_END or any(ch in text[words.ends[k - 1]:words.starts[k]] for ch in ",.;:"):
            return False
        if words.lowers[k] in known:
            return True
    return False


def _no_event_between(words: Words, known: set[str], start: int, end: int) -> bool:
    """No word of the tables or the noun frames that the verb aims at between a lead verb and
    its day: "gathered in Oslo for the tenth forum on April 3" dates the forum, not the gathering."""
    lo, hi = words.index_range(start, end)
    return not any(words.lowers[k] in known and any(words.lowers[j] in _AIMED for j in range(lo, k))
                   for k in range(lo, hi))


def past_verb_class(w: str) -> str | None:
    """The class of an open past verb written ``w`` (lower case): its `lead_irregular` entry,
    or the stem of a regular past form ("diverted": divert); None for any other word."""
    g = grammar()
    if w in g.lead_irregular:
        return g.lead_irregular[w]
    if w.endswith("ed") and len(w) >= 5 and w.isalpha():
        from ..quantities.held import stem
        return stem(w)
    return None


def lead_triggers(text: str, words: Words, timexes: list[Timex], known: set[str], lead: Span) -> list[OpenTrigger]:
    """The past verbs of an article's lead that a day dates: its news, whatever its class
    ("diverted to Iceland on Thursday", "cut its policy rate ... on Wednesday", "won the
    leadership in Winnipeg on Saturday night"). A regular past form (-ed) or an irregular one
    of `lead_irregular`, written in lower case, not a table's word, not a verb of saying or a
    light verb (`lead_not_verbs`), not after a determiner or a preposition (an adjective: "by
    armed men", "the scheduled meeting"), with a day-precise time within `LEAD_AFTER` chars
    after it or `LEAD_BEFORE` before it in its sentence: the mention's clause then dates it as
    any event's (`attributes.time_for`). Its class is its stem ("diverted": divert), so the
    article's "Thursday's diversion" and another's "was diverted" meet as one kind
    (`open_kind`); the head noun of its object keeps two happenings apart ("won the
    semi-final", "won the final"). One pass over the lead's words."""
    g = grammar()
    days = [t for t in timexes if t.type in ("DATE", "TIME") and _A_DAY.search(t.value)
            and lead[0] <= t.span[0] < lead[1]]
    if not days:
        return []
    first, last = words.index_range(*lead)
    out: list[OpenTrigger] = []
    for i in range(first, last):
        w = words.lowers[i]
        if not text[words.starts[i]].islower() or w in known or w in g.lead_not_verbs or w in g.not_events:
            continue
        cls = past_verb_class(w)
        if cls is None:
            continue
        if i > 0 and words.lowers[i - 1] in g.lead_not_after:
            continue  # "by armed men", "the scheduled talks"
        start, end = words.starts[i], words.ends[i]
        if _INFINITIVE.match(text, end):
            continue  # "threatened to strike on Monday": the day is the infinitive's
        gaps = [(end, t.span[0]) for t in days if 0 <= t.span[0] - end <= LEAD_AFTER and "\n" not in text[end:t.span[0]]]
        # a day before the verb dates it fronted or right before it, not a subject's ("the May 2 flood cut")
        gaps += [(t.span[1], start) for t in days if 0 <= start - t.span[1] <= LEAD_BEFORE
                 and (_FRONTED.match(text, t.span[1], start) or (_OPENS.search(text, max(0, t.span[0] - 12), t.span[0])
                                                                  and _SUBJECT.match(text, t.span[1], start)))
                 and "\n" not in text[t.span[1]:start]]
        gaps = [gap for gap in gaps if _no_event_between(words, known, *gap)]
        if not gaps:
            continue
        obj = _OBJECT.match(text, end, min(len(text), end + 60))
        if g.numbered_before.search(text, max(lead[0], start - 80), start):
            continue  # "the 10th Joint Trade Commission opened": the session is what happened (events/sessions.py)
        if (i > 0 and words.lowers[i - 1] in known) or _names_event(text, words, known, i, last):
            continue  # "the commission opened", "won the Norwegian Cup final": the event the noun names
        head = obj.group("head").lower() if obj is not None else None
        if head is not None and (w, head) in phrasal_forms():
            # "struck the cap down": the table's phrasal form around its object ("struck down"),
            # whose class says what its patient is
            cls, head = phrasal_forms()[(w, head)], None
        out.append(OpenTrigger(PhraseMatch(start, end, i, i, Trigger(cls, "verb")),
                               object=head, lead=True,
                               day_at=min((b for a, b in gaps if a == end), default=-1)))
    return out


def open_kind(cls: str) -> str:
    """One kind for the open classes of one word family, a noun's or a verb's ("diversion",
    "divert" -> "diver"; "eruption", "erupt"; "opening", "open"): the class without its
    derivational ending, cut to five letters. A class of the tables is its own kind."""
    w = cls.lower()
    for suffix in ("ation", "ion", "ment", "ing", "al", "ed", "es", "s", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            break
    return w[:5]


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Words the class tables, the session nouns and the old occurrence frame already read."""
    t = classes()
    words = {w.lower() for c in t.classes.values() for w in [*c.nouns, *c.forms] if " " not in w}
    words |= {f for c in t.classes.values() for v in c.verbs for f in t.irregular.get(v, inflect(v))}
    words |= set(session_tables().nouns)
    words |= {w.lower() for ws in frame_nouns().values() for w in ws if " " not in w}
    return frozenset(words)


def past_happening(text: str, trig: PhraseMatch[Trigger], clause: Span, times: list[Timex]) -> PhraseMatch[Trigger]:
    """The trigger widened over a verb of happening right after it and a date right after
    that ("the hearing took place on Monday", "the final, held on May 4,"): its place is read
    after them, as if written next to the noun. The trigger itself when none follows."""
    g = grammar()
    m = g.happened.match(text, trig.end, clause[1]) or g.began.match(text, trig.end, clause[1])
    if m is None:
        return trig
    end = m.end()
    for t in times:
        gap = text[end:t.span[0]] if t.span[0] >= end else "?"
        if len(gap) <= 5 and gap.strip() in ("", "on", "in") and t.span[1] <= clause[1]:
            end = t.span[1]
            break
    return PhraseMatch(trig.start, end, trig.first, trig.last, trig.value)
