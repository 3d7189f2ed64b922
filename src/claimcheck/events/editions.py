"""Editions of a recurring series other than the one the articles are about.

A series' edition is known by its time, not its number: "the 2025 edition", "the 2019
festival", "last year's summit" name an edition by a year, and that year is the edition's,
never the date of another session phrase in the same sentence ("staged the 12th edition for
€4 million, a tenth less than the 2025 edition cost": the 2025 is the earlier edition's).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from functools import lru_cache

from ..keys import OccurrenceKey, parse
from ..models import Claim, Timex
from .lexicon import classes
from .sessions import tables

# right after a time expression: "'s", then a word and the one after it
_AFTER = re.compile(r"(?:['’]s)?\s+([a-z][\w-]*)(?:\s+([a-z]+))?\b")
_REACH = 40  # characters after the time expression in which its head noun is looked for
_GRANULARITIES = frozenset({"year", "season", "month"})  # an edition is named by its year (or month)


@lru_cache(maxsize=1)
def edition_heads() -> frozenset[str]:
    """The nouns a year may name an edition of a series by: meeting and edition nouns,
    the heads of named series and of competitions ("the 2025 edition", "the 2019 cup")."""
    t = tables()
    return t.anchors | t.competitions | t.named_only | t.of_only | t.series_heads


def names_edition(text: str, t: Timex) -> bool:
    """A year (or month) written right before an edition or meeting noun names that edition
    ("the 2025 edition", "last year's contest", "2019's summit"): it dates that noun only."""
    if t.granularity not in _GRANULARITIES:
        return False
    m = _AFTER.match(text, t.span[1], min(len(text), t.span[1] + _REACH))
    if m is None:
        return False
    heads = edition_heads()
    # "the 2025 edition", "the 2025 annual summit"; not "in 2025 and the summit"
    return m.group(1) in heads or (m.group(1) not in tables().not_name and m.group(2) in heads)


def _years(lo: date, hi: date) -> range:
    return range(lo.year, hi.year + 1)


def held_spans(occurrences: list[Claim]) -> dict[str, list[tuple[date, date]]]:
    """The dates told for each subject (start, end), from its occurrence claims over all
    articles: when a session was held."""
    held: dict[str, list[tuple[date, date]]] = defaultdict(list)
    for c in occurrences:
        w = c.when
        if w is not None and w.start is not None and w.end is not None and c.modality == "reported":
            held[c.subject.id].append((w.start, w.end))
    return held


def another_edition(c: Claim, spans: list[tuple[date, date]]) -> bool:
    """A mention dated in another year than every date told for a session ("in 2015, when
    the final was held in X", "last year's contest" beside a session held in June 2026) is
    another edition of its series: it does not refer back to that session, nor lend it a
    date or a place. Years, not days: a session may run for days, an edition is one a year."""
    w = c.when
    if w is None or w.start is None or w.end is None or not spans or c.modality != "reported":
        return False
    years = set(_years(w.start, w.end))
    return not any(years.intersection(_years(lo, hi)) for lo, hi in spans)


def other_editions(occurrences: list[Claim], published: Mapping[str, date]) -> None:
    """In one article, a mention of a numbered session that carries no number and is dated
    in another year than the session ("The 11th X Summit ended with a deal ... Norway last
    hosted the summit in 2019, when it was held in Y") is another edition: it is keyed by
    its year (``series:x#2019``), so it neither dates nor places the session the article
    reports. The session's time is what its numbered mentions state, else, undated, the
    article's publication day (news reports what has just happened)."""
    said: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in occurrences:
        key = parse(c.subject.id)
        if isinstance(key, OccurrenceKey) and key.kind == "series" and key.number is not None:
            said[(c.source, c.subject.id)].append(c)
    for (source, sid), claims in said.items():
        numbered = [c for c in claims if c.value is not None and c.value.type == "ordinal"]
        if not numbered or any(c.modality == "planned" for c in numbered):
            continue
        spans = [(w.start, w.end) for c in numbered if (w := c.when) is not None
                 and w.start is not None and w.end is not None]
        if not spans and source in published:
            spans = [(published[source], published[source])]
        for c in claims:
            w = c.when
            if c in numbered or w is None or w.start is None or w.start.year != (w.end or w.start).year \
                    or not another_edition(c, spans):
                continue
            key = parse(sid)
            c.subject.id = f"{key.base.render()}#{w.start.year}"
            c.subject.label = f"{c.subject.label.rsplit('#', 1)[0].strip()} {w.start.year}"


# before a session phrase in its sentence: "The vote was held during the", "The election took
# place at the", "The ceremony was part of the": a definite event noun set in that session
_SETTING = re.compile(r"(?:^|[.;]\s+)(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z-]+\s+)?([a-z]+)\s+"
                      r"(?:was\s+held|took\s+place|happened|came|was\s+part\s+of|was)\s+(?:at|during|in|of)\s+"
                      r"(?:the\s+)?$")


@lru_cache(maxsize=1)
def _happening_nouns() -> frozenset[str]:
    """Nouns a happening of the story is named by: event class nouns and meeting heads."""
    return frozenset(n.lower() for cls in classes().classes.values() for n in cls.nouns) | tables().anchors


def sets_the_happening(c: Claim) -> bool:
    """A numbered session named as where a definite happening took place ("The vote was held
    during the 81st session of the X", "The election took place at the 80th session"): the
    session of the article's news, wherever in the article it is told."""
    if c.subject.span is None:
        return False
    lead = c.quote[:max(0, c.subject.span[0] - c.span[0])]
    m = _SETTING.search(lead[-80:])
    return m is not None and m.group(1) in _happening_nouns()


MAGNITUDE = 10  # a number this many times below a series' numbers counts something else


def far_below(number: int | None, series_lowest: int | None) -> bool:
    """A number of no written series an order of magnitude below every number the story gives
    a series ("the third round of voting" beside "the 81st session of the X Assembly") is no
    session of that series: it counts the rounds within one, or another thing."""
    return number is not None and series_lowest is not None and number * MAGNITUDE < series_lowest
