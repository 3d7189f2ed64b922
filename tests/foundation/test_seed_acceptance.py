"""The seed corpus end to end, against ../shared/seeds/expected.yaml where it is present.

The spec lives outside the project; the checks that do not need it run on the copy of
the seeds in ``seeds/`` and the metadata in ``claims/``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import pipeline
from claimcheck.models import Report

from .helpers import CLAIMS, SEEDS, SHARED


@pytest.fixture(scope="module")
def report() -> Report:
    return pipeline.run(SEEDS, CLAIMS)


@pytest.fixture(scope="module")
def report_without_004(tmp_path_factory: pytest.TempPathFactory) -> Report:
    claims = tmp_path_factory.mktemp("claims")
    text = (CLAIMS / "sources.yaml").read_text(encoding="utf-8")
    (claims / "sources.yaml").write_text(text[:text.index("004_18a708085e7455ae:")], encoding="utf-8")
    return pipeline.run(SEEDS, claims)


def group_of(report: Report, source: str, quote: str, **where: object) -> set[str]:
    """Subject ids of the claims from ``source`` whose sentence holds ``quote``."""
    return {c.subject.id for c in report.claims if c.source == source and quote in c.quote
            and all(getattr(c, k) == v for k, v in where.items())}


def findings_on(report: Report, subject: str, kind: str, facet: str | None = None) -> list[str]:
    facets = {c.id: c.facet for c in report.claims}
    return [f.severity for f in report.findings if f.subject == subject and f.kind == kind
            and (facet is None or all(facets[c] == facet for c in f.claims))]


def test_files_are_byte_identical_to_the_shared_seeds() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared/seeds is not beside this checkout")
    for f in SHARED.glob("*.txt"):
        assert (SEEDS / f.name).read_bytes() == f.read_bytes()


def test_no_conflict_with_metadata(report: Report) -> None:
    assert [f.summary for f in report.findings if f.severity == "conflict"] == []


def test_launch_window_of_the_mechanism_is_one_group_and_a_variant(report: Report) -> None:
    a = group_of(report, "001_a55dc8124c92cfdc", "within this year", facet="launch")
    b = group_of(report, "003_3531a79baa55fc34", "by the end of the year", facet="launch")
    c = group_of(report, "002_be3015e7b4282bff", "officially activate the mechanism in December", facet="launch")
    assert len(a | b | c) == 1
    subject = (a | b | c).pop()
    values = {cl.when.value for cl in report.claims if cl.subject.id == subject and cl.facet == "launch" and cl.when}
    assert {"2023-06-05/2023-12-31", "2023-08/2023-12-31", "2023-12"} <= values
    assert findings_on(report, subject, "date", facet="launch") == ["variant"]


def test_phnom_penh_date_is_a_variant(report: Report) -> None:
    a = group_of(report, "000_cffbf3d668cb60fe", "November 13 last year", facet="agreed")
    b = group_of(report, "001_a55dc8124c92cfdc", "November 13, 2022", facet="agreed")
    c = group_of(report, "003_3531a79baa55fc34", "last November", facet="agreed")
    assert len(a | b | c) == 1
    assert findings_on(report, (a | b | c).pop(), "date", facet="agreed") == ["variant"]


def test_camp_david_date_is_a_variant(report: Report) -> None:
    a = {s for s in group_of(report, "003_3531a79baa55fc34", "18 August", facet="occurrence") if s.startswith("event:")}
    b = {s for s in group_of(report, "004_18a708085e7455ae", "last August", facet="occurrence") if s.startswith("event:")}
    assert len(a | b) == 1
    assert findings_on(report, (a | b).pop(), "date") == ["variant"]


def test_dtt_numbering_is_consistent(report: Report) -> None:
    sessions = {c.subject.id: c for c in report.claims if c.subject.id.startswith("series:defense-trilateral-talks#")}
    assert sessions["series:defense-trilateral-talks#13"].when.value == "2023-04-14"
    assert sessions["series:defense-trilateral-talks#13"].derived
    assert sessions["series:defense-trilateral-talks#14"].when.value == "2024"
    assert sessions["series:defense-trilateral-talks#2020-05"].where.entity == "place:virtual"
    assert not [f for f in report.findings if f.subject.startswith("series:defense-trilateral-talks")
                and f.kind in {"ordinal", "date", "place"}]


def test_shangri_la_sessions_are_one_series_and_consistent(report: Report) -> None:
    ids = {c.subject.id for c in report.claims if "shangri-la" in c.subject.id and c.facet == "occurrence"}
    assert {"series:shangri-la-dialogue#20", "series:shangri-la-dialogue#21"} <= ids
    assert not [f for f in report.findings if f.subject.startswith("series:shangri-la") and f.kind == "ordinal"]


def test_defense_minister_office_has_two_holders_and_no_finding(report: Report) -> None:
    holders = [c for c in report.claims if c.subject.id == "office:south-korea-defense-minister"]
    assert {c.who[0].entity for c in holders} == {"person:lee-jong-sup", "person:shin-won-sik"}
    assert not [f for f in report.findings if f.kind == "role_holder"]


def test_exercises_are_not_a_conflict(report: Report) -> None:
    assert not [f for f in report.findings if f.subject.startswith("thing:") and f.kind in {"date", "first"}
                and f.severity != "variant"]


def test_without_004_metadata_the_conflicts_rest_on_its_inferred_date(report_without_004: Report) -> None:
    # seeds/expected.yaml: without 004's metadata its page header moves two facts, and
    # claimcheck must say that these conflicts depend on 004's inferred publication date
    conflicts = [f for f in report_without_004.findings if f.severity == "conflict"]
    kinds = {(f.kind, f.subject.split("#")[0]) for f in conflicts}
    assert ("ordinal", "series:shangri-la-dialogue") in kinds
    assert any(k == "date" for k, _ in kinds)
    for f in conflicts:
        assert f.rests_on_inferred_date
        assert "004_18a708085e7455ae" in f.explanation
        assert "inferred with low confidence" in f.explanation
    # conflicts come first
    assert report_without_004.findings[0].severity == "conflict"
