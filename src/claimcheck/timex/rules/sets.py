"""Sets: "annually", "every two weeks", "on Sundays"."""

from __future__ import annotations

import re

from .. import words as w
from ..context import Ctx
from .base import Cand, Out, _DETERMINERS, rule


# A word after a set adverb that shows it is used as an adjective: a noun (any other word
# than these function words, or a capitalised name).
_NOUN_NEXT = re.compile(
    r"\s+(?!(?:and|or|but|nor|to|in|on|at|by|for|from|with|since|through|until|over|under|into|during|after|before|"
    r"the|a|an|this|that|these|those|it|its|as|while|when|because|than|if|so|then|is|are|was|were|be|been|will|would|"
    r"throughout|between|among|thereafter|basis|outside|inside|around|across|off|up|down|out|back|again)\b)"
    r"(?:[a-z][a-z-]+|[A-Z][a-z]+)\b")


def _is_adjective(word: str) -> bool:
    """ "daily", "quarterly" are adjectives as well as adverbs; "annually", "regularly" only adverbs."""
    return w.adverb_unit(word) is not None and not word.lower().endswith("ally")


@rule("set_word", r"(?P<set>{SETW}|{ADVERB})")
def set_word(c: Cand, x: Ctx) -> Out | None:
    word = c.g["set"]
    if c.pre in _DETERMINERS and " " not in word:
        return None  # "its quarterly dividend", "the daily Granma": an adjective
    if word[:1].isupper() and c.pre and not c.pre.endswith((".", "!", "?")):
        return None  # "The Korea Defense Daily": part of a name
    if _is_adjective(word) and _NOUN_NEXT.match(c.post):
        return None  # "quarterly dividend", "average daily volume": an adjective before its noun
    try:
        value = w.set_value(word)
    except KeyError:
        u = w.adverb_unit(word)
        if u is None:
            return None
        value = w.duration(1, u)
    return {"type": "SET", "value": value, "start": None, "end": None, "granularity": None, "anchor": "absolute"}


@rule("set_every",
      r"(?P<every>every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<num>{NUM})\s+)?(?P<what>{UNIT}|{WD}|{PART}|{SEASON}|{MON})"
      r"|(?P<freq>once|twice|thrice|(?:{NUM})\s+times)\s+(?:a|an|per|each|every)\s+(?P<unit2>{UNIT})"
      r"|(?<=\b[Oo]n\s)(?P<wds>{WDS})")
def set_every(c: Cand, x: Ctx) -> Out | None:
    out: Out = {"type": "SET", "start": None, "end": None, "granularity": None, "anchor": "absolute"}
    if "wds" in c.g:
        return {**out, "value": f"XXXX-WXX-{w.weekday_number(c.g['wds']) + 1}"}
    what = c.g.get("what") or c.g["unit2"]
    try:
        u = w.unit(what)
    except KeyError:
        u = None
    if u is None:
        try:
            return {**out, "value": f"XXXX-WXX-{w.weekday_number(what) + 1}"}
        except KeyError:
            pass
        try:
            return {**out, "value": f"XXXX-{w.month_number(what):02d}"}  # "each July"
        except KeyError:
            pass
        part = w.day_part(what)
        if part:
            return {**out, "value": f"XXXX-XX-XXT{part}"}
        code, _ = w.season(what)
        return {**out, "value": f"XXXX-{code}"}
    n = w.count(c.g["num"]) if "num" in c.g else 1
    if "other" in c.g and n is not None:
        n *= 2
    return {**out, "value": w.duration(n, u)}
