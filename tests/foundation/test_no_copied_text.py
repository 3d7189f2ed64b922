"""The labelled corpora stay outside the project: no run of words from the devsets appears
in its code, resources, docs, tests or benchmarks, and none from the seed articles in its
code or resources (the seeds are the default corpus; tests read them from their path).
Rules are tested on articles written for the tests, not on copies of the labelled ones."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
RUN = 8  # words in a row: longer than the stock phrases news and code share
_WORD = re.compile(r"[A-Za-z0-9']+")
_TEXT_SUFFIXES = {".py", ".yaml", ".yml", ".md", ".txt", ".json", ".toml", ".html", ".j2"}
# names of the world that a table may hold whole however long they are
_NAMES = ("united nations convention on the law of the sea",)


def _runs(text: str) -> set[str]:
    words = [w.lower() for w in _WORD.findall(text)]
    return {" ".join(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def _labelled_runs(folder: Path) -> dict[str, str]:
    runs: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.suffix in {".txt", ".html", ".json", ".jsonl"} and path.name != "README.md":
            for run in _runs(path.read_text(encoding="utf-8", errors="ignore")):
                runs.setdefault(run, str(path.relative_to(SHARED)))
    return runs


def _project_files(*folders: str) -> list[Path]:
    return [p for folder in folders for p in sorted((ROOT / folder).rglob("*"))
            if p.is_file() and p.suffix in _TEXT_SUFFIXES and "__pycache__" not in p.parts]


def _copies(files: list[Path], labelled: dict[str, str]) -> list[str]:
    return sorted(f"{path.relative_to(ROOT)}: '{run}' (from {labelled[run]})"
                  for path in files for run in _runs(path.read_text(encoding="utf-8", errors="ignore")) & labelled.keys()
                  if not any(run in name for name in _NAMES))


@pytest.mark.skipif(not (SHARED / "devsets").is_dir(), reason="the devsets are not beside the checkout")
def test_no_devset_text_in_the_project() -> None:
    assert _copies(_project_files("src", "docs", "tests", "benchmarks"), _labelled_runs(SHARED / "devsets")) == []


@pytest.mark.skipif(not (ROOT / "seeds").is_dir(), reason="no seed corpus in the checkout")
def test_no_seed_text_in_code_or_resources() -> None:
    seeds = {run: f"seeds/{name}" for name, run in
             ((p.name, r) for p in sorted((ROOT / "seeds").glob("*.txt")) for r in _runs(p.read_text(encoding="utf-8")))}
    assert _copies(_project_files("src"), seeds) == []
