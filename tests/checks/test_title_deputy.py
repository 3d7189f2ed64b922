"""A post and its deputy given one person by two sources for one period (claimcheck.check.title.v1):
a conflict when no promotion is told, while two ranks of deputies stay a tension. Small invented
reports on a fisheries quota and a central bank."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

RULE = "claimcheck.check.title.v1"


def _severities(tmp_path: Path, a: str, b: str) -> list[str]:
    report = run_dated(tmp_path, {"a": ("2026-04-16", a), "b": ("2026-04-20", b)})
    return sorted(f.severity for f in report.findings if f.rule == RULE and f.severity != "variant")


def test_the_post_and_its_deputy_in_one_month_conflict(tmp_path: Path) -> None:
    assert _severities(
        tmp_path,
        "Quota cut\n\nIn March, Deputy Fisheries Minister Ana Ruiz signed the quota order. Ruiz spoke again later.\n",
        "Quota cut\n\nIn March, Fisheries Minister Ana Ruiz defended the quota order. Ruiz spoke again later.\n",
    ) == ["conflict"]


def test_a_promotion_told_stays_a_tension(tmp_path: Path) -> None:
    got = _severities(
        tmp_path,
        "Quota cut\n\nIn March, Deputy Fisheries Minister Ana Ruiz signed the quota order. Ruiz spoke again later.\n",
        "Quota cut\n\nIn March, Ana Ruiz was promoted to Fisheries Minister and defended the quota order. "
        "Ruiz spoke again later.\n",
    )
    assert "conflict" not in got


def test_two_ranks_of_deputy_stay_a_tension(tmp_path: Path) -> None:
    got = _severities(
        tmp_path,
        "Rates held\n\nIn March, Senior Deputy Governor Ana Ruiz said rates would hold. Ruiz spoke again later.\n",
        "Rates held\n\nIn March, Deputy Governor Ana Ruiz said rates would hold. Ruiz spoke again later.\n",
    )
    assert "conflict" not in got
