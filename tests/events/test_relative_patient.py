"""A relative "who" after a person, its verb passive, names who the event happened to
(events/attributes.relative_antecedent): "Mr Hale, who was arrested in June" is an arrest of
Mr Hale, joined with another article's arrest of him, so their dates are compared. Small
articles invented for the tests: a police arrest, a club dismissal, a court sentencing.
Must not: an active verb after "who" (the person is its agent, not its patient), a place
before "who", two people each with their own event."""

from __future__ import annotations

import pytest

from builders import run_dated
from claimcheck.events.attributes import relative_antecedent
from claimcheck.events.lexicon import Trigger
from claimcheck.models import Mention
from claimcheck.words import PhraseMatch


def _date_findings(report, name: str) -> list[str]:
    return [f.summary for f in report.findings if f.kind == "date" and name in f.summary.lower()]


@pytest.mark.parametrize(("cls_verb", "other"), [
    ("was arrested", "Police arrested Peter Hale, 31, on Saturday, June 14, outside the Ferris Arena."),
    ("was dismissed", "The board dismissed Peter Hale, the coach of Vardo United, on Saturday, June 14."),
    ("was sentenced", "A judge in Brenna sentenced Peter Hale, 31, to six years on Saturday, June 14."),
])
def test_the_person_before_who_is_the_patient(tmp_path, cls_verb: str, other: str) -> None:
    """One article dates the event to a day, another writes it in a relative clause in
    another month: one event of one person, its two dates compared."""
    report = run_dated(tmp_path, {
        "a": ("2025-06-16", f"Story\n\n{other} Officials of Vardo United and Brenna police confirmed it."),
        "b": ("2025-09-02", f"Follow-up\n\nPeter Hale, who {cls_verb} in August, appeared again before a "
                            "panel in Brenna. Vardo United and Brenna police declined to comment."),
    })
    assert _date_findings(report, "hale"), [f.summary for f in report.findings]


def _trigger(text: str, word: str, cls: str, pos: str = "verb") -> PhraseMatch[Trigger]:
    start = text.index(word)
    return PhraseMatch(start, start + len(word), -1, -1, Trigger(cls, pos))


def _person(text: str, name: str, kind: str = "person") -> Mention:
    start = text.index(name)
    return Mention(span=(start, start + len(name)), text=name, kind=kind,
                   entity=f"{kind}:{name.lower().replace(' ', '-')}")


def test_an_appositive_between_the_person_and_who_is_passed() -> None:
    text = "Ines Varga, the league's former treasurer, who was arrested on Monday, denies the charges."
    found = relative_antecedent(text, _trigger(text, "arrested", "arrest"), "object", (0, len(text)),
                                [_person(text, "Ines Varga")])
    assert found is not None and found.text == "Ines Varga"


@pytest.mark.parametrize(("text", "name", "kind"), [
    # an active verb: the person arrested someone, nothing happened to her
    ("Inspector Ines Varga, who arrested the two men on Monday, spoke to reporters.", "Ines Varga", "person"),
    # a place before "who" is no person; "which" is not read
    ("Officers from Brenna, who was arrested on Monday, spoke.", "Brenna", "place"),
])
def test_no_patient_from_an_active_verb_or_a_place(text: str, name: str, kind: str) -> None:
    word = "arrested"
    found = relative_antecedent(text, _trigger(text, word, "arrest"), "object", (0, len(text)),
                                [_person(text, name, kind)])
    assert found is None


def test_two_people_each_arrested_stay_two_arrests(tmp_path) -> None:
    """Two people, each arrested on a day of their own: no date finding between them."""
    report = run_dated(tmp_path, {
        "a": ("2025-06-16", "Story\n\nPolice arrested Peter Hale, 31, on Saturday, June 14, outside the "
                            "Ferris Arena. Brenna police confirmed it."),
        "b": ("2025-09-02", "Follow-up\n\nPia Nord, who was arrested in August, appeared before a panel in "
                            "Brenna. Brenna police declined to comment."),
    })
    assert not [f for f in report.findings if f.kind == "date" and f.severity in ("conflict", "tension")], \
        [f.summary for f in report.findings]
