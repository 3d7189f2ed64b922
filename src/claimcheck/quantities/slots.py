"""Open value slots: a number inside a noun phrase keyed by what it measures, from syntax.

- a duration written as a compound before a noun is that noun's length ("a three-year
  memorandum", "the nine-day stoppage", "his 21-month ban"): head ``of:<noun>``, the noun
  folded to its class (``slot_nouns``: a stoppage and a strike are one);
- a measure in a compound unit ("108 km/h", "1.2 ng/mL") is of the attribute named before
  it ("a speed of", "a concentration of", "gusts of") or, with none, of its dimension; a
  limit word ("the limit is 80 km/h", "a threshold of 5 ng/mL") keys the limit apart.

Each is a fixed fact of the story; an article giving one slot two values speaks of two
things there, and none of its values is compared (quantities/__init__.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..words import alternation
from .held import lemma
from .tables import tables

_WORD = re.compile(r"\s+(?P<w>[a-z][a-z-]*)\b")
_HYPHENED = re.compile(r"-[A-Za-z]+$")  # "three-year", "21-month": the unit joined to its number
_ADJECTIVE_END = ("al", "ic", "ous", "ive", "ful", "less", "able", "ible", "ary", "ian", "ese", "ed", "ing", "ly")


@lru_cache(maxsize=1)
def _noun_class() -> dict[str, str]:
    return {w: cls for cls, ws in tables().slot_nouns.items() for w in ws}


@lru_cache(maxsize=1)
def _stop() -> frozenset[str]:
    return frozenset(tables().slot_noun_stop)


@lru_cache(maxsize=1)
def _revised() -> re.Pattern[str]:
    # "his four-year ban cut to 21 months": the compound is the value a revision replaced
    return re.compile(rf"\s+(?:was\s+|had\s+been\s+|has\s+been\s+|is\s+|being\s+)?(?:{alternation(tables().revision_verbs)})"
                      r"\s+(?:to|from|by)\b")


def noun_of(text: str, num_start: int, end: int, hi: int) -> str:
    """The noun a compound duration ("three-year", "21-month") stands before: ``of:<class>``;
    '' when it is no compound, stands before no noun, or names the value a revision replaced.
    The noun is the head of the compound after it: its last word ("a three-year trade
    agreement": agreement), adjectives before it skipped ("a five-year bilateral memorandum")."""
    if _HYPHENED.search(text, num_start, end) is None:
        return ""  # "21 months", "Twenty-one months": no compound
    pos, noun = end, ""
    for i in range(3):
        m = _WORD.match(text, pos, hi)
        if m is None:
            break
        w = m.group("w")
        if w in _FUNCTION or w in tables().auxiliaries or (noun and (w.endswith(("ed", "ly")) or w.endswith("s"))):
            break  # the phrase ends: "a three-year memorandum was signed", "his ban reflects"
        pos = m.end()
        if w.endswith(_ADJECTIVE_END) and w not in _noun_class():
            continue
        noun = w
        if text[pos:pos + 1] in {",", ";", ".", ":", ")", "-"} or i == 2 or _revised().match(text, pos, hi):
            break
    if not noun or noun in _stop() or text[pos:pos + 1] == "-" or _revised().match(text, pos, hi):
        return ""
    noun = lemma(noun)
    phase = _phase_before(text, num_start)
    return "of:" + _noun_class().get(noun, noun) + (f":{phase}" if phase else "")


@lru_cache(maxsize=1)
def _phases() -> tuple[re.Pattern[str], dict[str, str]]:
    words = {w: cls for cls, ws in tables().slot_phases.items() for w in ws}
    return re.compile(rf"(?<![\w-])(?P<w>{alternation(words)})\s+$", re.IGNORECASE), words


def _phase_before(text: str, num_start: int) -> str:
    """"the original four-year suspension", "the full four-year ban": a word before the
    compound that tells one value of the slot from another (the former one, the maximum)."""
    pattern, words = _phases()
    m = pattern.search(text, max(0, num_start - 24), num_start)
    return words[m.group("w").lower()] if m is not None else ""


_FUNCTION = frozenset("of on in at to for from with by about between under over among against into onto that which who "
                      "whose and or but as than then also only not its their his her this these those the a an".split())


@lru_cache(maxsize=1)
def _revised_to() -> re.Pattern[str]:
    verbs = alternation(tables().revision_verbs)
    # "his ban cut to 21 months", "cut the suspension to 14 months"
    return re.compile(rf"(?:(?<![\w-])(?P<n>[a-z]{{3,}})\s+(?:was\s+|had\s+been\s+|has\s+been\s+|is\s+|being\s+)?(?:{verbs})"
                      rf"|(?<![\w-])(?:{verbs})\s+(?:the|his|her|its|their)\s+(?:[a-z-]+\s+)?(?P<o>[a-z]{{3,}}))"
                      rf"\s+to\s+(?:(?:about|around|just)\s+)?$")


def revised_noun(text: str, lo: int, start: int) -> str:
    """"his ban cut to 21 months": the noun a revised duration is the new length of."""
    m = _revised_to().search(text, max(lo, start - 40), start)
    word = m.group("n") or m.group("o") if m is not None else ""
    if not word or word in _stop():
        return ""
    noun = lemma(word)
    return "of:" + _noun_class().get(noun, noun)


_PURPOSE = re.compile(
    r"(?:\s+(?:over|across|within|in)\s+(?:the\s+)?(?:next\s+)?[\w-]+\s+(?:years?|months?))?"
    r"\s+(?:for|on|towards|toward|to(?:\s+(?:fund|finance|support|pay\s+for|cover))?)\s+"
    r"(?:(?:a|an|the|its|their|his|her|this|these)\s+)?(?P<np>(?:[a-z][a-z-]*\s+){0,3}?)(?P<n>[a-z]{3,})"
    r"(?=\s+(?:on|of|for|in|at|to|that|which|with|between|connecting|under|and|is|was|are|were|will|would|over|from)\b|"
    r"\s*[,.;:)]|\s*$)")


def purpose(text: str, end: int, hi: int) -> str:
    """What a sum pays for, written after it ("$30 million for a feasibility study", "420
    million yen on joint surveys", "$13 million over three years to fund a study"): ``for:<noun>``,
    the head of the noun phrase; '' when none is written or it names no thing."""
    m = _PURPOSE.match(text, end, hi)
    if m is None:
        return ""
    noun = lemma(m.group("n"))
    words = m.group("np").split()
    if noun in _stop() or noun in _FUNCTION or noun.endswith(("ing", "ly")) or any(w in _FUNCTION for w in words) \
            or noun in tables().slot_generic:
        return ""
    return "for:" + _noun_class().get(noun, noun)


@lru_cache(maxsize=1)
def _compound_units() -> tuple[re.Pattern[str], dict[str, tuple[str, str, float]]]:
    """Units written as a ratio ("km/h", "kilometres per hour", "ng/mL"): written form ->
    (dimension, unit, factor to the dimension's base unit)."""
    forms: dict[str, tuple[str, str, float]] = {}
    for dim, units in tables().compound_units.items():
        for unit, spec in units.items():
            for w in spec.forms:
                forms[" ".join(w.lower().split())] = (dim, unit, spec.factor)
    return re.compile(rf"^(?:-|\s)?(?P<u>{alternation(forms, any_space=True)})(?![\w/])", re.IGNORECASE), forms


def compound_unit(after: str) -> tuple[str, str, float, int] | None:
    """(dimension, unit, factor, length) of a ratio unit at the start of ``after``."""
    pattern, forms = _compound_units()
    m = pattern.match(after)
    if m is None:
        return None
    return (*forms[" ".join(m.group("u").lower().split())], m.end())


@lru_cache(maxsize=1)
def _attribute_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    limits = alternation(tables().limit_words)
    # the attribute noun: after a determiner ("a speed of", "its concentration was") or a bare plural ("gusts of")
    before = re.compile(r"(?:(?<![\w-])(?:a|an|the|its|his|her|their)\s+(?:[a-z-]+\s+)?(?P<n>[a-z]+)|(?<![\w-])(?P<p>[a-z]+s))"
                        r"\s+(?:of|at|was|is|reached|hit|to)\s+(?:(?:about|around|some|nearly|almost|"
                        r"up\s+to|at\s+least|more\s+than|over|under|just\s+over|just\s+under|roughly|approximately)\s+)?$")
    limit_before = re.compile(rf"(?<![\w-])(?:{limits})\b[^,;.]{{0,24}}$", re.IGNORECASE)
    limit_after = re.compile(rf"^(?:\s+[a-z]+)?\s+(?:{limits})\b", re.IGNORECASE)
    return before, limit_before, limit_after


def _names_dimension(text: str, lo: int, hi: int, dimension: str) -> bool:
    return any(_noun_class().get(lemma(w)) == dimension for w in re.findall(r"[a-z]+", text[lo:hi]))


def attribute(text: str, dimension: str, lo: int, start: int, end: int, hi: int) -> str:
    """What a ratio measure is of: the noun before it ("a speed of", "gusts of"), folded
    to its class, else the dimension; ``<that>:limit`` when a limit word frames it."""
    before, limit_before, limit_after = _attribute_res()
    if limit_before.search(text, max(lo, start - 30), start) or limit_after.match(text, end, hi):
        return f"{dimension}:limit"
    m = before.search(text, max(lo, start - 40), start)
    noun = lemma(m.group("n") or m.group("p")) if m is not None else ""
    if noun and _noun_class().get(noun) != dimension and _names_dimension(text, max(lo, start - 60), start, dimension):
        return dimension  # "at a concentration the ruling puts at 12 ng/mL": the dimension's noun stands before
    if not noun or noun in _stop() or noun in tables().slot_generic or noun in tables().auxiliaries \
            or noun.endswith(("ing", "ed")):  # "travelling at 118 km/h": a verb, the dimension itself
        return dimension
    return _noun_class().get(noun, noun)


__all__ = ["attribute", "compound_unit", "noun_of", "purpose", "revised_noun"]
