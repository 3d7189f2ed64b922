"""A counted noun whose plural is not made with -s, alone or ending a compound ("three men",
"40 schoolchildren", "four firemen"), is the count's noun as a regular plural is. Articles
written for the tests (a raid, a school bus, a fire); a word that only ends like such a plural
("specimen") is not one."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from claimcheck.quantities.held import irregular_singular, lemma

from .helpers import count_values, flagged_counts


def _two(tmp_path: Path, a: str, b: str):  # type: ignore[no-untyped-def]
    return run_dated(tmp_path, {"a": ("2025-06-02", "Report\n\n" + a + "\n"), "b": ("2025-06-02", "Report\n\n" + b + "\n")})


def test_singulars() -> None:
    assert [irregular_singular(w) for w in ("men", "schoolchildren", "firemen", "servicewomen", "specimen", "omen",
                                            "ships")] == ["man", "schoolchild", "fireman", "servicewoman", "", "", ""]
    assert lemma("fishermen") == "fisherman"


def test_men_arrested_two_ways(tmp_path: Path) -> None:
    report = _two(tmp_path, "Police arrested three men after the raid on the Harbour Street warehouse.",
                  "Police arrested four men after the raid on the Harbour Street warehouse.")
    assert flagged_counts(report) == [("quantity:count|man|arrest|-|2025-06-02", "conflict")]


def test_schoolchildren_on_board_a_bus(tmp_path: Path) -> None:
    report = _two(tmp_path, "The bus, with 40 schoolchildren on board, overturned on the coast road.",
                  "The bus was carrying 42 schoolchildren when it overturned on the coast road.")
    assert count_values(report).get("quantity:count|schoolchild:carry|held|-|2025-06-02") == [40.0, 42.0]


def test_firemen_injured(tmp_path: Path) -> None:
    report = _two(tmp_path, "Four firemen were injured fighting the blaze.", "Two firemen were injured fighting the blaze.")
    assert [s for s, _ in flagged_counts(report)] == ["quantity:count|fireman:injured|held|-|2025-06-02"]


def test_a_word_that_only_ends_like_one_is_no_plural(tmp_path: Path) -> None:
    report = _two(tmp_path, "The museum showed 12 specimen jars.", "The museum showed 14 abdomen scans.")
    assert not any("speciman" in k or "abdoman" in k for k in count_values(report))
