"""review.join keeps every verdict (orphans listed); record and the interactive walk."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from claimcheck import review, store
from claimcheck.errors import UnknownFinding, UsageError
from claimcheck.models import Report, Review


def test_join_attaches_reviews_and_lists_orphans(report: Report) -> None:
    reviews = {"date-0123456789": Review(verdict="confirmed", note="yes"),
               "date-gone000000": Review(verdict="dismissed", note="old run"),
               "a-gone": Review(verdict="needs-follow-up")}
    findings, orphaned = review.join(report.findings, reviews)
    assert [f.review.verdict for f in findings] == ["confirmed", "open", "open"]
    assert [o.finding for o in orphaned] == ["a-gone", "date-gone000000"]
    assert orphaned[1].review.note == "old run"
    assert report.findings[0].review.verdict == "open"  # inputs are not mutated


def test_record_validates_finding_and_verdict(report: Report, claims_dir: Path) -> None:
    saved = review.record(claims_dir, report, "place-abcdef0123", "dismissed", "same city", "ana")
    assert saved.reviewer == "ana" and saved.at
    assert store.read_reviews(claims_dir)["place-abcdef0123"].note == "same city"
    with pytest.raises(UnknownFinding, match="no finding 'date-nope'.*did you mean"):
        review.record(claims_dir, report, "date-nope", "confirmed")
    with pytest.raises(UsageError, match="not one of"):
        review.record(claims_dir, report, "place-abcdef0123", "maybe")


def test_default_reviewer_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CLAIMCHECK_REVIEWER", "desk-3")
    assert review.default_reviewer() == "desk-3"


def test_walk_records_each_answer_at_once_and_quits(report: Report, claims_dir: Path) -> None:
    answers = iter(["c", "clear conflict", "s", "q"])
    asked: list[str] = []

    def ask(question: str, choices, default: str) -> str:
        asked.append(question)
        return next(answers)

    console = Console(record=True, width=120)
    counts = review.walk(report, claims_dir, console, reviewer="bo", ask=ask)
    assert counts == {"confirmed": 1, "dismissed": 0, "needs-follow-up": 0, "skipped": 1}
    assert asked == ["Verdict", "Note", "Verdict", "Verdict"]
    saved = store.read_reviews(claims_dir)
    assert list(saved) == ["date-0123456789"] and saved["date-0123456789"].note == "clear conflict"
    out = console.export_text()
    assert "The meeting is dated November 12 and November 13" in out and "Recorded confirmed" in out
    assert "2023-11 (inferred)" in out  # each quote beside its source's date and how it is known


def test_walk_skips_reviewed_findings(report: Report, claims_dir: Path) -> None:
    findings, _ = review.join(report.findings, {f.id: Review(verdict="dismissed") for f in report.findings})
    console = Console(record=True)
    review.walk(report.model_copy(update={"findings": findings}), claims_dir, console,
                ask=lambda *a: pytest.fail("nothing to ask"))
    assert "No open findings" in console.export_text()


def test_two_sessions_never_overwrite_each_other_unseen(report: Report, claims_dir: Path) -> None:
    """Session A is typing its note on the first finding when session B records a verdict
    on it; A's write must not replace B's. A later finding B reviewed is skipped by A."""

    def ask(question: str, choices, default: str) -> str:
        if question == "Note" and not store.read_reviews(claims_dir):
            review.record(claims_dir, report, "date-0123456789", "dismissed", "B's note", "bo")
            review.record(claims_dir, report, "place-abcdef0123", "confirmed", "B again", "bo")
            return "A's note"
        return "c" if question == "Verdict" else ""

    console = Console(record=True, width=140)
    counts = review.walk(report, claims_dir, console, reviewer="ana", ask=ask)
    saved = store.read_reviews(claims_dir)
    assert (saved["date-0123456789"].verdict, saved["date-0123456789"].note) == ("dismissed", "B's note")
    assert saved["place-abcdef0123"].reviewer == "bo"
    assert saved["date-fedcba9876"].reviewer == "ana"  # A's own later verdict is recorded
    out = console.export_text()
    assert "Not recorded:" in out and "Yours was confirmed (A's note)" in out
    assert "place-abcdef0123 was reviewed meanwhile (confirmed by bo); skipping it." in out
    assert counts["confirmed"] == 1 and counts["skipped"] == 2


def test_expect_guards_the_write(claims_dir: Path) -> None:
    store.write_review(claims_dir, "f-1", Review(verdict="confirmed", reviewer="bo"))
    with pytest.raises(store.ReviewChanged, match="f-1 was reviewed meanwhile: confirmed by bo") as err:
        store.write_review(claims_dir, "f-1", Review(verdict="dismissed"), expect=Review())
    assert err.value.code == "E503" and err.value.current.reviewer == "bo"
    current = store.read_reviews(claims_dir)["f-1"]
    store.write_review(claims_dir, "f-1", Review(verdict="dismissed"), expect=current)
    assert store.read_reviews(claims_dir)["f-1"].verdict == "dismissed"
