"""A court's ruling is an event class of its own (resources/events/classes.yaml `ruling`): the
verb ("ruled on Friday", "ruled Wednesday"), the noun ("Tuesday's judgment") and the outcome
of an appeal ("dismissed his appeal") report one happening, so two articles' days meet.
Invented articles: a tax tribunal, a zoning appeal, a sports arbitration panel."""

from __future__ import annotations

from golden import events_of


def _classes(text: str) -> list[str]:
    return [line.split(" ", 1)[0] for line in events_of(text, "2031-05-09")]


def test_the_verb_dates_the_ruling() -> None:
    lines = events_of("The tax tribunal ruled on Friday that the levy was void.", "2031-05-09")
    assert any(line.startswith("ruling 'ruled'") and "when=2031-05-09" in line for line in lines), lines
    lines = events_of("The tax tribunal ruled Wednesday that the levy was void.", "2031-05-09")
    assert any(line.startswith("ruling 'ruled'") and "when=2031-05-07" in line for line in lines), lines


def test_a_noun_and_an_appeal_outcome_are_rulings() -> None:
    assert "ruling" in _classes("The panel delivered its judgment on Monday in Lausanne.")
    assert "ruling" in _classes("Tuesday's ruling was welcomed by the council.")
    assert "ruling" in _classes("The planning court dismissed her appeal in March.")


def test_look_alikes_are_no_ruling() -> None:
    assert "ruling" not in _classes("The minister ruled out a new levy on Friday.")
    assert "ruling" not in _classes("The island was ruled by a governor until 1990.")
    assert "ruling" not in _classes("The ruling coalition lost a seat on Friday.")
    assert "dismissal" in _classes("The board dismissed its coach on Friday.")


def test_a_verb_by_which_the_ruling_happens_does_not_make_its_noun_an_object() -> None:
    """`announced_by`: "delivered its unanimous judgment" is the ruling; "tabled a vote" stays
    another verb's object."""
    lines = events_of("The panel delivered its unanimous judgment on Monday.", "2031-05-09")
    assert any(line.startswith("ruling 'judgment'") and "when=2031-05-05" in line for line in lines), lines
    assert events_of("The council tabled a vote on Tuesday.", "2031-05-09") == []


def test_a_phrasal_form_around_its_object() -> None:
    """"struck the levy down" is the table's "struck down"; "struck the coast" is not."""
    lines = events_of("The court struck the levy down on Wednesday.", "2031-05-09")
    assert any(line.startswith("ruling 'struck'") and "when=2031-05-07" in line for line in lines), lines
    assert "ruling" not in _classes("A storm struck the coast on Friday.")
    assert "ruling" in _classes("The senate annulled the decree in March.")


def test_a_year_before_a_noun_dates_that_noun_not_the_verb() -> None:
    """"quashed his conviction for the 2011 theft": the year is the theft's; the clause's own
    day dates the quashing, and with no other time the year still dates it."""
    lines = events_of("On Friday two judges quashed his conviction for the 2011 theft of a painting.", "2031-05-09")
    assert any(line.startswith("ruling 'quashed'") and "when=2031-05-09" in line for line in lines), lines
    lines = events_of("The senate passed the 2032 budget just before midnight on Tuesday.", "2031-05-09")
    assert any("when=2031-05-06" in line for line in lines), lines
    lines = events_of("The senate passed the 2032 budget.", "2031-05-09")
    assert any("when=2032" in line for line in lines), lines


def test_an_event_noun_heading_a_verbs_subject_across_a_phrase() -> None:
    """"whose conviction for the theft of X was quashed in October": the layer's subject is the
    theft, the event noun heads it, so the quashing is the event the clause reports."""
    lines = events_of("Ann Holt, whose conviction for the theft of a Vermeer was quashed in October, "
                      "will be paid damages.", "2031-05-09")
    assert any(line.startswith("ruling 'quashed'") and "when=2030-10" in line for line in lines), lines
    lines = events_of("Her conviction in 2019 was quashed in May.", "2031-05-09")
    assert lines and lines[0].startswith("verdict 'conviction'"), lines
