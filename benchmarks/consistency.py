"""Consistency benchmark: claimcheck's findings scored against labelled corpora of real reporting.

    python benchmarks/consistency.py CORPUS [CORPUS ...] [--json FILE] [--detail]

A CORPUS is a folder in the layout of ``../shared/devsets/README.md`` (``docs/``,
``sources.yaml``, ``gold.yaml``), or the seed folder (articles beside ``sources.yaml`` and
``expected.yaml``). Each corpus is run through the library twice: with its ``sources.yaml``
as ``claims/sources.yaml`` (publication dates known) and with an empty claims folder
(dates inferred). Scoring follows that README exactly (``benchmarks/scoring.py``).
``--detail`` explains every miss (extraction, grouping or check) and every false alarm.
Not a test; ``tests/benchmarks/test_floors.py`` guards the figures in ``floors.json``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent / "src"))
sys.path.insert(0, str(ROOT))

try:
    from ruamel.yaml import YAML  # noqa: E402
except ImportError as missing:  # a python without the project installed: say how to run it
    print(f"Error: {missing.name} is not installed here: install the project (README, 'Set up and run') and "
          f"run the benchmark with that environment's python, e.g. .venv/bin/python benchmarks/consistency.py ...",
          file=sys.stderr)
    sys.exit(2)

from claimcheck import pipeline  # noqa: E402
from claimcheck.entities.listing import entity_records  # noqa: E402
from scoring import (  # noqa: E402
    ClaimLocator,
    GoldEntry,
    Run,
    RunClaim,
    RunFinding,
    RunPublished,
    RunTimex,
    Score,
    Side,
    explain_miss,
    gold_entries,
    score,
)

SOURCE_FIELDS = ("outlet", "url", "published", "basis")


def _yaml(path: Path) -> Any:
    return YAML(typ="safe").load(path.read_text(encoding="utf-8")) or {}


@dataclass
class Corpus:
    name: str
    docs: Path
    sources: dict[str, dict[str, Any]]
    entries: list[GoldEntry]
    same_entity: list[list[str]] = field(default_factory=list)  # seeds only

    @property
    def gold_published(self) -> dict[str, str]:
        return {doc: str(meta["published"]) for doc, meta in self.sources.items() if meta.get("published")}


def load_corpus(folder: Path) -> Corpus:
    """A devset folder (docs/, sources.yaml, gold.yaml) or the seed folder (expected.yaml)."""
    sources = {str(k): dict(v or {}) for k, v in _yaml(folder / "sources.yaml").items()}
    if (folder / "gold.yaml").exists():
        return Corpus(folder.name, folder / "docs", sources, gold_entries(_yaml(folder / "gold.yaml")))
    expected = _yaml(folder / "expected.yaml")
    return Corpus(folder.name, folder, sources, seed_entries(expected), list(expected.get("same_entity") or []))


def seed_entries(expected: dict[str, Any]) -> list[GoldEntry]:
    """The seeds' ``cross_source`` groups as gold entries, and their time expressions as sides."""
    entries = []
    for n, group in enumerate(expected.get("cross_source") or [], start=1):
        severity = {"variant": "variant", "conflict": "conflict"}.get(group.get("verdict"), "consistent")
        sides = tuple(Side(str(s["source"]), str(s["quote"]), str(s["value"])) for s in group["statements"])
        entries.append(GoldEntry(f"S{n:02d}", "seed", severity, str(group["subject"]), sides))  # type: ignore[arg-type]
    times = tuple(Side(doc, str(t["quote"]), str(t["value"]))
                  for doc, items in (expected.get("time_expressions") or {}).items() for t in items)
    if times:
        entries.append(GoldEntry("T", "time", "time", "seed time expressions", times))
    return entries


def claims_folder(corpus: Corpus, work: Path, with_dates: bool) -> Path:
    folder = work / ("claims-dated" if with_dates else "claims-empty")
    folder.mkdir(parents=True, exist_ok=True)
    if with_dates:
        yaml = YAML()
        with (folder / "sources.yaml").open("w", encoding="utf-8") as out:
            yaml.dump({doc: {k: str(meta[k]) for k in SOURCE_FIELDS if meta.get(k) is not None}
                       for doc, meta in corpus.sources.items()}, out)
    return folder


def run_library(corpus: Corpus, claims_dir: Path) -> tuple[Run, pipeline.Analysis]:
    start = time.perf_counter()
    analysis = pipeline.analyse(corpus.docs, claims_dir)
    seconds = time.perf_counter() - start
    run = Run(
        texts={s.id: s.text for s in analysis.sources},
        claims=[RunClaim(c.id, c.source, tuple(c.span), c.predicate, c.subject.id,
                         str(c.value.value) if c.value else "", c.when.value if c.when else "",
                         f"{c.where.entity} {c.where.text}" if c.where else "")
                for c in analysis.claims],
        findings=[RunFinding(f.id, f.severity, f.kind, f.subject, tuple(f.claims), f.summary)
                  for f in analysis.findings],
        subjects={s.id: tuple(s.claims) for s in analysis.subjects},
        timexes={sid: [RunTimex(tuple(t.span), t.value, t.start, t.end) for t in ts]
                 for sid, ts in analysis.timexes.items()},
        published={s.id: RunPublished(s.published.value, s.published.confidence) for s in analysis.sources},
        words=sum(len(s.text.split()) for s in analysis.sources),
        seconds=seconds,
    )
    return run, analysis


def same_entity_merged(groups: list[list[str]], analysis: pipeline.Analysis) -> tuple[int, int]:
    """Seed ``same_entity`` groups whose names all fall in one entity of the report's
    ``entities`` section (the names written for each canonical entity)."""
    records = entity_records(analysis.index, analysis.mentions)
    merged = 0
    for group in groups:
        ids: set[str] = set()
        for name in group:
            short = name.split(" (")[0]
            found = {r.id for r in records for written in r.names
                     if written in (name, short) or name.endswith(written) or written.endswith(short)}
            ids |= found or {f"missing:{name}"}
        merged += len(ids) == 1
    return merged, len(groups)


@dataclass
class CorpusResult:
    name: str
    dated: Score
    undated: Score
    same_entity: tuple[int, int] | None
    runs: tuple[Run, Run]
    seed_conflicts_with_dates: int = 0


def evaluate(corpus: Corpus) -> CorpusResult:
    with tempfile.TemporaryDirectory(prefix="claimcheck-consistency-") as tmp:
        work = Path(tmp)
        dated, analysis = run_library(corpus, claims_folder(corpus, work, True))
        undated, _ = run_library(corpus, claims_folder(corpus, work, False))
    gold_pub = corpus.gold_published
    same = same_entity_merged(corpus.same_entity, analysis) if corpus.same_entity else None
    return CorpusResult(corpus.name, score(corpus.entries, dated, gold_pub, undated),
                        score(corpus.entries, undated), same, (dated, undated),
                        sum(f.severity == "conflict" for f in dated.findings))


# --- printing -----------------------------------------------------------------------------


def pct(pair: tuple[int, int]) -> str:
    n, d = pair
    return f"{n}/{d} {100 * n / d:3.0f}%" if d else "-"


def add(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return a[0] + b[0], a[1] + b[1]


COLUMNS = ("corpus", "conflicts", "exact", "variants", "false alarms", "precision", "time values",
           "values read", "pub day", "pub ±1d", "pub month", "conf. wrong", "words/s")


def row(name: str, s: Score) -> list[str]:
    p = s.publication
    pub = lambda n: pct((n, p.total))  # noqa: E731
    return [name, pct(s.conflict_recall), pct(s.exact_conflict_recall), pct(s.variant_recall),
            f"{s.false_alarms[0]}/{s.false_alarms[1]}", pct(s.precision), pct(s.time_values), pct(s.values_read),
            pub(p.exact) if p else "-", pub(p.within_day) if p else "-", pub(p.right_month) if p else "-",
            f"{p.confident_wrong}/{p.confident}" if p else "-",
            f"{s.words / s.seconds:,.0f}" if s.seconds else "-"]


def undated_row(name: str, u: Score) -> list[str]:
    return [name, pct(u.conflict_recall), pct(u.exact_conflict_recall), pct(u.variant_recall),
            f"{u.false_alarms[0]}/{u.false_alarms[1]}", pct(u.precision), pct(u.time_values)]


def table(header: tuple[str, ...], rows: list[list[str]]) -> str:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    line = lambda cells: "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"  # noqa: E731
    return "\n".join([line(list(header)), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, rows)])


@dataclass
class Totals:
    conflicts: tuple[int, int] = (0, 0)
    exact: tuple[int, int] = (0, 0)
    variants: tuple[int, int] = (0, 0)
    false_alarms: tuple[int, int] = (0, 0)
    precision: tuple[int, int] = (0, 0)
    time_values: tuple[int, int] = (0, 0)
    values_read: tuple[int, int] = (0, 0)
    pub: dict[str, int] = field(default_factory=lambda: dict.fromkeys(
        ("total", "known", "exact", "within_day", "right_month", "confident", "confident_wrong"), 0))
    words: int = 0
    seconds: float = 0.0

    def add(self, s: Score) -> None:
        self.conflicts = add(self.conflicts, s.conflict_recall)
        self.exact = add(self.exact, s.exact_conflict_recall)
        self.variants = add(self.variants, s.variant_recall)
        self.false_alarms = add(self.false_alarms, s.false_alarms)
        self.precision = add(self.precision, s.precision)
        self.time_values = add(self.time_values, s.time_values)
        self.values_read = add(self.values_read, s.values_read)
        if s.publication:
            for k in self.pub:
                self.pub[k] += getattr(s.publication, k)
        self.words += s.words
        self.seconds += s.seconds


def total_row(t: Totals) -> list[str]:
    p = t.pub
    pub = lambda n: pct((n, p["total"]))  # noqa: E731
    return ["total", pct(t.conflicts), pct(t.exact), pct(t.variants), f"{t.false_alarms[0]}/{t.false_alarms[1]}",
            pct(t.precision), pct(t.time_values), pct(t.values_read), pub(p["exact"]), pub(p["within_day"]), pub(p["right_month"]),
            f"{p['confident_wrong']}/{p['confident']}", f"{t.words / t.seconds:,.0f}" if t.seconds else "-"]


def by_kind_rows(results: list[CorpusResult]) -> list[list[str]]:
    merged: dict[str, dict[str, tuple[int, int]]] = {}
    for r in results:
        for kind, cells in r.dated.by_kind().items():
            for name, pair in cells.items():
                merged.setdefault(kind, {})[name] = add(merged.get(kind, {}).get(name, (0, 0)), pair)
    return [[kind, pct(c.get("conflict", (0, 0))), pct(c.get("variant", (0, 0))),
             f"{c['false_alarm'][0]}/{c['false_alarm'][1]}" if "false_alarm" in c else "-"]
            for kind, c in sorted(merged.items())]


def detail(result: CorpusResult) -> str:
    run = result.runs[0]
    locate = ClaimLocator(run)
    lines = [f"\n## {result.name}: misses and false alarms (run with publication dates)"]
    for r in result.dated.conflicts + result.dated.variants:
        if r.found and (r.exact or r.entry.severity == "variant"):
            continue
        what = "found, not as conflict" if r.found else "missed"
        miss = explain_miss(r.entry, run, locate)
        lines.append(f"\n{r.entry.id} [{r.entry.kind} {r.entry.severity}] {what} -> {miss.stage}: "
                     f"{r.entry.subject}\n    {miss.reason}")
        for d in miss.sides:
            lines.append(f"  - {d.side.doc}: “{d.side.quote}” = {d.side.value}")
            for c in d.claims:
                lines.append(f"      claim {c.id} {c.predicate} subject={c.subject} value={c.value!r} when={c.when!r}")
            for f in d.findings:
                lines.append(f"      finding {f.id} {f.severity} {f.kind}: {f.summary[:100]}")
    for r in result.dated.consistent:
        if not r.found:
            continue
        lines.append(f"\n{r.entry.id} [{r.entry.kind}] FALSE ALARM: {r.entry.subject}")
        for fid in r.findings:
            f = next(f for f in run.findings if f.id == fid)
            lines.append(f"    finding {f.id} {f.severity} {f.kind}: {f.summary[:140]}")
        for s in r.entry.sides:
            lines.append(f"  - {s.doc}: “{s.quote}” = {s.value}")
    pub = result.runs[1].published
    gold = result.dated.publication
    if gold is not None:
        lines.append("\npublication dates without metadata (inferred vs real):")
        for doc, p in sorted(pub.items()):
            lines.append(f"  {doc}: {p.value} (confidence {p.confidence})")
    return "\n".join(lines)


def to_json(results: list[CorpusResult], totals: Totals) -> dict[str, Any]:
    def figures(s: Score) -> dict[str, Any]:
        return {"conflict_recall": s.conflict_recall, "exact_conflict_recall": s.exact_conflict_recall,
                "variant_recall": s.variant_recall, "false_alarms": s.false_alarms, "precision": s.precision,
                "time_values": s.time_values, "values_read": s.values_read, "by_kind": s.by_kind(),
                "publication": asdict(s.publication) if s.publication else None,
                "words_per_second": round(s.words / s.seconds) if s.seconds else None,
                "missed": [r.entry.id for r in s.conflicts + s.variants if not r.found],
                "false_alarm_ids": [r.entry.id for r in s.consistent if r.found]}
    return {"corpora": {r.name: {"with_dates": figures(r.dated), "without_dates": figures(r.undated),
                                 "same_entity": r.same_entity, "seed_conflicts_with_dates":
                                 r.seed_conflicts_with_dates if r.same_entity is not None else None}
                        for r in results},
            "total": {k: v for k, v in asdict(totals).items()}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--json", type=Path, help="write the figures as JSON")
    parser.add_argument("--detail", action="store_true", help="explain every miss and false alarm")
    args = parser.parse_args(argv)

    folders = [f for f in args.corpora if (f / "sources.yaml").is_file()]
    for f in sorted(set(args.corpora) - set(folders)):  # a shell glob brings README.md along
        print(f"not a corpus (no sources.yaml), left out: {f}", file=sys.stderr)
    if not folders:
        print("Error: no corpus given (a corpus folder holds sources.yaml)", file=sys.stderr)
        return 2
    results = [evaluate(load_corpus(folder)) for folder in folders]
    totals, undated_totals = Totals(), Totals()
    gold_results = [r for r in results if r.same_entity is None]
    for r in gold_results:
        totals.add(r.dated)
        undated_totals.add(r.undated)
    print("With publication dates (pub columns: the run without them)\n")
    rows = [row(r.name, r.dated) for r in results]
    if len(gold_results) > 1:
        rows.append(total_row(totals))
    print(table(COLUMNS, rows))
    print("\nWithout publication dates (dates inferred)\n")
    urows = [undated_row(r.name, r.undated) for r in results]
    if len(gold_results) > 1:
        urows.append(total_row(undated_totals)[:7])
    print(table(COLUMNS[:7], urows))
    if gold_results:
        print("\nBy kind, over the labelled corpora (with dates)\n")
        print(table(("kind", "conflicts", "variants", "false alarms"), by_kind_rows(gold_results)))
    for r in results:
        if r.same_entity is not None:
            print(f"\n{r.name}: same_entity groups merged {pct(r.same_entity)}; "
                  f"conflict findings with dates: {r.seed_conflicts_with_dates} (expected 0)")
    if args.detail:
        for r in results:
            print(detail(r))
    if args.json:
        args.json.write_text(json.dumps(to_json(results, totals), indent=2, default=str) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
