"""Bodies, vessels and facilities no table names: typed by their head, by the words
around them, by their short form in the article and across the corpus; name variants
spaced, ordered or accented another way join; two bodies stay apart."""

from __future__ import annotations

from tests.entities.helpers import all_of, corpus, find, mentions


def test_brand_head_makes_a_body_not_a_person() -> None:
    ms = mentions("Brenna FK beat Solvik IL 2-0 on Sunday. Halden Foods said profits rose.")
    assert find(ms, "Brenna FK").kind == "org"
    assert find(ms, "Solvik IL").kind == "org"
    assert find(ms, "Halden Foods").kind == "org"


def test_a_person_named_like_a_place_is_still_a_person() -> None:
    ms = mentions("Coach Maria Lund said the side had worked hard.")
    assert find(ms, "Maria Lund").kind == "person"


def test_leading_head_types_the_name() -> None:
    ms = mentions("The club told Radio Sundby on Monday that SC Marel had made an offer.")
    assert find(ms, "Radio Sundby").kind == "org"
    assert find(ms, "SC Marel").kind == "org"


def test_owner_or_modifier_before_a_body_is_not_part_of_its_name() -> None:
    ms = mentions("Norway's Halden Foods agreed the deal. Former Brenna FK striker Ola Dahl spoke.")
    assert find(ms, "Halden Foods").kind == "org"
    assert find(ms, "Norway").kind == "country"
    assert find(ms, "Brenna FK").kind == "org"


def test_short_form_in_the_article_is_the_body() -> None:
    ms = mentions("Brenna FK sacked their manager on Monday. Brenna had lost six games in a row.")
    assert find(ms, "Brenna").entity == find(ms, "Brenna FK").entity


def test_short_form_after_a_locative_is_the_town() -> None:
    ms = mentions("Brenna FK sacked their manager on Monday. Fans gathered in Brenna after the news.")
    assert all(m.entity != find(ms, "Brenna FK").entity for m in ms if m.text == "Brenna")


def test_two_bodies_sharing_a_short_form_leave_it_alone() -> None:
    ms = mentions("Marel Bank and Marel Foods are not related. Marel declined to comment.")
    assert not [m for m in ms if m.text == "Marel"]


def test_descriptor_before_a_name_types_it() -> None:
    ms = mentions("Dutch insurer Veldkamp agreed to buy a rival. The ferry Northern Lark sank near the coast.")
    assert find(ms, "Veldkamp").kind == "org"
    assert find(ms, "Northern Lark").kind == "thing"


def test_descriptor_before_a_person_does_not_make_a_body() -> None:
    ms = mentions("The party Helen Marsh founded in 2019 won seats.")
    assert all(m.kind != "org" for m in ms if m.text == "Helen Marsh")


def test_calling_phrase_and_named_after_type_a_gang() -> None:
    ms = mentions("A group calling itself GreyFinch claimed the hack. Police blamed the Nightjar extortion gang.")
    assert find(ms, "GreyFinch").kind == "org"
    assert find(ms, "Nightjar").kind == "org"


def test_town_before_a_company_noun_is_no_name_of_the_company() -> None:
    by_source, _ = corpus("The Leeds company said it would appeal.")
    assert not [m for m in all_of(by_source, "Leeds") if m.kind == "org"]


def test_apposed_descriptor_types_the_name() -> None:
    ms = mentions("Staff at Quillon, a Lisbon-based software maker, were told on Friday.")
    assert find(ms, "Quillon").kind == "org"


def test_apposed_clause_is_no_descriptor() -> None:
    by_source, _ = corpus("The plane landed at Sundby, the airline said.")
    assert not [m for m in all_of(by_source, "Sundby") if m.kind == "org"]


def test_a_short_form_joins_the_body_named_in_another_article() -> None:
    by_source, index = corpus("Telecom group Orla agreed to buy a cable firm on Tuesday.",
                              "Shares rose after the deal, and analysts said Orla paid too much.")
    a, b = all_of(by_source, "Orla")
    assert a.entity == b.entity and b.kind == "org"


def test_an_unknown_word_no_body_names_is_dropped() -> None:
    by_source, _ = corpus("Investors said Orla paid too much.", "Analysts said Vantor paid too little.")
    assert not all_of(by_source, "Orla") and not all_of(by_source, "Vantor")


def test_spacing_and_word_order_variants_join() -> None:
    _, index = corpus("A group calling itself GreyFinch claimed the attack.",
                      "The hackers, known as Grey Finch, demanded a ransom.",
                      "Patients were taken to Beira Central Hospital.",
                      "Doctors at the Hospital Central de Beira said so.")
    assert index.entity_for("GreyFinch") == index.entity_for("Grey Finch")
    assert index.entity_for("Beira Central Hospital") == index.entity_for("Hospital Central de Beira")


def test_different_bodies_do_not_join() -> None:
    _, index = corpus("Brenna FK won on Saturday.", "Radio Brenna reported the result.", "Brenna Foods cut jobs.")
    ids = {index.entity_for("Brenna FK"), index.entity_for("Radio Brenna"), index.entity_for("Brenna Foods")}
    assert len(ids) == 3


def test_transliterated_letters_fold() -> None:
    _, index = corpus("Coach Lars Sæther praised the side.", "Coach Lars Saether praised the side.",
                      "Mayor Jan Łukasz spoke.", "Mayor Jan Lukasz spoke.")
    assert index.entity_for("Lars Sæther") == index.entity_for("Lars Saether")
    assert index.entity_for("Jan Łukasz") == index.entity_for("Jan Lukasz")


def test_party_short_form_is_the_party() -> None:
    ms = mentions("The Green Party won 12 seats. Green leaders celebrated, and Greens said more would follow.")
    assert find(ms, "Green Party").kind == "org"
    _, index = corpus("The Harbour Party won 12 seats.", "Voters backed the Harbour party on Sunday.")
    assert index.entity_for("Harbour Party") is not None


def test_one_word_body_misspelt_joins() -> None:
    _, index = corpus("Telecom group Orvana agreed the deal.", "Telecom group Orvanna paid too much.")
    assert index.entity_for("Orvana") == index.entity_for("Orvanna")


def test_one_word_bodies_with_another_first_letter_or_an_ending_stay_apart() -> None:
    _, index = corpus("Dutch insurer Halden agreed the deal.", "Dutch insurer Walden paid too much.",
                      "Telecom group Marlow said so.", "Telecom group Marlowe said so.")
    assert index.entity_for("Halden") != index.entity_for("Walden")
    assert index.entity_for("Marlow") != index.entity_for("Marlowe")


def test_leading_place_noun_makes_a_place_not_a_person() -> None:
    ms = mentions("The ferry company moved 300 passengers to Port Tallow on Monday. "
                  "Rescuers later reached Mount Keller Ridge and Lake Orna.")
    assert find(ms, "Port Tallow").kind == "place"
    assert find(ms, "Mount Keller Ridge").kind == "place"
    assert find(ms, "Lake Orna").kind == "place"
    ms = mentions("Troops left Fort Hale for Point Derrin on Sunday.")
    assert find(ms, "Fort Hale").kind == "place"  # two places, not one name across "for"
    assert find(ms, "Point Derrin").kind == "place"


def test_place_noun_after_a_given_name_is_a_surname() -> None:
    by_source, _ = corpus("Judge Ricki Lake adjourned the hearing. Lake said the trial would resume in May.",
                          "The striker Peter Mount scored twice, coach Dana Ilves told reporters.")
    assert all(m.kind == "person" for m in all_of(by_source, "Ricki Lake"))
    assert all(m.kind == "person" for m in all_of(by_source, "Peter Mount"))


def test_place_based_name_is_a_place_then_a_body() -> None:
    ms = mentions("Leeds-based Carrow Foods cut 200 jobs, and San Marel-based Vintra said it would hire.")
    assert find(ms, "Leeds").kind == "place"
    assert find(ms, "Carrow Foods").kind == "org"
    assert find(ms, "San Marel").kind == "place"
    assert find(ms, "Vintra").kind == "org"
    assert not any(m.kind == "person" for m in ms)


def test_based_without_a_name_after_it_types_only_the_place() -> None:
    ms = mentions("A Leeds-based firm said on Monday that it had hired Anna Berg as finance director.")
    assert find(ms, "Leeds").kind == "place"
    assert find(ms, "Anna Berg").kind == "person"


def test_bare_name_of_a_led_place_elsewhere_is_that_place() -> None:
    by_source, _ = corpus("Two climbers died on Mount Keller Ridge on Sunday, rescuers said.",
                          "The climbers had left base camp for Keller Ridge before dawn, guide Anna Moe said.",
                          "Judge Keller Ridge adjourned the case.")
    assert [m.kind for m in by_source["d1"] if m.text == "Keller Ridge"] == ["place"]
    assert [m.kind for m in by_source["d2"] if m.text == "Keller Ridge"] == ["person"]  # a title says person
    by_source, _ = corpus("Divers searched Lake Orna on Monday.", "Police chief Tomas Orna said the search would go on.")
    assert {m.kind for m in all_of(by_source, "Tomas Orna")} == {"person"}  # the surname of another name stays his


def test_a_name_typed_as_a_body_elsewhere_is_no_person() -> None:
    by_source, _ = corpus("Oslo-based Brekke Hansen cut 40 jobs on Monday.",
                          "Staff at Brekke Hansen were told of the cuts by email.",
                          "Judge Brekke Hansen said the case would resume.")
    assert [m.kind for m in by_source["d1"] if m.text == "Brekke Hansen"] == ["org"]
    assert [m.kind for m in by_source["d2"] if m.text == "Brekke Hansen"] == ["person"]  # a title says person


def test_a_name_typed_two_ways_is_not_retyped() -> None:
    by_source, _ = corpus("The ferry Nordic Dawn sank.", "Rival group Nordic Dawn denied it.",
                          "Nordic Dawn Hansen said she was shocked.", "Passengers on Nordic Dawn said so, Mari Lund said.")
    assert all(m.kind != "org" or m.rule != "person-candidate+body" for ms in by_source.values() for m in ms)


def test_a_club_name_opened_by_real_or_dynamo_is_a_club() -> None:
    ms = mentions("The striker joined Real Carvalhal from Dynamo Verkhny on Monday.")
    assert find(ms, "Real Carvalhal").kind == "org"
    assert find(ms, "Dynamo Verkhny").kind == "org"
    # a person's name stays a person's
    ms = mentions("Coach Teodor Vasquez joined the club on Monday.")
    assert find(ms, "Teodor Vasquez").kind == "person"
