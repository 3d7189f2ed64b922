"""Titles read where a post is taken up ("will take charge as", "stepped in as"), a rank
joined to its title by a hyphen at a sentence's start ("Vice-captain X"), and a surname that
is also a place's name after a title ("Assistant manager Rui Santiago"); on invented reports
of a rowing club, a theatre and a court."""

from __future__ import annotations

from pathlib import Path

from builders import article, run_dated

from claimcheck.entities import find_mentions
from claimcheck.entities.chunks import analyse


def _titles(report, person: str) -> list[str]:
    return sorted(c.value.text for c in report.claims if c.facet == "title" and c.subject.id == person and c.value)


def test_a_post_taken_up_is_a_title(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {"a": ("2025-06-02", "Boat race\n\nCoach Lena Brandt will take charge as interim "
                                                       "head coach for the regatta. Ivo Marek stepped in as acting "
                                                       "chair of the theatre on Monday.\n")})
    assert "interim head coach" in _titles(report, "person:lena-brandt")
    assert "acting chair" in _titles(report, "person:ivo-marek")
    # a verb of taking up without "as" gives nothing
    report = run_dated(tmp_path / "no", {"a": ("2025-06-02", "Boat race\n\nLena Brandt will take charge of the "
                                                               "crew for the regatta.\n")})
    assert _titles(report, "person:lena-brandt") == []


def test_a_rank_joined_to_a_title_opens_a_sentence() -> None:
    chunk = "Vice-captain Ola Berg"
    assert [(p.what, chunk[p.start:p.end], p.modifier) for p in analyse(chunk)] == [
        ("title", "Vice-captain", "deputy"), ("run", "Ola Berg", None)]
    # a hyphenated word that is no rank and title stays a name's
    assert [p.what for p in analyse("Anglo-Dutch Shell")] == ["run"]


def test_a_surname_like_a_place_after_a_title_is_the_name() -> None:
    chunk = "Judge Ana Lima"
    assert [(p.what, chunk[p.start:p.end]) for p in analyse(chunk)] == [("title", "Judge"), ("run", "Ana Lima")]
    s = article("Court\n\nThe jury heard from prosecutor Rui Santiago on Monday.\n", "2025-06-02")
    assert [m.text for m in find_mentions(s) if m.kind == "person"] == ["Rui Santiago"]
    # without a title the place stays a place
    s = article("Flights\n\nFlights from Lima resumed on Monday.\n", "2025-06-02")
    assert [m.kind for m in find_mentions(s) if m.text == "Lima"] == ["place"]


def test_posts_joined_by_and_are_both_the_persons_but_national_offices_are_not(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {"a": ("2025-06-02", "Mill sold\n\nDunmore Mills chairman and chief executive "
                                                       "Ada Quint signed the sale. Talks between the president "
                                                       "and Prime Minister Jo Wren ended.\n")})
    assert _titles(report, "person:ada-quint") == ["chairman", "chief executive"]
    # two offices of state joined by "and" are often two people's
    assert _titles(report, "person:jo-wren") == ["Prime Minister"]
