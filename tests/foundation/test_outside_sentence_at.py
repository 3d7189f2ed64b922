"""`segment.outside_sentence_at`: the sentence a reader reads that holds an offset, found by
one bisect over the sentences outside excluded regions."""

from __future__ import annotations

from builders import article

from claimcheck.segment import outside_sentence_at, sentences_outside_excluded


def test_an_offset_inside_a_sentence_gives_that_sentence_and_its_number() -> None:
    s = article("The ferry left Split at dawn. It reached Hvar by noon. Crews cheered.")
    read = list(sentences_outside_excluded(s))
    at = s.text.index("Hvar")
    n, span = outside_sentence_at(s, at)
    assert (n, span) == read[1]
    assert s.text[span[0]:span[1]].startswith("It reached Hvar")
    assert outside_sentence_at(s, read[0][1][0]) == read[0]


def test_an_offset_outside_every_read_sentence_gives_none() -> None:
    s = article("The ferry left Split at dawn.   It reached Hvar by noon.")
    read = list(sentences_outside_excluded(s))
    gap = read[0][1][1]  # the first sentence's end: the white space between the two
    assert outside_sentence_at(s, gap) is None
    assert outside_sentence_at(s, -1) is None
    assert outside_sentence_at(s, len(s.text) + 5) is None
