"""Acceptance on the five seed articles: every same_entity group of expected.yaml is one
entity, nothing else joins them, and the two defense ministers stay two people."""

from __future__ import annotations

from pathlib import Path

import pytest
from ruamel.yaml import YAML

from claimcheck.entities import find_mentions, load_aliases, resolve
from claimcheck.models import Mention, Source
from claimcheck.segment import segment

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
EXPECTED = ROOT.parent / "shared" / "seeds" / "expected.yaml"

pytestmark = pytest.mark.skipif(not EXPECTED.exists() or not SEEDS.exists(), reason="seed corpus not present")


@pytest.fixture(scope="module")
def seeds() -> tuple[dict[str, list[Mention]], object]:
    by_source: dict[str, list[Mention]] = {}
    for path in sorted(SEEDS.glob("*.txt")):
        s = Source(id=path.stem, path=str(path), text=path.read_text(encoding="utf-8"))
        segment(s)
        by_source[s.id] = find_mentions(s)
    return by_source, resolve(by_source, load_aliases(None))


def _ids(by_source: dict[str, list[Mention]], text: str) -> set[str]:
    ids = {m.entity for ms in by_source.values() for m in ms if m.text == text}
    if not ids and "(" in text:  # "Long Form (ABC)": the long form is the mention
        ids = {m.entity for ms in by_source.values() for m in ms if m.text == text.split(" (")[0]}
    if not ids:  # "21st Asia Security Summit": a session, the mention carries the ordinal
        ids = {m.entity for ms in by_source.values() for m in ms if text.endswith(m.text) or m.text.endswith(text)}
    return {i for i in ids if i}


def _groups() -> list[list[str]]:
    return YAML(typ="safe").load(EXPECTED.read_text(encoding="utf-8"))["same_entity"]


@pytest.mark.parametrize("group", _groups() if EXPECTED.exists() else [], ids=lambda g: g[0])
def test_same_entity_group_is_one_entity(seeds, group: list[str]) -> None:
    by_source, index = seeds
    ids = set()
    for text in group:
        found = _ids(by_source, text)
        assert found, f"{text!r} not found as a mention"
        ids |= found
    assert len(ids) == 1, f"{group} -> {ids}"
    # nothing that names another thing is merged in: every variant is one of the
    # group's own spellings, a shorter form of them, or an acronym/ordinal of them
    entity = index.entities[ids.pop()]
    for v in entity.variants:
        assert any(w in " ".join(group) for w in v.replace("’s", "").split()), (entity.id, v)


def test_two_defense_ministers_two_people_one_office(seeds) -> None:
    by_source, index = seeds
    lee = _ids(by_source, "Lee Jong-sup")
    shin = _ids(by_source, "Shin Won-sik") | _ids(by_source, "Shin Won Sik")
    assert len(lee) == 1 and len(shin) == 1 and lee != shin
    office = "office:south-korea-defense-minister"
    offices = {m.office for ms in by_source.values() for m in ms if m.entity in lee | shin and m.title}
    assert offices == {office}
    assert set(index.holders(office)) == lee | shin


def test_japanese_ministers_and_ministries_stay_apart(seeds) -> None:
    by_source, _ = seeds
    assert _ids(by_source, "Yasukazu Hamada") != _ids(by_source, "Minoru Kihara")
    assert _ids(by_source, "Japanese Ministry of Defense") != _ids(by_source, "Ministry of National Defense")
    assert _ids(by_source, "Kihara") == _ids(by_source, "Minoru Kihara")


def test_unqualified_titles_get_their_office(seeds) -> None:
    by_source, _ = seeds
    lee = [m for m in by_source["001_a55dc8124c92cfdc"] if m.text == "Lee Jong-sup"]
    assert lee and all(m.office == "office:south-korea-defense-minister" for m in lee)
    shin = [m for m in by_source["004_18a708085e7455ae"] if m.text == "Shin Won Sik"]
    assert shin[0].title == "Defense Minister" and shin[0].office == "office:south-korea-defense-minister"
    austin = [m for m in by_source["001_a55dc8124c92cfdc"] if m.text == "Lloyd J. Austin III"][0]
    assert (austin.title, austin.country) == ("Secretary of Defense", "united-states")


def test_session_ordinals_and_series(seeds) -> None:
    by_source, _ = seeds
    sessions = [(m.entity, m.ordinal) for ms in by_source.values() for m in ms if m.ordinal is not None]
    assert ("series:shangri-la-dialogue", 20) in sessions
    assert ("series:shangri-la-dialogue", 21) in sessions
    assert ("series:defense-trilateral-talks", 14) in sessions
    dtt = [m for m in by_source["000_cffbf3d668cb60fe"] if m.text == "14th DTT"][0]
    text = (SEEDS / "000_cffbf3d668cb60fe.txt").read_text(encoding="utf-8")
    assert text[dtt.ordinal_span[0] : dtt.ordinal_span[1]] == "14th" and dtt.kind == "series"


def test_spans_quote_the_text(seeds) -> None:
    by_source, _ = seeds
    for sid, ms in by_source.items():
        text = (SEEDS / f"{sid}.txt").read_text(encoding="utf-8")
        for m in ms:
            assert text[m.span[0] : m.span[1]] == m.text
            if m.title_span:
                assert text[m.title_span[0] : m.title_span[1]] == m.title


def test_offices_are_entities_with_labels(seeds) -> None:
    _, index = seeds
    office = index.entities["office:south-korea-defense-minister"]
    assert office.kind == "office" and office.label == "South Korea Defense Minister"
    assert "Defense Minister" in office.variants
    assert index.entities["office:united-states-defense-minister"].label == "United States Defense Minister"


def test_label_of_occurrences_and_offices(seeds) -> None:
    _, index = seeds
    assert index.label_of("series:shangri-la-dialogue#21") == "Shangri-La Dialogue #21"
    assert index.label_of("series:defense-trilateral-talks") == "Defense Trilateral Talks"
    assert index.label_of("office:japan-prime-minister") == "Japan Prime Minister"
    assert index.label_of("office:france-foreign-minister") == "France Foreign Minister"
