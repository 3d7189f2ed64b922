"""The whole pipeline on the seed corpus: what issue 5's acceptance asks of the checks."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from claimcheck import pipeline
from claimcheck.models import Finding

ROOT = Path(__file__).resolve().parents[2]
S4 = "004_18a708085e7455ae"


def findings(claims_dir: Path) -> list[Finding]:
    return pipeline.analyse(ROOT / "seeds", claims_dir).findings


@pytest.fixture(scope="module")
def seed_claims(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Only the seeds' metadata, never what else the checkout's claims/ holds (reviews,
    aliases, annotations left by the README's walkthrough)."""
    d = tmp_path_factory.mktemp("seed-claims")
    shutil.copyfile(ROOT / "claims" / "sources.yaml", d / "sources.yaml")
    return d


@pytest.fixture(scope="module")
def with_dates(seed_claims: Path) -> list[Finding]:
    return findings(seed_claims)


@pytest.fixture(scope="module")
def without_004(tmp_path_factory: pytest.TempPathFactory) -> list[Finding]:
    d = tmp_path_factory.mktemp("claims")
    text = (ROOT / "claims" / "sources.yaml").read_text(encoding="utf-8")
    (d / "sources.yaml").write_text(text[: text.index(f"{S4}:")], encoding="utf-8")
    return findings(d)


def test_no_conflict_with_the_publication_dates(with_dates: list[Finding]) -> None:
    assert [f.summary for f in with_dates if f.severity == "conflict"] == []


def test_expected_variants(with_dates: list[Finding]) -> None:
    dates = [f for f in with_dates if f.kind == "date" and f.severity == "variant"]
    windows = [f for f in dates if "2023-06-05/2023-12-31" in f.summary]
    assert len(windows) == 1 and "2023-08/2023-12-31" in windows[0].summary and "2023-12" in windows[0].summary
    assert any("2023-08-18" in f.summary and "2023-08," in f.summary + "," for f in dates)  # Camp David
    assert any("2022-11-13" in f.summary and "2022-11," in f.summary + "," for f in dates)  # Phnom Penh
    names = {f.subject for f in with_dates if f.kind == "name_variant"}
    assert {"person:shin-won-sik", "person:fumio-kishida", "person:joe-biden"} <= names


def test_no_finding_for_the_ministers_or_the_exercises(with_dates: list[Finding]) -> None:
    assert [f.summary for f in with_dates if f.kind in ("role_holder", "first", "ordinal", "place")] == []


def test_without_004s_date_two_conflicts_rest_on_it(without_004: list[Finding]) -> None:
    # seeds/expected.yaml: 004's page header moves two facts; claimcheck says these conflicts
    # depend on 004's inferred date (and how unsure that date is), so a person checks it first
    conflicts = [f for f in without_004 if f.severity == "conflict"]
    assert sorted(f.kind for f in conflicts) == ["date", "ordinal"]
    for f in conflicts:
        assert f.rests_on_inferred_date and f.inferred_sources == [S4]
        assert f"{S4} published 2025-01-22 (basis inferred" in f.explanation
        assert "Check that source's publication date first." in f.explanation
        assert f"The publication date of {S4} was inferred with low confidence" in f.explanation
    assert without_004[: len(conflicts)] == conflicts


def test_ids_survive_reruns_and_an_added_article(with_dates: list[Finding], seed_claims: Path, tmp_path: Path) -> None:
    assert [f.id for f in findings(seed_claims)] == [f.id for f in with_dates]
    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", corpus)
    (corpus / "zz_unrelated.txt").write_text(
        "The city council approved a new bridge on Tuesday. The bridge will open next spring.\n", encoding="utf-8"
    )
    again = pipeline.analyse(corpus, seed_claims).findings
    assert {f.id for f in with_dates} <= {f.id for f in again}
