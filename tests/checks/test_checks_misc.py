"""claimcheck.check.count.v1, weekday.v1, name_variant.v1 and first.v1."""

from __future__ import annotations

import pytest
from checks_factories import Corpus, only

from claimcheck.checks.count import amount, qualifier
from claimcheck.checks.name_variant import is_description, is_short_reference, name_key
from claimcheck.checks.tables import count_tables, date_tables, name_tables
from claimcheck.models import Entity, NameMerge

# --- count ---------------------------------------------------------------------------


def counts(*items: tuple[str, str, str, object, str]) -> Corpus:
    """(source, published, type, words, value)"""
    k = Corpus()
    for sid, pub, vtype, words, value in items:
        k.source(sid, f"The forum has now met {words}.", pub)
        k.claim(sid, f"has now met {words}", "series:forum", "count", value=(vtype, str(words), value))  # type: ignore[arg-type]
    return k


def test_two_exact_counts_at_one_time_are_a_conflict() -> None:
    found = only(counts(("a", "2023-05-01", "count", "12 sessions", 12), ("b", "2023-05-02", "count", "15 sessions", 15)).run(), "count")
    assert [f.severity for f in found] == ["conflict"]


def test_counts_of_different_things_or_times_are_not_compared() -> None:
    assert counts(("a", "2023-05-01", "count", "12 sessions", 12), ("b", "2023-05-01", "count", "3 countries", 3)).run() == []
    assert counts(("a", "2020-05-01", "count", "12 sessions", 12), ("b", "2023-05-01", "count", "15 sessions", 15)).run() == []


def test_about_allows_some_and_not_more() -> None:
    near = counts(("a", "2023-04-15", "duration", "about three years", "P3Y"), ("b", "2023-04-15", "duration", "34 months", "P34M"))
    assert [f.severity for f in only(near.run(), "count")] == ["variant"]
    far = counts(("a", "2023-04-15", "duration", "about three years", "P3Y"), ("b", "2023-04-15", "duration", "18 months", "P18M"))
    assert [f.severity for f in only(far.run(), "count")] == ["tension"]
    same = counts(("a", "2023-04-15", "duration", "about three years", "P3Y"), ("b", "2023-04-15", "duration", "three years", "P3Y"))
    assert same.run() == []


def test_more_than_is_a_lower_bound() -> None:
    ok = counts(("a", "2023-04-15", "count", "more than 300 aircraft", 300), ("b", "2023-04-15", "count", "340 aircraft", 340))
    assert [f.severity for f in ok.run()] == ["variant"]
    bad = counts(("a", "2023-04-15", "count", "more than 300 aircraft", 300), ("b", "2023-04-15", "count", "250 aircraft", 250))
    assert [f.severity for f in bad.run()] == ["tension"]


def test_amounts() -> None:
    assert amount("P3Y") == amount("P36M") == 3 * 365.25
    assert amount(12) == 12.0 and amount("1,200") == 1200.0 and amount("soon") is None


@pytest.mark.parametrize("example", count_tables().examples, ids=lambda e: e.text)
def test_count_examples(example) -> None:  # type: ignore[no-untyped-def]
    assert qualifier(example.text) == example.relation


# --- weekday -------------------------------------------------------------------------


def test_weekday_mismatch_is_one_conflict_per_expression() -> None:
    k = Corpus()
    k.source("a", "The ministers met in Seoul on Sunday, November 13, and signed the pact.", "2023-11-14")
    k.claim("a", "The ministers met in Seoul on Sunday, November 13", "event:meeting", "occurrence",
            when=("on Sunday, November 13", "2023-11-13"), weekday=6, weekday_ok=False)
    k.claim("a", "met in Seoul on Sunday, November 13, and signed the pact", "thing:pact", "agreed",
            when=("on Sunday, November 13", "2023-11-13"), weekday=6, weekday_ok=False)
    (f,) = only(k.run(), "weekday")
    assert f.severity == "conflict" and len(f.claims) == 1  # one statement, cited once
    assert "says Sunday, but 2023-11-13 is a Monday" in f.explanation


def test_matching_weekday_is_nothing() -> None:
    k = Corpus()
    k.source("a", "The ministers met in Seoul on Sunday, November 12.", "2023-11-13")
    k.claim("a", "The ministers met in Seoul on Sunday, November 12", "event:meeting", "occurrence",
            when=("on Sunday, November 12", "2023-11-12"), weekday=6, weekday_ok=True)
    assert k.run() == []


# --- name_variant ----------------------------------------------------------------------


def people() -> Corpus:
    k = Corpus()
    k.source("a", "Defense Minister Shin Won-sik met Lloyd Austin in Seoul.", "2023-11-13")
    k.source("b", "Defense Minister Shin Won Sik and Austin spoke in Singapore.", "2024-06-03")
    k.source("c", "Shin Won-sik said the drills would continue.", "2024-07-01")
    k.claim("a", "Defense Minister Shin Won-sik met Lloyd Austin", "event:m1", "occurrence",
            who=[("Shin Won-sik", "person:shin"), ("Lloyd Austin", "person:austin")])
    k.claim("b", "Defense Minister Shin Won Sik and Austin spoke", "event:m2", "occurrence",
            who=[("Shin Won Sik", "person:shin"), ("Austin", "person:austin")])
    k.claim("c", "Shin Won-sik said the drills would continue", "thing:drills", "launch", who=[("Shin Won-sik", "person:shin")])
    return k


def test_spelling_variants_are_one_variant_per_entity() -> None:
    found = only(people().run(), "name_variant")
    assert [(f.subject, f.severity, len(f.claims)) for f in found] == [("person:shin", "variant", 3)]
    assert '"Shin Won Sik"' in found[0].summary and '"Shin Won-sik"' in found[0].summary


def test_the_index_merges_decide_which_forms_count() -> None:
    class Index:
        entities = {
            "person:shin": Entity(id="person:shin", kind="person", label="Shin Won-sik",
                                  merges=[NameMerge(variant="Shin Won Sik", canonical="Shin Won-sik", how="fuzzy", score=100)]),
        }

    (f,) = only(people().run(index=Index()), "name_variant")
    assert "fuzzy, score 100" in f.explanation

    class AcronymOnly:
        entities = {
            "person:shin": Entity(id="person:shin", kind="person", label="Shin Won-sik",
                                  merges=[NameMerge(variant="Shin Won Sik", canonical="Shin Won-sik", how="acronym")]),
        }

    assert only(people().run(index=AcronymOnly()), "name_variant") == []

    class ExactAfterFolding:  # the index folds hyphens and spaces: still a written variant
        entities = {
            "person:shin": Entity(id="person:shin", kind="person", label="Shin Won-sik",
                                  merges=[NameMerge(variant="Shin Won Sik", canonical="Shin Won-sik", how="exact")]),
        }

    assert len(only(people().run(index=ExactAfterFolding()), "name_variant")) == 1


def test_descriptions_and_offices_are_not_name_variants() -> None:
    k = Corpus()
    k.source("a", "The mechanism will start soon, the Defense Minister said.", "2023-06-05")
    k.source("b", "The Missile Warning Mechanism will start soon, the Minister of Defense said.", "2023-06-06")
    k.claim("a", "The mechanism will start soon", "thing:mechanism", "launch", subject_text="The mechanism")
    k.claim("b", "The Missile Warning Mechanism will start soon", "thing:mechanism", "launch", subject_text="The Missile Warning Mechanism")
    k.claim("a", "the Defense Minister said", "office:defense-minister", "holder", subject_text="Defense Minister")
    k.claim("b", "the Minister of Defense said", "office:defense-minister", "holder", subject_text="Minister of Defense")
    assert only(k.run(), "name_variant") == []


def test_session_names_differing_only_by_number_are_not_variants() -> None:
    k = Corpus()
    k.source("a", "At the 20th Nordic Ports Conference ministers met.", "2023-06-05")
    k.source("b", "At the 21st Nordic Ports Conference ministers met.", "2024-06-03")
    k.claim("a", "At the 20th Nordic Ports Conference", "series:asc#20", "occurrence", subject_text="20th Nordic Ports Conference")
    k.claim("b", "At the 21st Nordic Ports Conference", "series:asc#21", "occurrence", subject_text="21st Nordic Ports Conference")
    assert only(k.run(), "name_variant") == []
    k.source("c", "At the 21st Nordic Harbours Summit (Baltic Ports Dialogue) ministers met.", "2024-06-03")
    k.claim("c", "At the 21st Nordic Harbours Summit (Baltic Ports Dialogue)", "series:asc#21", "occurrence",
            subject_text="21st Nordic Harbours Summit (Baltic Ports Dialogue)")
    (f,) = only(k.run(), "name_variant")
    assert f.subject == "series:asc"


@pytest.mark.parametrize("example", name_tables().examples, ids=lambda e: f"{e.a}|{e.b}")
def test_name_examples(example) -> None:  # type: ignore[no-untyped-def]
    forms = [example.a, example.b]
    if example.expect == "description":
        assert is_description(example.a) and not is_description(example.b)
    elif example.expect == "short":
        assert is_short_reference(example.a, forms)
    else:
        assert not is_short_reference(example.a, forms) and not is_short_reference(example.b, forms)
        assert (name_key(example.a) == name_key(example.b)) == (example.expect == "same")


@pytest.mark.parametrize("text", date_tables().examples["local_time"].match)
def test_local_time_markers_match(text: str) -> None:
    assert date_tables().local_time_re().search(text)


@pytest.mark.parametrize("text", date_tables().examples["local_time"].no_match)
def test_local_time_markers_near_misses(text: str) -> None:
    assert not date_tables().local_time_re().search(text)


# --- first ---------------------------------------------------------------------------

EX = "thing:trilateral-exercise"


def exercises(earlier_words: str, scope: str = "multi-domain", modality: str = "reported") -> Corpus:
    k = Corpus()
    k.source("old", f"In 2022 the three navies conducted {earlier_words}.", "2022-10-01")
    k.source("new", "For the first time this summer, the three countries will conduct a multi-domain exercise.", "2024-06-03")
    k.claim("old", f"the three navies conducted {earlier_words}", EX, "occurrence", when=("In 2022", "2022"), modality=modality)
    k.claim("new", "For the first time this summer, the three countries will conduct a multi-domain exercise", EX, "first",
            when=("this summer", "2024-SU"), value=("other", "multi-domain", scope), modality="planned")
    return k


def test_first_with_a_narrower_scope_than_earlier_drills_is_fine() -> None:
    assert only(exercises("a one-time search and rescue drill at sea").run(), "first") == []


def test_first_against_an_earlier_occurrence_of_the_same_scope_is_a_conflict() -> None:
    (f,) = only(exercises("a multidomain exercise").run(), "first")
    assert f.severity == "conflict" and len(f.claims) == 2


def test_first_against_an_earlier_plan_is_fine() -> None:
    assert only(exercises("a multidomain exercise", modality="planned").run(), "first") == []


def test_two_firsts_of_one_scope_at_different_times() -> None:
    k = Corpus()
    k.source("a", "For the first time, a multi-domain exercise was held in 2022.", "2022-10-01")
    k.source("b", "For the first time this summer, a multi-domain exercise will be held.", "2024-06-03")
    k.claim("a", "For the first time, a multi-domain exercise was held in 2022", EX, "first", when=("in 2022", "2022"),
            value=("other", "multi-domain", "multi-domain"))
    k.claim("b", "For the first time this summer, a multi-domain exercise will be held", EX, "first",
            when=("this summer", "2024-SU"), value=("other", "multi-domain", "multidomain"))
    assert [f.severity for f in only(k.run(), "first")] == ["conflict"]


@pytest.mark.parametrize("text", date_tables().examples["midnight"].match)
def test_midnight_markers_match(text: str) -> None:
    assert date_tables().midnight_re().search(text)


@pytest.mark.parametrize("text", date_tables().examples["midnight"].no_match)
def test_midnight_markers_near_misses(text: str) -> None:
    assert not date_tables().midnight_re().search(text)


@pytest.mark.parametrize("text", date_tables().examples["clock_approximators"].match)
def test_clock_approximator_examples_match(text: str) -> None:
    assert date_tables().clock_approximator_re().search(text)


@pytest.mark.parametrize("text", date_tables().examples["clock_approximators"].no_match)
def test_clock_approximator_examples_do_not_match(text: str) -> None:
    assert not date_tables().clock_approximator_re().search(text)
