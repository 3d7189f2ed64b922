"""Places named with a leading place noun ("Mount Keller", "Port Tallow"), written in
other places of the corpus by the name alone ("Keller"): that name is the place, not a
person, though it passes for a surname. Only a person whose whole name is the bare name
is retyped: "Keller" as the surname of "Anna Keller" stays hers."""

from __future__ import annotations

from ..models import Mention
from .lexicon import Lexicon
from .text import key, slug

RULE = "place-led-short"


def _stem(lex: Lexicon, text: str) -> str | None:
    words = key(text).split()
    if len(words) < 2 or lex.leading_heads.get(words[0]) != "place":
        return None
    return " ".join(words[1:])


def retype_bare_names(lex: Lexicon, all_mentions: list[tuple[str, Mention]]) -> None:
    """Person mentions (no title written with them: "Judge Keller" is a person) whose id is a led place's bare name take that place's id; a bare
    name two led places share ("Lake Orna", "Mount Orna") is left alone."""
    places: dict[str, set[str]] = {}
    for _, m in all_mentions:
        if m.kind == "place" and m.rule == "place-head":
            s = _stem(lex, m.text)
            if s is not None:
                places.setdefault(f"person:{slug(s)}", set()).add(m.entity or "")
    if not places:
        return
    for _, m in all_mentions:
        if m.kind == "person" and m.entity in places and len(ids := places[m.entity]) == 1 and m.title is None:
            m.kind, m.entity, m.rule = "place", next(iter(ids)), RULE  # type: ignore[assignment]
