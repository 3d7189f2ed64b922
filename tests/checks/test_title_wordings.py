"""One post written in other words (claimcheck.check.title.v1): two names of one post of the
tables ("manager" / "head coach"), two generic heads ("head" / "chief"), a generic head and a
post written with one body ("the guild's chief" / "guild president"); each a variant, never an
alarm, and no wording where a rank or another body keeps the posts apart. Small invented
reports (a rowing club, a seed bank, a weavers' guild)."""

from __future__ import annotations

from pathlib import Path

from builders import run_dated

DAY = "2026-03-02"


def _titles(tmp_path: Path, a: str, b: str):
    report = run_dated(tmp_path, {"a": (DAY, a), "b": (DAY, b)})
    return [f for f in report.findings if f.kind == "title"]


def test_two_names_of_one_post_are_a_wording(tmp_path: Path) -> None:
    found = _titles(tmp_path,
                    "Regatta\n\nHead coach Ines Corvo said the crew was ready for the final.\n",
                    "Regatta\n\nManager Ines Corvo said the crew was ready for the final.\n")
    assert [f.severity for f in found] == ["variant"]


def test_two_generic_heads_are_a_wording(tmp_path: Path) -> None:
    found = _titles(tmp_path,
                    "Seed vault\n\nSaid Tomas Reiter, head of the Alpine Seed Bank, the vault is full.\n",
                    "Seed vault\n\nTomas Reiter, chief of the seed bank, said the vault was full.\n")
    assert [f.severity for f in found] == ["variant"]


def test_a_generic_head_and_the_post_of_one_body_are_a_wording(tmp_path: Path) -> None:
    found = _titles(tmp_path,
                    "Guild fair\n\nGuild president Marta Solberg opened the weavers' fair.\n",
                    "Guild fair\n\nThe guild's chief, Marta Solberg, opened the weavers' fair.\n")
    assert [f.severity for f in found] == ["variant"]


def test_a_generic_head_and_a_deputy_post_are_no_wording(tmp_path: Path) -> None:
    found = _titles(tmp_path,
                    "Guild fair\n\nGuild vice president Marta Solberg opened the weavers' fair.\n",
                    "Guild fair\n\nThe guild's chief, Marta Solberg, opened the weavers' fair.\n")
    assert not any(f.severity == "variant" for f in found)
