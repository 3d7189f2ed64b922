"""The pipeline: each stage a plain function from records to records (docs/internals.md).

Per-source stages (clean, segment, time tags, entity mentions) are independent and can
run in worker processes; the corpus-level stages (dating's second pass, entity
resolution, grouping, checks) see every source at once.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import annotations, checks, clean, corpus, dating, entities, extract, group, review, segment, store, timex
from .models import Claim, Finding, Mention, Report, Skipped, Source, Subject, Timex

Progress = Callable[[str, int, int], None]


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


def _per_source(source: Source, aliases: object = None) -> tuple[list[Timex], list[Mention]]:
    return tag_source(source), entities.find_mentions(source, aliases)


# Worker processes are forked after the corpus is loaded, so they read it from memory
# inherited at fork time; only index ranges go out and compact results come back.
_SHARED: dict[str, object] = {}


Packed = tuple[list[dict[str, object]], list[dict[str, object]]]


def _tag_range(bounds: tuple[int, int]) -> list[Packed]:
    """Tag a range of sources; send back plain field dicts (unpickling models costs ten times more)."""
    sources = _SHARED["sources"]
    assert isinstance(sources, list)
    out: list[Packed] = []
    for s in sources[bounds[0]:bounds[1]]:
        times, mentions = _per_source(s, _SHARED["aliases"])
        out.append(([t.__dict__ for t in times], [m.__dict__ for m in mentions]))
    return out


def _unpack(packed: Packed) -> tuple[list[Timex], list[Mention]]:
    # the fields were validated in the worker; construct skips validating them twice
    return ([Timex.model_construct(**d) for d in packed[0]], [Mention.model_construct(**d) for d in packed[1]])


def _extract_range(bounds: tuple[int, int]) -> list[list[Claim]]:
    a = _SHARED["analysis"]
    assert isinstance(a, Analysis)
    return [extract.extract(s, a.timexes[s.id], a.mentions[s.id], a.index) for s in a.sources[bounds[0]:bounds[1]]]


def _in_workers(func: Callable[[tuple[int, int]], list], n: int, workers: int) -> list | None:
    """``func`` over ``range(n)`` split into chunks, in forked workers; None where fork is unavailable."""
    import multiprocessing

    if workers < 2 or n < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    size = max(1, -(-n // (workers * 4)))
    chunks = [(i, min(n, i + size)) for i in range(0, n, size)]
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return [item for part in pool.map(func, chunks) for item in part]


def load_sources(corpus_path: Path, claims_dir: Path) -> tuple[list[Source], list[Skipped]]:
    """Load, clean, segment and date every source."""
    sources, skipped = corpus.load(corpus_path)
    page_dates = {s.id: prepare(s) for s in sources}
    dating.date_sources(sources, store.read_sources(claims_dir), timex.tag, page_dates)
    return sources, skipped


def analyse(corpus_path: Path, claims_dir: Path, *, workers: int = 1, progress: Progress | None = None) -> Analysis:
    sources, skipped = load_sources(corpus_path, claims_dir)
    aliases = entities.load_aliases(claims_dir)  # before mentions: names only aliases.yaml knows are found too
    analysis = Analysis(sources=sources, skipped=skipped)
    _SHARED.update(sources=sources, aliases=aliases)
    if workers > 1:
        entities.warm()  # compile the tables once, before the fork, not once per worker
        gc.freeze()  # the loaded corpus is long-lived: keep the collector from rescanning it
    tagged = _in_workers(_tag_range, len(sources), workers)
    for n, source in enumerate(sources, start=1):
        times, mentions = _unpack(tagged[n - 1]) if tagged is not None else _per_source(source, aliases)
        analysis.timexes[source.id] = times
        analysis.mentions[source.id] = mentions
        if progress:
            progress("tagging", n, len(sources))
    analysis.index = entities.resolve(analysis.mentions, aliases)
    _SHARED["analysis"] = analysis
    extracted = _in_workers(_extract_range, len(sources), workers)
    if extracted is None:
        extracted = [extract.extract(s, analysis.timexes[s.id], analysis.mentions[s.id], analysis.index)
                     for s in analysis.sources]
    _SHARED.clear()
    if workers > 1:
        gc.unfreeze()
    analysis.claims = [c for claims in extracted for c in claims]
    by_id = analysis.by_id
    analysis.claims = annotations.apply(analysis.claims, store.read_annotations(claims_dir), by_id, analysis.index,
                                        tag_time=timex.tag)
    analysis.subjects = group.group(analysis.claims)
    claims_by_id = {c.id: c for c in analysis.claims}
    analysis.findings = checks.run_checks(analysis.subjects, claims_by_id, by_id, analysis.index)
    return analysis


def run(corpus_path: Path, claims_dir: Path, *, workers: int = 1, progress: Progress | None = None) -> Report:
    """The whole pipeline: a folder of articles and a claims/ folder in, a Report out."""
    analysis = analyse(corpus_path, claims_dir, workers=workers, progress=progress)
    findings, orphaned = review.join(analysis.findings, store.read_reviews(claims_dir))
    return Report(sources=analysis.sources, claims=sorted(analysis.claims, key=lambda c: (c.source, c.span, c.id)),
                  subjects=analysis.subjects, findings=findings, skipped=analysis.skipped,
                  orphaned_reviews=orphaned)
