"""Measures of a thing, where the scope rules key nothing: a length, a power or a running time
tied to the attribute it measures by the shape around it.

The attribute comes from the typed parts next to the number, never from a story's phrases:

- a word after the measure that names it: "9 km high", "3 km into the sky", "19 km above the
  vent", "250 m below the surface" (``attr:height``, ``attr:depth``), the thing before it
  (the subject of its verb, or its object: "sent smoke 2 km into the sky") its owner;
- a noun before "of": an attribute noun ("a depth of 2,412 metres": ``attr:depth``) or a thing
  ("the safety zone of 3 kilometres": ``of:zone``, its size);
- an attribute noun before a colon or a copula ("Track length: 9 miles", "its depth is 40 m");
- a verb of measuring before it ("drilled 2,400 metres": a depth; "stayed on the ground for
  12 miles": the path covered; "the tunnel runs 38 km", "the opera, which runs 95 minutes":
  the subject's own size, ``of:tunnel``);
- "set/put <thing> at N": the thing's size ("set the cordon at 400 metres");
- a compound: "a 3 km safety zone", "a 1,200 MW plant" (``of:zone``, ``of:plant``);
- a power "of" an attribute noun: "1,200 MW of load", "2.1 gigawatts of demand" (``attr:load``);
- a time taken off a mark: "took 12 seconds off the previous record" (``attr:margin``);
- the time someone is given to act: "was given 48 hours to move out", "has ten days to appeal"
  (``attr:deadline``, the act its modifier, so a time to appeal is no time to pay).

``of:<noun>`` is the key the scope rules give a premodified length ("the 38-km tunnel") and the
slots a compound duration ("the 95-minute opera"), so the readings meet. A change, a plan, an
earlier figure or a past year written before the measure in its clause makes no claim ("widened
the zone to 5 km", "will drill 3,000 metres"); a fixed fact otherwise; two values of one key in
one article are two things, neither kept; the quantity rule compares the rest (an "about"
reading is a variant, two figures beyond it a conflict; owners that share no word are two
things). A zone or a cordon is drawn and redrawn, several to a story: none. Knowledge in ``resources/quantities/measures.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..models import Quantity, Source, Span, Timex
from ..segment import Cue
from ..resources import load_resource
from ..words import alternation, first_word
from .beside import one_value_per_key, read_elsewhere, sentences_with_skips
from .find import Raw, find
from .held import lemma
from .scope import key
from .tables import tables

ATTRIBUTE, THING = "attr:", "of:"
_OWN = "own"  # a verb of the subject's own size ("the tunnel runs 38 km")
_BACK = 100  # characters before a measure in which its phrase is read


class MeasureExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    head: str | None  # None: no measure is read
    value: float = 0.0  # in the base unit: metres, days, megawatts
    owner: str | None = None
    modifier: str | None = None


class MeasureTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    power_units: dict[str, float] = Field(min_length=1)
    attribute_nouns: dict[str, str] = Field(min_length=1)
    after: dict[str, str] = Field(min_length=1)
    verbs: dict[str, str] = Field(min_length=1)
    setting_verbs: list[str] = Field(min_length=1)
    thing_stop: list[str]
    change_cues: list[str]
    linking_verbs: list[str]
    granting_verbs: list[str]
    place_bound: list[str]
    set_and_reset: list[str]
    plain_adjectives: list[str]
    margin_words: list[str]
    examples: list[MeasureExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> MeasureTable:
    return load_resource("quantities/measures.yaml", MeasureTable)


@dataclass(frozen=True)
class _Res:
    gate: re.Pattern[str]
    place_bound: re.Pattern[str]
    power: re.Pattern[str]
    after: re.Pattern[str]
    verb: re.Pattern[str]
    margin: re.Pattern[str]
    deadline: re.Pattern[str]
    granting: frozenset[str]
    of_noun: re.Pattern[str]
    stop: frozenset[str]
    cues: frozenset[str]
    setting: frozenset[str]
    linking: frozenset[str]
    dets: frozenset[str]
    preps: frozenset[str]


_DETS = ["a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those"]
_PREPS = ["of", "in", "on", "at", "around", "from", "to", "for", "with", "by", "near", "under", "over", "across",
          "along", "into", "between", "through", "off", "up", "and", "or", "but", "was", "is", "were", "are",
          "had", "has", "have", "will", "would", "which", "that", "who", "as", "than", "beneath", "below",
          "above", "inside", "outside", "within", "beyond", "after", "before", "since", "until", "during"]


@lru_cache(maxsize=1)
def _res() -> _Res:
    t = table()
    length = [w for ws in tables().units["length"].values() for w in ws]
    duration = [w for u in ("second", "minute", "hour") for w in tables().units["duration"][u]]
    verbs = alternation(t.verbs, any_space=True)
    return _Res(
        # a sentence with no unit of length or power, and no running time or time taken off, is
        # not given to the number finder
        gate=re.compile(rf"(?i)\d[\d,.]*\s*-?\s*(?:{alternation(length + list(t.power_units))})\b"
                        rf"|\b(?:runs|ran)\s+\S+\s+(?:{alternation(duration)})\b"
                        rf"|\b(?:{alternation(duration)})\s+(?:off|from)\b"
                        r"|\b(?:hours?|days?|weeks?|months?)\s+to\s+[a-z]"),
        place_bound=re.compile(rf"(?i)(?<![\w-])(?:{alternation(t.place_bound)})(?![\w-])"),
        power=re.compile(rf"\s*-?\s*(?P<u>{alternation(t.power_units)})(?![A-Za-z])"),
        after=re.compile(rf"\s+(?P<w>{alternation(t.after, any_space=True)})(?![\w-])", re.IGNORECASE),
        verb=re.compile(rf"(?<![\w-])(?P<v>{verbs})\s+(?:(?:for|to|some)\s+)?$", re.IGNORECASE),
        margin=re.compile(rf"\s+(?:off|from)\s+(?:the|his|her|its|their)\s+(?:(?:{alternation(t.margin_words)})\s+)+"
                          r"(?P<n>[a-z]{3,})\b", re.IGNORECASE),
        deadline=re.compile(r"\s+to\s+(?P<v>[a-z]{3,})\b"),
        granting=frozenset(t.granting_verbs),
        of_noun=re.compile(r"\s+of\s+(?P<n>[a-z]{3,})\b"),
        stop=frozenset(t.thing_stop), cues=frozenset(t.change_cues), setting=frozenset(t.setting_verbs),
        linking=frozenset(t.linking_verbs),
        dets=frozenset(_DETS), preps=frozenset(_PREPS),
    )


_TOKEN = re.compile(r"[A-Za-z][A-Za-z’'-]*|\d[\d,.]*|[^\sA-Za-z\d]")
_BREAKS = frozenset(";()—–\"“”")
_YEAR = re.compile(r"^(?:19|20)\d\d$")


@dataclass(frozen=True)
class Measure:
    head: str
    dimension: str
    start: int
    end: int
    value: float
    lo: float
    hi: float
    relation: str
    unit: str
    precision: float
    owner: str | None = None
    modifier: str | None = None


def _tokens(text: str, s: int, lo: int, pos: int) -> list[tuple[str, int]]:
    """The tokens of ``text[lo:pos]`` after the last hard break (a semicolon, a bracket, a
    dash, a quote), with their starts; the sentence's first word (at ``s``) in lower case."""
    toks = [(m.group().lower() if _opens(text, s, m.start()) else m.group(), m.start())
            for m in _TOKEN.finditer(text, lo, pos)]
    for i in range(len(toks) - 1, -1, -1):
        if toks[i][0] in _BREAKS:
            return toks[i + 1:]
    return toks


def _opens(text: str, s: int, at: int) -> bool:
    """Whether a word at ``at`` opens its sentence, a line or a list item ("- Path length: ...")."""
    before = text[max(s, at - 4):at].rstrip(" \t\"“-*•")  # a list's bullet: "- Path length: 23.4 miles"
    return at == s or not before or before.endswith(("\n", ".", "!", "?"))


def _nounish(w: str) -> bool:
    r = _res()
    low = w.lower()
    return (w.isalpha() and w.islower() and len(w) >= 3 and low not in r.dets and low not in r.preps
            and not low.endswith(("ed", "ing", "ly")) and low not in r.cues and low not in r.setting
            and low not in table().verbs and low not in r.linking)


def _np(toks: list[tuple[str, int]], end: int) -> list[str]:
    """The lower-case noun words (at most three) ending at token index ``end`` (exclusive)."""
    words: list[str] = []
    i = end - 1
    while i >= 0 and len(words) < 3 and _nounish(toks[i][0]):
        words.insert(0, toks[i][0])
        i -= 1
    return words


def _subject(toks: list[tuple[str, int]], end: int) -> list[str]:
    """The noun phrase before a verb at token index ``end``: the antecedent of a relative
    pronoun ("the opera, which runs"), else the words right before it."""
    i = end
    if i > 0 and toks[i - 1][0].lower() in {"which", "that"}:
        i -= 1
        if i > 0 and toks[i - 1][0] == ",":
            i -= 1
    while i > 0 and toks[i - 1][0].lower() in {"is", "was", "are", "were", "has", "had", "have", "also", "now"}:
        i -= 1
    return _np(toks, i) if i < end else _np(toks, end)


def _attribute(words: list[str]) -> str | None:
    nouns = table().attribute_nouns
    low = [w.lower() for w in words]
    if len(low) >= 2 and (a := nouns.get(" ".join(low[-2:]))):
        return a
    return nouns.get(lemma(low[-1])) if low else None


def _thing(words: list[str]) -> tuple[str, str | None] | None:
    """(head noun's lemma, modifier) of a thing's noun phrase; None for a word that names no thing."""
    if not words:
        return None
    head = lemma(words[-1]) if not words[-1].endswith(("ss", "us", "is")) else words[-1]
    if head in _res().stop or words[-1].lower() in _res().stop:
        return None
    mod = words[-2].lower() if len(words) >= 2 and words[-2].lower() not in _res().stop \
        and words[-2].lower() not in table().plain_adjectives else None
    return head, mod


def _owner(toks: list[tuple[str, int]]) -> str | None:
    """The thing a measure named by the word after it is of: the noun phrase right before it
    ("sent smoke 2 km": smoke; "put the column at 19 km": column), else the subject of the verb
    before it ("the column was 9 km high", "the plume rose 3 km")."""
    i = len(toks)
    if i and toks[i - 1][0].lower() in {"to", "at", "some"}:
        i -= 1
    words = _np(toks, i)
    if words:
        return " ".join(w.lower() for w in words)
    if i and toks[i - 1][0].isalpha():
        words = _subject(toks, i - 1)
    return " ".join(w.lower() for w in words) if words else None


_WRITTEN = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def about(written: str, value: float, lo: float, hi: float) -> tuple[float, float]:
    """"about 2,400 metres", "some 9,850 megawatts": an approximator is as loose as the figure's
    last written digit allows, at least 2.5%, never looser than the finder's 10% ("about 9 km"
    may be 8 or 10, "some 9,850" is not 8,950)."""
    m = _WRITTEN.search(written)
    if m is None:
        return lo, hi
    digits = m.group().replace(",", "")
    try:
        shown = float(digits)
    except ValueError:
        return lo, hi
    if shown <= 0:
        return lo, hi
    place = 10.0 ** -len(m.group(1)) if m.group(1) else 10.0 ** (len(digits) - len(digits.rstrip("0")))
    width = min(value - lo, max(0.025 * value, place * value / shown))
    return value - width, value + width


def _read_one(text: str, s: int, e: int, n: Raw) -> Measure | None:
    r = _res()
    t = table()
    dim, end, value, lo, hi, unit, prec = n.dimension, n.end, n.value, n.lo, n.hi, n.unit, n.precision
    if "range-end" in n.flags or "range" in n.flags:
        return None
    if dim == "count" and re.match(r"[\d.,]+$", text[n.num_start:n.end].strip()):
        p = r.power.match(text, n.end, e)
        if p is None:
            return None
        dim, end, unit = "power", p.end(), p.group("u")
        factor = t.power_units[unit]
        value, lo, hi, prec = value * factor, lo * factor, hi * factor, 0.0
    elif dim == "count" and n.head in _unit_lemmas():
        m = re.search(r"[A-Za-z]+$", text[n.num_start:n.end])
        written = m.group() if m else ""
        if written not in t.power_units:
            return None
        factor = t.power_units[written]
        dim, unit, value, lo, hi, prec = "power", written, value * factor, lo * factor, hi * factor, 0.0
    elif dim not in {"length", "duration"}:
        return None
    toks = _tokens(text, s, max(s, n.start - _BACK), n.start)
    clause = toks
    for i in range(len(clause) - 1, -1, -1):
        if clause[i][0] == "," and not (i + 1 < len(clause) and clause[i + 1][0].lower() in {"which", "that"}):
            clause = clause[i + 1:]
            break
    low = [w.lower() for w, _ in clause]
    if any(w in r.cues or _YEAR.match(w) for w in low):
        return None  # "widened the zone to 5 km", "will drill", "the old mark", "in 2019 a 3 km zone"

    if n.relation == "approx" and lo < value < hi:
        lo, hi = about(text[n.num_start:end], value, lo, hi)

    def made(head: str, owner: str | None = None, modifier: str | None = None) -> Measure:
        return Measure(head, dim, n.start, end, value, lo, hi, n.relation, unit, prec, owner, modifier)

    if dim == "duration":
        if (m := r.margin.match(text, end, e)) is not None and n.unit in {"second", "minute", "hour"}:
            return made(ATTRIBUTE + "margin")  # "took 12 seconds off the previous record"
        if low and low[-1] in r.granting and n.unit in {"hour", "day", "week", "month"} \
                and (d := r.deadline.match(text, end, e)) is not None and d.group("v") not in {"the", "a", "an", "be"}:
            return made(ATTRIBUTE + "deadline", modifier=d.group("v"))  # "was given 72 hours to leave"
        if low and low[-1] in {"runs", "ran"}:
            thing = _thing(_subject(clause, len(clause) - 1))
            return made(THING + thing[0]) if thing else None  # "the opera, which runs 95 minutes"
        return None
    # a word after it names the measure: "9 km high", "3 km into the sky", "250 m below"
    if (a := r.after.match(text, end, e)) is not None:
        return made(ATTRIBUTE + t.after[a.group("w").lower()], _owner(clause))
    if dim == "power" and (m := r.of_noun.match(text, end, e)) is not None:
        attr = t.attribute_nouns.get(m.group("n"))  # "1,200 MW of load"
        return made(ATTRIBUTE + attr) if attr else None
    if low and low[-1] == "of":  # "a depth of 2,412 metres", "the safety zone of 3 kilometres"
        words = _np(clause, len(clause) - 1)
        if (attr := _attribute(words)) is not None:
            return made(ATTRIBUTE + attr)
        thing = _thing(words)
        return made(THING + thing[0], modifier=thing[1]) if thing else None
    if low and (low[-1] in {":", "is", "was"}):  # "Track length: 9 miles", "its depth is 40 m"
        words = _np(clause, len(clause) - 1)
        attr = _attribute(words) if words else None
        return made(ATTRIBUTE + attr) if attr else None
    tail = text[clause[0][1] if clause else n.start:n.start]
    if (v := r.verb.search(tail)) is not None:
        attr = t.verbs[" ".join(v.group("v").lower().split())]
        k = next((i for i, (_, at) in enumerate(clause) if at >= clause[0][1] + v.start()), len(clause))
        subject = _subject(clause, k)
        if attr == _OWN:  # "the tunnel runs 38 km"
            thing = _thing(subject)
            return made(THING + thing[0], modifier=thing[1]) if thing else None
        return made(ATTRIBUTE + attr)  # "drilled 2,400 metres": what was drilled is not written
    if low and low[-1] == "at" and (words := _np(clause, len(clause) - 1)):
        j = len(clause) - 1 - len(words)
        j -= 1 if j > 0 and low[j - 1] in r.dets else 0
        if j > 0 and low[j - 1] in r.setting:  # "set the cordon at 400 metres"
            thing = _thing(words)
            return made(THING + thing[0], modifier=thing[1]) if thing else None
    if (low and low[-1] in r.dets) or "-" in text[n.num_start:end]:
        m = re.match(r"\s+([a-z]{3,})(?:\s+([a-z]{3,}))?(?=[\s.,;:]|$)", text[end:e])
        if m is None:
            return None  # "a 3 km safety zone", "a 1,200 MW plant"
        words = [w for w in m.groups() if w]
        while words and not _nounish(words[-1]):
            words.pop()
        if len(words) == 2 and not _nounish(words[0]):
            words = words[1:]
        thing = _thing(words)
        return made(THING + thing[0], modifier=thing[1]) if thing else None
    return None


def counts_a_unit(q: Quantity) -> bool:
    """A count whose noun is a unit of power ("2,100 megawatts of demand were lost"): a
    measure, read here, never a count of megawatts."""
    return q.dimension == "count" and q.head.split(":")[0] in _unit_lemmas()


@lru_cache(maxsize=1)
def _unit_lemmas() -> frozenset[str]:
    return frozenset(lemma(u) for u in table().power_units if u.islower())


def read(text: str, s: int, e: int, skip: list[tuple[int, int]]) -> list[Measure]:
    """Each measure of a thing the sentence [s, e) ties to an attribute by its shape."""
    r = _res()
    if r.gate.search(text, s, e) is None or r.place_bound.search(text, s, e) is not None:
        return []  # no measure, or one taken again at each place or shock (the scope rules' with its place)
    reset = _reset()
    return [m for n in find(text, s, e, skip) if (m := _read_one(text, s, e, n)) is not None
            and m.head.removeprefix(THING) not in reset and m.modifier not in reset]  # "a 5 km exclusion zone": redrawn


@lru_cache(maxsize=1)
def _reset() -> frozenset[str]:
    return frozenset(table().set_and_reset)


@lru_cache(maxsize=1)
def cue() -> Cue:
    """What ``read``'s gate needs: a digit, or a word of its other branches (a running time,
    time taken off, a time to act), whole or a piece of a joined word ("hours-long")."""
    duration = [w for u in ("second", "minute", "hour") for w in tables().units["duration"][u]]
    words = {first_word(w) for w in duration} | {"runs", "ran", "hour", "hours", "day", "days", "week", "weeks",
                                                  "month", "months"}
    return Cue(words=frozenset(words), number=True, parts=True)


def measure_quantities(source: Source, timexes: list[Timex], read_spans: list[tuple[int, int]],
                       sentences: list[tuple[int, Span]] | None = None) -> list[tuple[int, Quantity]]:
    """Each measure of a thing in a source that the scope rules leave unkeyed, with the index
    of its sentence; a key the source gives two values is left out (two things). ``sentences``:
    those to read (by default every one, each told by ``read``'s own gate)."""
    text = source.text
    spans = sorted(read_spans)
    found: list[tuple[int, Quantity]] = []
    for i, s, e, skip in sentences_with_skips(source, timexes, sentences):
        for m in read(text, s, e, skip):
            if read_elsewhere(spans, m.start, m.end):
                continue
            found.append((i, Quantity(span=(m.start, m.end), text=text[m.start:m.end], value=m.value, lo=m.lo,
                                      hi=m.hi, relation=m.relation, dimension=m.dimension, unit=m.unit,
                                      precision=m.precision, head=m.head, owner=m.owner, modifier=m.modifier)))
    return one_value_per_key(found, lambda q: (key(q), q.modifier))  # modifiers that differ are never compared


__all__ = ["Measure", "about", "counts_a_unit", "measure_quantities", "read", "table"]
