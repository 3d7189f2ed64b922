"""A story's main happening across articles: its day and its place compared as claims of one
subject (events/main_events.py), with the event words of general news that name it
(resources/events/classes.yaml), and the date and place rules that tell a conflict from a
variant. Small articles invented for the tests: a bridge, a factory, a court, a bank."""

from __future__ import annotations

import pytest

from builders import run_dated
from golden import events_of


@pytest.mark.parametrize(("text", "cls"), [
    ("The old road bridge gave way on Sunday night.", "collapse"),
    ("The roof of the sports hall collapsed on Tuesday.", "collapse"),
    ("A freight train derailed near the border on Friday.", "crash"),
    ("Gunmen hijacked a passenger bus on Monday.", "hijacking"),
    ("A cargo ship was boarded by pirates on Monday.", "hijacking"),
    ("Robbers made off with two paintings on Sunday.", "theft"),
    ("The bank robbery on Friday lasted four minutes.", "theft"),
    ("A landslide buried the valley road on Monday.", "avalanche"),
])
def test_the_words_of_a_happening_fire(text: str, cls: str) -> None:
    assert any(line.startswith(f"{cls} ") for line in events_of(text, "2024-06-10")), events_of(text, "2024-06-10")


@pytest.mark.parametrize("text", [
    "She recalled the match on Sunday.",  # to remember: no product recall
    "The stolen paintings were found on Sunday.",  # an adjective: no theft reported
    "He boarded a plane on Monday.",  # boarding a plane: no hijacking
])
def test_the_look_alikes_name_no_happening(text: str) -> None:
    assert not any(line.split()[0] in {"recall", "theft", "hijacking"} for line in events_of(text, "2024-06-10"))


def test_a_period_used_as_an_adjective_dates_nothing() -> None:
    lines = events_of("Thieves stole 18th-century clocks from the museum on Sunday.", "2024-06-10")
    assert any("when=2024-06-09" in line for line in lines), lines


def test_a_dateline_day_is_the_filing_day() -> None:
    lines = events_of("OSLO, June 8 (Agency) - The toll from a landslide in the west has risen to five.", "2024-06-08")
    assert not any("when=" in line for line in lines if line.startswith("avalanche")), lines


def _findings(report, kind: str) -> list:
    return [f for f in report.findings if f.kind == kind]


def test_the_main_happening_on_two_days_is_compared(tmp_path) -> None:
    """Two reports of one factory fire, one shared name, two days apart: one subject, the days
    a disagreement; the same two days in one article are two fires."""
    report = run_dated(tmp_path, {
        "a": ("2024-03-05", "Fire at Corvane plant\n\nA fire broke out at the Corvane chemical plant in Harwick on "
                            "Monday, March 4, forcing 300 workers out. Plant manager Ilse Varga said nobody was hurt."),
        "b": ("2024-03-07", "Plant fire inquiry\n\nThe fire broke out at the Corvane chemical plant on Wednesday, "
                            "March 6, investigators said. Ilse Varga, the plant manager, said the cause was unknown."),
    })
    dates = [f for f in _findings(report, "date") if f.severity in {"conflict", "tension"}]
    assert dates, [f.summary for f in report.findings]


def test_two_fires_of_one_article_stay_apart(tmp_path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-03-20", "Second fire at Corvane\n\nA fire broke out at the Corvane chemical plant on March 4. "
                            "Another fire broke out at the plant on March 18, the company said."),
    })
    assert not [f for f in _findings(report, "date") if f.severity in {"conflict", "tension"}]


def test_arrests_of_unnamed_suspects_are_the_story_arrests(tmp_path) -> None:
    """"Police arrested three men in Bristol" and "three suspects were detained in Cardiff":
    one round of arrests in two places; arrests of two named people are two."""
    report = run_dated(tmp_path, {
        "a": ("2024-05-08", "Arrests over bank raid\n\nPolice arrested three men in Bristol on Tuesday over the "
                            "robbery of the Halvern Bank branch in Bath, prosecutor Dana Price said."),
        "b": ("2024-05-08", "Bank raid suspects held\n\nThree suspects were detained in Cardiff on Tuesday over "
                            "the Halvern Bank robbery, prosecutor Dana Price said."),
    })
    places = [f for f in _findings(report, "place") if f.severity == "conflict"]
    assert places and "place:bristol" in places[0].summary and "place:cardiff" in places[0].summary


def test_arrests_of_two_named_people_stay_apart(tmp_path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-05-08", "Arrest over bank raid\n\nPolice arrested Tom Hardwick in Bristol on Tuesday over the "
                            "Halvern Bank robbery, prosecutor Dana Price said."),
        "b": ("2024-05-08", "Second arrest\n\nPolice arrested Owen Pike in Cardiff on Tuesday over the Halvern "
                            "Bank robbery, prosecutor Dana Price said."),
    })
    assert not [f for f in _findings(report, "place") if f.severity == "conflict"]


def test_a_recall_is_dated_by_its_announcement(tmp_path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-04-09", "Kettle recall\n\nThe recall, announced on Monday by Brenmoor Appliances, covers "
                            "40,000 kettles sold by Talbot Stores."),
        "b": ("2024-04-20", "Recall widened\n\nThe recall announced on 9 April by Brenmoor Appliances covered "
                            "40,000 kettles sold by Talbot Stores."),
    })
    assert [f for f in _findings(report, "date") if f.severity in {"conflict", "tension"}], \
        [f.summary for f in report.findings]


def test_a_town_in_its_province_is_a_variant_and_two_towns_a_conflict(tmp_path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2024-02-02", "Bridge gives way\n\nA road bridge collapsed near Ronda on Thursday, officials of "
                            "the Vialta roads agency said."),
        "b": ("2024-02-03", "Bridge collapse\n\nThe bridge collapse in Málaga province on Thursday cut the "
                            "road, the Vialta roads agency said."),
        "c": ("2024-02-03", "Bridge down\n\nA road bridge collapsed near Oslo on Thursday, the Vialta roads "
                            "agency said."),
    })
    places = {(f.severity, f.summary.split(": held in ")[-1]) for f in _findings(report, "place")}
    assert any(sev == "variant" and "ronda" in s and "m" in s for sev, s in places), places
    assert any(sev == "conflict" and "oslo" in s and "ronda" in s for sev, s in places), places


def test_a_fronted_date_dates_the_clause_verb_across_a_participle() -> None:
    """"In May 2021, a tanker being towed to port ran aground": the fronted date is the
    event's, read across the participle; "On Monday, police searched the flat and arrested"
    leaves the arrest undated (another finite verb stands between)."""
    lines = events_of("In May 2021, an empty freight train being moved to a siding derailed near Ostrava.", "2024-06-10")
    assert any(line.startswith("crash ") and "when=2021-05" in line for line in lines), lines
    lines = events_of("On Monday, police searched the flat in the old town and then arrested two men.", "2024-06-10")
    assert not any(line.startswith("arrest ") and "when=" in line for line in lines), lines


def test_a_second_mention_of_an_article_joins_its_story_event(tmp_path) -> None:
    """An article already in the story's event (by its dated mention) brings its undated
    "derailed near X" along: the two towns are then compared."""
    report = run_dated(tmp_path, {
        "a": ("2024-09-03", "Train derails\n\nA regional train derailed near Tabor on Monday, operator Ceska Linka "
                            "said. Minister Jana Novotna visited the site."),
        "b": ("2024-09-03", "Derailment in Bohemia\n\nA regional train came off the rails on Monday, Ceska Linka said. "
                            "The train derailed near Pisek, a town on the line. Jana Novotna, the minister, "
                            "promised an inquiry."),
    })
    places = [f for f in report.findings if f.kind == "place" and f.severity == "conflict"]
    assert places and "pisek" in places[0].summary and "tabor" in places[0].summary, \
        [f.summary for f in report.findings]
