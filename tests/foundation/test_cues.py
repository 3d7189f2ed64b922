"""The one gate of the claim readers (`segment.Cue`, `extract.cued`): a reader that declares a
cue is handed only the sentences that meet it, is not called when none does, and finds what
it finds over every sentence."""

from __future__ import annotations

import pytest
from builders import article

from claimcheck import entities
from claimcheck.events import areas, identifiers, kind_ordinals, operators, pending, repeats
from claimcheck.extract import cued
from claimcheck.models import Claim, Source, Span
from claimcheck.quantities import compare, lasted, margins, measures, rank, results, scores
from claimcheck.segment import Cue, sentences_meeting, sentences_outside_excluded


def quotes(source: Source, found: list[tuple[int, Span]]) -> list[str]:
    return [source.text[s:e] for _, (s, e) in found]


def test_a_word_cue_meets_the_sentences_holding_the_whole_word() -> None:
    s = article("The lake is deeper than the pond. We thank the rangers. "
                "The left-wing group met. The boat left at dawn.")
    assert quotes(s, sentences_meeting(s, Cue(words=frozenset({"than", "left"})))) == [
        "The lake is deeper than the pond.", "The boat left at dawn."]  # not "thank", nor "left-wing"


def test_a_number_cue_meets_the_sentences_with_a_digit_and_or_joins_the_words() -> None:
    s = article("The orchard had 40 trees. The harvest came early. Nothing else changed.")
    assert quotes(s, sentences_meeting(s, Cue(number=True))) == ["The orchard had 40 trees."]
    assert quotes(s, sentences_meeting(s, Cue(words=frozenset({"came"}), number=True))) == [
        "The orchard had 40 trees.", "The harvest came early."]
    assert sentences_meeting(s, Cue()) == []  # an empty cue meets nothing


def test_a_cue_with_parts_meets_the_pieces_of_joined_words() -> None:
    s = article("The Swiss-born skier won. The officer's car was red. The reborn league met. Hours-long talks ended.")
    cue = Cue(words=frozenset({"born", "officer", "hours"}), parts=True)
    assert quotes(s, sentences_meeting(s, cue)) == [
        "The Swiss-born skier won.", "The officer's car was red.", "Hours-long talks ended."]  # never "reborn"
    assert quotes(s, sentences_meeting(s, Cue(words=cue.words))) == []  # without parts: whole words only


def test_a_cue_never_meets_an_excluded_sentence() -> None:
    s = article("Read more: 10 tips for gardeners\nThe orchard had 40 trees.\n")
    s.excluded = [(0, 32)]
    assert quotes(s, sentences_meeting(s, Cue(number=True))) == ["The orchard had 40 trees."]


def test_the_driver_hands_a_reader_only_sentences_meeting_its_cue() -> None:
    s = article("Snow fell in the valley. The ferry crossed 3 times. It was cold. The bus came late.")
    cue = Cue(words=frozenset({"came"}), number=True)
    seen: list[tuple[int, Span]] = []

    def reader(source: Source, sentences: list[tuple[int, Span]]) -> list[Claim]:
        seen.extend(sentences)
        return []

    assert cued(reader, cue, s) == []
    assert quotes(s, seen) == ["The ferry crossed 3 times.", "The bus came late."]

    def never(source: Source, sentences: list[tuple[int, Span]]) -> list[Claim]:
        raise AssertionError("called without a sentence that meets its cue")

    assert cued(never, Cue(words=frozenset({"glacier"})), s) == []


MENTIONS = object()  # stands for the article's own mentions (entities.find_mentions)


def with_mentions(source: Source, args: tuple) -> tuple:
    return tuple(entities.find_mentions(source) if a is MENTIONS else a for a in args)


# each reader that declares a cue, with its cue and its arguments after the source
CUED = [
    (compare.comparison_claims, compare.CUE, ()),
    (kind_ordinals.kind_ordinal_claims, kind_ordinals.cue(), ()),
    (scores.score_claims, scores.CUE, ([],)),
    (results.result_claims, results.CUE, ([],)),
    (identifiers.identifier_claims, identifiers.CUE, ()),
    (pending.pending_claims, pending.cue(), ([],)),
    (lasted.lasted_quantities, lasted.cue(), ([], [])),
    (measures.measure_quantities, measures.cue(), ([], [])),
    (margins.margin_quantities, margins.cue(), ([], [])),
    (rank.rank_claims, rank.cue(), ([],)),
    (repeats.repeat_claims, repeats.cue(), (MENTIONS,)),
    (areas.area_claims, areas.cue(), (MENTIONS,)),
    (operators.operator_claims, operators.cue(), (MENTIONS,)),
]

TEXTS = [
    "Orchard yields were lower than in 2009, the growers' board said. The board met twice.",
    "It was the third landslide on the pass this winter. Crews cleared the road.",
    "The Granite Falcons beat Harbour Rovers 3-1 on Sunday. The crowd cheered.",
    "Mara Ilves finished third in the hill race. Tomas Berg won the sprint in 10.42 seconds.",
    "Passengers on ferry run KS418 were moved. The ferry, call sign OXR22, docked late.",
    "Latvia remains the last state yet to ratify Norway's accession. Norway's accession-talks went on.",
    "The auction, which lasted three hours, ended at noon. After 14 minutes of bidding the lot sold.",
    "The hearing's hours-long session closed. The debate that went on for two hours ended.",
    "The tunnel reaches a depth of 2,412 m below the ridge. The plume rose 9 km into the sky.",
    "The tenant has five days to leave. The ferry's run took two hours.",
    "Brenvik is the region's 3rd-largest port. It is also the second busiest ferry hub in the north.",
    "No figure and no comparison here. The valley stayed quiet.",
    "The crew won the race by 12 seconds and took 6 minutes off the record. The margin was close-run.",
    "Mara Quist signed on. It was the second renewal of Quist's lease. The lease was renewed-in-part.",
    "It is the third time that Mara Quist's contract has been extended. Her Term was Extended.",
    "The agency put Marrow Vale under a severe flood warning. The Brisk Lines ferry, arriving from Port Odell, was late.",
    "The Brisk Lines night-ferry had left Kestrel Harbour when the storm hit. The storm left a Mark on the coast.",
    "The Dune Survey Office's weather station in Tarn stopped. The lighthouse operated by the Coast Guild at Skerra shone.",
    "The sub-radar run by Harbour Watch in Brill failed. The harbour's dam-keeper retired.",
]


def dump(found: list) -> list:
    """Claims, or (sentence index, quantity) pairs, as plain values."""
    return [(x[0], x[1].model_dump()) if isinstance(x, tuple) else x.model_dump() for x in found]


@pytest.mark.parametrize("reader,cue,args", CUED)
@pytest.mark.parametrize("text", TEXTS)
def test_a_cued_reader_finds_what_it_finds_over_every_sentence(reader, cue, args, text: str) -> None:
    s = article(text, "2012-05-04")
    args = with_mentions(s, args)
    everything = reader(s, *args, sentences=list(sentences_outside_excluded(s)))
    assert dump(cued(reader, cue, s, *args)) == dump(everything)


def test_the_cued_readers_read_the_examples() -> None:
    found = {reader.__name__: sum(len(cued(reader, cue, s, *with_mentions(s, args)))
                                  for s in (article(t, "2012-05-04") for t in TEXTS))
             for reader, cue, args in CUED}
    assert all(found.values()), found  # each reader finds something in the texts above, so the test above tests it


def test_the_kind_ordinal_cue_meets_an_ordinal_written_in_figures() -> None:
    # "3rd" is the word "rd" in the word scan (letters only): its suffix is a cue word
    s = article("A fire destroyed a mill on Saturday. It was the 3rd mill fire in the town this year.")
    assert [c.value.text for c in cued(kind_ordinals.kind_ordinal_claims, kind_ordinals.cue(), s)] == ["3rd mill fire"]
