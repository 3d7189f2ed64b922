"""Small builders for entity tests: a Source from text, mentions by text."""

from __future__ import annotations

from claimcheck.entities import find_mentions, load_aliases, resolve
from claimcheck.entities.index import EntityIndex
from claimcheck.models import Mention, Source
from claimcheck.segment import segment


def source(text: str, sid: str = "doc", excluded: list[tuple[int, int]] | None = None) -> Source:
    s = Source(id=sid, path=f"{sid}.txt", text=text, excluded=excluded or [])
    segment(s)
    return s


def mentions(text: str, sid: str = "doc") -> list[Mention]:
    ms = find_mentions(source(text, sid))
    for m in ms:
        assert text[m.span[0] : m.span[1]] == m.text
    return ms


def corpus(*texts: str, aliases_dir=None) -> tuple[dict[str, list[Mention]], EntityIndex]:
    aliases = load_aliases(aliases_dir)
    by_source = {f"d{i}": find_mentions(source(t, f"d{i}"), aliases) for i, t in enumerate(texts)}
    return by_source, resolve(by_source, aliases)


def find(ms: list[Mention], text: str) -> Mention:
    hits = [m for m in ms if m.text == text]
    assert hits, f"no mention {text!r} in {[m.text for m in ms]}"
    return hits[0]


def all_of(by_source: dict[str, list[Mention]], text: str) -> list[Mention]:
    return [m for ms in by_source.values() for m in ms if m.text == text]
