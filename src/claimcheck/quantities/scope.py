"""What a quantity is about and when it is true: its head, role, entity and as-of time.

- entity: a place for casualty counts and measures ("71 in Port Alder", "40 cm at Kestrel Bay"),
  a person for ages and prison terms (named in the clause, else the last person named
  before: "the 63-year-old"), else the organisation, country or person next to it;
- role: a forecast ("projected 410 seats") is never compared with a result; a prison term
  is the imposed term, the maximum, a request or a recommendation (cue words);
- as-of: a time written in its clause, else the publication day for counts that change
  (tolls, seats, members); fixed facts (ages, magnitudes, lengths, votes) have none.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..keys import QuantityKey, head_class
from ..models import Mention, Quantity, Timex
from ..events.headquarters import fold
from ..words import alternation
from .find import Raw, _head_after, head_before
from .numbers import number_re
from .held import event_noun_act, held_role, holding_class, lemma, noun_of_one_of, stem
from .offsets import offset_head
from . import attributes, carriers, elided, located, multiples, rates, slots, tenure
from .tables import head_index, tables

_CLAUSE = re.compile(r";|\bbut\b|, which\b|, while\b|\bwhereas\b|, and\b|\s[–—]\s")
_TURNS = re.compile(r"\bturn(?:s|ed|ing)\s+$", re.IGNORECASE)
_AT_PLACE = re.compile(r"^[\s,]*(?:\w+\s+){0,3}?(?:in|at|on|off|of)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_UNBOUND = re.compile(r"\brespectively\b|\bin that order\b", re.IGNORECASE)
PLACE = {"place", "country"}
PEOPLE_CLASSES = {"dead", "injured", "missing", "evacuated"}


@lru_cache(maxsize=1)
def _cue_res() -> dict[str, re.Pattern[str]]:
    t = tables()
    res = {f"role:{k}": v for k, v in t.term_roles.items()}
    res.update({"forecast": t.forecast_cues, "elsewhen": t.elsewhen_cues, "term": t.term_nouns,
                "up": t.change_verbs["up"], "down": t.change_verbs["down"]})
    out = {k: re.compile(rf"(?<![\w])(?:{alternation(v)})(?![\w])", re.IGNORECASE) for k, v in res.items()}
    # "at the time of the collapse" names the story's own moment, not another time
    out["elsewhen"] = re.compile(rf"(?<![\w])(?:{alternation(t.elsewhen_cues)})(?![\w])(?!\s+of\b)", re.IGNORECASE)
    # "may" is a plan only in lower case: "May 12" in a dateline is the month
    cased = [w for w in t.forecast_cues if w.lower() == "may"]
    if cased:
        rest = [w for w in t.forecast_cues if w.lower() != "may"]
        out["forecast"] = re.compile(rf"(?<![\w])(?:(?i:{alternation(rest)})|may)(?![\w])")
    return out


_REACH = 200  # characters either side of a number in which its clause is read (keeps each number's work bounded)


@dataclass
class Context:
    """One sentence and what the document knows around it; lookups are by bisection, so the
    work per number does not grow with the sentence."""

    text: str
    span: tuple[int, int]
    mentions: list[Mention]  # the sentence's mentions, in text order
    people: "People"  # the document's people, for "the 63-year-old"
    timexes: list[Timex]  # the sentence's time expressions, in text order
    published: str | None  # the publication day (ISO), None when only a month or unknown
    source: str
    index: int = 0  # the sentence's number in its document
    # when the day is not known (inferred without confidence, or only a month given): the month
    # it falls in, the as-of of a fixed count with no time written (compared only with that month's)
    period: str | None = None
    carry: dict[str, object] = field(default_factory=dict)  # what the document passes on (the sentence before)
    cause: str | None = None  # the cause class the document names most; None: read from the text when needed

    def __post_init__(self) -> None:
        self.mentions = sorted(self.mentions, key=lambda m: m.span)
        self._starts = [m.span[0] for m in self.mentions]
        self.timexes = sorted(self.timexes, key=lambda t: t.span)
        self._t_starts = [t.span[0] for t in self.timexes]
        self._breaks = [(m.start(), m.end()) for m in _CLAUSE.finditer(self.text, *self.span)]
        self._break_starts = [b[0] for b in self._breaks]
        self._unknown: bool | None = None

    def near(self, lo: int, hi: int) -> list[Mention]:
        """Mentions that start in [lo - 60, hi)."""
        i = bisect.bisect_left(self._starts, lo - 60)
        j = bisect.bisect_left(self._starts, hi)
        return self.mentions[i:j]

    def times(self, lo: int, hi: int) -> list[Timex]:
        return self.timexes[bisect.bisect_left(self._t_starts, lo):bisect.bisect_left(self._t_starts, hi)]

    def clause(self, r: Raw) -> tuple[int, int]:
        """The clause a number stands in, at most _REACH characters either side."""
        i = bisect.bisect_left(self._break_starts, r.num_start)
        lo = self._breaks[i - 1][1] if i > 0 else self.span[0]
        j = bisect.bisect_left(self._break_starts, r.end)
        hi = self._breaks[j][0] if j < len(self._breaks) else self.span[1]
        return max(lo, r.start - _REACH), min(hi, r.end + _REACH)


@lru_cache(maxsize=1)
def _cause_re() -> tuple[re.Pattern[str], dict[str, str]]:
    words = {w.lower(): cls for cls, ws in tables().causes.items() for w in ws}
    return re.compile(rf"(?<![\w-])(?:{alternation(set(words))})(?![\w-])", re.IGNORECASE), words


def document_cause(text: str) -> str | None:
    """The cause class an article names most ("quake" four times, "collided" once:
    earthquake); None when it names none or two classes equally. One pass over the text."""
    pattern, words = _cause_re()
    seen: dict[str, int] = {}
    for m in pattern.finditer(text):
        cls = words[m.group().lower()]
        seen[cls] = seen.get(cls, 0) + 1
    if not seen:
        return None
    ranked = sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))
    return ranked[0][0] if len(ranked) == 1 or ranked[0][1] > ranked[1][1] else None


def _cause(ctx: Context, r: Raw, lo: int, hi: int) -> str | None:
    """A casualty count's cause: named after it in its clause ("five dead in a plane crash",
    "killed as two jets collided"), else before it ("the quake killed 12"), else the
    article's."""
    pattern, words = _cause_re()
    after = pattern.search(ctx.text, r.end, hi)
    if after is not None:
        return words[after.group().lower()]
    before = None
    for m in pattern.finditer(ctx.text, lo, r.start):
        before = m
    return words[before.group().lower()] if before is not None else _main_cause(ctx)


def _main_cause(ctx: Context) -> str | None:
    """The document's main cause, read once per document and only when a count needs it
    (most articles never fall back to it: a pass over the whole text saved)."""
    if ctx.cause is not None:
        return ctx.cause
    if "cause" not in ctx.carry:
        ctx.carry["cause"] = document_cause(ctx.text)
    found = ctx.carry["cause"]
    return found if isinstance(found, str) else None


@lru_cache(maxsize=1)
def _running_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w])(?:{alternation(tables().running_cues)})\s+(?:(?:about|around|some|at least|nearly|almost)\s+)?$",
                      re.IGNORECASE)


def initials(name: str) -> str:
    """"Tomas Berg-Lund" -> "TBL" (two words at least)."""
    parts = re.findall(r"[A-Za-z]+", name)
    return "".join(p[0].upper() for p in parts) if len(parts) >= 2 else ""


class People:
    """The document's person mentions and, at each, the person named most so far; and the
    people an acronym of initials stands for ("TBL" for a Tomas Berg-Lund)."""

    def __init__(self, mentions: list[Mention], corpus_initials: dict[str, str] | None = None) -> None:
        self.starts: list[int] = []
        self.leader: list[Mention] = []
        self.mentions: list[Mention] = []
        self.initials: dict[str, Mention] = {}
        for m in mentions:
            if m.kind == "person" and m.entity:
                acronym = initials(m.label or m.text)
                if acronym:
                    self.initials.setdefault(acronym, m)
        self.corpus = corpus_initials or {}  # named in full only in other articles
        counts: dict[str, int] = {}
        last: dict[str, Mention] = {}
        best: str | None = None
        for m in sorted(mentions, key=lambda m: m.span):
            if m.kind != "person" or m.entity is None or _official(m):
                continue
            counts[m.entity] = counts.get(m.entity, 0) + 1
            last[m.entity] = m
            if best is None or counts[m.entity] >= counts[best]:
                best = m.entity
            self.starts.append(m.span[0])
            self.leader.append(last[best])
            self.mentions.append(m)

    def by_initials(self, acronym: str) -> Mention | None:
        """The person an acronym of initials stands for, in this article or the corpus."""
        if acronym in self.initials:
            return self.initials[acronym]
        entity = self.corpus.get(acronym)
        return Mention(span=(0, 0), text=acronym, kind="person", entity=entity) if entity else None

    def first_in(self, lo: int, hi: int) -> Mention | None:
        """The first person named in [lo, hi)."""
        i = bisect.bisect_left(self.starts, lo)
        return self.mentions[i] if i < len(self.starts) and self.starts[i] < hi else None

    def before(self, pos: int) -> Mention | None:
        """"The 63-year-old ...": the person the article has named most before ``pos``."""
        i = bisect.bisect_left(self.starts, pos) - 1
        return self.leader[i] if i >= 0 else None


_REMAINDER = re.compile(r"(?<![\w-])(?:leaving|leaves|left|remaining)\s+(?:(?:about|around|some|nearly|almost|roughly|"
                        r"just|only|over|more\s+than|at\s+least)\s+)?$", re.IGNORECASE)
_PHRASE_MODALS = frozenset({"could", "might", "would", "may", "warned"})


def _forecast(ctx: Context, r: Raw, lo: int, hi: int) -> bool:
    """A plan or forecast cue in the number's clause: anywhere before it; after it, a modal
    only within the number's own phrase (before a comma): "will sign six agreements", "410
    seats, the exit poll projected", "500 jobs could go" are plans, "signed six agreements
    aimed at X, a move analysts said could complicate Y" is no plan of six agreements."""
    cue = _cue_res()["forecast"]
    if cue.search(ctx.text, lo, r.start):
        return True
    for m in cue.finditer(ctx.text, r.end, hi):
        if m.group().lower() in _PHRASE_MODALS and _SUBORDINATE.search(ctx.text, r.end, m.start()):
            continue  # "recalling 14 batches after an impurity that may cause harm": another clause's modal
        if m.group().lower() not in _PHRASE_MODALS or "," not in ctx.text[r.end:m.start()]:
            return True
    return False


# words that open a clause of its own after a count: a modal past them is that clause's
_SUBORDINATE = re.compile(r"\b(?:after|because|since|although|though|that|which|who|whose|where)\b")


def clause_of(ctx: Context, r: Raw) -> tuple[int, int]:
    return ctx.clause(r)


def _official(m: Mention) -> bool:
    """A judge hands down a term; the term is not the judge's."""
    return bool(m.title and re.search(r"\bjudge\b|\bjustice\b|\bprosecutor", m.title, re.IGNORECASE))


def _person(ctx: Context, r: Raw, lo: int, hi: int) -> Mention | None:
    """The person an age or a prison term is of: named before it in the clause, else
    right after it ("the 31-year-old founder, Sam Roe"), else the person the article is about."""
    people = [m for m in ctx.near(lo, hi) if m.kind == "person" and m.entity and not _official(m)]
    before = [m for m in people if lo <= m.span[1] <= r.num_start]
    if before:
        return before[-1]
    lead = ctx.text[max(lo, r.start - 40):r.start]
    if re.search(r"[A-Z][a-z]+,\s+(?:the\s+|a\s+)?$", lead):
        return None  # "Ivo Brandt, the 41-year-old": an apposition to a name nobody resolved
    after = [m for m in people if r.end <= m.span[0] < min(hi, r.end + 48)]
    if after:
        return after[0]
    acronym = _acronym_before(ctx, r, lo)
    if acronym is not None:
        return ctx.people.by_initials(acronym)  # "TBL, founder of Quillpay, sentenced to ...": its initials, or nobody
    before = ctx.carry.get("before")
    if isinstance(before, tuple):  # "..., Osei said. He would ..., the 51-year-old said": the last sentence's first person
        first = ctx.people.first_in(*before)
        if first is not None:
            return first
    return ctx.people.before(ctx.span[0])


def _tenure_holder(ctx: Context, r: Raw, lo: int, hi: int) -> str | None:
    """Whose length of service a duration is: the person named before it in its clause
    ("Ana Reis stepped down after 14 years in the post"), or the one a pronoun subject stands
    for ("she left after ten years as chief executive"); None when neither is written."""
    named = [m for m in ctx.near(lo, r.start) if m.kind == "person" and m.entity and not _official(m)
             and lo <= m.span[0] and m.span[1] <= r.start]
    if named:
        return named[-1].entity
    if tenure.pronoun_subject(ctx.text, lo, r.start):
        m = _person(ctx, r, lo, hi)
        return m.entity if m is not None else None
    return None


# a person's age set after the name: "Ole Berg, 45,", "Mark Rutte, aged 57,", "Melas, now 55,", "Ana Reis (34)"
_AGE_GAP = re.compile(r"\s?,\s+(?:aged\s+|age\s+|now\s+(?:aged\s+)?)?|\s+\((?:aged\s+|age\s+)?")
_AGE_END = re.compile(r"[,;)]|\.(?:\s|$)")
_INDEFINITE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
# a possessive determiner before an age: the age of someone's relative ("her 40-year-old husband")
_POSSESSED = re.compile(r"\b(?:their|his|her|our)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"[-\s]*(?:old\s+)?(?P<noun>[a-z]+)\b")


def _unnamed_age_of(ctx: Context, r: Raw, lo: int, hi: int) -> str | None:
    """Whose age "a 34-year-old ..." is: the person it is set in apposition to ("Ana Reis, a
    34-year-old nurse"; "a 34-year-old nurse, Ana Reis,"), else the noun after it when that
    noun tells one person of the story from another (``noun:fisherman``), else nobody ("a
    34-year-old man" could be anyone). Never the person the article named elsewhere."""
    people = [m for m in ctx.near(lo, hi) if m.kind == "person" and m.entity]
    lead = ctx.text[max(lo, r.start - 6):r.start]
    for m in people:
        if m.span[1] <= r.start and re.fullmatch(r",\s+(?:a|an)\s+", ctx.text[m.span[1]:r.start]):
            return m.entity  # "Ana Reis, a 34-year-old nurse"
    if re.search(r"[A-Z][\w'’-]+,\s+(?:a|an)\s+$", ctx.text[max(lo, r.start - 40):r.start]):
        return None  # the apposition to a name nobody resolved: that person's, not a noun's
    noun = _NOUN_AFTER.match(ctx.text, r.end, hi)
    if noun is None or not lead:
        return None
    after = next((m for m in people if noun.end() <= m.span[0] <= noun.end() + 3), None)
    if after is not None and re.match(r",\s*$|\s+named\s*$|\s*$", ctx.text[noun.end():after.span[0]]):
        return after.entity  # "a 34-year-old nurse, Ana Reis," / "a 34-year-old nurse Ana Reis"
    word = noun.group("noun")
    if word in _anonymous_nouns() or word in _NOT_NOUNS:
        return None
    return f"noun:{lemma(word)}"


# "The recipient, a 34-year-old ...", "The recipient of the first transplant is a 34-year-old ...":
# a definite singular noun phrase (one person of the story) the indefinite age is told of
_ROLE_APPOS = re.compile(r"(?<![\w'’])[Tt]he\s+(?P<np>(?:[a-z-]+\s+){0,2}[a-z]{3,}),\s+(?:a|an)\s+$")
_ROLE_COPULA = re.compile(r"(?<![\w'’])[Tt]he\s+(?P<np>(?:[a-z-]+\s+){0,2}[a-z]{3,})(?:\s+of\s+[^,.;:]{1,60}?)?"
                          r"\s+(?:is|was)\s+(?:a|an)\s+$")
# nouns that name no role: anyone at all, or no person ("the seventh", "the one")
_NO_ROLE = frozenset("man woman person people one other others first second third last latter former "
                     "boy girl child".split())


def _role_of_age(ctx: Context, r: Raw, lo: int) -> str | None:
    """The role an unnamed person's indefinite age is told of: a definite singular noun phrase
    set in apposition before it ("The recipient, a 34-year-old man") or its copula's subject
    ("The recipient of the country's first hand transplant is a 34-year-old"), keyed with its
    lower-case words (``noun:first-patient``: the first patient is not the second). None for a
    plural ("one of the victims, a 19-year-old"), a name, or a noun that names no role."""
    window = max(lo, r.start - 100)
    m = _ROLE_APPOS.search(ctx.text, window, r.start) or _ROLE_COPULA.search(ctx.text, window, r.start)
    if m is None:
        return None
    words = m.group("np").split()
    noun = words[-1]
    if noun in _NO_ROLE or noun in _NOT_NOUNS or (noun.endswith("s") and not noun.endswith("ss")):
        return None
    if any(w in _NOT_NOUNS or w in _NO_ROLE - {"first", "second", "third", "last"} for w in words[:-1]):
        return None
    return "noun:" + "-".join([*words[:-1], lemma(noun)])


_THING_SUBJECT = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z]+\s+)?(?P<noun>[a-z]{3,})\s+(?:is|was|had\s+been|has\s+been)\s+$")
_MODEL = re.compile(r"[-\s]+(?:old\s+)?(?P<name>[A-Z][A-Za-z]*\d[\w-]*|[A-Z]{1,3}-?\d+[\w-]*)\b")


def _thing_aged(ctx: Context, r: Raw, lo: int, hi: int) -> str | None:
    """The age of a thing, not a person: "The aircraft is 11 years old" (a definite noun no
    people noun names as subject: ``noun:aircraft``, or the carrier's class when the noun is
    a carrier: ``carrier:aircraft``), "the seven-year-old A321" (a model's name with a digit:
    the article's carrier, else nobody: ""). None when the age is no thing's."""
    text = ctx.text
    subject = _THING_SUBJECT.search(text, max(lo, r.start - 40), r.start)
    if subject is not None:
        noun = lemma(subject.group("noun"))
        if noun in _anonymous_nouns() or noun in set(tables().people_nouns) or noun in _NOT_NOUNS:
            return None
        cls = carriers.noun_class(noun)
        return f"carrier:{cls}" if cls else f"noun:{noun}"
    model = _MODEL.match(text, r.end, hi)
    if model is None or not re.search(r"\b(?:[Tt]he|[Ii]ts)\s+$", text[max(lo, r.start - 6):r.start]):
        return None
    found = carriers.carrier(text, ctx.span, r.num_start, ctx.carry)
    return f"carrier:{found[0]}" if found is not None and found[0] != carriers.SEVERAL else ""


_NOT_NOUNS = frozenset("and or who was is were had has with from in on at of to the".split())


@lru_cache(maxsize=1)
def _anonymous_nouns() -> frozenset[str]:
    return frozenset(tables().anonymous_nouns)


_ACRONYM = re.compile(r"(?<![\w.])[A-Z]{2,5}(?![\w.])")


def _acronym_before(ctx: Context, r: Raw, lo: int) -> str | None:
    """An acronym no mention covers, standing before the number in its clause ("her
    co-conspirator SBF is serving a 25-year term"): the one the number is about."""
    found = None
    for m in _ACRONYM.finditer(ctx.text, lo, r.start):
        if not any(mm.span[0] <= m.start() < mm.span[1] for mm in ctx.near(m.start(), m.start() + 1)):
            if ctx.people.by_initials(m.group()) is not None:
                return m.group()
            found = m.group()
    return found


def _unknown_name(ctx: Context) -> bool:
    """A capitalised word, not opening the sentence, that no mention covers (once a sentence)."""
    if ctx._unknown is None:
        ctx._unknown = False
        for m in re.finditer(r"(?<![\w.’'-])[A-Z][A-Za-z]+", ctx.text[ctx.span[0]:ctx.span[1]]):
            pos = ctx.span[0] + m.start()
            if m.start() == 0 or ctx.text[pos - 2:pos] in {". ", "“", '"'} or ctx.text[pos - 1:pos] in {"“", '"'}:
                continue
            if not any(mm.span[0] <= pos < mm.span[1] for mm in ctx.near(pos, pos + 1)):
                ctx._unknown = True
                break
    return ctx._unknown


_PLACE_AFTER = re.compile(
    r"^[\s,]*(?:[\w-]+\s+){0,4}?(?:in|at|hit|struck|reached|reaching)\s+(?:the\s+)?(?:(?:[A-Z][\w-]+\s+)?(?:city|town|port|village|prefecture)"
    r"\s+of\s+)?(?P<name>[A-Z][\w-]+(?:\s[A-Z][\w-]+)*)")
_PLACE_BEFORE = re.compile(r"(?P<name>[A-Z][\w-]+(?:\s[A-Z][\w-]+)*)(?:['’]s)?\s*(?:accounted for|for|had|has|saw|with)?\s*$")
_NOT_NAMES = frozenset("a an the at of in on by this that its his her their another some all and or as to with after "
                       "before for from but if when while since until under over about only just "
                       "it they he she we".split())  # a pronoun opening a sentence is capitalised, no name
_PLACE_SUFFIX = frozenset("city town port village prefecture county province state district region".split())


def place_slug(name: str) -> str:
    """"Alder City", "Halden prefecture" -> "place:alder", "place:halden"."""
    words = [w for w in re.findall(r"[\w-]+", name.lower()) if w not in _PLACE_SUFFIX]
    if not words or words[0] in _NOT_NAMES:
        return ""
    return "place:" + "-".join(words)


def _place(ctx: Context, r: Raw, lo: int, hi: int, others: list[Raw]) -> str | None:
    """The place a count or a measure is of: named right after it ("71 in Port Alder", "crashed
    ashore at Kestrel Bay"), else right before it with no comma between ("Port Alder accounted for 91")."""
    starts = [o.num_start for o in others]
    i = bisect.bisect_left(starts, r.end)
    nxt = min(starts[i], hi) if i < len(starts) else hi
    m = _PLACE_AFTER.match(ctx.text[r.end:nxt])
    if m is not None and not _known_other(ctx, r.end + m.start("name")):
        return place_slug(m.group("name")) or None
    j = bisect.bisect_left(starts, r.start) - 1
    prev = max(others[j].end, lo) if j >= 0 and others[j].end <= r.start else lo
    gap = ctx.text[prev:r.start]
    b = _PLACE_BEFORE.search(gap)
    if b is not None and "," not in gap[b.end("name"):] and not _known_other(ctx, prev + b.start("name")):
        return place_slug(b.group("name")) or None
    a = _APPOSED_PLACE.match(ctx.text, lo, r.start)  # "Brenmouth, the worst-hit city, had confirmed 44 deaths"
    if a is not None and not _known_other(ctx, a.start("name")):
        return place_slug(a.group("name")) or None
    if len(others) == 1 or all(not lo <= o.num_start < hi for o in others if o is not r):
        c = _CITY_OF.search(ctx.text, lo, hi)  # "the city of Kestrel Bay ... logged waves of 40 cm"
        if c is not None:
            return place_slug(c.group("name")) or None
    return None


_NAMES = r"[A-Z][\w-]+(?:\s[A-Z][\w-]+)*"
_LEVEL_PLACES_BEFORE = re.compile(
    rf"\b(?:in|at|of)\s+(?:the\s+)?(?:[A-Z][\w-]+\s+)?(?:(?:city|cities|town|towns|village|villages|prefecture)\s+of\s+)?"
    rf"(?P<names>{_NAMES}(?:(?:,\s+|,?\s+and\s+){_NAMES})*)")
_LEVEL_GAP = re.compile(r"^[\s,]*(?:(?:it|which|that|the|quake|earthquake|shaking|tremor|registered|reached|recorded|measured|"
                        r"observed|was|were|to|had|has|an?|intensity|seismic|of|upper|lower)[\s,]+)*$", re.IGNORECASE)
_LEVEL_PLACE_AFTER = re.compile(rf"^,?\s+(?:in|at)\s+(?:the\s+)?(?:(?:city|town|village|prefecture)\s+of\s+)?(?P<names>{_NAMES})")


_QUAKE_NOUN = re.compile(r"\b(?:quake|earthquake|tremor|shock|aftershock)s?\b", re.IGNORECASE)


def _quake_day(ctx: Context, lo: int, hi: int) -> str | None:
    """The day of the quake a level belongs to when its clause names it with the quake ("the
    early Saturday quake", "the quake on Jan. 6"); a date elsewhere in the clause (the day a
    level was revised) is not the quake's."""
    for t in ctx.times(lo, hi):
        if t.type != "DATE" or t.start is None or t.granularity != "day":
            continue
        after = ctx.text[t.span[1]:min(hi, t.span[1] + 24)]
        before = ctx.text[max(lo, t.span[0] - 24):t.span[0]]
        if re.match(r"^(?:['’]s)?\s+(?:[a-z]+\s+)?(?:quake|earthquake|tremor|shock|aftershock)\b", after, re.IGNORECASE) or \
                re.search(r"\b(?:quake|earthquake|tremor|shock|aftershock)\s+(?:on|of)\s+$", before, re.IGNORECASE):
            return t.value
    return None


_POINTS = r"(?i:north|south|east|west)"
_BEARING = re.compile(
    rf"\s+(?:\([^)]{{1,24}}\)\s+)?(?P<dir>{_POINTS}(?:[- ]?{_POINTS}){{0,2}})\s+of\s+(?:the\s+(?:city|town|village|port)\s+of\s+)?"
    r"(?P<name>[A-Z][\w-]+(?:\s[A-Z][\w-]+)*)")


_BACK_THEN = re.compile(r"\b(?:back then|at the time)\b", re.IGNORECASE)
_FRAME = re.compile(r"(?:\bback\s+in|\bwhen\b[^,;]*?)\s*$", re.IGNORECASE)


def _then(ctx: Context, r: Raw, lo: int, hi: int, asof: str | None) -> str | None:
    """A past time that frames a count's clause, written before it: "back in 2014 only three
    members ...", "when leaders agreed the target at their 2014 summit, only three met it"."""
    if asof is not None or r.dimension not in {"count", "percent"}:
        return None
    for t in ctx.times(lo, r.start):
        if t.type != "DATE" or t.start is None or t.granularity not in {"year", "month", "day"}:
            continue
        if _FRAME.search(ctx.text, max(lo, t.span[0] - 80), t.span[0]) and not _NUMBER_IN.search(
                ctx.text, t.span[1], r.start) and (ctx.published is None or t.value < ctx.published[:len(t.value)]):
            return t.value
    return None


def _past_year(ctx: Context, r: Raw) -> str | None:
    """A year before the publication's written before a count in its sentence ("last flooded
    in 2011, when nine miners were trapped"): the count is of that year's event."""
    if ctx.published is None:
        return None
    for t in reversed(ctx.times(ctx.span[0], r.start)):
        if t.type == "DATE" and t.start is not None and t.value[:4].isdigit() and t.value[:4] < ctx.published[:4]:
            return t.value[:4]
    return None


def _time_before(ctx: Context) -> str | None:
    """The last date of the sentence before, for "back then" (a year, a month or a day)."""
    found = ctx.carry.get("before_times")
    if not isinstance(found, list):
        return None
    dates = [t for t in found if t.type == "DATE" and t.start is not None and t.granularity in {"year", "month", "day"}]
    return dates[-1].value if dates else None


def _level_places(ctx: Context, r: Raw, lo: int, hi: int) -> list[str]:
    """The places a level on an intensity scale was measured in: named right before it with
    only a verb of measuring between ("in the town of Tarvo it registered 7", "including the
    cities of A and B, it registered lower 5", "the intensity in Tarvo to 7") or right after
    it ("reached 5, the highest level of the scale, in Tarvo"); none: the quake's own level."""
    found = None
    for m in _LEVEL_PLACES_BEFORE.finditer(ctx.text, max(lo, r.start - 90), r.start):
        found = m
    names: list[str] = []
    if found is not None and _LEVEL_GAP.match(ctx.text[found.end():r.start]):
        names = re.split(r",?\s+and\s+|,\s+", found.group("names"))
    elif (a := _LEVEL_PLACE_AFTER.match(ctx.text[r.end:hi])) is not None:
        names = [a.group("names")]
    slugs = [place_slug(n) for n in names if not _known_other(ctx, ctx.text.find(n, max(lo, r.start - 90)))]
    return sorted({s for s in slugs if s})


_APPOSED_PLACE = re.compile(
    r"\s*(?P<name>[A-Z][\w-]+(?:\s[A-Z][\w-]+)*),\s+the\s+[^,]{0,40}?\b(?:city|town|village|prefecture|port|region|"
    r"province|state|county|district)\b[^,]{0,30},")
_CITY_OF = re.compile(r"\b(?:city|town|village|port|prefecture)\s+of\s+(?P<name>[A-Z][\w-]+(?:\s[A-Z][\w-]+)*)")


def _known_other(ctx: Context, pos: int) -> bool:
    """A name the entity layer knows as a person or an organisation is no place, nor one the
    time tagger read as a time ("in the Thursday afternoon collapse": no place Thursday)."""
    return any(m.span[0] <= pos < m.span[1] and m.kind not in PLACE for m in ctx.near(pos, pos + 1)) or \
        any(t.span[0] <= pos < t.span[1] for t in ctx.times(max(ctx.span[0], pos - 80), pos + 1))


_OF_AFTER = re.compile(r"^\s+(?:of|at|in|for)\s+(?:the\s+)?$", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s?\s+(?:\w+\s+){0,2}$")
_SUBJECT_GAP = re.compile(r"^\s*(?:[\w’'-]+\s+){0,3}$")
# "the bid was backed by 117 deputies": the name before a passive's agent is what was acted on
_BY_AGENT = re.compile(r"\bby\s+(?:the\s+|some\s+)?$", re.IGNORECASE)
# a phrase set off by commas right after the subject ("Acme, based in Cork, employs"): not a gap
_APPOSED = re.compile(r"^,\s+[^,;:()]{1,50},")


def _agent(ctx: Context, r: Raw, lo: int, hi: int, head_end: int) -> Mention | None:
    """The organisation, country or person a count is of: named inside the counted phrase
    ("27 EU members"), right after it ("employees of Acme"), as its owner ("Acme's
    770 employees") or as the subject a few words before it ("the Greens had 41 seats")."""
    near = [m for m in ctx.near(lo, hi) if m.entity and m.kind in {"org", "country", "person", "series"}]
    for m in near:
        if r.num_start < m.span[0] < head_end:
            return m
    for m in near:
        if head_end <= m.span[0] < hi and _OF_AFTER.match(ctx.text[head_end:m.span[0]]):
            return m
    before = [m for m in near if lo <= m.span[1] <= r.start]
    if before:
        m = before[-1]
        gap = _APPOSED.sub(" ", ctx.text[m.span[1]:r.start], count=1)  # "Acme, based in Cork, employs 2,400"
        if (_POSSESSIVE.match(gap) or _SUBJECT_GAP.match(gap)) and not _BY_AGENT.search(gap):
            return m
    return None


_NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w-]+(?:\s[A-Z][\w-]+)*)(?:['’]s?)?\s+(?:[a-z]+\s+){0,3}$")
_NAME = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][\w-]+(?:\s[A-Z][\w-]+)*)")
_RELATIVE = re.compile(r",\s+(?:who|which)\b[^,]*,")
_VERBISH = re.compile(r"^(?:[a-z]+ed|[a-z]+ing)$")


def _named_before(ctx: Context, r: Raw, lo: int) -> str | None:
    """A capitalised name a few words before a count ("the Greens had 41 seats", "Liberals 12")."""
    inside = _NAME.search(ctx.text, r.num_start, r.end)  # "41 Green MPs"
    before = _RELATIVE.sub("", ctx.text[lo:r.start])  # "The Liberals, who had governed ..., won 12 seats"
    m = inside
    if m is None:
        times = [t.text for t in ctx.times(lo, r.start)]
        for found in _NAME.finditer(before):  # the nearest name before the number, not a date
            if not any(found.group() in t for t in times):
                m = found
    if m is None:
        return None
    words = [w for w in m.group("name").lower().split() if w not in _NOT_NAMES and w != "party"]
    if words and len(words[-1]) > 3 and words[-1].endswith("s"):
        words[-1] = words[-1][:-1]  # "the Liberals", "the Liberal Party": one name
    return "name:" + "-".join(words) if words else None


@lru_cache(maxsize=1)
def _change_res() -> list[tuple[re.Pattern[str], str]]:
    return [(re.compile(rf"(?<![\w])(?:{alternation(ws)})\s+$", re.IGNORECASE), d)
            for d, ws in tables().change_words.items()]


def _qualified(ctx: Context, r: Raw, head: str, lo: int, hi: int) -> str:
    """A count's scope narrowed by what is said of it: a change ("a loss of 234 seats":
    seats:down) or the verb that restricts the counted noun ("18 members are on course to",
    "500 employees threatened"): such a count is a subset, not the whole."""
    before = ctx.text[max(lo, r.start - 16):r.start]
    for pattern, direction in _change_res():
        if pattern.search(before):
            return f"{head}:{direction}"
    if re.search(r"\b(?:another|an additional|an extra)\s+$", before, re.IGNORECASE):
        return f"{head}:more"  # "another 16 people died": an increment, not the toll
    if head in PEOPLE_CLASSES or head.startswith(("votes", "abstained")):
        return head
    if head.startswith("passengers"):
        # "the crash killed four passengers", "four passengers were hurt": a toll among them;
        # any other verb ("boarded", "were rescued") is of the load, which carriers key
        told = _restricted(ctx, r, head, lo, hi)
        return told if told.rpartition(":")[2] in PEOPLE_CLASSES else head
    return _restricted(ctx, r, head, lo, hi)


def _restricted(ctx: Context, r: Raw, head: str, lo: int, hi: int) -> str:
    """The verb that restricts a counted noun ("500 employees threatened", "three workers
    were injured"): ``<head>:<class or verb>``; the head alone when none does."""
    if _casualty_word().search(ctx.text, max(lo, r.start - 40), min(hi, r.end + 60)) is not None:
        hurt = _CASUALTY_BEFORE.search(ctx.text, max(lo, r.start - 40), r.start)
        if hurt is not None and stem(hurt.group("verb")) in _casualty_stems():
            # "the blast injured three workers" as "three workers were injured": workers hurt
            return f"{head}:{_casualty_stems()[stem(hurt.group('verb'))]}"
        pred = _CASUALTY_PREDICATE.match(ctx.text, r.end, min(hi, r.end + 60))
        if pred is not None and stem(pred.group("verb")) in _casualty_stems():
            # "300 workers on the upper levels were evacuated": the predicate after a phrase
            return f"{head}:{_casualty_stems()[stem(pred.group('verb'))]}"
    if "frame" in r.flags:
        return head  # "its crew of 21 activated the alarm": the verb is the body's, the number its size
    aux = set(tables().auxiliaries)
    # "only three members - A, B and C - met it": the list between dashes names them; the
    # verb after it restricts them all the same
    aside = _ASIDE.match(ctx.text, r.end, ctx.span[1])
    start = aside.end() if aside is not None else r.end
    for m in re.finditer(r"[A-Za-z]+", ctx.text[start:min(max(hi, aside.end() if aside else hi), start + 40)]):
        w = m.group().lower()
        if _PHRASE_END.search(ctx.text, start, start + m.start()):
            return head  # "seven co-defendants, including X": a verb after a comma is another phrase's
        if w in aux:
            continue
        if w in {"in", "on", "at", "of", "for", "from", "with", "by"}:
            nxt = re.match(r"\s*([A-Za-z]+)", ctx.text[start + m.end():hi])
            if nxt and nxt.group(1).lower().endswith("ing"):
                return f"{head}:{nxt.group(1).lower()}"  # "500 employees in signing"
            return head  # a place or an owner follows, not a verb
        raw = m.group()
        if w in _NOT_VERBS:
            return head  # "1,460 employees will have their wages covered": an object's determiner, no verb
        after_aux = ctx.text[start:start + m.start()].strip().lower().split()[-1:] in (
            ["to"], ["are"], ["were"], ["have"], ["had"], ["has"])
        object_after = re.match(r"\s+(?:it|them)\b", ctx.text[start + m.end():start + m.end() + 6]) is not None
        if raw.islower() and (_VERBISH.match(w) or after_aux or aside is not None  # after the aside: its verb
                              or object_after):  # "only four allies met it": a verb, however irregular
            if w in _injury_verbs() and (hurt := _HARM_OBJECT.match(ctx.text, start + m.end(), hi)) is not None \
                    and hurt.group("n").lower() in _harm_nouns():
                # "four workers suffered serious injuries": hurt, whatever the verb of undergoing
                return f"{head}:{_harm_nouns()[hurt.group('n').lower()]}"
            return f"{head}:{_casualty_stems().get(stem(w), w)}"  # "were killed", "killing": one class
        return head
    return head


_PHRASE_END = re.compile(r"[,;:.()]")
# determiners and pronouns: after an auxiliary they open its object ("will have their wages"), never a verb
_NOT_VERBS = frozenset("the a an their his her its our my your them it him us me this that these those no "
                       "some any all every each".split())
_HARM_OBJECT = re.compile(r"\s+(?:(?:minor|serious|severe|critical|light|slight|multiple|fatal|life-threatening|"
                          r"head|spinal|smoke|[a-z]+-related)\s+){0,2}(?:for\s+)?(?P<n>[a-z]+)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _injury_verbs() -> frozenset[str]:
    """Verbs of undergoing ("suffered", "sustained"): their object says what befell the counted."""
    return frozenset(tables().injury_verbs)


@lru_cache(maxsize=1)
def _harm_nouns() -> dict[str, str]:
    """A plural noun of harm ("injuries", "burns") -> its casualty class."""
    return {w: cls for cls, ws in tables().harm_nouns.items() for w in ws}
_CASUALTY_PREDICATE = re.compile(r"[^,;:.()]{0,40}?\s(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+"
                                 r"(?:[a-z]+ly\s+)?(?P<verb>[a-z]{3,}(?:ed|t))\b")
_CASUALTY_BEFORE = re.compile(r"(?<![\w-])(?P<verb>[a-z]{3,}(?:ed|ing|t))\s+(?:(?:the|all|some|about|around|nearly|"
                              r"almost|at\s+least|more\s+than|up\s+to)\s+)*$")


@lru_cache(maxsize=1)
def _casualty_stems() -> dict[str, str]:
    """Verb stems of the casualty classes ("killed", "killing" -> dead; "injured" -> injured)."""
    out: dict[str, str] = {}
    for cls in sorted(PEOPLE_CLASSES):
        for w in tables().head_classes.get(cls, []):
            if " " not in w and (w.endswith("ed") or w == "hurt"):
                out.setdefault(stem(w), cls)
    return out


@lru_cache(maxsize=1)
def _casualty_word() -> re.Pattern[str]:
    """Any word starting with a casualty verb's stem: the gate before the two patterns above."""
    return re.compile(rf"(?<![\w-])(?:{alternation(_casualty_stems())})", re.IGNORECASE)


_ASIDE = re.compile(r"\s+[-–—]\s+[^-–—.;]{2,80}?\s+[-–—]\s+")
_COMPARATIVE = re.compile(r"\s+(?:short of|more than|less than|longer than|shorter than|fewer than|off)\b",
                         re.IGNORECASE)
_NUMBER_IN = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
                        r"forty|fifty|hundred)\b", re.IGNORECASE)
_COMPONENT = re.compile(r"\b(?:consecutive|concurrent|consecutively|concurrently)\b", re.IGNORECASE)
_IN_ALL = re.compile(r"\s+(?:in prison\s+)?(?:in all|in total|altogether)\b", re.IGNORECASE)
_EACH = re.compile(r"\beach\b|\bapiece\b|\bper\s+(?:person|head|capita)\b", re.IGNORECASE)
_NEAR = 30  # characters between a number and the cue word that says what it measures


def _near(ctx: Context, r: Raw, cue: re.Pattern[str], lo: int, hi: int) -> bool:
    """A cue word within a few words of the number, with no other number between."""
    for m in cue.finditer(ctx.text, max(lo, r.start - _NEAR), min(hi, r.end + _NEAR)):
        gap = ctx.text[m.end():r.start] if m.end() <= r.start else ctx.text[r.end:m.start()]
        if not _NUMBER_IN.search(gap):
            return True
    return False


def _nearest_role(ctx: Context, r: Raw, lo: int, hi: int) -> str:
    """The prison-term role whose cue stands nearest the number with no other number
    between ("faces up to 110 years": maximum; "probation officers recommended 100 years");
    the imposed term when only "sentenced", "jail term" and the like stand near it."""
    best, dist = "", 10**9
    wlo, whi = max(lo, r.start - 3 * _NEAR), min(hi, r.end + _NEAR)
    for k, p in _cue_res().items():
        if not k.startswith("role:"):
            continue
        for m in p.finditer(ctx.text, wlo, whi):
            gap = ctx.text[m.end():r.start] if m.end() <= r.start else ctx.text[r.end:max(r.end, m.start())]
            if _NUMBER_IN.search(gap):
                continue
            d = len(gap)
            if k == "role:imposed":
                d += 3 * _NEAR  # "sentence", "term" go with any role; they decide only alone
            if d < dist:
                best, dist = k.removeprefix("role:"), d
    return best


def _measure_head(ctx: Context, r: Raw, lo: int, hi: int) -> str:
    allowed = set(tables().measure_heads.get(r.dimension, []))
    best, dist = "", 10**9
    index = head_index()
    wlo, whi = max(lo, r.start - 2 * _NEAR), min(hi, r.end + 2 * _NEAR)
    if r.dimension == "percent" and not any(index.get(w.lower()) in allowed
                                            for w in re.findall(r"[A-Za-z]+", ctx.text[wlo:whi])):
        return ""
    for m in re.finditer(r"[A-Za-z]+", ctx.text[wlo:whi]):
        cls = index.get(m.group().lower())
        if cls in allowed:
            pos = wlo + m.start()
            d = r.num_start - pos if pos < r.num_start else pos - r.end + 8  # "repay $11 billion in losses": the verb
            gap = ctx.text[pos:r.start] if pos < r.start else ctx.text[r.end:pos]
            if _NUMBER_IN.search(gap):
                continue  # another number stands nearer that word
            if d < dist:
                best, dist = cls, d
                if cls == "lasted":  # "the hearing lasted 90 minutes": what lasted is the scope
                    before = _subject_words(re.findall(r"[a-z]+", ctx.text[wlo:pos].lower()))
                    anaphor = set(tables().anaphors).intersection(before[-2:])  # "which lasted", "that lead lasted"
                    if before and before[-1] in _COORDINATED:
                        # "the fire broke out at 4:40 and burned for six hours": the first verb's subject
                        subject = next((w for d, w in zip(before, before[1:]) if d in _DEFINITE), None)
                        before = [subject] if subject is not None and subject not in _COORDINATED else []
                    best = f"lasted:{before[-1]}" if before and not anaphor else ""
    return best


@lru_cache(maxsize=1)
def _premodified_res() -> dict[str, re.Pattern[str]]:
    # the thing right after a hyphenated measure, at most three lower-case words on
    return {dim: re.compile(rf"(?:\s+[a-z][a-z-]*){{0,3}}?\s+(?P<head>{alternation(nouns)})\b")
            for dim, nouns in tables().premodified_heads.items()}


_DIMENSION_WORD = re.compile(r"-(?:high|tall|long|wide|deep|thick)\b")


def _premodified(ctx: Context, r: Raw, hi: int) -> str:
    """"a 1,200-km undersea cable": a measure written as a compound ("N-unit") before a noun
    of ``premodified_heads`` is that thing's size; the head is ``of:<noun>``."""
    pattern = _premodified_res().get(r.dimension)
    if pattern is None or "-" not in ctx.text[r.num_start:r.end]:
        return ""
    dim_word = _DIMENSION_WORD.match(ctx.text, r.end, hi)  # "the 24-meter-high dam": the unit's dimension word
    m = pattern.match(ctx.text, dim_word.end() if dim_word is not None else r.end, hi)
    if m is None:
        return ""
    noun = m.group("head").lower()
    return "of:" + (noun[:-1] if noun.endswith("s") and noun[:-1] in tables().premodified_heads[r.dimension] else noun)


_COORDINATED = frozenset("and but then or".split())
_DEFINITE = frozenset("the its their this that his her".split())
_DURATIVE_AUX = frozenset("had has have was were is are been".split())


def _subject_words(before: list[str]) -> list[str]:
    """The words before a verb of duration, its auxiliaries and a relative clause of one verb
    left out: "the fire had burned", "the fire that followed burned" end at "fire"."""
    while before and before[-1] in _DURATIVE_AUX:
        before = before[:-1]
    if len(before) >= 3 and before[-2] in {"that", "which"} and _VERBISH.match(before[-1]):
        before = before[:-2]
    return before


def _asof(ctx: Context, r: Raw, lo: int, hi: int) -> str | None:
    """The time a quantity is true of: a date or time written right after it ("rose to 126
    on Saturday", "81.4 per cent in 2011") or after "as of"/"by" in its clause; a date
    before it dates the event instead ("the quake on Monday killed ...")."""
    for t in ctx.times(lo, hi):
        if t.type not in {"DATE", "TIME"} or t.start is None:
            continue
        gap = ctx.text[r.end:t.span[0]]
        if t.span[0] >= r.end and len(gap) <= 40 and not re.search(r"\bsince\b|\bfrom\b", gap) \
                and not _NUMBER_IN.search(gap):
            return t.value
        before = ctx.text[max(lo, t.span[0] - 8):t.span[0]].lower().rstrip()
        if any(before.endswith(c) for c in ("as of", "as at", "by", "so far")):
            return t.value
    if re.search(r",\s*(?:which|who)\s*$", ctx.text[max(ctx.span[0], lo - 10):lo]) or \
            re.match(r"\s*(?:which|who)\b", ctx.text[lo:lo + 8]):
        for t in ctx.times(max(ctx.span[0], lo - 80), lo):  # "the 2016 quakes, which claimed 276 lives"
            if t.type == "DATE" and t.granularity == "year" and t.start is not None:
                return t.value
    return None


def scope(ctx: Context, found: list[Raw]) -> list[Quantity]:
    """Bind each quantity found in the sentence; those with nothing to compare are dropped."""
    out: list[Quantity] = []
    cues = _cue_res()
    unbound = False
    found = sorted(found, key=lambda r: r.start)
    for r in found:
        if "range-end" in r.flags:
            continue
        lo, hi = clause_of(ctx, r)
        clause = ctx.text[lo:hi]
        before = ctx.text[max(ctx.span[0], r.start - 12):r.start]
        dim, head, role, entity, asof = r.dimension, r.head, "", None, None
        slot = ""  # an open value slot (quantities/slots.py): keyed by what it measures alone
        also: list[str] = []  # more places one level was measured in
        if r.per:
            q = _rate(ctx, r, lo, hi)
            if q is not None:
                out.append(q)
            continue
        if multiples.FLAG in r.flags:
            q = _times_done(ctx, r, lo, hi)  # "was subscribed 38.6 times"
            if q is not None:
                out.append(q)
            continue
        if dim == "count" and (pts := attributes.points(ctx.text, r.num_start, hi)) is not None:
            # "a margin of 7.6 percentage points", "raised its rate by 25 basis points": a
            # difference of percentages, read as an attribute's value in percentage points
            factor, unit_end, plain = pts
            moved = replace(r, dimension="points", unit="pt" if plain else "pp", value=r.value * factor, lo=r.lo * factor,
                            hi=r.hi * factor, end=max(r.end, unit_end), head="")
            valued = _attribute_value(ctx, moved, lo, hi)
            if valued or not plain:
                out.extend(valued)
                continue  # "scored 20 points" is a score's, read as before
        if dim == "count" and not head:
            people_before = [m for m in ctx.near(lo, r.end) if m.kind == "person" and m.entity and m.span[1] <= r.num_start]
            appos = next((m for m in people_before if _AGE_GAP.fullmatch(ctx.text, m.span[1], r.num_start)), None)
            if (appos is not None and _AGE_END.match(ctx.text, r.end) and ("(" in ctx.text[appos.span[1]:r.num_start])
                    == (ctx.text[r.end:r.end + 1] == ")")) or (
                    _TURNS.search(before) and any(m.span[1] <= r.num_start for m in people_before)):
                dim = "age"
            else:
                head = head_before(ctx.text, lo, r)
                noun = _people_noun().match(ctx.text, r.end, hi)
                if head and noun:
                    r.end = noun.end()  # "killed 12 people": the quote carries its noun
        if dim == "count" and not head and r.whole is None and "frame" not in r.flags:
            head, entity = _elided(ctx, r, lo, hi, found)  # "The Greens won 14 seats. They had 11 after the first count."
        if dim == "count" and not head and r.whole is None:
            noun = noun_of_one_of(ctx.text, r.start, lo)  # "the satellite was one of seven on board"
            if noun and held_role(ctx.text, r.start, r.end, lo, hi) is not None:
                head = lemma(noun)
            elif (people := _people_noun().match(ctx.text, r.end, hi)) is not None and \
                    held_role(ctx.text, r.start, people.end(), lo, hi) is not None:
                head, r.end = lemma(people.group().strip().lower()), people.end()  # "52 people on board"
            elif people is not None and r.relation != "class" and (open_verb(ctx.text, r.start, people.end(), lo, hi,
                                                                             progressive=False)
                                                                   or event_noun_act(ctx.text, lo, r.start)
                                                                   or _state_res()[0].match(ctx.text, people.end(), hi)
                                                                   or _placed(ctx, r.start, people.end(), lo, hi)):
                head, r.end = lemma(people.group().strip().lower()), people.end()  # "employs 2,700 people"
        if dim == "count" and not head:
            if r.whole is None and "frame" not in r.flags:
                out.extend(_attribute_value(ctx, r, lo, hi))  # "a majority of 24,702", "a budget of 412 billion"
            continue
        if dim == "age":
            if r.relation != "exact" or not 0 < r.value < 120:
                continue
            thing = _thing_aged(ctx, r, lo, hi)
            if thing is not None:
                entity = thing or None  # "The aircraft is 11 years old": the aircraft's, never a person's
            elif _INDEFINITE.search(ctx.text, max(lo, r.start - 4), r.start):
                entity = _unnamed_age_of(ctx, r, lo, hi)  # "a 34-year-old fisherman"
                role_noun = _role_of_age(ctx, r, lo)  # "The recipient, a 34-year-old man": the story's recipient
                if role_noun is not None and (entity is None or (entity.startswith("noun:") and entity != role_noun)):
                    entity, also = (role_noun, []) if entity is None else (entity, [role_noun])
            elif _POSSESSED.search(ctx.text, max(lo, r.start - 7), r.start):
                continue  # "their 16-year-old son": someone's kin, not the person named before
            else:
                m = _person(ctx, r, lo, hi)
                entity = m.entity if m is not None else None
            if entity is None:
                continue
        elif dim in {"magnitude", "intensity"}:
            head = "aftershock" if re.search(r"aftershock", clause, re.IGNORECASE) else "quake"
            if dim == "intensity":
                places = _level_places(ctx, r, lo, hi)
                entity, also = (places[0], places[1:]) if places else (None, [])
                asof = _quake_day(ctx, lo, hi)
        elif dim == "duration":
            of = re.match(r"\s+of\s+([a-z]+(?:\s[a-z]+)?)", ctx.text[r.end:hi])
            measures_other = of is not None and not cues["term"].match(of.group(1)) \
                and of.group(1).split()[0] not in head_index()
            role = _nearest_role(ctx, r, lo, hi)
            if not role and _IN_ALL.match(ctx.text, r.end) and _cue_res()["role:imposed"].search(ctx.text, lo, r.start):
                role = "imposed"  # "a term of 96 months with 24 months consecutive, ten years in prison in all"
            is_term = _near(ctx, r, cues["term"], lo, hi) or (
                role not in {"", "imposed", "forecast"} and cues["term"].search(ctx.text, lo, hi) is not None)
            if is_term and not _COMPARATIVE.match(ctx.text, r.end) and not measures_other:
                head = "prison-term"
                if _COMPONENT.search(ctx.text, r.end, min(hi, r.end + 2 * _NEAR)) and not _IN_ALL.match(ctx.text, r.end):
                    continue  # "96 months with 24 months consecutive": parts of a term, not the term
                m = _person(ctx, r, lo, hi)
                if m is None or not role:
                    continue
                entity = m.entity
                if role == "maximum" and r.relation == "at_most":
                    r.relation, r.lo = "exact", r.value
            else:
                slot = "" if measures_other else (slots.noun_of(ctx.text, r.num_start, r.end, hi)  # "a three-year memorandum"
                                                  or slots.revised_noun(ctx.text, lo, r.start))  # "his ban cut to 21 months"
                head = slot or ("" if measures_other else _measure_head(ctx, r, lo, hi))  # "15 days of testimony"
                role = "" if slot else role  # a slot is keyed by its noun alone
                if not head and not measures_other and ((served := tenure.head(ctx.text, r.end, hi))
                                                        or (running := tenure.head_before(ctx.text, lo, r.start))):
                    # "after 14 years in the post", "his ten years as chief executive": a length of
                    # service, as of its year; "had been in charge for 29 months": one that may still
                    # run, as of its day
                    who = _tenure_holder(ctx, r, lo, hi)
                    if who is None or ctx.published is None:
                        continue
                    head, entity, asof = served or running, who, ctx.published[:4] if served else ctx.published
                    role = ""  # a prison term's cue words say nothing of a post (a forecast is read below)
                    if _asof_is_past(ctx, r, lo, hi):
                        asof = (_asof(ctx, r, lo, hi) or "")[:4]  # "as interim chief for four months in 2019"
                if not head and not measures_other:
                    # "82 seconds into its flight", "trapped for two days": from an event, in a state
                    head = offset_head(ctx.text, r.start, r.end, ctx.span[0], lo, hi) or ""
                    if head:
                        role = "offset"
                        agent = _agent(ctx, r, lo, hi, r.end)  # "Roe scored 20 minutes into the match": Roe's
                        entity = agent.entity if agent is not None and agent.kind == "person" else None
                        asof = _past_year(ctx, r)
                if not head:
                    continue
        elif dim == "percent":
            direction = ctx.text[max(lo, r.start - 16):r.start]
            if cues["down"].search(direction) or cues["up"].search(direction):
                out.extend(_attribute_value(ctx, r, lo, hi))  # "inflation rose to 4.1%" is a level, "rose 4%" a move
                continue  # a market move: its trading window is rarely written; not compared yet
            of = re.match(r"\s+of\s+(?:the\s+|its\s+|their\s+)?", ctx.text[r.end:hi])
            head = (_head_after(ctx.text, r.end + of.end(), hi)[0] if of else "") or _measure_head(ctx, r, lo, hi)
            if not head and not of and rates.interest(ctx.text, lo, r.num_start, hi):
                head = rates.INTEREST  # "a loan of $5 billion at 5.4 per cent": the interest it bears
            if not head:  # "Attendance was 72.5 per cent. That compares with 81.4 per cent in 2011."
                before = ctx.carry.get("before")
                head = share_head(ctx.text, (before[0] if isinstance(before, tuple) else ctx.span[0], r.start))
            if not head:
                out.extend(_attribute_value(ctx, r, lo, hi))  # "a 3.1% deficit", "cut its rate to 3.75%"
                continue
        elif dim == "length" and (d := _BEARING.match(ctx.text, r.end, hi)) is not None:
            # "42 km north-east of Tarvo": a distance from a place in a direction, in any unit
            head = "distance:" + re.sub(r"[^a-z]", "", d.group("dir").lower())
            if re.search(r"aftershock", clause, re.IGNORECASE):
                head += ":aftershock"  # another epicentre
            entity = place_slug(d.group("name")) or None
            if entity is None:
                continue
        elif dim == "money" and (deal := rates.deal_price(ctx.text, lo, r.start, r.end, hi))[0]:
            # the price of a deal: of the company bought when written, a fixed fact unless a
            # past year frames it ("bought Y for $300 million in 2019"); never a forecast
            owner = deal[1]
            out.append(Quantity(span=(r.start, r.end), text=ctx.text[r.start:r.end], value=r.value, lo=r.lo, hi=r.hi,
                                relation=r.relation, dimension=dim, unit=r.unit, precision=r.precision,
                                head=rates.DEAL, entity=f"name:{fold(owner)}" if owner else None,
                                asof=_asof(ctx, r, lo, hi) if _asof_is_past(ctx, r, lo, hi) else _past_year(ctx, r)))
            continue
        elif dim in SLOT_DIMENSIONS:
            head, slot = slots.attribute(ctx.text, dim, lo, r.start, r.end, hi), "measure"  # "a speed of 108 km/h"
        elif dim in {"length", "money"}:
            head = _measure_head(ctx, r, lo, hi) or _premodified(ctx, r, hi) or (
                _money_noun(ctx.text, r, lo, hi) if dim == "money" else "")
            if dim == "money" and (not head or (head.startswith("sum:") and not _sum_noun_before(ctx.text, r, lo))) \
                    and (valued := _attribute_value(ctx, r, lo, hi)):
                # "the hammer price was £38 million (for the portrait)", "trade reached $1.9 billion":
                # the attribute its syntax names, before what it pays for or the verb's stem
                out.extend(valued)
                continue
            if dim == "length" and not head and (valued := _attribute_value(ctx, r, lo, hi)):
                out.extend(valued)  # "an ash column 9 km high", "a wave height of 3 m": a thing's measure
                continue
            if dim == "money" and (not head or (head.startswith("sum:") and not _sum_noun_before(ctx.text, r, lo))) \
                    and not r.per and (purpose := slots.purpose(ctx.text, r.end, hi)):
                head, slot = purpose, "purpose"  # "$30 million for a feasibility study": what it pays for, whatever the verb
            if not head:
                continue
            if head == "loss":  # "$8 billion from customers" is not "$10 billion lost by customers and investors"
                who = sorted({w.lower() for w in re.findall(r"[A-Za-z]+", ctx.text[lo:hi])} & set(tables().victims))
                if not who:
                    out.extend(_attribute_value(ctx, r, lo, hi))  # "valued the stolen necklace at €12 million"
                    continue
                head = "loss:" + "+".join(who)
        held: str | None = None
        part, whole = "partitive" in r.flags, "whole" in r.flags  # "Eight of the 40 passengers were injured"
        narrowed = False  # a part told apart by what follows its noun ("Four of the dead were firefighters")
        if dim == "count" and part and r.noun_end is not None and not (head in PEOPLE_CLASSES and r.whole is not None):
            # (a toll's part of a written whole stays as it was read: "Lakeside accounted for 50 of the 90 deaths")
            # what follows the part's noun phrase restricts the part (as "eight passengers were
            # injured" restricts its noun); a part nothing restricts is some of the noun (`:part`)
            told = _restricted(ctx, replace(r, end=r.noun_end), head, lo, hi)
            narrowed, head = told != head, told
        elif dim == "count":
            head = _qualified(ctx, r, head, lo, hi)
            if whole and ":" in head and head.rpartition(":")[2] in PEOPLE_CLASSES:
                continue  # "Eight of the 40 passengers were injured": the part was hurt, not the whole
        if dim == "count":
            if ":" in head and head.rsplit(":", 1)[1] in PEOPLE_CLASSES:
                held, role = head.rsplit(":", 1)[1], "held"  # "killed 12 miners": the verb gives the noun a scope
                asof = _past_year(ctx, r)  # "in 2019 a smaller blast injured four workers"
            if held is None and r.whole is None and not part and head_class(head) not in head_index().values():
                held = held_role(ctx.text, r.start, r.end, lo, hi)  # "carrying nine satellites": what the event carried
                if held is not None:
                    # "leaving 11,700 tonnes on board", "the remaining six miners trapped": what is
                    # left of what the event held, not what it held
                    left = _REMAINDER.search(ctx.text, max(lo, r.start - 24), r.start) is not None
                    head, role = f"{head_class(head)}:{'left' if left else held}", "held"
                    agent = _agent(ctx, r, lo, hi, r.end)  # "Roe scored two goals": a person's count is theirs
                    entity = agent.entity if agent is not None and agent.kind == "person" else None
                    asof = _past_year(ctx, r)

        if dim == "percent" and not role and (stage := _STAGE.search(ctx.text, lo, hi)) is not None:
            role = f"{stage.group('o').lower()}-{stage.group('n').lower()}"  # "turnout in the first round": that round's
        if slot or role == SIZE or (dim == "money" and head.startswith("sum:")):
            # "signed in 2022 for a fee of 4 million euros": that year's fee, not this one
            asof = asof or _past_year(ctx, r)  # "who in 2023 received a two-year ban": that year's ban, not this one
        if (cues["forecast"].search(ctx.text, max(lo, r.start - 40), r.start) if slot else _forecast(ctx, r, lo, hi)) \
                and head != "prison-term" and role != "offset":  # a slot's plan is said before it ("will sign a five-year deal")
            role = "forecast"
        then = _then(ctx, r, lo, hi, asof)
        if dim == "count" and not head.startswith(_TALLY_HEADS) and (stage := count_stage(ctx.text, lo, r.start, r.end, hi)):
            asof = stage  # "seven candidates stood in the first round": that round's, whenever reported
        elif then is not None:
            asof = then  # "back in 2014 only three ...", "when ... at their 2014 summit, only three ..."
        elif cues["elsewhen"].search(clause):
            back = _time_before(ctx) if _BACK_THEN.search(clause) else None
            if back is None:
                continue  # "the league had 18 clubs at the time": true of another, unwritten time
            asof = back  # "The target was set in 2014. Only four met it back then."
        if _EACH.search(ctx.text, max(lo, r.start - 12), min(hi, r.end + 12)):
            continue  # "Alder and Brenmouth each had two deaths": a count per member, not a total
        unbound = _UNBOUND.search(ctx.text, lo, hi) is not None  # "80, 70 and 60 cm in A, B and C, in that order"
        owner: str | None = None
        frame = "frame" in r.flags  # the size of a body of the counted ("a crew of 21", "the 21-member crew")
        if dim == "count" and entity is None and held is None and carriers.aboard(head) and ":" not in head \
                and (frame or not _modified(ctx.text, r, head)):
            # passengers and crew are one carrier's: keyed by it, never across two stories' carriers
            if carriers.capacity(ctx.text, lo, r.num_start):
                continue  # "a plane seating 135 passengers": what it can hold
            if not frame and (did := open_verb(ctx.text, r.start, r.end, lo, hi, after_only=True, progressive=False)) \
                    and holding_class(did.partition("-")[0]) is None:
                continue  # "Four passengers suffered injuries": some of them, not the load
            found_carrier = carriers.carrier(ctx.text, ctx.span, r.num_start, ctx.carry)
            if found_carrier is None or found_carrier[0] == carriers.SEVERAL:
                continue  # no carrier in its article, or a count over several
            entity, owner = f"carrier:{found_carrier[0]}", found_carrier[1]
            asof = _past_year(ctx, r)  # "a tanker hijacked in 2019 with 17 crew aboard": that year's voyage
        if entity is None and dim not in {"age", "magnitude", "intensity"} and not unbound and held is None and not slot:
            if head in PEOPLE_CLASSES or dim == "length":
                entity = _place(ctx, r, lo, hi, found)
            else:
                m = _agent(ctx, r, lo, hi, r.end)
                entity = m.entity if m is not None else None
        if entity is None and head.startswith("sum:") and (payer := _SUM_OF.search(ctx.text, max(lo, r.start - 40), r.start)):
            entity = _subject_of(ctx.text, lo, payer.start())  # "X is paying a fee of ...": X's fee
        if head_class(head) in tables().need_owner and not unbound:
            entity = _named_before(ctx, r, lo) or entity  # parties are names more often than known entities
        if (entity is None or entity.startswith(("org:", "person:"))) and dim == "count" and (r.whole is None or narrowed) \
                and held is None and not role and head_class(head) not in head_index().values() and "frame" not in r.flags:
            # (a body's size is its own reading, whatever the verb after the body: "a fleet of 27
            # aircraft was grounded", "a group of 21 senators filed the petition")
            role, doer = _action(ctx, r, lo, hi)  # "40 officials took part": one fact of the story's day
            if not role and entity is None and doer is None and "frame" not in r.flags:
                # "clinics in nine countries", "opened with 30 choirs": a preposition's object, by its
                # clause's verb; only where nothing else keys the count (a holder's votes keep theirs)
                if (adjunct := located.object_of(ctx.text, lo, r.start)) is not None:
                    role, entity = adjunct[0], _subject_of(ctx.text, lo, adjunct[1])  # "the mayor won by 300, with 4,100 votes": the mayor's
            entity = entity if entity is not None else doer  # a body the mentions name before it ("Acme, based in X, employs") wins; "The winner took 12,820 votes": the winner's, not the runner-up's
            if role:
                head = head.split(":", 1)[0]  # the verb that qualified the noun is the action itself
                asof = asof or _clause_day(ctx, lo, hi) or (None if role == POSSESSED else _past_year(ctx, r))
                # "took part in the talks on Wednesday"; "In 2019 there were 30 stalls at the square":
                # that year's, not this one's (what a holder has now is not dated by its founding year)
        if part and r.whole is None and not narrowed and not role and held is None:
            continue  # "Five of the injured ...": some of them, told apart by nothing read
        if frame and entity is None and not role and held is None and dim == "count" and r.whole is None \
                and not _cue_res()["forecast"].search(clause):
            role = SIZE  # "a party of 11 climbers": a fixed fact of the story's body, whatever its verb
        if entity is None and ((dim == "length" and not head.startswith("of:")) or head_class(head) in tables().need_owner
                               or (dim == "count" and r.whole is None and not role and not narrowed
                                   and head_class(head) not in head_index().values() and held is None)):
            continue  # "12,820 votes", "400 locations": a bare noun counted of nobody named is not a scope
        if (r.whole is not None or part) and not narrowed and role in {"", "forecast"} \
                and not (head in PEOPLE_CLASSES and entity and entity.startswith("place:")):
            head = f"{head}:part"  # "18 of the 31 members" is a subset; "Port Alder accounted for 37 of the 140 deaths" is Port Alder's
        if dim not in {"age", "magnitude", "intensity", "length", "duration", *SLOT_DIMENSIONS} and asof is None \
                and role != SIZE:  # those are fixed facts
            asof = _asof(ctx, r, lo, hi)
            if asof is None and (head_class(head) in tables().cumulative or dim == "percent"
                                 or (dim == "count" and head not in head_index().values())):
                # a month is no as-of for what grows or is polled within it (a toll, a share):
                # only for a fixed figure of the story's event; a share with a year before the
                # article's written before it ("at the 2019 ballot turnout was 31%") is that
                # year's (a count's holder may be dated so: "the mill, opened in 1901, has 300 looms")
                past = _past_year(ctx, r) if dim == "percent" else None
                asof = past or ctx.published or (ctx.period if head_class(head) not in tables().cumulative
                                         and dim != "percent" else None)
                if asof is None:
                    continue

        if asof and asof == ctx.published and (head_class(head) in tables().monthly or role == POSSESSED):
            asof = asof[:7]  # a headcount is the same all month
        cause = _cause(ctx, r, lo, hi) if head_class(head) in PEOPLE_CLASSES else None
        head, modifier = _split_modifier(head)
        out.append(Quantity(span=(r.start, r.end), text=ctx.text[r.start:r.end], value=r.value, lo=r.lo, hi=r.hi,
                            relation=r.relation, dimension=dim, unit=r.unit, precision=r.precision, head=head,
                            role=role, entity=entity, owner=owner, modifier=modifier,
                            asof=asof, whole=r.whole, cause=cause,
                            running=bool(_running_re().search(ctx.text, max(lo, r.start - 32), r.start))))
        out.extend(out[-1].model_copy(update={"entity": place}) for place in also)  # "in A and B, it registered lower 5"
    return out


_VALUE_KINDS = frozenset({"org", "country", "person"})


def _elided(ctx: Context, r: Raw, lo: int, hi: int, found: list[Raw]) -> tuple[str, str | None]:
    """The noun and holder of a bare number whose noun a count before it gave (``elided``)."""
    counted = ctx.carry.get("counted")
    before = (counted[1], counted[2]) if isinstance(counted, tuple) and counted[0] == ctx.index - 1 else None
    return elided.noun_for(ctx.text, lo, hi, r, found, before)


def counted(text: str, found: list[Raw], quantities: list[Quantity]) -> tuple[list[str], dict[str, str | None]]:
    """What a sentence counted, for the next sentence's elided nouns (``elided.counted``)."""
    return elided.counted(text, found, [(q.head, q.entity) for q in quantities if q.dimension == "count"])


def _attribute_value(ctx: Context, r: Raw, lo: int, hi: int) -> list[Quantity]:
    """A sum or a percentage no counted noun names, read as the value of an attribute
    (quantities/attributes.py: "the policy rate to 3.75%", "a price of £38 million"): head
    ``attr:<noun>``, its owner the entity named in its phrase or the subject of its verb of
    change, as of a time written with it; a level told with a verb of state or of change
    ("inflation stood at", "cut its rate to") without one is as of its article's month (a rate
    set again next year is another fact), a one-off value (a price, a fee, "worth") a fixed
    fact unless an earlier year is written with it."""
    a = attributes.read(ctx.text, lo, r.start, r.end, hi, r.dimension)
    if a is None or _EACH.search(ctx.text, max(lo, r.start - 12), min(hi, r.end + 12)) \
            or _cue_res()["elsewhen"].search(ctx.text, lo, hi):
        return []
    near = [m for m in ctx.near(lo, hi) if m.entity and m.kind in _VALUE_KINDS]
    spans = [s for s in (a.owner_span, a.phrase) if s is not None]
    entity = next((m.entity for m in near if any(s[0] <= m.span[0] < s[1] for s in spans)), None)
    owner = a.owner.lower() if a.owner and entity is None else None
    if entity is None and owner is None and a.subject_end is not None:
        # "the Reserve Bank of X cut its rate", "X's central bank cut": the subject's words are
        # the owner (two owners sharing no word are two banks), not a key: another article's
        # "the bank cut its rate" is the same rate
        before = [m for m in near if lo <= m.span[1] <= a.subject_end]
        if before and _SUBJECT_GAP.match(_APPOSED.sub(" ", ctx.text[before[-1].span[1]:a.subject_end], count=1)):
            owner = before[-1].entity  # one word: two named owners never share one by a common noun ("bank")
    role = a.role or ("forecast" if _forecast(ctx, r, lo, hi) else "")
    written = _asof(ctx, r, lo, hi)
    if a.changing:
        asof = written or (ctx.published[:7] if ctx.published else None)
        if a.changed and written and len(written) < 7 and ctx.published and ctx.published.startswith(written):
            asof = ctx.published[:7]  # "raised it by 25 points, its third rise this year": this month's rise
        asof = asof[:7] if asof and a.changed else asof  # the month of a change: "cut to 3.75% on Tuesday" and "cut to 3.5%"
        if asof is None:
            return []  # a level of no known time
    else:  # a one-off value of the story's event: dated only by an earlier year written right with it
        past = written is not None and written[:4].isdigit() and ctx.published is not None \
            and written[:4] < ctx.published[:4]
        asof = written[:4] if past and written else None
    return [Quantity(span=(r.start, r.end), text=ctx.text[r.start:r.end], value=r.value, lo=r.lo, hi=r.hi,
                     relation=r.relation, dimension=r.dimension, unit=r.unit,
                     precision=attributes.written_precision(ctx.text[r.num_start:r.end], r.value),
                     head=a.head, role=role, entity=entity, owner=owner,
                     modifier=a.modifier, asof=asof)]


_SUM_OF = re.compile(r"(?<![\w-])(?:a|an|the|its|his|her|their)\s+(?P<n>[a-z]{3,})\s+of\s+(?:(?:about|around|some|nearly|"
                     r"almost|up\s+to|at\s+least|more\s+than|over|just\s+over|just\s+under)\s+)?$")
_SUM_NOUN = re.compile(r"\s+(?P<n>[a-z]{3,})\b")


def _compound_head(text: str, end: int, hi: int) -> str:
    """The noun a sum stands before: the last noun of a short compound ("a $250,000 record
    bonus": bonus, not record; "a $2 million bond": bond); '' when a function word, a verb or a
    name follows first."""
    noun, pos = "", end
    for _ in range(3):
        m = _SUM_NOUN.match(text, pos, hi)
        if m is None or m.group("n") in _NOT_SUM_NOUNS or m.group("n") in tables().auxiliaries \
                or m.group("n").endswith(("ed", "ly")) or (noun and m.group("n").endswith("ing")):
            break
        noun, pos = m.group("n"), m.end()
        if text[pos:pos + 1] in {",", ";", ".", ":", ")", "-"}:
            break
    return noun


_SUM_VERB = re.compile(r"(?<![\w-])(?P<v>[a-z]{3,}(?:ed|ing))\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:(?:about|around|some|nearly|"
                       r"almost|up\s+to|at\s+least|more\s+than|over)\s+)?$")


def _sum_noun_before(text: str, r: Raw, lo: int) -> bool:
    """"a fee of 6.5 million euros", "a $2 million bond": a sum named by its noun, which a
    purpose after it ("for the striker") does not replace; a verb's sum ("pledged $13 million") it does."""
    return _SUM_OF.search(text, max(lo, r.start - 40), r.start) is not None or \
        re.search(r"\b(?:a|an|the)\s+$", text[max(lo, r.start - 6):r.start]) is not None


def _money_noun(text: str, r: Raw, lo: int, hi: int) -> str:
    """What a sum no cue word names is, by the noun it is tied to: "a ransom of $4.5
    million", "a fine of 250,000 zlotys" (the noun before "of"), "a $2 million bond" (the
    noun after it), else the verb right before it ("fined X 250,000 zlotys", "demanding $8
    million"): one stem for the noun and the verb ("fine", "fined": fin). '' when none."""
    m = _SUM_OF.search(text, max(lo, r.start - 40), r.start)
    noun = m.group("n") if m is not None and m.group("n") not in _NOT_SUM_NOUNS else ""
    if not noun and re.search(r"(?:\b(?:a|an|the)\s+)$", text[max(lo, r.start - 6):r.start]):
        noun = _compound_head(text, r.end, hi)
    if not noun:
        v = _SUM_VERB.search(text, max(lo, r.start - 40), r.start)
        if v is None or v.group("v") in _open_stop():
            return ""
        noun = v.group("v")
    w = stem(noun)
    return "sum:" + (w[:-1] if w.endswith("e") and not w.endswith("ee") else w)


_NOT_SUM_NOUNS = frozenset("total sum figure amount value worth cost price tune estimate range maximum minimum average "
                           "in of for to from and or but with at by on that this which".split())


# "in the first round", "of the second ballot": a share of one stage of a contest, never
# compared with a share of another stage or of the contest as reported
_TALLY_HEADS = ("votes-for", "votes-against", "abstained")  # a tally's stage is its own (quantities/tallies.py)
_STAGE_ORDINALS = {"first": "1", "opening": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
                   "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10", "final": "final", "last": "final"}
_ORD_ALT = r"first|opening|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|final|last|\d{1,2}(?:st|nd|rd|th)"
_STAGE_NOUNS = r"round|ballot|leg|heat"
# a stage of a contest written after the count in its clause ("stood in the first round", "won 118
# votes in the first round of voting", "on the third ballot"), or opening its clause ("In the
# second round, 12 skaters ...")
_COUNT_STAGE_AFTER = re.compile(rf"[^,;.:()]{{0,60}}?\b(?:in|on|at|during|for|after)\s+the\s+(?P<o>{_ORD_ALT})\s+"
                                rf"(?P<n>{_STAGE_NOUNS})\b", re.IGNORECASE)
_COUNT_STAGE_BEFORE = re.compile(rf"\b(?:in|on|at|during|after)\s+the\s+(?P<o>{_ORD_ALT})\s+(?P<n>{_STAGE_NOUNS})"
                                 rf"(?:\s+of\s+(?:voting|balloting|the\s+\w+))?\s*,\s*(?:[\w'’-]+\s+){{0,4}}$",
                                 re.IGNORECASE)


def count_stage(text: str, lo: int, start: int, end: int, hi: int) -> str | None:
    """The stage of a contest a count is of, as ``<noun>-<n>`` ("round-1", "ballot-final"):
    two reports of one stage's count compare whatever day each was written, two stages'
    counts never. None when no stage is written next to it; "the previous round" is none."""
    m = _COUNT_STAGE_AFTER.match(text, end, hi) or _COUNT_STAGE_BEFORE.search(text, max(lo, start - 90), start)
    if m is None:
        return None
    o = m.group("o").lower()
    n = _STAGE_ORDINALS.get(o) or o.rstrip("stndrh")
    return f"{m.group('n').lower()}-{n}"


_STAGE = re.compile(r"\b(?:in|of|at|during|for)\s+the\s+(?P<o>first|second|third|fourth|fifth|opening|previous|"
                    r"\d+(?:st|nd|rd|th))\s+(?P<n>[a-z]{3,})\b", re.IGNORECASE)


def _split_modifier(head: str) -> tuple[str, str | None]:
    """"ambulance patient:divert" -> ("patient:divert", "ambulance"): an open-class noun is
    keyed by its last word, so "40 ambulance patients" and "90 patients" meet; the words
    before it go with the count, and the check compares two counts whose written modifiers
    differ never, one written against none only as a tension (it may restrict the noun)."""
    noun, sep, rest = head.partition(":")
    words = noun.split()
    if len(words) < 2 or noun in head_index().values() or not all(w.isalpha() for w in words) \
            or any(_adjectival(w) for w in words[:-1]):
        return head, None  # "15 young hikers", "two spare satellites": a subset, another head
    return words[-1] + sep + rest, " ".join(words[:-1])


_ADJECTIVE_END = ("al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ish", "ed", "ing", "est", "ary", "ian",
                  "ese", "ly")


def _adjectival(word: str) -> bool:
    return word in _restrictive() or word.endswith(_ADJECTIVE_END)


@lru_cache(maxsize=1)
def _restrictive() -> frozenset[str]:
    return frozenset(tables().restrictive_adjectives)


def _modified(text: str, r: Raw, head: str) -> bool:
    """"12 Japanese passengers", "four injured passengers": a word between the number and its
    noun restricts the count to some of them."""
    m = number_re().match(text, r.num_start)
    words = text[m.end() if m is not None else r.num_start:r.end].split()
    return bool(words) and not words[0].lower().startswith(head.split("+", 1)[0][:4])


@lru_cache(maxsize=1)
def _action_res() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    acts = {p: cls for cls, ps in tables().count_actions.items() for p in ps}
    alt = alternation(acts, any_space=True)
    before = re.compile(rf"\b(?P<v>{alt})\s+(?:the\s+|a\s+total\s+of\s+)?$", re.IGNORECASE)
    after = re.compile(rf",?(?:\s+(?:from|of|in|at|on|with|across)\s+[^,;.]{{0,30}}?)?,?\s+"
                       rf"(?:(?:have|has|had|were|was|are|is|also|all|later|then)\s+)*(?P<v>{alt})\b", re.IGNORECASE)
    return before, after, acts


@lru_cache(maxsize=1)
def _state_res() -> tuple[re.Pattern[str], dict[str, str]]:
    """The state phrase after a counted noun, across at most three linking words (``count_states``)."""
    t = tables()
    states = {p: cls for cls, ps in t.count_states.items() for p in ps}
    links = alternation(t.state_links) if t.state_links else "(?!)"
    return re.compile(rf"\s+(?:(?:{links})\s+){{0,3}}(?P<s>{alternation(states, any_space=True)})(?![\w-])",
                      re.IGNORECASE), states


def _clause_day(ctx: Context, lo: int, hi: int) -> str | None:
    """The day a clause's event is dated to ("took part in the talks on Wednesday"), if any."""
    for t in ctx.times(lo, hi):
        if t.type == "DATE" and t.start is not None and t.granularity == "day":
            return t.start.isoformat()
    return None


def _placed(ctx: Context, start: int, end: int, lo: int, hi: int) -> located.Placed | None:
    """Where the counted were, by a copula and a locative (``quantities/located.py``); a
    time after the locative ("were in June") is no place."""
    placed = located.after(ctx.text, end, hi) or located.there(ctx.text, lo, start, end, hi)
    if placed is None or any(t.span[0] <= placed.at < t.span[1] for t in ctx.times(placed.at - 8, placed.at + 1)):
        return None
    return placed


def _action(ctx: Context, r: Raw, lo: int, hi: int) -> tuple[str, str | None]:
    """What a counted noun no class names did, by its verb (``count_actions``): written right
    before the number ("spread across three districts") or after its noun ("40 officials from
    both sides took part"); "" when neither."""
    before, after, acts = _action_res()
    m = before.search(ctx.text, max(lo, r.start - 40), r.start) or after.match(ctx.text, r.end, hi)
    if m is not None:
        return acts[" ".join(m.group("v").lower().split())], None
    state = _state_res()[0].match(ctx.text, r.end, hi)
    if state is not None:
        return _state_res()[1][" ".join(state.group("s").lower().split())], None  # "nine ships were waiting at anchor"
    if "frame" not in r.flags and (placed := _placed(ctx, r.start, r.end, lo, hi)) is not None:
        # (a body's size is its own reading: "a team of nine divers was at the quay")
        return placed.role, placed.holder  # "Six guests were in the lift", "There were 30 stalls at the square"
    if "frame" not in r.flags and (act := event_noun_act(ctx.text, lo, r.start)):
        return act, None  # "the recall of 41 batches": what recalling acted on
    # a body's size keeps no progressive ("a group of 14 runners was leading": its size, not an act)
    verb = open_verb(ctx.text, r.start, r.end, lo, hi, progressive="frame" not in r.flags, affirmed=True)
    if not verb:
        return _possessed(ctx, r, lo)
    if after.match(ctx.text, r.end, hi) is not None or _open_res()[1].match(ctx.text, r.end, hi):
        return verb, None  # the counted are the verb's subject: they are its holder
    return verb, _subject_of(ctx.text, lo, r.start)


_HAS = re.compile(r"(?<![\w-])(?:has|have|had|owns|operates|runs)\s+(?:(?:about|around|some|nearly|almost|more\s+than|"
                  r"over)\s+)?$")
_ITS = re.compile(r"(?<![\w-])(?:[Ii]ts|[Tt]heir)\s+(?:(?:about|around|some|nearly|almost|more\s+than|over)\s+)?$")
_OWNER = re.compile(r"(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3})(?P<poss>['’]s)?(?:,[^,;]{1,60},)?\s+$")
POSSESSED = "have"
SLOT_DIMENSIONS = frozenset({"speed", "concentration"})  # measures in ratio units (quantities/slots.py)
SIZE = "size"  # the size of a body of the counted ("a party of 11 climbers"): fixed, one value an article


def _possessed(ctx: Context, r: Raw, lo: int) -> tuple[str, str | None]:
    """What a named holder has ("Corvina, headquartered in Porto, has 310 branches",
    "Corvina's 310 branches"): role ``have``, the holder the name; "its 350 branches": the
    same role, its holder left to the one the corpus gives (the count check); a holder not
    named ("the region has 400 locations"): no claim."""
    text = ctx.text
    if _ITS.search(text, max(lo, r.start - 20), r.start):
        return POSSESSED, None
    has = _HAS.search(text, max(lo, r.start - 24), r.start)
    end = has.start() if has is not None else r.start
    m = _OWNER.search(text, max(ctx.span[0], end - 110), end)  # across a relative clause: "X, which ..., has"
    if m is None or (has is None and m.group("poss") is None) or (has is not None and m.group("poss")):
        return "", None
    start = m.start("name")
    names = m.group("name").split()
    while names and names[0].lower() in _NOT_NAMES:  # "The Lyon Mill": the article is no part of the name
        start += len(names[0]) + 1
        names = names[1:]
    covering = next((mm for mm in ctx.near(start, start + 1) if mm.span[0] <= start < mm.span[1] and mm.entity), None)
    if covering is not None:
        return POSSESSED, covering.entity
    if not names or (len(names) == 1 and start == ctx.span[0] and "," not in m.group() and not m.group("poss")):
        return "", None  # "The region has", "Officials have": no name ("Acme, based in X, has" is one)
    return POSSESSED, "name:" + "-".join(w.lower() for w in names)


@lru_cache(maxsize=1)
def _subject_re() -> re.Pattern[str]:
    """The subject, its auxiliaries, the verb and its particle ("The keeper kept out three"), before a count."""
    return re.compile(r"(?P<w>[A-Za-z][\w'’-]*)\s+(?:(?:has|have|had|was|were|is|are|been|being|will|would|also|only|reportedly|"
                      r"[a-z]+ly)\s+)*"
                      rf"(?P<v>[a-z]{{3,}}|[A-Za-z]+)(?:\s+(?:{alternation(tables().particles)}))?\s+"
                      r"(?:(?:the|all|some|about|around|nearly|almost|at\s+least|more\s+than|"
                      r"up\s+to|a\s+total\s+of|another|over)\s+)*$")
_PRONOUNS = frozenset("it they he she we i you who which that this these those there one".split())


def _subject_of(text: str, lo: int, start: int) -> str | None:
    """The subject of the verb before a count ("The winner took 12,820 votes": noun:winner,
    "Acme employs 800 people": name:acme); None for a pronoun or when none is written."""
    m = _subject_re().search(text, max(lo, start - 80), start)
    if m is None:
        return None
    w = m.group("w")
    low = w.lower()
    if m.group("v").lower() in _NOT_NAMES:
        return None  # "the deal at a fee of": a preposition, no verb with a subject
    if low in _PRONOUNS or low in _NOT_NAMES or low in tables().auxiliaries:
        return None
    if w[:1].isupper():
        run = re.search(r"(?:[A-Z][\w'’-]*\s)*$", text[max(lo, m.start("w") - 40):m.start("w")])  # the name's own words
        names = (run.group().split() if run is not None else []) + [w]
        words = [n.lower() for n in names if n.lower() not in _NOT_NAMES]
        return "name:" + "-".join(words[-3:]) if words else None
    return f"noun:{lemma(low)}"


@lru_cache(maxsize=2)
def _open_res(progressive: bool = True) -> tuple[re.Pattern[str], re.Pattern[str], dict[str, str]]:
    t = tables()
    irregular = {form: lemma_ for lemma_, forms in t.irregular_past.items() for form in forms}
    alt = alternation(irregular) if irregular else "(?!)"
    # a progressive after its auxiliary ("are taking part", "is recalling 14 batches")
    prog = r"(?:(?<=\bare\s)|(?<=\bis\s)|(?<=\bwere\s)|(?<=\bwas\s))[a-z]{3,}ing" if progressive else "(?!)"
    verb = rf"(?P<v>[a-z]{{3,}}ed|{alt}|{prog})"
    aux = r"(?:(?:have|has|had|were|was|are|is|been|being|also|all|later|then|reportedly|initially|only|now|still|currently)\s+)*"
    # the counted noun, a prepositional phrase after it ("officials from both sides"), auxiliaries, the verb
    # a particle right after the verb is the verb's ("were brought out", "rounded up 30"): a phrasal verb says
    # another act than its verb alone
    prt = rf"(?:\s+(?P<p>{alternation(t.particles)}))?"
    # a phrase after the noun: a place or an origin ("officials from both sides"), or another
    # count coordinated with it ("150 rescuers and a dozen pumps had been brought"): the verb is both's
    # (a few words after "and", none opening a clause of its own: "210 passengers and nine crew when it ran")
    after = re.compile(rf"(?:\s+(?:from|of|in|at|on|with|across|aboard)\s+[^,;.()]{{0,30}}?"
                       r"|\s+and(?:\s+(?!(?:when|while|as|after|before|because|since|until|that|which|who|it|they|he|she|"
                       rf"we|there)\b)[a-z0-9]+(?:,\d{{3}})*){{1,3}}?)?\s+{aux}(?:[a-z]+ly\s+)?"
                       rf"{verb}{prt}(?![\w-])")
    # the verb right before the number: a past form or a present one ("employs 2,700 people")
    # a participle in -ing right before the count ("..., scoring 14 goals") is left out: it
    # often tells of another period than the report's event (a season, a career)
    before = re.compile(rf"(?<![\w-])(?P<v>[a-z]{{3,}}ed|{alt}|[a-z]{{3,}}[^s\W]s|{prog}){prt}\s+(?:(?:the|all|some|about|around|nearly|"
                        r"almost|at\s+least|more\s+than|up\s+to|a\s+total\s+of|another|over)\s+)*$")
    return before, after, irregular


_DETERMINER = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those|of|to|will|would|could|may|"
                         r"might|must|should|can)\s+)$", re.IGNORECASE)


# a negation of the verb: "not", "never", "n't" (with "yet", "even", "ever", "been" between it and the verb)
_NEGATION = re.compile(r"(?:\bnot|\bnever|n['’]t)\b", re.IGNORECASE)
_NEGATED_BEFORE = re.compile(r"(?:\bnot|\bnever|n['’]t)\s+(?:(?:yet|even|ever|been|be|have|all|once)\s+)*$",
                             re.IGNORECASE)


def open_verb(text: str, start: int, end: int, lo: int, hi: int, after_only: bool = False,
              progressive: bool = True, affirmed: bool = False) -> str:
    """The verb no table lists that a count (its noun included, [start, end)) is the subject
    or object of, as a lemma or a stem ("90 patients were diverted": divert, "seven candidates
    stood": stand, "employs 2,700 people": employ); "" when none stands next to it. A verb
    after a modal or "to" is a plan, no fact: none; speech verbs are none. ``affirmed``: a
    negated verb ("had not recovered 86 coins", "five divers from the club have not
    returned") says what was not done: none."""
    before, after, irregular = _open_res(progressive)
    stop = _open_stop()
    m = after.match(text, end, hi)
    if affirmed and m is not None and _NEGATION.search(text, end, m.start("v")):
        return ""  # the phrase after the noun may hold the negation ("from the town have not returned")
    if (m is None or _stopped(m, stop)) and after_only:
        return ""
    if m is None or _stopped(m, stop):
        m = before.search(text, max(lo, start - 40), start) or _passive_agent(text, lo, start)
        if m is None or _stopped(m, stop) or _DETERMINER.search(text, max(lo, m.start() - 12), m.start()):
            return ""
        if affirmed and _NEGATED_BEFORE.search(text, max(lo, m.start() - 24), m.start()):
            return ""  # "never treated 38 patients"
    v = m.group("v")
    verb = irregular[v] if v in irregular else stem(v)
    return f"{verb}-{m.group('p')}" if m.group("p") else verb


@lru_cache(maxsize=1)
def _agent_re() -> re.Pattern[str]:
    """A passive verb and "by" right before a count: the counted did the verb ("the petition was
    signed by 19 senators", "the wall had been built by 40 volunteers")."""
    t = tables()
    irregular = {form for forms in t.irregular_past.values() for form in forms} | set(t.participles)
    return re.compile(r"(?<![\w-])(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?"
                      rf"(?P<v>[a-z]{{3,}}ed|{alternation(irregular)})(?P<p>(?!))?\s+by\s+"
                      r"(?:(?:the|all|some|about|around|nearly|almost|at\s+least|more\s+than|up\s+to|over)\s+)*$")


# verbs of change before "by": "was cut by 30" is how much, not who did it
@lru_cache(maxsize=1)
def _change_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in "increased decreased reduced cut raised lowered extended shortened expanded boosted "
                     "outnumbered outvoted beaten defeated led trailed".split())


def _passive_agent(text: str, lo: int, start: int) -> re.Match[str] | None:
    if not text[max(lo, start - 4):start].rstrip().endswith("by") and "by " not in text[max(lo, start - 40):start]:
        return None
    m = _agent_re().search(text, max(lo, start - 60), start)
    return None if m is None or stem(m.group("v")) in _change_stems() else m


def _stopped(m: re.Match[str], stop: frozenset[str]) -> bool:
    """A speech or linking verb says no act, with its particle or without ("set off" says how a
    group began, not what a count of it did)."""
    return m.group("v") in stop


@lru_cache(maxsize=1)
def _open_stop() -> frozenset[str]:
    t = tables()
    return frozenset(t.open_verb_stop) | frozenset(t.auxiliaries) | frozenset("has does was is".split())


def _asof_is_past(ctx: Context, r: Raw, lo: int, hi: int) -> bool:
    """A time written right after a sum that lies before its article's year ("for $300
    million in 2019"): the sum is of that time's deal."""
    t = _asof(ctx, r, lo, hi)
    return t is not None and ctx.published is not None and t[:4].isdigit() and t[:4] < ctx.published[:4]


_PLANNED = re.compile(r"\b(?:will|would|could|may|might|must|should|can|to|expected|set)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _times_done(ctx: Context, r: Raw, lo: int, hi: int) -> Quantity | None:
    """How many times the verb right before the number was done ("was tested 23 times in
    2025": ``times:test``), a phrase narrowing it its role, the name of its subject its
    holder (a noun subject, "the issue", "the offer", names no one apart); None with no verb
    there, or a plan ("will be extended three times")."""
    before = _open_res(False)[0]
    m = before.search(ctx.text, max(lo, r.start - 40), r.start)
    if m is None or m.group("p") or _stopped(m, _open_stop()) or _DETERMINER.search(ctx.text, max(lo, m.start() - 12), m.start()) \
            or _PLANNED.search(ctx.text, max(lo, m.start() - 24), m.start()):
        return None
    irregular = _open_res(False)[2]
    v = m.group("v")
    head = multiples.PREFIX + (irregular[v] if v in irregular else stem(v))
    spans = [t.span for t in ctx.times(lo, hi)]
    narrowed = multiples.narrowing(ctx.text, r.end, hi, spans)  # "tested nine times out of competition": a subset
    who = _subject_of(ctx.text, lo, r.start)
    entity = who if who is not None and who.startswith("name:") else None
    role = "forecast" if _forecast(ctx, r, lo, hi) else narrowed or ""
    asof = _asof(ctx, r, lo, hi) or ctx.published
    if asof is None:
        return None
    return Quantity(span=(r.start, r.end), text=ctx.text[r.start:r.end], value=r.value, lo=r.lo, hi=r.hi,
                    relation=r.relation, dimension="count", unit="", precision=r.precision, head=head, role=role,
                    entity=entity, asof=asof)


_ADJACENT = re.compile(r"^,?\s*(?:in|on|at|as of|by|during)?\s*$", re.IGNORECASE)


def _rate(ctx: Context, r: Raw, lo: int, hi: int) -> Quantity | None:
    """A figure for one unit of something (quantities/rates.py): keyed by what it prices and
    the unit, ``price:per-share``; a share's price is the deal's, a fixed fact with its
    company as owner; any other rate is of the entity next to it, as of its article's day
    (fares, wages and outputs change), and a negotiated one carries whose figure it is."""
    unit = rates.table().units[r.per]
    if r.dimension == "count":
        what: str | None = r.head
    else:
        what = rates.what_of(ctx.text, lo, r.num_start, r.end, hi, r.per)
    if not what:
        return None  # "€600 million a day": what the sum is a day of is not said
    head = f"{what}:per-{r.per}"
    role = rates.role_of(ctx.text, lo, hi, what)
    entity, owner = None, None
    asof = _asof(ctx, r, lo, hi)
    if unit.owned:
        # a share's price is the deal's: only a time written right after it is its own ("$51
        # a share in January"); "$38 a share under the deal agreed on Sunday" dates the deal
        asof = next((t.value for t in ctx.times(r.end, hi) if t.type in {"DATE", "TIME"} and t.start is not None
                     and _ADJACENT.match(ctx.text[r.end:t.span[0]])), None)
        owner = " ".join(re.findall(r"[a-z0-9]+", r.owner.lower())) if r.owner else None
    else:
        if _cue_res()["forecast"].search(ctx.text, lo, hi):
            role = "forecast"
        agent = _agent(ctx, r, lo, hi, r.end)
        entity = agent.entity if agent is not None else None
        if asof is None:
            if ctx.published is None:
                return None  # a rate (a fare, a price) may change within the month: never widened
            asof = ctx.published
    if asof is None and _cue_res()["elsewhen"].search(ctx.text, lo, hi):
        return None  # "shares then fetched $50 a share": true of another, unwritten time
    return Quantity(span=(r.start, r.end), text=ctx.text[r.start:r.end], value=r.value, lo=r.lo, hi=r.hi,
                    relation=r.relation, dimension=r.dimension, unit=r.unit, precision=r.precision, head=head,
                    role=role, entity=entity, asof=asof, owner=owner)


@lru_cache(maxsize=1)
def _people_noun() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alternation(tables().people_nouns)})\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _share_re() -> re.Pattern[str]:
    words = [w for w, c in head_index().items() if c in set(tables().measure_heads.get("percent", []))]
    return re.compile(rf"(?<![\w])(?:{alternation(words)})(?![\w])", re.IGNORECASE)


def share_head(text: str, span: tuple[int, int]) -> str:
    """The last share-like head named in ``span`` ("turnout"), for a share that names none."""
    found = ""
    for m in _share_re().finditer(text, *span):
        found = head_index()[m.group().lower()]
    return found


def key(q: Quantity) -> QuantityKey:
    """Quantities are compared only within one key (blocking: never all pairs)."""
    if q.dimension == "age":
        return QuantityKey("age", entity=q.entity)
    return QuantityKey(q.dimension, q.head, q.role, q.entity or None, q.asof or None)
