"""Counts an event carries or acts on: "carrying nine satellites", "with seven satellites
aboard", "the seven small satellites it carried", "trapping 14 miners", "16 miners trapped".

A count of a noun no table knows has no scope of its own ("400 locations" is of nobody
named); a verb of holding it is the argument of gives it one: what an event carried
("carried", "aboard", "on board" are one class) or trapped. The class joins the noun's
lemma in the key, so two sources' counts of what one event carried or trapped compare;
a count no such verb governs ("debris at three sites", "two of the seven belonged to",
"scored two goals": goals of which match?) keeps none. Knowledge in
``resources/quantities/quantities.yaml`` (``holding``, ``participles``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..words import Tail, alternation
from .tables import tables

_DOUBLE = re.compile(r"([b-df-hj-np-tv-z])\1$")


def stem(verb: str) -> str:
    """One stem for a verb's forms ("trapped", "trapping" -> "trap"; "carried",
    "carrying" -> "carry"); not a dictionary lemma, only the same for each form."""
    w = verb.lower()
    if w.endswith(("ied", "ies")) and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith("ing") and len(w) > 5:
        w = w[:-3]
    elif w.endswith("ed") and len(w) > 4:
        w = w[:-2]
    elif w.endswith("es") and len(w) > 4 and w[-3] in "sxz":
        w = w[:-2]
    elif w.endswith("s") and len(w) > 3 and not w.endswith(("ss", "us", "is")):
        w = w[:-1]  # "bonus", "census", "crisis" end in an s of their stem
    return _DOUBLE.sub(r"\1", w)


@lru_cache(maxsize=1)
def _holding() -> dict[str, str]:
    """Written form (lower case) -> class, for verbs and adverbs of carrying."""
    return {w.lower(): cls for cls, ws in tables().holding.items() for w in ws}


@lru_cache(maxsize=1)
def _after_re() -> re.Pattern[str]:
    """What follows the counted noun: "aboard", "on board"; or a participle or a relative
    clause ("trapped", "it carried", "that were trapped")."""
    words = alternation(_holding(), any_space=True)
    irregular = alternation(tables().participles)
    return re.compile(
        rf"\s+(?:(?:it|they|that|which|who)\s+)?(?:(?:had|has|have|was|were|is|are)\s+)?(?:been\s+)?"
        rf"(?:(?P<hold>{words})\b|(?P<verb>[a-z]+ed|{irregular})\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _before_re() -> re.Pattern[str]:
    """The verb right before the count ("carrying nine", "trapping 14", "destroying the seven")."""
    return re.compile(r"(?<![\w-])(?P<verb>[a-z]{3,}(?:ing|ed))\s+(?:(?:the|its|their|all|some|about|around|nearly|almost|"
                      r"at\s+least|more\s+than|up\s+to)\s+)*$")


# what ``_before_re`` may end with (then spaces): a verb's ending or a word between it and the count
_BEFORE_ENDS = ("about", "all", "almost", "around", "ed", "ing", "its", "least", "nearly", "some", "than", "the",
                "their", "to")


_WITH = re.compile(r"\bwith\s+(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|up\s+to|all)\s+)?$",
                   re.IGNORECASE)
def holding_class(word: str) -> str | None:
    """The class of a verb or adverb of holding ("stranded" -> trap), None for any other word."""
    return _holding().get(word.lower())


def held_role(text: str, start: int, end: int, lo: int, hi: int) -> str | None:
    """The verb (stem or class) a count spanning [start, end) (its noun included) is the
    argument of, within its clause [lo, hi); None when no verb governs it."""
    after = _after_re().match(text, end, hi)
    if after is not None and after.group("hold"):
        return _holding().get(after.group("hold").lower())
    if after is not None and after.group("verb").lower() in _holding():
        return _holding()[after.group("verb").lower()]
    low = max(lo, start - 32)
    before = _before_re().search(text, low, start) if Tail(text[low:start]).ends(_BEFORE_ENDS) else None
    if before is not None and before.group("verb").lower() in _holding():
        return _holding()[before.group("verb").lower()]
    return None


_SUBJECT_OF = re.compile(r"(?P<noun>[a-z]{3,})\s+(?:was|is|were|are)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                         r"\d+)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def noun_of_one_of(text: str, start: int, lo: int) -> str:
    """"The university's satellite was one of seven": the noun counted by a bare whole, its
    lemma, from the subject of "was one of"; '' when none."""
    if not text.endswith(("of ", "of the "), max(lo, start - 8), start):
        return ""  # most counts: no "of" right before, no pattern search
    m = _SUBJECT_OF.search(text, max(lo, start - 48), start)
    return m.group("noun").lower() if m is not None else ""


_EVENT_OF = re.compile(r"(?<![\w-])(?:the|a|an|its|their|his|her|this|that)\s+(?:[a-z]+\s+)?(?P<n>[a-z]{4,})\s+of\s+"
                       r"(?:(?:the|about|around|some|nearly|almost|at\s+least|more\s+than|up\s+to|over|another)\s+)*$")


@lru_cache(maxsize=1)
def _event_nouns() -> tuple[dict[str, str], tuple[tuple[str, str], ...], frozenset[str], dict[str, str]]:
    t = tables()
    acts = {p.lower(): cls for cls, ps in t.count_actions.items() for p in ps}
    suffixes = tuple(sorted(t.event_noun_suffixes.items(), key=lambda kv: -len(kv[0])))
    stop = frozenset(t.event_noun_stop) | frozenset(t.collective_nouns)
    return dict(t.event_nouns), suffixes, stop, acts


def event_noun_act(text: str, lo: int, start: int) -> str:
    """"the recall of 41 batches", "the arrest of 14 suspects", "the deployment of 500
    troops": a count that is the object of an event noun is what the noun's verb acted on.
    The act as ``open_verb`` or a ``count_actions`` class would give it for the verb written
    ("recalled 41 batches", "arrested 14 suspects"); '' when no event noun governs the count."""
    if not text.endswith(" of ", max(lo, start - 40), start) and "of" not in text[max(lo, start - 24):start]:
        return ""  # most counts: no "of" before them, no pattern search
    m = _EVENT_OF.search(text, max(lo, start - 48), start)
    if m is None:
        return ""
    nouns, suffixes, stop, acts = _event_nouns()
    noun = m.group("n").lower()
    if noun in stop:
        return ""
    base = nouns.get(noun)
    if base is None:
        for suffix, repl in suffixes:
            if noun.endswith(suffix) and len(noun) > len(suffix) + 2:
                base = noun[: -len(suffix)] + repl
                break
    if base is None:
        return ""
    past = base + ("d" if base.endswith("e") else "ed")
    return acts.get(past) or stem(past)


def irregular_singular(noun: str) -> str:
    """The singular of a plural not made with -s, alone or ending a compound ("children",
    "schoolchildren" -> "schoolchild", "firemen" -> "fireman"); '' for any other word (a word
    that only ends like one, "specimen", is listed in ``not_irregular_plurals``)."""
    w = noun.lower()
    irregular = tables().irregular_plurals
    if w in irregular:
        return irregular[w]
    if w in tables().not_irregular_plurals:
        return ""
    for plural in ("children", "women", "men"):
        if w.endswith(plural) and len(w) >= len(plural) + 4 and w[:-len(plural)].isalpha():
            return w[:-len(plural)] + irregular[plural]
    return ""


# "bonuses", "viruses", "campuses": the plural of a noun in -us ("houses", "causes" keep their e)
_US_PLURALS = ("nuses", "ruses", "suses", "puses", "tuses", "luses")


def lemma(noun: str) -> str:
    """A plural noun's singular, by rule ("satellites" -> "satellite", "batteries" -> "battery")."""
    w = noun.lower()
    if (single := irregular_singular(w)):
        return single
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")) or (len(w) > 6 and w.endswith(_US_PLURALS)):
        return w[:-2]
    return w[:-1] if w.endswith("s") and not w.endswith("ss") else w


__all__ = ["event_noun_act", "held_role", "holding_class", "irregular_singular", "lemma", "noun_of_one_of", "stem"]
