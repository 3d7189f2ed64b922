"""Direction of a sentence around a time expression: past, present or future.

Bare months ("in December") and year-less dates ("On June 3") are placed before or after
the anchor by the cue nearest before them in their sentence (else nearest after):
"agreed to activate ... in December" -> future, "was held in May" -> past.
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


_MODAL = re.compile(r"\b(?:will|would|shall|'ll|to)(?:\s+(?:not|still|also|then|now|be|have|been|soon))*\s+(?:be|been)\s+(?:\w+\s+)?$", re.IGNORECASE)

_SENT_END = re.compile(r"(?<=[.!?])[\"')\]]?\s+(?=[\"'(\[]?[A-Z0-9])|\n\s*\n")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Cheap sentence spans for when the caller gives none."""
    spans, start = [], 0
    for m in _SENT_END.finditer(text):
        # "Jan. 5", "U.S. officials": a one- or two-letter word or an abbreviation before the dot.
        before = text[max(0, m.start() - 5) : m.start()]
        if re.search(r"(?:\b[A-Z][a-z]{0,3}\.|\b[A-Z]\.)$", before) and not before.endswith(("..", "!")):
            continue
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

    def tense_at(self, start: int, end: int) -> Tense | None:
        cues = self._cues_of(self.sentence_of(start))
        before = [c for c in cues if c[1] <= start]
        if before:
            last = before[-1]
            # "would still be held", "will be named": a participle after a modal is not past.
            if last[2] == "past" and _MODAL.search(self.text, max(0, last[0] - 24), last[0]):
                return "future"
            return last[2]
        after = [c for c in cues if c[0] >= end]
        return after[0][2] if after else None
