"""Scale benchmark: wall time, words/s and peak memory as the corpus grows, for --jobs 1 and
--jobs 2, and the same corpus through a two-worker Dask LocalCluster.

    python benchmarks/scale.py ../shared/bench/news/bbc_news.jsonl [--sizes 0.5 1 2 4] [--jobs 1 2]
                               [--dask 1] [--published 2005-01-15] [--json FILE]

The corpus is repeated to reach each size: the first half for 0.5x, whole copies beyond 1x,
each copy with new ids and its small numbers shifted (so copies do not collapse into one
group of identical claims). Articles without a ``published`` field get the stand-in date,
so no inference runs. Each run is a fresh process: seconds are the report (pipeline and JSON
rendering, written piece by piece as ``report -f json`` writes it) after the imports; CPU seconds add up every process of the run (workers
included), a figure that other jobs on the machine disturb less than wall time; peak memory is the parent's plus the largest worker's (for
Dask: the client's plus the largest worker's; the cluster's start is shown apart). Figures are
from this run on this machine: compare them side by side, not across machines. Not a test.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SMALL_NUMBER = re.compile(r"(?<![\d.,])\b([1-9]\d?)\b(?![\d.,]\d)")

# Runs the report in a child process and prints its wall time and peak memory.
CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path
from claimcheck import pipeline
from claimcheck.report.json import iter_json

def render_json(report):  # as `report -f json` writes it: piece by piece, never one string
    with open(os.devnull, "w", encoding="utf-8") as out:
        out.writelines(iter_json(report))

def cpu(who=resource.RUSAGE_SELF):
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime

corpus, claims, jobs, scheduler = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]
start = time.perf_counter()
cpu0 = cpu()
if scheduler:
    from dask.distributed import Client, LocalCluster
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        up = time.perf_counter() - start
        before = sum(client.run(cpu).values())
        start, cpu0 = time.perf_counter(), cpu()
        from claimcheck import distributed
        report = distributed.run(Path(corpus), Path(claims), client)
        render_json(report)
        seconds = time.perf_counter() - start
        cpu_seconds = cpu() - cpu0 + sum(client.run(cpu).values()) - before
        workers = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
        worker_peak = max(workers.values()) / 1024
else:
    up = 0.0
    report = pipeline.run(Path(corpus), Path(claims), workers=jobs, texts=False)  # as `report -f json`
    render_json(report)
    seconds = time.perf_counter() - start
    cpu_seconds = cpu() - cpu0 + cpu(resource.RUSAGE_CHILDREN)
    worker_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "cluster_start": up,
                  "claims": len(report.claims), "findings": len(report.findings),
                  "peak_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 + worker_peak}))
"""


def build(path: Path, factor: float, published: str, out: Path) -> tuple[int, int]:
    """Write the corpus at ``factor`` times its size; return (articles, words)."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    n_articles = n_words = 0
    with out.open("w", encoding="utf-8") as dst:
        copies = max(1, int(factor + 0.999))
        for copy in range(copies):
            take = records if factor >= copy + 1 else records[:round(len(records) * (factor - copy))]
            for r in take:
                r = dict(r)
                r.setdefault("published", published)
                if copy:
                    r["id"] = f"{r['id']}-copy{copy}"
                    r["text"] = SMALL_NUMBER.sub(lambda m: str(int(m.group(1)) + copy), r["text"])
                dst.write(json.dumps(r, ensure_ascii=False) + "\n")
                n_articles += 1
                n_words += len(r["text"].split())
    return n_articles, n_words


def run(corpus: Path, claims: Path, jobs: int, scheduler: bool) -> dict[str, float]:
    cmd = [sys.executable, "-c", CHILD, str(corpus), str(claims), str(jobs), "local" if scheduler else ""]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("path", type=Path)
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1, 2, 4])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--dask", type=float, nargs="*", default=[1], help="sizes to run on a LocalCluster")
    parser.add_argument("--published", default="2005-01-15", help="stand-in publication date")
    parser.add_argument("--json", type=Path, help="also write the rows here")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="claimcheck-scale-"))
    claims = work / "claims"
    claims.mkdir()
    rows = []
    print(f"{'size':>5} {'articles':>9} {'words':>11} {'run':>12} {'seconds':>9} {'words/s':>10} {'CPU s':>8}"
          f" {'words/CPU s':>12} {'peak MiB':>9} {'claims':>8} {'findings':>9}")
    for factor in args.sizes:
        corpus = work / f"corpus-{factor}.jsonl"
        articles, words = build(args.path, factor, args.published, corpus)
        runs = [(f"--jobs {j}", j, False) for j in args.jobs]
        runs += [("dask 2 wkrs", 2, True)] if factor in args.dask else []
        for label, jobs, dask in runs:
            started = time.perf_counter()
            result = run(corpus, claims, jobs, dask)
            row = {"size": factor, "articles": articles, "words": words, "run": label, **result,
                   "process_seconds": time.perf_counter() - started}
            rows.append(row)
            extra = f"  (+{result['cluster_start']:.1f} s cluster start)" if dask else ""
            print(f"{factor:>5} {articles:>9,} {words:>11,} {label:>12} {result['seconds']:>9.2f}"
                  f" {words / result['seconds']:>10,.0f} {result['cpu_seconds']:>8.1f}"
                  f" {words / result['cpu_seconds']:>12,.0f} {result['peak_mib']:>9.0f} {result['claims']:>8,}"
                  f" {result['findings']:>9,}{extra}", flush=True)
        corpus.unlink()
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
