"""Spellings of one name of a body, place or thing that do not make it another name:
a company's legal form ("Brightway Logistics Inc." = "Brightway Logistics"), German
vowels written out ("MuellerTech" = "MüllerTech", after the accent is folded away:
"mullertech"), a place's official renaming ("Chittagong" = "Chattogram"). Tables in
``resources/entities/spellings.yaml``; used by ``resolve._join_name_forms`` on the
folded words of a name, so two names meet only when every other word agrees."""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..resources import load_resource


class SpellingExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    a: str
    b: str
    same: bool


class Spellings(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    legal_forms: list[str]
    renamings: dict[str, str]
    examples: list[SpellingExample] = Field(default_factory=list)

    @field_validator("legal_forms")
    @classmethod
    def _lower(cls, v: list[str]) -> list[str]:
        if any(w != w.lower() or " " in w for w in v):
            raise ValueError("legal forms are single lower-case words")
        return v


@lru_cache(maxsize=1)
def spelling_tables() -> tuple[frozenset[str], dict[str, str]]:
    s = load_resource("entities/spellings.yaml", Spellings)
    return frozenset(s.legal_forms), {k.replace("-", " "): v for k, v in s.renamings.items()}


# German umlauts typed without the mark ("ue" for "ü"); the accent folding already wrote
# "ü" as "u", so "ue" becomes "u" on both sides
_DIGRAPHS = (("ae", "a"), ("oe", "o"), ("ue", "u"))


def fold_vowels(word: str) -> str:
    """German vowels written out folded as their umlauts were: "gruen" and "grün" -> "grun"."""
    for a, b in _DIGRAPHS:
        if a in word:
            word = word.replace(a, b)
    return word


def form_words(words: list[str], kind: str) -> list[str]:
    """The folded words of a name as compared: renamed places under their current name,
    German vowels folded, and an organisation's legal form at its end dropped (never
    every word)."""
    legal, renamed = spelling_tables()
    out = [fold_vowels(renamed.get(w, w)) for w in words]
    if kind == "org":
        while len(out) > 1 and out[-1] in legal:
            out.pop()
    return out
