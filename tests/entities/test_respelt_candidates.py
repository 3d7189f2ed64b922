"""A name-shaped run nothing in its article makes a person is kept when the corpus writes
it another way: a letter slip or the order reversed (resolve._confirm_candidates)."""

from __future__ import annotations

from .helpers import all_of, corpus


def _ids(by_source, *texts: str) -> set[str]:
    return {m.entity or "" for t in texts for m in all_of(by_source, t)}


def test_a_name_spelt_with_a_slip_in_two_articles_is_kept_and_joined() -> None:
    by_source, index = corpus("The pilot of the glider, Nazario Aguirre, landed in a field near the airstrip.",
                              "The pilot of the glider, Nazario Agguirre, was unhurt, the club said.")
    ids = _ids(by_source, "Nazario Aguirre", "Nazario Agguirre")
    assert len(ids) == 1
    ent = index.entities[next(iter(ids))]
    assert {"Nazario Aguirre", "Nazario Agguirre"} <= set(ent.variants)


def test_a_name_in_reversed_order_is_kept_and_joined() -> None:
    by_source, _ = corpus("The concert was opened by Varga Eszter, who sang two arias.",
                          "The concert was opened by soprano Eszter Varga on Friday.")
    assert len(_ids(by_source, "Varga Eszter", "Eszter Varga")) == 1


def test_a_candidate_written_once_the_same_way_is_still_dropped() -> None:
    by_source, _ = corpus("The pilot of the glider, Nazario Aguirre, landed in a field.",
                          "The pilot of the glider, Nazario Aguirre, was unhurt.")
    assert not all_of(by_source, "Nazario Aguirre")


def test_a_longer_name_holding_a_shorter_one_is_no_evidence() -> None:
    # a vessel written with and without a word before it: no spelling of one name
    by_source, _ = corpus("The crew of the Marisol Dawn were freed on Monday.",
                          "The crew of the Panama-flagged Marisol Dawn were freed.")
    assert not [m for ms in by_source.values() for m in ms if "Marisol" in m.text and m.kind == "person"]


def test_two_people_a_letter_apart_in_the_given_name_stay_apart() -> None:
    # siblings: "Nazario" and "Nazaria" may be two given names, so no spelling of one name
    by_source, _ = corpus("The pilot of the glider, Nazario Aguirre, landed in a field.",
                          "The pilot of the glider, Nazaria Aguirre, was unhurt.")
    assert not all_of(by_source, "Nazario Aguirre") and not all_of(by_source, "Nazaria Aguirre")
