"""resolve across documents: alias tables, acronyms, name variants, look-alikes,
countries and offices, order independence."""

from __future__ import annotations

from datetime import date

import pytest

from claimcheck.entities import find_mentions, load_aliases, resolve
from claimcheck.errors import ClaimsFileError, ClaimsValidationError, YamlSyntaxError

from .helpers import all_of, corpus, source


def _one(by_source, *texts: str) -> set[str]:
    return {m.entity for t in texts for m in all_of(by_source, t)}


def test_acronym_binds_loose_paraphrases_across_documents() -> None:
    by_source, index = corpus(
        "Officials held the Coastal Security Meeting (CSM) in Manila.",
        "The Maritime Safety Talks (CSM) resumed on Friday. The CSM will meet again.",
    )
    ids = _one(by_source, "Coastal Security Meeting", "Maritime Safety Talks", "CSM")
    assert len(ids) == 1
    merges = {(m.variant, m.how) for m in index.entities[ids.pop()].merges}
    assert ("CSM", "acronym") in merges


def test_acronyms_of_different_kinds_stay_apart() -> None:
    by_source, _ = corpus(
        "The Pacific Data Agreement (PDA) was signed.",
        "The Pacific Defense Agency (PDA) objected.",
    )
    assert len(_one(by_source, "Pacific Data Agreement", "Pacific Defense Agency")) == 2


@pytest.mark.parametrize(
    "a, b",
    [
        ("Korean Foreign Minister Park Ji-hoon", "Foreign Minister Park Jihoon"),
        ("Korean Foreign Minister Park Ji-hoon", "Foreign Minister Park Ji Hoon"),
        ("Japanese Prime Minister Hiroshi Sato", "Prime Minister Sato Hiroshi"),
        ("Senator Bill Hartley", "Senator William Hartley"),
        ("Governor Robert K. Lane Jr.", "Governor Robert Lane"),
    ],
)
def test_name_variants_merge(a: str, b: str) -> None:
    by_source, index = corpus(f"{a} spoke on Monday.", f"{b} spoke on Tuesday.")
    people = [m for ms in by_source.values() for m in ms if m.kind == "person"]
    assert len({m.entity for m in people}) == 1, [(m.text, m.entity) for m in people]
    entity = index.entities[people[0].entity]
    assert entity.merges and entity.merges[0].how in ("fuzzy", "name-order", "alias-table")


@pytest.mark.parametrize(
    "a, b",
    [
        ("Leader Kim Jong-un", "Leader Kim Jong-il"),
        ("Senator John Smith", "Senator Jon Smith"),
        ("Governor Robert K. Lane", "Governor Robert T. Lane"),
        ("German Defence Minister Anna Keller", "German Defence Minister Hans Keller"),
        ("Minister Lee Jong-sup", "Minister Lee Jong-seok"),
    ],
)
def test_look_alikes_stay_apart(a: str, b: str) -> None:
    by_source, _ = corpus(f"{a} spoke.", f"{b} spoke.")
    people = {m.entity for ms in by_source.values() for m in ms if m.kind == "person"}
    assert len(people) == 2


def test_romanization_variant_merges() -> None:
    by_source, _ = corpus("Defense Minister Lee Jong-seop spoke.", "Defense Minister Lee Jong-sup spoke.")
    assert len({m.entity for ms in by_source.values() for m in ms if m.kind == "person"}) == 1


def test_series_names_fold_region_adjectives_and_event_nouns() -> None:
    by_source, index = corpus(
        "Delegates gathered for the 5th European Energy Conference in Oslo.",
        "The 6th Europe Energy Summit opened in Vienna.",
    )
    sessions = [m for ms in by_source.values() for m in ms if m.ordinal]
    assert {m.ordinal for m in sessions} == {5, 6}
    assert len({m.entity for m in sessions}) == 1 and sessions[0].kind == "series"


def test_country_of_unqualified_title_from_the_same_person_elsewhere() -> None:
    by_source, _ = corpus(
        "Canadian Defence Minister Marie Tremblay visited Ottawa.",
        "Defence Minister Marie Tremblay said the plan would work.",
    )
    offices = {m.office for m in all_of(by_source, "Marie Tremblay")}
    assert offices == {"office:canada-defense-minister"}


def test_name_origin_is_weak_evidence_for_a_country() -> None:
    by_source, _ = corpus("Defense Minister Choi Min-seok met reporters.")
    (m,) = all_of(by_source, "Choi Min-seok")
    assert m.country == "south-korea" and m.office == "office:south-korea-defense-minister"


def test_two_holders_of_one_office_are_two_people() -> None:
    by_source, index = corpus(
        "South Korean Defense Minister Choi Min-seok met his counterparts in June.",
        "South Korean Defense Minister Park Ji-hoon took office in October.",
    )
    choi, park = _one(by_source, "Choi Min-seok"), _one(by_source, "Park Ji-hoon")
    assert choi != park
    assert set(index.holders("office:south-korea-defense-minister")) == choi | park


def test_unqualified_ministry_takes_the_home_country() -> None:
    by_source, _ = corpus("Defense Minister Choi Min-seok spoke, the Defense Ministry said.")
    (m,) = all_of(by_source, "Defense Ministry")
    assert m.entity == "org:south-korea-defense-ministry" and m.label == "Ministry of National Defense (South Korea)"


def test_unqualified_ministry_without_a_home_country_stays_in_its_document() -> None:
    by_source, _ = corpus("The Defense Ministry said so.", "The Defense Ministry denied it.")
    assert len(_one(by_source, "Defense Ministry")) == 2


def test_resolve_is_independent_of_source_order() -> None:
    texts = [
        "Japanese Prime Minister Hiroshi Sato met Senator Bill Hartley at the 5th European Energy Conference (EEC).",
        "Prime Minister Sato Hiroshi and Senator William Hartley attended the 6th Europe Energy Summit.",
        "The EEC ended. Hartley said it went well.",
    ]
    first = {f"d{i}": find_mentions(source(t, f"d{i}")) for i, t in enumerate(texts)}
    second = {f"d{i}": find_mentions(source(t, f"d{i}")) for i, t in reversed(list(enumerate(texts)))}
    ia, ib = resolve(first, load_aliases(None)), resolve(second, load_aliases(None))
    assert sorted(ia.entities) == sorted(ib.entities)
    assert {k: v.model_dump() for k, v in ia.entities.items()} == {k: v.model_dump() for k, v in ib.entities.items()}
    assert [[m.entity for m in first[k]] for k in sorted(first)] == [[m.entity for m in second[k]] for k in sorted(second)]


def test_labels_and_entity_for() -> None:
    by_source, index = corpus("Senator Bill Hartley met Senator William Hartley's aides. Bill Hartley spoke.")
    pid = _one(by_source, "Bill Hartley").pop()
    assert index.entities[pid].label == "Bill Hartley"
    assert index.entity_for("William Hartley") == pid
    assert index.entity_for("Republic of Korea") is None  # not mentioned in this corpus


# -- claims/aliases.yaml -----------------------------------------------------------------


def test_aliases_yaml_joins_variants_and_gives_terms(tmp_path) -> None:
    (tmp_path / "aliases.yaml").write_text(
        "# people and things\n"
        "Rex Tiller:\n"
        "  kind: person\n"
        "  variants: [R. Tiller, Tiller Rex]\n"
        "  office: office:canada-defense-minister\n"
        "  from: 2021-01-01\n"
        "  to: 2023-06-30\n"
        "Northern Shield Talks: [NST, North Shield Dialogue Series]\n",
        encoding="utf-8",
    )
    by_source, index = corpus(
        "Canadian Defence Minister Rex Tiller spoke.",
        "The North Shield Dialogue Series met. Defence Minister Tiller Rex attended the NST.",
        aliases_dir=tmp_path,
    )
    rex = _one(by_source, "Rex Tiller", "Tiller Rex")
    assert rex == {"person:rex-tiller"}
    assert index.office_of("person:rex-tiller", date(2022, 5, 1)) == "office:canada-defense-minister"
    assert index.office_of("person:rex-tiller", date(2024, 1, 1)) is None
    assert index.holders("office:canada-defense-minister", date(2022, 5, 1)) == ["person:rex-tiller"]
    assert index.terms("person:rex-tiller")[0].origin == "aliases.yaml:2"
    assert len(_one(by_source, "North Shield Dialogue Series")) == 1
    assert _one(by_source, "NST") == _one(by_source, "North Shield Dialogue Series") == {"event:northern-shield-talks"}  # no kind given: the text's
    merges = index.entities[rex.pop()].merges
    assert any(m.how == "alias-table" for m in merges)


@pytest.mark.parametrize(
    "body, line, what",
    [
        ("A:\n  kind: planet\n  variants: [B]\n", 2, "kind"),
        ("A:\n  variants: [B]\n  from: 2020-01-01\n", 1, "from/to need an office"),
        ("A:\n  office: defense-minister\n", 1, "office must be an id"),
        ("A:\n  office: office:x\n  from: 2022-01-01\n  to: 2021-01-01\n", 1, "before"),
        ("A:\n  variants: [B]\n  colour: red\n", 3, "unknown field 'colour'"),
        ("- just a list\n", 1, "expected a mapping"),
        ("A:\n  office: office:x-y\n  from: 2021-13-01\n", 3, "is not a date"),
        ("A: [B\n", 1, "flow sequence opened here is not closed"),  # where it opened (the parser notices at line 2)
    ],
)
def test_invalid_aliases_name_file_and_line(tmp_path, body: str, line: int, what: str) -> None:
    (tmp_path / "aliases.yaml").write_text(body, encoding="utf-8")
    with pytest.raises(ClaimsFileError) as exc:  # E202 for content, E201 for YAML syntax
        load_aliases(tmp_path)
    assert f"aliases.yaml:{line}:" in str(exc.value) and what in str(exc.value)
    assert isinstance(exc.value, YamlSyntaxError if body.startswith("A: [") else ClaimsValidationError)


def test_missing_aliases_file_is_an_empty_table(tmp_path) -> None:
    assert load_aliases(tmp_path).entries == [] and load_aliases(None).entries == []


def test_aliases_terms_list_gives_two_holders_over_time(tmp_path) -> None:
    (tmp_path / "aliases.yaml").write_text(
        "Choi Min-seok:\n"
        "  terms:\n"
        "    - {office: office:south-korea-defense-minister, from: 2022-05-10, to: 2023-10-06}\n"
        "Park Ji-hoon:\n"
        "  office: office:south-korea-defense-minister\n"
        "  from: 2023-10-07\n",
        encoding="utf-8",
    )
    by_source, index = corpus("Defense Minister Choi Min-seok met Defense Minister Park Ji-hoon.", aliases_dir=tmp_path)
    office = "office:south-korea-defense-minister"
    assert index.holders(office, date(2023, 6, 1)) == ["person:choi-min-seok"]
    assert index.holders(office, date(2024, 6, 1)) == ["person:park-ji-hoon"]
    assert index.office_of("person:park-ji-hoon", date(2023, 6, 1)) is None
    assert _one(by_source, "Choi Min-seok") != _one(by_source, "Park Ji-hoon")


def test_place_within_country_and_series_cadence() -> None:
    _, index = corpus("The delegates met at Camp David, then flew to Seoul for the G20 summit.")
    assert index.place_within("place:camp-david", "country:united-states")
    assert index.place_within("place:seoul", "country:south-korea")
    assert not index.place_within("place:seoul", "country:japan")
    assert index.series_cadence("series:g20-summit#18") == "annual"
    assert index.series_cadence("series:unknown-talks") is None


def test_initials_join_the_one_full_name_with_those_initials() -> None:
    by_source, _ = corpus("Senator Robert Hartley spoke.", "Senator R. Hartley replied.")
    assert len(_one(by_source, "Robert Hartley", "R. Hartley")) == 1


def test_initials_shared_by_two_full_names_join_neither() -> None:
    by_source, _ = corpus("Senator John Smith spoke.", "Senator Jane Smith spoke.", "Senator J. Smith replied.")
    assert len(_one(by_source, "John Smith", "Jane Smith", "J. Smith")) == 3


def test_surname_alone_joins_a_full_name_elsewhere_only_with_the_same_title() -> None:
    by_source, _ = corpus(
        "Japanese Prime Minister Hiroshi Sato spoke.",
        "Prime Minister Sato said the talks went well.",
        "Mr Sato, a farmer, disagreed.",
    )
    full = _one(by_source, "Hiroshi Sato")
    titled = {m.entity for m in by_source["d1"] if m.text == "Sato"}
    farmer = {m.entity for m in by_source["d2"] if m.text == "Sato"}
    assert titled == full and farmer != full


def test_surnames_alone_in_two_documents_stay_apart() -> None:
    by_source, _ = corpus("Mr Brown said yes.", "Mr Brown said no.")
    assert len({m.entity for ms in by_source.values() for m in ms if m.text == "Brown"}) == 2


def test_alias_table_entity_id_covers_claims_and_shipped_tables(tmp_path) -> None:
    (tmp_path / "aliases.yaml").write_text("Northern Shield Talks:\n  kind: series\n  variants: [NST]\n", encoding="utf-8")
    table = load_aliases(tmp_path)
    assert table.entity_id("NST") == "series:northern-shield-talks"
    assert table.entity_id("ROK") == "country:south-korea"
    assert table.entity_id("IISS Asia Security Summit") == "series:shangri-la-dialogue"
    assert table.entity_id("Nowhere Talks") is None


def test_mentions_without_provisional_ids_are_resolved_by_text() -> None:
    from claimcheck.models import Mention

    a = Mention(span=(0, 9), text="Lee Hwang", kind="person")
    b = Mention(span=(0, 8), text="Lee Hwan", kind="person")
    c = Mention(span=(0, 4), text="NATO", kind="org")
    index = resolve({"x": [a, c], "y": [b]}, load_aliases(None))
    assert a.entity != b.entity and a.entity.startswith("person:") and c.entity == "org:nato"
    assert c.label == "NATO"


def test_same_acronym_for_two_bodies_that_each_spell_it_stays_apart() -> None:
    by_source, _ = corpus(
        "The Business Software Alliance (BSA) welcomed the ruling.",
        "The Building Society Association (BSA) said mortgage lending rose.",
    )
    assert len(_one(by_source, "Business Software Alliance", "Building Society Association")) == 2


def test_same_acronym_with_a_shared_word_joins() -> None:
    by_source, _ = corpus(
        "Santiago, Lima and Quito use the Chile-Peru-Ecuador Fisheries Data Agreement (FDAX).",
        "The Trilateral Fisheries-Data Agreement (FDAX) was signed in 2014.",
    )
    assert len(_one(by_source, "Chile-Peru-Ecuador Fisheries Data Agreement", "Trilateral Fisheries-Data Agreement")) == 1


def test_generic_event_names_do_not_join_across_documents() -> None:
    by_source, _ = corpus("Leaders met at the Trilateral Summit in Oslo.", "The Trilateral Summit in Lima ended.")
    assert len(_one(by_source, "Trilateral Summit")) == 2


def test_dateline_gives_the_home_country() -> None:
    by_source, _ = corpus(
        "ANKARA, March 3 (Reuters) - Defence Minister Emre Kaya said the Defence Ministry would buy jets.",
        "SEOUL, Nov. 13 (Yonhap) -- Foreign Minister Alex Moreno met reporters.",
    )
    kaya = all_of(by_source, "Emre Kaya")[0]
    assert kaya.office == "office:turkey-defense-minister"
    assert all_of(by_source, "Defence Ministry")[0].entity == "org:turkey-defense-ministry"
    assert all_of(by_source, "Alex Moreno")[0].office == "office:south-korea-foreign-minister"
    assert [m.entity for m in by_source["d1"] if m.rule == "dateline"] == ["place:seoul"]
