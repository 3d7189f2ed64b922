"""A holder's Nth item that is not the story's: one dated apart by a phrase set off after it
("her second final, in May this year,") and one still in the making ("She is now making her
third film"). Neither is compared with the story's item's number. Articles written for the tests."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

FILM = ("2026-02-10", "Prize for director\n\nDirector Ines Vale won the Golden Reel on Friday for Low Tide. It is "
                      "her second film, and the first shot abroad.\n")
SWIM = ("2026-07-20", "Gold\n\nAnna Berg, swimming in only her third final, won gold in Rome on Sunday.\n")


def _ranks(report) -> list[str]:
    return [f.severity for f in report.findings if f.kind == "ordinal" and f.severity in ("conflict", "tension")]


def test_an_item_in_the_making_is_not_the_story_s(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": FILM,
        "b": ("2026-02-12", "Vale\n\nInes Vale, who won the Golden Reel on Friday for Low Tide, said the prize changed "
                            "her life. She is now making her third film, set in the same town.\n"),
    })
    assert _ranks(report) == []


def test_an_item_dated_apart_is_not_the_story_s(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": SWIM,
        "b": ("2026-07-20", "Berg\n\nAnna Berg won gold in Rome on Sunday. Her second final, in May this year, ended "
                            "in fourth place.\n"),
    })
    assert _ranks(report) == []


def test_two_numbers_for_the_story_s_item_still_disagree(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": FILM,
        "b": ("2026-02-12", "Vale\n\nInes Vale won the Golden Reel on Friday for Low Tide. It is her third film.\n"),
    })
    assert _ranks(report) != []
