"""A title conflict of one day cites every source giving either post within its week
(claimcheck.check.title.v1): the sources a day before say it too. Small invented reports on
a port authority."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

RULE = "claimcheck.check.title.v1"


def _conflict_sources(tmp_path: Path, docs: dict[str, tuple[str, str]]) -> set[str]:
    report = run_dated(tmp_path, docs)
    claims = {c.id: c for c in report.claims}
    found = [f for f in report.findings if f.rule == RULE and f.severity == "conflict"]
    assert len(found) == 1
    return {claims[c].source for c in found[0].claims}


def test_a_source_the_day_before_is_cited_beside_the_days_conflict(tmp_path: Path) -> None:
    docs = {
        "a": ("2026-04-13", "Port fees\n\nPorts Minister Lena Ortiz said fees would rise. Ortiz spoke again later.\n"),
        "b": ("2026-04-14", "Port fees\n\nPorts Minister Lena Ortiz on Tuesday defended the fees.\n"),
        "c": ("2026-04-14", "Port fees\n\nDeputy Ports Minister Lena Ortiz on Tuesday presented the fees.\n"),
    }
    assert _conflict_sources(tmp_path, docs) == {"a", "b", "c"}


def test_a_sentence_telling_a_past_post_is_not_cited(tmp_path: Path) -> None:
    # its quote holds another time ("a former harbour master"): the day's two sources suffice
    docs = {
        "a": ("2026-04-13", "Port fees\n\nPorts Minister Lena Ortiz, a former harbour master, said fees would "
                            "rise. Ortiz spoke again later.\n"),
        "b": ("2026-04-14", "Port fees\n\nPorts Minister Lena Ortiz on Tuesday defended the fees.\n"),
        "c": ("2026-04-14", "Port fees\n\nDeputy Ports Minister Lena Ortiz on Tuesday presented the fees.\n"),
    }
    assert _conflict_sources(tmp_path, docs) == {"b", "c"}
