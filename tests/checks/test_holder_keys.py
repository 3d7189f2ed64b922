"""One post, two holders across the three families of holder claims: an abbreviated or bare
title joined to the story's one body or country, a post told as held over the week before
publication, the head of an undertaking read from its verb. Small invented reports: a state
governor, a hospital's finance chief, a port's chief executive, football coaches, a polar
expedition, a dig, foreign ministers."""

from __future__ import annotations

from pathlib import Path

from builders import run_articles


def _holders(tmp_path: Path, texts: dict[str, str], days: dict[str, str]) -> list[str]:
    report = run_articles(tmp_path, {k: f"News\n\n{v}\n" for k, v in texts.items()}, days)
    return sorted(f.severity for f in report.findings if f.kind == "role_holder")


DAYS = {"a": "2026-04-14", "b": "2026-04-16"}


def test_an_abbreviated_governor_is_the_one_state_written(tmp_path: Path) -> None:
    assert _holders(tmp_path, {
        "a": "Gov. Ana Reyes toured the flooded towns. Reyes promised aid.",
        "b": "Sierra Alta Governor Tomas Birch toured the flooded towns. Birch promised aid.",
    }, DAYS) == ["conflict"]  # the story's one state written with the post, no change told


def test_a_bare_governor_of_a_story_with_two_states_meets_no_one(tmp_path: Path) -> None:
    assert _holders(tmp_path, {
        "a": "Gov. Ana Reyes toured the flooded towns. Reyes promised aid.",
        "b": "Sierra Alta Governor Tomas Birch and Costa Verde Governor Luis Mora toured the towns. "
             "Birch and Mora promised aid.",
    }, DAYS) == []


def test_two_finance_chiefs_of_the_one_hospital_days_apart(tmp_path: Path) -> None:
    assert _holders(tmp_path, {
        "a": "Chief financial officer Ana Reyes said the hospital's deficit had narrowed. Reyes expects more.",
        "b": "Chief financial officer Tomas Birch said the hospital's deficit had narrowed. Birch expects more.",
    }, DAYS) == ["conflict"]  # as of writing, days apart, no change told


def test_a_holder_given_another_post_elsewhere_is_the_title_rules(tmp_path: Path) -> None:
    assert _holders(tmp_path, {
        "a": "Chief financial officer Ana Reyes said the hospital's deficit had narrowed. Reyes expects more.",
        "b": "Chief financial officer Tomas Birch said the hospital's deficit had narrowed. Birch expects more.",
        "c": "Chief operating officer Tomas Birch opened the new ward. Birch spoke briefly.",
    }, {**DAYS, "c": "2026-04-17"}) == []


def test_two_sides_coaches_written_bare_days_apart_never_meet(tmp_path: Path) -> None:
    assert _holders(tmp_path, {
        "a": "Head coach Ana Reyes praised the new striker. Reyes was pleased.",
        "b": "Coach Tomas Birch said he hoped to sign a forward soon. Birch was calm.",
    }, DAYS) == []


def test_a_qualified_title_is_no_bare_post_of_the_story(tmp_path: Path) -> None:
    assert _holders(tmp_path, {
        "a": "The minister toured the wharves with port chief executive Ana Reyes. Reyes was pleased.",
        "b": "Tomas Birch, chief executive of Harbour Quota Ltd, welcomed the rules. Birch was pleased.",
    }, DAYS) == []


def test_the_head_of_an_expedition_read_from_its_verb(tmp_path: Path) -> None:
    assert _holders(tmp_path, {
        "a": "Ana Reyes, who grew up in Tarvel, led the 12th expedition to the glacier. Reyes was proud.",
        "b": "Expedition leader Tomas Birch said the drill reached bedrock. Birch was proud.",
    }, {"a": "2026-04-14", "b": "2026-04-14"}) != []


def test_an_expedition_led_before_is_another_time(tmp_path: Path) -> None:
    assert _holders(tmp_path, {
        "a": "Ana Reyes, who had led the 2019 expedition, watched from home. Reyes was proud.",
        "b": "Expedition leader Tomas Birch said the drill reached bedrock. Birch was proud.",
    }, {"a": "2026-04-14", "b": "2026-04-14"}) == []


def test_a_bare_foreign_minister_is_the_one_country_the_story_names_offices_of(tmp_path: Path) -> None:
    assert _holders(tmp_path, {
        "a": "Chile's Prime Minister Luis Mora thanked the voters. Foreign Minister Ana Reyes thanked Peru "
             "and Bolivia. Mora and Reyes spoke.",
        "b": "Foreign Minister Tomas Birch thanked Peru and Bolivia for their votes. Birch was pleased.",
    }, DAYS) == ["tension"]


def test_a_bare_foreign_minister_of_a_story_with_two_countries_meets_no_one(tmp_path: Path) -> None:
    assert _holders(tmp_path, {
        "a": "Chile's Foreign Minister Ana Reyes met Peru's Foreign Minister Luis Mora. Reyes and Mora spoke.",
        "b": "Foreign Minister Tomas Birch thanked the voters. Birch was pleased.",
    }, DAYS) == []


def test_a_jury_president_and_the_jury_under_its_president(tmp_path: Path) -> None:
    assert _holders(tmp_path, {
        "a": "The baking contest ended on Sunday. Jury president Ana Reyes praised the finalists. Reyes tasted all.",
        "b": "The baking contest ended on Sunday. The jury, under its president Tomas Birch, met for two hours. "
             "Birch tasted all.",
    }, DAYS) != []


def test_a_jury_president_is_no_countrys_president(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "News\n\nChile's President Luis Mora opened the festival, and jury president Ana Reyes told reporters "
             "the films were strong. Mora and Reyes spoke.\n",
    }, {"a": "2026-04-14"})
    holders = {(c.subject.id, str(c.value.value)) for c in report.claims if c.facet == "holder"}
    assert holders == {("office:chile-president", "person:luis-mora")}
    assert not [f for f in report.findings if f.kind == "role_holder"]


def test_the_chair_of_the_trustees_heads_the_board_of_trustees(tmp_path: Path) -> None:
    assert _holders(tmp_path, {
        "a": "The museum reopened. Chair of trustees Professor Ana Reyes welcomed the visitors. Reyes was pleased.",
        "b": "The museum reopened. This year's board of trustees, chaired by the historian Tomas Birch, approved "
             "the plan. Birch was pleased.",
    }, DAYS) != []


def test_the_chairs_of_a_museums_trustees_and_a_schools_governors_never_meet(tmp_path: Path) -> None:
    assert _holders(tmp_path, {
        "a": "The museum reopened. Chair of trustees Professor Ana Reyes welcomed the visitors. Reyes was pleased.",
        "b": "The school reopened. Chair of governors Professor Tomas Birch welcomed the pupils. Birch was pleased.",
    }, DAYS) == []
