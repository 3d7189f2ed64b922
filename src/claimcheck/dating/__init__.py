"""The publication date of each source, and how it was found.

Order of trust: ``claims/sources.yaml`` (basis ``metadata``), a date carried by the file
(JSONL field, HTML metadata, a "Published: ..." line: ``file``), inference from the page
and the text (``inferred``, with the evidence and a confidence; see ``infer``), else
``unknown``. Never today's date.

Each source's text is tagged once without an anchor; inference scores candidate dates by
arithmetic over that tagging, and the time-tagging stage then resolves the same matches
against the date chosen (``date_and_tag``), so the text is scanned once. Sources whose text
pins no year ("last Thursday, November 9" fits 2017, 2023 and 2028) take the year nearest
the rest of the corpus, in a second pass over their stored tagging (``corpus_pass``).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass, field, replace
from collections.abc import Callable, Collection, Sequence
from datetime import date, timedelta

from .. import timex
from ..clean import PageDate
from ..models import DateAnchor, Published, Source, Timex
from ..timex.context import Ctx
from ..timex.rules import Cand
from ..store import SourceEntry
from . import facts, neighbours, page
from .trust import CONFIDENT, known_day
from .infer import (MASTHEAD_CONFIDENCE, STORY_SPREAD, EventDay, EventDays, Memo, Neighbours, Prior, floor_applies,
                    infer_from, read)
from .values import file_date, month_anchor, parse_page_date, published_from_value

__all__ = ["date_sources", "infer", "infer_tagged", "apply_known", "date_and_tag", "corpus_pass",
           "published_from_value", "month_anchor", "parse_page_date"]

Tagger = Callable[..., list[Timex]]


def _published_line(lines: Sequence[PageDate]) -> tuple[str, str] | None:
    """The date of a "Published: ..." line, the article's own statement of its date."""
    import re

    for line in lines:
        if line.published:
            body = re.sub(r"^\W*(?:first\s+)?(?:published|posted|date published)\s*(?:on)?\s*:?\s*", "", line.text,
                          flags=re.IGNORECASE)
            day = parse_page_date(body)
            if day is not None:
                return day.isoformat(), line.text
    return None


def apply_known(sources: Sequence[Source], meta: dict[str, SourceEntry],
                page_dates: dict[str, list[PageDate]] | None = None) -> list[Source]:
    """Date the sources whose date is given (metadata, the file); return the others, to infer."""
    page_dates = page_dates or {}
    pending: list[Source] = []
    for s in sources:
        entry = meta.get(s.id)
        if entry is not None:
            s.outlet = entry.outlet or s.outlet
            s.url = entry.url or s.url
        if entry is not None and entry.published:
            s.published = published_from_value(entry.published, "metadata", entry.basis)
        elif s.meta_published and (value := file_date(s.meta_published)):
            s.published = published_from_value(value, "file", f"date in the file: {s.meta_published!r}")
        elif (line := _published_line(page_dates.get(s.id, ()))) is not None:
            s.published = published_from_value(line[0], "file", f"dateline in the file: {line[1]!r}")
        else:
            pending.append(s)
    return pending


def infer_tagged(source: Source, unresolved: Sequence[Timex], page_dates: Sequence[PageDate] = (),
                 prior: Prior | int | None = None, neighbour: Neighbours | tuple[date, str] | None = None,
                 memo: Memo | None = None, events: EventDays | None = None) -> Published:
    """Infer ``source``'s date from its text tagged without an anchor (no tagging here);
    ``memo`` keeps what the text says between calls that differ only in prior and neighbour."""
    memo = memo or Memo()
    if memo.clues is None:
        memo.clues = page.clues(source.text, unresolved, page_dates)
    return infer_from(unresolved, source.text, memo.clues, Prior(prior) if isinstance(prior, int) else prior,
                      neighbour, memo, events)


def infer(source: Source, tag: Tagger = timex.tag, page_dates: Sequence[PageDate] = (),
          prior: Prior | int | None = None) -> Published:
    """Infer ``source``'s publication date from its own text (tagged once, without an anchor)."""
    return infer_tagged(source, tag(source.text, None, source.sentences, source.excluded), page_dates, prior)


NEIGHBOUR_ANCHOR = 0.5  # a day an article's own page or text gave this surely may date a similar article


@dataclass
class Kept:
    """What the first pass learnt of the sources it left for the corpus pass, in this process
    (a worker sends back the scanner's matches only): their tags without an anchor and memos."""

    unresolved: dict[str, list[Timex]] = field(default_factory=dict)
    memos: dict[str, Memo] = field(default_factory=dict)


def date_and_tag(source: Source, infer_date: bool, page_dates: Sequence[PageDate] = (),
                 kept: Kept | None = None) -> tuple[list[Timex], list[Cand] | None]:
    """Time expressions of ``source`` (dating it first when ``infer_date``), from one scan of its text.

    Returns the tags resolved against the source's date, and, for a source whose date the
    corpus pass may revise, the scanner's matches, so that pass can resolve them again
    (``timex.resolve``) without scanning the text a second time; ``kept`` also keeps, in this
    process, what the corpus pass would otherwise work out again.
    """
    cands = timex.find(source.text, source.sentences, source.excluded)
    if not infer_date:
        return timex.resolve(source.text, cands, source.published.anchor()), None
    unresolved = timex.resolve(source.text, cands, None)
    memo = Memo()
    source.published = infer_tagged(source, unresolved, page_dates, memo=memo)
    keep = cands if (source.published.confidence or 0) < CONFIDENT else None
    if keep is not None and kept is not None:
        kept.unresolved[source.id] = unresolved
        kept.memos[source.id] = memo
    if source.published.start is None:
        return unresolved, keep
    return timex.resolve(source.text, cands, source.published.anchor()), keep


def corpus_prior(sources: Sequence[Source], page_days: Sequence[date] = ()) -> Prior | None:
    """The corpus's dates: the days of sources dated for sure, and the median year of all dated;
    failing sure days, the days the undecided articles' pages show (``page_days``: a header or
    capture stamp, a page field), which are calendar days of the story's time, before the days
    of articles dated from their text alone, whose year is often only the first after the
    years they tell."""
    known = sorted(s.published.start.year for s in sources if s.published.start is not None)
    if not known:
        return None
    def days(least: float) -> tuple:
        return tuple(sorted(d for s in sources if (d := known_day(s.published, least)) is not None))

    # the days of sources dated for sure; failing those, the days the pages show, then the
    # days of sources dated from their own text
    sure = days(CONFIDENT)
    if not sure and len(page_days) >= PAGE_DAYS_OVER_TEXT:
        return Prior(int(statistics.median_low(sorted(d.year for d in page_days))), tuple(sorted(page_days)),
                     sure=False)
    return Prior(int(statistics.median_low(known)), sure or days(0.45), sure=bool(sure))


# the days the pages of this many articles show outweigh the days of articles dated from their
# text alone (one page's capture stamp may be months off; two pages seldom agree by chance)
PAGE_DAYS_OVER_TEXT = 2


def undecided_prior(sources: Sequence[Source], undecided: Collection[str],
                    page_days: Sequence[date] = (), floors: Collection[int] = ()) -> Prior | None:
    """The prior for the undecided sources: from the others (and those a corpus round has
    since dated for sure: a dateline's year the corpus gave), else from all. ``floors``: the
    undecided sources' story floors (``story_floors``)."""
    found = corpus_prior([s for s in sources if s.id not in undecided or known_day(s.published) is not None],
                         page_days) or corpus_prior(sources, page_days)
    if found is None and page_days:  # no article dated at all: the days the pages show
        found = Prior(int(statistics.median_low(sorted(d.year for d in page_days))), tuple(sorted(page_days)),
                      sure=False)
    return _floored(found, min(floors) if floors and len(floors) == len(undecided) else None)


def story_floor(bounds: Collection[int]) -> int | None:
    """The earliest year a story's articles may be published in: the latest year one of them
    tells an event of as past ("joined the company in 2023", "the previous session, in 2023"),
    less the years one story may span (``STORY_SPREAD``)."""
    return max(bounds) - STORY_SPREAD if bounds else None


# the articles most like one (sharing this many of its heaviest words) are its story's peers:
# the latest year they tell as past bounds its own (a corpus may hold many stories)
STORY_PEERS = 6


def story_floors(sources: Sequence[Source], clues: dict[str, YearClue],
                 vectors: neighbours.Vectors | None = None) -> dict[str, int]:
    """The story floor (``story_floor``) of each undecided source that may take one, over the
    bounds of the ``STORY_PEERS`` articles most like it (``neighbours.nearest``: one story's
    articles share its rare words; a corpus of many stories keeps each to its own). ``clues``:
    each undecided source's ``year_clues``."""
    wanted = [sid for sid, (_, open_year) in sorted(clues.items()) if open_year]
    anchors = {sid: (b,) for sid, (b, _) in clues.items() if b is not None}
    if not wanted or not anchors:
        return {}
    peers = neighbours.nearest(sources, wanted, anchors, neighbours.EVENT_MIN_SHARED, vectors, STORY_PEERS)
    out = {}
    for sid, (years, _) in peers.items():
        floor = story_floor(years)  # type: ignore[arg-type]
        if floor is not None:
            out[sid] = floor
    return out


def _floored(prior: Prior | None, floor: int | None) -> Prior | None:
    """``prior`` with the days of sources guessed before ``floor`` (the lowest story floor of the
    undecided sources, when each has one) dropped, when no source is dated for sure (sure days
    place the story's time themselves)."""
    if prior is None or prior.sure or floor is None:
        return prior
    return Prior(max(prior.year, floor), tuple(d for d in prior.days if d.year >= floor), sure=False)


def with_floor(prior: Prior, floor: int | None) -> Prior:
    """``prior`` for one source: with its story floor, when no source is dated for sure."""
    return prior if prior.sure or floor == prior.floor else replace(prior, floor=floor)


# the latest year a source tells an event of as past, and whether its own year is open to a
# story floor (``infer.floor_applies``)
YearClue = tuple[int | None, bool]


def year_clues(memos: dict[str, Memo], undecided: Collection[str]) -> dict[str, YearClue]:
    """Each undecided source's ``YearClue`` (its memo read)."""
    out = {}
    for sid in sorted(undecided):
        m = memos.get(sid)
        if m is not None and m.facts is not None:
            out[sid] = (m.facts.past_bound, floor_applies(m.facts))
    return out


def read_undecided(sources: Sequence[Source], undecided: dict[str, list[Timex]],
                   page_dates: dict[str, list[PageDate]], memos: dict[str, Memo]) -> None:
    """Read the page clues and facts of each undecided source into its memo (once: the corpus
    rounds read them from there)."""
    for s in sources:
        if s.id in undecided:
            memo = memos.setdefault(s.id, Memo())
            if memo.clues is None:
                memo.clues = page.clues(s.text, undecided[s.id], page_dates.get(s.id, ()))
            read(memo, undecided[s.id], s.text, memo.clues)


def shown_days(sources: Sequence[Source], undecided: dict[str, list[Timex]],
               page_dates: dict[str, list[PageDate]], memos: dict[str, Memo]) -> list[date]:
    """The full dates the undecided articles' pages show that are not their own stamp (a
    header, a capture stamp, a page field, an update; the earliest of each page): weak for one
    article, but days of the story's time for the corpus."""
    out = []
    for s in sources:
        if s.id not in undecided:
            continue
        memo = memos.get(s.id)
        found = memo.clues if memo is not None and memo.clues is not None else \
            page.clues(s.text, undecided[s.id], page_dates.get(s.id, ()))
        # one day per page: a page's several stamps are one witness
        shown = sorted(c.day for c in found if c.kind in page.WEAK and c.day is not None)
        out.extend(shown[:1])
    return out


def corpus_pass(sources: Sequence[Source], undecided: dict[str, list[Timex]],
                page_dates: dict[str, list[PageDate]] | None = None, prior: Prior | None = None,
                near: dict[str, Neighbours] | None = None, memos: dict[str, Memo] | None = None,
                events: dict[str, EventDays] | None = None, floors: dict[str, int] | None = None) -> list[Source]:
    """Date again, knowing the rest of the corpus, the sources in ``undecided`` (their tags
    without an anchor); return those whose date changed. ``prior``: the corpus's, when
    ``sources`` are only a part of it (a partition on a cluster: claimcheck.distributed);
    ``near``: days to borrow (``borrowing``); ``events``: event days to borrow (``event_days``);
    ``floors``: each source's story floor (``story_floors``)."""
    prior = prior or undecided_prior(sources, undecided)
    if prior is None:
        return []
    page_dates = page_dates or {}
    near = near or {}
    events = events or {}
    floors = floors or {}
    changed: list[Source] = []
    for s in sources:
        if s.id in undecided:
            before = s.published.value
            memo = memos.setdefault(s.id, Memo()) if memos is not None else None
            s.published = infer_tagged(s, undecided[s.id], page_dates.get(s.id, ()),
                                       with_floor(prior, floors.get(s.id)), near.get(s.id), memo, events.get(s.id))
            if s.published.value != before:
                changed.append(s)
    return changed


def borrowing(sources: Sequence[Source], undecided: Collection[str],
              vectors: neighbours.Vectors | None = None) -> dict[str, Neighbours]:
    """For each undecided source whose own page and text pin no day, the days of the dated
    articles most like it (up to ``neighbours.DAY_LENDERS``, near-equally alike), and those
    articles (``neighbours``). Only days an article found in its own page or text are lent,
    never borrowed ones. ``sources``: the whole corpus."""
    anchors = {s.id: (s.published.start,) for s in sources if s.published.start is not None
               and s.published.start == s.published.end
               and (s.published.basis in ("metadata", "file") or (s.published.confidence or 0) >= NEIGHBOUR_ANCHOR)
               and not _late_look_back(s)}
    wanted = [s.id for s in sources if s.id in undecided and s.id not in anchors]
    return neighbours.nearest(sources, wanted, anchors, vectors=vectors, most=neighbours.DAY_LENDERS,
                              close=neighbours.DAY_CLOSE)


def _late_look_back(source: Source) -> bool:
    """An analysis or a follow-up (``page.looks_back``) dated by its own page or given date: it
    shares every word of its story but is published weeks after its news, so its day is lent to
    no report (dated from the one event day it names, that day is its events' and may be lent)."""
    p = source.published
    page_dated = p.basis in ("metadata", "file") or (p.confidence or 0) >= MASTHEAD_CONFIDENCE
    return page_dated and page.looks_back(source.text)


def event_days(sources: Sequence[Source], undecided: Collection[str], memos: dict[str, Memo],
               vectors: neighbours.Vectors | None = None) -> dict[str, EventDays]:
    """For each undecided source, the days the article most like it writes with their year for
    events it reports as past (a date written with its year holds whatever the article's own
    date), each with the words of its sentence, and that article: "late on Tuesday" in one
    report of a fire is pinned by "on March 11, 2025" in another. Lenders: the sources whose
    tagging this process kept."""
    by_id = {s.id: s for s in sources}
    lenders: dict[str, tuple[EventDay, ...]] = {}
    for sid, memo in sorted(memos.items()):
        if memo.facts is None or sid not in by_id:
            continue
        text = by_id[sid].text
        a, b = by_id[sid].published.start, by_id[sid].published.end
        # a day planned ("sentencing is set for June 9, 2031") names the event's day too, for
        # an article that reports it as past by weekday; a day is news when the lender itself
        # is dated (a day or a month) within a month after it, or two before a plan
        days = tuple((t.start, neighbours.sentence_words(text, *t.span), sid,
                      a is not None and b is not None and t.start <= b and (a - t.start).days <= 31, True)
                     for t in memo.facts.explicit_days if t.start is not None) + \
            tuple((t.start, neighbours.sentence_words(text, *t.span), sid,
                   a is not None and b is not None and a <= t.start and (t.start - b).days <= 62, True)
                  for t in memo.facts.planned_days if t.start is not None)
        days += _resolved_days(by_id[sid], memo.facts, text)
        if days:
            lenders[sid] = days
    wanted = [s.id for s in sources if s.id in undecided]
    return neighbours.nearest(sources, wanted, lenders, neighbours.EVENT_MIN_SHARED, vectors, neighbours.EVENT_LENDERS)


def _resolved_days(source: Source, f: facts.Facts, text: str) -> tuple[EventDay, ...]:
    """The days a source dated to a day from its own page or text gives its events without their
    year: "December 12", "on Wednesday" (the latest such day, on or before publication), each
    with the words of its sentence; a similar article naming "Dec. 12" or "Wednesday's hearing"
    for the same event then learns its year or its week."""
    pub = source.published
    if pub.start is None or pub.start != pub.end or \
            not (pub.basis in ("metadata", "file") or (pub.confidence or 0) >= NEIGHBOUR_ANCHOR):
        return ()
    day = pub.start
    ctx = Ctx(DateAnchor(start=day, end=day, granularity="day"))
    out = []
    for y in f.yearless:
        if y.day is None or y.tense == "future" or y.weekday_rel or not y.plain:
            continue
        span = y.interval(ctx)
        if span is not None and span[0] <= day:
            out.append((span[0], neighbours.sentence_words(text, *y.timex.span), source.id, True, False))
    for weekday, start, end in f.weekday_spans:
        out.append((day - timedelta(days=(day.weekday() - weekday) % 7), neighbours.sentence_words(text, start, end),
                    source.id, True, False))
    return tuple(out)


def corpus_passes(sources: Sequence[Source], undecided: dict[str, list[Timex]],
                  page_dates: dict[str, list[PageDate]] | None = None,
                  memos: dict[str, Memo] | None = None, vectors: neighbours.Vectors | None = None) -> list[Source]:
    """Both corpus rounds over a whole corpus: first with the corpus's dates as a prior (a
    dateline's year, say), then borrowing days for the articles still without one; return
    the sources whose date changed. ``vectors``: the texts' (``neighbours.vectors_of``), when
    made already."""
    first = {s.id: s.published.value for s in sources if s.id in undecided}
    memos = {} if memos is None else memos
    read_undecided(sources, undecided, page_dates or {}, memos)
    shown = shown_days(sources, undecided, page_dates or {}, memos)
    vectors = {} if vectors is None else vectors  # each text's words, read once for the floors and both lendings
    floors = story_floors(sources, year_clues(memos, undecided), vectors)
    prior = undecided_prior(sources, undecided, shown, floors.values())
    corpus_pass(sources, undecided, page_dates, prior, memos=memos, floors=floors)
    near = borrowing(sources, undecided, vectors)
    events = event_days(sources, undecided, memos, vectors)
    again = undecided_prior(sources, undecided, shown, floors.values())  # the first round may have dated the sources it draws on
    if again == prior:
        # the second round then differs from the first only by what is lent: a source lent
        # nothing would be dated again exactly as it was
        undecided = {k: v for k, v in undecided.items() if k in near or k in events}
    corpus_pass(sources, undecided, page_dates, again, near=near, memos=memos, events=events, floors=floors)
    return [s for s in sources if s.id in first and s.published.value != first[s.id]]


def date_sources(sources: Sequence[Source], meta: dict[str, SourceEntry], tag: Tagger = timex.tag,
                 page_dates: dict[str, list[PageDate]] | None = None) -> None:
    """Fill ``published`` (and outlet/url from metadata) for every source, in two passes."""
    page_dates = page_dates or {}
    undecided: dict[str, list[Timex]] = {}
    memos: dict[str, Memo] = {}  # what the first pass read of the undecided texts, for the corpus rounds
    for s in apply_known(sources, meta, page_dates):
        unresolved = tag(s.text, None, s.sentences, s.excluded)
        memo = Memo()
        s.published = infer_tagged(s, unresolved, page_dates.get(s.id, ()), memo=memo)
        if (s.published.confidence or 0) < CONFIDENT:
            undecided[s.id] = unresolved
            memos[s.id] = memo
    if undecided:
        corpus_passes(sources, undecided, page_dates, memos)
