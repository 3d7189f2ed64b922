"""The pipeline: each stage a plain function from records to records (docs/internals.md).

Per-source stages (clean, segment, time tags, entity mentions) are independent and can
run in worker processes; the corpus-level stages (dating's second pass, entity
resolution, grouping, checks) see every source at once. ``claimcheck.distributed`` runs
the same stage functions, in the same order, on a Dask cluster: a stage added or moved
here needs the same change there (tests/scale/test_distributed.py compares the reports).
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeVar

from . import annotations, checks, clean, corpus, dating, entities, extract, group, review, segment, store, timex
from .checks.finding import headline_part
from .entities.listing import entity_records, mention_refs
from .gcpause import without_gc
from .spill import Spill
from .models import (Claim, EntityMentionRef, EntityRecord, Finding, Mention, Published, Record, Report, Skipped, Source,
                     Subject, Timex)
from .dating import neighbours
from .dating.infer import Prior
from .timex.rules import Cand

Progress = Callable[[str, int, int], None]
T = TypeVar("T")
R = TypeVar("R", bound=Record)

# Under this many articles one process is faster: forking and sending results back cost
# more than the second core saves (measured on the BBC corpus: docs/scale.md).
AUTO_MIN_SOURCES = 200
# Work sent to a worker at a time: enough chunks that the cores finish together, each
# large enough that sending it and its results back stays a small part of its cost.
CHUNKS_PER_WORKER = 16
MIN_CHUNK = 8
# The last chunks shrink with the work left (each this share of it per worker), down to
# this share of the largest: the last one to finish leaves the other cores idle.
TAIL_SHARE = 4
SMALLEST = 8


def chunk_bounds(weights: Sequence[int], start: int, workers: int) -> list[tuple[int, int]]:
    """Contiguous runs of items ``start..len(weights)``, cut by weight (an article's length: what
    every per-article stage costs grows with it), not by count: none over ``1 / (workers *
    CHUNKS_PER_WORKER)`` of the work (nor, on average, under ``MIN_CHUNK`` items), and towards
    the end a share of the work left, so that the cores finish together. Results come back
    in item order whatever the cuts, so they change no output."""
    n = len(weights)
    if start >= n:
        return []
    total = sum(weights[start:]) or 1
    largest = max(total / (workers * CHUNKS_PER_WORKER), total * MIN_CHUNK / (n - start))
    smallest = largest / SMALLEST
    bounds: list[tuple[int, int]] = []
    i, left = start, total
    while i < n:
        target = max(smallest, min(largest, left / (workers * TAIL_SHARE)))
        j, w = i + 1, weights[i]
        while j < n and w + weights[j] <= target:
            w += weights[j]
            j += 1
        bounds.append((i, j))
        left -= w
        i = j
    return bounds


def cores() -> int:
    """The cores this process may run on (the affinity mask, not the machine's count)."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def workers_for(requested: int | None, n_sources: int) -> int:
    """``--jobs``: what was asked, or (None) every core for a large corpus and one for a small one."""
    if requested is not None:
        return max(1, requested)
    return cores() if n_sources >= AUTO_MIN_SOURCES else 1


@dataclass
class Analysis:
    """Everything the pipeline knows about a corpus, before it becomes a Report."""

    sources: list[Source]
    skipped: list[Skipped] = field(default_factory=list)
    timexes: dict[str, list[Timex]] = field(default_factory=dict)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    index: object | None = None
    claims: list[Claim] = field(default_factory=list)
    subjects: list[Subject] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    entities: list[EntityRecord] | None = None  # the report's entity listing, when made already
    # a source whose layers were dropped (``analyse(keep_layers=False)``): what the report keeps of its mentions
    mention_refs: dict[str, list[tuple[str, EntityMentionRef]]] = field(default_factory=dict)
    # sources redated in a child process whose time expressions are not resolved yet (their
    # scanner's matches): resolved where their claims are extracted (``_times_of``)
    redated: dict[str, list[Cand]] = field(default_factory=dict)
    # a report run's per-source layers waiting on disk for extraction (``_park_times``, ``_park_mentions``)
    spill: Spill | None = None

    @property
    def by_id(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}


def prepare(source: Source) -> list[clean.PageDate]:
    """Clean and segment one source in place; return the page dates its header shows."""
    page_dates = clean.mark_boilerplate(source)
    segment.segment(source)
    source.title = source.title or segment.title_of(source)
    return page_dates


def tag_source(source: Source) -> list[Timex]:
    return timex.tag(source.text, source.published.anchor(), source.sentences, source.excluded)


def _per_source(source: Source, aliases: object = None, infer_date: bool = False,
                page_dates: list[clean.PageDate] | None = None,
                kept: dating.Kept | None = None) -> tuple[list[Timex], list[Cand] | None, list[Mention]]:
    """Date (when ``infer_date``) and tag one source from one scan of its text; find its mentions."""
    times, cands = dating.date_and_tag(source, infer_date, page_dates or (), kept)
    return times, cands, entities.find_mentions(source, aliases)


# Worker processes are forked after the corpus is loaded, so they read it from memory
# inherited at fork time; only index ranges go out and compact results come back.
_SHARED: dict[str, object] = {}


Named = tuple[list, list, list, str | None, list[clean.PageDate], list[dict[str, object]]]


def _name_range(bounds: tuple[int, int]) -> list[Named]:
    """Clean, segment and find the entity mentions of a range of sources; send back their spans,
    title, page dates and mentions as plain field dicts (unpickling models costs ten times more)."""
    sources, aliases = _SHARED["sources"], _SHARED["aliases"]
    assert isinstance(sources, list)
    out: list[Named] = []
    for s in sources[bounds[0]:bounds[1]]:
        page_dates = prepare(s)
        mentions = entities.find_mentions(s, aliases)  # type: ignore[arg-type]
        out.append((s.excluded, s.paragraphs, s.sentences, s.title, page_dates, [m.__dict__ for m in mentions]))
    return out


def _prepare_and_name(analysis: Analysis, aliases: object, workers: int,
                      weights: Sequence[int] | None = None,
                      strings: dict[str, str] | None = None) -> dict[str, list[clean.PageDate]]:
    """``prepare`` every source and find its mentions (in forked workers when there are several):
    the mentions need no date, so the entities can be resolved while the sources are dated and
    tagged. Returns the page dates. ``strings``: the run's texts, by value (``Record.share_strings``)."""
    page_dates: dict[str, list[clean.PageDate]] = {}
    sources = analysis.sources
    pool: dict[str, str] = {} if strings is None else strings

    def held(mentions: list[Mention]) -> list[Mention]:
        """Mentions held until resolution, as each source's come: one set of field names per
        class, one object per text (a name recurs across mentions and articles)."""
        for m in mentions:
            m.share_field_set().share_strings(pool)
        return mentions

    def keep(i: int, named: Named) -> None:
        s = sources[i]
        s.excluded, s.paragraphs, s.sentences, s.title = named[0], named[1], named[2], named[3]
        page_dates[s.id] = named[4]
        analysis.mentions[s.id] = held([Mention.from_fields(d) for d in named[5]])
        return None

    if _in_workers(_name_range, len(sources), workers, keep=keep, weights=weights) is None:
        for s in sources:
            page_dates[s.id] = prepare(s)
            analysis.mentions[s.id] = held(entities.find_mentions(s, aliases))  # type: ignore[arg-type]
    return page_dates


Packed = tuple[list[dict[str, object]], list[Cand] | None, dict[str, object]]


def _tag_range(bounds: tuple[int, int]) -> list[Packed]:
    """Date (if needed) and tag a range of sources; send back plain field dicts."""
    sources, pending, page = _SHARED["sources"], _SHARED["pending"], _SHARED["page_dates"]
    assert isinstance(sources, list) and isinstance(pending, set) and isinstance(page, dict)
    out: list[Packed] = []
    for s in sources[bounds[0]:bounds[1]]:
        times, cands = dating.date_and_tag(s, s.id in pending, page.get(s.id) or ())
        out.append(([t.__dict__ for t in times], cands, s.published.__dict__))
    return out


def _dates_back(sources: Sequence[Source], tagged: list[Packed]) -> dict[str, list[Cand]]:
    """The workers' dates set on the sources; the scanner's matches of the sources to date again."""
    matches: dict[str, list[Cand]] = {}
    for source, packed in zip(sources, tagged):
        # the fields were validated in the worker; construct skips validating them twice
        source.published = Published.from_fields(packed[2])
        if packed[1] is not None:
            matches[source.id] = packed[1]
    return matches


def _layers_back(analysis: Analysis, tagged: list[Packed]) -> None:
    """The workers' time expressions, as records (unless parked)."""
    if analysis.spill is not None:
        return
    for source, packed in zip(analysis.sources, tagged):
        analysis.timexes[source.id] = [Timex.from_fields(d) for d in packed[0]]


def _park_times(spill: Spill, source: Source, times: list[dict[str, object]], text: bool) -> None:
    """A tagged source's time expressions (fields), and with ``text`` its text and spans, to
    disk until its claims are extracted: nothing between tagging and extraction reads them
    (with ``text``, only its headline stays: ``_drop_text``)."""
    layers: dict[str, object] = {"times": times}
    if text:
        layers["text"] = (source.text, source.excluded, source.paragraphs, source.sentences)
        source.text, source.excluded, source.paragraphs, source.sentences = headline_part(source.text), [], [], []
    spill.put("t:" + source.id, layers)


def _park_mentions(analysis: Analysis) -> None:
    """Every source's resolved mentions to disk until its claims are extracted, keeping the
    references the report lists (unless its entity listing is made already)."""
    assert analysis.spill is not None
    for sid in list(analysis.mentions):
        mentions = analysis.mentions.pop(sid)
        if analysis.entities is None:
            analysis.mention_refs[sid] = mention_refs(analysis.index, sid, mentions)
        analysis.spill.put("m:" + sid, [m.__dict__ for m in mentions])


def _unpark(analysis: Analysis, source: Source) -> tuple[list[Timex], list[Mention]]:
    """A source's time expressions and mentions for its extraction; a parked text is put back
    on the source (``_drop_text`` lets it go again)."""
    spill = analysis.spill
    if spill is None:
        return _times_of(analysis, source), analysis.mentions[source.id]
    layers = spill.get("t:" + source.id)
    if "text" in layers:
        source.text, source.excluded, source.paragraphs, source.sentences = layers["text"]
    mentions = [Mention.from_fields(d) for d in spill.get("m:" + source.id)]
    if source.id in analysis.redated or source.id in analysis.timexes:
        return _times_of(analysis, source), mentions
    return [Timex.from_fields(d) for d in layers["times"]], mentions


def _tag_here(analysis: Analysis, pending: set[str], page_dates: dict[str, list[clean.PageDate]],
              kept: dating.Kept, progress: Progress | None, park_texts: bool = False) -> dict[str, list[Cand]]:
    """Date (the sources in ``pending``) and tag every source in this process; return the
    scanner's matches of the sources to date again. With a spill, the time expressions (and
    with ``park_texts`` the text) wait on disk (``_park_times``)."""
    matches: dict[str, list[Cand]] = {}
    for n, source in enumerate(analysis.sources, start=1):
        times, cands = dating.date_and_tag(source, source.id in pending, page_dates.get(source.id) or (), kept)
        if analysis.spill is not None:
            _park_times(analysis.spill, source, [t.__dict__ for t in times], park_texts)
        else:
            analysis.timexes[source.id] = _share_field_sets(times)
        if cands is not None:
            matches[source.id] = cands
        if progress:
            progress("tagging", n, len(analysis.sources))
    return matches


def _redate_beside(analysis: Analysis, matches: dict[str, list[Cand]],
                   page_dates: dict[str, list[clean.PageDate]], meanwhile: Callable[[], None],
                   vectors: neighbours.Vectors | None = None) -> None:
    """``redate`` in a forked child while ``meanwhile`` runs here; the sources whose date
    changed are left in ``analysis.redated``, their time expressions to resolve again.
    ``vectors``: the texts' (``neighbours.vectors_of``), when made already."""
    by_id = analysis.by_id

    def redating() -> tuple[dict[str, dict[str, object]], list[str]]:
        changed = [s.id for s in redate_dates(analysis.sources, matches, page_dates, vectors=vectors)]
        # every date redone (its evidence may change with the same value), and which changed
        return {sid: dict(by_id[sid].published.__dict__) for sid in matches}, changed

    published, changed = _beside(redating, meanwhile)
    for sid, fields in published.items():
        by_id[sid].published = Published.from_fields(fields)
    for sid in changed:
        analysis.redated[sid] = matches[sid]
        analysis.timexes.pop(sid, None)


def _times_of(analysis: Analysis, source: Source) -> list[Timex]:
    """A source's time expressions: kept, or (a source redated in a child process) resolved
    here against its new date from the scanner's matches, in the worker that extracts it."""
    cands = analysis.redated.get(source.id)
    if cands is not None:
        return timex.resolve(source.text, cands, source.published.anchor())
    return analysis.timexes[source.id]


def _extract_range(bounds: tuple[int, int]) -> list[list[dict[str, object]]]:
    """Claims of a range of sources, packed as plain dicts (as ``_tag_range`` sends its records)."""
    a = _SHARED["analysis"]
    assert isinstance(a, Analysis)
    out = []
    for s in a.sources[bounds[0]:bounds[1]]:
        headline = s.text
        out.append([c.packed() for c in extract.extract(s, *_unpark(a, s), a.index)])
        if a.spill is not None and s.text is not headline:  # a parked text: let it go here again
            s.text, s.excluded, s.paragraphs, s.sentences = headline, [], [], []
    return out


def _in_workers(func: Callable[[tuple[int, int]], list], n: int, workers: int,
                done: Callable[[int], None] | None = None, meanwhile: Callable[[], None] | None = None,
                keep: Callable[[int, T], T] | None = None, weights: Sequence[int] | None = None) -> list | None:
    """``func`` over ``range(n)`` split into chunks, in forked workers; None where fork is unavailable.
    Results come back in order whatever order the chunks finish in, so output never depends on ``workers``.
    ``meanwhile`` runs here while the workers work (the parent would otherwise wait idle);
    ``keep(i, result)`` is what is kept of item ``i``'s result, as each chunk comes back;
    ``weights``: each item's cost (its text's length), by which chunks are cut (``chunk_bounds``)."""
    if workers < 2 or n < 2:
        return None
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor  # here: one process never pays for importing them

    if "fork" not in multiprocessing.get_all_start_methods():
        return None
    # the first source here, before forking: the tables and patterns a stage builds at first
    # use are then inherited by the workers instead of built again in each
    out: list = list(func((0, 1)))
    if keep:
        out = [keep(0, out[0])]
    chunks = chunk_bounds(weights if weights is not None else [1] * n, 1, workers)
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        parts = pool.map(func, chunks)  # every chunk is submitted now
        if meanwhile:
            meanwhile()
        for part in parts:
            out.extend(part if keep is None else [keep(len(out) + k, r) for k, r in enumerate(part)])
            if done:
                done(len(out))
    return out


def _beside(task: Callable[[], T], meanwhile: Callable[[], None]) -> T:
    """``task()`` in one forked child while ``meanwhile()`` runs here; its result comes back
    pickled. Where fork is unavailable or the child died, ``task()`` runs here after
    ``meanwhile()``; an error raised in the child is raised here."""
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        meanwhile()
        return task()
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)

    def child() -> None:
        try:
            send.send((True, task()))
        except BaseException as error:  # noqa: BLE001 -- sent back, raised in the parent
            send.send((False, error))

    process = ctx.Process(target=child, daemon=True)
    process.start()
    send.close()
    try:
        meanwhile()
        try:
            ok, result = receive.recv()  # before join: a large result fills the pipe until read
        except EOFError:  # the child died without a word
            ok, result = True, _MISSING
    finally:
        receive.close()
        process.join()
    if not ok:
        raise result
    return task() if result is _MISSING else result


_MISSING = object()


def _prepare_range(bounds: tuple[int, int]) -> list[tuple[object, ...]]:
    sources = _SHARED["sources"]
    assert isinstance(sources, list)
    out: list[tuple[object, ...]] = []
    for s in sources[bounds[0]:bounds[1]]:
        page_dates = prepare(s)
        out.append((s.excluded, s.paragraphs, s.sentences, s.title, page_dates))
    return out


def _prepare_all(sources: list[Source], workers: int) -> dict[str, list[clean.PageDate]]:
    """``prepare`` every source, in forked workers when there are several (the spans come back)."""
    _SHARED["sources"] = sources
    try:
        prepared = _in_workers(_prepare_range, len(sources), workers, weights=[len(s.text) for s in sources])
    finally:
        _SHARED.pop("sources", None)
    if prepared is None:
        return {s.id: prepare(s) for s in sources}
    page_dates: dict[str, list[clean.PageDate]] = {}
    for s, (excluded, paragraphs, sentences, title, dates) in zip(sources, prepared):
        s.excluded, s.paragraphs, s.sentences, s.title = excluded, paragraphs, sentences, title  # type: ignore[assignment]
        page_dates[s.id] = dates  # type: ignore[assignment]
    return page_dates


def _tag_only_range(bounds: tuple[int, int]) -> list[list[dict[str, object]]]:
    sources = _SHARED["sources"]
    assert isinstance(sources, list)
    return [[t.__dict__ for t in tag_source(s)] for s in sources[bounds[0]:bounds[1]]]


@without_gc
def tag_sources(sources: Sequence[Source], workers: int = 1) -> list[list[Timex]]:
    """Every source's time expressions (``claimcheck times``), in forked workers when there are several."""
    _SHARED["sources"] = list(sources)
    try:
        tagged = _in_workers(_tag_only_range, len(sources), workers, weights=[len(s.text) for s in sources])
    finally:
        _SHARED.pop("sources", None)
    if tagged is None:
        return [tag_source(s) for s in sources]
    return [[Timex.from_fields(d) for d in times] for times in tagged]


def _load_prepared(corpus_path: Path, workers: int | None,
                   progress: Progress | None) -> tuple[list[Source], list[Skipped], dict[str, list[clean.PageDate]]]:
    if progress:
        progress("reading", 0, 0)
    sources, skipped = corpus.load(corpus_path)
    if progress:
        progress("cleaning", 0, len(sources))
    return sources, skipped, _prepare_all(sources, workers_for(workers, len(sources)))


@without_gc
def load_sources(corpus_path: Path, claims_dir: Path, *, workers: int | None = 1,
                 progress: Progress | None = None) -> tuple[list[Source], list[Skipped]]:
    """Load, clean, segment and date every source (``workers`` None: chosen by corpus size)."""
    sources, skipped, page_dates = _load_prepared(corpus_path, workers, progress)
    if progress:
        progress("dating", 0, len(sources))
    dating.date_sources(sources, store.read_sources(claims_dir), timex.tag, page_dates)
    return sources, skipped


@without_gc  # the whole corpus stays in memory: a full collection would scan all of it, for no cycles
def analyse(corpus_path: Path, claims_dir: Path, *, workers: int | None = 1,
            progress: Progress | None = None, keep_layers: bool = True, keep_texts: bool = True) -> Analysis:
    """The analysis; ``workers`` processes for the per-source stages (None: chosen by corpus size).
    Without ``keep_layers``, a source's time expressions and mentions are dropped once its
    claims are extracted (only the mentions' references the report lists are kept): the
    corpus-level stages that follow need neither, and they hold more memory than the claims.
    Without ``keep_texts`` either, a source's spans go too (``_drop_text``); its text stays,
    for the checks that read words around a claim."""
    if progress:
        progress("reading", 0, 0)
    sources, skipped = corpus.load(corpus_path)
    workers = workers_for(workers, len(sources))
    aliases = entities.load_aliases(claims_dir)  # before mentions: names only aliases.yaml knows are found too
    # a report run parks each source's layers on disk from tagging to extraction
    analysis = Analysis(sources=sources, skipped=skipped, spill=None if keep_layers else Spill())
    _SHARED.update(sources=sources, aliases=aliases)
    if workers > 1:
        entities.warm()  # compile the tables once, before the fork, not once per worker
        gc.freeze()  # the loaded corpus is long-lived: keep the collector from rescanning it
    if progress:
        progress("cleaning", 0, len(sources))
    # clean, segment and find the mentions first: they need no date, so the entities are
    # resolved while the workers date and tag
    # each article's cost in every per-article stage, by which work is cut for the workers
    # (taken now: a parked text leaves only its headline on the source)
    weights = [len(s.text) for s in sources]
    # one object per text among the records kept for long (mentions until resolution, claims)
    strings: dict[str, str] = {}
    page_dates = _prepare_and_name(analysis, aliases, workers, weights, strings)
    # sources without a given date are dated where they are tagged (in the workers), from
    # the same scan of their text
    if progress:
        progress("dating", 0, len(sources))
    pending = {s.id for s in dating.apply_known(sources, store.read_sources(claims_dir), page_dates)}
    # the text is parked too unless it is kept, or a date is inferred (the corpus passes read every text)
    park_texts = not keep_layers and not keep_texts and not pending
    _SHARED.update(pending=pending, page_dates=page_dates)
    if workers > 1:
        timex.finder.warm()
        gc.freeze()
    if progress:
        progress("tagging", 0, len(sources))
    done = (lambda k: progress("tagging", k, len(sources))) if progress else None
    # the texts' word vectors, for the dating rounds that follow when a date is inferred: made
    # here while the workers tag, they need no dates (the child that redates inherits them)
    vectors: neighbours.Vectors = {}

    def parking(i: int, packed: Packed) -> Packed:  # a worker's time expressions, as they come back
        assert analysis.spill is not None
        _park_times(analysis.spill, sources[i], packed[0], park_texts)
        return None, packed[1], packed[2]  # type: ignore[return-value]

    def resolving() -> None:
        if progress:
            progress("resolving entities", 0, 0)
        analysis.index = entities.resolve(analysis.mentions, aliases)
        if analysis.spill is not None:
            _park_mentions(analysis)

    def listing() -> None:  # needs only the index and the mentions: made while other work runs
        analysis.entities = entity_records(analysis.index, analysis.mentions, analysis.mention_refs)
        analysis.mention_refs.clear()  # the listing holds the same references, by entity

    def beside_tagging() -> None:
        """While the workers tag: with every date given, the entities are resolved (this process
        would otherwise wait for the workers, and they for it); when a date is inferred, the
        word vectors the corpus dating reads are made, and the entities resolved beside it."""
        if pending:
            vectors.update(neighbours.vectors_of(sources))
        else:
            resolving()

    tagged = _in_workers(_tag_range, len(sources), workers, done, beside_tagging,
                         parking if analysis.spill is not None else None, weights)
    kept = dating.Kept()  # in this process only: a worker's first pass comes back as matches
    if tagged is None:
        matches = _tag_here(analysis, pending, page_dates, kept, progress, park_texts)
    else:
        matches = _dates_back(sources, tagged)

    def unpacking() -> None:
        if tagged is not None:
            _layers_back(analysis, tagged)

    # sources whose own text left the date open: again, knowing the rest of the corpus; the
    # scanner's matches come back with them, so they are resolved again, not scanned again.
    # With several processes, in a child while this one resolves the entities (which needs no
    # date): the dates come back, and the time expressions of the sources whose date changed
    # are resolved again where their claims are extracted
    if matches and tagged is not None:
        _redate_beside(analysis, matches, page_dates,
                       lambda: (unpacking(), None if analysis.index is not None else resolving(), listing()), vectors)
        if keep_layers:
            analysis.timexes.update({sid: _times_of(analysis, analysis.by_id[sid]) for sid in analysis.redated})
            analysis.redated.clear()
    else:
        unpacking()
        if matches:
            analysis.timexes.update(redate(sources, matches, page_dates, kept=kept))
        if analysis.index is None:
            resolving()
    if analysis.spill is not None:
        analysis.spill.flush()  # before the workers fork: they read it
        if workers < 2 and analysis.entities is None:
            listing()  # now: its references by source would wait for the report beside it
    _SHARED["analysis"] = analysis
    done = (lambda k: progress("extracting claims", k, len(sources))) if progress else None
    annotated = _annotated(claims_dir) if not keep_texts else None

    def unpacked(i: int, claims: list[dict[str, object]]) -> list[Claim]:
        """A source's claims from a worker, as records, as they come back (while the workers
        extract the next); its text let go."""
        records = [Claim.from_packed(c).share_strings(strings, _CLAIM_OWN) for c in claims]
        if not keep_texts:
            _drop_text(sources[i], records, annotated, analysis.spill)
        return records

    extracted: list[list[Claim]] | None = _in_workers(_extract_range, len(sources), workers, done,
                                                      listing if analysis.entities is None else None, unpacked,
                                                      weights)
    if extracted is None:
        extracted = []
        for n, s in enumerate(analysis.sources, start=1):
            extracted.append([c.share_strings(strings, _CLAIM_OWN) for c in
                              _share_field_sets(extract.extract(s, *_unpark(analysis, s), analysis.index))])
            if not keep_texts:
                _drop_text(s, extracted[-1], annotated, analysis.spill)
            if progress:
                progress("extracting claims", n, len(sources))
    _SHARED.clear()
    strings.clear()  # what it shared stays shared
    analysis.redated.clear()  # resolved by extraction, and not kept
    if not keep_layers:
        analysis.timexes.clear()  # a source redated here: its new time expressions, read by extraction
    if analysis.spill is not None:
        analysis.spill.close()
        analysis.spill = None
    if workers > 1:
        gc.unfreeze()
    if progress:
        progress("grouping and checking", 0, 0)
    return finish(analysis, [c for claims in extracted for c in claims], claims_dir, workers)


_CLAIM_OWN = ("id",)  # a claim's own text: in no other record


def _share_field_sets(*groups: list[R]) -> list[R]:
    """``Record.share_field_set`` on every record of ``groups`` (records kept for long); the first group."""
    for records in groups:
        for r in records:
            r.share_field_set()
    return groups[0]


def _annotated(claims_dir: Path) -> tuple[set[str], set[str]]:
    """The sources claims/annotations.yaml writes a manual claim on, and the claims it overrides:
    their texts are read again after extraction."""
    notes = store.read_annotations(claims_dir)
    return {r.source for r in notes.claims}, set(notes.override)


def _drop_text(source: Source, claims: list[Claim], annotated: tuple[set[str], set[str]] | None,
               spill: Spill | None = None) -> None:
    """Forget a source's spans once its claims are out, unless an annotation reads them again.
    Its text and its sentence bounds stay (a text parked in ``spill`` comes back, also in the
    parent of a run with several processes): the checks read words around a claim (whether the
    article names a holder, an indefinite before a post, a verb of taking up a post, the words
    of a count's sentence: `checks/count_occasions.Sentences`), and a report must not find other
    things because of its format or its number of processes. A text is a few KB and its
    sentence bounds less; the paragraphs, exclusions and layers are what weighed."""
    layers = spill.get("t:" + source.id) if spill is not None and not source.sentences else {}
    if "text" in layers:
        source.text, source.excluded, source.paragraphs, source.sentences = layers["text"]
    manual, overridden = annotated or (set(), set())
    if source.id in manual or any(c.id in overridden for c in claims):
        return
    source.excluded, source.paragraphs = [], []


def redate(sources: Sequence[Source], matches: dict[str, list[Cand]], page_dates: dict[str, list[clean.PageDate]],
           prior: Prior | None = None, near: dict[str, tuple[date, str]] | None = None,
           kept: dating.Kept | None = None, floors: dict[str, int] | None = None) -> dict[str, list[Timex]]:
    """Date again the sources in ``matches`` (their scanner matches) knowing the rest of the corpus;
    return the time expressions of those whose date changed, resolved again from the same
    matches. Without ``prior``, ``sources`` are the whole corpus: both corpus rounds run
    (``dating.corpus_passes``); with it (one partition of the corpus), one round, borrowing
    the days in ``near`` (``dating.borrowing`` over the whole corpus). ``kept``: what the
    first pass kept in this process (the tags without an anchor are then not made again);
    ``floors``: with ``prior``, each source's story floor (``dating.story_floors``)."""
    changed = redate_dates(sources, matches, page_dates, prior, near, kept, floors=floors)
    return {s.id: timex.resolve(s.text, matches[s.id], s.published.anchor()) for s in changed}


def redate_dates(sources: Sequence[Source], matches: dict[str, list[Cand]],
                 page_dates: dict[str, list[clean.PageDate]], prior: Prior | None = None,
                 near: dict[str, tuple[date, str]] | None = None, kept: dating.Kept | None = None,
                 vectors: neighbours.Vectors | None = None, floors: dict[str, int] | None = None) -> list[Source]:
    """``redate`` without resolving the time expressions again: the sources whose date changed
    (``vectors``: the texts', when made already)."""
    by_id = {s.id: s for s in sources}
    known = kept.unresolved if kept is not None else {}
    unresolved = {k: known.get(k) or timex.resolve(by_id[k].text, v, None) for k, v in matches.items()}
    return (dating.corpus_passes(sources, unresolved, page_dates, kept.memos if kept is not None else None,
                                 vectors or None)
            if prior is None else dating.corpus_pass(sources, unresolved, page_dates, prior, near, floors=floors))


def _publication_days(sources: dict[str, Source]) -> dict[str, date]:
    """Each source's publication day, where it is known to the day (given, or inferred with
    confidence): what grouping may take as the day a report was written."""
    return {sid: d for sid, s in sources.items() if (d := dating.known_day(s.published)) is not None}


def finish(analysis: Analysis, claims: list[Claim], claims_dir: Path, workers: int = 1) -> Analysis:
    """The corpus-level end, the same for a local and a cluster run: annotations, groups, checks
    (with several ``workers``, half the check rules in a forked child: the other cores would
    wait idle for this serial end)."""
    by_id = analysis.by_id
    analysis.claims = annotations.apply(claims, store.read_annotations(claims_dir), by_id, analysis.index,
                                        tag_time=timex.tag)
    analysis.subjects = group.group(analysis.claims, _publication_days(by_id))
    claims_by_id = {c.id: c for c in analysis.claims}
    analysis.findings = checks.run_checks(analysis.subjects, claims_by_id, by_id, analysis.index,
                                          beside=_beside if workers > 1 else None)
    _share_field_sets(analysis.claims, analysis.subjects, analysis.findings)  # annotated claims are new records
    return analysis


@without_gc
def run(corpus_path: Path, claims_dir: Path, *, workers: int | None = 1, progress: Progress | None = None,
        texts: bool = True) -> Report:
    """The whole pipeline: a folder of articles and a claims/ folder in, a Report out (without
    ``texts``, its sources have no spans: what every report but HTML needs; their texts stay,
    for the checks)."""
    return report_of(analyse(corpus_path, claims_dir, workers=workers, progress=progress, keep_layers=False,
                             keep_texts=texts), claims_dir)


@without_gc
def report_of(analysis: Analysis, claims_dir: Path) -> Report:
    """The Report of an analysis, with the reviews in ``claims_dir`` joined to its findings."""
    findings, orphaned = review.join(analysis.findings, store.read_reviews(claims_dir))
    return Report(sources=analysis.sources, claims=sorted(analysis.claims, key=lambda c: (c.source, c.span, c.id)),
                  subjects=analysis.subjects, findings=findings, skipped=analysis.skipped,
                  orphaned_reviews=orphaned,
                  entities=analysis.entities if analysis.entities is not None
                  else entity_records(analysis.index, analysis.mentions, analysis.mention_refs))
