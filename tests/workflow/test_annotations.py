"""annotations.apply: manual claims enter like extracted ones; suppress and override."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from factory import fake_tag, sample_report, sources_by_id

from claimcheck import annotations, store
from claimcheck.errors import ClaimsValidationError, QuoteNotFound


def _ann(tmp: Path, text: str) -> store.Annotations:
    (tmp / "annotations.yaml").write_text(text)
    return store.read_annotations(tmp)


def test_manual_claim_is_located_resolved_and_stable(claims_dir: Path) -> None:
    ann = _ann(claims_dir, """\
claims:
  - source: beta
    quote: "The mechanism will be activated in December"
    predicate: launch
    subject: thing:warning-mechanism
    when: in December
    modality: planned
""")
    sources = sources_by_id()
    claims = annotations.apply(sample_report().claims, ann, sources, tag_time=fake_tag)
    manual = [c for c in claims if c.origin == "manual"]
    assert len(manual) == 1
    c = manual[0]
    text = sources["beta"].text
    assert text[c.span[0]:c.span[1]] == c.quote
    assert c.when is not None and c.when.value == "2023-12" and text[c.when.span[0]:c.when.span[1]] == "in December"
    assert c.subject.id == "thing:warning-mechanism" and c.subject.text == "mechanism"
    assert c.modality == "planned" and c.facet == "launch"
    # beta's date is inferred and "in December" was resolved against it
    assert c.rests_on_inferred_date is True
    again = annotations.apply([], ann, sources, tag_time=fake_tag)[0]
    assert again.id == c.id and c.id.startswith("m-")


def test_manual_claim_iso_when_value_and_names(claims_dir: Path) -> None:
    ann = _ann(claims_dir, """\
claims:
  - source: alpha
    quote: "The three defense ministers met in Seoul"
    predicate: meet
    subject: Trilateral meeting
    who: [defense ministers, person:lloyd-austin]
    where: Seoul
    when: 2023-11-12
    value: 13th
""")
    c = annotations.apply([], ann, sources_by_id())[0]  # no tagger: ISO values only
    assert c.when is not None and (c.when.start, c.when.end, c.when.granularity) == (date(2023, 11, 12),) * 2 + ("day",)
    assert c.when.text == c.quote  # no words state it in the quote: the quote is the evidence
    assert c.subject.id == "thing:trilateral-meeting" and c.subject.label == "Trilateral meeting"
    assert [a.entity for a in c.who] == ["person:defense-ministers", "person:lloyd-austin"]
    assert c.who[0].text == "defense ministers" and c.who[1].text == c.quote
    assert c.where is not None and c.where.entity == "place:seoul" and c.where.text == "Seoul"
    assert c.value is not None and (c.value.type, c.value.value) == ("ordinal", 13)
    assert c.rests_on_inferred_date is False


@pytest.mark.parametrize("body, error, message", [
    ("quote: \"met in Pyongyang\"\n    when: 2023-11-12", QuoteNotFound, r"annotations.yaml:3: 'quote': 'met in Pyongyang' does not occur in source 'alpha'"),
    ("quote: \"met in Seoul\"\n    when: next week", ClaimsValidationError, r"annotations.yaml:4: 'when': not a date or an interval"),
])
def test_manual_claim_errors(claims_dir: Path, body: str, error: type[Exception], message: str) -> None:
    ann = _ann(claims_dir, f"claims:\n  - source: alpha\n    {body}\n    predicate: meet\n    subject: event:x\n")
    with pytest.raises(error, match=message):
        annotations.apply([], ann, sources_by_id(), tag_time=fake_tag)


def test_manual_claim_on_a_source_outside_this_corpus_waits(claims_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A run on part of the corpus must not fail on claims about the other part."""
    ann = _ann(claims_dir, "claims:\n  - source: gamma\n    quote: x\n    predicate: p\n    subject: s\n")
    assert annotations.apply([], ann, sources_by_id()) == []
    assert "manual claim on source gamma, which is not in this corpus" in caplog.text


def test_words_the_tagger_cannot_read_are_an_error(claims_dir: Path) -> None:
    ann = _ann(claims_dir, "claims:\n  - source: beta\n    quote: The mechanism will be activated\n"
                           "    predicate: launch\n    subject: thing:m\n    when: activated\n")
    with pytest.raises(ClaimsValidationError, match=r":6: 'when': 'activated' is not a time expression"):
        annotations.apply([], ann, sources_by_id(), tag_time=fake_tag)


def test_suppress_and_override(claims_dir: Path) -> None:
    ann = _ann(claims_dir, """\
suppress:
  c-b1: misread headline
override:
  c-a1:
    where: place:busan
    when: 2023-11-13
  c-a2:
    modality: planned
    when: within this year
  c-gone:
    when: 2023-01-01
""")
    claims = annotations.apply(sample_report().claims, ann, sources_by_id(), tag_time=fake_tag)
    by_id = {c.id: c for c in claims}
    assert "c-b1" not in by_id and len(claims) == 3
    a1 = by_id["c-a1"]
    assert a1.where is not None and a1.where.entity == "place:busan" and a1.where.text == a1.quote
    assert a1.when is not None and a1.when.value == "2023-11-13"
    assert by_id["c-a2"].modality == "planned" and by_id["c-a2"].when.value == "2023-11-13/2023-12-31"
    # untouched fields survive an override
    assert a1.subject == sample_report().claims[0].subject and a1.span == sample_report().claims[0].span
    assert annotations.unused_ids(sample_report().claims, ann) == ["c-gone"]


def test_override_error_names_the_line(claims_dir: Path) -> None:
    ann = _ann(claims_dir, "override:\n  c-a1:\n    where: place:x\n    when: sometime soon\n")
    with pytest.raises(ClaimsValidationError, match=r"annotations.yaml:4: 'when'"):
        annotations.apply(sample_report().claims, ann, sources_by_id(), tag_time=fake_tag)


def test_manual_claim_can_be_suppressed_and_duplicates_count_once(claims_dir: Path) -> None:
    entry = "  - source: alpha\n    quote: met in Seoul\n    predicate: meet\n    subject: event:x\n"
    ann = _ann(claims_dir, "claims:\n" + entry + entry)
    claims = annotations.apply([], ann, sources_by_id())
    assert len(claims) == 1
    ann = _ann(claims_dir, "claims:\n" + entry + f"suppress:\n  {claims[0].id}: wrong\n")
    assert annotations.apply([], ann, sources_by_id()) == []


def test_names_are_found_as_whole_words(claims_dir: Path) -> None:
    ann = _ann(claims_dir, "claims:\n  - source: alpha\n    quote: The three defense ministers met in Seoul\n"
                           "    predicate: meet\n    subject: event:x\n    who: [minister, Defense Ministers]\n")
    c = annotations.apply([], ann, sources_by_id())[0]
    assert c.who[0].text == c.quote  # "minister" is not a word of "ministers"
    assert c.who[1].text == "defense ministers"  # found ignoring case
