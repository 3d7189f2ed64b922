"""Sessions of a series read from an ordinal and a meeting noun (events/sessions.py), a thing's
start of service (service.py), the
dateline left out of what a story's first sentence reports, and a date before a past
"agreed to" read as the agreeing's date."""

from __future__ import annotations

import pytest

from builders import article
from claimcheck import timex
from claimcheck.events.documents import DocumentTable, documents_in
from claimcheck.events.sessions import SessionTable, find_sessions
from claimcheck.extract import extract
from claimcheck.resources import load_resource
from claimcheck.service import ServiceTable, service_starts
from claimcheck.words import scan

EXAMPLES = load_resource("events/sessions.yaml", SessionTable).examples


@pytest.mark.parametrize("ex", EXAMPLES, ids=lambda ex: ex.text[:40])
def test_table_examples(ex) -> None:
    words = scan(ex.text)
    found = [(s.series.split(":", 1)[1], s.ordinal) for s in find_sessions(ex.text, words, 0, len(words)) if s.series]
    assert found == ([(ex.series, ex.ordinal)] if ex.series else [])


def test_spans_index_the_text() -> None:
    text = "Delegates met at the 21st Harbour Cities Summit."
    s = find_sessions(text, scan(text), 0, len(scan(text)))[0]
    assert text[s.span[0]:s.span[1]] == "21st Harbour Cities Summit"
    assert text[s.ordinal_span[0]:s.ordinal_span[1]] == "21st"


def _occurrences(text: str, published: str) -> list[tuple[str, str | None, object]]:
    from claimcheck import entities

    src = article(text, published)
    tx = timex.tag(text, src.published.anchor(), src.sentences)
    claims = extract(src, tx, entities.find_mentions(src))
    return [(c.subject.id, c.when.value if c.when else None, c.value.value if c.value else None)
            for c in claims if c.facet == "occurrence"]


def test_session_and_its_bare_head_in_one_article() -> None:
    text = ("Forum backs rail link\n\nTransport ministers met on Monday at the ninth Nordic Rail Forum. "
            "The forum endorsed a new line. The next forum will be held in Turku in 2021.")
    got = _occurrences(text, "2020-03-03")
    assert ("series:nordic-rail-forum#9", "2020-03-02", 9) in got
    assert ("series:nordic-rail-forum#2021", "2021", None) in got


def test_the_dateline_is_not_the_date_of_the_first_sentence() -> None:
    text = "Forum opens\n\nOSLO, March 3 (Wire) - The ninth Nordic Rail Forum opened on Monday."
    assert _occurrences(text, "2020-03-03") == [("series:nordic-rail-forum#9", "2020-03-02", 9)]


def test_a_date_before_a_past_agreed_to_is_past() -> None:
    text = "Ministers meeting in Oslo on Friday agreed to build a bridge. They agreed to meet on Friday."
    tags = timex.tag(text, article(text, "2020-03-03").published.anchor())
    assert [t.value for t in tags] == ["2020-02-28", "2020-03-06"]


@pytest.mark.parametrize("ex", load_resource("claims/service.yaml", ServiceTable).examples, ids=lambda ex: ex.text)
def test_service_start_examples(ex) -> None:
    words = scan(ex.text)
    got = [st.thing for st in service_starts(ex.text, words, (0, len(ex.text)), [])]
    assert got == ([ex.thing] if ex.thing else [])


@pytest.mark.parametrize("ex", load_resource("events/documents.yaml", DocumentTable).examples, ids=lambda ex: ex.text)
def test_document_examples(ex) -> None:
    got = [d.type for d in documents_in(ex.text, (0, len(ex.text)))]
    assert got == ([ex.type] if ex.type else [])


def _places(text: str, published: str) -> dict[str, str | None]:
    from claimcheck import entities

    src = article(text, published)
    tx = timex.tag(text, src.published.anchor(), src.sentences)
    return {c.subject.id: c.where.entity if c.where else None
            for c in extract(src, tx, entities.find_mentions(src)) if c.facet == "occurrence"}


def test_a_place_before_the_session_it_leads_to() -> None:
    text = "Fish talks\n\nMinisters gathered in Oslo for the tenth Arctic Fish Forum on April 3, 2024."
    assert _places(text, "2024-04-04") == {"series:arctic-fish-forum#10": "place:oslo"}


def test_a_speaker_place_is_not_the_session_place() -> None:
    text = "Fish talks\n\nOfficials in Oslo said delegates for the ninth Arctic Fish Forum arrived on April 2, 2023."
    assert _places(text, "2023-04-03") == {"series:arctic-fish-forum#9": None}


def test_a_known_series_with_a_word_ordinal_keeps_its_id() -> None:
    text = "Alliance meets\n\nLeaders met at the thirtieth NATO summit in Oslo on July 11, 2030."
    assert _places(text, "2030-07-12") == {"series:nato-summit#30": "place:oslo"}


def _session_findings(tmp_path, second: str) -> list[tuple[str, str]]:
    from builders import run_dated

    report = run_dated(tmp_path, {
        "a": ("2021-03-04", "Fisheries deal\n\nBERGEN, March 4 - Officials met in Bergen on Wednesday for the "
                            "fifth Coastal Fisheries Dialogue and agreed new catch limits."),
        "b": ("2021-03-04", second),
    })
    return sorted((f.kind, f.severity) for f in report.findings if f.severity in ("conflict", "tension"))


def test_a_series_written_in_lower_case_joins_its_numbered_session(tmp_path) -> None:
    # the series' name in lower case before the noun, and "of their" before the name
    got = _session_findings(tmp_path, "Catch limits agreed\n\nThe two countries held a coastal fisheries dialogue "
                                      "in Oslo on Wednesday, the sixth round of their coastal fisheries dialogue.")
    assert ("place", "conflict") in got
    assert ("ordinal", "conflict") in got


def test_a_bare_noun_with_other_words_does_not_join(tmp_path) -> None:
    got = _session_findings(tmp_path, "Catch limits agreed\n\nThe two countries held a separate dialogue in Oslo "
                                      "on Wednesday about ferry routes.")
    assert got == []


def test_an_acronym_spelled_by_a_series_named_before_it_is_that_series() -> None:
    text = ("Fisheries review\n\nThe ninth Coastal Fisheries Dialogue met in Bergen on May 13. "
            "Oslo will host the tenth CFD in November.")
    got = _occurrences(text, "2025-06-02")
    assert ("series:coastal-fisheries-dialogue#9", "2025-05-13", 9) in got
    assert ("series:coastal-fisheries-dialogue#10", "2025-11", 10) in got


def test_an_acronym_two_earlier_names_spell_is_neither() -> None:
    from claimcheck import entities

    text = ("Two forums\n\nThe Coastal Fisheries Dialogue and the Central Finance Directorate met in May. "
            "The CFD said little.")
    mentions = entities.find_mentions(article(text, "2025-06-02"))
    assert not [m for m in mentions if m.text == "CFD" and m.entity]
