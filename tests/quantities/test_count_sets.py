"""Two verbs, one set (``checks/count_sets.py``): a thing each of two articles counts once,
with verbs of its own, compared as a tension when the figures are near or one's digits are
the other's reordered; quiet for figures far apart, people in general, an article with two
figures, the whole of a partitive and a rounded figure. Articles written for the tests
(a farm fair, an orchard, a quiz, a library, a shelter, a harbour, an archive)."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from claimcheck.checks.count_sets import near, rounding

from .helpers import flagged_counts as _flagged


def _two(tmp_path: Path, a: str, b: str) -> list[tuple[str, str]]:
    return _flagged(run_dated(tmp_path, {
        "a": ("2025-05-02", "Report\n\n" + a + "\n"),
        "b": ("2025-05-03", "Later report\n\n" + b + "\n"),
    }))


def test_near_figures_of_one_noun_told_with_two_verbs_are_a_tension(tmp_path: Path) -> None:
    found = _two(tmp_path, "The fair exhibited 46 tractors.", "At the fair, 48 tractors were displayed.")
    assert [sev for _, sev in found] == ["tension"]


def test_reordered_digits_are_a_tension(tmp_path: Path) -> None:
    found = _two(tmp_path, "The orchard planted 63 saplings this spring.",
                 "In the orchard, 36 saplings were grafted this spring.")
    assert [sev for _, sev in found] == ["tension"]


def test_figures_far_apart_are_two_sets(tmp_path: Path) -> None:
    assert _two(tmp_path, "The library lent 212 novels during the fair.",
                "At the fair, 18 novels were reviewed.") == []


def test_people_in_general_are_two_sets(tmp_path: Path) -> None:
    assert _two(tmp_path, "The shelter housed 40 residents.", "At the shelter, 45 residents were vaccinated.") == []


def test_one_figure_each_is_compared(tmp_path: Path) -> None:
    assert [sev for _, sev in _two(tmp_path, "The quiz drew 30 teams.", "At the quiz, 33 teams were seated.")] == ["tension"]


def test_an_article_with_two_figures_is_not_compared(tmp_path: Path) -> None:
    assert _two(tmp_path, "The quiz drew 30 teams. Judges disqualified 4 teams.",
                "At the quiz, 33 teams were seated.") == []


def test_the_whole_of_a_partitive_is_not_compared(tmp_path: Path) -> None:
    assert _two(tmp_path, "Two of the seven lifeboats launched from the pier.",
                "The harbour repaired nine lifeboats.") == []


def test_a_rounded_figure_meets_its_exact_one(tmp_path: Path) -> None:
    assert _two(tmp_path, "The archive digitised 1.2 million letters.",
                "In the archive, 1,187,000 letters were scanned.") == []


def test_near_and_rounding() -> None:
    assert near(14, 41) and near(16, 18) and not near(18, 212) and not near(13, 31.5)
    assert rounding("1.2 million articles", 0.0) == 50_000
    assert rounding("seven boats", 0.0) == 0.0


def test_a_year_holds_a_day_of_it(tmp_path: Path) -> None:
    found = _two(tmp_path, "There were 46 craft stalls at the fair this year and inspectors checked each one.",
                 "At the fair, 64 craft stalls traded on Saturday.")
    assert [sev for _, sev in found] == ["tension"]


def test_holds() -> None:
    from claimcheck.checks.count_things import _holds

    assert _holds("2025", "2025-09-16") and _holds("2026-09-23", "2026-09")
    assert not _holds("2025", "2026-01-02") and not _holds("2025-09-16", "2025-09-16") and not _holds(None, "2025")


def test_a_verb_that_undoes_another_is_no_set_of_it(tmp_path: Path) -> None:
    assert _two(tmp_path, "During the flood all five ferry routes stopped.",
                "The harbour board reopened four ferry routes.") == []


def test_a_peak_and_an_average_are_two_figures(tmp_path: Path) -> None:
    assert _two(tmp_path, "The recital was heard by an average radio audience of 1.1 million.",
                "The audience peaked at 1.6 million during the encore.") == []
