"""The dated article nearest in content to an undated one: it likely reports the same events.

A story's articles that share rare words (names, places, the event's own terms) report the
same events, and news is published within days of its events. So an article whose own
text pins no day may take the day of the most similar article whose day is known, moved to
the weekday it names ("the verdict on Thursday"). Linear: each text is tokenised once, and
an article is compared only with the dated articles that share one of its rarest words
(posting lists capped).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from itertools import chain
from datetime import date, timedelta
from typing import TypeVar

from functools import lru_cache

from ..events.lexicon import classes as event_classes, frame_nouns, inflect
from ..models import Source

_TOKEN = re.compile(r"[A-Za-z][a-z]{3,}|\d{2,}")
QUERY_TERMS = 40  # an article's heaviest words looked up
MAX_POSTING = 40  # a word shared by more dated articles than this says nothing about which
MIN_SHARED = 4  # words two articles must share to be about the same events
MAX_SHARE = 0.8  # a word in more than this share of the corpus says nothing of which article
EVENT_MIN_SHARED = 3  # the weekday check is a second test: fewer shared words suffice
# a story's articles share its words whatever phase they report (arrest, trial, sentence): the
# days of this many of the most alike are offered, the sentence and weekday checks choose
EVENT_LENDERS = 6
# the days of the most alike articles (up to this many, scoring at least DAY_CLOSE of the best)
# are offered to an article without a day of its own: the first on a weekday it names wins
DAY_LENDERS = 3
DAY_CLOSE = 0.9


def _terms(text: str) -> Counter[str]:
    return Counter(map(str.lower, _TOKEN.findall(text)))


class _LogCounts(dict[int, float]):
    """A count's weight, 1 + log(count), worked out once per count (most are small)."""

    def __missing__(self, k: int) -> float:
        value = self[k] = 1.0 + math.log(k) if k > 1 else 1.0
        return value


T = TypeVar("T")
Vectors = dict[str, dict[str, float]]  # article id -> word -> weight


def vectors_of(sources: Sequence[Source], max_share: float = MAX_SHARE) -> Vectors:
    """Each text's words weighted by tf-idf (log counts), unit length: a story's phases differ
    in their ordinary words ("jury", "sentenced") as much as in their names, and a word the
    text repeats is what it is about. Words in one text only, or in more than ``max_share``
    of the corpus, are left out. Each text read once."""
    counts = {s.id: _terms(s.text) for s in sources}
    df: Counter[str] = Counter(chain.from_iterable(counts.values()))  # a Counter iterates its words
    n = len(sources)
    limit = max(2, int(max_share * n))
    idf = {w: math.log(n / k) for w, k in df.items() if 2 <= k <= limit}
    out: Vectors = {}
    tf = _LogCounts()
    for sid, c in counts.items():
        v = [(-tf[k] * idf[w], w) for w, k in c.items() if w in idf]
        norm = math.sqrt(sum(x * x for x, _ in v)) or 1.0
        # heaviest first (then by word, for a stable order): a query reads only its head
        v.sort()
        out[sid] = {w: -x / norm for x, w in v}
    return out


def nearest(sources: Sequence[Source], wanted: Sequence[str],
            anchors: Mapping[str, T], min_shared: int = MIN_SHARED, vectors: Vectors | None = None,
            most: int = 1, close: float = 0.0) -> dict[str, tuple[T, str]]:
    """For each id in ``wanted``, the day (or days) of the anchor (id -> day) most like it (the
    cosine of their tf-idf vectors over the ``QUERY_TERMS`` heaviest words of the article), and
    that id; ``vectors``: each text's (``vectors_of``), filled here when empty, so a second
    call reuses them; ``most`` > 1: the values of that many of the most alike, joined
    (tuples), and their ids; ``close``: only those at least that share of the best score."""
    if not anchors or not wanted:
        return {}
    if vectors is None:
        vectors = {}
    if not vectors:
        vectors.update(vectors_of(sources))
    # a word in more than MAX_POSTING anchors is looked up but says nothing: counted (in C),
    # not listed
    width: Counter[str] = Counter()
    for sid in anchors:
        width.update(vectors.get(sid, {}).keys())
    postings: dict[str, list[tuple[str, float]]] = {w: [] for w, k in width.items() if k <= MAX_POSTING}
    for sid in sorted(anchors):
        for w, x in vectors.get(sid, {}).items():
            if w in postings:
                postings[w].append((sid, x))
    out: dict[str, tuple[T, str]] = {}
    for sid in wanted:
        score: dict[str, float] = {}
        shared: dict[str, int] = {}
        taken = 0
        for w, x in vectors.get(sid, {}).items():  # heaviest first
            if w not in width:
                continue
            taken += 1
            if taken > QUERY_TERMS:
                break
            posting = postings.get(w)
            if posting is None:  # in too many anchors
                continue
            for other, y in posting:
                if other in score:
                    score[other] += x * y
                    shared[other] += 1
                else:
                    score[other] = x * y
                    shared[other] = 1
        score.pop(sid, None)
        ranked = sorted((o for o in score if shared[o] >= min_shared), key=lambda o: (-score[o], o))[:most]
        if ranked and close:
            ranked = [o for o in ranked if score[o] >= close * score[ranked[0]]]
        if ranked and most == 1:
            out[sid] = (anchors[ranked[0]], ranked[0])
        elif ranked:
            joined = tuple(v for o in ranked for v in anchors[o])  # type: ignore[attr-defined]
            out[sid] = (joined, ", ".join(ranked))  # type: ignore[assignment]
    return out


@lru_cache(maxsize=1)
def _event_class() -> dict[str, str]:
    nouns = frame_nouns()
    return {w.lower(): cls for cls, words in nouns.items() for w in [cls, *words] if " " not in w}


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
# words any sentence may hold: sharing them says nothing of the event
_COMMON = frozenset("""said says that with from this have were been after their which would about they will when
into than also more over there where while some other what being could since during before under then them
those these monday tuesday wednesday thursday friday saturday sunday morning evening night afternoon
january february march april june july august september october november december""".split())
_BOUND = re.compile(r"[.!?](?=\s)|\n")


@lru_cache(maxsize=1)
def _occurrence_class() -> dict[str, str]:
    """One-word triggers of the event layer's classes (``events/classes.yaml``) by class,
    marked ``=``: an occurrence within a long event ("convicted", "sentencing" within a trial),
    finer than the event nouns' classes."""
    table = event_classes()
    out: dict[str, str] = {}
    for name, cls in sorted(table.classes.items()):
        forms = [f for lemma in cls.verbs for f in table.irregular.get(lemma, inflect(lemma))]
        for w in [*cls.nouns, *forms, *cls.forms]:
            if " " not in w:
                out.setdefault(w.lower(), "=" + name)
    return out


def sentence_words(text: str, start: int, end: int) -> frozenset[str]:
    """The words of the sentence holding ``text[start:end]`` that may name its event: a trigger
    of the event layer as its occurrence class ("=sentencing"), an event noun as its class
    ("blaze" and "fire" alike), other words written in lower case (a name is the story's, not
    the event's) cut to six letters ("sentenced", "sentencing"); one sentence read, not the text."""
    lo = max(0, start - 400)
    before = [m.end() for m in _BOUND.finditer(text, lo, start)]
    after = _BOUND.search(text, end, end + 400)
    sentence = text[before[-1] if before else lo:after.start() if after else min(len(text), end + 400)]
    classes = _event_class()
    occurrences = _occurrence_class()
    out = set()
    for i, m in enumerate(_WORD.finditer(sentence)):
        w = m.group()
        low = w.lower().strip("'-")
        if low in occurrences:
            out.add(occurrences[low])
        elif low in classes:
            out.add(classes[low])
        elif w[0].islower() and low not in _COMMON:
            out.add(low[:6])
        elif i and w[0].isupper() and low not in _COMMON:
            out.add(NAME + low)  # a name inside the sentence: which story, not which event
    return frozenset(out)


NAME = "^"  # marks a name among a sentence's words (``sentence_words``)


def same_names(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sentences name a place, person or body in common ("in Vilnius")."""
    return any(w[0] == NAME for w in a & b)


def same_event(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sentences speak of one event: they share an event noun's class, or two other words;
    when both name occurrences of the event layer ("convicted", "sentencing"), one of those
    (a verdict and a sentencing are two days of one trial)."""
    fine_a, fine_b = {w for w in a if w[0] == "="}, {w for w in b if w[0] == "="}
    if fine_a and fine_b:
        return not fine_a.isdisjoint(fine_b)
    shared = {w for w in a & b if w[0] != NAME}
    return len(shared) >= 2 or not shared.isdisjoint(_event_class().values())


def event_day(near: date, weekdays: set[int]) -> date:
    """The day, within three days of ``near``, that falls on a weekday the article names
    (the event both report), else ``near`` itself."""
    if not weekdays:
        return near
    for k in (0, -1, 1, -2, 2, -3, 3):
        d = near + timedelta(days=k)
        if d.weekday() in weekdays:
            return d
    return near
