"""A folder of several stories: a subject no name anchors ("a two-year ban") meets unrelated
articles, whose values differ because they are about different things. Such a finding is
kept only within one story. Articles written for the tests (sport, shipping, farming,
publishing, energy, courts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.checks import stories

# six stories, no person, body or place named by a fifth of the articles: general news
NEWS = {
    "sprint": ("2025-03-10", "Sprinter Lena Vos was handed a two-year ban on Monday, federation president Omar Lind said."),
    "cycling": ("2025-03-11", "Cyclist Marco Ruel received a four-year ban on Tuesday, union chairman Karl Weiss said."),
    "port": ("2025-03-11", "Traffic rose at the Rotterdam terminal, Dockline chief executive Ada Brink said."),
    "farm": ("2025-03-12", "A cheese plant opened in Tarvel, Vellmark chairman Olaf Strand said."),
    "books": ("2025-03-12", "Novelist Ines Marrow signed with Quillstone Press, publisher Tom Reed said."),
    "grid": ("2025-03-13", "A wind farm near Kessel was connected, Voltaris chief engineer Rui Sa said."),
}


def _flagged_bans(report) -> list:  # type: ignore[no-untyped-def]
    return [f for f in report.findings if f.severity in ("conflict", "tension") and "ban" in f.subject]


def test_two_stories_bans_are_not_compared(tmp_path: Path) -> None:
    assert not _flagged_bans(run_dated(tmp_path, NEWS))


def test_without_the_story_filter_the_two_bans_would_clash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # the case above is a real clash of keys, which the filter removes (not one never keyed)
    monkeypatch.setattr(stories, "ONE_STORY_SHARE", 0.0)
    assert _flagged_bans(run_dated(tmp_path, NEWS))


def test_within_one_story_of_the_folder_the_bans_are_compared(tmp_path: Path) -> None:
    docs = dict(NEWS)
    docs["appeal"] = ("2025-03-14", "Sprinter Lena Vos got a three-year ban, federation president Omar Lind said on Friday.")
    flagged = _flagged_bans(run_dated(tmp_path, docs))
    assert flagged


def test_a_folder_of_one_story_compares_articles_that_name_nobody_in_common(tmp_path: Path) -> None:
    # the sprinter's story told by articles that share no name: still one story (its
    # protagonist is named by most of them), so the two bans are compared
    report = run_dated(tmp_path, {
        "wire": ("2025-03-10", "Sprinter Lena Vos was handed a two-year ban on Monday, the federation said."),
        "paper": ("2025-03-11", "Lena Vos, the sprinter, received a three-year ban on Monday."),
        "blog": ("2025-03-12", "The ban handed to Lena Vos is the longest this season, analyst Kai Dorn said."),
    })
    assert _flagged_bans(report)
