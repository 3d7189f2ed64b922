"""Speed benchmark: words per second and peak memory, per stage and end to end.

    python benchmarks/speed.py PATH.jsonl [--published 2005-01-15] [--limit N]

PATH is a JSONL corpus ({id, text, ...} a line). Articles without a ``published`` field get
the stand-in date (the BBC corpus has none), written into a temporary copy, so dating takes
the file's date and no inference runs. Prints one table: each stage on one process, then the
whole report on one and on two processes, side by side with dates given and without them
(every date inferred from the text, as for scraped pages), with the ratio of throughputs.
Figures are from this one run on this machine; compare ratios within a run, not across
machines. Beside each wall time, the CPU time and words per CPU second (with two processes,
both processes' time): on a machine shared with other jobs the wall time follows the load,
the CPU time barely moves, so compare those. Not a test.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimcheck import checks, corpus, dating, entities, extract, group, pipeline, timex  # noqa: E402


def peak_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def stand_in_copy(path: Path, published: str | None, limit: int | None, out: Path) -> int:
    """A copy of the corpus with every article dated ``published`` (None: every date removed)."""
    n = 0
    with path.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if not line.strip():
                continue
            record = json.loads(line)
            if published is None:
                record.pop("published", None)
            else:
                record.setdefault("published", published)
            dst.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
            if limit and n >= limit:
                break
    return n


def timed(label: str, rows: list[tuple[str, float, float, float]], fn: Callable[[], Any]) -> Any:
    """``fn()``, its wall time, its CPU time (this process: every stage here runs in it) and the peak memory in ``rows``."""
    start, cpu = time.perf_counter(), time.process_time()
    result = fn()
    rows.append((label, time.perf_counter() - start, time.process_time() - cpu, peak_mib()))
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path)
    parser.add_argument("--published", default="2005-01-15", help="stand-in publication date")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument("--whole-only", action="store_true", help="skip the per-stage table")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="claimcheck-speed-"))
    data = work / "corpus.jsonl"
    n_articles = stand_in_copy(args.path, args.published, args.limit, data)
    undated = work / "undated" / "corpus.jsonl"
    undated.parent.mkdir()
    stand_in_copy(args.path, None, args.limit, undated)
    claims_dir = work / "claims"
    claims_dir.mkdir()

    rows: list[tuple[str, float, float, float]] = []
    if args.whole_only:
        whole(data, undated, claims_dir, sum(len(json.loads(line)["text"].split()) for line in data.open()))
        return
    sources, _ = timed("load", rows, lambda: corpus.load(data))
    words = sum(len(s.text.split()) for s in sources)
    page_dates = timed("clean + segment", rows, lambda: {s.id: pipeline.prepare(s) for s in sources})
    timed("date sources (given)", rows, lambda: dating.date_sources(sources, {}, timex.tag, page_dates))
    undated_sources, _ = corpus.load(undated)
    undated_pages = {s.id: pipeline.prepare(s) for s in undated_sources}
    timex.clear_cache()
    timed("date sources (inferred)", rows, lambda: dating.date_sources(undated_sources, {}, timex.tag, undated_pages))
    inferred = sum(s.published.start is not None for s in undated_sources)
    times = timed("time expressions", rows, lambda: {s.id: pipeline.tag_source(s) for s in sources})
    aliases = entities.load_aliases(claims_dir)
    mentions = timed("entity mentions", rows, lambda: {s.id: entities.find_mentions(s, aliases) for s in sources})
    index = timed("entity resolution", rows, lambda: entities.resolve(mentions, aliases))
    claims = timed("claims", rows, lambda: [c for s in sources
                                            for c in extract.extract(s, times[s.id], mentions[s.id], index)])
    subjects = timed("grouping", rows, lambda: group.group(claims))
    by_id = {c.id: c for c in claims}
    findings = timed("checks", rows, lambda: checks.run_checks(subjects, by_id, {s.id: s for s in sources}, index))

    print(f"corpus: {args.path} ({n_articles} articles, {words:,} words); stand-in date {args.published}")
    print(f"claims {len(claims):,}, subjects {len(subjects):,}, findings {len(findings):,}\n")
    print(f"{'stage (1 process)':<28}{'seconds':>10}{'words/s':>14}{'CPU s':>10}{'words/CPU s':>14}{'peak MiB':>11}")
    for label, seconds, used, peak in rows:
        print(f"{label:<28}{seconds:>10.2f}{words / max(seconds, 1e-9):>14,.0f}{used:>10.2f}{words / max(used, 1e-9):>14,.0f}"
              f"{peak:>11.0f}")
    stages = {"entity mentions", "entity resolution", "claims"}
    ent_claims = sum(s for label, s, _, _ in rows if label in stages)
    ent_cpu = sum(u for label, _, u, _ in rows if label in stages)
    print(f"{'entities + claims':<28}{ent_claims:>10.2f}{words / ent_claims:>14,.0f}{ent_cpu:>10.2f}{words / ent_cpu:>14,.0f}")

    print(f"dates inferred without metadata: {inferred:,} of {len(undated_sources):,} articles")

    whole(data, undated, claims_dir, words)


def cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the workers): unlike wall time,
    barely moved by other jobs on a shared machine."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def whole(data: Path, undated: Path, claims_dir: Path, words: int) -> None:
    """The whole report on one and two processes, dates given and inferred, side by side."""
    print(f"\n{'whole report':<34}{'seconds':>10}{'words/s':>14}{'CPU s':>10}{'words/CPU s':>14}{'peak MiB':>11}")
    results: dict[tuple[str, int], tuple[float, float]] = {}
    for workers in (1, 2):
        for label, path in (("dates given", data), ("dates inferred", undated)):
            timex.clear_cache()
            start, cpu = time.perf_counter(), cpu_seconds()
            pipeline.run(path, claims_dir, workers=workers)
            seconds, used = time.perf_counter() - start, cpu_seconds() - cpu
            results[label, workers] = (seconds, used)
            peak = peak_mib() + (peak_mib(resource.RUSAGE_CHILDREN) if workers > 1 else 0)
            print(f"{f'{workers} process(es), {label}':<34}{seconds:>10.2f}{words / seconds:>14,.0f}{used:>10.2f}"
                  f"{words / used:>14,.0f}{peak:>11.0f}")
    print(f"\nspeed-up with 2 processes: {results['dates given', 1][0] / results['dates given', 2][0]:.2f}x")
    for workers in (1, 2):
        wall = results["dates given", workers][0] / results["dates inferred", workers][0]
        cpu = results["dates given", workers][1] / results["dates inferred", workers][1]
        print(f"throughput without dates, {workers} process(es): {wall:.0%} of the throughput with dates given "
              f"(by CPU time: {cpu:.0%})")


if __name__ == "__main__":
    main()
