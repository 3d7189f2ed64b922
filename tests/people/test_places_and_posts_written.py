"""Places and posts in the forms reporting writes them, on invented reports of a trade
forum, a mining company, a rail operator and a party's portfolios: a host city named as
"the <nationality> capital", a name set off by commas from its post (a person though written
once in the corpus), and a politician's critic portfolio."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from claimcheck.entities import find_mentions, load_aliases, resolve
from claimcheck.models import Report
from claimcheck.segment import segment
from claimcheck.models import Source


def _mentions(text: str):
    s = Source(id="doc", path="doc.txt", text=text, excluded=[])
    segment(s)
    ms = find_mentions(s)
    for m in ms:
        assert text[m.span[0] : m.span[1]] == m.text
    return ms


def _kinds(report: Report, kind: str) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == kind)


# -- "the <nationality> capital" ---------------------------------------------------------------


def test_a_nationality_capital_is_the_capital_city() -> None:
    ms = {m.text: m for m in _mentions("The forum opened on Monday in the Kenyan capital. Norway's capital will host "
                                       "the next round.")}
    assert ms["Kenyan capital"].kind == "place" and ms["Kenyan capital"].entity == "place:nairobi"
    assert ms["Norway's capital"].entity == "place:oslo"


def test_capital_as_money_or_before_a_noun_is_no_city() -> None:
    ms = _mentions("The French capital markets rose. A Vietnamese capital city official spoke.")
    assert all(m.kind != "place" for m in ms)


def test_a_capital_phrase_is_no_spelling_of_the_city(tmp_path: Path) -> None:
    s1 = Source(id="a", path="a.txt", text="The fair opened in the Kenyan capital on Monday.", excluded=[])
    s2 = Source(id="b", path="b.txt", text="The fair opened in Nairobi on Monday.", excluded=[])
    for s in (s1, s2):
        segment(s)
    aliases = load_aliases(None)
    index = resolve({s.id: find_mentions(s, aliases) for s in (s1, s2)}, aliases)
    city = index.entities["place:nairobi"]
    assert city.label == "Nairobi" and "Kenyan capital" not in city.variants


FORUM = "Rice reserve pact\n\n{dateline}Agriculture ministers signed a rice reserve agreement on Tuesday at a forum in {place}.\n"


def test_the_capital_against_another_city_of_its_country_conflicts(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-06-05", FORUM.format(dateline="", place="the Vietnamese capital")),
        "b": ("2026-06-05", FORUM.format(dateline="", place="Ho Chi Minh City")),
    })
    assert _kinds(report, "place") == ["conflict"]


def test_the_capital_against_its_own_name_or_a_dateline_elsewhere_is_no_conflict(tmp_path: Path) -> None:
    # the reporter's city (a dateline) is not the forum's; the next forum's city is another occurrence
    report = run_dated(tmp_path, {
        "a": ("2026-06-05", FORUM.format(dateline="BANGKOK, June 4 - ", place="the Vietnamese capital")
              + "\nThe next forum will be held in Manila.\n"),
        "b": ("2026-06-05", FORUM.format(dateline="", place="Hanoi")),
    })
    assert "conflict" not in _kinds(report, "place") and "tension" not in _kinds(report, "place")


# -- "the <place noun> of <Name>", and a town written before a wider place -------------------------


def test_a_name_after_a_noun_of_places_and_of_is_a_place() -> None:
    ms = _mentions("The drill took place in the Kazakh city of Ekibastuz. Talks ended in the port of "
                   "Arrecife. The bus crashed near the town of Villa del Río.")
    places = {m.text: m.entity for m in ms if m.kind == "place"}
    assert places == {"Ekibastuz": "place:ekibastuz", "Arrecife": "place:arrecife", "Villa del Río": "place:villa-del-rio"}


def test_a_noun_of_no_place_before_of_types_nothing() -> None:
    ms = _mentions("The head of Dravo Logistics spoke. The mayor of Tarvel said little.")
    assert all(m.kind != "place" for m in ms)


SUMMIT = "Fisheries talks\n\nThe fisheries summit was held {place} on Monday, the ministry said.\n"


def test_a_town_written_before_its_wider_place_is_the_place_held(tmp_path: Path) -> None:
    # "in Tårnvik, in the province of Vestra": the town no table knows is the nearer place
    report = run_dated(tmp_path, {
        "a": ("2026-09-08", SUMMIT.format(place="in Tårnvik, in the Norwegian county of Nordland")),
        "b": ("2026-09-08", SUMMIT.format(place="in Bodø")),
    })
    assert "conflict" in _kinds(report, "place")


def test_a_possessive_before_a_known_place_is_no_town(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-09-08", SUMMIT.format(place="in Nordland's Lofoten")),
        "b": ("2026-09-08", SUMMIT.format(place="in Lofoten")),
    })
    assert [s for s in _kinds(report, "place") if s != "variant"] == []


# -- a post set off by commas: the name is a person ----------------------------------------------


def test_a_name_set_off_from_a_post_is_a_person() -> None:
    text = ("The port authority's general manager, Rolf Dahle, said volumes fell. Liv Ness, who chairs the "
            "finance committee, disagreed. Berit Holm, the Greens' fisheries critic, said little.")
    people = {m.text for m in _mentions(text) if m.kind == "person"}
    assert {"Rolf Dahle", "Liv Ness", "Berit Holm"} <= people


MINE = "Mine flooded\n\nFlooding stopped output at the Kallio copper mine on Tuesday. {holder}\n"


def test_two_chief_executives_each_set_off_by_commas(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-03-04", MINE.format(holder="The company's chief executive, Jussi Aalto, said repairs would take a month.")),
        "b": ("2026-03-04", MINE.format(holder="Pekka Niemi, the company's chief executive, said repairs would take weeks.")),
    })
    assert _kinds(report, "role_holder") == ["conflict"]  # the story's one company, no change told


def test_a_former_chief_executive_beside_the_current_one_is_no_finding(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-03-04", MINE.format(holder="The company's chief executive, Jussi Aalto, said repairs would take a month.")),
        "b": ("2026-03-04", MINE.format(holder="Pekka Niemi, the company's former chief executive, blamed the board.")),
    })
    assert _kinds(report, "role_holder") == []


# -- a politician's portfolio ---------------------------------------------------------------------

VOTE = "Budget vote\n\nThe budget passed on Monday by 88 votes to 71. {critic}\n"


def test_two_critic_portfolios_for_one_person_are_a_tension(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-12", VOTE.format(critic="Opposition finance critic Sanna Rinne called it reckless.")),
        "b": ("2026-05-12", VOTE.format(critic="Sanna Rinne, the Greens' health critic, called it reckless.")),
    })
    assert _kinds(report, "title") == ["tension"]


def test_one_portfolio_or_a_former_one_is_no_finding(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-12", VOTE.format(critic="Opposition finance critic Sanna Rinne called it reckless.")),
        "b": ("2026-05-12", VOTE.format(critic="Sanna Rinne, the Greens' former health critic, called it reckless.")),
        "c": ("2026-05-12", VOTE.format(critic="Sanna Rinne, the party's finance critic, called it reckless.")),
    })
    assert [s for s in _kinds(report, "title") if s != "variant"] == []


# -- a venue, read after "took place"/"was held" and a date, with the town it is in ------------------

LAUNCH = "Plan unveiled\n\nThe presentation {verb} on Monday at {venue}.\n"


def test_venues_read_after_a_verb_of_happening_and_its_date(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-05", LAUNCH.format(verb="took place", venue="the Polar Hotel in Bodø")),
        "b": ("2026-05-05", LAUNCH.format(verb="was held", venue="the Harbour Conference Centre in Tromsø")),
    })
    assert _kinds(report, "place") == ["conflict"]


def test_a_venue_in_its_town_against_the_town_is_no_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-05", LAUNCH.format(verb="took place", venue="the Polar Hotel in Bodø")),
        "b": ("2026-05-05", LAUNCH.format(verb="was held", venue="a hotel in Bodø")),
    })
    assert [s for s in _kinds(report, "place") if s != "variant"] == []


def test_a_venue_in_another_town_conflicts() -> None:
    from claimcheck.entities import gazetteer

    assert not gazetteer.site_in({"Polar Hotel in Bodø"}, {"Tromsø"})
    assert gazetteer.site_in({"Polar Hotel in Bodø"}, {"Bodø"}) and gazetteer.site_in({"Polar Hotel in Bodø"}, {"Norway"})


def test_a_month_after_a_venue_is_no_town() -> None:
    from claimcheck.events.attributes import narrowed_end

    text = "The final was held at Kestrel Stadium in May."
    a = text.index("Kestrel")
    assert text[a:narrowed_end(text, a + len("Kestrel Stadium"), len(text))] == "Kestrel Stadium"


def test_head_of_a_body_set_off_before_a_name_is_a_person() -> None:
    text = "Talks stalled.\n\nHead of the pilots' union, Odd Brekke, called the plan reckless."
    assert any(m.text == "Odd Brekke" and m.kind == "person" for m in _mentions(text))


def test_one_building_named_more_or_less_fully_is_one_place(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-05", LAUNCH.format(verb="took place", venue="Kestrel Hospital")),
        "b": ("2026-05-05", LAUNCH.format(verb="was held", venue="Kestrel General Hospital")),
    })
    assert [s for s in _kinds(report, "place") if s != "variant"] == []


# -- "X, who chairs the committee" ------------------------------------------------------------------

BUDGET = "Budget row\n\nThe budget was delayed on Monday. {x}\n"


def test_two_people_who_chair_one_committee_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-05", BUDGET.format(x="Liv Ness, who chairs the finance committee, said talks would resume.")),
        "b": ("2026-05-05", BUDGET.format(x="Per Aas, who chairs the finance committee, said talks would resume.")),
    })
    assert _kinds(report, "role_holder") == ["conflict"]


def test_a_past_chair_or_another_committee_is_no_finding(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-05", BUDGET.format(x="Liv Ness, who chairs the finance committee, said talks would resume.")),
        "b": ("2026-05-05", BUDGET.format(x="Per Aas, who chaired the finance committee until 2020, said little.")),
        "c": ("2026-05-05", BUDGET.format(x="Eva Dahl, who chairs the transport committee, said little.")),
    })
    assert _kinds(report, "role_holder") == []
