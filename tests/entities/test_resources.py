"""Every shipped entity resource loads, validates, and its examples hold."""

from __future__ import annotations

import pytest

from claimcheck.entities import schemas
from claimcheck.entities.chunks import _head_kind
from claimcheck.entities.lexicon import lexicon
from claimcheck.entities.names import parse_name, same_person
from claimcheck.entities.text import fold_token, tokens

COUNTRIES, TITLES, SERIES, NAMED, NAMES, WORDS = schemas.load_all()


@pytest.mark.parametrize("ex", COUNTRIES.examples, ids=lambda e: e.text)
def test_country_examples(ex: schemas.LookupExample) -> None:
    e = lexicon().lookup(ex.text)
    assert e is not None and e.id.split(":", 1)[1] == ex.id


@pytest.mark.parametrize("ex", TITLES.examples, ids=lambda e: e.text)
def test_title_examples(ex: schemas.TitleExample) -> None:
    t = lexicon().describe_title(ex.text)
    assert t is not None
    assert (t.office, t.title, t.country) == (ex.office, ex.title, ex.country)


@pytest.mark.parametrize("ex", SERIES.examples, ids=lambda e: e.text)
def test_series_examples(ex: schemas.LookupExample) -> None:
    lex = lexicon()
    hit = lex.lookup(ex.text)
    sid = hit.id if hit is not None else lex.series_by_key[lex.series_key(ex.text)].id
    assert sid == f"series:{ex.id}"


@pytest.mark.parametrize("ex", NAMED.examples, ids=lambda e: e.text)
def test_named_examples(ex: schemas.LookupExample) -> None:
    e = lexicon().lookup(ex.text)
    assert e is not None and e.id.split(":", 1)[1] == ex.id


@pytest.mark.parametrize("ex", NAMES.examples, ids=lambda e: f"{e.a}|{e.b}")
def test_name_examples(ex: schemas.NameExample) -> None:
    assert same_person(parse_name(ex.a), parse_name(ex.b))[0] is ex.same
    assert same_person(parse_name(ex.b), parse_name(ex.a))[0] is ex.same


@pytest.mark.parametrize("ex", WORDS.examples, ids=lambda e: e.text)
def test_head_word_examples(ex: schemas.KindExample) -> None:
    assert _head_kind(lexicon(), [fold_token(t) for t in tokens(ex.text)]) == ex.kind


def test_ids_are_unique_within_each_file() -> None:
    for ids in ([c.id for c in COUNTRIES.countries], [s.id for s in SERIES.series], [e.id for e in NAMED.entries]):
        assert len(ids) == len(set(ids))


def test_series_table_is_broad() -> None:
    assert len(SERIES.series) >= 40
    assert {"shangri-la-dialogue", "g7-summit", "g20-summit", "nato-summit", "munich-security-conference",
            "asean-regional-forum", "un-general-assembly", "raisina-dialogue"} <= {s.id for s in SERIES.series}


def test_invalid_resource_names_file_and_line(tmp_path, monkeypatch) -> None:
    from claimcheck import resources
    from claimcheck.errors import ResourceError

    bad = tmp_path / "entities"
    bad.mkdir()
    (bad / "countries.yaml").write_text("countries:\n  - {id: x, name: X}\n  - {id: y}\nregions: []\nexamples: []\n")
    monkeypatch.setattr(resources, "resource_path", lambda name: tmp_path / name)
    resources._raw.cache_clear()
    try:
        with pytest.raises(ResourceError, match=r"countries.yaml:3: countries.1.name"):
            resources.load_resource("entities/countries.yaml", schemas.Countries)
    finally:
        resources._raw.cache_clear()


@pytest.mark.parametrize("ex", schemas.load_bodies().examples, ids=lambda e: e.text)
def test_body_head_examples(ex: schemas.KindExample) -> None:
    assert _head_kind(lexicon(), [fold_token(t) for t in tokens(ex.text)]) == ex.kind
