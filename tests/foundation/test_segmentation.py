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
