"""Every example in the claim resources runs as a test; plus modality and attribution forms."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import extract
from claimcheck.events import nouns, phrases, series_statements
from claimcheck.frames import Sentence
from claimcheck.predicates import lexicon, modality_examples, triggers
from claimcheck.resources import load_resource
from claimcheck.things import ThingsResource, topic_of

from builders import run_articles


@pytest.mark.parametrize("example", lexicon().examples, ids=lambda e: e.text)
def test_predicate_examples(example) -> None:
    assert example.predicate in {t.predicate for t in triggers(example.text, 0, len(example.text))}


@pytest.mark.parametrize("example", load_resource("claims/things.yaml", ThingsResource).examples,
                         ids=lambda e: str(e["text"]))
def test_thing_topic_examples(example) -> None:
    assert sorted(topic_of(str(example["text"]))) == example["topic"]


@pytest.mark.parametrize("example", load_resource("claims/attribution.yaml", extract.AttributionPatterns).examples,
                         ids=lambda e: e["text"])
def test_attribution_examples(example) -> None:
    text = example["text"]
    words = {w.lower().strip(",.“”\"") for w in text.split()}
    found = extract._attribution(text, (0, len(text)), [], words)
    assert found is not None and found.text == example["who"]
    assert text[found.span[0]:found.span[1]] == found.text


# sentences (invented, several domains) on which each attribution pattern's ``needs`` gate is
# checked: a pattern never matches a sentence that holds none of its needed strings
_GATE_SENTENCES = [
    "“We will appeal,” the club’s lawyer said on Monday.",
    '"The vote was fair," said Mayor Lund, adding that turnout rose.',
    "According to the Fire Service, the blaze started in a kitchen.",
    "The fund lost 4% in March, as reported by the Harbour Ledger.",
    "The court, as cited by local media, set bail at $10,000.",
    "Officials said the bridge would reopen in June.",
    "The coach said his side had played well, he added.",
    "The minister told reporters the talks had stalled.",
]


def test_attribution_gates_are_exact() -> None:
    """A pattern with ``needs`` finds nothing in a sentence lacking every needed string: the
    gate in ``extract._attribution`` only skips searches that would fail."""
    for pattern, needs in extract.grammar().attribution:
        if not needs:
            continue
        for sentence in _GATE_SENTENCES:
            variants = [sentence]
            stripped = sentence
            for n in needs:
                stripped = stripped.replace(n, " ")
            variants.append(stripped)
            for v in variants:
                if not any(n in v for n in needs):
                    assert pattern.search(v) is None, (pattern.pattern, v)
        assert any(pattern.search(s) for s in _GATE_SENTENCES), pattern.pattern  # it fires on one


@pytest.mark.parametrize("example", load_resource("claims/events.yaml", nouns.EventWords).examples,
                         ids=lambda e: e["text"])
def test_event_type_examples(example) -> None:
    from claimcheck.models import Source
    from claimcheck.segment import segment

    s = Source(id="x", path="x", text=example["text"] + ".")
    segment(s)
    sentence = Sentence(index=0, span=s.sentences[0], timexes=[], mentions=[], things=[], triggers=[])
    found = phrases.event_phrases(s.text, sentence)
    assert [p.type for p in found] == ([example["type"]] if example["type"] else [])


@pytest.mark.parametrize("example", load_resource("claims/attributes.yaml", series_statements.AttributePatterns).examples,
                         ids=lambda e: str(e["text"]))
def test_attribute_examples(example) -> None:
    g = series_statements.series_grammar()
    text = str(example["text"])
    if example["kind"] == "cadence":
        m = next((hit for p in g.cadence if (hit := p.search(text))), None)
        assert m is not None and g.cadence_values[m.group("cadence").lower()] == example["value"]
    elif example["kind"] == "first":
        assert g.first.search(text)
    elif example["kind"] == "not_first":
        assert not g.first.search(text)
    else:
        assert g.last_held.search(text)


def test_modality_examples_are_read_as_stated() -> None:
    from claimcheck.predicates import cues_in

    kinds = {"planned": "future", "agreed": "agreed", "expected": "expected"}
    for example in modality_examples():
        assert kinds[example.modality] in cues_in(example.text)


@pytest.mark.parametrize(("sentence", "modality"), [
    ("The allies will activate the missile warning data-sharing mechanism in December.", "planned"),
    ("The allies are scheduled to launch the missile warning data-sharing mechanism in January.", "planned"),
    ("The allies activated the missile warning data-sharing mechanism in October.", "reported"),
    ("The missile warning data-sharing mechanism is expected to launch within this year.", "planned"),
])
def test_modality_of_a_launch(tmp_path: Path, sentence: str, modality: str) -> None:
    report = run_articles(tmp_path, {"a": sentence + "\n"}, {"a": "2023-11-13"})
    launch = [c for c in report.claims if c.facet == "launch"]
    assert [c.modality for c in launch] == [modality]


@pytest.mark.parametrize(("sentence", "who"), [
    ("According to the Transport Ministry, the mayors met at the Harbour Forum on June 3.", "the Transport Ministry"),
    ("The mayors met at the Harbour Forum on June 3, the Transport Ministry said.", "the Transport Ministry"),
    ("The mayors met at the Harbour Forum on June 3, as cited by Harbour Times.", "Harbour Times"),
    ("“The mayors met at the Harbour Forum on June 3,” Moreau added.", "Moreau"),
])
def test_attribution_forms(tmp_path: Path, sentence: str, who: str) -> None:
    report = run_articles(tmp_path, {"a": sentence + "\n"}, {"a": "2023-06-05"})
    occurrence = [c for c in report.claims if c.facet == "occurrence"]
    assert occurrence and all(c.attribution is not None and c.attribution.text == who for c in occurrence)


@pytest.mark.parametrize("example", load_resource("claims/events.yaml", nouns.EventWords).own_clause_examples,
                         ids=lambda e: str(e["text"]))
def test_own_clause_examples(example) -> None:
    text = str(example["text"])
    noun_end = text.index(",")
    assert (nouns.own_clause(text, noun_end, len(text)) is not None) == example["own"]
