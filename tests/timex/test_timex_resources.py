"""Every resource file's ``examples:`` run through the tagger; the files validate."""

from __future__ import annotations

import pytest

from claimcheck.errors import ResourceError
from claimcheck.timex import lexicon as lx
from claimcheck.timex.tense import TenseIndex, split_sentences
from timex_helpers import tags

lexicon = lx.lexicon()
EXAMPLES = [
    (name, ex)
    for name, res in [("calendar", lexicon.calendar), ("numbers", lexicon.numbers), ("units", lexicon.units),
                      ("modifiers", lexicon.modifiers), ("relative", lexicon.relative)]
    for ex in res.examples
]


@pytest.mark.parametrize(("name", "ex"), EXAMPLES, ids=[f"{n}:{e.text[:40]}" for n, e in EXAMPLES])
def test_resource_example(name: str, ex: lx.Example) -> None:
    found = tags(ex.text, ex.anchor)
    if ex.expect is None:
        assert found == [], f"{name}: nothing should be tagged in {ex.text!r}, got {[t.text for t in found]}"
        return
    hit = [t for t in found if t.text == ex.expect]
    assert hit, f"{name}: {ex.expect!r} not found in {ex.text!r}: {[(t.text, t.value) for t in found]}"
    assert hit[0].value == ex.value


@pytest.mark.parametrize("ex", lexicon.tense.examples, ids=[e.sentence[:40] for e in lexicon.tense.examples])
def test_tense_example(ex: lx.TenseExample) -> None:
    start = ex.sentence.index(ex.expect)
    index = TenseIndex(ex.sentence, split_sentences(ex.sentence))
    assert index.tense_at(start, start + len(ex.expect)) == ex.tense


def test_each_resource_has_examples() -> None:
    for res in (lexicon.calendar, lexicon.numbers, lexicon.units, lexicon.modifiers, lexicon.relative):
        assert len(res.examples) >= 3
    assert len(lexicon.tense.examples) >= 3


def test_invalid_resource_is_reported_with_its_file(tmp_path, monkeypatch) -> None:
    (tmp_path / "units.yaml").write_text("units: [{names: [day]}]\nsets: {}\nexamples: []\n", encoding="utf-8")
    monkeypatch.setattr(lx, "RESOURCE_DIR", tmp_path)
    with pytest.raises(ResourceError) as err:
        lx._load("units", lx.Units)
    assert "units.yaml" in str(err.value) and err.value.code == "E400"
