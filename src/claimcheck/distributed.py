"""The pipeline on a Dask cluster (``claimcheck report CORPUS --scheduler ADDRESS``; docs/scale.md).

The same stage functions as a local run, in the same order, so the findings and their ids
are the same (a test compares them on a two-worker LocalCluster):

1. the client reads the corpus (decoding only) and cuts it into partitions of articles;
   each partition's text crosses the network once, to one worker, inside the task that
   tags it (never scattered: a task's data can be recomputed on another worker if its
   worker is lost; scattered data would be gone with it);
2. per partition, on the workers: clean, segment, dates given by metadata or the file,
   time expressions, entity mentions (dating from the text where no date is given). The
   partition's state (``Part``) stays in that worker's memory;
3. the corpus's dating prior: each partition sends its sources' dates (a few bytes each)
   to the client, which sends the prior back; partitions date their undecided sources again;
4. entity resolution: one task gathers every partition's mentions (never the text) on one
   worker and sends each partition its resolved mentions and the entity index;
5. claims, per partition, on the workers;
6. the client gathers what the report needs: each source's metadata and spans, the claims,
   the entity index and the resolved mentions (the report lists each entity's mentions);
   it applies annotations, groups and checks (both linear in the claims).

Time expressions and the prepared article text never come back to the client.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from . import corpus, dating, entities, extract, store
from .clean import PageDate
from .dating.infer import Prior
from .errors import MissingExtra, SchedulerUnreachable
from .models import Claim, Mention, Published, Report, Source, Timex
from .pipeline import Analysis, _per_source, finish, prepare, redate, report_of
from .timex.rules import Cand


@dataclass
class Part:
    """One partition's per-article state, kept in a worker's memory between stages."""

    sources: list[Source]
    page_dates: dict[str, list[PageDate]] = field(default_factory=dict)
    timexes: dict[str, list[Timex]] = field(default_factory=dict)
    mentions: dict[str, list[Mention]] = field(default_factory=dict)
    matches: dict[str, list[Cand]] = field(default_factory=dict)  # scanner matches of sources dated from their text
    # what each source dated from its text tells of its year (dating.year_clues)
    clues: dict[str, tuple[int | None, bool]] = field(default_factory=dict)


# What the report needs of a source besides its text (the client has the text already).
SourceFields = tuple[str, str | None, str | None, str | None, Published, list, list, list]


def tag_part(sources: list[Source], meta: dict[str, Any], aliases: object) -> Part:
    """Clean, segment, date (given dates; inferred ones from the same scan), tag and find mentions."""
    part = Part(sources=sources)
    for s in sources:
        part.page_dates[s.id] = prepare(s)
    pending = {s.id for s in dating.apply_known(sources, meta, part.page_dates)}
    kept = dating.Kept()
    for s in sources:
        times, cands, mentions = _per_source(s, aliases, s.id in pending, part.page_dates.get(s.id), kept)
        part.timexes[s.id] = times
        part.mentions[s.id] = mentions
        if cands is not None:
            part.matches[s.id] = cands
    part.clues = dating.year_clues(kept.memos, part.matches)
    return part


def dates_of(part: Part) -> list[tuple[str, Published, bool]]:
    return [(s.id, s.published, s.id in part.matches) for s in part.sources]


def clues_of(part: Part) -> dict[str, tuple[int | None, bool]]:
    return part.clues


def corpus_prior(dates: Sequence[tuple[str, Published, bool]], floors: dict[str, int] | None = None) -> Prior | None:
    stubs = [Source.model_construct(id=sid, published=published) for sid, published, _ in dates]
    return dating.undecided_prior(stubs, {sid for sid, _, undecided in dates if undecided},
                                  floors=(floors or {}).values())


def story_floors(sources: Sequence[Source], clues: dict[str, tuple[int | None, bool]]) -> dict[str, int]:
    """Each undecided source's story floor (``dating.story_floors``), over the whole corpus: the
    client has every text, the partitions send their sources' year clues."""
    stubs = [Source.model_construct(id=s.id, text=s.text) for s in sources]
    return dating.story_floors(stubs, clues)


def borrowed(sources: Sequence[Source], dates: Sequence[tuple[str, Published, bool]]) -> dict[str, tuple[date, str]]:
    """The days undecided sources borrow from the articles most like them (``dating.borrowing``),
    over the whole corpus: the client has every text, the partitions send their dates."""
    by_id = {sid: published for sid, published, _ in dates}
    stubs = [Source.model_construct(id=s.id, text=s.text, published=by_id[s.id]) for s in sources]
    return dating.borrowing(stubs, {sid for sid, _, undecided in dates if undecided})


def redate_part(part: Part, prior: Prior | None, near: dict[str, tuple[date, str]] | None = None,
                floors: dict[str, int] | None = None) -> Part:
    """Date the undecided sources again with the corpus's prior (``pipeline.redate``)."""
    if prior is not None and part.matches:
        part.timexes.update(redate(part.sources, part.matches, part.page_dates, prior, near, floors=floors))
    return part


def mentions_of(part: Part) -> dict[str, list[Mention]]:
    return part.mentions


def resolve_all(aliases: object, *parts: dict[str, list[Mention]]) -> tuple[object, list[dict[str, list[Mention]]]]:
    """Entity resolution over every partition's mentions, in corpus order (resolution fills
    each mention's entity, so the partitions get their mentions back resolved)."""
    merged: dict[str, list[Mention]] = {}
    for mentions in parts:
        merged.update(mentions)
    index = entities.resolve(merged, aliases)  # type: ignore[arg-type]
    return index, [{sid: merged[sid] for sid in mentions} for mentions in parts]


def extract_part(part: Part, index: object, mentions: dict[str, list[Mention]]) -> list[Claim]:
    return [c for s in part.sources for c in extract.extract(s, part.timexes[s.id], mentions[s.id], index)]


def fields_of(part: Part) -> list[SourceFields]:
    return [(s.id, s.title, s.outlet, s.url, s.published, s.excluded, s.paragraphs, s.sentences)
            for s in part.sources]


def partitions(sources: Sequence[Source], n_workers: int, size: int | None = None) -> list[list[Source]]:
    """Contiguous runs of articles (corpus order kept): about four per worker, so a slow
    partition does not hold up the stage, and none larger than ``size`` when given."""
    n = len(sources)
    size = size or max(1, -(-n // max(1, n_workers * 4)))
    return [list(sources[i:i + size]) for i in range(0, n, size)]


CONNECT_TIMEOUT = "20s"


def connect(address: str) -> Any:
    try:
        from dask.distributed import Client
    except ImportError:
        raise MissingExtra("--scheduler needs dask.distributed: pip install 'claimcheck[dask]'") from None
    try:
        return Client(address, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {address}: {exc}") from None


def analyse(corpus_path: Path, claims_dir: Path, client: Any, *, partition_size: int | None = None) -> Analysis:
    """``pipeline.analyse`` with the per-article stages on the cluster behind ``client``."""
    sources, skipped = corpus.load(corpus_path)
    meta = store.read_sources(claims_dir)
    aliases = entities.load_aliases(claims_dir)
    n_workers = max(1, len(client.scheduler_info().get("workers", {})))
    parts_in = partitions(sources, n_workers, partition_size)
    # nothing is scattered: scattered data has no lineage, so a worker lost under load took it
    # with it ("lost dependencies"); data held in a task's spec is recomputed elsewhere
    meta_f = client.submit(_held, meta, pure=False)
    aliases_f = client.submit(_held, aliases, pure=False)
    parts = client.map(tag_part, parts_in, meta=meta_f, aliases=aliases_f, pure=False)
    dates = [d for part_dates in client.gather(client.map(dates_of, parts)) for d in part_dates]
    if any(undecided for _, _, undecided in dates):
        # the two corpus rounds of a local run (dating.corpus_passes): the prior, then borrowing
        clues = {sid: c for part_clues in client.gather(client.map(clues_of, parts)) for sid, c in part_clues.items()}
        floors = story_floors(sources, clues)
        parts = client.map(redate_part, parts, prior=corpus_prior(dates, floors), floors=floors, pure=False)
        dates = [d for part_dates in client.gather(client.map(dates_of, parts)) for d in part_dates]
        parts = client.map(redate_part, parts, prior=corpus_prior(dates, floors), near=borrowed(sources, dates),
                           floors=floors, pure=False)
    resolved = client.submit(resolve_all, aliases_f, *client.map(mentions_of, parts), pure=False)
    index_f = client.submit(operator.getitem, resolved, 0)
    mentions_f = [client.submit(_nth_of_second, resolved, i) for i in range(len(parts))]
    claims_f = client.map(extract_part, parts, [index_f] * len(parts), mentions_f, pure=False)
    fields_f = client.map(fields_of, parts)
    # the report lists every entity with its mentions: those come back, the time tags do not
    extracted, fields, index, resolved_mentions = client.gather([claims_f, fields_f, index_f, mentions_f])
    by_id = {s.id: s for s in sources}
    for part_fields in fields:
        for sid, title, outlet, url, published, excluded, paragraphs, sentences in part_fields:
            s = by_id[sid]
            s.title, s.outlet, s.url, s.published = title, outlet, url, published
            s.excluded, s.paragraphs, s.sentences = excluded, paragraphs, sentences
    analysis = Analysis(sources=sources, skipped=skipped, index=index,
                        mentions={sid: ms for part in resolved_mentions for sid, ms in part.items()})
    return finish(analysis, [c for part in extracted for c in part], claims_dir)


def _held(value: Any) -> Any:
    """A value as a task's result, so the scheduler can recompute it if its worker is lost."""
    return value


def _nth_of_second(pair: tuple[object, list[Any]], i: int) -> Any:
    return pair[1][i]


def run(corpus_path: Path, claims_dir: Path, address: str | Any, *, partition_size: int | None = None) -> Report:
    """The whole pipeline on a Dask cluster; ``address`` a scheduler address or a Client."""
    client = connect(address) if isinstance(address, str) else address
    try:
        return report_of(analyse(corpus_path, claims_dir, client, partition_size=partition_size), claims_dir)
    finally:
        if isinstance(address, str):
            client.close()
