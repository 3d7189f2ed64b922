"""A rank whose scope is left unwritten is the story's one written scope for its kind
(quantities/rank_scopes.py): "the third-deadliest flood in the country" and "Norland's
second-deadliest flood this century" rank one flood two ways; a rank beside two written
scopes, or two written scopes, are no finding. Invented reports of a flood and a bank deal."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

from claimcheck.models import Report
from claimcheck.quantities.rank import read


def ordinals(report: Report) -> list[str]:
    return sorted(f.severity for f in report.findings if f.kind == "ordinal")


def test_a_time_after_the_noun_bounds_it() -> None:
    assert [k for _, k, _ in read("Norland's second-deadliest flood this century")] == ["deadliest flood of norland"]
    assert [k for _, k, _ in read("the third-largest IPO of the year")] == ["largest offering"]


def test_an_unwritten_scope_is_the_story_s_one_scope(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-03-04", "Flood toll rises\n\nThe flood in Vesterby has killed nine people, police chief Ola "
                            "Brekke said. It is now the third-deadliest flood in the country this century.\n"),
        "b": ("2026-03-04", "Vesterby mourns\n\nPolice chief Ola Brekke said nine people had died in Vesterby. The "
                            "disaster is already Norland's second-deadliest flood this century.\n"),
    })
    assert ordinals(report) == ["conflict"]


def test_two_written_scopes_are_no_finding(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-03-04", "Bank deal\n\nKasai Bank, chaired by Ken Mori, agreed to buy a Thai lender. Kasai is "
                            "Japan's third-largest bank and Asia's fifth-largest bank.\n"),
        "b": ("2026-03-04", "Kasai buys lender\n\nKen Mori's Kasai Bank bought a Thai lender. It is the "
                            "second-largest bank to expand abroad this year.\n"),
    })
    assert ordinals(report) == []
    report = run_dated(tmp_path / "region", {
        "a": ("2026-03-04", "Port record\n\nHarbour chief Eva Lind said Kestrel is the second-busiest port in "
                            "Europe.\n"),
        "b": ("2026-03-04", "Kestrel grows\n\nHarbour chief Eva Lind said Kestrel is now the 20th-busiest port in "
                            "the world.\n"),
    })
    assert ordinals(report) == []
