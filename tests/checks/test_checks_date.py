"""claimcheck.check.date.v1 on small invented articles."""

from __future__ import annotations

from checks_factories import Corpus, only

MECH = "thing:warning-mechanism"


def launch_corpus() -> Corpus:
    k = Corpus()
    k.source("a-june", "The councils agreed to run the flood alert service within this year.", "2023-06-05")
    k.source("b-aug", "The mayors expect the start of the service by the end of the year.", "2023-08")
    k.source("c-nov", "They agreed to formally open the service in December, the agency said.", "2023-11-13")
    k.claim("a-june", "run the flood alert service within this year", MECH, "launch",
            when=("within this year", "2023-06-05/2023-12-31"), anchor="publication", year_explicit=False, modality="agreed")
    k.claim("b-aug", "the start of the service by the end of the year", MECH, "launch",
            when=("by the end of the year", "2023-08/2023-12-31"), anchor="publication", year_explicit=False, modality="expected")
    k.claim("c-nov", "formally open the service in December", MECH, "launch",
            when=("in December", "2023-12"), anchor="publication", year_explicit=False, modality="agreed")
    return k


def test_plan_refined_later_is_one_variant() -> None:
    found = launch_corpus().run()
    assert [(f.kind, f.severity) for f in found] == [("date", "variant")]
    f = found[0]
    assert len(f.claims) == 3 and f.rule == "claimcheck.check.date.v1"
    assert 'c-nov: "formally open the service in December"' in f.explanation
    assert "2023-06-05/2023-12-31" in f.explanation and "a-june published 2023-06-05 (basis metadata" in f.explanation
    assert not f.rests_on_inferred_date


def test_plan_moved_to_a_disjoint_date_is_a_tension() -> None:
    k = Corpus()
    k.source("a", "They plan to activate the mechanism in December.", "2023-11-01")
    k.source("b", "They now plan to activate the mechanism in January.", "2023-12-20")
    k.claim("a", "activate the mechanism in December", MECH, "launch", when=("in December", "2023-12"), modality="planned")
    k.claim("b", "activate the mechanism in January", MECH, "launch", when=("in January", "2024-01"), modality="planned")
    found = k.run()
    assert [(f.kind, f.severity) for f in found] == [("date", "tension")]


def test_plan_not_kept_against_the_report_is_a_tension() -> None:
    k = Corpus()
    k.source("a", "They plan to activate the mechanism in December.", "2023-11-01")
    k.source("b", "The mechanism was activated on January 10.", "2024-01-11")
    k.claim("a", "activate the mechanism in December", MECH, "launch", when=("in December", "2023-12"), modality="planned")
    k.claim("b", "The mechanism was activated on January 10", MECH, "launch", when=("on January 10", "2024-01-10"))
    found = k.run()
    assert [(f.severity, "plan not kept" in f.explanation) for f in found] == [("tension", True)]


def test_plan_kept_is_only_a_variant() -> None:
    k = Corpus()
    k.source("a", "They plan to activate the mechanism in December.", "2023-11-01")
    k.source("b", "The mechanism was activated on December 19.", "2023-12-20")
    k.claim("a", "activate the mechanism in December", MECH, "launch", when=("in December", "2023-12"), modality="planned")
    k.claim("b", "The mechanism was activated on December 19", MECH, "launch", when=("on December 19", "2023-12-19"))
    assert [f.severity for f in k.run()] == ["variant"]


def test_same_date_less_precise_is_a_variant_and_equal_dates_are_nothing() -> None:
    k = Corpus()
    k.source("a", "The leaders met at the lakeside summit on 18 August.", "2023-08-25")
    k.source("b", "At the lakeside summit last August, the leaders agreed.", "2024-06-03")
    k.source("c", "The lakeside summit of August 18, 2023 was a first.", "2023-09-01")
    k.claim("a", "met at the lakeside summit on 18 August", "event:lakeside-summit", "occurrence", when=("18 August", "2023-08-18"))
    k.claim("c", "The lakeside summit of August 18, 2023", "event:lakeside-summit", "occurrence", when=("August 18, 2023", "2023-08-18"))
    assert k.run() == []
    k.claim("b", "the lakeside summit last August", "event:lakeside-summit", "occurrence",
            when=("last August", "2023-08"), anchor="publication", year_explicit=False)
    found = k.run()
    assert [(f.kind, f.severity, len(f.claims)) for f in found] == [("date", "variant", 3)]


def test_disjoint_reported_dates_are_a_conflict() -> None:
    k = Corpus()
    k.source("a", "The talks were held on March 3 in Seoul.", "2023-03-04")
    k.source("b", "The talks, held on May 9, ended without a deal.", "2023-05-10")
    k.claim("a", "The talks were held on March 3", "event:talks", "occurrence", when=("March 3", "2023-03-03"))
    k.claim("b", "The talks, held on May 9", "event:talks", "occurrence", when=("May 9", "2023-05-09"))
    found = k.run()
    assert [(f.severity, f.summary.endswith("2023-03-03 vs 2023-05-09")) for f in found] == [("conflict", True)]


def test_partial_overlap_of_reports_is_a_tension() -> None:
    k = Corpus()
    k.source("a", "The drill ran from June 1 to June 10.", "2023-06-11")
    k.source("b", "The drill ran from June 5 to June 20.", "2023-06-21")
    k.claim("a", "The drill ran from June 1 to June 10", "event:drill", "occurrence", when=("from June 1 to June 10", "2023-06-01/2023-06-10"))
    k.claim("b", "The drill ran from June 5 to June 20", "event:drill", "occurrence", when=("from June 5 to June 20", "2023-06-05/2023-06-20"))
    assert [f.severity for f in k.run()] == ["tension"]


def test_one_day_shift_local_time_is_a_variant_else_a_conflict() -> None:
    k = Corpus()
    k.source("home", "The ministry said talks were held in Washington on the 14th (local time).", "2023-04-15")
    k.source("wire", "Talks were held in Washington on April 15, officials said.", "2023-04-16")
    k.claim("home", "talks were held in Washington on the 14th (local time)", "series:talks#13", "occurrence",
            when=("on the 14th (local time)", "2023-04-14"), anchor="publication", year_explicit=False)
    k.claim("wire", "Talks were held in Washington on April 15", "series:talks#13", "occurrence", when=("April 15", "2023-04-15"))
    assert [f.severity for f in k.run()] == ["variant"]

    k2 = Corpus()
    k2.source("a", "Talks were held on April 14.", "2023-04-15")
    k2.source("b", "Talks were held on April 15.", "2023-04-16")
    k2.claim("a", "Talks were held on April 14", "event:t", "occurrence", when=("April 14", "2023-04-14"))
    k2.claim("b", "Talks were held on April 15", "event:t", "occurrence", when=("April 15", "2023-04-15"))
    # no marker and no zone known: nothing joins the two days, one of them is wrong
    assert [f.severity for f in k2.run()] == ["conflict"]


def _lakeside(confidence: float | None) -> Corpus:
    k = Corpus()
    k.source("summit", "The leaders met at the lakeside summit on 18 August.", "2023-08")
    k.source("late", "Wednesday, January 22, 2025. At the lakeside summit last August, they agreed.", "2025-01-22",
             basis="inferred", confidence=confidence)
    k.claim("summit", "met at the lakeside summit on 18 August", "event:lakeside-summit", "occurrence",
            when=("18 August", "2023-08-18"), anchor="publication", year_explicit=False)
    k.claim("late", "the lakeside summit last August", "event:lakeside-summit", "occurrence",
            when=("last August", "2024-08"), anchor="publication", year_explicit=False)
    return k


def test_relative_year_from_a_low_confidence_inferred_date_is_a_conflict_that_says_so() -> None:
    # the year rests on a date inferred without confidence (a page header): still a conflict
    # (the contract: marked, so a person checks that date first), saying how unsure it is
    for confidence in (None, 0.3, 0.6):
        (f,) = _lakeside(confidence).run()
        assert (f.kind, f.severity, f.rests_on_inferred_date) == ("date", "conflict", True)
        assert "The publication date of late was inferred with low confidence" in f.explanation


def test_relative_year_from_an_inferred_publication_date_is_a_marked_conflict() -> None:
    k = Corpus()
    k.source("summit", "The leaders met at the lakeside summit on 18 August.", "2023-08")
    k.source("late", "Wednesday, January 22, 2025. At the lakeside summit last August, they agreed.", "2025-01-22",
             basis="inferred", confidence=0.9)
    k.claim("summit", "met at the lakeside summit on 18 August", "event:lakeside-summit", "occurrence",
            when=("18 August", "2023-08-18"), anchor="publication", year_explicit=False)
    k.claim("late", "the lakeside summit last August", "event:lakeside-summit", "occurrence",
            when=("last August", "2024-08"), anchor="publication", year_explicit=False)
    (f,) = k.run()
    assert (f.kind, f.severity, f.rests_on_inferred_date, f.inferred_sources) == ("date", "conflict", True, ["late"])
    assert "same month, different year" in f.summary
    assert "the year of late's \"last August\" was not written: it came from the publication date" in f.explanation
    assert "late published 2025-01-22 (basis inferred" in f.explanation
    assert "Check that source's publication date first." in f.explanation


def test_season_just_missed_is_a_tension_not_a_conflict() -> None:
    k = Corpus()
    k.source("a", "The exercise will be held this summer.", "2024-06-03")
    k.source("b", "The exercise was held on September 5.", "2024-09-06")
    k.claim("a", "The exercise will be held this summer", "event:ex", "occurrence", when=("this summer", "2024-SU"))
    k.claim("b", "The exercise was held on September 5", "event:ex", "occurrence", when=("September 5", "2024-09-05"))
    assert [f.severity for f in k.run()] == ["tension"]


def test_sessions_of_one_series_are_not_compared_by_date() -> None:
    k = Corpus()
    k.source("a", "The 20th dialogue opened on June 3.", "2023-06-05")
    k.source("b", "The 21st dialogue opened on June 2.", "2024-06-03")
    k.claim("a", "The 20th dialogue opened on June 3", "series:dialogue#20", "occurrence", when=("June 3", "2023-06-03"))
    k.claim("b", "The 21st dialogue opened on June 2", "series:dialogue#21", "occurrence", when=("June 2", "2024-06-02"))
    assert only(k.run(), "date") == []


def test_an_agreement_at_two_times_is_a_tension_not_a_conflict() -> None:
    k = Corpus()
    k.source("a", "The mayors agreed on the service in Valparaiso on November 13, 2022.", "2022-11-14")
    k.source("b", "The mayors agreed on the service at Lake Ossa on August 18, 2023.", "2023-08-19")
    k.claim("a", "The mayors agreed on the service in Valparaiso on November 13, 2022", MECH, "agreed",
            when=("November 13, 2022", "2022-11-13"), where=("Valparaiso", "place:valparaiso"), modality="agreed")
    k.claim("b", "The mayors agreed on the service at Lake Ossa on August 18, 2023", MECH, "agreed",
            when=("August 18, 2023", "2023-08-18"), where=("Lake Ossa", "place:lake-ossa"), modality="agreed")
    assert [(f.kind, f.severity) for f in k.run()] == [("date", "tension")]


def test_one_day_shift_around_midnight_is_a_variant() -> None:
    k = Corpus()
    k.source("a", "Overnight into Sunday, the senate passed the budget bill.", "2024-05-12")
    k.source("b", "The senate passed the budget bill on Saturday.", "2024-05-12")
    k.claim("a", "Overnight into Sunday, the senate passed the budget bill", "event:b", "occurrence",
            when=("Sunday", "2024-05-12"))
    k.claim("b", "The senate passed the budget bill on Saturday", "event:b", "occurrence", when=("on Saturday", "2024-05-11"))
    assert [f.severity for f in k.run()] == ["variant"]
    # "late" is no midnight marker: late on Saturday against Sunday is a tension (a time zone
    # may join them); late on Sunday against Saturday night would be a conflict (test_day_hours.py)
    k2 = Corpus()
    k2.source("a", "Late on Saturday, the senate passed the budget bill.", "2024-05-13")
    k2.source("b", "The senate passed the budget bill on Sunday.", "2024-05-13")
    k2.claim("a", "Late on Saturday, the senate passed the budget bill", "event:b", "occurrence",
             when=("Saturday", "2024-05-11"))
    k2.claim("b", "The senate passed the budget bill on Sunday", "event:b", "occurrence", when=("on Sunday", "2024-05-12"))
    assert [f.severity for f in k2.run()] == ["tension"]


RACE = "event:race#2022-09-18"


def _race(times: list[tuple[str, str, str, str | None]]) -> list:
    """Articles that time one race's start: (source, sentence, clock words, TIMEX3 mod)."""
    k = Corpus()
    for sid, text, words, mod in times:
        k.source(sid, text, "2022-09-19")
        value = {"2:05 p.m.": "2022-09-18T14:05", "3:05 p.m.": "2022-09-18T15:05", "2:09 p.m.": "2022-09-18T14:09",
                 "13:05 BST": "2022-09-18T13:05", "12:05 GMT": "2022-09-18T12:05", "2 p.m.": "2022-09-18T14:00",
                 "12:05 UK time": "2022-09-18T12:05", "12:17 GMT": "2022-09-18T12:17",
                 "2:25 p.m.": "2022-09-18T14:25"}[words.removeprefix("about ")]
        k.claim(sid, text, RACE, "occurrence", when=(words, value), mod=mod)
    return [f for f in k.run() if f.kind == "date"]


def test_two_exact_clock_times_of_one_event_are_a_conflict() -> None:
    found = _race([("a", "The race started at 2:05 p.m. on Sunday.", "2:05 p.m.", None),
                   ("b", "The race began at 3:05 p.m. on Sunday.", "3:05 p.m.", None)])
    assert [(f.severity, "times of day differ" in f.summary) for f in found] == [("conflict", True)]


def test_an_approximate_clock_time_close_by_is_a_variant() -> None:
    found = _race([("a", "The race started at 2:05 p.m. on Sunday.", "2:05 p.m.", None),
                   ("b", "The race began at about 2:09 p.m. on Sunday.", "about 2:09 p.m.", "APPROX")])
    assert [f.severity for f in found] == ["variant"]


def test_one_moment_in_two_time_zones_is_a_variant() -> None:
    found = _race([("a", "The race started at 13:05 BST on Sunday.", "13:05 BST", None),
                   ("b", "The race began at 12:05 GMT on Sunday.", "12:05 GMT", None)])
    assert [f.severity for f in found] == ["variant"]


def test_shortly_after_the_hour_holds_a_few_minutes_past_it() -> None:
    found = _race([("a", "The race started shortly after 2 p.m. on Sunday.", "2 p.m.", None),
                   ("b", "The race began at 2:05 p.m. on Sunday.", "2:05 p.m.", None)])
    assert [f.severity for f in found] == ["variant"]
    late = _race([("a", "The race started shortly after 2 p.m. on Sunday.", "2 p.m.", None),
                  ("b", "The race began at 2:25 p.m. on Sunday.", "2:25 p.m.", None)])
    assert [f.severity for f in late] == ["conflict"]


def test_a_time_in_a_named_zone_against_local_time_is_a_zone_shift() -> None:
    found = _race([("a", "The race started at 12:05 UK time on Sunday.", "12:05 UK time", None),
                   ("b", "The race began at 2:05 p.m. on Sunday.", "2:05 p.m.", None)])
    assert [(f.severity, "zone" in f.explanation) for f in found] == [("variant", True)]
    odd = _race([("a", "The race started at 12:17 GMT on Sunday.", "12:17 GMT", None),
                 ("b", "The race began at 2:05 p.m. on Sunday.", "2:05 p.m.", None)])
    assert [f.severity for f in odd] == ["tension"]  # no zone shift joins them; the offset is not known


def test_an_article_giving_two_times_speaks_of_two_moments() -> None:
    k = Corpus()
    k.source("a", "The race started at 2:05 p.m. on Sunday. The winner crossed the line at 3:05 p.m.", "2022-09-19")
    k.source("b", "The race began at 2:05 p.m. on Sunday.", "2022-09-19")
    k.claim("a", "The race started at 2:05 p.m. on Sunday.", RACE, "occurrence", when=("2:05 p.m.", "2022-09-18T14:05"))
    k.claim("a", "The winner crossed the line at 3:05 p.m.", RACE, "occurrence", when=("3:05 p.m.", "2022-09-18T15:05"))
    k.claim("b", "The race began at 2:05 p.m. on Sunday.", RACE, "occurrence", when=("2:05 p.m.", "2022-09-18T14:05"))
    assert [f for f in k.run() if f.kind == "date"] == []


VOTE = "event:parliamentary-election#2021-09-26"


def test_days_joined_by_a_coarse_date_are_still_compared() -> None:
    k = Corpus()
    k.source("a", "The general election of 2021 was a close race.", "2021-10-01")
    k.source("b", "Voters went to the polls in the general election on September 26.", "2021-10-01")
    k.source("c", "The general election held on September 29 ended the coalition.", "2021-10-01")
    k.claim("a", "The general election of 2021 was a close race.", VOTE, "occurrence", when=("2021", "2021"))
    k.claim("b", "Voters went to the polls in the general election on September 26.", VOTE, "occurrence",
            when=("September 26", "2021-09-26"))
    k.claim("c", "The general election held on September 29 ended the coalition.", VOTE, "occurrence",
            when=("September 29", "2021-09-29"))
    found = [f for f in k.run() if f.kind == "date"]
    assert ("conflict", ["b", "c"]) in [(f.severity, sorted(c.split("@")[0] for c in f.claims)) for f in found]


def test_a_coarse_date_and_one_day_are_only_a_variant() -> None:
    k = Corpus()
    k.source("a", "The general election of 2021 was a close race.", "2021-10-01")
    k.source("b", "Voters went to the polls in the general election on September 26.", "2021-10-01")
    k.claim("a", "The general election of 2021 was a close race.", VOTE, "occurrence", when=("2021", "2021"))
    k.claim("b", "Voters went to the polls in the general election on September 26.", VOTE, "occurrence",
            when=("September 26", "2021-09-26"))
    assert [f.severity for f in k.run() if f.kind == "date"] == ["variant"]


def _one_day_apart(second: str, words: str) -> list:
    k = Corpus()
    k.source("a", "The general election was held on Sunday.", "2021-09-27")
    k.source("b", second, "2021-09-27")
    k.claim("a", "The general election was held on Sunday.", VOTE, "occurrence", when=("Sunday", "2021-09-26"))
    c = k.claim("b", second, VOTE, "occurrence", when=(words, "2021-09-27"))
    assert c.timex is not None
    c.timex.rule = "deictic" if words == "today" else "weekday"
    return [f for f in k.run() if f.kind == "date"]


def test_an_articles_today_one_day_after_is_a_variant() -> None:
    found = _one_day_apart("The party won a majority at the general election today.", "today")
    assert [f.severity for f in found] == ["variant"] and "written" in found[0].explanation


def test_a_weekday_one_day_after_is_a_conflict() -> None:
    found = _one_day_apart("The general election was held on Monday.", "Monday")
    assert [f.severity for f in found] == ["conflict"]


def test_days_within_a_stated_window_are_not_compared() -> None:
    k = Corpus()
    k.source("a", "The summit ran from September 25 to 27.", "2021-10-01")
    k.source("b", "The summit opened on September 25.", "2021-10-01")
    k.source("c", "At the summit on September 26, leaders signed a pact.", "2021-10-01")
    k.claim("a", "The summit ran from September 25 to 27.", VOTE, "occurrence",
            when=("September 25 to 27", "2021-09-25/2021-09-27"))
    k.claim("b", "The summit opened on September 25.", VOTE, "occurrence", when=("September 25", "2021-09-25"))
    k.claim("c", "At the summit on September 26, leaders signed a pact.", VOTE, "occurrence",
            when=("September 26", "2021-09-26"))
    assert {f.severity for f in k.run() if f.kind == "date"} <= {"variant"}


def test_a_plan_kept_with_more_precision_is_a_variant_across_sources() -> None:
    k = Corpus()
    k.source("a", "The tournament will be held in June.", "2022-03-01")
    k.source("b", "The tournament ran from June 10 to 12.", "2022-06-20")
    k.claim("a", "The tournament will be held in June.", VOTE, "occurrence", when=("June", "2022-06"), modality="planned")
    k.claim("b", "The tournament ran from June 10 to 12.", VOTE, "occurrence",
            when=("June 10 to 12", "2022-06-10/2022-06-12"))
    found = [f for f in k.run() if f.kind == "date"]
    assert [(f.severity, "plan kept" in f.explanation) for f in found] == [("variant", True)]
