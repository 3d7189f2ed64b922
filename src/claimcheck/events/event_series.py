"""Numbered occurrences of an event class owned by someone: "the fourth flight of the
Orca 2", "its fifth launch", "the plant's second explosion", "the second strike at the
mill". An ordinal right before an event noun, with an owner after "of"/"at" or before it
as a possessive ("X's", "its", "their"), makes a session of a series named by the owner
and the event's class (``series:orca-2-launch#4``), whether or not a table knows either; so
two numbers given for one occurrence meet in the ordinal rule like "the 9th X forum".

The owner is the capitalised name written (digits belong to it: "Orca 2"), else the head
noun ("the plant"); "its"/"their" stand for the last capitalised name before them in the
sentence. Anchored on the event nouns of the shared word scan (one probe a word).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..words import Words
from .lexicon import classes
from .sessions import SessionPhrase, tables, word_ordinal

# a name after "of"/"at": capitalised words and numbers ("the Orca 2", "Kestrel Mill")
_NAME = r"[A-Z][\w’'-]*(?:[ \t]+(?:[A-Z][\w’'-]*|\d+\b))*"
_OWNER_AFTER = re.compile(rf"[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?(?:(?P<name>{_NAME})|(?P<head>[a-z]+)\b)")
_POSSESSIVE = re.compile(rf"(?:(?P<name>{_NAME})|\bthe[ \t]+(?P<head>[a-z]+))[’']s?[ \t]+$")
_PRONOUN = re.compile(r"\b(?:its|their)[ \t]+$", re.IGNORECASE)
_CAPITALISED = re.compile(_NAME)
# capitalised words that are no owner's name: determiners and pronouns opening a sentence
_NOT_NAMES = frozenset("the a an it its this that these those their they he she his her we our".split())


@lru_cache(maxsize=1)
def _noun_words() -> frozenset[str]:
    return frozenset(_nouns())


@lru_cache(maxsize=1)
def _nouns() -> dict[str, str]:
    """Single-word event nouns -> their class (events/classes.yaml), plus the session-only
    nouns of events/sessions.yaml (``event_nouns``: "flight" is a launch's)."""
    out = {n.lower(): name for name, cls in classes().classes.items() for n in cls.nouns if " " not in n}
    out.update(tables().event_nouns)
    return out


_OWNED = re.compile(r"^series:.+-(?P<cls>[a-z]+)#\d+$")


def owned_class(subject_id: str) -> str | None:
    """The event class of a numbered owned event's subject ("series:orca-2-launch#4": launch)."""
    m = _OWNED.match(subject_id)
    return m.group("cls") if m is not None and m.group("cls") in classes().classes else None


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.casefold().replace("’", "").replace("'", "")).strip("-_")


def _name(text: str) -> str | None:
    """A written name, its owners ("Acme's Orca 2" is the Orca 2) and leading determiners
    dropped; None when nothing is left."""
    from ..entities.lexicon import lexicon as names

    text = re.split(r"[’']s?\s+", text)[-1]
    calendar = names().calendar
    words = [w for w in text.split() if w.lower() not in _NOT_NAMES and w.lower() not in calendar]
    return " ".join(words) if words else None


def find_event_sessions(text: str, words: Words, lo: int, hi: int, sentence_start: int) -> list[SessionPhrase]:
    """Numbered owned events among words ``lo..hi`` of one sentence (module docstring)."""
    nouns = _nouns()
    out: list[SessionPhrase] = []
    for k in words.positions_in(_noun_words(), lo + 1, hi):  # only an event noun is counted
        cls = nouns[words.lowers[k]]
        if text[words.ends[k - 1]:words.starts[k]] not in (" ", "\t"):
            continue
        ordinal = word_ordinal(words, text, k - 1)
        if ordinal is None:
            continue
        number, ospan = ordinal
        owner, start, end = None, ospan[0], words.ends[k]
        after = _OWNER_AFTER.match(text, words.ends[k])
        before = text[max(sentence_start, ospan[0] - 60):ospan[0]]
        if after is not None and (after.group("name") and (owner := _name(after.group("name")))
                                  or after.group("head")):
            owner = owner or after.group("head")
            end = after.end()
        elif (m := _POSSESSIVE.search(before)) is not None:
            owner = _name(m.group("name")) if m.group("name") else m.group("head")
            start = ospan[0] - len(before) + m.start()
        elif _PRONOUN.search(before):
            names = [n for m in _CAPITALISED.finditer(text, sentence_start, ospan[0]) if (n := _name(m.group()))]
            owner = names[-1] if names else None
        if not owner or owner.lower() in tables().not_name:
            continue
        out.append(SessionPhrase(span=(start, end), series=f"series:{_slug(owner)}-{cls}", name=owner,
                                 noun=words.lowers[k], ordinal=number, ordinal_span=ospan, owned=True))
    return out
