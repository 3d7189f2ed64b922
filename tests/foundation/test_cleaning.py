"""Cleaning marks boilerplate as excluded regions and never changes the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import clean
from claimcheck.corpus import load
from claimcheck.models import Source

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def excluded_lines(source: Source) -> list[str]:
    return [source.text[a:b].strip() for a, b in source.excluded]


def _examples() -> list[tuple[str, str, bool]]:
    res = clean.boilerplate().resource
    cases = [(p.name, text, True) for p in res.patterns for text in p.examples.match]
    cases += [(p.name, text, False) for p in res.patterns for text in p.examples.no_match]
    return cases


@pytest.mark.parametrize(("name", "line", "should_match"), _examples())
def test_resource_examples(name: str, line: str, should_match: bool) -> None:
    found = clean.classify_line(line)
    if should_match:
        assert found == name
    else:
        assert found != name, f"{line!r} wrongly matched {name}"


def test_author_bio_examples() -> None:
    res = clean.boilerplate().resource.author_bio
    for text in res.examples.match:
        assert clean.boilerplate().author_bio.fullmatch(text)
    for text in res.examples.no_match:
        assert not clean.boilerplate().author_bio.fullmatch(text)


def test_text_is_never_changed_and_regions_index_it() -> None:
    text = "61.2 F\nSan Diego\nThursday, March 6, 2025\n\nMayors met on Sunday.\n- Advertisement -\n"
    s = Source(id="x", path="x", text=text)
    page_dates = clean.mark_boilerplate(s)
    assert s.text == text
    assert excluded_lines(s) == ["61.2 F", "San Diego", "Thursday, March 6, 2025", "- Advertisement -"]
    assert [p.text for p in page_dates] == ["Thursday, March 6, 2025"]
    assert text[page_dates[0].span[0]:page_dates[0].span[1]] == "Thursday, March 6, 2025"


def test_a_repeated_paragraph_and_a_truncated_teaser_are_excluded_once() -> None:
    para = "The three countries agreed to improve their exercises after talks."
    text = f"Headline about the talks in full\nHeadline about the ta \n{para}\n{para}\n"
    s = Source(id="x", path="x", text=text)
    clean.mark_boilerplate(s)
    assert excluded_lines(s) == ["Headline about the ta", para]


def test_seed_boilerplate_named_in_the_issue() -> None:
    sources, _ = load(SEEDS)
    by_id = {s.id[:3]: s for s in sources}
    for s in sources:
        clean.mark_boilerplate(s)
    assert "News Zone" in excluded_lines(by_id["001"])
    assert {"Powered by MOMENTUM MEDIA", "Powered by MOMENTUMMEDIA", "=============="} <= set(excluded_lines(by_id["003"]))
    assert {"55.9 F", "Los Angeles", "Wednesday, January 22, 2025", "LEAVE A REPLY", "Please enter your comment!",
            "Please enter your name here"} <= set(excluded_lines(by_id["004"]))
    assert any(line.startswith("Mark Jones is a world traveler") for line in excluded_lines(by_id["000"]))
    # article sentences are kept
    assert not any("Defense Trilateral" in line or "Ministry of National Defense said" in line
                   for line in excluded_lines(by_id["000"]))


def test_lines_ended_by_a_lone_carriage_return_are_lines() -> None:
    text = "- Advertisement -\rThe match was postponed on Saturday.\r"
    s = Source(id="x", path="x", text=text)
    clean.mark_boilerplate(s)
    assert excluded_lines(s) == ["- Advertisement -"]


def test_teasers_are_found_without_comparing_every_pair_of_lines() -> None:
    # many distinct lines: the teaser check sorts them once instead of testing all pairs
    lines = [f"Council approves budget line number {i} for the harbour works" for i in range(20000)]
    text = "\n".join(lines + ["Council approves budget line number 7 for the harb"]) + "\n"
    s = Source(id="x", path="x", text=text)
    clean.mark_boilerplate(s)
    assert excluded_lines(s) == ["Council approves budget line number 7 for the harb"]
