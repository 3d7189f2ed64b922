"""Lengths of service: how long a person held a post.

A duration followed by a phrase of holding a post (``tenure_phrases``: "after 14 years in the
post", "his eight years at the helm") or by "as <post>" ("after ten years as chief executive",
"her two years as head of the agency") is that person's tenure: head ``tenure`` (a phrase) or
``tenure:<post's head noun>`` ("as head of": ``tenure:head``; "as an army engineer":
``tenure:engineer``), so two posts of one person are never compared. The person is the one named
before it in its clause, or the one a pronoun subject ("he stepped down after ...") stands for;
no person read, no claim. A tenure grows while it lasts: it is as of its article's year.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..words import alternation
from .tables import tables

TENURE = "tenure"
_AS = re.compile(r"\s+as\s+(?:(?:a|an|the|its|their|his|her|our)\s+)?(?P<post>(?:[\w’'.-]+\s+){0,3}?)"
                 r"(?P<head>[A-Za-z][\w-]*)(?=\s+(?:of|at|for|in|to|with|and|before|after|until|when|since)\b|\s*[,.;:)]|\s*$)")
_PRONOUN = re.compile(r"(?<![\w-])(?:he|she|He|She|his|her|His|Her)\s+(?:[a-z]+\s+){0,4}?$")
# the post written before "for" ("had been in charge for 29 months", "served for nine years",
# "ran the agency as interim chief for four months", "ran Acme for 12 years")
_BEFORE_AS = re.compile(r"\bas\s+(?:(?:a|an|the|its|their|his|her|our)\s+)?(?:[\w’'.-]+\s+){0,2}?(?P<head>[A-Za-z][\w-]*)"
                        r"\s+for\s+$")
_BEFORE_LED = re.compile(r"\b(?:served|ran|led|headed|chaired|coached|managed|ruled|governed)\s+(?:for\s+)?$"
                         r"|\b(?:ran|led|headed|chaired|coached|managed|ruled|governed)\s+(?:the\s+)?"
                         r"(?:[A-Z][\w’'-]*\s+){1,4}for\s+$")
_NOT_POSTS = frozenset("well such long usual result part follows expected planned".split())


@lru_cache(maxsize=1)
def _phrase() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{alternation(tables().tenure_phrases, any_space=True)})(?![\w-])", re.IGNORECASE)


def head(text: str, end: int, hi: int) -> str:
    """``tenure`` or ``tenure:<post>`` when the duration ending at ``end`` is a length of
    service; '' when it is not."""
    if _phrase().match(text, end, hi) is not None:
        return TENURE
    m = _AS.match(text, end, hi)
    if m is None:
        return ""
    post = m.group("head").lower()
    words = m.group("post").split()
    if post in _NOT_POSTS or (words and words[0].lower() in _NOT_POSTS) or not post.isalpha():
        return ""
    return f"{TENURE}:{post}"


@lru_cache(maxsize=1)
def _phrase_for() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{alternation(tables().tenure_phrases, any_space=True)})\s+for\s+$", re.IGNORECASE)


def head_before(text: str, lo: int, start: int) -> str:
    """``tenure`` or ``tenure:<post>`` when the post is written before the duration ("had been in
    charge for 29 months", "served nine years", "ran the agency as interim chief for four
    months"); '' when it is not. Such a tenure may still be running: it is as of its day."""
    lead = max(lo, start - 80)
    if _phrase_for().search(text, lead, start) is not None or _BEFORE_LED.search(text, lead, start) is not None:
        return TENURE
    m = _BEFORE_AS.search(text, lead, start)
    if m is None or m.group("head").lower() in _NOT_POSTS:
        return ""
    return f"{TENURE}:{m.group('head').lower()}"


def pronoun_subject(text: str, lo: int, start: int) -> bool:
    """"he stepped down after ...": a pronoun subject a few words before the duration."""
    return _PRONOUN.search(text, max(lo, start - 60), start) is not None
