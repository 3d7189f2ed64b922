"""Claims from small articles written for each frame, and grouping across sources."""

from __future__ import annotations

from pathlib import Path

from builders import run_articles
from claimcheck.models import Claim, Report
from claimcheck.things import find_things, topic_of



def claims_of(report: Report, facet_subject: str) -> list[Claim]:
    return [c for c in report.claims if facet_subject in c.subject.id]


def test_topics_fold_synonyms_and_drop_generic_words() -> None:
    assert topic_of("a system to share river flood warning data in real time") == \
        topic_of("a real-time river flood warning information-sharing mechanism")
    assert topic_of("multi-year trilateral drills") != topic_of("multidomain joint exercises")
    assert topic_of("multidomain joint exercises") == topic_of("the multi-domain exercise")


def test_a_definite_description_refers_back_to_its_thing() -> None:
    text = "The councils set up a road traffic data-sharing system. They will activate the mechanism in May."
    cut = text.index(". ") + 1
    things = find_things(text, [(0, cut), (cut + 1, len(text))])
    assert things[1].text == "the mechanism" and things[1].antecedent == 0
    assert things[1].chain_topic == things[0].topic


def test_launch_frame_with_window_modality_and_attribution(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "The councils agreed to operate a system to share road traffic data within this year, "
             "the Environment Ministry said.\n",
        "b": "“The councils have agreed to officially activate the road traffic data-sharing mechanism in December,” "
             "the ministry said.\n",
    }, {"a": "2023-06-05", "b": "2023-11-13"})
    launches = [c for c in report.claims if c.facet == "launch"]
    assert {(c.source, c.when.value, c.modality) for c in launches} == {
        ("a", "2023-06-05/2023-12-31", "planned"), ("b", "2023-12", "planned")}
    assert len({c.subject.id for c in launches}) == 1, "one thing however it is phrased"
    a = next(c for c in launches if c.source == "a")
    assert a.attribution is not None and a.attribution.text == "the Environment Ministry"
    finding = next(f for f in report.findings if f.kind == "date")
    assert finding.severity == "variant"


def test_occurrence_with_ordinal_place_and_derived_number(tmp_path: Path) -> None:
    text = ("The Ministry said, “We held the Raisina Dialogue in Mumbai on the 14th.”\n"
            "The ministry added, “We have agreed to hold the 9th Raisina Dialogue next year in Pune.”\n")
    report = run_articles(tmp_path, {"a": text}, {"a": "2023-04-15"})
    sessions = {c.subject.id: c for c in report.claims if c.facet == "occurrence" and c.subject.id.startswith("series:")}
    assert set(sessions) == {"series:raisina-dialogue#8", "series:raisina-dialogue#9"}
    held, planned = sessions["series:raisina-dialogue#8"], sessions["series:raisina-dialogue#9"]
    assert (held.when.value, held.modality, held.derived) == ("2023-04-14", "reported", True)
    assert (planned.when.value, planned.modality, planned.value.value) == ("2024", "planned", 9)
    assert planned.where is not None and "pune" in planned.where.entity
    for c in report.claims:
        source_text = text
        assert source_text[c.span[0]:c.span[1]] == c.quote


def test_unnamed_event_joins_the_named_one_by_date(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "The leaders met at the Lake Ossa Trilateral Summit on 18 August.\n",
        "b": "They agreed on a river treaty during the trilateral summit last August.\n",
    }, {"a": "2023-08", "b": "2024-06-03"})
    summit = [c for c in report.claims if c.facet == "occurrence"]
    assert len({c.subject.id for c in summit}) == 1 and len(summit) == 2
    finding = next(f for f in report.findings if f.kind == "date")
    assert finding.severity == "variant"


def test_a_relative_month_resolved_to_another_year_is_flagged(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "The leaders met at the Lake Ossa Trilateral Summit on 18 August.\n",
        "b": "They agreed on a river treaty during the trilateral summit last August.\n",
    }, {"a": "2023-08", "b": "2025-01-22"})
    finding = next(f for f in report.findings if f.kind == "date")
    assert finding.severity == "conflict"


def test_different_programmes_are_not_grouped(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "A multi-year trilateral drill program is scheduled to start in January.\n",
        "b": "The allies will conduct the multi-domain exercise Freedom Edge this summer.\n",
    }, {"a": "2023-11-13", "b": "2024-06-03"})
    assert not [f for f in report.findings if f.severity == "conflict"]
    subjects = {c.subject.id for c in report.claims if c.subject.id.startswith("thing:")}
    assert len(subjects) == 2


def test_title_and_office_holder_claims(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "On June 3, South Korean Defense Minister Lee Jong-sup met his counterparts.\n",
        "b": "On Sunday, South Korean Defense Minister Shin Won-sik met Austin in Seoul.\n",
    }, {"a": "2023-06-05", "b": "2023-11-13"})
    holders = [c for c in report.claims if c.facet == "holder"]
    assert {c.who[0].entity for c in holders} == {"person:lee-jong-sup", "person:shin-won-sik"}
    assert len({c.subject.id for c in holders}) == 1
    assert not [f for f in report.findings if f.kind == "role_holder"]


def test_claims_do_not_depend_on_file_order(tmp_path: Path) -> None:
    texts = {"a": "The allies will activate the missile warning data-sharing mechanism in December.\n",
             "b": "The allies agreed to operate a missile warning data-sharing system within this year.\n"}
    first = run_articles(tmp_path / "1", texts, {"a": "2023-11-13", "b": "2023-06-05"})
    renamed = {"z" + k: v for k, v in texts.items()}
    (tmp_path / "2").mkdir()
    second = run_articles(tmp_path / "2", renamed, {"za": "2023-11-13", "zb": "2023-06-05"})
    assert [f.severity for f in first.findings] == [f.severity for f in second.findings]
    assert sorted(c.subject.id for c in first.claims) == sorted(c.subject.id for c in second.claims)


def test_same_month_in_another_year_does_not_join_summits_in_different_places(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "The leaders met at the trilateral summit in Vilnius on July 11.\n",
        "b": "The leaders recalled the trilateral summit in Washington last July.\n",
    }, {"a": "2023-07-12", "b": "2025-01-10"})
    summits = {c.subject.id for c in report.claims if c.facet == "occurrence"}
    assert len(summits) == 2
    assert not [f for f in report.findings if f.kind == "date"]


def test_a_year_key_is_not_a_session_number() -> None:
    from claimcheck.keys import parse

    assert parse("series:x#13").number == 13  # type: ignore[union-attr]
    assert parse("series:x#2020").number is None and parse("series:x#2020-05").number is None  # type: ignore[union-attr]


def test_counts_and_durations_about_a_series(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "The Shangri-La Dialogue has drawn 40 delegations this year, and it resumed after about three years.\n",
        "b": "The Shangri-La Dialogue has drawn 55 delegations this year.\n",
        "c": "The Shangri-La Dialogue gathered the three countries' ministers.\n",
    }, {"a": "2023-06-05", "b": "2023-06-06", "c": "2023-06-06"})
    counts = {(c.source, c.value.type, c.value.value, c.value.text) for c in report.claims if c.facet == "count"}
    assert ("a", "count", 40, "40 delegations") in counts and ("b", "count", 55, "55 delegations") in counts
    assert ("a", "duration", "P3Y", "about three years") in counts
    assert not any(c[0] == "c" for c in counts), "'the three countries' names a set, not a count"
    assert [f.severity for f in report.findings if f.kind == "count"] == ["conflict"]


def test_meetings_in_one_week_in_different_cities_stay_apart(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Finance ministers held a meeting in London on Friday.\n",
        "b": "Finance ministers held a meeting in Brussels on Thursday.\n",
        "c": "A meeting of finance ministers took place on Friday.\n",
    }, {"a": "2005-01-10", "b": "2005-01-10", "c": "2005-01-10"})
    assert not [f for f in report.findings if f.kind in {"place", "date"} and f.severity == "conflict"]
    london = {c.subject.id for c in report.claims if c.source == "a" and c.facet == "occurrence"}
    brussels = {c.subject.id for c in report.claims if c.source == "b" and c.facet == "occurrence"}
    assert london and brussels and not london & brussels


def test_generic_talks_in_the_same_month_of_other_years_stay_apart(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "The company held talks with the union in October 2002.\n",
        "b": "The firm disclosed its talks with a rival in October.\n",
    }, {"a": "2005-01-10", "b": "2005-01-10"})
    assert not [f for f in report.findings if f.kind == "date"]


def test_a_number_in_another_clause_is_not_the_events(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "The Sundance Film Festival showed a study of 50 wars; its founders met 24 times.\n",
    }, {"a": "2005-01-10"})
    assert not [c for c in report.claims if c.facet == "count" and c.value.value == 24]


def test_titles_without_an_office_are_claims_but_two_posts_are_no_finding(tmp_path: Path) -> None:
    # issue 11: a title claim exists whether or not an office table knows the title; two
    # titles with different heads ("director", "head") are two posts, not a disagreement
    report = run_articles(tmp_path, {
        "a": "Jane Roe, director of a civil rights group, said the law was wrong.\n",
        "b": "Jane Roe, head of a liberty campaign, said the law was wrong.\n",
    }, {"a": "2005-01-10", "b": "2005-01-10"})
    assert {c.value.text for c in report.claims if c.facet == "title"} == {
        "director of a civil rights group", "head of a liberty campaign"}
    assert not [f for f in report.findings if f.kind == "title"]


def test_a_dateless_mention_does_not_chain_events_years_apart(tmp_path: Path) -> None:
    report = run_articles(tmp_path / "far", {
        "a": "Storm memories\n\nThe storm in Port Elin on 3 May 2019 flooded the harbour.\n",
        "b": "Harbour repairs\n\nThe storm in Port Elin flooded the harbour, the mayor recalled.\n",
        "c": "Storm hits coast\n\nThe storm in Port Elin on Monday flooded the harbour.\n",
    }, {"a": "2025-03-05", "b": "2025-03-05", "c": "2025-03-05"})
    subjects = {c.source: c.subject.id for c in claims_of(report, "event:storm")}
    assert subjects["a"] != subjects["c"]
    assert not [f for f in report.findings if f.kind == "date"]
    # a year written wrong (the same day a year off) still joins and is reported
    near = run_articles(tmp_path / "near", {
        "a": "Storm memories\n\nThe storm in Port Elin on 3 March 2024 flooded the harbour.\n",
        "b": "Harbour repairs\n\nThe storm in Port Elin flooded the harbour, the mayor recalled.\n",
        "c": "Storm hits coast\n\nThe storm in Port Elin on 3 March 2025 flooded the harbour.\n",
    }, {"a": "2025-03-05", "b": "2025-03-05", "c": "2025-03-05"})
    assert [f.severity for f in near.findings if f.kind == "date"] == ["conflict"]


def test_a_date_premodifying_the_event_dates_it(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "toll": "The death toll from the May 2 flood in Riverside rose to 40 on Friday.\n",
        "rescue": "Rescuers went back in on Tuesday after the flood had cut the valley road.\n",
    }, {"toll": "2019-05-10", "rescue": "2019-05-10"})
    floods = {c.source: c.when.value for c in report.claims if c.event_type == "flood" and c.when}
    assert floods["toll"] == "2019-05-02"  # not the tally's Friday
    assert floods["rescue"] != "2019-05-02"  # "Tuesday after the flood" is no premodifier


def test_a_tally_time_does_not_date_the_event(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "The agency had logged 300 aftershocks of the quake as of 7 a.m. on Tuesday.\n",
        "b": "The quake struck at 7 a.m. on Tuesday.\n",
    }, {"a": "2020-02-05", "b": "2020-02-05"})
    quakes = {c.source: c.when.value if c.when else None for c in report.claims if c.event_type == "earthquake"}
    assert quakes.get("a") != "2020-02-04T07:00" and quakes["b"] == "2020-02-04T07:00"


def test_two_quakes_minutes_apart_join_hours_apart_do_not(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "An earthquake struck the island at 7.02 a.m. on Sunday.\n",
        "b": "At 7:04 a.m. on Sunday an earthquake shook the island's towns.\n",
        "c": "An earthquake struck the island at 11:30 a.m. on Sunday.\n",
    }, {"a": "2020-06-08", "b": "2020-06-08", "c": "2020-06-08"})
    subject = {c.source: c.subject.id for c in report.claims if c.event_type == "earthquake"}
    assert subject["a"] == subject["b"] != subject["c"]


def test_a_window_after_from_dates_the_event(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {"a": "The conference runs from May 4-6 in Lisbon.\n"},
                          {"a": "2019-04-20"})
    assert [c.when.value for c in report.claims if c.facet == "occurrence" and c.when] == ["2019-05-04/2019-05-06"]


def test_the_meeting_refers_back_to_the_one_summit_named(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Leaders of the G20 gather for the G20 summit this week. The meeting runs from June 3-5.\n",
        "b": "After meeting the president last month, she left. The G20 summit opens on June 3.\n",
    }, {"a": "2019-06-01", "b": "2019-06-01"})
    meetings = [c for c in report.claims if c.event_type == "meeting"]
    assert [c.subject.id.split("#")[0] for c in meetings if c.source == "a"] == ["series:g20-summit"]
    assert all(c.source == "a" for c in meetings if c.subject.id.startswith("series:"))  # a verb "meeting" is none


def test_an_event_noun_that_qualifies_another_noun_is_no_occurrence(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Schools held an earthquake drill on Monday. The city opened a flood warning system in May.\n",
        "b": "An earthquake struck the city on Monday. The flood reached the harbour in May.\n",
    }, {"a": "2024-06-05", "b": "2024-06-05"})
    occurrences = {(c.source, c.subject.id.split("#")[0]) for c in report.claims if c.facet == "occurrence"}
    assert not {o for o in occurrences if o[0] == "a"}, occurrences
    assert {("b", "event:earthquake"), ("b", "event:flood")} <= occurrences
