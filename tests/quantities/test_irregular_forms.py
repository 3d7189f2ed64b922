"""Plurals from Latin and Greek ("five memoranda", "three criteria") and past forms the -ed rule
does not make ("had read 300 complaints", "cast 40 nets") read as any other count and verb.
Articles written for the tests (a university, a regulator, a fishing cooperative)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated

from .helpers import count_values as _keys, flagged_counts as _flagged


@pytest.mark.parametrize("sentence, head", [
    ("The two universities signed four memoranda on Tuesday.", "memorandum"),
    ("The regulator had read 300 complaints by the deadline.", "complaint"),
    ("The crews cast 40 nets before dawn.", "net"),
])
def test_an_irregular_form_is_read(tmp_path: Path, sentence: str, head: str) -> None:
    report = run_dated(tmp_path, {"a": ("2025-05-02", "Report\n\n" + sentence + "\n")})
    assert [k for k in _keys(report) if k.startswith(f"quantity:count|{head}|")]


def test_memoranda_and_agreements_are_one_count(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2025-05-02", "Universities\n\nThe rectors signed four memoranda on Tuesday.\n"),
        "b": ("2025-05-02", "Campus news\n\nThe rectors signed six agreements on Tuesday.\n"),
    })
    assert [s for s, sev in _flagged(report) if "agreement" in s or "memorandum" in s]


def test_a_singular_stays_no_count(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {"a": ("2025-05-02", "Report\n\nThe memorandum runs to 40 pages.\n")})
    assert not [k for k in _keys(report) if "memorandum" in k]
