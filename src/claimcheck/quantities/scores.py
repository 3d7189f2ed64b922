"""Final scores of contests between two named sides ("Harbour City beat Millbrook 24-17",
"Millbrook lost 17-24 to Harbour City", "a 3-0 win over Dornbach", "FULL TIME: Kessel 2-1
Dornbach"). One claim per score, subject ``score:<side>+<side>`` (the two sides' slugs in
sorted order, so who is written first does not matter), facet ``score``, value the goals
of the first side then the second ("24-17"); ``when`` the date written in the sentence.
A score followed by "on penalties", "on aggregate", "at half-time" is no final score and
is not read. Words in ``quantities/scores.yaml``; compared by checks/score.py.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import unicodedata
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..entities.lexicon import lexicon
from ..frames import to_when
from ..models import Claim, ClaimValue, Source, Span, SubjectRef, Timex
from ..resources import load_resource
from ..segment import Cue, sentences_meeting
from ..words import LiteralGate, alternation

SUBJECT = "score:"


class ScoreExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    winner: str | None  # the first side as read (for a draw, the side written first)
    loser: str | None
    score: str | None  # winner's goals first: "24-17"


class ScoreTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    defeat_verbs: list[str] = Field(min_length=1)
    win_verbs: list[str] = Field(min_length=1)
    passive_verbs: list[str] = Field(min_length=1)
    lose_verbs: list[str] = Field(min_length=1)
    draw_verbs: list[str] = Field(min_length=1)
    win_nouns: list[str] = Field(min_length=1)
    loss_nouns: list[str] = Field(min_length=1)
    draw_nouns: list[str] = Field(min_length=1)
    not_final: list[str]
    designators: list[str]
    anaphors: list[str]
    examples: list[ScoreExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> ScoreTable:
    return load_resource("quantities/scores.yaml", ScoreTable)


# A side: up to four capitalised words ("Harbour City RFC", "the Granite Falcons").
_WORD = r"[A-Z](?:[\w&-]|['’.](?=[A-Za-z]{{2}}))*"  # "O'Neill", "St.Pauli"; not "Kessel's", "Tarn."
_SIDE = r"(?:[Tt]he\s+)?(?P<{g}>" + _WORD + r"(?:\s+" + _WORD + r"){{0,3}})"
_POSSESSIVE = r"(?:['’]s?)?"
_DIGITS = re.compile(r"\d{1,3}\s?[-–]\s?\d{1,3}")
_OWNER_AFTER = re.compile(r"['’]s\s+[A-Z]")
# "6-3, 6-4", "6-4 6-4", "7-6 (8-6)": set scores of one match, no match score
_NEXT_SET = re.compile(r"\s*(?:\(\d{1,2}\s?[-–]\s?\d{1,2}\)|,?\s*(?:and\s+)?\d{1,2}\s?[-–]\s?\d{1,2}(?![\d%]))")


@lru_cache(maxsize=1)
def _patterns() -> tuple[list[tuple[str, re.Pattern[str]]], re.Pattern[str]]:
    """(how the first side fared, pattern) pairs, and the words that make a score no result."""
    t = table()
    b = _SIDE.format(g="b")
    # the subject may be a side written before ("his side", "they"): group ``ana``
    a = rf"(?:\b(?P<ana>{alternation(t.anaphors + [w.capitalize() for w in t.anaphors])})(?=\s)|{_SIDE.format(g='a')})"
    named_a = _SIDE.format(g="a")
    score = r"(?P<x>\d{1,3})\s?[-–]\s?(?P<y>\d{1,3})(?![\d%])"
    defeat, win, lose, draw, passive = (alternation(ws) for ws in (t.defeat_verbs, t.win_verbs, t.lose_verbs,
                                                                    t.draw_verbs, t.passive_verbs))
    wins, losses, draws = (alternation(ws) for ws in (t.win_nouns, t.loss_nouns, t.draw_nouns))
    # "A secured a 3-0 win", "A eased to a 3-0 win": one or two verbs, never a preposition
    # ("the 1988 title with a 2-0 win over ...": the title did not win)
    lead = r"(?:\s+(?:(?!(?:with|in|for|after|of|from|by|and|but|at|on)\b)[a-z]+\s+){1,2}(?:a|an|their|its|his|her)\s+)"
    forms = [
        ("won", rf"{a}\s+(?:{defeat})\s+{b}\s+{score}"),                      # A beat B 3-1
        ("won", rf"{a}\s+(?:{win})\s+{score}\s+(?:against|over)\s+{b}"),  # A won 3-1 over B
        ("lost", rf"{a}\s+(?:{lose})\s+{score}\s+(?:to|against)\s+{b}"),      # A lost 1-3 to B
        ("lost", rf"{a}\s+(?:{lose})\s+(?:to|against)\s+{b}\s+{score}"),      # A lost to B 3-1
        ("lost", rf"{a}\s+(?:was|were|are|is)\s+(?:{passive})\s+{score}\s+by\s+{b}"),  # A were beaten 3-1 by B
        ("lost", rf"{a}\s+(?:was|were|are|is)\s+(?:{passive})\s+by\s+{b}\s+{score}"),  # A were beaten by B 3-1
        ("drew", rf"{a}\s+(?:{draw})\s+{score}\s+(?:with|against)\s+{b}"),   # A drew 2-2 with B
        ("drew", rf"{named_a}\s+and\s+{b}\s+(?:{draw})\s+{score}"),            # A and B drew 1-1
        ("won", rf"{a}{_POSSESSIVE}(?:{lead}|\s+){score}\s+(?:{wins})\s+(?:over|against)\s+{b}"),
        ("lost", rf"{a}{_POSSESSIVE}(?:{lead}|\s+){score}\s+(?:{losses})\s+(?:to|against|by)\s+{b}"),
        ("drew", rf"{a}{_POSSESSIVE}(?:{lead}|\s+){score}\s+(?:{draws})\s+(?:with|against)\s+{b}"),
        ("board", rf"(?:^|[:\n]\s*){named_a}\s+{score}\s+{b}(?=\s*(?:$|[\n.,;(]))"),  # FULL TIME: A 2-1 B
    ]
    compiled = [(how, re.compile(p)) for how, p in forms]
    not_final = re.compile(rf"\s*(?:{alternation(t.not_final)})\b", re.IGNORECASE)
    return compiled, not_final


def side_slug(name: str) -> str:
    """One slug for one side however it is written: accents folded, "the" and a club's
    designators dropped ("FC Tarn", "Tarn"; "Harbour City RFC", "Harbour City")."""
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    drop = _dropped()
    words = [w for w in re.split(r"[^a-z0-9&]+", folded) if w and w not in drop]
    return "-".join(words)


@lru_cache(maxsize=1)
def _dropped() -> frozenset[str]:
    return frozenset(table().designators) | {"the"}


def _name(side: str) -> str:
    """A side without the words that open its sentence ("On Saturday Harbour City"); "" when
    every word is such a word ("Saturday's 24-18 defeat", "After their 3-2 win")."""
    words = side.split()
    while words and lexicon().is_opener(words[0]):
        words.pop(0)
    return " ".join(words)


def read(sentence: str) -> list[tuple[str, str, int, int, tuple[int, int]]]:
    """(first side, second side, first side's goals, second's, span of the score) of each
    final score in one sentence; the first side is the winner, or the side
    written first in a draw or on a scoreboard; a side written as an anaphor ("his side") is
    ""."""
    if _DIGITS.search(sentence) is None:
        return []  # no score: no pattern is run (most sentences)
    forms, not_final = _patterns()
    out = []
    taken: list[tuple[int, int]] = []
    for how, pattern in forms:
        for m in pattern.finditer(sentence):
            if any(s <= m.start("x") < e for s, e in taken) or not_final.match(sentence, m.end("y")) or \
                    _NEXT_SET.match(sentence, m.end("y")):
                continue
            x, y = int(m.group("x")), int(m.group("y"))
            if how == "drew" and x != y or how != "drew" and x == y and how != "board":
                continue  # a draw with two numbers, or a win by nothing: misread
            hi, lo = max(x, y), min(x, y)
            first, second = (x, y) if how in ("board", "drew") else (hi, lo)
            if _OWNER_AFTER.match(sentence, m.end("b")):
                continue  # "over Cameroon's Garoua": the side is the owned name, not read here
            anaphor = "ana" in pattern.groupindex and m.group("ana") is not None
            a, b = "" if anaphor else _name(m.group("a")), _name(m.group("b"))
            if not b or not a and not anaphor:
                continue
            winner, loser = (b, a) if how == "lost" else (a, b)
            if side_slug(winner) == side_slug(loser) or not side_slug(b):
                continue
            taken.append((m.start("x"), m.end("y")))
            out.append((winner, loser, first, second, (m.start("x"), m.end("y"))))
    return sorted(out, key=lambda r: r[4])


def day_in_sentence(times: list[Timex], starts: list[int], start: int, end: int) -> Timex | None:
    """The dated expression of the sentence (the first day or finer), if any; ``times``
    sorted by span, ``starts`` their first characters."""
    for t in times[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]:
        if t.span[1] <= end and t.start is not None and t.granularity in ("day", "time"):
            return t
    return None


CUE = Cue(number=True)  # a score is written in digits


def score_claims(source: Source, timexes: list[Timex], sentences: list[tuple[int, Span]] | None = None) -> list[Claim]:
    """The final scores of ``sentences`` (by default every sentence that meets ``CUE``)."""
    out: list[Claim] = []
    text = source.text
    times = sorted(timexes, key=lambda t: t.span)
    starts = [t.span[0] for t in times]
    digits = LiteralGate(_DIGITS, text)
    for _, (s, e) in sentences_meeting(source, CUE) if sentences is None else sentences:
        if not digits.holds(s, e):
            continue  # no score (most sentences): as ``read`` finds, without cutting the sentence out
        for winner, loser, first, second, (a, b) in read(text[s:e]):
            sides = [(side_slug(winner), first, winner), (side_slug(loser), second, loser)]
            known = [side for side in sides if side[0]]
            if len(known) == 2:
                known.sort()
                sid = SUBJECT + "+".join(slug for slug, _, _ in known)
                label = f"{known[0][2]} v {known[1][2]}"
                value = f"{known[0][1]}-{known[1][1]}"
            else:  # "his side beat B 3-2": B's score first; the check finds the pair
                other = next(side for side in sides if not side[0])
                sid, label = SUBJECT + known[0][0], f"{known[0][2]} v ?"
                value = f"{known[0][1]}-{other[1]}"
            t = day_in_sentence(times, starts, s, e)
            cid = "c-" + hashlib.sha1(f"{source.id}|score|{sid}|{s}|{a}".encode()).hexdigest()[:12]
            out.append(Claim(
                id=cid, source=source.id, span=(s, e), quote=text[s:e], predicate="score",
                # no subject text: the match phrase is no name, and the sides' names are not compared here
                subject=SubjectRef(id=sid, label=label),
                value=ClaimValue(type="other", value=value, text=text[s + a:s + b], span=(s + a, s + b)),
                when=to_when(t) if t is not None else None,
                timex=t, modality="reported", facet="score",
            ))
    return out


def pair_of(subject_id: str) -> tuple[str, ...]:
    """The sides' slugs a score subject names: two for a pair, one when the other side was
    written as an anaphor."""
    return tuple(subject_id.removeprefix(SUBJECT).split("+"))
