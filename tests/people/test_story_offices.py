"""A national title written without its country is the office of the story's one government
(the one country whose offices the corpus names with the country written); a body noun
before a title ("union president") makes the body's post, no national office. Invented
reports of a teachers' strike and a farm dispute."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

RULE = "claimcheck.check.role_holder.v1"


def holders(report) -> list[str]:
    return [f.severity for f in report.findings if f.rule == RULE]


def offices(report, person: str) -> set[str]:
    return {str(c.value.value) for c in report.claims
            if c.facet == "title" and c.subject.id == person and c.value is not None}


STRIKE = ("Teachers walk out\n\nSchools closed on Monday as teachers walked out. Chilean education minister "
          "Rosa Ibarra said talks would resume on Wednesday.\n")


def test_a_title_without_its_country_is_the_story_governments_office(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-04-07", STRIKE),
        "b": ("2025-04-07", "Strike day\n\nEducation Minister Tomas Vergara said talks would resume on "
                            "Wednesday.\n"),
    })
    assert "office:chile-education-minister" in offices(report, "person:tomas-vergara")
    assert holders(report) in (["conflict"], ["tension"])


def test_two_governments_leave_an_unqualified_title_alone(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-04-07", STRIKE),
        "b": ("2025-04-07", "Border talks\n\nPeruvian education minister Ana Quispe met her counterpart.\n"),
        "c": ("2025-04-07", "Strike day\n\nEducation Minister Tomas Vergara said talks would resume on "
                            "Wednesday.\n"),
    })
    assert not any(o.startswith("office:") for o in offices(report, "person:tomas-vergara"))
    assert holders(report) == []


def test_a_body_noun_before_a_title_makes_the_bodys_post(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-04-07", STRIKE + "\nUnion president Marta Solis said the walkout would go on.\n"),
        "b": ("2025-04-08", "Day two\n\nThe walkout went on, union president Marta Solis told reporters. "
                            "Farm union chairman Luis Rojas backed it.\n"),
    })
    assert offices(report, "person:marta-solis") == {"union president"}
    assert not any(o.startswith("office:") for o in offices(report, "person:luis-rojas"))


def test_a_document_naming_another_country_keeps_its_unqualified_title_alone(tmp_path: Path) -> None:
    # a visiting minister, named without a country in an article about another country's visit
    report = run_dated(tmp_path, {
        "a": ("2025-04-07", STRIKE),
        "b": ("2025-04-07", "Visit\n\nEducation Minister Tomas Vergara arrived from Peru for talks on teacher "
                            "training.\n"),
    })
    assert not any(o.startswith("office:") for o in offices(report, "person:tomas-vergara"))
    assert holders(report) == []
