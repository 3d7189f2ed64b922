"""Three quantity mechanisms, each on articles written for the tests: a vote reported the
morning after with no date is the day before's vote; a measure written as a compound before
a thing ("a 42-km tunnel") is that thing's size; an age that fits none of several ages which
fit one another is one wrong age, held against the nearest one only."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated


def _count_alarms(report, part: str) -> list[tuple[str, str]]:
    return sorted((f.severity, f.subject) for f in report.findings
                  if f.kind == "count" and part in f.subject and f.severity in ("conflict", "tension"))


def test_a_vote_reported_the_day_after_is_the_day_befores_vote(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-10", "Assembly backs stadium bid\n\nThe regional assembly voted on Tuesday on the stadium "
                            "bid. Portugal's bid to host the regatta was backed by 64 deputies; 21 deputies "
                            "opposed it.\n"),
        "b": ("2025-06-11", "Stadium bid clears assembly\n\nThe regional assembly has approved the stadium bid. "
                            "A wire service said 70 deputies backed it and 15 opposed it.\n"),
    })
    alarms = _count_alarms(report, "votes-")
    assert [s for s, _ in alarms] == ["conflict", "conflict"]
    assert all(sid.endswith("|-|2025-06-10") for _, sid in alarms)  # "by 64 deputies" is no count of Portugal's


def test_two_votes_two_days_apart_are_not_compared(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-06-10", "Assembly backs stadium bid\n\nThe regional assembly voted on Tuesday on the stadium "
                            "bid. The bid was backed by 64 deputies; 21 deputies opposed it.\n"),
        "b": ("2025-06-12", "Stadium bid clears assembly\n\nThe regional assembly has approved the harbour "
                            "plan. A wire service said 70 deputies backed it and 15 opposed it.\n"),
    })
    assert _count_alarms(report, "votes-") == []


def test_a_measure_written_before_a_thing_is_its_size(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-02-03", "Strait rail link\n\nEngineers began boring a 42-kilometre rail tunnel under the "
                            "strait on Monday.\n"),
        "b": ("2025-02-04", "Tunnel works\n\nThe 38-km tunnel is due to open to freight trains in 2031.\n"),
    })
    assert _count_alarms(report, "length|of:tunnel") == [("conflict", "quantity:length|of:tunnel||-|fixed")]


def test_zones_of_two_sizes_are_not_one_thing(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-02-03", "Gas leak\n\nPolice set up a 5-km exclusion zone around the plant on Monday.\n"),
        "b": ("2025-02-04", "Gas leak widens\n\nResidents inside a 10-km exclusion zone were told to leave.\n"),
    })
    assert [f for f in report.findings if f.kind == "count" and "length" in f.subject] == []


_AGES = {
    "a": ("2023-05-02", "Ortiz signs\n\nThe striker Lena Ortiz, 30, signed a new deal with the club.\n"),
    "b": ("2024-05-08", "Ortiz scores\n\nThe striker Lena Ortiz, 31, scored twice in the cup final.\n"),
    "c": ("2025-05-12", "Ortiz retires\n\nThe striker Lena Ortiz, 32, said she would retire in June.\n"),
}


def test_an_age_that_fits_no_other_is_held_against_the_nearest_only(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {**_AGES, "d": ("2025-05-13", "Ortiz bows out\n\nThe striker Lena Ortiz, 25, "
                                                               "announced her retirement on Monday.\n")})
    alarms = [f for f in report.findings if f.kind == "count" and "age" in f.subject
              and f.severity in ("conflict", "tension")]
    assert len(alarms) == 1
    claims = {c.id: c for c in report.claims}
    assert sorted(claims[c].source for c in alarms[0].claims) == ["c", "d"]


def test_ages_that_grow_with_the_years_are_no_finding(tmp_path: Path) -> None:
    report = run_dated(tmp_path, _AGES)
    assert [f for f in report.findings if f.kind == "count" and "age" in f.subject
            and f.severity in ("conflict", "tension")] == []


def test_a_number_with_its_own_noun_after_other_counts_that_noun(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-08-02", "Train halted\n\nThe night train stopped near Velden with 310 passengers aboard.\n"),
        "b": ("2025-08-02", "Train halted\n\nPassengers were moved to two other trains and a bus.\n"),
    })
    assert [f.summary for f in report.findings if f.kind == "count" and "passengers" in f.subject] == []


def test_a_count_of_other_people_is_still_no_toll(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-08-02", "Bridge collapse\n\nFour people were killed when the bridge fell.\n"),
        "b": ("2025-08-02", "Bridge collapse\n\nFour people were killed and three other people were hurt.\n"),
    })
    assert [f.severity for f in report.findings if f.kind == "count" and "dead" in f.subject
            and f.severity != "variant"] == []
