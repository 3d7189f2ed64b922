"""Titles apart from the name: a title written without a name binds to the one person of the
document given that title; a title set off before the name after a preposition; two titles
of one person in one dated sentence are two claims."""

from __future__ import annotations

from pathlib import Path

from builders import run_articles

from claimcheck.entities.bare_titles import bare_titles
from claimcheck.entities.title_phrases import title_before
from claimcheck.models import Report


def titles_of(report: Report, person: str) -> list[str]:
    return sorted(c.value.text for c in report.claims if c.predicate == "title" and c.subject.id == person and c.value)


def test_bare_title_phrases() -> None:
    text = "The hearing ended. The club's head coach said little, and the court's chief justice left."
    words = frozenset({"coach", "justice"})
    assert [t.text for t in bare_titles(text, 0, len(text), words)] == ["head coach", "chief justice"]
    assert [t.text for t in bare_titles(text, 0, len(text), frozenset({"coach"}))] == ["head coach"]


def test_a_title_used_as_a_modifier_is_no_reference() -> None:
    text = "The coach award went to a rival, and the coach smiled."
    assert [t.span[0] for t in bare_titles(text, 0, len(text), frozenset({"coach"}))] == [text.rindex("coach")]


def test_a_title_that_goes_on_past_a_title_word() -> None:
    text = "He has served as the league's ninth general secretary since 2019."
    assert [t.text for t in bare_titles(text, 0, len(text), frozenset({"secretary"}))] == ["general secretary"]


def test_a_bare_title_binds_to_the_one_person_with_it(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Derby lost\n\nDan Reyes, the coach of the home side, blamed the pitch on Saturday. The coach "
             "said the players had given everything.\n",
    }, {"a": "2024-09-14"})
    assert titles_of(report, "person:dan-reyes") == ["coach", "coach"]


def test_a_title_held_at_another_body_does_not_take_the_bare_title(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Board named\n\nThe carrier named a new board, led by Kestrel Rail CEO Ada Quint, on Monday. The CEO "
             "said the carrier would grow.\n",
    }, {"a": "2024-09-16"})
    assert titles_of(report, "person:ada-quint") == ["Kestrel Rail CEO"]


def test_a_bare_title_with_two_people_of_it_binds_nothing(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Derby drawn\n\nHarwick coach Dan Reyes and Dunmore coach Ian Poe shook hands on Saturday. The coach "
             "said the draw was fair.\n",
    }, {"a": "2024-09-14"})
    assert titles_of(report, "person:dan-reyes") == ["coach"]
    assert titles_of(report, "person:ian-poe") == ["coach"]


def test_a_one_word_title_binds_only_to_that_title(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "Budget passed\n\nFinance Minister Lea Marsh presented the budget on Monday. The minister's aide "
             "smiled.\n",
    }, {"a": "2024-03-04"})
    assert all(t != "minister" for t in titles_of(report, "person:lea-marsh"))


def test_a_title_before_the_name_after_a_preposition() -> None:
    text = "The court replaced the trustee, Ann Roe, with another interim trustee, Bo Lind, on Monday."
    start = text.index("Bo Lind")
    t = title_before(text, start, 0, start + len("Bo Lind"))
    assert t is not None and t.text == "interim trustee"


def test_no_title_before_a_name_that_opens_a_clause() -> None:
    text = "When he met the defence minister, Roe said nothing."
    start = text.index("Roe")
    assert title_before(text, start, 0, start + 3) is None


def test_two_titles_in_one_dated_sentence_are_two_claims(tmp_path: Path) -> None:
    report = run_articles(tmp_path, {
        "a": "New boss\n\nOn Sunday the board named former Kestrel boss Ada Quint as CEO of the carrier.\n",
    }, {"a": "2024-05-06"})
    assert titles_of(report, "person:ada-quint") == ["CEO", "boss"]


def test_bare_title_words_found_as_the_pattern_finds_them() -> None:
    from claimcheck.entities import bare_titles as module

    words = frozenset({"coach", "minister", "secretary", "chief"})
    usable = module._usable(words)
    texts = ["The coach-driver and the team's coach spoke; the minister's aide and the minister left.",
             "The club's 3coach and chief_scout met the chief, then the Chief Secretary-General.",
             "Their coach said so. The ſecretary and the secretary KNEW the Coach",  # letters outside ASCII
             "The head coach"]
    for text in texts:
        for a, b in ((0, len(text)), (4, len(text) - 3), (0, 9), (10, 30)):
            expected = [m.span() for m in module._pattern(usable).finditer(text, a, b)]
            assert module._hits(text, a, b, words) == expected, (text, a, b)
