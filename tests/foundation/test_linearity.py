"""Time grows linearly with the length of one sentence without punctuation (the case that
was quadratic: per-candidate scans over the whole sentence). benchmarks/linearity.py gives
the full table; this test only checks the ratio between two sizes."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from claimcheck import pipeline

CLAUSES = (
    "the cup final was played in {city} on May 4 {year} and the club agreed to launch a youth academy",
    "the earthquake that struck {city} on Friday killed 9 people according to the mayor",
    "the tribunal said the hearing would be held in {city} next month",
)
# invented place names, many of them: one place named a thousand times would measure how
# grouping copes with one huge block, not how a stage copes with one long sentence
CITIES = tuple(a + b for a in ("Vel", "Mar", "Tor", "Alb", "Cas", "Ner", "Sol", "Dun") for b in ("ona", "ika", "bury",
                                                                                           "stad", "ford", "ano"))


def _one_sentence(size: int) -> str:
    parts, n, k = [], 0, 0
    while n < size:
        clause = CLAUSES[k % 3].format(city=CITIES[(k // 3 * 7 + k) % len(CITIES)], year=1960 + k // 3 % 50)
        parts.append(clause)
        n += len(clause) + 1
        k += 1
    return " ".join(parts)


def _seconds(tmp: Path, size: int) -> float:
    tmp.mkdir(exist_ok=True)
    folder = tmp / f"c{size}"
    folder.mkdir()
    (folder / "one.txt").write_text(_one_sentence(size), encoding="utf-8")
    claims = tmp / f"claims{size}"
    claims.mkdir()
    (claims / "sources.yaml").write_text("one:\n  published: 2021-06-01\n", encoding="utf-8")
    start = time.perf_counter()
    pipeline.run(folder, claims)
    return time.perf_counter() - start


@pytest.mark.slow
def test_one_long_unpunctuated_sentence_costs_linear_time(tmp_path: Path) -> None:
    _seconds(tmp_path, 3000)  # tables loaded once, outside the measurement
    small = min(_seconds(tmp_path / "a", 20_000), _seconds(tmp_path / "b", 20_000))
    large = _seconds(tmp_path, 160_000)
    # eight times the text: linear is about 8x, quadratic 64x; the margin is for a busy machine
    assert large / small < 24, (small, large)
