"""The pipeline: each stage a plain function from records to records (docs/internals.md).

Per-source stages (clean, segment, time tags, entity mentions) are independent and can
run in worker processes; the corpus-level stages (dating's second pass, entity
resolution, grouping, checks) see every source at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import checks, clean, corpus, dating, entities, extract, group, segment, store, timex
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


def _per_source(source: Source) -> tuple[Source, list[Timex], list[Mention]]:
    return source, tag_source(source), entities.find_mentions(source)


def load_sources(corpus_path: Path, claims_dir: Path) -> tuple[list[Source], list[Skipped]]:
    """Load, clean, segment and date every source."""
    sources, skipped = corpus.load(corpus_path)
    page_dates = {s.id: prepare(s) for s in sources}
    dating.date_sources(sources, store.read_sources(claims_dir), timex.tag, page_dates)
    return sources, skipped


def analyse(corpus_path: Path, claims_dir: Path, *, workers: int = 1, progress: Progress | None = None) -> Analysis:
    sources, skipped = load_sources(corpus_path, claims_dir)
    aliases = entities.load_aliases(claims_dir)
    analysis = Analysis(sources=sources, skipped=skipped)
    results: Iterable[tuple[Source, list[Timex], list[Mention]]]
    if workers > 1 and len(sources) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_per_source, sources, chunksize=max(1, len(sources) // (workers * 8))))
        analysis.sources = [r[0] for r in results]
    else:
        results = (_per_source(s) for s in sources)
    for n, (source, times, mentions) in enumerate(results, start=1):
        analysis.timexes[source.id] = times
        analysis.mentions[source.id] = mentions
        if progress:
            progress("tagging", n, len(sources))
    analysis.index = entities.resolve(analysis.mentions, aliases)
    by_id = analysis.by_id
    for s in analysis.sources:
        analysis.claims.extend(extract.extract(s, analysis.timexes[s.id], analysis.mentions[s.id], analysis.index))
    analysis.claims = _apply_annotations(analysis.claims, claims_dir, by_id, analysis.index)
    analysis.subjects = group.group(analysis.claims)
    claims_by_id = {c.id: c for c in analysis.claims}
    analysis.findings = checks.run_checks(analysis.subjects, claims_by_id, by_id, analysis.index)
    return analysis


def _apply_annotations(claims: list[Claim], claims_dir: Path, sources: dict[str, Source], index: object) -> list[Claim]:
    try:
        from . import annotations
    except ImportError:  # the annotations module is optional until the workflow lands
        return claims
    reader = getattr(store, "read_annotations", None)
    if reader is None:
        return claims
    return annotations.apply(claims, reader(claims_dir), sources, index, tag_time=timex.tag)


def run(corpus_path: Path, claims_dir: Path, *, workers: int = 1, progress: Progress | None = None) -> Report:
    """The whole pipeline: a folder of articles and a claims/ folder in, a Report out."""
    analysis = analyse(corpus_path, claims_dir, workers=workers, progress=progress)
    findings, orphaned = analysis.findings, []
    reader = getattr(store, "read_reviews", None)
    if reader is not None:
        from . import review

        findings, orphaned = review.join(findings, reader(claims_dir))
    return Report(sources=analysis.sources, claims=sorted(analysis.claims, key=lambda c: (c.source, c.span, c.id)),
                  subjects=analysis.subjects, findings=findings, skipped=analysis.skipped,
                  orphaned_reviews=orphaned)
