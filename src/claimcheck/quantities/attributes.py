"""Values of an attribute: a sum, a percentage or a measure that is the value of an
attribute of a thing ("inflation stood at 4.1%", "cut its policy rate to 3.75% from 4%", "a
price of £38 million", "a 9 per cent pay rise", "valued at $2 billion"), not a count of things.

The attribute is the head noun (a lemma, open class) of the phrase the syntax ties the value
to: the subject of a verb of state ("turnout was", "trade reached"), the object of a verb of
change ("cut its rate to"; the value after "from" is the value before, role ``before``), the
noun before "of" ("a deficit of"), the noun after a percentage ("a 3.1% deficit"), or
``value`` after "worth", "valued at". Its owner is written with it ("the budget of the
agency", "Northfield's budget") or, for a verb of change, is the verb's subject (found by the
caller among the sentence's mentions). Knowledge in ``resources/quantities/attributes.yaml``
(validated when loaded, its examples run as tests); this module reads one number's
surroundings in a bounded window, nothing else."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..resources import load_resource
from ..words import Tail, alternation, last_words
from .held import lemma
from .tables import tables

PREFIX = "attr:"  # the head of an attribute's value: attr:<noun>
_WINDOW = 120  # characters before a value in which its phrase is read


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class AttributeExample(_Model):
    text: str
    attribute: str | None  # None: no attribute value is read for `value`
    value: float
    role: str = ""
    modifier: str | None = None
    owner: str | None = None


class AttributeTable(_Model):
    state_verbs: list[str] = Field(min_length=1)
    change_verbs: list[str] = Field(min_length=1)
    valuation_verbs: list[str] = Field(min_length=1)
    value_nouns: list[str] = Field(min_length=1)
    value_words: list[str] = Field(min_length=1)
    vague_heads: list[str] = Field(min_length=1)
    phrase_breaks: list[str] = Field(min_length=1)
    complement_preps: list[str] = []
    determiners: list[str] = Field(min_length=1)
    neutral_modifiers: list[str] = []
    synonyms: dict[str, list[str]] = {}
    role_cues: dict[str, list[str]] = {}
    forecast_heads: list[str] = []
    change_nouns: list[str] = []
    dimension_adjectives: dict[str, str] = Field(min_length=1)
    measure_verbs: list[str] = []
    examples: list[AttributeExample] = Field(min_length=1)

    @model_validator(mode="after")
    def _checked(self) -> "AttributeTable":
        if not set(self.valuation_verbs) <= set(self.change_verbs):
            raise ValueError("every valuation verb must be a change verb")
        folded = [w for ws in self.synonyms.values() for w in ws]
        if len(folded) != len(set(folded)):
            raise ValueError("a synonym is folded into two attributes")
        return self


@lru_cache(maxsize=1)
def table() -> AttributeTable:
    return load_resource("quantities/attributes.yaml", AttributeTable)


@dataclass(frozen=True)
class Attribute:
    """What a value is the value of (offsets in the text)."""

    noun: str  # the attribute's lemma, synonyms folded ("rate", "price", "rise")
    role: str = ""  # "", "before" (the value a change replaced), "forecast", "demand", "offer"
    modifier: str | None = None  # a noun before the attribute that narrows it ("policy rate": policy)
    owner: str | None = None  # the thing it is of, as written ("transit agency", "Northfield")
    owner_span: tuple[int, int] | None = None
    subject_end: int | None = None  # a verb of change: where its subject must end (the owner when none is written)
    changing: bool = False  # told with a verb of state or change: a level true at some time, not a fixed fact
    changed: bool = False  # told with a verb of change ("cut its rate to"): the month of the change dates it
    phrase: tuple[int, int] | None = None  # the attribute's phrase, where a name of its owner may stand

    @property
    def head(self) -> str:
        return PREFIX + self.noun


@dataclass(frozen=True)
class _Res:
    state: re.Pattern[str]
    change_to: re.Pattern[str]
    change_from: re.Pattern[str]
    change_by: re.Pattern[str]
    passive: re.Pattern[str]
    value: re.Pattern[str]
    of: re.Pattern[str]
    after: re.Pattern[str]
    of_what: re.Pattern[str]
    roles: list[tuple[str, re.Pattern[str]]]
    folded: dict[str, str]
    vague: frozenset[str]
    breaks: frozenset[str]
    complement_preps: frozenset[str]
    complement: re.Pattern[str]
    dets: frozenset[str]
    neutral: frozenset[str]
    valuation: frozenset[str]
    value_nouns: frozenset[str]
    forecast_heads: frozenset[str]
    change_nouns: frozenset[str]
    dimension_adj: re.Pattern[str]
    verb_before: re.Pattern[str]
    dimension_nouns: dict[str, str]
    # the last words the window must end with for ``state``, ``value`` and ``verb_before``
    state_ends: tuple[str, ...]
    value_ends: tuple[str, ...]
    verb_before_ends: tuple[str, ...]


_VALUE = r"[^\s,;]+(?:\s+(?:per\s?cent|percent|million|billion|bn|m|(?:percentage\s+|basis\s+)?points?))?"  # a value written between
_FROM = rf"(?:\s+(?:from|by)\s+{_VALUE})?"  # "cut its rate (from 4% | by 25 basis points) to 3.75%"
_PARTICLE = r"(?:\s+(?:down|up|back))?"


@lru_cache(maxsize=1)
def _res() -> _Res:
    t = table()
    aux = r"(?:(?:has|have|had|will|would)\s+)?(?:been\s+)?"
    change = alternation(t.change_verbs)
    verbs_before = sorted({v.split()[0] for v in t.state_verbs} | set(t.change_verbs) | set(t.measure_verbs))
    roles = [(role, re.compile(rf"(?<![\w-])(?:{alternation(ws)})(?![\w-])", re.IGNORECASE))
             for role, ws in t.role_cues.items()]
    return _Res(
        state=re.compile(rf"(?<![\w-]){aux}(?P<v>{alternation(t.state_verbs)})\s+$", re.IGNORECASE),
        # "cut its policy rate (from 4%) to", "kept rates at": the object between the verb and to/at
        change_to=re.compile(rf"(?<![\w-])(?P<v>{change})\s+(?P<np>[^,;:()\"“”]{{1,60}}?){_PARTICLE}{_FROM}"
                             rf"\s+(?:to|at)\s+$", re.IGNORECASE),
        change_from=re.compile(rf"(?<![\w-])(?P<v>{change})\s+(?P<np>[^,;:()\"“”]{{1,60}}?){_PARTICLE}"
                               rf"(?:\s+(?:to|at)\s+{_VALUE})?"
                               rf"\s+from\s+$",
                               re.IGNORECASE),
        change_by=re.compile(rf"(?<![\w-])(?P<v>{change})\s+(?P<np>[^,;:()\"“”]{{1,60}}?){_PARTICLE}\s+by\s+$",
                             re.IGNORECASE),
        passive=re.compile(rf"(?<![\w-])(?:was|were|is|are|been|being)\s+(?P<v>{change}){_PARTICLE}"
                           rf"(?:{_FROM}\s+(?:to|at)|(?:\s+(?:to|at)\s+{_VALUE})?\s+(?P<from>from))\s+$",
                           re.IGNORECASE),
        value=re.compile(rf"(?<![\w-])(?:{alternation(t.value_words)})\s+$", re.IGNORECASE),
        of=re.compile(r"(?P<np>(?:[\w’'-]+\s+){1,4}?)of\s+$", re.IGNORECASE),
        after=re.compile(r"\s+(?:(?P<mod>[a-z]{3,})\s+)?(?P<n>[a-z]{3,})\b(?!['’-])"),
        of_what=re.compile(r"\s+(?:in|of)\s+(?:(?:the|its|their|annual|yearly|monthly|quarterly|net|gross|pre-tax|"
                           r"total|overall)\s+)*(?P<n>[a-z]{3,})\b"),
        roles=roles,
        folded={w: head for head, ws in t.synonyms.items() for w in ws},
        vague=frozenset(t.vague_heads), breaks=frozenset(t.phrase_breaks),
        complement_preps=frozenset(t.complement_preps),
        complement=re.compile(rf"(?<![\w’'-])(?P<h>[A-Za-z]{{3,}})\s+(?:{alternation(t.complement_preps) or 'in'})\s+"),
        dets=frozenset(t.determiners),
        neutral=frozenset(t.neutral_modifiers), valuation=frozenset(t.valuation_verbs),
        value_nouns=frozenset(t.value_nouns), forecast_heads=frozenset(t.forecast_heads),
        change_nouns=frozenset(t.change_nouns),
        dimension_adj=re.compile(rf"\s+(?P<a>{alternation(list(t.dimension_adjectives))})\b", re.IGNORECASE),
        dimension_nouns=dict(t.dimension_adjectives),
        verb_before=re.compile(rf"(?<![\w-])(?:{alternation(verbs_before)})\s+$", re.IGNORECASE),
        state_ends=last_words(t.state_verbs), value_ends=last_words(t.value_words),
        verb_before_ends=last_words(verbs_before))


_TO_AT, _FROM_ONLY, _BY, _PASSIVE_ENDS, _OF = ("at", "to"), ("from",), ("by",), ("at", "from", "to"), ("of",)
# the last words of the approximators of ``_APPROX``
_APPROX_ENDS = ("about", "almost", "approximately", "around", "just", "least", "most", "nearly", "over", "roughly",
                "some", "than", "to", "under")


_VERBISH = re.compile(r"(?<!e)ed$")  # "ordered restitution", "the 50% needed": a verb's form, no noun of an attribute
_AFTER_LEVEL = re.compile(r"\s+(?:[a-z]+(?<!e)ed|higher|lower|more|less|above|below|up|down|off|smaller|larger|bigger)\b")
_TOKEN = re.compile(r"[A-Za-z][\w’'-]*|[^\sA-Za-z]")
_APPROX = re.compile(r"(?:\s*\b(?:about|around|roughly|some|nearly|almost|approximately|just|over|under|more than|"
                     r"less than|at least|at most|up to|close to)\b)+\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class _Phrase:
    noun: str
    modifier: str | None
    owner: str | None
    owner_span: tuple[int, int] | None
    start: int  # where the phrase begins (its determiner, if any)
    end: int
    written: str = ""  # the head as written ("tremors")


def _phrase(text: str, lo: int, end: int, cut: bool = False) -> _Phrase | None:
    """The noun phrase that ends at ``end`` (read backwards, at most seven words, never across
    a verb, a conjunction or punctuation): its head noun, a modifier, and an owner written with
    "of" or a possessive; with ``cut``, a subject's or an object's prepositional complement is
    passed over ("trade in fishery products")."""
    r = _res()
    if cut:
        end = _complement_cut(text, lo, end)
    toks = [(m.group(), lo + m.start(), lo + m.end()) for m in _TOKEN.finditer(text[lo:end])]
    words: list[tuple[str, int, int]] = []
    start = end
    owner: tuple[str, int, int] | None = None
    for i in range(len(toks) - 1, -1, -1):
        w, s, e = toks[i]
        if w[0].isupper() and _sentence_start(text, s) and not re.search(r"['’]s?$", w):
            if words:  # "Annual inflation", "Brightwell shares": a name or a word: neither kept
                start = s
                break
            w = w.lower()  # "Turnout was": a capital of the sentence's first word, no name
        low = w.lower()
        if not w[0].isalpha() or low in r.breaks or len(words) >= 7 or (_VERBISH.search(low) and low not in r.neutral):
            break
        if low in r.dets:
            start = s
            if i > 0 and toks[i - 1][0].lower() == "of":
                words.insert(0, (w, s, e))  # "the budget of the agency": the owner's determiner
                continue
            break
        if re.search(r"['’]s?$", w) and w[0].isupper():
            owner = (re.sub(r"['’]s?$", "", w), s, e)  # "Northfield's budget"
            start = s
            break
        if re.search(r"['’]s?$", w):
            break  # "this year's budget": a time or a common noun's, not read
        words.insert(0, (w, s, e))
        start = s
    if not words:
        return None
    low = [w.lower() for w, _, _ in words]
    if "of" in low:  # "the budget of the transit agency": the head before "of", the owner after it
        i = low.index("of")
        rest = [x for x in words[i + 1:] if x[0].lower() not in r.dets]
        if not rest or i == 0:
            return None
        owner = (" ".join(w for w, _, _ in rest), rest[0][1], rest[-1][2])
        words = words[:i]
        low = low[:i]
    head = words[-1][0]
    if not head.islower() or not head.isalpha() or len(head) < 3:
        return None
    noun = lemma(head) if not head.endswith(("ss", "us", "is")) else head
    noun = r.folded.get(noun, noun)
    if noun in r.vague or head.lower() in r.vague:
        return None
    mods = [w for w in low[:-1] if w.isalpha() and w not in r.neutral]
    if any(not w.islower() for w, _, _ in words[:-1]):
        # "Northfield operating budget": a name before the head is its owner
        caps = [x for x in words[:-1] if not x[0].islower()]
        owner = owner or (" ".join(w for w, _, _ in caps), caps[0][1], caps[-1][2])
        mods = [w for w in mods if w.islower()]
    modifier = mods[-1] if mods else None
    return _Phrase(noun=noun, modifier=modifier, owner=owner[0] if owner else None,
                   owner_span=(owner[1], owner[2]) if owner else None, start=start, end=end, written=head.lower())


def _complement_cut(text: str, lo: int, end: int) -> int:
    """"trade in fishery products", "trade between the two countries": where the phrase's
    head ends, before a prepositional complement of at most five words and no punctuation."""
    r = _res()
    for m in r.complement.finditer(text, max(lo, end - 60), end):
        head = m.group("h")
        tail = text[m.end():end]
        if head.lower() in r.breaks or head.lower() in r.dets or _VERBISH.search(head.lower()) \
                or (not head.islower() and not _sentence_start(text, m.start("h"))):
            continue
        if len(tail.split()) <= 5 and not re.search(r"[,;:()\"“”]", tail):
            return m.end("h")
    return end


@lru_cache(maxsize=1)
def _collective() -> frozenset[str]:
    """"a party of 11", "a crew of 21": a body's size, read by the frame of quantities/find.py."""
    return frozenset(tables().collective_nouns)


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos].rstrip(" \t\"“‘'")
    return not before or before[-1] in ".!?\n"


def _role(text: str, lo: int, start: int, noun: str) -> str:
    r = _res()
    if noun in r.forecast_heads:
        return "forecast"
    best, pos = "", -1
    for role, pattern in r.roles:
        for m in pattern.finditer(text, lo, start):
            if m.start() > pos:
                best, pos = role, m.start()
    return best


def read(text: str, lo: int, start: int, end: int, hi: int, dimension: str) -> Attribute | None:
    """The attribute a value (``text[start:end]``, its approximator included; its clause
    ``lo..hi``) is the value of, or None when the syntax ties it to none."""
    r = _res()
    wlo = max(lo, start - _WINDOW)
    bare = start
    a = _APPROX.search(text, wlo, start) if Tail(text[wlo:start]).ends(_APPROX_ENDS, spaced=False) else None
    if a is not None:
        bare = a.start()  # "reached about $2 billion": the verb before the approximator
    tail = Tail(text[wlo:bare])
    if dimension == "length":
        # a thing's measure: "an ash column 9 km high" (the adjective names the attribute, the
        # phrase before the number the thing) or "a height of 9 km"; a verb's length is no
        # attribute ("the plume reached 9 km": of the plume, but which measure?)
        adj = r.dimension_adj.match(text, end, hi)
        if adj is not None:
            # "its ash column rose 14 km high": the column's
            verb = r.verb_before.search(text, wlo, bare) if tail.ends(r.verb_before_ends) else None
            thing = _phrase(text, wlo, verb.start() if verb is not None else bare)
            return _made(text, lo, start, r.dimension_nouns[adj.group("a").lower()], None,
                         thing.noun if thing is not None else None, None, changing=False)
        m = r.of.search(text, wlo, bare) if tail.ends(_OF) else None
        ph = _phrase(text, wlo, m.end("np") - 1) if m is not None else None
        if ph is None or ph.noun not in r.dimension_nouns.values():
            return None  # "a ridge of 9 km" names no measure
        return _made(text, lo, start, ph.noun, ph.modifier, ph.owner, ph.owner_span, changing=False, phrase=ph)
    if dimension == "count":
        # a bare number no noun follows, after "a <noun> of" ("a majority of 24,702", "a budget
        # of 412 billion"): only this shape, a verb's number being what it counts or does
        m = r.of.search(text, wlo, bare) if tail.ends(_OF) else None
        ph = _phrase(text, wlo, m.end("np") - 1) if m is not None else None
        if ph is None or ph.noun in _collective() or lemma(ph.noun) in _collective() or not _BARE_END.match(text, end, hi) \
                or not re.search(r"\d", text[start:end]) or (ph.written.endswith("s") and ph.written != ph.noun):
            return None  # "the country of 5.5 million people", "tremors of at least 1", "the end of 14 years"
        return _made(text, lo, start, ph.noun, ph.modifier, ph.owner, ph.owner_span, changing=False, phrase=ph)
    if tail.ends(r.value_ends) and (v := r.value.search(text, wlo, bare)) is not None:
        # "worth $8 million", "a tiara valued at": the thing's value, the thing its owner (a
        # tiara's value is not a necklace's)
        thing = _phrase(text, wlo, _aux_start(text, wlo, v.start(), comma=True))
        return _made(text, lo, start, "value", None, thing.noun if thing else None, None, changing=False)
    if tail.ends(_PASSIVE_ENDS) and (m := r.passive.search(text, wlo, bare)) is not None:
        ph = _phrase(text, wlo, _aux_start(text, wlo, m.start()), cut=True)
        if ph is None:
            return None
        noun = ph.noun
        if m.group("v").lower() in r.valuation and noun not in r.value_nouns:
            # "the stolen pieces are estimated at €28 million": their value
            return _made(text, lo, start, "value", None, ph.owner or ph.noun, ph.owner_span, changing=False,
                         role="before" if m.group("from") else "")
        valued = m.group("v").lower() in r.valuation  # "its value was put at": a one-off estimate, no level
        return _made(text, lo, start, noun, ph.modifier, ph.owner, ph.owner_span, changing=not valued, changed=not valued,
                     role="before" if m.group("from") else "", phrase=ph)
    for pattern, before, ends in ((r.change_to, False, _TO_AT), (r.change_from, True, _FROM_ONLY),
                                  (r.change_by, None, _BY)):
        m = pattern.search(text, wlo, bare) if tail.ends(ends) else None
        if m is None:
            continue
        if before is None:  # "raised its rate by 50 basis points": the change itself, role `change`
            ph = _phrase(text, m.start("np"), m.end("np"), cut=True)
            if ph is None or ph.start != m.start("np") or m.group("v").lower() in r.valuation:
                return None
            return _made(text, lo, start, ph.noun, ph.modifier, ph.owner, ph.owner_span, changing=True, changed=True,
                         role="change", subject_end=m.start("v"), phrase=ph)
        np_end = m.end("np")
        ph = _phrase(text, m.start("np"), np_end, cut=True)
        if ph is None or ph.start != m.start("np"):
            return None  # the object is no plain noun phrase ("cut jobs in the north to")
        verb = m.group("v").lower()
        if verb in r.valuation and ph.noun not in r.value_nouns:
            return _made(text, lo, start, "value", None, ph.owner or ph.noun, ph.owner_span, changing=False,
                         role="before" if before else "",
                         subject_end=m.start("v"))
        return _made(text, lo, start, ph.noun, ph.modifier, ph.owner, ph.owner_span, changing=verb not in r.valuation,
                     changed=verb not in r.valuation,
                     role="before" if before else "", subject_end=m.start("v"), phrase=ph)
    if tail.ends(r.state_ends) and (m := r.state.search(text, wlo, bare)) is not None:
        ph = _phrase(text, wlo, m.start(), cut=True)
        if ph is None or _AFTER_LEVEL.match(text, end, hi):
            return None  # "the fire was 40 per cent contained", "was 5% higher": no level of the subject
        return _made(text, lo, start, ph.noun, ph.modifier, ph.owner, ph.owner_span, changing=True, phrase=ph)
    if tail.ends(_OF) and (m := r.of.search(text, wlo, bare)) is not None:
        ph = _phrase(text, wlo, m.end("np") - 1 if text[m.end("np") - 1].isspace() else m.end("np"))
        if ph is None:
            return None
        return _made(text, lo, start, ph.noun, ph.modifier, ph.owner, ph.owner_span, changing=False, phrase=ph)
    if dimension == "percent" and re.search(r"(?<![\w-])(?:a|an|the|its|their|his|her)\s+$", text[wlo:start]):
        # "a 3.1% deficit", "a 9 per cent pay rise": the noun after a percentage is its attribute
        m = r.after.match(text, end, hi)
        if m is None:
            return None
        mod, word = m.group("mod"), m.group("n")
        if mod is not None and word in r.breaks:
            mod, word = None, mod  # "a 6 per cent increase for all grades"
        noun = lemma(word)
        noun = r.folded.get(noun, noun)
        if noun in r.vague or word in r.breaks or mod in r.breaks or _VERBISH.search(word):
            return None
        of = r.of_what.match(text, m.end(), hi)  # "a 26% rise in annual profits": the profits' rise, not the sales'
        owner = lemma(of.group("n")) if of is not None and of.group("n") not in r.breaks else None
        return _made(text, lo, start, noun, mod if mod and mod not in r.neutral else None, owner, None, changing=False)
    return None


def _aux_start(text: str, lo: int, pos: int, comma: bool = False) -> int:
    """Where the auxiliaries before a passive participle begin ("has been"): the subject ends
    there; with ``comma``, also an apposition's comma ("The yacht, worth")."""
    m = re.search(r"(?:\s+(?:has|have|had|will|would))?\s*$" if not comma else
                  r"(?:\s+(?:has|have|had|will|would|is|are|was|were|which\s+is|that\s+is))?\s*,?\s*$", text[lo:pos])
    return lo + m.start() if m is not None else pos


def _made(text: str, lo: int, start: int, noun: str, modifier: str | None, owner: str | None,
          owner_span: tuple[int, int] | None, changing: bool, changed: bool = False, role: str = "",
          subject_end: int | None = None, phrase: "_Phrase | None" = None) -> Attribute | None:
    if role not in {"before", "change"}:
        role = _role(text, lo, start, noun) or role
    if noun in _res().change_nouns and not (owner or modifier or role):
        return None  # "a rise of 0.4%": a change of nothing said, true of any story's figure
    return Attribute(noun=noun, role=role, modifier=modifier, owner=owner, owner_span=owner_span,
                     subject_end=subject_end, changing=changing, changed=changed,
                     phrase=(phrase.start, phrase.end) if phrase is not None else None)


# what may follow a bare number that is a value (no counted noun): punctuation or a preposition
_BARE_END = re.compile(r"\s*(?:[.,;:)–—-]|$|(?:in|for|on|at|over|from|to|with|by|against|and|after|before)\b)")
_POINTS = re.compile(r"[\d.,]*\d\s*(?:(?P<pp>percentage[\s-]points?|pct\.?\s+points?)|(?P<bp>basis[\s-]points?|bps?)|"
                     r"(?P<pt>points?))\b", re.IGNORECASE)


def points(text: str, num_start: int, hi: int) -> tuple[float, int, bool] | None:
    """A number of percentage points ("7.6 percentage points", "25 basis points" = 0.25):
    (the factor to percentage points, where its unit ends, whether the unit was a plain
    "points", which may be a score); None for any other number."""
    m = _POINTS.match(text, num_start, min(hi, num_start + 40))
    if m is None:
        return None
    return (0.01 if m.group("bp") else 1.0), m.end(), m.group("pt") is not None


_DIGITS = re.compile(r"(\d[\d,]*)(?:\.(\d+))?")


def written_precision(written: str, value: float) -> float:
    """Half the last digit written, in the value's units: "$1.9 billion" may be 1.85..1.95
    billion, "4.1%" 4.05..4.15; 0.0 for a number written in words."""
    m = _DIGITS.search(written)
    if m is None:
        return 0.0
    try:
        shown = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
    except ValueError:
        return 0.0
    if shown == 0:
        return 0.0
    scale = value / shown
    if scale < 1.5:
        return 0.0  # no scale word: "4%", "$369.67" are written to the digit, not rounded
    decimals = len(m.group(2) or "")
    return 0.5 * (10 ** -decimals) * scale


__all__ = ["Attribute", "PREFIX", "points", "read", "table", "written_precision"]
