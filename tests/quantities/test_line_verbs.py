"""A line of holders told with other verbs (quantities/ordinal_statements.py `verb_classes`,
`passive_as`): "the third rider killed on the ring road" is "the second rider to die on the
ring road", and "the fourth minister to walk out of the cabinet" is "the third minister to
resign"; an active "to kill", or another verb, keys another line. Invented reports of a road
death and a cabinet resignation."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from claimcheck.models import Report
from claimcheck.quantities.ordinal_statements import read


def ordinals(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "ordinal")


def keys(text: str) -> list[str]:
    return [k for _, k, *_ in read(text, 0, len(text), "2026-05-04")]


def test_keys() -> None:
    assert keys("She was the third rider to be killed on the ring road.") == ["rider-to-die"]
    assert keys("It was the first storm to kill more than ten people.") == ["storm-to-kil"]  # the stem: no class holds "kill"
    assert keys("He was the second mayor to step up to the post.") != ["mayor-to-leave"]


def test_one_line_told_with_two_verbs_is_a_conflict(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-04", "Rider dies\n\nA rider died after a crash on the ring road on Sunday. She was the third "
                            "rider killed on the ring road this year.\n"),
        "b": ("2026-05-04", "Vigil held\n\nFriends held a vigil on Monday. She was the second rider to die on the "
                            "ring road in 2026.\n"),
    })
    assert ordinals(report) == ["conflict"]
    report = run_dated(tmp_path / "cabinet", {
        "a": ("2026-05-04", "Minister quits\n\nHealth minister Lena Berg is the fourth minister to walk out of the "
                            "cabinet.\n"),
        "b": ("2026-05-04", "Berg resigns\n\nHealth minister Lena Berg is the third minister to resign from the "
                            "cabinet.\n"),
    })
    assert ordinals(report) == ["conflict"]


def test_another_verb_is_another_line(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-05-04", "Minister quits\n\nHealth minister Lena Berg is the fourth minister to walk out of the "
                            "cabinet.\n"),
        "b": ("2026-05-04", "Berg honoured\n\nHealth minister Lena Berg is the third minister to win the Civic "
                            "Medal.\n"),
    })
    assert ordinals(report) == []
