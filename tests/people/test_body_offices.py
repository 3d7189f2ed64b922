"""An international body's title is no national office: the jurisdiction comes from the
text (the body written with the title), never from a dateline's or a name's country."""

from __future__ import annotations

from pathlib import Path

from builders import run_articles


def test_an_alliance_secretary_general_gets_no_national_office(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Talks resume\n\nWASHINGTON (Reuters) - Secretary General Ana Lindqvist said on Monday the talks "
             "would resume in June.\n",
        "b": "Pact meets\n\nPact Secretary General Ana Lindqvist opened the meeting in Oslo on Tuesday.\n",
    }, {"a": "2025-02-03", "b": "2025-02-04"})
    offices = {c.subject.id for c in report.claims if c.subject.id.startswith("office:")}
    assert not [o for o in offices if "secretary-general" in o]
    titles = {c.value.value for c in report.claims if c.predicate == "title" and c.value}
    assert not [t for t in titles if str(t).startswith("office:")]


def test_a_national_title_keeps_its_office(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Visit\n\nUS President Tom Garvey met the alliance's leaders on Monday.\n",
    }, {"a": "2025-02-03"})
    assert "office:united-states-president" in {c.subject.id for c in report.claims}
