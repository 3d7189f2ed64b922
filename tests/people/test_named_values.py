"""Names and classes told of one referent (claimcheck.named_values, checks/named_value.py):
the table's examples, and small articles written for the tests, each rule with a case where
it fires and one where it must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.named_values import read, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_named_value_examples(ex) -> None:
    found = read(ex.text)
    got = (found[0].relation, found[0].value) if found else (None, None)
    assert got == (ex.relation, ex.value)


def _findings(tmp_path: Path, one: str, two: str) -> list[str]:
    report = run_dated(tmp_path, {"one": ("2031-03-02", one), "two": ("2031-03-03", two)})
    return [f.summary for f in report.findings if f.kind == "other" and f.severity in ("conflict", "tension")]


CASES = {
    # an airline: the nationality of the one 45-year-old pilot
    "pilot": ("The plane was flown by a 45-year-old Danish pilot, the airline said.",
              "The plane was flown by a 45-year-old Dutch pilot, the airline said.", True),
    "two pilots": ("The plane was flown by a 45-year-old Danish pilot, the airline said.",
                   "His co-pilot, a 52-year-old Dutch aviator, was unhurt.", False),
    # tennis: a named player's nationality; two players
    "player": ("The Chilean player Tomas Rojas won in three sets on Sunday.",
               "The Peruvian player Tomas Rojas won in three sets on Sunday.", True),
    "player apposed": ("The Chilean player Tomas Rojas won in three sets on Sunday.",
                       "Tomas Rojas, a 24-year-old Peruvian, won in three sets on Sunday.", True),
    "two players": ("The Chilean player Tomas Rojas won in three sets on Sunday.",
                    "The Peruvian player Diego Lopez lost in three sets on Sunday.", False),
    # a shipping firm: one named vessel, two flags; two vessels, two flags
    "flag": ("The Panama-flagged bulk carrier Ardent Star ran aground off Ceuta.",
             "The Malta-flagged Ardent Star ran aground off Ceuta on Sunday.", True),
    "flag after": ("The Panama-flagged bulk carrier Ardent Star ran aground off Ceuta.",
                   "The Ardent Star, flying the Maltese flag, ran aground off Ceuta on Sunday.", True),
    "two ships": ("The Panama-flagged bulk carrier Ardent Star ran aground off Ceuta.",
                  "The Malta-flagged Ocean Pearl was sent to help on Sunday.", False),
    # sport: one athlete's positive test; an article naming two athletes speaks of two
    "doping": ("The sprinter tested positive for nandrolone at the trials.",
               "The sprinter's positive test for stanozolol ended her season.", True),
    "two athletes": ("The sprinter tested positive for nandrolone at the trials.",
                     "One runner tested positive for stanozolol and another tested positive for nandrolone.", False),
    # a military exercise: one code name written two ways; two editions of one exercise
    "exercise": ("The navies will hold an exercise code-named \"Blue Harbour 2031\" in May.",
                 "The navies will hold a joint exercise \"Blue Anchor 2031\" in May.", True),
    "editions": ("The navies will hold an exercise code-named \"Blue Harbour 2031\" in May.",
                 "Last year the navies held the exercise \"Blue Harbour 2030\" off the coast.", False),
    # a product recall: the contaminant the tests found; one name written longer
    "recall": ("Tests found the bacterium Listeria in the cheese, the dairy said.",
               "Testing found Salmonella in the cheese, the dairy said.", True),
    "recall spelling": ("The reservoir, which is operated by Norvale Water Ltd, was drained.",
                        "The reservoir, operated by Norvale Water, was drained.", False),
    # a ship's owner, its maker: one named body each; one body written longer
    "owner": ("The tanker is owned by Kestrel Shipping, the coastguard said.",
              "The tanker is owned by Halyard Maritime, the coastguard said.", True),
    "owner spelling": ("The tanker is owned by Kestrel Shipping, the coastguard said.",
                       "The tanker is owned by Cyprus-based Kestrel Shipping Ltd, the coastguard said.", False),
    # a train service code one swap apart; two services
    "service": ("The IC-512 train left the rails near Halden.", "The IC-521 service left the rails near Halden.", True),
    "two services": ("The IC-512 train left the rails near Halden.", "The IC-907 service was cancelled.", False),
    # an airliner's diversion: two airports; one airport written as its city
    "diversion": ("The Brisk Air jet diverted to Kestrel Field airport after an engine fire.",
                  "The Brisk Air jet landed safely at Harlow after an engine fire.", True),
    "diversion spelling": ("The Brisk Air jet diverted to Kestrel Field airport after an engine fire.",
                           "It landed safely at Kestrel Field in the north after an engine fire.", False),
    # a freed trawler taken to port; patients sent to hospitals name no place
    "escort": ("The freed trawler was escorted to Port Elin on Monday.",
               "The freed trawler was towed to Harlow Bay on Monday.", True),
    "patients": ("About 30 patients were diverted to hospitals in Harlow.",
                 "Some 40 patients were diverted to clinics in Kestrel.", False),
}


@pytest.mark.parametrize("name", CASES)
def test_named_value_cases(tmp_path: Path, name: str) -> None:
    one, two, fires = CASES[name]
    found = _findings(tmp_path, one, two)
    assert bool(found) == fires, found


def test_one_value_each_is_a_conflict(tmp_path: Path) -> None:
    """Two sources each giving one value of one referent's relation cannot both be right: a
    conflict, whatever the relation (a test's substance, a flag, a nationality)."""
    report = run_dated(tmp_path, {
        "one": ("2031-03-02", "The cyclist tested positive for clenbuterol, the federation said."),
        "two": ("2031-03-03", "The cyclist tested positive for furosemide, the federation said."),
    })
    found = [f for f in report.findings if f.subject.startswith("value:detected")]
    assert [f.severity for f in found] == ["conflict"], found
