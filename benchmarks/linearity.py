"""Linearity benchmark: time of the whole report against the length of ONE sentence.

    python benchmarks/linearity.py [--sizes 50000,100000,200000,400000,800000] [--stages]

Each size is one article made of a single sentence without any punctuation (no full stop,
comma or line break), built by repeating short clauses that carry what the extractor looks
for: event nouns, dates, places, counts, predicate words, titles. Every stage must be linear
in the sentence length: the seconds per 100k characters must stay about flat as the size
doubles, and close to the time of the same text cut into sentences by full stops (the last
column). Prints one row a size; with ``--stages``, also where the time went. Not a test.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimcheck import pipeline  # noqa: E402

# Invented clauses (sport, courts, business, disasters, diplomacy), none with a sentence or
# clause break; the place and the year change from one round to the next, as they would in
# a long text, so no one event is stated a thousand times.
CLAUSES = (
    "the annual summit of trade ministers held in {city} on March 3 {year} agreed to launch a joint customs system",
    "the regional court said the appeal hearing would be held in {city} next year",
    "the earthquake that struck {city} on Tuesday killed 12 people and injured about 40 others",
    "Finance Minister Ana Ribeiro met the central bank governor at the fourth trilateral meeting in {city}",
    "the league final was played in {city} for the first time since {year} after about three years",
    "officials expected the new payment mechanism to start operating in December according to the ministry",
    "the 14th round of talks will take place in {city} in the spring and the 13th took place there last June",
    "rescue teams reached the flooded villages near the river on Sunday while the storm moved north",
)
# invented place names, many of them: one place named a thousand times would measure how
# grouping copes with one huge block of claims, not how a stage copes with one long sentence
CITIES = tuple(a + b for a in ("Vel", "Mar", "Tor", "Alb", "Cas", "Ner", "Sol", "Dun", "Kel", "Rav")
               for b in ("ona", "ika", "bury", "stad", "ford", "ano", "mere", "oz"))


def article(size: int, stop: str = " ") -> str:
    """About ``size`` characters of clauses joined by ``stop`` (" " for one sentence)."""
    parts: list[str] = []
    n = k = 0
    while n < size:
        rnd = k // len(CLAUSES)
        clause = CLAUSES[k % len(CLAUSES)].format(city=CITIES[(rnd * 7 + k) % len(CITIES)], year=1950 + rnd % 70)
        parts.append(clause)
        n += len(clause) + len(stop)
        k += 1
    return stop.join(parts)[:size].rsplit(" ", 1)[0]


def run_once(size: int, stages: bool, stop: str = " ") -> tuple[int, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        text = article(size, stop)
        (folder / "one.txt").write_text(text, encoding="utf-8")
        claims = Path(tmp) / "claims"
        claims.mkdir()
        (claims / "sources.yaml").write_text("one:\n  published: 2022-05-01\n", encoding="utf-8")
        if stages:
            import cProfile
            import pstats

            prof = cProfile.Profile()
            start = time.perf_counter()
            prof.enable()
            pipeline.run(folder, claims)
            prof.disable()
            elapsed = time.perf_counter() - start
            pstats.Stats(prof).sort_stats("cumulative").print_stats(25)
        else:
            start = time.perf_counter()
            pipeline.run(folder, claims)
            elapsed = time.perf_counter() - start
        return len(text), elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="50000,100000,200000,400000,800000",
                        help="comma-separated sentence lengths in characters")
    parser.add_argument("--stages", action="store_true", help="profile each run (slower)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    run_once(2000, False)  # load the resource tables once, outside the measurements
    print(f"{'characters':>10}  {'one sentence s':>14}  {'s per 100k':>10}  {'punctuated s':>12}")
    for size in sizes:
        n, seconds = run_once(size, args.stages)
        _, punctuated = run_once(size, False, stop=". ")
        print(f"{n:>10}  {seconds:>14.2f}  {seconds / n * 100_000:>10.2f}  {punctuated:>12.2f}", flush=True)


if __name__ == "__main__":
    main()
