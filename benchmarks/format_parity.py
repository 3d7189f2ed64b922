"""Format parity: a report finds the same whatever its format.

    python benchmarks/format_parity.py CORPUS_DIR [CORPUS_DIR ...]

Every report but HTML runs the pipeline without texts (`pipeline.run(texts=False)`: each
source's spans let go once its claims are out); HTML and this repository's benchmarks keep
them. The checks read words around a claim, so a layer dropped too early makes the text and
JSON reports find other things than the HTML one (the count checks once lost a sentence's
bounds). For each corpus folder (the devset layout: ``docs/`` and ``sources.yaml``, run with
its publication dates) this runs both ways and lists the findings only one way finds. Exit 1
when any corpus differs. Not a test: a whole-corpus check, a few seconds a corpus.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "benchmarks"))

import consistency  # noqa: E402
from claimcheck import pipeline  # noqa: E402


def _findings(report: object) -> list[tuple[str, str, str]]:
    return sorted((f.kind, f.severity, f.summary) for f in report.findings)  # type: ignore[attr-defined]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    differing = 0
    for folder in map(Path, argv):
        corpus = consistency.load_corpus(folder)
        with tempfile.TemporaryDirectory() as tmp:
            claims = consistency.claims_folder(corpus, Path(tmp), True)
            whole = _findings(pipeline.run(folder / "docs", claims, texts=True))
            lean = _findings(pipeline.run(folder / "docs", claims, texts=False))
        if whole != lean:
            differing += 1
            print(f"{corpus.name}: only with texts {[f for f in whole if f not in lean]}; "
                  f"only without {[f for f in lean if f not in whole]}")
    print(f"{len(argv)} corpora, {differing} differing")
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
