"""A modifier that is also a preposition ("under") before a title is the preposition:
"Under President X" gives X the title president, not under-president; "Under Secretary"
as a title of its own still carries its rank."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated
from claimcheck.models import Report


def title_conflicts(report: Report) -> list[str]:
    return [f.summary for f in report.findings if f.kind == "title" and f.severity in ("conflict", "tension")]


def test_under_before_a_title_is_a_preposition(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-05-02", "Mines seized\n\nRuvanian authorities will seize mines as part of President Marrow's land reform. Under President Marrow, the state has taken over three copper mines.\n"),
        "b": ("2024-05-03", "Mines\n\nRuvanian president Ilsa Marrow visited the copper mines on Friday.\n"),
    })
    assert title_conflicts(report) == []


def test_an_under_secretary_is_not_a_secretary(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-05-02", "Talks\n\nUnder Secretary of State Ilsa Marrow met the delegation on Thursday.\n"),
        "b": ("2024-05-03", "Talks\n\nSecretary of State Ilsa Marrow met the delegation on Thursday.\n"),
    })
    assert title_conflicts(report) != []


def test_an_indefinite_article_makes_a_role_not_a_title(tmp_path: Path) -> None:
    # "how good a prime minister X will make": a role X might fill, not a title X holds
    report = run_dated(tmp_path, {
        "a": ("2024-05-02", "Leadership\n\nMembers argue over how good a prime minister Ada Kell will make.\n"),
        "b": ("2024-05-03", "Talks\n\nPrime Minister Tom Ruse met the unions on Friday.\n"),
    })
    titled = {c.subject.id for c in report.claims if c.predicate == "title"}
    assert "person:tom-ruse" in titled and "person:ada-kell" not in titled


def test_a_country_ending_a_body_name_is_no_jurisdiction(tmp_path: Path) -> None:
    # "president of Nimbus Games America" heads a company, not the United States
    report = run_dated(tmp_path, {
        "a": ("2024-05-02", "Console\n\n\"It is a family device,\" said Ken Oda, president of Nimbus Games America.\n"),
        "b": ("2024-05-02", "Visit\n\nUS President Joe Carver visited the plant on Thursday.\n"),
    })
    assert [f.summary for f in report.findings if f.kind == "role_holder"] == []


def test_a_country_after_of_is_the_jurisdiction(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-05-02", "Visit\n\nThe plant was opened by Ken Oda, president of the United States.\n"),
        "b": ("2024-05-02", "Visit\n\nUS President Joe Carver visited the plant on Thursday.\n"),
    })
    assert [f.kind for f in report.findings if f.kind == "role_holder"] != []


def test_a_bare_title_with_a_name_in_apposition_is_that_name_s(tmp_path: Path) -> None:
    text = ("Detainees\n\nHome Secretary Imre Varga said the law would change.\n"
            "But the Liberal Democrat's shadow home secretary, Ola Brandt, accused Mr Varga of avoiding the issue.\n"
            "The home secretary said he would reply.\n")
    report = run_dated(tmp_path, {"a": ("2024-05-02", text)})
    varga = [c for c in report.claims if c.predicate == "title" and c.subject.id == "person:imre-varga"]
    assert varga and not any("Brandt" in c.quote for c in varga)
    # the bare title with no name after it still refers back to the one home secretary
    assert any(c.quote.startswith("The home secretary") for c in varga)
