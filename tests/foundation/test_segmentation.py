"""Paragraphs and sentences with exact offsets; headlines never glued to the first sentence."""

from __future__ import annotations

from claimcheck.models import Source
from claimcheck.segment import segment, sentences_in, title_of


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentences_in(text, 0, len(text))]


def test_abbreviations_and_initials_do_not_end_a_sentence() -> None:
    text = "US Secretary Lloyd J. Austin met Mr. Shin in the U.S. capital. Talks went on. They ended."
    assert sentences(text) == ["US Secretary Lloyd J. Austin met Mr. Shin in the U.S. capital.", "Talks went on.",
                               "They ended."]


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = "“We held talks,” the ministry said. “It went well.” Next steps follow."
    assert sentences(text) == ["“We held talks,” the ministry said.", "“It went well.”", "Next steps follow."]


def test_a_headline_is_its_own_paragraph_and_title() -> None:
    text = "Allies to share missile data in real time\nThe ministers agreed on Sunday. They met in Seoul.\n"
    s = Source(id="x", path="x", text=text)
    segment(s)
    assert [text[a:b] for a, b in s.paragraphs] == ["Allies to share missile data in real time",
                                                    "The ministers agreed on Sunday. They met in Seoul."]
    assert [text[a:b] for a, b in s.sentences][:2] == ["Allies to share missile data in real time",
                                                       "The ministers agreed on Sunday."]
    assert title_of(s) == "Allies to share missile data in real time"


def test_excluded_lines_are_not_segmented() -> None:
    text = "- Advertisement -\nThe talks resumed.\n"
    s = Source(id="x", path="x", text=text, excluded=[(0, 17)])
    segment(s)
    assert [text[a:b] for a, b in s.sentences] == ["The talks resumed."]


def test_spans_index_the_text_exactly() -> None:
    text = "  One sentence here.   Another one!  \n\nA third?\n"
    for a, b in sentences_in(text, 0, len(text)):
        assert text[a:b] == text[a:b].strip() and text[a:b]


def test_a_lone_carriage_return_ends_a_line_as_a_line_feed_does() -> None:
    # old Mac files end lines with CR only: without this, a headline and a dateline merge
    # into the next sentence (and a place read from one line dates the next)
    lf = "Storm closes harbour\nFishing boats stayed in port on Monday.\nThe ferry to Bergen was cancelled.\n"
    cr = lf.replace("\n", "\r")
    crlf = lf.replace("\n", "\r\n")
    for text in (cr, crlf):
        s = Source(id="x", path="x", text=text)
        segment(s)
        assert [text[a:b] for a, b in s.sentences] == ["Storm closes harbour", "Fishing boats stayed in port on Monday.",
                                                       "The ferry to Bergen was cancelled."]
        assert title_of(s) == "Storm closes harbour"
    # the offsets are those of the text as given: CR-only and LF texts have the same spans
    a, b = Source(id="x", path="x", text=lf), Source(id="x", path="x", text=cr)
    segment(a)
    segment(b)
    assert a.sentences == b.sentences and a.paragraphs == b.paragraphs


def test_an_unpunctuated_run_is_cut_at_white_space_into_bounded_pieces() -> None:
    from claimcheck.segment import MAX_SENTENCE

    text = " ".join(f"the striker scored {i} goals in the league cup final" for i in range(2000))
    pieces = sentences_in(text, 0, len(text))
    assert len(pieces) > 1 and all(b - a <= MAX_SENTENCE for a, b in pieces)
    # nothing is lost and nothing is cut inside a word
    assert " ".join(text[a:b] for a, b in pieces) == text
    assert all(text[a:b] == text[a:b].strip() for a, b in pieces)
    # a piece without any white space is cut at the limit itself
    blob = "x" * (MAX_SENTENCE * 2 + 5)
    assert [b - a for a, b in sentences_in(blob, 0, len(blob))] == [MAX_SENTENCE, MAX_SENTENCE, 5]


def test_a_sentence_of_ordinary_length_is_never_cut() -> None:
    long = "The tribunal, " + ", ".join(f"having heard witness {i}" for i in range(60)) + ", ruled for the club."
    assert len(long) < 2000
    assert sentences(long) == [long]
