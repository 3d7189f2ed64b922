"""Durations measured from an event: "about 150 seconds after it lifted off", "82 seconds
into its flight", "two and a half minutes later", "45 minutes after the shift began".

An offset is keyed by its anchor: the event it counts from, named after "after" or "into"
(a noun phrase's head, "the night shift" -> shift; a verb, "it lifted off"; a phrase of
``offset_anchors`` gives its class, so "lift-off", "it lifted off" and "its flight" are one
anchor), or, for "later", the anchor phrase written earlier in its sentence. A span ("for
two days", "within ten minutes") is no offset: what it spans is rarely written, unless a verb
of holding says it ("trapped for two days", "stranded for 12 hours": for:trap). Values
are in days (the duration dimension's base unit) with the approximator's interval, so
"less than three minutes" holds "82 seconds" and "about 150 seconds" does not.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..words import alternation
from .held import holding_class, lemma, stem
from .tables import tables

_WORDS = re.compile(r"[A-Za-z][\w’'-]*")
_SKIP = frozenset("the a an its their his her our this that first second third fourth fifth sixth seventh eighth "
                  "ninth tenth last latest maiden opening final".split())
_PRONOUNS = frozenset("it they he she we i you".split())
_AUX = frozenset("had has have was were is are been".split())
_STARTS = frozenset("began begun started opened commenced kicked".split())  # "kicked off"


@lru_cache(maxsize=1)
def _anchors() -> dict[str, str]:
    return {w.lower(): cls for cls, ws in tables().offset_anchors.items() for w in ws}


@lru_cache(maxsize=1)
def _anchor_re() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(_anchors(), any_space=True)})(?![\w-])", re.IGNORECASE)


_AFTER = re.compile(r"\s+(?P<rel>after|into|since)\s+", re.IGNORECASE)
_LATER = re.compile(r"\s+later\b", re.IGNORECASE)
_NOT_OFFSET = re.compile(r"\b(?:within|every|each|per|for|over|in|past|last|next|first|final)\s+(?:the\s+)?"
                         r"(?:(?:about|around|some|nearly|almost|less\s+than|more\s+than|at\s+least|up\s+to)\s+)?$",
                         re.IGNORECASE)
_VERBISH = re.compile(r"^[a-z]+(?:ed|ing)$")


def _class_of(phrase: str) -> str | None:
    return _anchors().get(re.sub(r"\s+", " ", phrase.lower()))


def _anchor_after(text: str, pos: int, hi: int) -> tuple[str | None, bool]:
    """The event named after "after"/"into" at ``pos``, and whether it is the start of an
    activity (a phrase of the table, or a noun phrase and "began"): a phrase of the table,
    else the head noun of its noun phrase ("the night shift began" -> shift; "the polls
    closed" -> poll:close), else the verb's stem after a pronoun ("it exploded" -> explod)."""
    m = _anchor_re().match(text, pos, hi)
    if m is not None:
        return _class_of(m.group()), True
    words = [(w.group(), w.start(), w.end()) for w in _WORDS.finditer(text, pos, min(hi, pos + 60))]
    noun: list[str] = []
    prev_end = pos
    for w, a, b in words:
        if re.search(r"[,;:.()]", text[prev_end:a]):
            break
        prev_end = b
        lw = w.lower()
        if not noun and lw in _PRONOUNS:
            continue
        if lw in _AUX:
            continue
        if (hit := _anchor_re().match(text, a, hi)) is not None:
            return _class_of(hit.group()), True
        if lw in _STARTS:
            return (lemma(noun[-1]), True) if noun else (None, False)  # "after the shift began": as "into the shift"
        if _VERBISH.match(lw) or lw in tables().participles:
            if not noun:
                return stem(lw), False  # "after it exploded"
            return f"{lemma(noun[-1])}:{stem(lw)}", False  # "after the polls closed"
        if lw in _SKIP and not noun:
            continue
        if not w[0].islower():
            return None, False  # a name: an event of its own ("after the Harbour Cup") is not read here
        noun.append(lw)
        if len(noun) > 3:
            return None, False
    return (lemma(noun[-1]), False) if noun else (None, False)


_FOR_HELD = re.compile(r"(?<![\w-])(?P<verb>[a-z]{3,})\s+for\s+(?:(?:about|around|some|nearly|almost|less\s+than|"
                       r"more\s+than|at\s+least|up\s+to|over|under)\s+)?$", re.IGNORECASE)


def offset_head(text: str, start: int, end: int, sent_start: int, lo: int, hi: int) -> str | None:
    """The key of a duration spanning [start, end) measured from an event ("after:departure",
    "after:shift") or spent in a state of holding ("trapped for two days": for:trap, the
    classes of ``holding``); None when it is none."""
    held = _FOR_HELD.search(text, max(lo, start - 40), start)
    if held is not None and (cls := holding_class(held.group("verb"))) is not None:
        return f"for:{cls}"
    if _NOT_OFFSET.search(text, max(lo, start - 24), start):
        return None  # "within 10 minutes of", "for two hours": a span, not an offset
    a = _AFTER.match(text, end, hi)
    if a is not None and a.group("rel").lower() != "since":
        anchor, bounded = _anchor_after(text, a.end(), hi)
        # "into the shift", "after the shift began", "after lift-off": a time within an activity
        # from its start; "after the quake" may time any of its sequels: no key
        return f"after:{anchor}" if anchor and (bounded or a.group("rel").lower() == "into") else None
    if _LATER.match(text, end, hi):
        found = None
        for m in _anchor_re().finditer(text, sent_start, start):
            found = m  # "lifted off at 07:40 ... and broke apart less than three minutes later"
        return f"after:{_class_of(found.group())}" if found is not None else None
    return None


__all__ = ["offset_head"]
