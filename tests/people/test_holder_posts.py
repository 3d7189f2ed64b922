"""A post's holder read the same way whatever the case of the sentence's first word ("Race
director X" opening a sentence, "race director Y" inside one: both the event's head), dated
only up to the first relative clause after the holder, and a title after a verb set off on both
sides with its owner's possessive ("summoned Peru's ambassador, X, to the ministry"). Small
invented reports on a rally, a regatta and a fishing dispute."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

POST_RULE = "claimcheck.check.office_holder.v1"


def _claims(tmp_path: Path, docs: dict[str, tuple[str, str]], predicate: str) -> set[tuple[str, str, str, str]]:
    report = run_dated(tmp_path, docs)
    return {(c.subject.id, str(c.value.value), c.title.body if c.title else "", c.when.value if c.when else "")
            for c in report.claims if c.predicate == predicate and c.value is not None}


def test_an_event_director_opening_a_sentence_is_its_head(tmp_path: Path) -> None:
    got = _claims(tmp_path, {"a": ("2026-07-06", "Rally ends\n\nRally director Ole Brun thanked the town.\n")},
                  "hold-post")
    assert ("person:ole-brun", "head", "rally", "") in got


def test_a_later_relative_clause_does_not_date_the_post(tmp_path: Path) -> None:
    got = _claims(tmp_path, {"a": ("2026-07-06", "Regatta ends\n\nThe mayor handed over the cup with regatta "
                                                 "director Ivo Lenz, who said the regatta would return next year.\n")},
                  "hold-post")
    assert ("person:ivo-lenz", "head", "regatta", "") in got


def test_two_event_directors_a_day_apart_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-07-06", "Rally ends\n\nRally director Ole Brun thanked the town for its support.\n"),
        "b": ("2026-07-07", "Rally review\n\nThe prizes were handed out by rally director Karl Moe, who said the "
                            "rally would return next year.\n"),
    })
    assert any(f.rule == POST_RULE and f.severity == "conflict" for f in report.findings)


def test_two_events_directors_stay_apart(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-07-06", "Rally ends\n\nRally director Ole Brun thanked the town for its support.\n"),
        "b": ("2026-07-07", "Festival opens\n\nFestival director Karl Moe thanked the town for its support.\n"),
    })
    assert not any(f.rule == POST_RULE for f in report.findings)


def test_a_possessive_title_set_off_after_a_verb(tmp_path: Path) -> None:
    got = _claims(tmp_path, {"a": ("2026-03-02", "Fishing row\n\nThat same day the minister summoned Peru's "
                                                 "ambassador, Aidan Sorel, to the ministry.\n")}, "title")
    assert any(p == "person:aidan-sorel" and v == "ambassador" for p, v, _, _ in got)


def test_no_title_from_a_possessive_that_is_no_post(tmp_path: Path) -> None:
    got = _claims(tmp_path, {"a": ("2026-03-02", "Fishing row\n\nThe minister thanked Lima's fishermen, Aidan "
                                                 "Sorel, and others.\n")}, "title")
    assert not any(p == "person:aidan-sorel" for p, _, _, _ in got)
