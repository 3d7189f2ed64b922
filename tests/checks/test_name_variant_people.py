"""A person spelled two ways is a name_variant finding citing both spellings, also within
one article; a surname alone is a short reference, not a variant."""

from __future__ import annotations

from pathlib import Path

from claimcheck import pipeline


def _run(tmp_path: Path, **docs: str) -> pipeline.Analysis:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in docs.items():
        (corpus / f"{name}.txt").write_text(text, encoding="utf-8")
    claims = tmp_path / "claims"
    claims.mkdir()
    return pipeline.analyse(corpus, claims)


def _name_findings(a: pipeline.Analysis) -> list:
    return [f for f in a.findings if f.kind == "name_variant" and f.subject.startswith("person:")]


def test_a_slip_across_articles_cites_both_spellings(tmp_path: Path) -> None:
    a = _run(tmp_path,
             a="Storm hits coast\n\nMayor Ingrid Halvorsen ordered an evacuation on Sunday. Halvorsen said shelters were open.",
             b="Evacuation ordered\n\nMayor Ingrid Halvorssen ordered residents to leave on Sunday.")
    (f,) = _name_findings(a)
    quotes = {c.subject.text for c in a.claims if c.id in f.claims}
    assert {"Ingrid Halvorsen", "Ingrid Halvorssen"} <= quotes
    assert f.severity == "variant"


def test_a_slip_within_one_article_is_kept(tmp_path: Path) -> None:
    a = _run(tmp_path, a="Court rules\n\nJudge Ottilie Brandauer rejected the motion. Brandaeur said the law was clear.")
    (f,) = _name_findings(a)
    assert "Brandaeur" in f.summary


def test_a_surname_alone_is_no_variant(tmp_path: Path) -> None:
    a = _run(tmp_path,
             a="Cup final\n\nCoach Marisol Quintero praised the defence. Quintero said the team was tired.",
             b="Final report\n\nCoach Marisol Quintero named an unchanged side.")
    assert _name_findings(a) == []


def test_a_dropped_first_name_is_a_variant_but_a_descriptor_is_not(tmp_path: Path) -> None:
    a = _run(tmp_path,
             a="Summit opens\n\nPresident Adaeze Ngozi Okafor opened the summit on Monday.",
             b="Summit day two\n\nPresident Ngozi Okafor closed the summit on Tuesday.")
    (f,) = _name_findings(a)
    assert "Adaeze Ngozi Okafor" in f.summary and "Ngozi Okafor" in f.summary
