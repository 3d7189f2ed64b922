"""Finding time expressions: one combined regex over the text, matches parsed once per text.

All rules are joined into one compiled alternation (in rule order), so the text is scanned
once. For each hit the rule's own pattern is re-matched at that position to read its
groups. The result -- a list of anchor-independent :class:`Cand` -- is cached by the text's
hash (plus sentences and excluded spans), so tagging the same text against many candidate
anchors (publication-date inference) only re-runs the cheap per-anchor handlers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Sequence
from functools import cache

from .rules import BOUND_AFTER, BOUND_BEFORE, RULES, Cand, compiled
from .tense import TenseIndex, split_sentences

# Rules whose value depends on the sentence's direction.
NEEDS_TENSE = {"month", "month_day", "weekday", "weekday_date", "on_the_nth", "quarter", "holiday", "season",
               "clock_time", "day_pair_of_month"}
_GROUP = re.compile(r"\(\?P<\w+>")
_PRE_WORD = re.compile(r"([\w.]+)\W*$")
CACHE_SIZE = 256
_cache: OrderedDict[tuple[object, ...], list[Cand]] = OrderedDict()


@cache
def combined() -> re.Pattern[str]:
    alts = [f"(?P<{r.name}>{_GROUP.sub('(?:', r.pattern)})" for r in RULES]
    return re.compile(BOUND_BEFORE + "(?:" + "|".join(alts) + ")" + BOUND_AFTER, re.IGNORECASE)


def clear_cache() -> None:
    _cache.clear()


def find(text: str, sentences: Sequence[tuple[int, int]] | None = None,
         excluded: Sequence[tuple[int, int]] = ()) -> list[Cand]:
    key = (hash(text), len(text), tuple(sentences) if sentences is not None else None, tuple(excluded))
    hit = _cache.get(key)
    if hit is not None:
        _cache.move_to_end(key)
        return hit
    cands = _find(text, sentences, excluded)
    _cache[key] = cands
    if len(_cache) > CACHE_SIZE:
        _cache.popitem(last=False)
    return cands


def _find(text: str, sentences: Sequence[tuple[int, int]] | None, excluded: Sequence[tuple[int, int]]) -> list[Cand]:
    ex = sorted(excluded)
    ex_starts = [s for s, _ in ex]
    tenses: TenseIndex | None = None
    out: list[Cand] = []
    for m in combined().finditer(text):
        start, end = m.span()
        i = bisect_right(ex_starts, start) - 1
        if (i >= 0 and ex[i][1] > start) or (i + 1 < len(ex) and ex[i + 1][0] < end):
            continue
        name = m.lastgroup
        assert name is not None
        sm = compiled(name).match(text, start)
        if sm is None:  # cannot happen: same pattern, same position
            continue
        groups = {k: v for k, v in sm.groupdict().items() if v is not None}
        pm = _PRE_WORD.search(text, max(0, start - 20), start)
        pre = pm.group(1).lower() if pm else ""
        tense = None
        if name in NEEDS_TENSE:
            if tenses is None:
                tenses = TenseIndex(text, sentences if sentences is not None else split_sentences(text))
            tense = tenses.tense_at(start, end)
        if "lead" in groups:  # "earlier Friday": the extent is "Friday"
            start = sm.end("lead")
        out.append(Cand(name, start, sm.end(), groups, tense, pre, text[sm.end() : sm.end() + 24]))
    return out
