"""Classes of a story's thing (claimcheck.class_values, compared by checks/named_value.py):
the table's examples, and small articles written for the tests, each family with a case where
two articles disagree and one where they must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.class_values import families, read, same, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_class_value_examples(ex) -> None:
    found = read(ex.text)
    got = (found[0].family, found[0].key, found[0].value) if found else (None, None, None)
    assert got == (ex.family, ex.key, ex.value)


def test_spans_index_the_sentence() -> None:
    s = "The locomotive, a French-built engine of 1912, was restored."
    (r,) = read(s)
    assert s[r.span[0]:r.span[1]] == r.text == "French"
    assert r.head_span is not None and s[r.head_span[0]:r.head_span[1]] == "engine"


def test_a_period_holds_its_parts() -> None:
    assert same("period", "triassic", "late triassic")
    assert not same("period", "late triassic", "early triassic")
    assert not same("material", "iron", "stone")
    assert same("model", "boeing 787", "boeing 787-9") and not same("model", "boeing 787-8", "boeing 787-9")
    assert same("model", "airbus a350", "airbus a350-900") and same("model", "airbus a320", "airbus a320neo")


def _alarms(tmp_path: Path, one: str, two: str) -> list[str]:
    report = run_dated(tmp_path, {"one": ("2031-05-02", one), "two": ("2031-05-03", two)})
    return [f.subject for f in report.findings
            if f.subject.startswith("value:") and f.severity in ("conflict", "tension")
            and f.subject.split("|")[0].split(":")[1] in families()]


CASES = {
    # a footbridge reopening: what it is built of; named once only, a bridge in passing
    "material": ("The footbridge reopened on Friday. The timber footbridge links the two halves of the park.",
                 "The footbridge reopened on Friday. The steel footbridge links the two halves of the park.",
                 "value:material|footbridge"),
    "material in passing": ("Walkers crossed a timber footbridge on Friday before the parade.",
                            "Walkers crossed a steel footbridge on Friday before the parade.", None),
    "material of another": ("The footbridge reopened on Friday. The timber footbridge links the two halves of the park.",
                            "The footbridge reopened on Friday. Another steel footbridge is planned downstream.",
                            None),
    # a museum's purchase: a sub-class implies its class
    "kind": ("The museum bought the meteorite on Friday. Curators said the meteorite was a pallasite.",
             "The museum bought the meteorite on Friday. Curators said it was an iron meteorite.",
             "value:material|meteorite"),
    "kind agrees": ("The museum bought the meteorite on Friday. Curators said the meteorite was an achondrite.",
                    "The museum bought the meteorite on Friday. Curators said it was a stony meteorite.", None),
    # a heritage railway: where its engine was built; a town is no country of make
    "origin": ("The engine returned to service on Friday. The German-built engine is 90 years old.",
               "The engine returned to service on Friday. The Swiss-built engine is 90 years old.",
               "value:origin|engine"),
    "origin town": ("The engine returned to service on Friday. The German-built engine is 90 years old.",
                    "The engine returned to service on Friday. The Derby-built engine is 90 years old.", None),
    # a fossil crocodile: the period it lived in; a period and its part agree
    "period": ("The crocodile, described on Friday, lived in the Late Triassic.",
               "The crocodile, described on Friday, lived during the Early Jurassic.", "value:period|-"),
    "period part": ("The crocodile, described on Friday, lived in the Late Triassic.",
                    "The crocodile, described on Friday, lived in the Triassic period.", None),
    # a poetry prize: the language the book was written in; other books' languages are no value
    "language": ("The prize went on Friday to a collection translated from the Catalan.",
                 "The prize went on Friday to the first Basque-language collection to win.", "value:language|-"),
    "language of others": ("The prize went on Friday to a collection translated from the Catalan.",
                           "The prize went on Friday to a poet. The other finalists were translated from Basque.",
                           None),
    "language list": ("The prize went on Friday to a collection translated from the Catalan.",
                      "The prize went on Friday to a poet. Entries were translated from Basque, Welsh and Irish.",
                      None),
    # a rig rescue: the helicopter's maker and model; a model and its variant agree
    "model": ("A Coastline Rescue Sikorsky S-92 lifted nine workers off the rig on Friday.",
              "A Coastline Rescue AgustaWestland AW139 lifted nine workers off the rig on Friday.",
              "value:model|aircraft"),
    "model variant": ("A Sikorsky S-92 lifted nine workers off the rig on Friday.",
                      "A Sikorsky S-92A lifted nine workers off the rig on Friday.", None),
    "model two operators": ("A Coastline Rescue Sikorsky S-92 lifted nine workers off the rig on Friday.",
                            "A Harbour Police AgustaWestland AW139 circled the rig on Friday.", None),
    # a transatlantic crossing: the class of the skipper's yacht
    "sail class": ("He crossed on Friday in his Figaro Blue Tern after 19 days.",
                   "He crossed on Friday in his Class40 Blue Tern after 19 days.", "value:sail-class|boat"),
    "sail class another": ("He crossed on Friday in his Figaro Blue Tern after 19 days.",
                           "He crossed on Friday after 19 days. He hopes to race an IMOCA class boat one day.", None),
    # a city's tram order: what the trams run on; another city's buses are another thing
    "fuel": ("The city ordered 12 hydrogen-powered trams on Friday. The trams arrive in 2029.",
             "The city ordered 12 trams running on battery power on Friday. The trams arrive in 2029.",
             "value:fuel|tram"),
    "fuel one": ("The city ordered 12 hydrogen-powered trams on Friday. The trams arrive in 2029.",
                 "The city ordered 12 trams powered by hydrogen on Friday. The trams arrive in 2029.", None),
    "fuel other": ("The city ordered 12 hydrogen-powered trams on Friday. The trams arrive in 2029.",
                   "The city ordered 12 trams on Friday. The trams arrive in 2029. Other cities use diesel-powered buses.",
                   None),
    # a rescue at sea: the sex of the rescued sailor; a group's sex is no one person's
    "sex": ("The sailor was found on Friday. The female sailor had drifted for two days.",
            "The sailor was found on Friday. The sailor was a man in his sixties.", "value:sex|sailor"),
    "sex group": ("The sailor was found on Friday. The female sailors in the crew cheered.",
                  "The sailor was found on Friday. The sailor was a man in his sixties.", None),
    # a mountain road: what the slide that cut it was made of
    "landslide": ("A quick-clay landslide cut the road on Friday. The landslide left a scar.",
                  "The rockslide cut the road on Friday. The landslide left a scar.", "value:landslide|landslide"),
    "landslide zone": ("The village lies in a quick-clay zone. The landslide cut the road on Friday.",
                       "The rockslide cut the road on Friday. The landslide left a scar.", None),
    # a song contest: the language the winning song was sung in; a list is no one language
    "language song": ("The ballad won on Friday. It was sung entirely in Basque, the jury said.",
                      "The band's Irish-language ballad won on Friday.", "value:language|-"),
    "language song list": ("The ballad won on Friday. It was sung entirely in Basque, the jury said.",
                           "The ballad won on Friday. The anthem was sung in Irish and English before it.", None),
    # a ferry grounding: which way it was going; one end unstated agrees, a reversed route not
    "route": ("The ferry ran aground on Friday. The ferry was sailing from Oban to Mull.",
              "The ferry ran aground on Friday. The ferry, heading from Mull to Oban, lost power.", "value:route|-"),
    "route one end": ("The ferry ran aground on Friday. The ferry was sailing from Oban to Mull.",
                      "The ferry ran aground on Friday on the morning crossing from Oban.", None),
    "route a person": ("The ferry ran aground on Friday. The ferry was sailing from Oban to Mull.",
                       "The ferry ran aground on Friday. The minister was travelling from Mull to Oban.", None),
    "route bound for": ("The ferry ran aground on Friday. The ferry was sailing from Oban to Mull.",
                        "The ferry ran aground on Friday. The ferry, bound for Barra, lost power.", "value:route|-"),
    "route bound same end": ("The ferry ran aground on Friday. The ferry was sailing from Oban to Mull.",
                             "The ferry ran aground on Friday. The ferry, bound for Mull, lost power.", None),
    # a funicular stop: up or down the hill; a price heading downhill is no vehicle
    "slope": ("The funicular stopped on Friday. It was travelling uphill at the time.",
              "The funicular stopped on Friday as the car was descending towards the town.", "value:slope|-"),
    "slope prices": ("The funicular stopped on Friday. It was travelling uphill at the time.",
                     "The funicular stopped on Friday. Ticket prices have been heading downhill.", None),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_class_values_compared(tmp_path: Path, name: str) -> None:
    one, two, subject = CASES[name]
    alarms = _alarms(tmp_path, one, two)
    if subject is None:
        assert not alarms, alarms
    else:
        assert subject in alarms, alarms
