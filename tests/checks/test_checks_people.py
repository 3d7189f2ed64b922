"""claimcheck.check.title.v1 and claimcheck.check.role_holder.v1."""

from __future__ import annotations

import pytest
from checks_factories import Corpus, only

from claimcheck.checks.tables import title_tables
from claimcheck.checks.title import title_relation

OFFICE = "office:ruritania-defense-minister"


def holders(*items: tuple[str, str, str, str]) -> Corpus:
    """(source, published, name, person id) -> a holder claim at the publication date."""
    k = Corpus()
    for sid, pub, name, pid in items:
        k.source(sid, f"Defense Minister {name} attended the meeting.", pub)
        k.claim(sid, f"Defense Minister {name}", OFFICE, "holder", who=[(name, pid)], when=(f"Defense Minister {name}", pub))
    return k


def test_different_holders_at_different_times_are_fine() -> None:
    k = holders(("a", "2023-06-03", "Lee Jong-sup", "person:lee-jong-sup"),
                ("b", "2023-11-12", "Shin Won-sik", "person:shin-won-sik"),
                ("c", "2024-06-03", "Shin Won Sik", "person:shin-won-sik"))
    assert only(k.run(), "role_holder") == []


def test_two_holders_on_one_day_is_a_conflict() -> None:
    k = holders(("a", "2023-06-03", "Lee Jong-sup", "person:lee-jong-sup"),
                ("b", "2023-06-03", "Park Min-ho", "person:park-min-ho"))
    (f,) = only(k.run(), "role_holder")
    assert f.severity == "conflict" and f.subject == OFFICE and len(f.claims) == 2
    assert 'holder "Park Min-ho" = person:park-min-ho' in f.explanation


def test_two_holders_in_one_month_is_a_tension() -> None:
    k = holders(("a", "2023-10", "Lee Jong-sup", "person:lee-jong-sup"),
                ("b", "2023-10-20", "Park Min-ho", "person:park-min-ho"))
    assert [f.severity for f in only(k.run(), "role_holder")] == ["tension"]


def test_a_day_inside_the_week_of_another_holder_is_a_conflict() -> None:
    # "this week" against a report's day in that week: a national office changing hands
    # within it would be news both tell
    k = holders(("a", "2023-10-16/2023-10-22", "Lee Jong-sup", "person:lee-jong-sup"),
                ("b", "2023-10-18", "Park Min-ho", "person:park-min-ho"))
    assert [f.severity for f in only(k.run(), "role_holder")] == ["conflict"]
    # a fortnight against a day in it: a change within it fits, a tension
    k = holders(("a", "2023-10-09/2023-10-22", "Lee Jong-sup", "person:lee-jong-sup"),
                ("b", "2023-10-18", "Park Min-ho", "person:park-min-ho"))
    assert [f.severity for f in only(k.run(), "role_holder")] == ["tension"]
    # a day outside that week: a change of holder fits
    k = holders(("a", "2023-10-16/2023-10-22", "Lee Jong-sup", "person:lee-jong-sup"),
                ("b", "2023-10-25", "Park Min-ho", "person:park-min-ho"))
    assert only(k.run(), "role_holder") == []


def test_unmerged_spellings_of_one_holder_are_not_two_holders() -> None:
    k = holders(("a", "2023-11-12", "Shin Won-sik", "person:shin-won-sik"),
                ("b", "2023-11-12", "Shin Won Sik", "person:shin-won-sik-2"))
    assert only(k.run(), "role_holder") == []


def titled(*items: tuple[str, str, str]) -> Corpus:
    """(source, published, title words) -> a title claim on one person."""
    k = Corpus()
    for sid, pub, words in items:
        k.source(sid, f"{words} Kim Ha-neul spoke.", pub)
        k.claim(sid, f"{words} Kim Ha-neul", "person:kim-ha-neul", "title", value=("title", words, words),
                who=[("Kim Ha-neul", "person:kim-ha-neul")], when=(f"{words} Kim Ha-neul", pub))
    return k


def test_wordings_of_one_title_are_a_variant() -> None:
    (f,) = only(titled(("a", "2023-06-05", "Minister of Defense"), ("b", "2023-06-06", "Defense Minister")).run(), "title")
    assert f.severity == "variant" and len(f.claims) == 2


def test_another_office_at_the_same_time_is_a_conflict() -> None:
    found = only(titled(("a", "2023-06-20", "Defense Minister"), ("b", "2023-06-20", "Foreign Minister")).run(), "title")
    assert [f.severity for f in found] == ["conflict"]
    # a month against a day in it: a change of post within the month fits, a tension
    found = only(titled(("a", "2023-06", "Defense Minister"), ("b", "2023-06-20", "Foreign Minister")).run(), "title")
    assert [f.severity for f in found] == ["tension"]
    found = only(titled(("a", "2023-06-20", "Deputy Defense Minister"), ("b", "2023-06-20", "Defense Minister")).run(), "title")
    assert [f.severity for f in found] == ["conflict"]


def test_office_id_and_title_words_compare_by_the_written_words() -> None:
    k = Corpus()
    k.source("a", "Minister of Defense Kim Ha-neul spoke.", "2023-06-05")
    k.source("b", "Defense Minister Kim Ha-neul spoke.", "2023-06-05")
    k.source("c", "Foreign Minister Kim Ha-neul spoke.", "2023-06-05")
    k.claim("a", "Minister of Defense Kim Ha-neul", "person:kim", "title", value=("title", "Minister of Defense", "office:defense-minister"),
            when=("Minister of Defense Kim Ha-neul", "2023-06-05"))
    k.claim("b", "Defense Minister Kim Ha-neul", "person:kim", "title", value=("title", "Defense Minister", "Defense Minister"),
            when=("Defense Minister Kim Ha-neul", "2023-06-05"))
    assert [f.severity for f in only(k.run(), "title")] == ["variant"]
    k.claim("c", "Foreign Minister Kim Ha-neul", "person:kim", "title", value=("title", "Foreign Minister", "office:foreign-minister"),
            when=("Foreign Minister Kim Ha-neul", "2023-06-05"))
    # two wordings of one post against another post: one disagreement, cited once with all three
    found = sorted(only(k.run(), "title"), key=lambda f: f.severity)
    assert [f.severity for f in found] == ["conflict", "variant"]
    assert len(found[0].claims) == 3


def test_one_source_giving_two_titles_is_at_most_a_tension() -> None:
    k = Corpus()
    k.source("a", "Deputy Prime Minister Kim Ha-neul, who is also Finance Minister Kim Ha-neul, spoke.", "2023-06-05")
    k.claim("a", "Deputy Prime Minister Kim Ha-neul", "person:kim", "title", value=("title", "Deputy Prime Minister", "office:dpm"),
            when=("Deputy Prime Minister Kim Ha-neul", "2023-06-05"))
    k.claim("a", "Finance Minister Kim Ha-neul", "person:kim", "title", value=("title", "Finance Minister", "office:finance-minister"),
            when=("Finance Minister Kim Ha-neul", "2023-06-05"))
    assert [f.severity for f in only(k.run(), "title")] == ["tension"]


def test_former_holder_is_not_a_second_holder() -> None:
    k = holders(("a", "2023-11-12", "Shin Won-sik", "person:shin-won-sik"))
    k.source("b", "Former Defense Minister Lee Jong-sup attended the meeting.", "2023-11-12")
    k.claim("b", "Former Defense Minister Lee Jong-sup", OFFICE, "holder", who=[("Lee Jong-sup", "person:lee-jong-sup")],
            when=("Former Defense Minister Lee Jong-sup", "2023-11-12"), subject_text="Former Defense Minister")
    assert only(k.run(), "role_holder") == []


def test_another_office_at_another_time_is_fine() -> None:
    assert only(titled(("a", "2019-03-01", "Foreign Minister"), ("b", "2023-06-20", "Defense Minister")).run(), "title") == []


def test_same_title_same_words_is_nothing() -> None:
    assert only(titled(("a", "2023-06-05", "Defense Minister"), ("b", "2023-06-06", "Defense Minister")).run(), "title") == []


@pytest.mark.parametrize("example", title_tables().examples, ids=lambda e: f"{e.a}|{e.b}")
def test_title_examples(example) -> None:  # type: ignore[no-untyped-def]
    assert title_relation(example.a, example.b) == example.expect
    assert title_relation(example.b, example.a) == example.expect


def test_a_pointer_to_the_office_is_not_a_title_wording() -> None:
    k = Corpus()
    k.source("a", "Moreau met her Chilean counterpart, Rosa Vidal-Soto.", "2023-11-13")
    k.source("b", "Fisheries Minister Rosa Vidal Soto spoke.", "2024-06-03")
    k.claim("a", "her Chilean counterpart, Rosa Vidal-Soto", "person:vidal", "title",
            value=("title", "her Chilean counterpart", "office:cl-fisheries-minister"), when=("Rosa Vidal-Soto", "2023-11-12"))
    k.claim("b", "Fisheries Minister Rosa Vidal Soto", "person:vidal", "title",
            value=("title", "Fisheries Minister", "office:cl-fisheries-minister"), when=("Rosa Vidal Soto", "2024-06-02"))
    assert only(k.run(), "title") == []
    k.source("c", "Minister of Fisheries Rosa Vidal-Soto said.", "2024-06-04")
    k.claim("c", "Minister of Fisheries Rosa Vidal-Soto", "person:vidal", "title",
            value=("title", "Minister of Fisheries", "office:cl-fisheries-minister"), when=("Rosa Vidal-Soto", "2024-06-04"))
    (f,) = only(k.run(), "title")
    assert f.severity == "variant" and len(f.claims) == 2


def _two_holders(confidence: float | None) -> Corpus:
    k = Corpus()
    for sid, name, pid in (("a", "Lee Jong-sup", "person:lee"), ("b", "Park Min-ho", "person:park")):
        k.source(sid, f"Defense Minister {name} attended.", "2023-06-03", basis="inferred" if sid == "b" else "metadata",
                 confidence=confidence if sid == "b" else None)
        k.claim(sid, f"Defense Minister {name}", OFFICE, "holder", who=[(name, pid)])
    return k


def test_holders_timed_by_a_low_confidence_date_say_how_unsure_it_is() -> None:
    # the two may have held the post at different times: the finding says the day may be wrong
    (f,) = only(_two_holders(0.3).run(), "role_holder")
    assert f.severity == "conflict" and f.inferred_sources == ["b"] and "inferred with low confidence" in f.explanation


def test_holders_without_a_date_are_timed_by_publication() -> None:
    k = _two_holders(0.9)
    (f,) = only(k.run(), "role_holder")
    assert f.severity == "conflict" and f.inferred_sources == ["b"]
    k.sources["b"].published.start = k.sources["b"].published.end = __import__("datetime").date(2023, 11, 13)
    assert only(k.run(), "role_holder") == []


def test_national_names_of_one_office_are_a_variant() -> None:
    found = only(titled(("a", "2024-07-06", "home secretary"), ("b", "2024-07-06", "interior minister")).run(), "title")
    assert [f.severity for f in found] == ["variant"]


def test_ceo_wordings_and_an_interim_are_a_variant() -> None:
    found = only(titled(("a", "2023-11-20", "interim CEO"), ("b", "2023-11-20", "chief executive officer")).run(), "title")
    assert [f.severity for f in found] == ["variant"]


def test_two_posts_with_different_heads_are_no_disagreement() -> None:
    # a chairman may be president too, a party leader prime minister
    assert only(titled(("a", "2023-11-20", "chairman"), ("b", "2023-11-20", "president")).run(), "title") == []
    assert only(titled(("a", "2024-07-06", "deputy leader"), ("b", "2024-07-06", "Deputy Prime Minister")).run(), "title") == []


def test_one_head_with_another_rank_disagrees() -> None:
    found = only(titled(("a", "2023-11-20", "deputy director"), ("b", "2023-11-20", "director")).run(), "title")
    assert [f.severity for f in found] == ["conflict"]


def test_another_portfolio_between_chief_and_head_disagrees() -> None:
    found = only(titled(("a", "2023-11-20", "Chief Data Scientist"), ("b", "2023-11-20", "chief scientist")).run(), "title")
    assert [f.severity for f in found] == ["conflict"]
    # a body before the title is no portfolio: a wording
    found = only(titled(("a", "2023-11-20", "Acme chief scientist"), ("b", "2023-11-20", "chief scientist")).run(), "title")
    assert [f.severity for f in found] == ["variant"]


def test_a_rank_stated_between_two_statements_of_another_within_weeks_is_a_tension() -> None:
    found = only(titled(("a", "2022-09-02", "Trade Minister"), ("b", "2022-09-12", "Deputy Trade Minister"),
                        ("c", "2022-09-22", "Trade Minister")).run(), "title")
    assert [f.severity for f in found] == ["tension"] and len(found[0].claims) == 3


def test_a_rank_stated_two_days_after_another_is_a_conflict() -> None:
    # days apart, neither as a change of post: the conflict cites the statements within a week
    found = only(titled(("a", "2022-09-02", "Trade Minister"), ("b", "2022-09-04", "Deputy Trade Minister"),
                        ("c", "2022-09-20", "Trade Minister")).run(), "title")
    assert [f.severity for f in found] == ["conflict"] and len(found[0].claims) == 2


def test_a_rank_that_changes_once_or_back_after_months_is_fine() -> None:
    # a promotion: deputy first, then the full post; no statement of the old rank after
    assert only(titled(("a", "2022-09-02", "Deputy Trade Minister"), ("b", "2022-09-20", "Trade Minister"),
                       ("c", "2022-09-25", "Trade Minister")).run(), "title") == []
    # back and forth over half a year: two changes of post fit
    assert only(titled(("a", "2022-01-02", "Trade Minister"), ("b", "2022-04-04", "Deputy Trade Minister"),
                       ("c", "2022-07-09", "Trade Minister")).run(), "title") == []


@pytest.mark.parametrize("example", title_tables().post_examples, ids=lambda e: f"{e.a}|{e.b}")
def test_posts_at_the_head_of_one_body(example) -> None:
    from claimcheck.checks.title import posts_relation

    assert posts_relation(example.a, example.b) == example.expect
    assert posts_relation(example.b, example.a) == example.expect


@pytest.mark.parametrize("example", title_tables().combined_examples, ids=lambda e: f"{e.a}|{e.b}")
def test_posts_one_person_often_holds_together(example) -> None:
    from claimcheck.checks.title import posts_combined

    assert posts_combined(example.a, example.b) is example.expect
    assert posts_combined(example.b, example.a) is example.expect


def test_two_top_posts_of_one_body_on_one_day_disagree() -> None:
    # a club's head coach is not its sporting director: two sources, one day
    found = only(titled(("a", "2025-03-03", "head coach"), ("b", "2025-03-03", "sporting director")).run(), "title")
    assert [f.severity for f in found] == ["conflict"]
    # a team's manager is its head coach: one post named two ways, a wording (variant), no alarm
    assert [f.severity for f in only(titled(("a", "2025-03-03", "manager"),
                                            ("b", "2025-03-03", "head coach")).run(), "title")] == ["variant"]


def test_posts_often_held_together_are_a_tension_unless_a_source_gives_both() -> None:
    found = only(titled(("a", "2025-03-03", "chairman"), ("b", "2025-03-03", "chief executive")).run(), "title")
    assert [f.severity for f in found] == ["tension"]
    # one source gives both: the dual role, shortened elsewhere
    both = only(titled(("a", "2025-03-03", "chairman"), ("b", "2025-03-03", "chief executive"),
                       ("c", "2025-03-03", "chairman"), ("c", "2025-03-03", "CEO")).run(), "title")
    assert [f.severity for f in both] == ["variant"]  # "chief executive" / "CEO" only
