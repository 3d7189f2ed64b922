"""Open value slots (quantities/slots.py, quantities/ordinals.py, the frames of
quantities/find.py): a number in a noun phrase keyed by what it measures, not by its verb.
Each rule fires on one case and keeps quiet on a look-alike. Articles written for the tests
(a marathon, a factory, a flood, a football league, a trade deal)."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from .helpers import flagged_counts


def _ordinal_findings(report) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return sorted((f.subject, f.severity) for f in report.findings
                  if f.kind == "ordinal" and f.severity in ("conflict", "tension"))


def _two(tmp_path: Path, a: str, b: str, day_b: str = "2025-06-02"):  # type: ignore[no-untyped-def]
    return run_dated(tmp_path, {"a": ("2025-06-02", "Report\n\n" + a + "\n"), "b": (day_b, "Report\n\n" + b + "\n")})


# --- a body's size: "a group of N X", "a crew of N", "the N-member crew" ---------------------

def test_two_sizes_of_one_group_disagree(tmp_path: Path) -> None:
    report = _two(tmp_path, "A group of 14 runners and pacers was leading when the storm broke.",
                  "A pack of riders and a party of 11 runners and pacers was leading when the storm broke.")
    assert ("quantity:count|runner+pacer|size|-|fixed", "conflict") in flagged_counts(report)


def test_an_article_giving_two_sizes_speaks_of_two_groups(tmp_path: Path) -> None:
    report = _two(tmp_path, "A group of 14 runners set off first; a group of 20 runners followed.",
                  "A group of 11 runners set off at dawn.")
    assert flagged_counts(report) == []


def test_the_crew_counted_three_ways_is_one_crew(tmp_path: Path) -> None:
    report = _two(tmp_path, "The trawler Northern Gale sank off the coast. Its crew of 12 reached a life raft.",
                  "The trawler Northern Gale sank off the coast and the 14-member crew was rescued.")
    assert any(s.startswith("quantity:count|crew") and sev == "conflict" for s, sev in flagged_counts(report))


def test_an_earlier_voyage_with_its_crew_is_not_this_one(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-02", "Report\n\nThe trawler Northern Gale sank off the coast. Its crew of 12 reached a life raft.\n"),
        "b": ("2025-06-02", "Report\n\nThe trawler Northern Gale sank off the coast. In 2019 a trawler sank there "
                            "with 9 crew aboard.\n"),
    })
    assert flagged_counts(report) == []


def test_taking_part_and_being_deployed_are_one_count(tmp_path: Path) -> None:
    report = _two(tmp_path, "Four boats were deployed for the flood rescue on Monday.",
                  "Six boats took part in the flood rescue on Monday.")
    assert [sev for s, sev in flagged_counts(report) if s.startswith("quantity:count|boat|")] == ["conflict"]


# --- a noun's duration: "a three-year deal", "the nine-day strike", "cut to 18 months" ------

def test_two_lengths_of_one_trade_deal_disagree(tmp_path: Path) -> None:
    report = _two(tmp_path, "The two countries signed a three-year trade agreement on Monday.",
                  "A five-year trade agreement was signed by the two countries.")
    assert ("quantity:duration|of:agreement||-|fixed", "conflict") in flagged_counts(report)


def test_a_stoppage_and_a_strike_are_one_slot(tmp_path: Path) -> None:
    report = _two(tmp_path, "The nine-day stoppage closed the car factory.", "During the six-day strike the factory was shut.")
    assert ("quantity:duration|of:strike||-|fixed", "conflict") in flagged_counts(report)


def test_a_period_is_no_slot(tmp_path: Path) -> None:
    report = _two(tmp_path, "Output at the factory rose over a two-year period.",
                  "Output at the factory rose over a five-year period.")
    assert flagged_counts(report) == []


def test_the_replaced_length_is_not_the_new_one(tmp_path: Path) -> None:
    report = _two(tmp_path, "The striker had his three-year ban cut to 14 months on appeal.",
                  "The league said his 14-month suspension stands.")
    assert flagged_counts(report) == []
    report = _two(tmp_path / "2", "The striker had his three-year ban cut to 14 months on appeal.",
                  "The striker had his three-year ban reduced to 18 months.")
    assert ("quantity:duration|of:ban||-|fixed", "conflict") in flagged_counts(report)


# --- a measure in a ratio unit: "a speed of 108 km/h", "1.2 ng/mL" -----------------------------

def test_two_speeds_of_one_crash_disagree_and_the_limit_is_apart(tmp_path: Path) -> None:
    report = _two(tmp_path, "The bus was travelling at 96 km/h on the bend, where the limit is 50 km/h.",
                  "Data show a speed of 78 km/h on the bend; the limit there is 60 km/h.")
    flagged = flagged_counts(report)
    assert ("quantity:speed|speed||-|fixed", "conflict") in flagged
    assert not any(s.startswith("quantity:speed|speed:limit") for s, _ in flagged) or \
        ("quantity:speed|speed:limit||-|fixed", "conflict") in flagged


def test_a_unit_written_out_is_the_same_measure(tmp_path: Path) -> None:
    report = _two(tmp_path, "Tests found a concentration of 3.5 nanograms per millilitre of lead in the river.",
                  "The river held lead at 35 ng/mL, tests found.")
    assert ("quantity:concentration|concentration||-|fixed", "conflict") in flagged_counts(report)


def test_speeds_in_two_units_that_agree_are_no_conflict(tmp_path: Path) -> None:
    report = _two(tmp_path, "Gusts of 100 km/h hit the coast.", "Gusts of 62 mph hit the coast.")
    assert flagged_counts(report) == []


# --- open ordinals: "the team's third rotation", "stage 14 of the 2024 Tour" ---------------

def test_an_owners_numbered_thing_given_two_numbers(tmp_path: Path) -> None:
    report = _two(tmp_path, "The injury came in the club's third friendly of the summer.",
                  "The injury came in the club's second friendly of the summer.")
    assert _ordinal_findings(report) == [("rank:nth-friendly", "conflict")]


def test_a_day_is_no_slot(tmp_path: Path) -> None:
    report = _two(tmp_path, "On the league's second day of talks, the clubs agreed.",
                  "On the league's third day of talks, the clubs agreed.")
    assert _ordinal_findings(report) == []


def test_stage_n_is_the_nth_stage_in_the_same_scope(tmp_path: Path) -> None:
    report = _two(tmp_path, "Moreau won stage 12 of the 2024 Vuelta.", "Moreau won the 15th stage of last year's Vuelta.",
                  day_b="2025-06-03")
    assert [s for s, _ in _ordinal_findings(report)] == ["rank:nth-stage"]


def test_stages_of_two_races_or_two_years_are_not_compared(tmp_path: Path) -> None:
    report = _two(tmp_path, "Moreau won stage 12 of the 2024 Vuelta.", "Moreau won stage 9 of the 2023 Vuelta.")
    assert _ordinal_findings(report) == []
    report = _two(tmp_path / "2", "Moreau won stage 12 of the 2024 Vuelta.", "Moreau won stage 9 of the 2024 Giro.")
    assert _ordinal_findings(report) == []


def test_an_article_numbering_two_stages_is_not_compared(tmp_path: Path) -> None:
    report = _two(tmp_path, "Moreau won stage 12 of the 2024 Vuelta and stage 15 of the 2024 Vuelta.",
                  "Moreau won stage 9 of the 2024 Vuelta.")
    assert _ordinal_findings(report) == []


def test_the_story_named_as_the_nth_of_its_kind(tmp_path: Path) -> None:
    report = _two(tmp_path, "It was the third serious accident involving the operator since it began running buses in 2021.",
                  "It is the second serious accident involving the operator since the firm started in 2021.")
    assert _ordinal_findings(report) == [("rank:nth-accident", "conflict")]


def test_two_named_members_of_one_league_are_two_things(tmp_path: Path) -> None:
    report = _two(tmp_path, "Dunmore Rovers became the league's 19th member on Monday.",
                  "Kelso Athletic will soon be the league's 20th member, officials said.")
    assert _ordinal_findings(report) == []


def test_a_slot_of_an_earlier_year_is_another_thing(tmp_path: Path) -> None:
    report = _two(tmp_path, "The striker had his three-year ban cut to 14 months on appeal.",
                  "His 14-month ban stands. A teammate who in 2021 received a two-year ban for the same drug "
                  "later returned.")
    assert flagged_counts(report) == []
    report = _two(tmp_path / "2", "The striker had his three-year ban cut to 14 months on appeal.",
                  "His 20-month ban stands. A teammate who in 2021 received a two-year ban later returned.")
    assert ("quantity:duration|of:ban||-|fixed", "conflict") in flagged_counts(report)


def test_a_sum_keyed_by_what_it_pays_for(tmp_path: Path) -> None:
    report = _two(tmp_path, "The ministry pledged $12 million for a flood barrier study.",
                  "The ministry will allocate $21 million for a flood barrier study.")
    assert ("quantity:money|for:study||-|fixed", "conflict") in flagged_counts(report)
    report = _two(tmp_path / "2", "The ministry pledged $12 million for a flood barrier study and $21 million for a "
                  "study of the harbour.", "The ministry will allocate $30 million for a study.")
    assert flagged_counts(report) == []


def test_the_original_length_is_kept_apart_from_the_new_one(tmp_path: Path) -> None:
    report = _two(tmp_path, "The judge cut the suspension to 14 months. The original two-year suspension was lifted.",
                  "His 18-month suspension stands.")
    assert ("quantity:duration|of:ban||-|fixed", "conflict") in flagged_counts(report)
    report = _two(tmp_path / "2", "The original two-year suspension was lifted.", "His 18-month suspension stands.")
    assert flagged_counts(report) == []


def test_a_sum_named_by_its_noun_keeps_its_noun(tmp_path: Path) -> None:
    report = _two(tmp_path, "Rovers paid a fee of 4 million euros for the striker.",
                  "Rovers paid a fee of 6.5 million euros for the winger.")
    assert not any(s.startswith("quantity:money|for:") for s, _ in flagged_counts(report))


def test_a_flood_sweeping_through_towns_reached_them(tmp_path: Path) -> None:
    report = _two(tmp_path, "The flood swept through nine towns on Monday.", "Floodwater reached six towns on Monday.")
    assert [sev for s, sev in flagged_counts(report) if s.startswith("quantity:count|town|")] == ["conflict"]


def test_stealing_and_making_off_with_are_one_count(tmp_path: Path) -> None:
    report = _two(tmp_path, "Thieves made off with 40 laptops from the warehouse on Monday.",
                  "Thieves stole 25 laptops from the warehouse on Monday.")
    assert [sev for s, sev in flagged_counts(report) if s.startswith("quantity:count|laptop|")] == ["conflict"]
    report = _two(tmp_path / "2", "Thieves made off with 40 laptops from the warehouse on Monday.",
                  "Police recovered 25 laptops on Monday.")
    assert not [s for s, _ in flagged_counts(report) if s.startswith("quantity:count|laptop|")]


def test_may_in_a_dateline_is_no_plan(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-05", "Report\n\nPORTO, May 5 (Wire) - Six boats took part in the flood rescue, which may last days.\n"),
        "b": ("2025-05-05", "Report\n\nFour boats took part in the flood rescue.\n"),
    })
    assert [sev for s, sev in flagged_counts(report) if s.startswith("quantity:count|boat|")] == ["conflict"]
