"""Counts an event carries or acts on ("carrying nine containers", "the 12 hikers stranded")
and durations from an event's start ("40 seconds after take-off", "20 minutes into the
match"), on small invented reports (a cargo flight, a hiking rescue, a ferry, a football
match, a bus crash): each rule with a case where it fires and one where it must not."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import run_articles

from claimcheck.models import Report
from claimcheck.quantities.held import lemma, stem

DAY = "2025-06-03"


def counts(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "count")


def run(tmp_path: Path, *texts: str, days: tuple[str, ...] = ()) -> Report:
    names = [chr(ord("a") + i) for i in range(len(texts))]
    return run_articles(tmp_path, dict(zip(names, texts)),
                        {n: (days[i] if i < len(days) else DAY) for i, n in enumerate(names)})


@pytest.mark.parametrize(("forms", "same"), [
    (("trapped", "trapping", "traps"), True),
    (("carried", "carrying", "carries"), True),
    (("evacuated", "evacuating"), True),
    (("opened", "closed"), False),
])
def test_verb_forms_share_a_stem(forms: tuple[str, ...], same: bool) -> None:
    assert (len({stem(f) for f in forms}) == 1) == same


def test_lemmas_of_plurals() -> None:
    assert [lemma(w) for w in ("satellites", "batteries", "boxes", "men", "glass")] == [
        "satellite", "battery", "box", "man", "glass"]


@pytest.mark.parametrize("b", [
    "Cargo jet lost\n\nThe cargo jet was carrying nine containers when it went down.\n",
    "Cargo jet lost\n\nThe jet went down over the bay with nine containers aboard.\n",
])
def test_what_an_event_carried_is_compared(tmp_path: Path, b: str) -> None:
    a = "Cargo jet down\n\nA cargo jet went down over the bay, destroying the six containers it carried.\n"
    b2 = "Jet down\n\nA cargo jet carrying six containers went down over the bay.\n"
    assert counts(run(tmp_path, a, b2, b)) == ["conflict"]


def test_one_of_a_whole_on_board_states_the_whole(tmp_path: Path) -> None:
    report = run(tmp_path,
                 "Ferry fire\n\nThe ferry was carrying 40 cars when the fire broke out.\n",
                 "Ferry fire\n\nThe doctor's car was one of 52 on board, she said.\n")
    assert counts(report) == ["conflict"]


def test_participle_after_the_noun_and_gerund_before_it(tmp_path: Path) -> None:
    report = run(tmp_path,
                 "Hikers found\n\nRescuers reached the 12 hikers stranded on the ridge.\n",
                 "Storm on the ridge\n\nA storm swept the ridge, stranding 15 hikers overnight.\n")
    assert counts(report) == ["conflict"]


@pytest.mark.parametrize("b", [
    # a subset of the whole is no rival of it
    "Hikers found\n\nTwo of the 12 hikers were flown to hospital.\n",
    # a count no verb governs has no scope ("at five sites")
    "Hikers found\n\nSearch teams worked at five sites on the ridge.\n",
    # another verb, another count
    "Hikers found\n\nFive hikers walked down on their own.\n",
    "Hikers found\n\nRescuers carried 15 hikers down the ridge.\n",
    # an earlier event's count, dated by its year
    "Hikers found\n\nIn 2019, a storm on the same ridge left 15 hikers stranded.\n",
    # an adjective may restrict the noun: another head
    "Hikers found\n\nThe storm left 15 young hikers stranded.\n",
])
def test_counts_that_are_not_rivals(tmp_path: Path, b: str) -> None:
    a = "Storm on the ridge\n\nA storm swept the ridge, stranding 12 hikers overnight.\n"
    assert counts(run(tmp_path, a, b)) == []


def test_two_counts_of_one_verb_in_one_article_are_two_events(tmp_path: Path) -> None:
    a = ("Two storms\n\nA storm stranded 12 hikers on the north ridge. "
         "A second storm stranded 30 hikers near the lake.\n")
    b = "Storm on the ridge\n\nThe storm left 15 hikers stranded.\n"
    assert counts(run(tmp_path, a, b)) == []


@pytest.mark.parametrize("b", [
    "Derby report\n\nStriker Maya Berg scored three goals in the derby.\n",
    "Derby report\n\nCity scored three goals in the derby.\n",
])
def test_a_verb_that_holds_nothing_gives_no_scope(tmp_path: Path, b: str) -> None:
    assert counts(run(tmp_path, "Derby\n\nStriker Ana Lopes scored two goals as City won.\n", b)) == []


@pytest.mark.parametrize(("a", "b", "expect"), [
    # seconds and minutes, an exact figure against "about"
    ("Plane lost\n\nThe plane crashed about 90 seconds after take-off, officials said.\n",
     "Crash\n\nThe plane crashed 75 seconds into its flight.\n", ["tension"]),
    # ... and one no reading of "about" reaches (count.far_apart)
    ("Plane lost\n\nThe plane crashed about 90 seconds after take-off, officials said.\n",
     "Crash\n\nThe plane crashed 40 seconds into its flight.\n", ["conflict"]),
    # "later", counted from the departure written before it
    ("Plane lost\n\nThe plane took off at 9:10 and crashed two minutes later.\n",
     "Crash\n\nThe plane crashed 40 seconds after it took off.\n", ["conflict"]),
    # the start of an activity, "into" and "after ... began"
    ("Derby\n\nThe floodlights failed 20 minutes into the match.\n",
     "Derby report\n\nThe floodlights failed 35 minutes after the match began.\n", ["conflict"]),
    # a bound that holds the other figure (a variant, never a conflict)
    ("Plane lost\n\nThe plane crashed less than three minutes after take-off.\n",
     "Crash\n\nThe plane crashed 100 seconds after take-off.\n", ["variant"]),
    # "about" holds a figure within its tolerance (two figures that fit: a variant)
    ("Plane lost\n\nThe plane crashed about two minutes after take-off.\n",
     "Crash\n\nThe plane crashed 125 seconds after take-off.\n", ["variant"]),
])
def test_offsets_from_an_event(tmp_path: Path, a: str, b: str, expect: list[str]) -> None:
    assert counts(run(tmp_path, a, b)) == expect


@pytest.mark.parametrize(("a", "b"), [
    # "after the crash" may time any of its sequels
    ("Bus crash\n\nAmbulances arrived ten minutes after the crash.\n",
     "Bus crash\n\nPolice closed the road 40 minutes after the crash.\n"),
    # a span, not an offset
    ("Bus crash\n\nThe road was closed for ten hours.\n",
     "Bus crash\n\nThe road stayed closed for two hours.\n"),
    # two goals timed from one kick-off
    ("Derby\n\nStriker Ana Lopes scored 20 minutes into the match.\n",
     "Derby report\n\nStriker Maya Berg scored 35 minutes into the match.\n"),
    # "two second-half goals" is no duration
    ("Derby\n\nCity scored two second-half goals after the match began badly.\n",
     "Derby report\n\nCity scored four second-half goals.\n"),
])
def test_durations_that_are_not_one_offset(tmp_path: Path, a: str, b: str) -> None:
    # durations only: "scored two second-half goals" against "four" on one day is a count of
    # one verb (quantities/scope.open_verb), which may disagree; it is no offset
    report = run(tmp_path, a, b)
    assert [f.severity for f in report.findings if f.kind == "count" and "duration" in f.subject] == []


@pytest.mark.parametrize("b", [
    "Depot fire\n\nThe explosion injured three drivers and left two missing, police said.\n",
    "Depot fire\n\nThree drivers at the depot were injured, police said.\n",
])
def test_people_a_casualty_verb_governs_are_compared(tmp_path: Path, b: str) -> None:
    a = "Depot blast\n\nTwo drivers were injured in the blast at the bus depot.\n"
    assert counts(run(tmp_path, a, b)) == ["conflict"]


@pytest.mark.parametrize("b", [
    # an earlier blast, dated by its year
    "Depot blast\n\nIn 2018 a smaller blast at the depot injured three drivers.\n",
    # drivers injured are not drivers evacuated
    "Depot blast\n\nPolice evacuated three drivers from the depot.\n",
    # a verb after "and" is no second head ("drivers and left")
    "Depot blast\n\nThe blast shook the depot and three drivers and left the site.\n",
])
def test_casualty_counts_that_are_not_rivals(tmp_path: Path, b: str) -> None:
    a = "Depot blast\n\nTwo drivers were injured in the blast at the bus depot.\n"
    assert counts(run(tmp_path, a, b)) == []


def test_how_long_a_fire_burned(tmp_path: Path) -> None:
    report = run(tmp_path,
                 "Warehouse fire\n\nThe roof fell in, and the fire that followed burned for 14 hours.\n",
                 "Warehouse fire\n\nFirefighters said the fire had burned for nine hours before it was put out.\n")
    assert counts(report) == ["conflict"]
    quiet = run(tmp_path / "2",
                "Warehouse fire\n\nThe roof fell in, and the fire burned for 14 hours.\n",
                "Warehouse fire\n\nThe fire has burned 3,000 square metres in four hours, which burned for days.\n")
    assert counts(quiet) == []


def test_a_duration_in_two_units_is_one() -> None:
    from claimcheck.quantities.find import find

    for text, seconds in (("one minute and 22 seconds", 82), ("2 hours 15 minutes", 8100), ("1 minute, 5 seconds", 65)):
        (q,) = [r for r in find(text, 0, len(text), []) if "range-end" not in r.flags]
        assert abs(q.value * 86400 - seconds) < 0.5, text
    text = "between two hours and three hours"
    assert len([r for r in find(text, 0, len(text), []) if "range-end" not in r.flags]) <= 2


def test_people_on_board_and_a_kick_off(tmp_path: Path) -> None:
    report = run(tmp_path,
                 "Bus overturns\n\nThere were 52 people on board when the bus overturned.\n",
                 "Bus crash\n\nThe bus, with 48 people aboard, overturned on the bend.\n")
    assert counts(report) == ["conflict"]
    report = run(tmp_path / "2",
                 "Derby\n\nThe floodlights failed 40 minutes after the match kicked off.\n",
                 "Derby report\n\nThe floodlights failed 25 minutes into the match.\n")
    assert counts(report) == ["conflict"]


def test_how_long_a_verb_of_holding_held(tmp_path: Path) -> None:
    report = run(tmp_path,
                 "Hikers found\n\nThe hikers were stranded for 12 hours on the ridge.\n",
                 "Storm on the ridge\n\nStranded for nine hours, the hikers were flown out at dawn.\n")
    assert counts(report) == ["conflict"]
    quiet = run(tmp_path / "2",
                "Hikers found\n\nThe hikers were stranded for 12 hours on the ridge.\n",
                "Storm on the ridge\n\nIn 2019 two hikers were stranded for three days on the same ridge.\n",
                "Ridge rescue\n\nRescuers searched for nine hours before they found the hikers.\n")
    assert counts(quiet) == []
