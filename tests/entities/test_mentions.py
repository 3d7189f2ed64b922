"""find_mentions on small invented articles: titles, countries, roles, acronyms, places."""

from __future__ import annotations

from claimcheck.entities import find_mentions

from .helpers import find, mentions, source


def test_title_and_country_before_a_name() -> None:
    ms = mentions("On Monday, Australian Defence Minister Richard Marles met French Foreign Minister Jean Dupont in Paris.")
    marles = find(ms, "Richard Marles")
    assert (marles.kind, marles.title, marles.country, marles.office) == (
        "person", "Defence Minister", "australia", "office:australia-defense-minister")
    dupont = find(ms, "Jean Dupont")
    assert dupont.office == "office:france-foreign-minister"
    assert find(ms, "Paris").kind == "place"  # a capital after "in" is the place


def test_possessive_country_and_secretary_forms() -> None:
    ms = mentions("India's Minister of Defence Arjun Rao spoke. U.S. Secretary of Defense Mark Ellison listened.")
    assert find(ms, "Arjun Rao").office == "office:india-defense-minister"
    ellison = find(ms, "Mark Ellison")
    assert ellison.office == "office:united-states-defense-minister" and ellison.title == "Secretary of Defense"


def test_appositive_role_with_country() -> None:
    ms = mentions("The talks were led by Park Min-ho, director of arms control at the South Korean foreign ministry.")
    park = find(ms, "Park Min-ho")
    assert park.title == "director of arms control" and park.country == "south-korea" and park.office is None


def test_counterpart_takes_the_office_of_the_person_before() -> None:
    ms = mentions("German Defence Minister Anna Keller met her Polish counterpart, Tomasz Nowak, in Berlin.")
    nowak = find(ms, "Tomasz Nowak")
    assert nowak.office == "office:poland-defense-minister" and nowak.country == "poland"


def test_former_title_denotes_no_current_office() -> None:
    ms = mentions("Former British Prime Minister John Major said so.")
    major = find(ms, "John Major")
    assert major.office is None and major.country == "united-kingdom"


def test_surname_only_mentions_bind_within_the_document() -> None:
    ms = mentions("Japanese Foreign Minister Yoko Tanaka arrived. Tanaka said the visit went well.")
    assert find(ms, "Tanaka").entity == find(ms, "Yoko Tanaka").entity


def test_surname_shared_by_two_people_stays_unbound() -> None:
    ms = mentions("President Kim Dae-jung met Foreign Minister Kim Sung-hwan. Kim said more.")
    assert not [m for m in ms if m.text == "Kim" and m.entity in (find(ms, "Kim Dae-jung").entity, find(ms, "Kim Sung-hwan").entity)]


def test_surname_binds_to_the_one_full_name_written_before_it() -> None:
    # a sister with the surname is introduced only at the end: the surname before her is the coach
    text = ("Club coach Marta Lind was sacked on Monday. Lind had led the side for six seasons. "
            "The board thanked Lind. Her brother, Ola Lind, plays for a rival club. Lind declined to comment.")
    ms = mentions(text)
    marta, ola = find(ms, "Marta Lind").entity, find(ms, "Ola Lind").entity
    alone = [m for m in ms if m.text == "Lind"]
    assert [m.entity == marta for m in alone[:2]] == [True, True]
    # after both full names, the surname alone is either of them: left unbound
    assert all(m.entity not in (marta, ola) for m in ms if m.text == "Lind" and m.span[0] > text.index("Ola Lind"))


def test_acronym_defined_in_the_text_binds_later_uses() -> None:
    ms = mentions("They created the Maritime Coordination Council (MCC) last year. The MCC met again on Friday.")
    long = find(ms, "Maritime Coordination Council")
    uses = [m for m in ms if m.text == "MCC"]
    assert len(uses) == 2 and all(u.entity == long.entity and u.kind == "org" for u in uses)


def test_parenthetical_name_binds_two_names_of_a_series() -> None:
    ms = mentions("Ministers met at the 12th Northern Security Forum (Baltic Dialogue) in Riga.")
    session = find(ms, "12th Northern Security Forum")
    assert session.ordinal == 12 and session.kind == "series"
    assert find(ms, "Baltic Dialogue").entity == session.entity


def test_known_series_with_ordinal() -> None:
    ms = mentions("The 60th Munich Security Conference opened on Friday.")
    m = find(ms, "60th Munich Security Conference")
    assert (m.entity, m.ordinal, m.kind) == ("series:munich-security-conference", 60, "series")


def test_capital_as_government_and_as_place() -> None:
    ms = mentions("Beijing protested. The envoy flew to Beijing on Monday.")
    first, second = [m for m in ms if m.text == "Beijing"]
    assert (first.kind, first.entity) == ("country", "country:china")
    assert second.kind == "place"


def test_contextual_standin_needs_the_country_named() -> None:
    assert not [m for m in mentions("Voters in the North backed the plan.") if m.text.lower() == "the north"]
    ms = mentions("North Korea fired a missile. The North said it was a test, the North added.")
    assert find(ms, "The North").entity == find(ms, "the North").entity == "country:north-korea"


def test_country_standins() -> None:
    ms = mentions("The ROK and the DPRK met; the Republic of Korea and the U.S. agreed.")
    assert find(ms, "ROK").entity == find(ms, "Republic of Korea").entity == "country:south-korea"
    assert find(ms, "DPRK").entity == "country:north-korea"
    assert find(ms, "U.S.").entity == "country:united-states"


def test_qualified_lowercase_ministry_and_bodies() -> None:
    ms = mentions("Japan's defense ministry said Yonhap News Agency was wrong, the Pentagon added.")
    assert find(ms, "Japan's defense ministry").entity == "org:japan-defense-ministry"
    assert find(ms, "Yonhap News Agency").entity == "org:yonhap"
    assert find(ms, "Pentagon").entity == "org:united-states-defense-ministry"


def test_head_nouns_give_kinds() -> None:
    ms = mentions("Officials from the Harbor Safety Agency met at the Grand Lotus Hotel to discuss the Coastal Data Agreement.")
    assert find(ms, "Harbor Safety Agency").kind == "org"
    assert find(ms, "Grand Lotus Hotel").kind == "place"
    assert find(ms, "Coastal Data Agreement").kind == "thing"


def test_named_exercise_after_exercise_noun() -> None:
    ms = mentions("Troops joined the exercise Northern Viking this week.")
    assert find(ms, "Northern Viking").kind == "series"


def test_no_mentions_inside_excluded_spans() -> None:
    text = "Advertisement: Visit Tokyo now!\nJapanese Prime Minister Fumio Kishida spoke."
    cut = text.index("\n")
    ms = find_mentions(source(text, excluded=[(0, cut)]))
    assert ms and all(m.span[0] > cut for m in ms)


def test_sentence_initial_words_are_not_people() -> None:
    ms = mentions("Quarterly profits rose. Analysts said Growth was slow.")
    assert not [m for m in ms if m.kind == "person"]


def test_works_without_sentences() -> None:
    from claimcheck.models import Source

    s = Source(id="x", path="x", text="President Emmanuel Macron of France spoke.")
    assert find(find_mentions(s), "Emmanuel Macron").office == "office:france-president"


def test_lower_case_long_form_with_matching_initials() -> None:
    ms = mentions("They condemned its weapons of mass destruction (WMD) programme. WMD remain a threat.")
    long = find(ms, "weapons of mass destruction")
    assert [m.entity for m in ms if m.text == "WMD"] == [long.entity, long.entity]


def test_lower_case_words_whose_initials_do_not_match_are_not_a_long_form() -> None:
    ms = mentions("They met in the main hall (ABC) yesterday.")
    assert not [m for m in ms if m.text in ("ABC", "main hall")]


def test_acronym_glossed_after_a_comma() -> None:
    ms = mentions("The coast guards will resume the joint SRX, a search-and-rescue exercise, next spring. The SRX was last held in 2019.")
    uses = [m for m in ms if m.text == "SRX"]
    assert len(uses) == 2 and uses[0].kind == "series" and uses[0].entity == uses[1].entity


def test_acronym_spelling_a_chunk_of_smaller_names_makes_it_one_long_form() -> None:
    ms = mentions("The move would turn U.S. Forces Germany (USFG) into a joint command. USFG declined to comment.")
    long = find(ms, "U.S. Forces Germany")
    assert long.kind == "org"
    assert [m.entity for m in ms if m.text == "USFG"] == [long.entity, long.entity]
    assert not [m for m in ms if m.text == "Germany"]


def test_capitalised_former_keeps_the_title_but_no_office() -> None:
    ms = mentions("Former President Ana Lopes of Brazil was acquitted.")
    m = find(ms, "Ana Lopes")
    assert m.title == "Former President" and m.office is None and m.country == "brazil"


def test_lower_case_ministry_of_form() -> None:
    ms = mentions("The ministry of foreign affairs said so, Japanese Foreign Minister Yoko Tanaka added.")
    assert find(ms, "ministry of foreign affairs").kind == "org"


def test_role_after_a_body_takes_its_country() -> None:
    ms = mentions("Chinese Foreign Ministry spokesperson Wang Lei said Beijing objected.")
    assert find(ms, "Wang Lei").country == "china"


def test_counterpart_written_with_a_rank() -> None:
    ms = mentions("Canadian Defence Minister Anna Roy met her Italian counterpart, Gen. Marco Bellini, on Friday.")
    m = find(ms, "Marco Bellini")
    assert m.office == "office:italy-defense-minister"


def test_capital_as_city_before_a_city_word_or_after_a_direction() -> None:
    ms = mentions("Paris mayor Anne Roux spoke at a Paris summit. Offices in north Paris closed. Paris objected.")
    kinds = [m.kind for m in ms if m.text == "Paris"]
    assert kinds == ["place", "place", "place", "country"]


def test_capital_inside_an_unknown_larger_name_is_not_the_country() -> None:
    ms = mentions("Real Madrid beat Athletic Bilbao.")
    assert not [m for m in ms if m.text == "Madrid"]


def test_office_title_before_a_rank() -> None:
    ms = mentions("U.S. Chairman of the Joint Chiefs of Staff Gen. Mark Hollis visited Seoul.")
    m = find(ms, "Mark Hollis")
    assert m.office == "office:united-states-joint-chiefs-chairman"
    assert m.title == "Chairman of the Joint Chiefs of Staff Gen."


def test_ministry_in_a_capital_is_that_countrys() -> None:
    ms = mentions("Officials at the Foreign Ministry in Ankara said the talks would go on.")
    assert find(ms, "Foreign Ministry").entity == "org:turkey-foreign-ministry"


def test_capital_place_ids() -> None:
    ms = mentions("The talks were held in Washington. Delegates flew to Ankara.")
    assert find(ms, "Washington").entity == "place:washington-dc"
    assert find(ms, "Ankara").entity == "place:ankara"


def test_appositive_with_country_and_article() -> None:
    ms = mentions("Mark Ellison, the U.S. defense secretary, said the plan was sound.")
    m = find(ms, "Mark Ellison")
    assert m.office == "office:united-states-defense-minister" and m.country == "united-states"
    ms = mentions("Ana Silva, Brazil's former foreign minister, disagreed.")
    m = find(ms, "Ana Silva")
    assert m.country == "brazil" and m.office is None and m.title == "Brazil's former foreign minister"


def test_two_bodies_joined_by_and_are_two_mentions() -> None:
    ms = mentions("The US Department of Justice and the Securities and Exchange Commission opened inquiries.")
    assert find(ms, "US Department of Justice").entity == "org:united-states-justice-ministry"
    assert find(ms, "Securities and Exchange Commission").kind == "org"
    ms = mentions("Teams ran Search and Rescue Exercises.")
    assert find(ms, "Search and Rescue Exercises").kind == "event"


def test_a_bodys_title_is_no_national_office() -> None:
    ms = mentions("Hanbit Motors President Lee Jae-won resigned on Monday.")
    m = find(ms, "Lee Jae-won")
    assert m.title == "Hanbit Motors President" and m.office is None
    from .helpers import corpus

    by_source, _ = corpus("Hanbit Motors President Lee Jae-won resigned on Monday.")
    (m,) = [x for x in by_source["d0"] if x.text == "Lee Jae-won"]
    assert m.office is None


def test_names_that_are_also_months_or_abbreviations() -> None:
    ms = mentions("Chinese Defense Minister Dong Jun met British Prime Minister Theresa May in London.")
    assert find(ms, "Dong Jun").office == "office:china-defense-minister"
    assert find(ms, "Theresa May").office == "office:united-kingdom-prime-minister"
