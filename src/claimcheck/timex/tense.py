"""Direction of a clause around a time expression: past, present or future.

Bare months ("in December") and year-less dates ("On June 3") are placed before or after
the anchor by the verb of their own clause: the cue nearest before them in the clause, else
the nearest after in the clause; only a clause without a cue borrows one from the rest of
its sentence (nearest before, else nearest after). So in "Since the allies discussed it in
April, a meeting was not scheduled" April is past: "scheduled" belongs to another clause.
A reporting verb right before a day ("said Friday") governs it: past.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache
from typing import Literal

from .lexicon import lexicon

Tense = Literal["past", "present", "future"]

# Words ending in -ed that are not past-tense verbs, and -ed words after an article
# ("a still unspecified date") which are adjectives.
_NOT_PAST = r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\bstill\s)(?<!\bnewly\s)(?!(?:need|indeed|united|red|speed|proceed|exceed|succeed|seed|feed|breed|hundred|bed|shed|wed|based|biased|aged|armed|detailed|advanced|limited|related|so-called|concerned|interested|experienced|skilled|supposed)\b)"


@cache
def cue_regex() -> re.Pattern[str]:
    t = lexicon().tense
    parts = []
    for name, cues in (("future", t.future), ("past", t.past), ("present", t.present)):
        body = "|".join(_NOT_PAST + c if c.startswith("[a-z]") else c for c in cues)
        parts.append(f"(?P<{name}>{body})")
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?![\w'])", re.IGNORECASE)


# "will hit", "to cut": a past form that is also the base form, right after a modal or "to".
_MODAL_BASE = re.compile(r"\b(?:will|would|shall|'ll|can|could|may|might|must|should|to)\s+(?:not\s+|also\s+|still\s+)?$", re.IGNORECASE)

_PERFECT = re.compile(r"ha(?:ve|s|d)\b", re.IGNORECASE)  # "may have been": past

_MODAL = re.compile(r"\b(?:will|would|shall|'ll|to)(?:\s+(?:not|still|also|then|now|be|have|been|soon))*\s+(?:be|been)\s+(?:\w+\s+)?$", re.IGNORECASE)

# Where a clause ends: punctuation, quotes, dashes, and words that open a new clause.
# Prepositions ("after", "before", "until") are not among them: they mostly head a phrase;
# nor is "and", which joins nouns ("between Australia and India by August") as often as clauses.
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]\"“”]|\s[-–—]{1,2}\s|[–—]"
    r"|(?<![\w'])(?:but|while|whereas|although|though|because|that|which|who|whom|whose|when|where|if|unless)(?![\w'])",
    re.IGNORECASE)


@cache
def _reported() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "said Friday", "told reporters on Tuesday" (before the day); "on Tuesday said" (after it)."""
    verbs = "|".join(map(re.escape, lexicon().tense.reporting))
    before = re.compile(rf"(?<![\w'])(?:{verbs}|told\s+(?:the\s+)?\w+)\s+(?:on\s+|late\s+|early\s+)?$", re.IGNORECASE)
    after = re.compile(rf"\s*(?:{verbs})(?![\w'])", re.IGNORECASE)
    return before, after


@cache
def _REPORTED_AHEAD() -> re.Pattern[str]:
    verbs = "|".join(map(re.escape, lexicon().tense.reporting))
    return re.compile(rf"(?<![\w'])(?:{verbs})(?![\w'])", re.IGNORECASE)


# A past verb and "to" after a date ("on Friday agreed to", "vowed to"): the date is the
# deciding's, the act decided lies ahead of it. Verbs of a schedule are not deciding.
_DECIDED_TO = re.compile(r"(?!(?:scheduled|expected|slated|supposed|poised)\b)[A-Za-z]+ed\s+to", re.IGNORECASE)

_PRECEDING = re.compile(r"\s*(?:following|after|in\s+the\s+wake\s+of)\s", re.IGNORECASE)

_PRESENT_AUX = re.compile(r"(?<![\w'])(?:is|are|am|being)\s+(?:not\s+|\w+ly\s+)?$", re.IGNORECASE)

_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n")


@cache
def _ABBREV_END() -> re.Pattern[str]:
    cal = lexicon().calendar
    stems = [n[:-1] for group in (cal.months, cal.weekdays) for g in group for n in g.names if n.endswith(".")]
    words = "|".join(sorted(map(re.escape, {*stems, *lexicon().tense.abbreviations}), key=lambda w: (-len(w), w)))
    return re.compile(rf"(?:(?<![\w.])(?:{words})|\b[A-Z])\.$")


_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)


@cache
def _CLOCK_NEXT() -> re.Pattern[str]:
    cal = lexicon().calendar
    days = "|".join(sorted({re.escape(n) for d in cal.weekdays for n in d.names}, key=lambda w: (-len(w), w)))
    return re.compile(rf"(?:{days})\b|[A-Z]{{1,2}}[SD]?T\b|GMT\b|UTC\b|local\b")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Cheap sentence spans for when the caller gives none."""
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        # "Jan. 5", "U.S. officials", "Mr. Smith": an initial or a known abbreviation before the
        # dot; "the West. So ..." ends a sentence.
        if _ABBREV_END().search(text, max(0, m.start() - 12), m.start()):
            continue
        if _CLOCK_END.search(text, max(0, m.start() - 6), m.start()) and _CLOCK_NEXT().match(text, m.end()):
            continue  # "at 9 a.m. Tuesday", "10:35 a.m. EDT": the time goes on
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


class TenseIndex:
    """Finds, once per sentence, the tense cues; answers the direction at a position."""

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]]) -> None:
        self.text = text
        self.sentences = sorted(sentences)
        self._starts = [s for s, _ in self.sentences]
        self._cues: dict[int, list[tuple[int, int, Tense]]] = {}
        self._breaks: dict[int, list[tuple[int, int]]] = {}

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self._starts, pos) - 1)

    def _cues_of(self, i: int) -> list[tuple[int, int, Tense]]:
        if i not in self._cues:
            if not self.sentences:
                self._cues[i] = []
            else:
                s, e = self.sentences[i]
                self._cues[i] = [(m.start(), m.end(), m.lastgroup) for m in cue_regex().finditer(self.text, s, e)]  # type: ignore[misc]
        return self._cues[i]

    def _breaks_of(self, i: int) -> list[tuple[int, int]]:
        if i not in self._breaks:
            s, e = self.sentences[i] if self.sentences else (0, 0)
            self._breaks[i] = [m.span() for m in _CLAUSE_BREAK.finditer(self.text, s, e)]
        return self._breaks[i]

    def _clause(self, i: int, start: int, end: int) -> tuple[int, int]:
        """The clause around [start, end): from the last break before it to the first after it."""
        lo, hi = self.sentences[i] if self.sentences else (0, len(self.text))
        for bs, be in self._breaks_of(i):
            if be <= start:
                lo = be
            elif bs >= end:
                hi = bs
                break
        return lo, hi

    def _cue_tense(self, cue: tuple[int, int, Tense]) -> Tense:
        # "would still be held", "will be named": a participle after a modal is not past.
        if cue[2] == "past" and (_MODAL.search(self.text, max(0, cue[0] - 24), cue[0])
                                 or (_MODAL_BASE.search(self.text, max(0, cue[0] - 16), cue[0])
                                     and not _PERFECT.match(self.text, cue[0]))):
            return "future"
        # "when the case is heard in May": a participle after a present auxiliary is not past.
        if cue[2] == "past" and _PRESENT_AUX.search(self.text, max(0, cue[0] - 24), cue[0]):
            return "present"
        return cue[2]

    def tense_at(self, start: int, end: int) -> Tense | None:
        before, after = _reported()
        if before.search(self.text, max(0, start - 40), start) or after.match(self.text, end):
            return "past"
        i = self.sentence_of(start)
        cues = self._cues_of(i)
        if not cues:
            return None
        lo, hi = self._clause(i, start, end)
        before = [c for c in cues if lo <= c[0] and c[1] <= start]
        if before:
            return self._cue_tense(before[-1])
        after = [c for c in cues if end <= c[0] and c[1] <= hi]
        if after:
            return self._after_tense(end, after[0])
        # No cue in the clause: the sentence's nearest, before first; but a phrase set off
        # to say what came first (", following talks in Oslo on Thursday") does not take the
        # future of the clause it follows: what a report says came first has mostly happened.
        if _PRECEDING.match(self.text, lo, start):
            return None
        before = [c for c in cues if c[1] <= start]
        if before:
            return self._cue_tense(before[-1])
        after = [c for c in cues if c[0] >= end]
        return self._after_tense(end, after[0]) if after else None

    def _after_tense(self, end: int, cue: tuple[int, int, Tense]) -> Tense:
        """A cue after the expression, unless a reporting verb comes first: in "On Friday, the
        company said it will cut jobs" Friday is when it was said, not when jobs go."""
        m = _REPORTED_AHEAD().search(self.text, end, cue[0])
        if m is None and cue[2] == "future" and _DECIDED_TO.fullmatch(self.text, cue[0], cue[1]):
            return "past"  # "ministers meeting on Friday agreed to build it": Friday is when they agreed
        return "past" if m else self._cue_tense(cue)
