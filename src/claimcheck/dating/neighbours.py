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
from datetime import date, timedelta

from ..models import Source

_TOKEN = re.compile(r"[A-Za-z][a-z]{3,}|\d{2,}")
RAREST = 25  # words of an article looked up
MAX_POSTING = 40  # a word shared by more dated articles than this says nothing about which
MIN_SHARED = 4  # rare words two articles must share to be about the same events
MAX_SHARE = 0.34  # a word in more than this share of the corpus is the story's, not the event's


def _terms(text: str) -> set[str]:
    return {w.lower() for w in _TOKEN.findall(text)}


def nearest(sources: Sequence[Source], wanted: Sequence[str],
            anchors: Mapping[str, date]) -> dict[str, tuple[date, str]]:
    """For each id in ``wanted``, the day of the anchor (id -> day) most like it, and that id."""
    if not anchors or not wanted:
        return {}
    terms = {s.id: _terms(s.text) for s in sources}
    df: Counter[str] = Counter()
    for t in terms.values():
        df.update(t)
    n = len(sources)
    limit = max(2, int(MAX_SHARE * n))
    postings: dict[str, list[str]] = {}
    for sid in sorted(anchors):
        for w in terms.get(sid, ()):
            if 2 <= df[w] <= limit:
                postings.setdefault(w, []).append(sid)
    out: dict[str, tuple[date, str]] = {}
    for sid in wanted:
        own = sorted((w for w in terms.get(sid, ()) if w in postings), key=lambda w: (df[w], w))[:RAREST]
        score: dict[str, float] = {}
        shared: Counter[str] = Counter()
        for w in own:
            if len(postings[w]) > MAX_POSTING:
                continue
            weight = math.log(n / df[w])
            for other in postings[w]:
                if other != sid:
                    score[other] = score.get(other, 0.0) + weight
                    shared[other] += 1
        best = max((o for o in score if shared[o] >= MIN_SHARED), key=lambda o: (score[o], o), default=None)
        if best is not None:
            out[sid] = (anchors[best], best)
    return out


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
