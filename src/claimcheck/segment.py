"""Paragraphs and sentences as spans. A line break (LF, CRLF or a lone CR, as old Mac files
have) always ends a paragraph, so a headline is never glued to the first sentence; inside a
paragraph one compiled regex finds the sentence ends, and a small table of abbreviations
keeps "U.S." or "Lloyd J. Austin" whole.

A "sentence" longer than ``MAX_SENTENCE`` characters (text without punctuation: a
transcript, a flattened table) is cut at white space into pieces of at most that length,
so every later stage, which reads a sentence as one unit, stays linear in the text length.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import accumulate

from .models import Source, Span
from .words import scan

_PARAGRAPH = re.compile(r"[^\r\n]*\S[^\r\n]*")
# A candidate end: terminal punctuation, optional closing quotes/brackets, then white
# space and something that can start a sentence.
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())  # "Étienne" opens one too
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[" + _UP + r"0-9])")
# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen lt col maj capt sgt adm cmdr rep sen gov pres st mt ft no nos vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.u a.m p.m inc corp ltd co jr sr
    dept est approx fig al i.e e.g""".split()
)
_TOKEN_BEFORE = re.compile(r"([\w.]+)$")
# About twice the longest sentence in 43,000 sentences of news; later stages read a sentence
# as one unit, some per candidate, so an unbounded sentence would cost quadratic time.
MAX_SENTENCE = 2000
_SPACE = re.compile(r"\s+")


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _TOKEN_BEFORE.search(text, max(0, dot - 24), dot)  # a short window: abbreviations are short
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha()  # an initial: "Lloyd J. Austin"


def sentences_in(text: str, start: int, end: int) -> list[Span]:
    """Sentence spans within ``text[start:end]``, trimmed of surrounding white space."""
    spans: list[Span] = []
    begin = start
    for m in _END.finditer(text, start, end):
        if text[m.start()] == "." and _is_abbreviation(text, m.start()):
            continue
        spans.append((begin, m.end()))
        begin = m.end()
    spans.append((begin, end))
    out: list[Span] = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if e - trail > s + lead:
            out.extend(_cut_long(text, s + lead, e - trail))
    return out


def _cut_long(text: str, start: int, end: int) -> list[Span]:
    """``[start, end)`` in pieces of at most ``MAX_SENTENCE`` characters, cut at the last white
    space before the limit (at the limit itself when a piece has none)."""
    pieces: list[Span] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        cut = None
        for m in _SPACE.finditer(text, start + MAX_SENTENCE // 2, limit + 1):
            cut = m
        if cut is None:
            pieces.append((start, limit))
            start = limit
            continue
        pieces.append((start, cut.start()))
        start = _SPACE.match(text, cut.start()).end()  # type: ignore[union-attr]
    if end > start:
        pieces.append((start, end))
    return pieces


def segment(source: Source) -> None:
    """Fill ``source.paragraphs`` and ``source.sentences``, skipping excluded regions."""
    text = source.text
    excluded = set(source.excluded)
    paragraphs: list[Span] = []
    sentences: list[Span] = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.span()
        lead = len(m.group()) - len(m.group().lstrip())
        trail = len(m.group()) - len(m.group().rstrip())
        if (s, e) in excluded or any(a <= s + lead and e - trail <= b for a, b in source.excluded):
            continue
        span = (s + lead, e - trail)
        paragraphs.append(span)
        sentences.extend(sentences_in(text, *span))
    source.paragraphs = paragraphs
    source.sentences = sentences


def sentences_outside_excluded(source: Source) -> Iterator[tuple[int, Span]]:
    """(index, span) of each sentence that no excluded (boilerplate) region holds whole: what
    claim readers read. Worked out once per source's spans (a score of readers ask in turn
    for one article's): one sort of the regions, then a bisect per sentence."""
    return iter(_outside_list(source))


def outside_sentence_at(source: Source, at: int) -> tuple[int, Span] | None:
    """The sentence outside the excluded regions that holds offset ``at`` ((its number among
    them, its span)), or None: one bisect over the list worked out once per source's spans."""
    spans = _outside_list(source)
    firsts = _outside_firsts(spans)
    n = bisect.bisect_right(firsts, at) - 1
    return (n, spans[n][1]) if n >= 0 and at < spans[n][1][1] else None


def _outside_firsts(spans: list[tuple[int, Span]]) -> list[int]:
    """Where each of ``spans`` starts, kept beside the last list asked about."""
    if _FIRSTS[0] is not spans:
        _FIRSTS[:] = [spans, [sp[0] for _, sp in spans]]
    return _FIRSTS[1]


def _outside_list(source: Source) -> list[tuple[int, Span]]:
    sentences, excluded = source.sentences, source.excluded
    last = _OUTSIDE
    if last[0] is not sentences or last[1] is not excluded:  # spans are replaced, never changed in place
        last[:] = [sentences, excluded, list(_outside(sentences, excluded))]
    return last[2]


# the last spans asked about (held, so that their identity stays theirs) and their answer
_OUTSIDE: list = [None, None, []]
_FIRSTS: list = [None, []]  # the last outside list asked about and where its sentences start


def _outside(sentences: list[Span], excluded: list[Span]) -> Iterator[tuple[int, Span]]:
    regions = sorted(excluded)
    starts = [a for a, _ in regions]
    reach = list(accumulate((b for _, b in regions), max))  # the furthest end of any region starting so far
    for i, (s, e) in enumerate(sentences):
        k = bisect.bisect_right(starts, s) - 1
        if k >= 0 and reach[k] >= e:
            continue
        yield i, (s, e)


@dataclass(frozen=True)
class Cue:
    """What a sentence must hold for a claim reader to find anything in it: one of ``words``
    (lower-cased words of the text's one word scan, ``words.scan``: letters with inner
    hyphens or apostrophes, so "3rd" is the word "rd") or, with ``number``, a digit. The
    extraction driver (``extract.cued``) hands a reader only the sentences that meet its cue
    and does not call it when none does, so the cue must hold wherever the reader's patterns
    can match: a word they match only whole (" than ", " came "), never a stem
    ("vot" in "voted"); with ``parts``, a piece of a joined word counts too ("born" in
    "Swiss-born", "officer" in "officer's"), for patterns bounded by ``\\b`` or a look-around,
    which match such a piece."""

    words: frozenset[str] = frozenset()
    number: bool = False
    parts: bool = False


def sentences_meeting(source: Source, cue: Cue) -> list[tuple[int, Span]]:
    """(index, span) of each sentence ``sentences_outside_excluded`` gives that meets ``cue``:
    each of the cue's words the text holds (the shared word index: a dictionary lookup per
    word of the cue, or of the text when it has fewer) placed in its sentence by a bisect,
    and the sentences holding a digit, found once per text for every cue that asks."""
    outside = _outside_list(source)
    text = source.text
    last = _MEETING
    if last[0] is not outside or last[1] is not text:
        last[:] = [outside, text, [s for _, (s, _) in outside], None]
    starts = last[2]
    found: set[int] = set()
    if cue.words:
        words = scan(text)
        at = words.starts
        hits = words.positions(cue.words)
        if cue.parts:
            pieces = words.parts()
            hits = [*hits, *(i for w in cue.words if w in pieces for i in pieces[w])]
        for i in hits:
            k = bisect.bisect_right(starts, at[i]) - 1
            if k >= 0 and at[i] < outside[k][1][1]:
                found.add(k)
    if cue.number:
        if last[3] is None:
            last[3] = {k for k, (_, (s, e)) in enumerate(outside) if _DIGIT_RUN.search(text, s, e) is not None}
        found |= last[3]
    return [outside[k] for k in sorted(found)]


# a digit that starts a run of digits (the look-behind reads before the sentence's start too)
_DIGIT_RUN = re.compile(r"(?<!\d)\d")
# the sentences last asked about and their text (held, so that their identity stays theirs),
# their starts and the indexes of those holding a digit (None until a cue asks)
_MEETING: list = [None, None, [], None]


def title_of(source: Source) -> str | None:
    """The first paragraph when it reads as a headline: short and without a final stop."""
    for s, e in source.paragraphs[:3]:
        line = source.text[s:e]
        if len(line) <= 200 and not line.rstrip().endswith((".", "”", '"', ":")):
            return line
    return None
