"""Grouping stays near-linear when one statement is made in thousands of articles (a block
of the event grouping used to compare all its pairs). Counted, not timed: the pair tests
run are counted, at two corpus sizes (speed figures live in benchmarks/)."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import group, pipeline
from claimcheck.events import occurrence_groups
from claimcheck.models import Claim

ARTICLE = "Leaders met at the summit in Lisbon on July {day}, 2023, officials said.\n"


def _seed(tmp_path: Path) -> list[Claim]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, day in (("a", 11), ("b", 12)):
        (corpus / f"{name}.txt").write_text(ARTICLE.format(day=day), encoding="utf-8")
    claims_dir = tmp_path / "claims"
    claims_dir.mkdir()
    (claims_dir / "sources.yaml").write_text("a:\n  published: 2023-07-20\nb:\n  published: 2023-07-20\n",
                                             encoding="utf-8")
    return [c for c in pipeline.analyse(corpus, claims_dir).claims if c.facet == "occurrence"]


def _copies(seed: list[Claim], n: int) -> list[Claim]:
    copies = []
    for k in range(n):
        for c in seed:
            copy = c.model_copy(deep=True)
            copy.id, copy.source = f"{c.id}-{k}", f"{c.source}{k}"
            copy.subject.id = c.subject.id.split("#")[0] if c.subject.id.startswith("event:") else c.subject.id
            copies.append(copy)
    return copies


def test_one_statement_in_thousands_of_articles_is_grouped_linearly(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    seed = _seed(tmp_path)
    assert seed
    tests: list[int] = []
    real = occurrence_groups._joinable

    def counting(a: Claim, b: Claim) -> bool:
        tests[-1] += 1
        return real(a, b)

    monkeypatch.setattr(occurrence_groups, "_joinable", counting)
    for n in (300, 3000):
        copies = _copies(seed, n)
        tests.append(0)
        subjects = group.group(copies)
        # the copies of one statement are one subject, and the two days (a day apart, one place) too
        assert len({c.subject.id for c in copies}) == 1 and len(subjects) == 1
        assert len(subjects[0].sources) == 2 * n
    small, large = tests
    # ten times the claims: at most ten times the pair tests (all pairs would be a hundred
    # times, 18 million for the 6,000 claims)
    assert large <= 10 * small + 10, tests
    assert large <= 2 * 2 * 3000, tests
