"""Memory that grows with the claims, not with the text: a report run drops each article's
time expressions and mentions once its claims are extracted (keeping only the references
the report lists), and the JSON report is written record by record, never built whole."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

from claimcheck import pipeline
from claimcheck.models import Mention, OrphanedReview, Report, Review, Skipped, Timex
from claimcheck.report.json import iter_json, render_json, report_dict

from .corpus import build


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return build(tmp_path_factory.mktemp("memory"))


def _live(kind: type) -> list[object]:
    gc.collect()
    return [o for o in gc.get_objects() if type(o) is kind]


@pytest.mark.parametrize("workers", [1, 2])
def test_an_analysis_for_a_report_holds_no_time_expression_or_mention(corpus: tuple[Path, Path],
                                                                     workers: int) -> None:
    """While the corpus-level stages and the report run, no article's mentions are alive, and
    the only time expressions are those the claims hold (their reading of "when")."""
    folder, claims = corpus
    kept = pipeline.analyse(folder, claims, workers=workers)
    assert len(_live(Mention)) >= sum(map(len, kept.mentions.values())) > 0  # the probe sees them
    del kept
    lean = pipeline.analyse(folder, claims, workers=workers, keep_layers=False)
    assert lean.claims and (lean.mention_refs or lean.entities)
    assert not _live(Mention)
    held = {id(c.timex) for c in lean.claims if c.timex is not None}
    assert {id(t) for t in _live(Timex)} <= held


@pytest.mark.parametrize("workers", [1, 2])
def test_dropping_the_layers_changes_nothing_in_the_report(corpus: tuple[Path, Path], workers: int) -> None:
    folder, claims = corpus
    kept = pipeline.analyse(folder, claims, workers=workers)
    lean = pipeline.analyse(folder, claims, workers=workers, keep_layers=False)
    assert kept.timexes and kept.mentions and not lean.timexes and not lean.mentions
    assert render_json(pipeline.report_of(kept, claims)) == render_json(pipeline.report_of(lean, claims))


def test_the_json_report_written_in_pieces_is_the_whole_dump(corpus: tuple[Path, Path]) -> None:
    folder, claims = corpus
    report = pipeline.run(folder, claims)
    report.skipped = [Skipped(path="notes/readme.bin", reason="binary file (NUL bytes), not an article", code="E110")]
    report.orphaned_reviews = [OrphanedReview(finding="date-0123456789", review=Review(verdict="confirmed", note="checked"))]
    whole = json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
    assert "".join(iter_json(report)) == whole
    empty = Report(sources=[], claims=[], subjects=[], findings=[])  # every list empty: "[]"
    assert render_json(empty) == json.dumps(report_dict(empty), ensure_ascii=False, indent=2) + "\n"
