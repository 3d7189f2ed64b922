"""Pydantic schemas of the entity resources (resources/entities/*.yaml), validated on load."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from ..resources import load_resource


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class CountryEntry(_Strict):
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    demonyms: list[str] = Field(default_factory=list)
    capital: str | None = None
    capital_place: str | None = None
    contextual: list[str] = Field(default_factory=list)


class LookupExample(_Strict):
    text: str
    id: str


class Countries(_Strict):
    countries: list[CountryEntry]
    regions: list[CountryEntry]
    examples: list[LookupExample]


class Portfolio(_Strict):
    id: str
    words: list[str]
    official: dict[str, str] = Field(default_factory=dict)
    implies: dict[str, str] = Field(default_factory=dict)
    other_ministry_names: list[str] = Field(default_factory=list)
    other_titles: dict[str, str] = Field(default_factory=dict)
    # portfolios one minister often holds together with this one ("climate and energy"):
    # outlets may name either, so two of them for one person at one time are no sure conflict
    often_with: list[str] = Field(default_factory=list)


class OfficeEntry(_Strict):
    id: str
    titles: list[str]
    # an office only with its country written: alone the title is as often an international
    # body's or a party's ("Secretary-General"), so no country is inferred for it
    qualified: bool = False


class TitleExample(_Strict):
    text: str
    office: str | None
    title: str
    country: str | None = None


class Titles(_Strict):
    portfolios: list[Portfolio]
    offices: list[OfficeEntry]
    modifiers: dict[str, str]
    ambiguous_modifiers: list[str] = []
    rank_ordinals: list[str] = []  # "First Vice Foreign Minister": an ordinal before a modifier is part of the rank
    roles: list[str]
    courtesy: list[str] = []
    honorifics: list[str]
    ranks: list[str]
    counterparts: list[str]
    role_verbs: dict[str, str] = {}  # "chairs" -> "chair": a post named by its verb ("X, who chairs ...")
    joint_roles: list[str] = []  # held beside a post ("founder and chief executive"): the post is the title
    portfolio_heads: list[str] = []  # "sporting director": a head a field word before it makes a post of its own
    examples: list[TitleExample]


class SeriesEntry(_Strict):
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    kind: Literal["meeting", "exercise"] = "meeting"
    cadence: Literal["annual", "biennial", "biannual", "quadrennial", "irregular"] = "irregular"
    first: int | None = None
    organiser: str | None = None


class SeriesFile(_Strict):
    series: list[SeriesEntry]
    examples: list[LookupExample]


class NamedEntry(_Strict):
    kind: Literal["org", "place", "thing"]
    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    country: str | None = None


class Named(_Strict):
    entries: list[NamedEntry]
    examples: list[LookupExample]


class Tradition(_Strict):
    countries: list[str]
    surname_first: bool
    surnames: list[str]
    syllables: list[str] = Field(default_factory=list)
    given: list[str] = Field(default_factory=list)
    variants: dict[str, str] = Field(default_factory=dict)


class NameExample(_Strict):
    a: str
    b: str
    same: bool


class Names(_Strict):
    hypocorisms: dict[str, list[str]]
    sister_forms: list[list[str]] = Field(default_factory=list)
    traditions: dict[str, Tradition]
    given_names: list[str]
    suffixes: list[str]
    particles: list[str]
    examples: list[NameExample]


class KindExample(_Strict):
    text: str
    kind: Literal["org", "place", "thing", "event"]


class Words(_Strict):
    heads: dict[Literal["org", "place", "thing", "event"], list[str]]
    event_nouns: list[str]
    numbered_bodies: list[str] = []
    exercise_nouns: list[str]
    spelling: dict[str, str]
    locatives: list[str]
    stop: list[str]
    openers: list[str] = []
    calendar: list[str]
    not_names: list[str]
    examples: list[KindExample]


class Bodies(_Strict):
    brand_heads: list[str]
    leading_heads: dict[Literal["org", "place", "thing", "event"], list[str]]
    base_suffixes: list[str] = []
    descriptors: dict[Literal["org", "place", "thing"], list[str]]
    named_after: dict[Literal["org", "place", "thing"], list[str]]
    place_of: list[str] = []  # "the port city of X": a place noun before "of" makes X a place
    calling: list[str]
    examples: list[KindExample]


def load_bodies() -> Bodies:
    return load_resource("entities/bodies.yaml", Bodies)


def load_all() -> tuple[Countries, Titles, SeriesFile, Named, Names, Words]:
    return (
        load_resource("entities/countries.yaml", Countries),
        load_resource("entities/titles.yaml", Titles),
        load_resource("entities/series.yaml", SeriesFile),
        load_resource("entities/named.yaml", Named),
        load_resource("entities/names.yaml", Names),
        load_resource("entities/words.yaml", Words),
    )
