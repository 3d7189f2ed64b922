"""The predicate lexicon and modality cues (resources/claims/*.yaml), compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from .resources import load_resource
from .words import PhraseTable, Words, scan

Facet = str


class Predicate(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    facet: Facet
    forms: list[str]


class PredicateExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    predicate: str


class Lexicon(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    predicates: dict[str, Predicate]
    examples: list[PredicateExample]


class ModalityExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    modality: str


class ModalityCues(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    future: list[str]
    agreed: list[str]
    expected: list[str]
    examples: list[ModalityExample]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return load_resource("claims/predicates.yaml", Lexicon)


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    predicate: str
    facet: Facet


@lru_cache(maxsize=1)
def _trigger_table() -> PhraseTable[tuple[str, Facet]]:
    return PhraseTable((f, (name, p.facet)) for name, p in lexicon().predicates.items() for f in p.forms)


def triggers_in(words: Words) -> list[Trigger]:
    """Predicate words among ``words`` (one lookup per word)."""
    return [Trigger(m.start, m.end, m.value[0], m.value[1]) for m in _trigger_table().find(words)]


def triggers(text: str, start: int, end: int) -> list[Trigger]:
    """Predicate words in ``text[start:end]``."""
    return [t for t in triggers_in(scan(text)) if start <= t.start and t.end <= end]


@lru_cache(maxsize=1)
def _cue_patterns() -> dict[str, re.Pattern[str]]:
    cues = load_resource("claims/modality.yaml", ModalityCues)
    return {kind: re.compile(r"\b(?:" + "|".join(re.escape(c) for c in sorted(words, key=len, reverse=True)) + r")\b",
                             re.IGNORECASE)
            for kind, words in (("agreed", cues.agreed), ("expected", cues.expected), ("future", cues.future))}


def cues_in(text: str) -> set[str]:
    """Which modality cues (agreed, expected, future) occur in ``text``."""
    return {kind for kind, pattern in _cue_patterns().items() if pattern.search(text)}


def modality_examples() -> list[ModalityExample]:
    return load_resource("claims/modality.yaml", ModalityCues).examples
