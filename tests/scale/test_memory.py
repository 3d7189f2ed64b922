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


@pytest.mark.parametrize("workers", [1, 2])
def test_a_report_without_texts_is_the_same_report(corpus: tuple[Path, Path], workers: int) -> None:
    """``run(texts=False)`` (every report but HTML) lets each text and its spans go once the
    article's claims are out: the report is the same, byte for byte."""
    folder, claims = corpus
    whole = pipeline.run(folder, claims, workers=workers)
    lean = pipeline.run(folder, claims, workers=workers, texts=False)
    assert all(s.text and s.sentences for s in whole.sources)
    assert not any(s.paragraphs for s in lean.sources)
    # the texts and sentence bounds stay (the checks read words around a claim); the rest goes
    assert [s.sentences for s in lean.sources] == [s.sentences for s in whole.sources]
    assert [s.text for s in lean.sources] == [s.text for s in whole.sources]
    assert render_json(lean) == render_json(whole)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_check_reading_the_body_finds_the_same_without_texts(tmp_path: Path, workers: int) -> None:
    """A holderless count ("It employs 2,400 people") joins the one holder the corpus gives
    that count when its article names the holder in its body: a report run without texts
    must read that body too (it once kept only the headline, and found nothing)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.txt").write_text("Bakery chain grows\n\nKestrel employs 2,700 people, its chief "
                                     "executive Ana Lund said on Monday.\n", encoding="utf-8")
    (corpus / "paper.txt").write_text("Bakery chain opens a plant\n\nKestrel opened a bakery in Tarvel on "
                                      "Monday. It employs 2,400 people, chief executive Ana Lund said.\n",
                                      encoding="utf-8")
    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "sources.yaml").write_text("wire:\n  published: '2031-03-04'\npaper:\n  published: '2031-03-04'\n",
                                         encoding="utf-8")
    whole = pipeline.run(corpus, claims, workers=workers)
    lean = pipeline.run(corpus, claims, workers=workers, texts=False)
    assert [f.id for f in lean.findings] == [f.id for f in whole.findings]
    assert any(f.kind == "count" and f.severity in ("conflict", "tension") for f in lean.findings)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_check_reading_a_counts_sentence_finds_the_same_without_texts(tmp_path: Path, workers: int) -> None:
    """The count checks read the words of a count's sentence (`count_occasions.Sentences`):
    a report run without texts keeps each source's sentence bounds, so the text and JSON
    reports find what the HTML report finds (they once lost a ticket count told two ways)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.txt").write_text("Gala moved to June\n\nThe trust said on Monday, March 3, 2031, that the 12th "
                                     "harbour gala will be staged in Tarvel on June 8. Its chair, Ana Lund, said 8,200 "
                                     "tickets would go on sale.", encoding="utf-8")
    (corpus / "paper.txt").write_text("Tarvel to host the gala\n\nThe 12th harbour gala will take place in Tarvel on "
                                      "June 8, the trust said on Tuesday. Chair Ana Lund said 8,000 tickets would be "
                                      "sold.", encoding="utf-8")
    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "sources.yaml").write_text("wire:\n  published: '2031-03-03'\npaper:\n  published: '2031-03-04'\n",
                                         encoding="utf-8")
    whole = pipeline.run(corpus, claims, workers=workers)
    lean = pipeline.run(corpus, claims, workers=workers, texts=False)
    assert any(f.kind == "count" for f in whole.findings)
    assert [f.id for f in lean.findings] == [f.id for f in whole.findings]


def test_a_text_an_annotation_reads_again_is_kept(corpus: tuple[Path, Path], tmp_path: Path) -> None:
    """A manual claim locates its quote in its source's text, an override may tag a new
    'when' in it: those sources keep their texts, and the report is still the same."""
    folder, claims = corpus
    first = pipeline.run(folder, claims)
    merger = next(c for c in first.claims if c.source == "merger")
    annotated = tmp_path / "claims"
    annotated.mkdir()
    (annotated / "sources.yaml").write_text((claims / "sources.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    (annotated / "annotations.yaml").write_text(
        "claims:\n  - source: court\n    quote: \"The court first sat in 1875\"\n    predicate: found\n"
        "    subject: org:supreme-court\n    when: in 1875\n"
        f"override:\n  {merger.id}:\n    when: by the end of the year\n", encoding="utf-8")
    whole = pipeline.run(folder, annotated)
    lean = pipeline.run(folder, annotated, texts=False)
    kept = {s.id for s in lean.sources if s.paragraphs}
    assert kept == {"court", "merger"}
    assert any(c.origin == "manual" for c in lean.claims)
    assert render_json(lean) == render_json(whole)


@pytest.mark.parametrize("text", [
    "Harbour reopens\n\nThe port reopened on Monday after the storm.",
    "Harbour reopens\n   \n  The port reopened.\nMore follows.",
    "Harbour reopens\n",
    "Harbour reopens\n\n   ",
    "One line, no break at all",
    "",
])
def test_the_headline_kept_tells_every_claim_as_the_whole_text_does(text: str) -> None:
    """A report run without texts keeps ``headline_part`` of each: whether a claim stands in
    the headline with a body after it reads the same from that part as from the whole text."""
    from types import SimpleNamespace

    from claimcheck.checks.finding import _in_headline, headline_part

    def in_headline(t: str, start: int) -> bool:
        ctx = SimpleNamespace(sources={"a": SimpleNamespace(text=t)})
        return _in_headline(ctx, SimpleNamespace(source="a", span=(start, start + 1)))  # type: ignore[arg-type]

    part = headline_part(text)
    assert text.startswith(part)
    assert [in_headline(text, i) for i in range(len(text) + 1)] == [in_headline(part, i) for i in range(len(text) + 1)]


def test_the_spill_is_read_back_by_a_forked_process() -> None:
    import multiprocessing

    from claimcheck.spill import Spill

    spill = Spill()
    spill.put("a", {"times": [{"span": (1, 5), "text": "today"}]})
    spill.put("b", ["x" * 100_000])
    assert spill.get("b") == ["x" * 100_000] and "a" in spill and "c" not in spill
    spill.flush()
    if "fork" in multiprocessing.get_all_start_methods():  # read in a forked child, sent back pickled
        assert pipeline._beside(lambda: spill.get("a"), lambda: None) == {"times": [{"span": (1, 5), "text": "today"}]}
    spill.close()


def test_records_written_by_the_compiled_serialiser_read_as_pythons_json(corpus: tuple[Path, Path]) -> None:
    """``iter_json`` writes each record through pydantic's serialiser: the same bytes as
    Python's json for floats of every size (under 1e-4, Python writes an exponent pydantic
    does not: those records go the slow way), infinities, escapes and text no UTF-8 holds."""
    folder, claims = corpus
    report = pipeline.run(folder, claims)
    claim = next(c for c in report.claims if c.value is not None)
    odd = []
    for n, value in enumerate([1e-05, -2.5e-07, 0.0001, float("inf"), -float("inf"), 1e16, 0.1, 12.0, 7, "a\x1f\u2028é\"\\b",
                               "lone \ud800 surrogate"]):
        copy = claim.model_copy(deep=True)
        copy.id = f"{claim.id}-{n}"
        copy.value.value = value  # type: ignore[union-attr]
        odd.append(copy)
    report.claims = odd + report.claims
    assert render_json(report) == json.dumps(report_dict(report), ensure_ascii=False, indent=2) + "\n"
