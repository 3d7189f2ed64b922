"""The quantity resource (``resources/quantities/quantities.yaml``), validated when loaded."""

from __future__ import annotations

from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..resources import load_resource


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class QuantityExample(_Model):
    text: str
    value: float
    lo: float | None = None
    hi: float | None = None
    dimension: str | None = None
    head: str | None = None


class CompoundUnit(_Model):
    forms: list[str] = Field(min_length=1)
    factor: float = Field(gt=0)


class QuantityTables(_Model):
    number_words: dict[str, int]
    scales: dict[str, int]
    vague_numbers: dict[str, tuple[float, float]]
    approximators: dict[str, list[str]]
    approx_tolerance: float = Field(ge=0, le=1)
    approx_points: float = Field(ge=0)
    below: list[str]
    units: dict[str, dict[str, list[str]]]
    factors: dict[str, float]
    currencies: dict[str, str]
    scaled_signs: dict[str, str] = {}
    percent: list[str]
    head_classes: dict[str, list[str]]
    measure_heads: dict[str, list[str]]
    premodified_heads: dict[str, list[str]] = {}
    change_verbs: dict[str, list[str]]
    cumulative: list[str]
    monthly: list[str]
    one_day: list[str] = []
    monotone: list[str]
    victims: list[str]
    change_words: dict[str, list[str]]
    need_owner: list[str]
    owned_sums: list[str] = []
    auxiliaries: list[str]
    people_nouns: list[str]
    anonymous_nouns: list[str]
    collective_nouns: list[str] = []
    size_verbs: list[str] = []
    slot_nouns: dict[str, list[str]] = {}
    slot_noun_stop: list[str] = []
    slot_generic: list[str] = []
    slot_phases: dict[str, list[str]] = {}
    ordinal_noun_stop: list[str] = []
    holder_titles: list[str] = []
    streak_words: list[str] = []
    holder_noun_stop: list[str] = []
    lineage_heads: list[str] = []
    revision_verbs: list[str] = []
    compound_units: dict[str, dict[str, CompoundUnit]] = {}
    limit_words: list[str] = []
    member_words: list[str] = []
    count_actions: dict[str, list[str]]
    irregular_past: dict[str, list[str]] = {}
    open_verb_stop: list[str] = []
    particles: list[str] = []
    count_states: dict[str, list[str]] = {}
    state_links: list[str] = []
    restrictive_adjectives: list[str] = []
    injury_verbs: list[str] = []
    event_nouns: dict[str, str] = {}
    event_noun_suffixes: dict[str, str] = {}
    event_noun_stop: list[str] = []
    harm_nouns: dict[str, list[str]] = {}
    term_roles: dict[str, list[str]]
    term_nouns: list[str]
    forecast_cues: list[str]
    asof_cues: list[str]
    elsewhen_cues: list[str]
    anaphors: list[str] = []
    causes: dict[str, list[str]] = {}
    running_cues: list[str] = []
    holding: dict[str, list[str]] = {}
    participles: list[str] = []
    irregular_plurals: dict[str, str] = {}
    not_irregular_plurals: list[str] = []
    count_adjective_stop: list[str] = []
    offset_anchors: dict[str, list[str]] = {}
    tenure_phrases: list[str] = []
    examples: list[QuantityExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def tables() -> QuantityTables:
    t = load_resource("quantities/quantities.yaml", QuantityTables)
    for unit in (u for dim in t.units.values() for u in dim):
        if unit not in t.factors:
            raise ValueError(f"quantities.yaml: unit {unit} has no factor")
    return t


@lru_cache(maxsize=1)
def unit_index() -> dict[str, tuple[str, str]]:
    """Written unit -> (dimension, unit)."""
    return {w.lower(): (dim, unit) for dim, units in tables().units.items() for unit, ws in units.items() for w in ws}


@lru_cache(maxsize=1)
def head_index() -> dict[str, str]:
    """Head phrase (lowercase) -> class."""
    return {w.lower(): cls for cls, ws in tables().head_classes.items() for w in ws}


@lru_cache(maxsize=1)
def approximator_index() -> dict[str, str]:
    return {w.lower(): rel for rel, ws in tables().approximators.items() for w in ws}
