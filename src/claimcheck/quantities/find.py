"""Quantities in a sentence: a number, its approximator, its unit and what it counts.

One pass of the number pattern over the sentence; each number's unit is read from the few
characters after it ("-year-old", "%", " feet", "-magnitude", " passengers"), its
approximator from the few before it. What a bare count counts (its head) is the noun after
it, a class named by a following verb ("48 people were killed": dead) or, after "rose to"
or "stood at", the class named earlier in its clause ("the death toll rose to 126")."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..words import Words, alternation, shared
from . import multiples
from .held import irregular_singular, lemma, stem
from .numbers import approximator_before, currency_of, interval, number_re, value_of
from .rates import per_after, per_before
from .slots import compound_unit
from .rates import table as rate_table
from .tables import head_index, tables, unit_index

_AGE = re.compile(r"^(?:-|\s)years?(?:-|\s)old\b", re.IGNORECASE)
_PCT = re.compile(r"^\s?(?:%|per\s?cent\b|percent\b|pct\b)", re.IGNORECASE)
_UNIT = re.compile(r"^(?:-|\s)?(?P<u>[a-z]+)\b", re.IGNORECASE)
_COMPOUND_M = re.compile(r"^m(?P<cm>\d{1,2})\s?cm\b", re.IGNORECASE)  # "1m20cm"
# "Mw", "Mww", "mb" are magnitude scales only as seismologists write them: "MW", "GW" are megawatts
_MAG_AFTER = re.compile(r"^(?:-magnitude\b|\s+magnitude\b|\s+on the richter scale\b|\s+(?-i:Mw[a-z]?|mb)\b)", re.IGNORECASE)
_MAG_MAX = 10.0  # no earthquake reaches magnitude 10: a larger figure there is of something else
_MAG_BEFORE = re.compile(r"\bmagnitude(?:\s+of|-|\s+)\s*$|\bmeasuring\s+$", re.IGNORECASE)
_ON_SCALE = re.compile(r"^\s+on\s+(?P<name>(?:[\w’'-]+\s+){1,4}?)scale\b", re.IGNORECASE)


class _OtherScale:
    """"7 on the Japanese scale": an intensity, not a magnitude (the Richter scale is one)."""

    @staticmethod
    def match(after: str) -> re.Match[str] | None:
        m = _ON_SCALE.match(after)
        return m if m is not None and "richter" not in m.group("name").lower() else None


_OTHER_SCALE = _OtherScale()
# "reached 5, the highest point of the regional hazard scale": a level named by its scale in apposition
_SCALE_APPOS = re.compile(r"^,\s+the\s+(?:top|highest|maximum|peak|strongest)\s+(?:level|point|reading|grade|value)\s+"
                          r"(?:on|of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,4}?scale\b", re.IGNORECASE)
# "the shaking's intensity in Lorca to 6", "an intensity of 5": a level named by the word intensity before it
_INTENSITY_BEFORE = re.compile(r"\bintensity(?:\s+(?:in|at)\s+[A-Z][\w-]+(?:\s[A-Z][\w-]+)*)?\s+(?:of|to|at|was|reached|"
                               r"registered)\s+(?:(?:upper|lower)\s+)?$", re.IGNORECASE)
# "it registered lower 5": a level split into halves, read only after a verb of measuring
_LEVEL_BEFORE = re.compile(r"\b(?:registered|reached|recorded|measured|observed|of|to)\s+(?P<lv>upper|lower)\s+$",
                           re.IGNORECASE)
_LEVEL_STEP = {"lower": 0.2, "upper": 0.6}  # lower N < upper N < N + 1, and both above a bare N
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?:upper|lower)\s+)?$", re.IGNORECASE)  # "revised to 6 from lower 5": the former value
_SCALE_SIZE = re.compile(r"\bscale\s+of\s+$|\bscale\s+(?:that\s+)?(?:runs|goes|running|going)\s+from\s+\w+\s+to\s+$",
                         re.IGNORECASE)


def _intensity(text: str, start: int, ns: int, ne: int, end: int) -> tuple[int, float, int] | None:
    """A level on an intensity scale (not a magnitude): (end of its quote, the step a written
    upper/lower half adds, where its quote starts); None when the number is no intensity."""
    after = text[ne:min(end, ne + 80)]
    lo = max(start, ns - 60)
    # the words the two patterns before the number need, looked for first in an ASCII window
    # (where their case-blindness is lower-casing): most numbers have neither
    window = text[lo:ns]
    plain = window.isascii()
    low = window.lower() if plain else ""
    level = _LEVEL_BEFORE.search(text, lo, ns) if not plain or low.rstrip().endswith(("upper", "lower")) else None
    step = _LEVEL_STEP[level.group("lv").lower()] if level else 0.0
    begin = level.start("lv") if level else ns
    if (o := _OTHER_SCALE.match(after[:40])) is not None:
        return ne + o.end(), step, begin
    if (a := _SCALE_APPOS.match(after)) is not None:
        return ne + a.end(), step, begin
    if ((not plain or "intensity" in low) and _INTENSITY_BEFORE.search(text, lo, ns)) or level is not None:
        return ne, step, begin
    return None
# the literal "M" first, its look-behind after it: the scan skips to each "M" instead of testing every position
_M_CLASS = re.compile(r"M(?<!\wM)(?P<v>\d(?:\.\d)?)\b")
_STRONG = re.compile(r"^-strong\b", re.IGNORECASE)
_OR_MORE = re.compile(r"^\s*(?:or more|or higher|or above|or over)\b", re.IGNORECASE)
_OF_WHOLE = re.compile(r"^\s+of\s+(?:the\s+|its\s+|their\s+|[\w’']+['’]s\s+)?$", re.IGNORECASE)
# "Four of the victims", "two of its engines", "three of his former aides" (a number after "of"
# is a whole of its own, read by _join)
# "two of the company's engineers": an owner's possessive after the determiner is no counted noun;
# before a number ("14 of the country's 16 regions") the part is no reading of its own here
_PARTITIVE = re.compile(r"\s+of\s+(?:the|its|his|her|their|these|those|our|your)\s+"
                        r"(?![\w-]+['’]s?\s+\d)(?:[\w-]+['’]s?\s+)?(?=[a-z])")
_RANGE = re.compile(r"^\s*(?:to|-|–|and)\s*$", re.IGNORECASE)
_LEAD_VERB = re.compile(
    r"\b(?:rose|risen|rising|climbed|increased|jumped|stood|stands|fell|dropped|reached|hit|totalled|totaled|"
    r"number|numbered|to|at|was|is|now)\s+$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_CHANGE_BEFORE = re.compile(r"\b(?:a (?:net )?(?:loss|gain|fall|rise|drop|increase) of|down by|up by|losing|gaining)\s+$",
                            re.IGNORECASE)
_TALLY = re.compile(r"\b(?:voted|vote of|by|margin of|passed)\s+$", re.IGNORECASE)
_VAGUE_BEFORE = re.compile(r"\b(?:several|few|many|some|multiple)\s+$", re.IGNORECASE)
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_CURRENCY_WORD = re.compile(r"^\s(?P<w>[A-Za-z]+)\b")


@dataclass
class Raw:
    start: int  # where its text begins (the approximator, if any)
    end: int
    num_start: int
    value: float
    relation: str
    lo: float
    hi: float
    dimension: str = "count"
    unit: str = ""
    head: str = ""
    whole: float | None = None
    capitalised: bool = False
    precision: float = 0.0  # half the last written digit, in base units (for unit conversions)
    flags: set[str] = field(default_factory=set)
    per: str = ""  # a figure for one unit of something ("$38 a share"): the unit (quantities/rates.py)
    owner: str | None = None  # the company written with a share ("for each Corvex share")
    noun_end: int | None = None  # a part's noun phrase ends here ("Four of the victims"): what restricts it follows


@lru_cache(maxsize=1)
def _frame_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A body of the counted before the number ("a party of 11 climbers") and a size word
    after it ("the 21-member crew", "a nine-person panel"): the number is that body's size."""
    t = tables()
    # an owner's possessive is a determiner too ("the airline's entire fleet of", "Acme's crew of")
    body = re.compile(rf"(?<![\w-])(?:a|an|the|its|their|his|her|our|whose|this|that|[A-Za-z][\w-]*['’]s?)\s+(?:[a-z-]+\s+)?"
                      rf"(?P<c>{alternation(t.collective_nouns)})\s+of\s+$", re.IGNORECASE)
    size = re.compile(rf"^-(?:{alternation(t.member_words)})\s+(?P<c>[a-z]{{3,}})\b(?!-)")
    return body, size


@lru_cache(maxsize=1)
def _sized_res() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """A body as the subject of a verb that gives its size ("the fleet at the time comprised 27
    aircraft"): the verbs' last words (a cheap test of the words before the number) and the pattern."""
    t = tables()
    verbs = tuple(sorted({v.split()[-1].lower() for v in t.size_verbs}))
    sized = re.compile(rf"(?<![\w-])(?:(?i:the|its|their|his|her|our|this|that)|[A-Za-z][\w-]*['’]s?)\s+(?:[a-z-]+\s+)?"
                       rf"(?P<c>{alternation(t.collective_nouns)})\b[^,;:.()]{{0,40}}?\s+"
                       rf"(?:{alternation(t.size_verbs)})\s+$")
    return verbs, sized


def _sized_body(text: str, start: int, qs: int) -> re.Match[str] | None:
    """"The fleet comprised 27 aircraft": the body whose size the number after its verb is."""
    verbs, sized = _sized_res()
    before = text[max(start, qs - 16):qs].rstrip().lower()
    if not before.endswith(verbs):
        return None
    return sized.search(text, max(start, qs - 100), qs)


@lru_cache(maxsize=1)
def _head_phrases() -> list[tuple[tuple[str, ...], str]]:
    out = [(tuple(p.split()), cls) for p, cls in head_index().items()]
    return sorted(out, key=lambda p: -len(p[0]))


@lru_cache(maxsize=1)
def _measure_only() -> frozenset[str]:
    """Classes a measure takes from its clause (a loss, a stake): never what a bare count counts."""
    return frozenset(c for cs in tables().measure_heads.values() for c in cs) - set(tables().cumulative)


@lru_cache(maxsize=1)
def _phrases_by_first() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Count heads by their first word, longest first (measure-only classes left out)."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, cls in _head_phrases():
        if cls not in _measure_only():
            out.setdefault(phrase[0], []).append((phrase, cls))
    return out


@lru_cache(maxsize=1)
def _count_heads() -> dict[str, str]:
    return {w: c for w, c in head_index().items() if c not in _measure_only()}


def _match_head(words: list[str], at: int) -> tuple[str, int] | None:
    if at >= len(words):
        return None
    for phrase, cls in _phrases_by_first().get(words[at], ()):
        if tuple(words[at:at + len(phrase)]) == phrase:
            return cls, at + len(phrase)
    return None


_PHRASE_BREAK = re.compile(r"[,;:.()\d]")


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    return frozenset(tables().people_nouns)


def _head_after(text: str, pos: int, stop: int) -> tuple[str, int]:
    """What a bare count counts, from the words after it: (head, end) or ("", pos)."""
    found = []
    prev_end = pos
    for m in _WORD.finditer(text, pos, min(stop, pos + 60)):
        if found and _PHRASE_BREAK.search(text, prev_end, m.start()):
            break  # the words of another phrase
        found.append((m.group().lower(), m.start(), m.end()))
        prev_end = m.end()
        if len(found) == 6:
            break
    if not found or text[pos:found[0][1]].strip(" -") not in {""}:
        return "", pos
    words = [w for w, _, _ in found]
    people = _people_nouns()
    for skip in range(0, 3):
        if skip >= len(words):
            break
        if skip == 1 and words[0] == "other" and _plain_plural(words[1]) and words[1] not in people \
                and _match_head(words, 1) is None:
            return words[1][:-1], found[1][2]  # "moved to two other ships": the number has its own noun
        if skip and not text[found[skip - 1][1]].isupper():
            break  # only names may stand between a number and its noun ("18 EU members")
        w = words[skip]
        if w in people:
            for j in range(skip + 1, len(words)):
                if words[j] in _COORDINATORS:
                    break  # "infected 470 people and killed nine": the verb after "and" has its own object
                hit = _match_head(words, j)
                if hit is not None:
                    return hit[0], found[skip][2]
        hit = _match_head(words, skip)
        if hit is not None:
            cls, k = hit
            return _and_more(words, found, k, cls)
        if w in people:
            return "", pos
        if skip == 0 and (_plain_plural(w) or irregular_singular(w)):
            return _and_more(words, found, 1, lemma(w))  # "12 satellites", "three men", "40 schoolchildren"
        if skip == 0:
            adj = _after_adjectives(text, words, found)
            if adj is not None:
                return adj
    return "", pos


def _after_adjectives(text: str, words: list[str], found: list[tuple[str, int, int]]) -> tuple[str, int] | None:
    """"seven small satellites": one or two lower-case adjectives before a plural noun no
    class names. An adjective may restrict the noun ("two spare satellites" of seven), so it
    stays in the head ("small satellite"); a class noun with adjectives ("15 suspected
    deaths") is left without a head, as before."""
    stop = _adjective_stop()
    for j in (1, 2):
        if j >= len(words):
            return None
        prev = words[j - 1]
        if prev in stop or prev in _STOP or not text[found[j - 1][1]].islower() or not prev.replace("-", "", 1).isalpha():
            return None
        w = words[j]
        if _match_head(words, j) is not None or w in stop:
            return None
        if (len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in _STOP) or irregular_singular(w):
            return " ".join(words[:j] + [lemma(w)]), found[j][2]
    return None


@lru_cache(maxsize=1)
def _adjective_stop() -> frozenset[str]:
    return frozenset(tables().count_adjective_stop) | _number_word_set() | frozenset(head_index())


def _and_more(words: list[str], found: list[tuple[str, int, int]], k: int, head: str) -> tuple[str, int]:
    """"379 passengers and crew", "eleven miners and a foreman": another scope than the first noun alone."""
    if k < len(words) and words[k] == "and":
        j = k + 1 + (1 if k + 1 < len(words) and words[k + 1] in {"a", "an", "the", "their", "its"} else 0)
        if j < len(words) and words[j] not in _STOP and words[j].isalpha() and not _VERB_FORM.match(words[j]) \
                and words[j] not in _number_word_set() and words[j] not in _NOT_NOUN \
                and words[j] not in tables().participles \
                and words[j] not in _not_second_noun():  # "injured three workers and left two missing": a verb
            other = words[j][:-1] if words[j].endswith("s") and not words[j].endswith("ss") else words[j]
            return f"{head}+{head_index().get(words[j], other)}", found[j][2]
    return head, found[k - 1][2]


@lru_cache(maxsize=1)
def _not_second_noun() -> frozenset[str]:
    """Words after "and" that start another phrase, not a second noun the number counts: an
    auxiliary of the clause's next verb ("employs 1,480 staff and will stop") or a quantifier
    with a noun of its own ("nine homes and several farm buildings": nine homes)."""
    t = tables()
    return frozenset(t.auxiliaries) | frozenset(t.count_adjective_stop) | _QUANTIFIERS


_QUANTIFIERS = frozenset("several many some few most all both each every numerous various dozens hundreds "
                         "thousands scores".split())


def _plain_plural(w: str) -> bool:
    return len(w) > 3 and w.endswith("s") and not w.endswith("ss") and w not in _STOP


_COORDINATORS = frozenset("and but while whereas".split())
_PEOPLE_AFTER = re.compile(r"\s+(?P<n>[A-Za-z]+)\b(?![-'’])")
_ANYONE = frozenset("people persons others individuals".split())  # "a group of 14 people": the group's size
_VERB_FORM = re.compile(r"^[a-z]{3,}(?:ed|ing)$")
_STOP = frozenset("years months days hours minutes weeks times was has his its this is as".split())
# "176 passengers and seven crew", "12 passengers and that ...": a number or a pronoun after
# "and" starts another phrase, not a second noun of this count
_NOT_NOUN = frozenset("that which who whom whose those these they them it he she we you there then about around some "
                      "nearly almost over more up roughly approximately".split())


def _head_before(text: str, clause_start: int, num_start: int) -> str:
    """"the death toll rose to 126": the class named earlier in the clause; "killed 12
    people": the class named by the verb right before."""
    prev = [m.group().lower() for m in _WORD.finditer(text, max(clause_start, num_start - 16), num_start)]
    index = _count_heads()
    if re.search(r"[,;:.]\s*$", text[max(clause_start, num_start - 3):num_start]):
        prev = []  # "five dead, 379 safe": the word before belongs to another phrase
    if prev and prev[-1] in index:
        return index[prev[-1]]
    if prev:
        near = [m.group().lower() for m in _WORD.finditer(text, max(clause_start, num_start - 40), num_start)]
        while near and near[-1] in _APPROX_WORDS:
            near.pop()  # "injuring at least 30 people"
        if near and near[-1].endswith("ing") and (cls := _toll_participles().get(stem(near[-1]))):
            return cls  # "..., killing 12 people": the toll, as "killed 12 people" says it
    if len(prev) > 1 and prev[-1] in {"by", "of"} and prev[-2] in index:
        return index[prev[-2]]  # "backed by 117 deputies", "a majority of 170"
    if not _LEAD_VERB.search(text, max(clause_start, num_start - 24), num_start):
        return ""
    words = [m.group().lower() for m in _WORD.finditer(text, clause_start, num_start)]
    best = ""
    for i in range(len(words)):
        hit = _match_head(words, i)
        if hit is not None:
            best = hit[0]
    return best


_APPROX_WORDS = frozenset("at least more than about around some nearly almost over up to roughly approximately "
                          "an estimated".split())
TOLL_CLASSES = frozenset({"dead", "injured", "missing", "evacuated"})  # counts of people a disaster befell


@lru_cache(maxsize=1)
def _toll_participles() -> dict[str, str]:
    """A toll class by the stem of its past participle ("killed", "injured", "displaced"), so
    the participle in -ing ("killing", "displacing") names it too."""
    return {stem(w): c for w, c in _count_heads().items() if c in TOLL_CLASSES and " " not in w and w.endswith("ed")}


_DIGIT = re.compile(r"\d")
_PIECE = re.compile(r"[-'’]")


@lru_cache(maxsize=1)
def _number_word_set() -> frozenset[str]:
    """A word every written number of the tables contains ("dozen" for "a dozen")."""
    return frozenset(phrase.lower().split()[-1] for phrase in tables().number_words)


class NumberGate:
    """Which sentences of a text may hold a number, from the text's words (``claimcheck.words``):
    most sentences hold none, and the number pattern is the dearest part of ``find``. Exact:
    a sentence it rules out is one ``find`` finds nothing in."""

    def __init__(self, text: str, words: Words) -> None:
        # word offsets are offsets into text.lower(): usable only if lowering kept every length
        self.text = text
        self.usable = len(text.lower()) == len(text)
        nums = _number_word_set()
        # a number word stands as a whole word or between hyphens and apostrophes ("top-ten");
        # each distinct word is asked once
        where = words.where()
        # the whole words the table holds, and the joined words holding one as a piece (a
        # word of the scan is not all letters exactly when it holds a hyphen or an apostrophe)
        hits = set(shared(where, nums))
        hits.update(w for w in words.joined() if any(p in nums for p in _PIECE.split(w)))
        self.starts = sorted(words.starts[i] for w in hits for i in where[w])

    def may_hold(self, start: int, end: int) -> bool:
        text = self.text
        if not self.usable or _DIGIT.search(text, start, end) is not None or not text[start:end].isascii():
            return True  # a digit; or letters that case-fold to ASCII ones ("ſix"): leave it to the pattern
        i = bisect.bisect_left(self.starts, start)
        return i < len(self.starts) and self.starts[i] < end


def find(text: str, start: int, end: int, skip: list[tuple[int, int]]) -> list[Raw]:
    """Every quantity in ``text[start:end]``, numbers inside ``skip`` spans (dates) left out."""
    out: list[Raw] = []
    units = unit_index()
    skip = sorted(skip)
    skip_starts = [a for a, _ in skip]
    for m in number_re().finditer(text, start, end):
        ns, ne = m.start("num"), m.end()
        if m.group("cur"):
            ns = m.start("cur")
        k = bisect.bisect_right(skip_starts, ns) - 1
        if k >= 0 and skip[k][0] <= ns < skip[k][1] or (k + 1 < len(skip) and skip[k + 1][0] < ne):
            continue  # a date or a time, not a quantity
        v = value_of(m)
        if v is None:
            continue
        raw_num = m.group("num")
        if _YEAR.match(raw_num) and not m.group("cur"):
            continue
        if raw_num.lower() == "dozen" and _VAGUE_BEFORE.search(text, max(start, ns - 12), ns):
            continue  # "several dozen", "a few dozen": no figure, as "several hundred" is none
        rel, qs = approximator_before(text, ns, start)
        after = text[ne:min(end, ne + 40)]
        r = Raw(start=qs, end=ne, num_start=ns, value=v, relation=rel, lo=v, hi=v,
                capitalised=raw_num[:1].isupper())
        if m.group("cur"):
            r.dimension, r.unit = "money", currency_of(m.group("cur"))
        elif (a := _AGE.match(after)) is not None:
            r.dimension, r.end = "age", ne + a.end()
        elif (p := _PCT.match(after)) is not None:
            r.dimension, r.unit, r.end = "percent", "%", ne + p.end()
        elif (cu := compound_unit(after)) is not None:
            # "108 km/h", "1.2 nanograms per millilitre": a measure in a ratio unit (quantities/slots.py)
            r.dimension, r.unit, r.end = cu[0], cu[1], ne + cu[3]
            r.value = v * cu[2]
            r.precision = _half_last_digit(m.group("num")) * cu[2]
        elif (lv := _intensity(text, start, ns, ne, end)) is not None:
            if _FROM.search(text, max(start, ns - 24), ns) or _SCALE_SIZE.search(text, max(start, ns - 24), ns):
                continue  # the value a revision replaced; the size of the scale itself
            r.dimension, r.end = "intensity", lv[0]  # "7 on the Japanese scale": a level, not a magnitude
            r.value, r.start = v + lv[1], min(r.start, lv[2])
        elif _SCALE_SIZE.search(text, max(start, ns - 40), ns):
            continue  # "a scale of 7", "a scale that goes from one to ten": the scale, not a reading
        elif v < _MAG_MAX and ((g := _MAG_AFTER.match(after)) is not None
                               or _MAG_BEFORE.search(text, max(start, ns - 24), ns)):
            r.dimension, r.unit = "magnitude", "M"
            if g is not None:
                r.end = ne + g.end()
        elif (c := _COMPOUND_M.match(after)) is not None:
            r.dimension, r.unit, r.value, r.end = "length", "cm", v + int(c.group("cm")) / 100, ne + c.end()
        elif (u := _UNIT.match(after)) is not None and u.group("u").lower() in units \
                and not (u.group("u").lower() == "second" and after[u.end():u.end() + 1] == "-"):
            # "two second-half goals": an ordinal, not a unit
            dim, unit = units[u.group("u").lower()]
            r.dimension, r.unit, r.end = dim, unit, ne + u.end()
            r.value = v * tables().factors[unit]
            r.precision = _half_last_digit(m.group("num")) * tables().factors[unit]
        elif (fm := _frame_res()[1].match(after)) is not None:
            r.head, r.end = lemma(fm.group("c").lower()), ne + fm.end()  # "the 21-member crew": the crew's size
            r.flags.add("frame")
        elif (te := multiples.times_after(text, ne, end)) is not None:
            r.end = te  # "was subscribed 38.6 times": how many times its verb was done (quantities/multiples.py)
            r.flags.add(multiples.FLAG)
        else:
            s = _STRONG.match(after)
            r.head, hend = _head_after(text, ne + (s.end() if s else 0), end)
            if r.head:
                r.end = hend
            elif v >= 2 and (part := _PARTITIVE.match(text, ne, end)) is not None:
                # "Four of the victims", "two of its engines": some of a noun, the number before "of"
                # ("one of the" is mostly a superlative's: "one of the largest")
                r.head, hend = _head_after(text, part.end(), end)
                if r.head:
                    r.end = r.noun_end = hend
                    r.flags.add("partitive")
            elif (cw := _CURRENCY_WORD.match(after)) is not None and cw.group("w").lower() in rate_table().currency_words:
                r.head, r.end = cw.group("w").lower(), ne + cw.end()  # "420 million yen": a singular currency word
            if (body := _frame_res()[0].search(text, max(start, qs - 40), qs) or _sized_body(text, start, qs)) is not None:
                # "a group of 14 climbers", "a crew of 21", "the fleet comprised 27 aircraft": the size
                # of a body of the counted; "a group of 21 senators": of senators, as "21 senators" is
                # a count of them, not of the group
                if not r.head and (people := _PEOPLE_AFTER.match(text, ne, end)) is not None \
                        and people.group("n").lower() in _people_nouns() and people.group("n").lower() not in _ANYONE:
                    r.head, r.end = lemma(people.group("n").lower()), people.end()
                r.head = r.head or lemma(body.group("c").lower())
                r.flags.add("frame")
        _per_unit(text, start, end, r)
        if r.dimension == "count" and r.head and not r.per:
            words = r.head.split()
            cur = currency_word(words[-1], r.value)
            minor = rate_table().minor_units.get(words[-1])
            if cur is not None:
                r.dimension, r.unit, r.head = "money", cur, ""  # "250,000 zlotys", "4 million euros": a sum
            elif minor is not None:  # "34 cents", "70 euro cents": a sum in the minor unit of a currency
                major = rate_table().currency_words.get(words[0]) if len(words) > 1 else None
                r.dimension, r.unit, r.head, r.value = "money", major or "", "", r.value * minor
        if _OR_MORE.match(text, r.end, end) and rel == "exact":
            r.relation = "at_least"
            r.end = _OR_MORE.match(text, r.end, end).end() + r.end - r.end  # type: ignore[union-attr]
        r.lo, r.hi = interval(r.value, r.relation, r.dimension == "percent")
        out.append(r)
    taken = {r.num_start for r in out}
    for m in _M_CLASS.finditer(text, start, end):  # "the M7 earthquake": a magnitude class
        if m.start() + 1 in taken or m.start() in taken:
            continue
        v = float(m.group("v"))
        whole = "." not in m.group("v")
        out.append(Raw(start=m.start(), end=m.end(), num_start=m.start(), value=v, relation="class" if whole else "exact",
                       lo=v, hi=v + 0.99 if whole else v, dimension="magnitude", unit="M"))
    out.sort(key=lambda r: r.start)
    _join(text, out)
    return out


def currency_word(word: str, value: float) -> str | None:
    """The currency a word after a number names ("pesos", "rand"); a word that is also a common
    noun ("three crowns" are titles) only for a sum no title count reaches."""
    t = rate_table()
    if word in t.noun_currency_words and value < t.noun_currency_floor:
        return None
    return t.currency_words.get(word)


def _per_unit(text: str, start: int, end: int, r: Raw) -> None:
    """"$38 a share", "2.40 euros per X share", "300,000 barrels a day", "each share at $36":
    the unit a sum or a count is stated for (a currency written as a word becomes a sum)."""
    if r.dimension == "count" and r.head:
        word = r.head.split()[-1]
        t = rate_table()
        cur, minor = currency_word(word, r.value), t.minor_units.get(word)
        p = per_after(text, r.end, end)
        if p is None:
            return
        if cur is not None or minor is not None:
            r.dimension, r.unit, r.head = "money", cur or "", ""
            r.value *= minor or 1.0
        r.per, r.owner, r.end = p.unit, p.owner, p.end
    elif r.dimension == "money":
        p = per_after(text, r.end, end)
        if p is not None:
            r.per, r.owner, r.end = p.unit, p.owner, p.end
        elif (b := per_before(text, start, r.start)) is not None:
            r.per, r.owner, r.start = b.unit, b.owner, b.start


def _half_last_digit(num: str) -> float:
    """"16.5" -> 0.05, "5" -> 0.5: how far a written figure may have been rounded."""
    digits = num.replace(",", "")
    if not digits[:1].isdigit():
        return 0.5
    return 0.5 * 10 ** -(len(digits.split(".")[1]) if "." in digits else 0)


def _join(text: str, found: list[Raw]) -> None:
    """"505 of 770 employees": the part takes the whole's head; "10 to 20 years": one range;
    "81 deaths in Brenmouth, 71 in Port Alder": a bare number in a list takes the head before it."""
    for a, b in zip(found, found[1:]):
        gap = text[a.end:b.start]
        if a.dimension == b.dimension == "duration" and "range-end" not in a.flags and _COMPOUND.match(gap) \
                and b.relation == "exact" \
                and a.unit != b.unit and _factor(a.unit) > _factor(b.unit):
            # "one minute and 22 seconds", "2 hours 15 minutes": one duration
            a.value += b.value
            a.lo, a.hi = interval(a.value, a.relation, False)
            a.end, a.precision = b.end, b.precision
            b.flags.add("range-end")
            continue
        if a.dimension == "count" and not a.head and _OF_WHOLE.match(gap) and b.dimension == "count":
            a.head, a.whole = b.head, b.value
            if b.head and a.value >= 2:
                # "Eight of the 40 passengers were injured": the verb after restricts the part, not
                # the whole ("X, one of 14 miners trapped": one of them, the verb the whole's)
                a.noun_end = b.end
                a.flags.add("partitive")
                b.flags.add("whole")
        elif a.dimension == "count" and not a.head and b.dimension != "count" and _RANGE.match(gap):
            a.dimension, a.unit, a.relation = b.dimension, b.unit, "range"
            if b.dimension in {"length", "duration"} and b.value and b.lo == b.hi:
                factor = b.value / _number_only(text, b)
                a.value *= factor
            a.lo, a.hi, a.end = a.value, b.hi, b.end
            b.flags.add("range-end")
        if a.dimension == b.dimension == "count" and not b.head and (
                (not a.head and re.match(r"^\s*[-–]\s*$", gap) and _TALLY.search(text, max(0, a.start - 12), a.start))
                or (a.head == "vote" and re.match(r"^\s+to\s+$", gap))):
            a.head, b.head = "votes-for", "votes-against"  # "voted 287-55", "by 188 votes to 6"
    last_head = ""
    for r in found:
        if r.dimension == "count" and r.head:
            last_head = r.head
        elif r.dimension == "count" and not r.head and last_head and (re.match(
                r"^\s+(?:in|at)\s+[A-Z]", text[r.end:r.end + 6]) or re.search(
                r"(?:^|[,:]\s|\band\s|\bat\s)[A-Z][\w-]+(?:\s[A-Z][\w-]+)*\s+(?:for\s+)?$", text[max(0, r.start - 40):r.start])):
            r.head = last_head  # "81 deaths in Brenmouth, 71 in Port Alder"; "at Greens 41, Liberals 12"
            r.flags.add("list")
        elif r.dimension == "count" and not r.head and last_head and _CHANGE_BEFORE.search(
                text, max(0, r.start - 16), r.start):
            r.head = last_head  # "131 seats, a loss of 234"


_COMPOUND = re.compile(r"^\s*(?:,\s*|and\s+)?$")


def _factor(unit: str) -> float:
    return tables().factors.get(unit, 0.0)


def _number_only(text: str, r: Raw) -> float:
    m = number_re().match(text, r.num_start)
    v = value_of(m) if m else None
    return v or 1.0


def head_before(text: str, clause_start: int, r: Raw) -> str:
    return _head_before(text, clause_start, r.num_start)


__all__ = ["Raw", "find", "head_before"]
