"""Two posts of one person that the title lattice holds apart: a government's law officers
(attorney general, solicitor general, lord advocate) and a collection's director and curator; a
courtesy title written with the name ("Prof. X, the gallery's director") leaves the apposition
its post. Small invented reports on a gallery's acquisition and a tax appeal."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

RULE = "claimcheck.check.title.v1"


def _severities(tmp_path: Path, a: str, b: str) -> list[str]:
    report = run_dated(tmp_path, {"a": ("2026-04-16", a), "b": ("2026-04-17", b)})
    return sorted(f.severity for f in report.findings if f.rule == RULE and f.severity != "variant")


def test_a_courtesy_title_keeps_the_apposed_post(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {"a": ("2026-04-16", "New painting\n\nProf. Ana Lund, the gallery's director, "
                                                      "said the painting was genuine.\n")})
    assert any(c.predicate == "title" and c.value is not None and "director" in c.value.text
               for c in report.claims if c.subject.id == "person:ana-lund")


def test_director_and_curator_conflict(tmp_path: Path) -> None:
    assert _severities(
        tmp_path,
        "New painting\n\nProf. Ana Lund, the gallery's director, said the painting was genuine.\n",
        "New painting\n\nThe purchase was confirmed by Ana Lund, the gallery's curator of prints.\n",
    ) == ["conflict"]


def test_a_former_curator_stays_quiet(tmp_path: Path) -> None:
    got = _severities(
        tmp_path,
        "New painting\n\nProf. Ana Lund, the gallery's director, said the painting was genuine.\n",
        "New painting\n\nThe purchase was confirmed by Ana Lund, the gallery's former curator of prints.\n",
    )
    assert "conflict" not in got


def test_two_law_officers_conflict(tmp_path: Path) -> None:
    assert _severities(
        tmp_path,
        "Tax appeal\n\nSolicitor General Ian Ross told the court the Crown would not oppose the appeal.\n",
        "Tax appeal\n\nAttorney General Ian Ross told the court the Crown would not oppose the appeal.\n",
    ) == ["conflict"]


def test_a_law_officer_and_a_minister_stay_quiet(tmp_path: Path) -> None:
    got = _severities(
        tmp_path,
        "Tax appeal\n\nJustice Minister Ian Ross told the court the Crown would not oppose the appeal.\n",
        "Tax appeal\n\nAttorney General Ian Ross told the court the Crown would not oppose the appeal.\n",
    )
    assert "conflict" not in got


def _posts(tmp_path: Path, text: str) -> set[tuple[str, str, str]]:
    report = run_dated(tmp_path, {"a": ("2026-04-16", text)})
    return {(c.subject.id, str(c.value.value), c.title.body if c.title else "") for c in report.claims
            if c.predicate == "hold-post" and c.value is not None}


def test_since_of_another_verb_tells_no_change_of_holder(tmp_path: Path) -> None:
    got = _posts(tmp_path, "Lab inquiry\n\nThe laboratory's head, Brigadier General Karl Moe, has not spoken in "
                           "public since Monday.\n")
    assert ("person:karl-moe", "head", "laboratory") in got


def test_since_after_the_post_tells_when_it_was_taken(tmp_path: Path) -> None:
    got = _posts(tmp_path, "Lab inquiry\n\nKarl Moe, the laboratory's head since 2019, declined to comment.\n")
    assert not any(p == "person:karl-moe" for p, _, _ in got)
