"""Builders shared by every test folder: a source made ready for the per-source stages, and a
whole pipeline run over small articles written for the tests (on the path through
`pythonpath = ["tests"]` in pyproject.toml)."""

from __future__ import annotations

from pathlib import Path

from claimcheck import clean, pipeline, segment
from claimcheck.dating import published_from_value
from claimcheck.models import Report, Source


def article(text: str, published: str | None = None, sid: str = "a") -> Source:
    """A cleaned, segmented source; ``published`` an ISO day or month given as metadata."""
    s = Source(id=sid, path=f"{sid}.txt", text=text)
    clean.mark_boilerplate(s)
    segment.segment(s)
    if published:
        s.published = published_from_value(published, "metadata")
    return s


def run_articles(tmp_path: Path, articles: dict[str, str], published: dict[str, str]) -> Report:
    """The whole pipeline over ``articles`` (name -> text) written as a corpus folder, with
    their publication dates in ``claims/sources.yaml``."""
    corpus = tmp_path / "corpus"
    corpus.mkdir(parents=True)
    for name, text in articles.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    claims = tmp_path / "claims"
    claims.mkdir()
    (claims / "sources.yaml").write_text(
        "".join(f"{k}:\n  published: '{v}'\n" for k, v in published.items()), encoding="utf-8")
    return pipeline.run(corpus, claims)


def ages(report: Report) -> dict[str, list[float]]:
    """The age claims of a run: whose age (the subject after ``quantity:age|``) -> the ages read."""
    out: dict[str, list[float]] = {}
    for c in report.claims:
        if c.subject.id.startswith("quantity:age|") and c.value is not None:
            out.setdefault(c.subject.id.removeprefix("quantity:age|"), []).append(float(c.value.value))
    return out


def run_dated(tmp_path: Path, docs: dict[str, tuple[str, str]]) -> Report:
    """``run_articles`` over ``docs`` given as name -> (publication date, text)."""
    return run_articles(tmp_path, {name: text for name, (_, text) in docs.items()},
                        {name: day for name, (day, _) in docs.items()})
