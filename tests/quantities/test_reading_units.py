"""Reading what a figure is before what it counts: a power figure is no magnitude, a currency written as a word or a one-letter sign is a sum, a
vague multiple of a dozen is no figure. Phrases written for the tests (grids, farms, schools,
ports, courts, festivals)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.quantities.find import find
from claimcheck.quantities.held import lemma, stem


def _raw(text: str):  # type: ignore[no-untyped-def]
    return find(text, 0, len(text), [])


def _money_subjects(tmp_path: Path, text: str) -> list[str]:
    report = run_dated(tmp_path, {"a": ("2025-06-02", "Report\n\n" + text + "\n")})
    return sorted(c.subject.id for c in report.claims if c.subject.id.startswith("quantity:money|"))


# --- power and energy are no magnitude --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The new plant adds 8,950 MW to the grid.",
    "Demand peaked at 1.2 GW on Tuesday.",
    "The wind farm produced 40 MW last year.",
    "The reactor has a capacity of 12 magnitude-free units.",
])
def test_a_power_figure_is_no_magnitude(text: str) -> None:
    assert all(r.dimension != "magnitude" for r in _raw(text))


@pytest.mark.parametrize(("text", "value"), [
    ("The quake measured 7.1 Mw at sea.", 7.1),
    ("A 6.4-magnitude tremor shook the valley.", 6.4),
    ("The shock had a magnitude of 5.8, the agency said.", 5.8),
    ("Seismographs put it at 4.9 mb.", 4.9),
])
def test_a_magnitude_is_still_read(text: str, value: float) -> None:
    assert [r.value for r in _raw(text) if r.dimension == "magnitude"] == [value]


# --- one head for one sum ----------------------------------------------------------------------

def test_a_noun_in_us_keeps_its_s() -> None:
    assert stem("bonus") == "bonus" and stem("bonuses") == "bonus" and stem("crisis") == "crisis"
    assert stem("fines") == "fine" and stem("pledged") == "pledg"  # verbs and plain plurals as before
    assert lemma("bonuses") == "bonus" and lemma("campuses") == "campus" and lemma("viruses") == "virus"
    assert lemma("houses") == "house" and lemma("causes") == "cause" and lemma("ruses") == "ruse"


@pytest.mark.parametrize("text", [
    "The club paid its captain a bonus of $40,000.",
    "The club paid its captain a $40,000 signing bonus.",
    "The club paid its captain a $40,000 bonus.",
])
def test_a_bonus_is_one_sum_however_written(tmp_path: Path, text: str) -> None:
    subjects = _money_subjects(tmp_path, text)
    assert len(subjects) == 1 and subjects[0].startswith("quantity:money|sum:bonus|")


def test_a_compound_after_a_sum_is_headed_by_its_last_noun(tmp_path: Path) -> None:
    assert _money_subjects(tmp_path, "The port took a $3 million harbour loan.")[0].startswith("quantity:money|sum:loan|")


def test_a_verb_after_a_sum_ends_its_noun(tmp_path: Path) -> None:
    subjects = _money_subjects(tmp_path, "The port issued a $3 million bond that matures in 2030.")
    assert subjects and subjects[0].startswith("quantity:money|sum:bond|")


def test_a_modified_attribute_noun_is_left_to_the_attribute_reader(tmp_path: Path) -> None:
    # "price" names no sum of its own: the two-word phrase is read as before
    assert not any("sum:" in s for s in _money_subjects(tmp_path, "The hammer price of £38 million was a record."))


# --- currencies written as words or one-letter signs --------------------------------------------

@pytest.mark.parametrize(("text", "unit", "value"), [
    ("The court fined the airline 40 million crowns.", "crown", 40_000_000),
    ("A ticket costs 500 pesos at the gate.", "peso", 500),
    ("The utility owes 2 billion rand to its lenders.", "ZAR", 2_000_000_000),
    ("Rents rose to 4,000 lira a month.", "TRY", 4000),
    ("The fine came to 12,000 shekels.", "ILS", 12000),
    ("The festival cost P1.2 billion to stage.", "PHP", 1_200_000_000),
    ("The club paid R3m for the striker.", "ZAR", 3_000_000),
])
def test_a_currency_is_read_as_a_sum(text: str, unit: str, value: float) -> None:
    money = [r for r in _raw(text) if r.dimension == "money"]
    assert [(r.unit, round(r.value)) for r in money] == [(unit, value)]


@pytest.mark.parametrize("text", [
    "She has won three crowns in five years.",  # titles
    "He finished P5 in the race.",  # a position
    "Take the R5 road north.",  # a road
    "The squad wore P2 shirts.",
])
def test_no_sum_where_no_currency_is_meant(text: str) -> None:
    assert all(r.dimension != "money" for r in _raw(text))


# --- dozens ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Several dozen people were hurt in the crush.",
    "A few dozen homes burned on the ridge.",
    "Several hundred fans waited outside.",
])
def test_a_vague_multiple_is_no_figure(text: str) -> None:
    assert _raw(text) == []


@pytest.mark.parametrize(("text", "value"), [
    ("Two dozen people were hurt in the crush.", 24),
    ("A dozen homes burned on the ridge.", 12),
    ("About a dozen boats sank.", 12),
    ("Some 3 dozen crates were seized.", 36),
])
def test_a_counted_dozen_is_read(text: str, value: float) -> None:
    assert [r.value for r in _raw(text)] == [value]


# --- a sum of an earlier year ----------------------------------------------------------------

def test_a_sum_framed_by_an_earlier_year_is_of_that_year(tmp_path: Path) -> None:
    subjects = _money_subjects(tmp_path, "The orchestra hired Mara Vell as conductor for a fee of $90,000. "
                               "She had joined a rival ensemble in 2019 for a fee of $20,000.")
    assert [s.rsplit("|", 1)[1] for s in subjects] == ["2019", "fixed"]


def test_a_sum_with_no_earlier_year_stays_a_fixed_fact(tmp_path: Path) -> None:
    # the article's own year is no earlier one
    assert _money_subjects(tmp_path / "a", "The lab won a grant of $2 million to study soil fungi.")[0].endswith("|fixed")
    assert _money_subjects(tmp_path / "b", "The lab won a grant of $2 million in 2025.")[0].endswith("|2025")


# --- a possessive after "of the" is the owner of the counted, never the counted -----------------

@pytest.mark.parametrize(("text", "head"), [
    ("Police detained two of the bank's managers.", "manager"),  # finance
    ("Two of the ferry's engines failed off the coast.", "engine"),  # transport
    ("Three of the school's teachers walked out.", "teacher"),  # education
])
def test_a_part_of_an_owner_s_noun_counts_the_noun(text: str, head: str) -> None:
    first = _raw(text)[0]
    assert (first.head, "partitive" in first.flags) == (head, True)


@pytest.mark.parametrize("text", [
    "Floods reached 14 of the province's 16 districts.",
    "Strikes closed three of the company's five plants.",
])
def test_a_part_of_an_owner_s_counted_whole_reads_no_owner(tmp_path: Path, text: str) -> None:
    assert all("'" not in r.head for r in _raw(text))  # no "province'" counted
    report = run_dated(tmp_path, {"a": ("2025-06-02", "Report\n\n" + text + "\n")})
    assert not [c for c in report.claims if c.subject.id.startswith("quantity:count|")]
