"""A series' edition is known by its time, not its number: two articles numbering the
story's edition two ways are one session (an ordinal conflict), while a mention dated in
another year ("the 2025 edition", "last year's", "in 2015, when the final was played in X")
is another edition that neither dates nor places the story's. Articles written for the tests."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

FESTIVAL = ("2026-09-14", "Festival ends\n\nHALDEN - The 31st Lakeshore Film Festival closed in Halden on Sunday, "
                          "September 13, with the top prize going to a Chilean documentary.\n")


def _alarms(report) -> list[tuple[str, str]]:
    return sorted((f.kind, f.severity) for f in report.findings if f.severity in ("conflict", "tension"))


def test_a_year_naming_another_edition_does_not_date_the_numbered_one(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": FESTIVAL,
        "b": ("2026-09-15", "Festival numbers\n\nOrganisers put the cost of the 30th edition of the Lakeshore Film "
                            "Festival at 2.1 million euros, well below what the 2025 edition had cost.\n"),
    })
    assert _alarms(report) == [("ordinal", "conflict")]


def test_a_year_before_no_edition_noun_still_dates_the_session(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": FESTIVAL,
        "b": ("2026-09-15", "Festival numbers\n\nThe 30th edition of the Lakeshore Film Festival was held in 2025 "
                            "in Moss.\n"),
    })
    assert ("ordinal", "conflict") not in _alarms(report)  # the 30th was last year's: another edition


def test_an_earlier_year_told_of_the_series_is_another_edition(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2027-03-05", "Ports summit\n\nTROMSO - The 12th Arctic Ports Summit opened in Tromso on Thursday, "
                            "March 4, and ministers agreed to share ice data.\n"),
        "b": ("2027-03-06", "Ice data deal\n\nThe 11th Arctic Ports Summit ended with a deal on ice data, officials "
                            "said.\n\nNorway last hosted the summit in 2019, when the meeting was held in Bodo.\n"),
    })
    assert _alarms(report) == [("ordinal", "conflict")]


def test_a_final_of_another_year_does_not_join_the_story_s_edition(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-08-03", "Cup\n\nOSLO, Aug 3 - Bergen won the 12th Nordic Handball Cup late on Sunday, beating "
                            "Aarhus in the final.\n"),
        "b": ("2026-08-05", "Cup numbers\n\nOrganisers staged the 11th Nordic Handball Cup for 3 million crowns. "
                            "Ticketing: 8,000 tickets were sold for the final at the Nova Arena.\n"),
        "c": ("2026-08-04", "Bergen champions\n\nBergen won the Nordic Handball Cup on Sunday night. Norway last "
                            "hosted the cup in 2015, when the final was played in Trondheim.\n"),
        "d": ("2026-08-04", "Morning after\n\nLast year's winner, Aarhus, whose victory at the 2025 cup in Malmo "
                            "brought the event to Oslo, lost the final.\n"),
    })
    assert _alarms(report) == [("ordinal", "conflict")]


def test_one_edition_dated_the_same_year_keeps_its_mentions(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-11", "History\n\nThe 1st Fjordline Marathon was run in 1981. The marathon was held in Bergen "
                            "in 1981 with 300 runners.\n"),
        "b": ("2026-05-11", "Old race\n\nThe first Fjordline Marathon, in 1981, was held in Stavanger.\n"),
    })
    assert ("place", "conflict") in _alarms(report)  # one edition, two places: still compared


DEBATE = "Delegates spent the morning on a debate about pensions and the afternoon on a debate about wages. " * 8


def test_the_session_a_happening_took_place_at_is_the_article_s_news_anywhere(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-04-17", "New leader\n\nLISBON - Ana Costa was elected leader of the Iberian Rail Workers Union on "
                            "Thursday, April 16, in a second round of voting. " + DEBATE
                            + "The vote was held during the 44th Congress of the Iberian Rail Workers Union.\n"),
        "b": ("2026-04-17", "Costa wins\n\nAna Costa won the union leadership on Thursday in the second round of "
                            "voting, with 301 votes. " + DEBATE
                            + "The election took place at the 43rd Congress of the Iberian Rail Workers Union.\n"),
    })
    assert ("ordinal", "conflict") in _alarms(report)
    rounds = {c.subject.id for c in report.claims if c.subject.id.startswith("series:") and "#2" in c.subject.id}
    assert len(rounds) == 1 and "congress" not in next(iter(rounds))  # the vote's second round, not a 2nd congress


def test_a_session_named_deep_in_an_article_for_something_else_is_background(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-04-17", "New leader\n\nLISBON - Ana Costa was elected leader of the Iberian Rail Workers Union on "
                            "Thursday, April 16, at the 44th Congress of the Iberian Rail Workers Union.\n"),
        "b": ("2026-04-17", "Costa wins\n\nAna Costa won the union leadership on Thursday. " + DEBATE
                            + "Her mentor first spoke at the 43rd Congress of the Iberian Rail Workers Union.\n"),
    })
    assert ("ordinal", "conflict") not in _alarms(report)
