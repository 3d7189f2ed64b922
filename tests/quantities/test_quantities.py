"""The quantity layer: numbers read with units and approximators, bound to a scope and an
as-of time, and compared like an editor would. Articles written for the tests."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from builders import run_articles
from claimcheck.models import Report
from claimcheck.quantities.find import find
from claimcheck.quantities.tables import tables



@pytest.mark.parametrize("example", tables().examples, ids=lambda e: e.text)
def test_resource_examples(example) -> None:
    found = find(example.text, 0, len(example.text), [])
    assert found, example.text
    q = found[0]
    assert math.isclose(q.value, example.value, rel_tol=1e-6)
    if example.lo is not None:
        assert math.isclose(q.lo, example.lo, rel_tol=1e-6)
    if example.hi is not None:
        assert math.isclose(q.hi, example.hi, rel_tol=1e-6)
    if example.dimension is not None:
        assert q.dimension == example.dimension
    if example.head is not None:
        assert q.head == example.head


def counts(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "count")


def test_a_toll_rising_over_three_days_is_no_finding(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Flood in Valdora\n\nThe flood in Valdora killed 12 people, officials said.\n",
        "b": "Valdora toll rises\n\nThe death toll from the flood rose to 19, officials said.\n",
        "c": "Valdora mourns\n\nAt least 31 people have died in the flood, the mayor said.\n",
    }, {"a": "2025-03-01", "b": "2025-03-02", "c": "2025-03-03"})
    assert counts(report) == []


def test_two_outlets_with_different_tolls_for_the_same_hour_conflict(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Mine collapse\n\nThe death toll from the mine collapse rose to 14 as of 6 p.m. on Tuesday.\n",
        "b": "Mine collapse\n\nThe death toll from the mine collapse rose to 17 as of 6 p.m. on Tuesday.\n",
    }, {"a": "2025-03-05", "b": "2025-03-05"})
    assert counts(report) == ["conflict"]


def test_at_least_40_against_42_is_a_variant(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Stadium crush\n\nAt least 40 people were injured in the stadium crush.\n",
        "b": "Stadium crush\n\nSome 42 people were injured in the stadium crush.\n",
        "c": "Stadium crush\n\nFans watched as 42 people were injured in the stadium crush.\n",
    }, {"a": "2025-04-12", "b": "2025-04-12", "c": "2025-04-12"})
    assert counts(report) == ["variant"]


def test_feet_and_metres_are_converted(tmp_path: Path) -> None:
    same = run_articles(tmp_path / "same", {
        "a": "Storm surge\n\nA 16.5-foot wave struck the harbour at Port Elin on Sunday.\n",
        "b": "Storm surge\n\nA 5-metre wave struck the harbour at Port Elin on Sunday.\n",
    }, {"a": "2025-02-03", "b": "2025-02-03"})
    assert counts(same) == []
    off = run_articles(tmp_path / "off", {
        "a": "Storm surge\n\nA towering 40-metre wave struck the harbour at Port Elin on Sunday.\n",
        "b": "Storm surge\n\nA wave of 40 centimetres struck the harbour at Port Elin on Sunday.\n",
    }, {"a": "2025-02-03", "b": "2025-02-03"})
    assert counts(off) == ["conflict"]


def test_a_vote_tally_stated_two_ways(tmp_path: Path) -> None:
    same = run_articles(tmp_path / "same", {
        "a": "Budget passes\n\nThe chamber passed the budget by 61 votes to 38.\n",
        "b": "Budget passes\n\nLawmakers voted 61-38 to pass the budget.\n",
    }, {"a": "2025-05-06", "b": "2025-05-06"})
    assert counts(same) == []
    off = run_articles(tmp_path / "off", {
        "a": "Budget passes\n\nThe chamber passed the budget by 61 votes to 38.\n",
        "b": "Budget passes\n\nLawmakers voted 59-40 to pass the budget.\n",
    }, {"a": "2025-05-06", "b": "2025-05-06"})
    assert "conflict" in counts(off)


def test_a_share_that_does_not_fit_its_part_of_a_whole(tmp_path: Path) -> None:
    bad = run_articles(tmp_path / "bad", {
        "a": "Union ballot\n\nOn Friday, 505 of 770 drivers signed the petition. "
             "By noon, some 72% of drivers had signed it.\n",
    }, {"a": "2025-06-07"})
    assert counts(bad) in (["conflict"], ["tension"])
    good = run_articles(tmp_path / "good", {
        "a": "Union ballot\n\nSome 738 of the 770 drivers, about 95 percent of drivers, signed the petition.\n",
    }, {"a": "2025-06-07"})
    assert counts(good) == []


def test_minutes_against_hours(tmp_path: Path) -> None:
    same = run_articles(tmp_path / "same", {
        "a": "Court\n\nThe hearing lasted 90 minutes.\n",
        "b": "Court\n\nThe hearing lasted one and a half hours.\n",
    }, {"a": "2025-07-08", "b": "2025-07-08"})
    assert counts(same) == []
    off = run_articles(tmp_path / "off", {
        "a": "Court\n\nThe hearing lasted 90 minutes.\n",
        "b": "Court\n\nThe hearing lasted three hours.\n",
    }, {"a": "2025-07-08", "b": "2025-07-08"})
    assert counts(off) == ["conflict"]


def test_an_age_a_year_later_is_consistent_but_not_on_the_same_day(tmp_path: Path) -> None:
    later = run_articles(tmp_path / "later", {
        "a": "Orchestra\n\nMayor Dana Whitlow, 63, announced her retirement.\n",
        "b": "Orchestra\n\nMayor Dana Whitlow, 64, gave her farewell speech.\n",
    }, {"a": "2020-05-01", "b": "2021-06-01"})
    assert counts(later) == []
    same = run_articles(tmp_path / "same", {
        "a": "Orchestra\n\nMayor Dana Whitlow, 63, announced her retirement.\n",
        "b": "Orchestra\n\nThe 65-year-old mayor, Mayor Dana Whitlow, announced her retirement.\n",
    }, {"a": "2020-05-01", "b": "2020-05-01"})
    assert counts(same) == ["conflict"]


def test_different_scopes_are_not_compared(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Mine rescue\n\nTwelve miners were trapped underground on Monday.\n",
        "b": "Mine rescue\n\nEleven miners and a foreman were trapped underground on Monday.\n",
        "c": "Ferry\n\nThe ferry carried 310 passengers and crew.\n",
        "d": "Ferry\n\nThe ferry carried 295 passengers.\n",
    }, {"a": "2025-08-04", "b": "2025-08-04", "c": "2025-08-04", "d": "2025-08-04"})
    assert counts(report) == []


def test_a_forecast_is_not_compared_with_a_result(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Election\n\nThe exit poll projected 205 seats for the Green Alliance.\n",
        "b": "Election\n\nThe Green Alliance won 198 seats, the count showed.\n",
    }, {"a": "2025-09-01", "b": "2025-09-01"})
    assert counts(report) == []


def test_a_toll_stated_lower_on_a_later_day_is_a_tension(tmp_path: Path) -> None:
    falls = run_articles(tmp_path / "falls", {
        "a": "Ferry disaster\n\nThe death toll from the ferry sinking rose to 41, officials said.\n",
        "b": "Ferry disaster\n\nThe death toll from the ferry sinking rose to 36, officials said.\n",
    }, {"a": "2025-10-01", "b": "2025-10-03"})
    assert counts(falls) == ["tension"]
    missing = run_articles(tmp_path / "missing", {  # a missing list shrinks as people are found
        "a": "Ferry disaster\n\nSome 41 people are still missing, officials said.\n",
        "b": "Ferry disaster\n\nJust 12 people are still missing, officials said.\n",
    }, {"a": "2025-10-01", "b": "2025-10-03"})
    assert counts(missing) == []


def test_an_acronym_of_initials_is_its_person(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Trial\n\nMayor Jon Doe was convicted of fraud. JD was sentenced to 20 years in prison.\n",
        "b": "Trial\n\nMayor Jon Doe was sentenced to 25 years in prison.\n",
    }, {"a": "2025-11-01", "b": "2025-11-01"})
    assert counts(report) == ["conflict"]
    other = run_articles(tmp_path / "other", {
        "a": "Trial\n\nMayor Jon Doe was convicted of fraud. His aide XY was sentenced to 2 years in prison.\n",
        "b": "Trial\n\nMayor Jon Doe was sentenced to 25 years in prison.\n",
    }, {"a": "2025-11-01", "b": "2025-11-01"})
    assert counts(other) == []


def test_losses_are_compared_only_for_the_same_victims(tmp_path: Path) -> None:
    same = run_articles(tmp_path / "same", {
        "a": "Fraud\n\nThe bank's customers lost $4 billion in the scheme.\n",
        "b": "Fraud\n\nHe was convicted of stealing $6 billion from the bank's customers.\n",
    }, {"a": "2025-11-02", "b": "2025-11-02"})
    assert counts(same) == ["conflict"]
    wider = run_articles(tmp_path / "wider", {
        "a": "Fraud\n\nThe bank's customers lost $4 billion in the scheme.\n",
        "b": "Fraud\n\nThe scheme cost customers and lenders $6 billion in losses.\n",
    }, {"a": "2025-11-02", "b": "2025-11-02"})
    assert counts(wider) == []


def test_a_share_takes_its_noun_from_the_sentence_before(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Vote\n\nTurnout was low this time. That compares with 71.2 per cent in 2016.\n",
        "b": "Vote\n\nTurnout has fallen. It peaked at 74.5 per cent in 2016.\n",
    }, {"a": "2025-12-01", "b": "2025-12-01"})
    assert counts(report) == ["conflict"]


def test_seats_belong_to_the_party_named_before_them(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Results\n\nThe Greens, who had led the polls for a year, won only 88 seats.\n",
        "b": "Results\n\nWith 178 of the 180 seats declared, the count stands at Greens 91, Liberals 60.\n",
        "c": "Results\n\nThe Liberals won 60 seats.\n",
    }, {"a": "2025-12-02", "b": "2025-12-02", "c": "2025-12-02"})
    assert counts(report) == ["conflict"]


def test_a_breakdown_is_as_of_the_hour_of_its_total(tmp_path: Path) -> None:
    stale = run_articles(tmp_path / "stale", {
        "a": "Floods\n\nThe death toll rose to 90 as of 3 p.m. on Monday. "
             "Lakeside accounted for 50 of the 90 deaths confirmed as of 3 p.m. Monday.\n",
        "b": "Floods\n\nThe death toll has risen to 90. At present, 41 deaths are recorded in Lakeside.\n",
    }, {"a": "2025-06-02", "b": "2025-06-02"})
    assert counts(stale) == ["conflict"]
    earlier = run_articles(tmp_path / "earlier", {  # another hour's total: another hour's breakdown
        "a": "Floods\n\nThe death toll rose to 90 as of 3 p.m. on Monday. "
             "Lakeside accounted for 50 of the 90 deaths confirmed as of 3 p.m. Monday.\n",
        "b": "Floods\n\nThe death toll rose to 70 as of 9 a.m. on Monday. "
             "At present, 41 deaths are recorded in Lakeside.\n",
    }, {"a": "2025-06-02", "b": "2025-06-02"})
    assert counts(earlier) == []


def test_counts_per_member_and_increments_are_not_totals(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Storm\n\nThe death toll rose to 40, officials said.\n",
        "b": "Storm\n\nThe villages of Alby and Berg each had two deaths. Another 6 people died in a landslide.\n",
    }, {"a": "2025-03-01", "b": "2025-03-01"})
    assert counts(report) == []


def test_a_bare_noun_counted_of_nobody_named_is_not_compared(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Count\n\nThe winner took 12,820 votes.\n",
        "b": "Count\n\nThe runner-up took 952 votes.\n",
    }, {"a": "2025-07-05", "b": "2025-07-05"})
    assert counts(report) == []


def test_a_place_in_apposition_owns_the_count(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Floods\n\nLakeside, the worst-hit town, had confirmed 12 deaths, officials said.\n",
        "b": "Floods\n\nThe death toll rose to 30, officials said.\n",
        "c": "Floods\n\nOfficials said 14 deaths were recorded in Lakeside.\n",
    }, {"a": "2025-06-02", "b": "2025-06-02", "c": "2025-06-02"})
    assert counts(report) == ["conflict"]
    assert all("lakeside" in f.subject for f in report.findings if f.kind == "count")


def test_parts_of_a_term_are_not_the_term(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Trial\n\nMayor Jon Doe was sentenced to 96 months with 24 months consecutive.\n",
        "b": "Trial\n\nMayor Jon Doe was sentenced to ten years in prison.\n",
    }, {"a": "2025-11-01", "b": "2025-11-01"})
    assert counts(report) == []


def test_three_different_exact_figures_are_one_finding_and_agreeing_ones_stay_apart(tmp_path: Path) -> None:
    three = run_articles(tmp_path / "three", {
        "a": "Mine collapse\n\nThe death toll from the mine collapse rose to 14 as of 6 p.m. on Tuesday.\n",
        "b": "Mine collapse\n\nThe death toll from the mine collapse rose to 17 as of 6 p.m. on Tuesday.\n",
        "c": "Mine collapse\n\nThe death toll from the mine collapse rose to 21 as of 6 p.m. on Tuesday.\n",
    }, {"a": "2025-03-05", "b": "2025-03-05", "c": "2025-03-05"})
    (f,) = [f for f in three.findings if f.kind == "count"]
    assert f.severity == "conflict" and len(f.claims) == 3
    # 14 and 14 agree: the two findings against 17 and 21 never hold both of them with a rival
    # that agrees with either, and no finding holds 14 twice alone
    agree = run_articles(tmp_path / "agree", {
        "a": "Mine collapse\n\nThe death toll from the mine collapse rose to 14 as of 6 p.m. on Tuesday.\n",
        "b": "Mine collapse\n\nThe death toll from the mine collapse rose to 14 as of 6 p.m. on Tuesday.\n",
        "c": "Mine collapse\n\nThe death toll from the mine collapse rose to 17 as of 6 p.m. on Tuesday.\n",
    }, {"a": "2025-03-05", "b": "2025-03-05", "c": "2025-03-05"})
    assert counts(agree) == ["conflict"]


def test_clique_cover_groups_only_readings_that_all_clash() -> None:
    from claimcheck.checks.count import clique_cover
    a, b, c, d = (1.0, 1.0, 1.0), (2.0, 2.0, 2.0), (3.0, 3.0, 3.0), (3.0, 3.0, 3.01)
    # a, b, c clash pairwise; c and d agree (no edge), d clashes with a and b
    edges = {a: {b, c, d}, b: {a, c, d}, c: {a, b}, d: {a, b}}
    groups = clique_cover(edges)
    assert groups == [[a, b, c], [a, b, d]]
    assert all(not (c in g and d in g) for g in groups)


def test_counts_of_two_causes_are_not_compared(tmp_path: Path) -> None:
    two = run_articles(tmp_path / "two", {
        "a": "Floods in Marren\n\nThe floods killed 30 people in the valley, officials said on Monday.\n",
        "b": "Bus crash near Marren\n\nSix people were killed when a tour bus crash blocked the road, police said.\n",
        "c": "Marren mourns\n\nThe bus crash was the worst in years. Six people died, the police said.\n",
    }, {"a": "2025-06-02", "b": "2025-06-02", "c": "2025-06-02"})
    assert counts(two) == []
    one = run_articles(tmp_path / "one", {
        "a": "Floods in Marren\n\nThe floods killed 30 people in the valley, officials said on Monday.\n",
        "b": "Floods in Marren\n\nThe flooding killed 36 people in the valley, officials said on Monday.\n",
    }, {"a": "2025-06-02", "b": "2025-06-02"})
    assert counts(one) == ["conflict"]


def test_an_articles_main_cause_is_its_bare_counts_cause() -> None:
    from claimcheck.quantities.scope import document_cause
    assert document_cause("The quake struck at dawn. The quake toll rose. Two trains collided too.") == "earthquake"
    assert document_cause("The storm hit. A blast followed.") is None  # a tie: no main cause
    assert document_cause("Shares fell 3 per cent.") is None


def test_a_rising_tally_read_twice_on_one_day_is_a_variant(tmp_path: Path) -> None:
    rising = run_articles(tmp_path / "rising", {
        "a": "Ferry sinking\n\nThe death toll from the sinking climbed to 40, the coast guard said.\n",
        "b": "Ferry sinking\n\nThe death toll from the sinking rose to 52, the coast guard said.\n",
    }, {"a": "2025-08-04", "b": "2025-08-04"})
    assert counts(rising) == ["variant"]
    fixed = run_articles(tmp_path / "fixed", {
        "a": "Ferry sinking\n\nThe sinking killed 40 people, the coast guard said.\n",
        "b": "Ferry sinking\n\nThe sinking killed 52 people, the coast guard said.\n",
    }, {"a": "2025-08-04", "b": "2025-08-04"})
    assert counts(fixed) == ["conflict"]


def test_a_count_restricted_by_a_verb_after_a_dashed_list_is_a_subset(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "League season\n\nOfficials said the league has 18 members this season.\n",
        "b": "League finances\n\nAccording to the auditors, only three members - Arvel, Brisk and Corran - met the budget rule.\n",
    }, {"a": "2025-02-01", "b": "2025-03-01"})
    assert counts(report) == []
    plain = run_articles(tmp_path / "plain", {
        "a": "League season\n\nOfficials said the league has 18 members this season.\n",
        "b": "League season\n\nOfficials said the league has 16 members this season.\n",
    }, {"a": "2025-02-01", "b": "2025-03-01"})
    assert "conflict" in counts(plain) or "tension" in counts(plain)


def test_an_approximate_figure_meets_a_round_exact_one_within_its_rounding(tmp_path: Path) -> None:
    near = run_articles(tmp_path / "near", {
        "a": "Builder acquitted\n\nThe jury deliberated about four and a half hours before clearing the builder.\n",
        "b": "Builder acquitted\n\nAfter 5 hours of deliberation, jurors cleared the builder.\n",
    }, {"a": "2025-06-10", "b": "2025-06-10"})
    assert "tension" not in counts(near) and "conflict" not in counts(near)
    far = run_articles(tmp_path / "far", {
        "a": "Builder acquitted\n\nThe jury deliberated about four and a half hours before clearing the builder.\n",
        "b": "Builder acquitted\n\nAfter 5.4 hours of deliberation, jurors cleared the builder.\n",
    }, {"a": "2025-06-10", "b": "2025-06-10"})
    assert "tension" in counts(far)  # "about" stretched: 5.4 is within twice its width
    farther = run_articles(tmp_path / "farther", {
        "a": "Builder acquitted\n\nThe jury deliberated about four and a half hours before clearing the builder.\n",
        "b": "Builder acquitted\n\nAfter 7 hours of deliberation, jurors cleared the builder.\n",
    }, {"a": "2025-06-10", "b": "2025-06-10"})
    assert "conflict" in counts(farther)  # no reading of "about" reaches 7 (count.far_apart)



def test_a_bound_is_not_widened_against_a_round_figure(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Builder acquitted\n\nJurors deliberated for less than 4.5 hours before clearing the builder.\n",
        "b": "Builder acquitted\n\nAfter 5 hours of deliberation, jurors cleared the builder.\n",
    }, {"a": "2025-06-10", "b": "2025-06-10"})
    assert counts(report) in (["conflict"], ["tension"])


def test_intensity_levels_of_one_quake_and_place_conflict(tmp_path: Path) -> None:
    """A level on an intensity scale is no magnitude; two levels for one place clash, the
    place read from "in the town of X it registered", "including the cities of A and B"."""
    report = run_articles(tmp_path, {
        "a": "Quake in Orvale\n\nThe quake struck the valley at dawn. In the town of Brisk it registered upper 5, "
             "and roofs fell.\n",
        "b": "Orvale quake\n\nThe quake damaged the valley, and officials said shaking was worst in the hills. "
             "Including the towns of Brisk and Tamm, it registered 6 on the national intensity scale.\n",
    }, {"a": "2025-05-02", "b": "2025-05-03"})
    found = [f for f in report.findings if f.kind == "count" and "intensity" in f.summary]
    assert [f.severity for f in found] == ["conflict"]
    assert "brisk" in found[0].summary


def test_an_article_giving_two_levels_speaks_of_two_quakes(tmp_path: Path) -> None:
    """Main shock and aftershock unnamed apart in one article: its levels are not compared;
    "revised to 6 from upper 5" keeps only the new level."""
    report = run_articles(tmp_path, {
        "a": "Orvale quake\n\nThe quake registered 6 on the national intensity scale. Days later the quake "
             "registered lower 4 on the national intensity scale.\n",
        "b": "Orvale quake\n\nThe quake, which registered 6 on the national intensity scale, cut power.\n",
        "c": "Orvale review\n\nThe agency revised the intensity in Brisk to 6 from the upper 5 it had first reported.\n",
    }, {"a": "2025-05-02", "b": "2025-05-03", "c": "2025-05-20"})
    assert [f for f in report.findings if f.kind == "count" and f.severity != "variant"] == []


def test_a_distance_in_miles_and_kilometres_is_a_variant(tmp_path: Path) -> None:
    """"about 25 miles north-east of X" and "40 km northeast of X": one distance in two units."""
    report = run_articles(tmp_path, {
        "a": "Quake in Orvale\n\nThe quake was centred about 25 miles north-east of Brisk, officials said.\n",
        "b": "Orvale quake\n\nThe epicentre lay 40 km northeast of Brisk, the survey said.\n",
    }, {"a": "2025-05-02", "b": "2025-05-02"})
    found = [f for f in report.findings if f.kind == "count" and "distance" in f.summary]
    assert [f.severity for f in found] == ["variant"]


def test_two_distances_in_one_article_are_two_epicentres(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Quakes in Orvale\n\nThe first quake was centred 40 km north of Brisk. A second quake struck "
             "12 km north of Brisk an hour later.\n",
        "b": "Orvale quake\n\nThe epicentre lay 40 km north of Brisk, the survey said.\n",
    }, {"a": "2025-05-02", "b": "2025-05-02"})
    assert [f for f in report.findings if f.kind == "count" and "distance" in f.summary] == []


def test_counts_framed_by_a_past_year_compare_as_of_that_year(tmp_path: Path) -> None:
    """"back then" takes the date of the sentence before; "when ... at their 2015 congress,"
    frames the count that follows; both are then as of 2015, not the publication day."""
    report = run_articles(tmp_path, {
        "a": "League rules\n\nThe league set the wage cap at its congress in 2015. Only four members met it back then.\n",
        "b": "League rules\n\nWhen owners agreed the wage cap at their 2015 congress, only three members met it.\n",
    }, {"a": "2025-03-01", "b": "2025-03-02"})
    assert counts(report) == ["conflict"]


def test_back_then_without_a_date_before_is_still_left_out(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "League rules\n\nThe league set a wage cap. Only four members met it back then.\n",
        "b": "League rules\n\nOnly three members met the wage cap, the league said.\n",
    }, {"a": "2025-03-01", "b": "2025-03-01"})
    assert counts(report) == []


def test_a_verb_after_and_does_not_class_the_people_before_it() -> None:
    from claimcheck.quantities.find import find

    text = "The fever has infected 470 people and killed nine. Floods killed 12 people and injured 40."
    heads = {text[r.start:r.end]: r.head for r in find(text, 0, len(text), [])}
    assert heads.get("470") == ""  # not dead: "killed" has its own object
    text = "At least 30 people were killed and 12 injured."
    assert [r.head for r in find(text, 0, len(text), [])][0] == "dead"
