"""One numbered series named in several ways across articles (events/sessions.py,
events/series_names.py, session_coref._shortened_names): a body after "the Nth meeting of"
("the 10th meeting of the Ghana-Togo trade commission"), its topic after "on" ("the Joint
Commission on Trade and Transport"), a format word ("joint", "bilateral"), a country's
abbreviation in the name ("UK") and a definite head in the possessive ("the commission's
tenth sitting"). Articles written for the tests (a trade commission, a boundary dialogue, a
sports federation)."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated
from claimcheck.events.sessions import find_sessions
from claimcheck.words import scan


def _series(text: str) -> list[tuple[str, int]]:
    words = scan(text)
    return [(s.series, s.ordinal) for s in find_sessions(text, words, 0, len(words.lowers))]


def _ordinals(report) -> list[str]:
    return [f.severity for f in report.findings if f.kind == "ordinal"]


def test_a_body_after_of_names_the_series() -> None:
    assert _series("It was the 10th meeting of the Ghana-Togo trade commission, officials said.") == \
        [("series:ghana-togo-trade-commission", 10)]
    # the body's topic after "on" is part of its name; a weekday after "on" is not
    assert _series("Ghana and Togo opened the 9th session of the Joint Commission on Trade and Transport.") == \
        [("series:joint-trade-transport-commission", 9)]
    assert _series("They opened the 9th session of the Joint Commission on Monday.") == \
        [("series:joint-commission", 9)]
    # "sitting" numbers a session; a common head in the possessive names no series
    assert _series("The commission's tenth sitting ended on Friday.") == [("series:commission", 10)]
    assert _series("The meeting's tenth sitting ended on Friday.") == [("", 10)]


def test_one_commission_named_three_ways_is_one_series(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-05", "Trade\n\nGhana and Togo opened the 9th session of the Ghana-Togo Joint Commission on "
                            "Trade and Transport in Lome on Monday.\n"),
        "b": ("2026-05-05", "Border trade\n\nThe 10th meeting of the Ghana-Togo bilateral trade commission was "
                            "held in Lome on Monday.\n"),
    })
    assert _ordinals(report) == ["conflict"]


def test_another_pair_of_countries_is_another_commission(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-05", "Trade\n\nGhana and Togo opened the 9th session of the Ghana-Togo Joint Commission on "
                            "Trade and Transport in Lome on Monday.\n"),
        "b": ("2026-05-05", "Border trade\n\nThe 10th meeting of the Ghana-Benin trade commission was "
                            "held in Cotonou on Monday.\n"),
    })
    assert _ordinals(report) == []


def test_a_country_abbreviation_in_a_series_name(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-09-02", "Border\n\nThe 5th United Kingdom-Ghana Boundary Dialogue opened in Accra on Tuesday.\n"),
        "b": ("2026-09-02", "Border\n\nThe sixth UK-Ghana boundary dialogue opened in Accra on Tuesday.\n"),
    })
    assert _ordinals(report) == ["conflict"]


def test_a_possessive_head_is_the_story_s_one_series(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-06-09", "Federation\n\nThe 31st Congress of the Andean Rowing Federation opened in Quito on "
                            "Monday.\n"),
        "b": ("2026-06-09", "Rowing\n\nThe federation's 32nd congress opened in Quito on Monday, with delegates "
                            "from nine countries.\n"),
    })
    assert _ordinals(report) == ["conflict"]


def test_a_possessive_head_with_two_series_of_its_head_stays_apart(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-06-09", "Rowing\n\nThe 31st Congress of the Andean Rowing Federation opened in Quito on "
                            "Monday.\n"),
        "b": ("2026-06-09", "Canoe\n\nThe 12th Congress of the Andean Canoe Federation opened in Quito on "
                            "Monday.\n"),
        "c": ("2026-06-09", "Sport\n\nThe federation's 32nd congress opened in Quito on Monday.\n"),
    })
    assert _ordinals(report) == []


def test_a_headline_s_short_name_leaves_the_article_one_series(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-06", "Deal at 9th rail forum\n\nThe 9th Nordic-Baltic Rail Forum was held in Riga on Tuesday. "
                            "The 8th forum was held in Oslo in May 2025.\n"),
    })
    subjects = {c.subject.id for c in report.claims if c.facet == "occurrence"}
    assert "series:nordic-baltic-rail-forum#8" in subjects


def test_a_day_planned_and_passed_is_not_the_day_held(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-06", "Forum\n\nThe 9th Nordic-Baltic Rail Forum was held in Riga on Tuesday. The forum had "
                            "originally been scheduled for April 14, but was postponed after a strike.\n"),
    })
    assert [f.severity for f in report.findings if f.kind == "date"] == []
    # a day planned ahead is still read as planned
    report = run_dated(tmp_path / "b", {
        "a": ("2026-05-06", "Forum\n\nThe 9th Nordic-Baltic Rail Forum is scheduled for June 14 in Riga.\n"),
    })
    assert any(c.when is not None and c.modality == "planned" for c in report.claims if c.facet == "occurrence")


def _kinds(report, kind: str) -> list[str]:
    return [f.severity for f in report.findings if f.kind == kind]


def test_an_unnamed_numbered_round_is_the_story_s_session(tmp_path: Path) -> None:
    # the analysis names no series and nobody the other article names: the same number on the
    # same day makes its "sixth round" the dialogue's sixth session, and its place is compared
    report = run_dated(tmp_path, {
        "a": ("2026-10-14", "Coral\n\nThe 6th Fiji-Japan Coral Dialogue was held in Suva on Tuesday, October 13, "
                            "officials said.\n"),
        "b": ("2026-11-02", "Analysis\n\nThe talks in Lautoka on October 13 were the sixth round of a dialogue that "
                            "has become the main channel between the two reef nations.\n"),
    })
    subjects = {c.subject.id for c in report.claims if c.source == "b" and c.facet == "occurrence"}
    assert subjects == {"series:fiji-japan-coral-dialogue#6"}
    assert "conflict" in _kinds(report, "place")


def test_the_next_unnamed_session_is_another_occurrence(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-10-14", "Coral\n\nThe 6th Fiji-Japan Coral Dialogue was held in Suva on Tuesday. Fiji's "
                            "minister Jone Vula led the talks.\n"),
        "b": ("2026-10-15", "Reef blog\n\nJone Vula held the coral talks this week in Suva. The seventh session "
                            "will be held in Japan next year.\n"),
    })
    assert "series:fiji-japan-coral-dialogue#7" in {c.subject.id for c in report.claims if c.source == "b"}
    # no plan set against this session (a week against its day is one date, a variant at most)
    assert not {"conflict", "tension"} & set(_kinds(report, "place") + _kinds(report, "date"))


def test_an_unnamed_round_with_two_series_in_its_story_stays_its_own(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-10-14", "Coral\n\nThe 6th Fiji-Japan Coral Dialogue was held in Suva on Tuesday, October 13.\n"),
        "b": ("2026-10-14", "Tuna\n\nThe 6th Fiji-Japan Tuna Dialogue was held in Nadi on Tuesday, October 13.\n"),
        "c": ("2026-11-02", "Analysis\n\nThe talks in Lautoka on October 13 were the sixth round of a dialogue.\n"),
    })
    assert all("~" in c.subject.id or not c.subject.id.startswith("series:fiji")
               for c in report.claims if c.source == "c" and c.facet == "occurrence")
    assert "conflict" not in _kinds(report, "place")


def test_countries_after_between_name_the_series() -> None:
    assert _series("Officials opened the third round of talks between Ghana and Togo in Accra.") == \
        [("series:ghana-togo-talks", 3)]
    assert _series("the sixth meeting between Ghana and Togo") == [("series:ghana-togo-meeting", 6)]
    # no country after "between": the name stays as written; countries already named are not repeated
    assert _series("the third round of talks between officials") == [("series:talks", 3)]
    assert _series("the 12th session of the Ghana-Togo talks between Ghana and Togo") == \
        [("series:ghana-togo-talks", 12)]


def test_talks_between_two_pairs_of_countries_never_meet(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-05", "Talks\n\nThe third round of talks between Ghana and Togo opened in Accra on Monday.\n"),
        "b": ("2026-05-05", "Talks\n\nThe fourth round of talks between Peru and Chile opened in Lima on Monday.\n"),
        "c": ("2026-05-05", "Talks\n\nThe fourth round of Ghana-Togo talks opened in Accra on Monday.\n"),
    })
    subjects = {c.source: c.subject.id for c in report.claims if c.facet == "occurrence" and c.value is not None}
    assert subjects["a"].startswith("series:ghana-togo-talks#") and subjects["b"].startswith("series:peru-chile-talks#")


def test_a_series_of_two_countries_meets_once_a_day(tmp_path: Path) -> None:
    # two numbers and two towns for one day of the Ghana-Togo commission: one session told two ways
    report = run_dated(tmp_path, {
        "a": ("2026-06-03", "Trade\n\nGhana and Togo opened the 9th session of the Ghana-Togo Trade Commission in "
                            "Accra on Tuesday, June 2.\n"),
        "b": ("2026-06-03", "Trade\n\nThe tenth meeting of the Ghana-Togo trade commission was held in Kpalime on "
                            "Tuesday, June 2.\n"),
    })
    assert _ordinals(report) == ["conflict"] and "conflict" in _kinds(report, "place")


def test_a_series_of_no_parties_in_two_towns_is_two_sessions(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-06-03", "Trade\n\nThe 9th Joint Trade Commission opened in Accra on Tuesday, June 2.\n"),
        "b": ("2026-06-03", "Trade\n\nThe 10th Joint Trade Commission opened in Nairobi on Tuesday, June 2.\n"),
    })
    assert _ordinals(report) == [] and _kinds(report, "place") == []


def test_a_vote_s_second_round_on_a_summit_s_day_is_no_summit(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-10-14", "Summit\n\nThe 2nd Fiji-Japan Reef Summit was held in Suva on Tuesday, October 13.\n"),
        "b": ("2026-10-14", "Vote\n\nThe second round in Lautoka on October 13 drew a low turnout.\n"),
    })
    assert all(not c.subject.id.startswith("series:fiji") for c in report.claims if c.source == "b")


def test_a_numbered_body_named_with_its_topic_after_on(tmp_path: Path) -> None:
    # "the 9th X Joint Commission on Economic Cooperation": the head is the word before "on",
    # so the ordinal numbers a session (it was an unnumbered "Joint Commission" mention), and
    # the name without its topic is the same series
    report = run_dated(tmp_path, {
        "a": ("2026-05-05", "Accords\n\nGhana and Peru signed five memoranda on Tuesday at the close of the 9th "
                            "Ghana-Peru Joint Commission on Economic and Trade Cooperation, which opened in Lima "
                            "on Monday.\n"),
        "b": ("2026-05-05", "Trade\n\nThe 10th Ghana-Peru Joint Commission opened in Lima on Monday.\n"),
    })
    assert _ordinals(report) == ["conflict"]


def test_a_body_s_topic_after_for_is_no_other_series(tmp_path: Path) -> None:
    # another pair of countries with the same topic stays another commission
    report = run_dated(tmp_path, {
        "a": ("2026-05-05", "Accords\n\nOfficials met at the 9th Ghana-Peru Joint Commission for Fisheries in Lima "
                            "on Monday.\n"),
        "b": ("2026-05-05", "Trade\n\nOfficials met at the 10th Chile-Peru Joint Commission for Fisheries in Lima "
                            "on Monday.\n"),
    })
    assert _ordinals(report) == []


def test_a_number_dated_by_its_week_meets_a_day_in_it(tmp_path: Path) -> None:
    # a series of two countries meets once in a week: "this week" numbered 12th and a day
    # of that week numbered 11th are one session told two ways
    report = run_dated(tmp_path, {
        "a": ("2026-03-11", "Accords\n\nKenya and Malawi opened the 11th Kenya-Malawi Joint Commission in Lilongwe "
                            "on Monday, officials said.\n"),
        "b": ("2026-03-12", "Trade\n\nMeeting in Lilongwe this week for the 12th Kenya-Malawi Joint Commission, "
                            "officials agreed to cut tariffs.\n"),
    })
    assert _ordinals(report) == ["conflict"]


def test_a_week_does_not_join_a_series_named_by_no_parties(tmp_path: Path) -> None:
    # "the Joint Commission" may be any pair's: two numbers in one week stay two sessions
    report = run_dated(tmp_path, {
        "a": ("2026-03-11", "Accords\n\nOfficials opened the 11th Joint Commission in Lilongwe on Monday.\n"),
        "b": ("2026-03-12", "Trade\n\nMeeting in Lilongwe this week for the 12th Joint Commission, officials "
                            "agreed to cut tariffs.\n"),
    })
    assert _ordinals(report) == []


def test_a_month_does_not_date_a_session(tmp_path: Path) -> None:
    # "this month" spans more than a week: two sessions may fall in it
    report = run_dated(tmp_path, {
        "a": ("2026-03-11", "Accords\n\nKenya and Malawi opened the 11th Kenya-Malawi Joint Commission in Lilongwe "
                            "on Monday, officials said.\n"),
        "b": ("2026-03-30", "Trade\n\nMeeting in Nairobi this month for the 12th Kenya-Malawi Joint Commission, "
                            "officials agreed to cut tariffs.\n"),
    })
    assert _ordinals(report) == []
