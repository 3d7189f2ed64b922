"""Work is cut for the workers by each article's length, not by count: every chunk is a
contiguous run, together they cover every article once, none holds more than its share of
the work, and the last ones shrink so that the cores finish together."""

from __future__ import annotations

import random

from claimcheck import pipeline
from claimcheck.pipeline import chunk_bounds


def _covers(bounds: list[tuple[int, int]], start: int, n: int) -> bool:
    return bool(bounds) and bounds[0][0] == start and bounds[-1][1] == n and all(
        a < b and b == c for (a, b), (c, _) in zip(bounds, bounds[1:] + [(n, n)]))


def test_chunks_are_contiguous_and_cover_every_item() -> None:
    rng = random.Random(7)
    for n in (2, 3, 17, 200, 2225):
        weights = [rng.randint(200, 20_000) for _ in range(n)]
        for workers in (2, 3, 8):
            assert _covers(chunk_bounds(weights, 1, workers), 1, n)
    assert chunk_bounds([5], 1, 2) == []


def test_no_chunk_holds_more_than_its_share_of_the_work() -> None:
    # a few long articles among short ones: a chunk of a fixed count would hold many times
    # the work of another
    weights = [30_000 if i % 50 == 0 else 1_000 for i in range(2_000)]
    bounds = chunk_bounds(weights, 1, 2)
    total = sum(weights[1:])
    share = total / (2 * pipeline.CHUNKS_PER_WORKER)
    # a chunk stops before the article that would take it over its share (one article alone may)
    assert all(sum(weights[a:b]) <= share or b - a == 1 for a, b in bounds)
    sizes = [b - a for a, b in bounds]
    assert max(sizes) > 3 * min(sizes)  # by weight, not by count


def test_the_last_chunks_are_the_smallest() -> None:
    weights = [1_000] * 3_000
    bounds = chunk_bounds(weights, 1, 2)
    work = [sum(weights[a:b]) for a, b in bounds]
    assert work[-1] * 4 < work[0]
    assert work[len(work) // 3] >= work[-3]


def test_the_cuts_depend_only_on_the_weights() -> None:
    weights = [len(("word " * (i % 37 + 1))) for i in range(500)]
    assert chunk_bounds(weights, 1, 2) == chunk_bounds(list(weights), 1, 2)
