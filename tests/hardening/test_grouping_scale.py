"""Grouping stays near-linear when one statement is made in thousands of articles (a block
of the event grouping used to compare all its pairs)."""

from __future__ import annotations

import time
from pathlib import Path

from claimcheck import group, pipeline

ARTICLE = "Leaders met at the summit in Lisbon on July {day}, 2023, officials said.\n"


def test_one_statement_in_thousands_of_articles_is_grouped_quickly(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, day in (("a", 11), ("b", 12)):
        (corpus / f"{name}.txt").write_text(ARTICLE.format(day=day), encoding="utf-8")
    claims_dir = tmp_path / "claims"
    claims_dir.mkdir()
    (claims_dir / "sources.yaml").write_text("a:\n  published: 2023-07-20\nb:\n  published: 2023-07-20\n",
                                             encoding="utf-8")
    seed = [c for c in pipeline.analyse(corpus, claims_dir).claims if c.facet == "occurrence"]
    assert seed
    copies = []
    for n in range(3000):
        for c in seed:
            copy = c.model_copy(deep=True)
            copy.id, copy.source = f"{c.id}-{n}", f"{c.source}{n}"
            copy.subject.id = c.subject.id.split("#")[0] if c.subject.id.startswith("event:") else c.subject.id
            copies.append(copy)
    start = time.perf_counter()
    subjects = group.group(copies)
    seconds = time.perf_counter() - start
    assert seconds < 10, seconds  # all pairs of 6,000 claims took minutes
    # the copies of one statement are one subject, and the two days (a day apart, one place) too
    assert len({c.subject.id for c in copies}) == 1 and len(subjects) == 1
    assert len(subjects[0].sources) == 6000
