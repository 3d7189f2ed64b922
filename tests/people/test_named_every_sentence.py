"""A name written several ways is claimed in every sentence that writes it, not only in the
first: the sentence a reader quotes may be a later one. Articles invented for the test (a
bakery chain), in another domain than the stories that showed the misses."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated


def test_each_sentence_writing_the_form_has_its_named_claim(tmp_path: Path) -> None:
    report = run_dated(tmp_path, {
        "a": ("2026-03-02", "Bread prices rose this winter. Shares of Ovenfield Logistics Inc. fell 4% on Monday. "
                            "Ovenfield Logistics Inc. did not answer questions about the recall.\n"),
        "b": ("2026-03-03", "The recall covered 40,000 loaves, a spokesman for Ovenfield Logistics said.\n"),
    })
    named = [c for c in report.claims if c.predicate == "named" and c.source.startswith("a")]
    assert named, [(c.predicate, c.source, c.subject.id) for c in report.claims]
    assert len({c.span for c in named}) == 2, [(c.value.text, c.span) for c in named]
