"""The check rules' data files (``resources/checks/*.yaml``), validated when loaded."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..resources import load_resource


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class MatchExamples(_Model):
    match: list[str] = Field(default_factory=list)
    no_match: list[str] = Field(default_factory=list)


class DateTables(_Model):
    local_time_markers: list[str] = Field(min_length=1)
    fuzzy_days: dict[str, int] = Field(default_factory=dict)
    midnight_markers: list[str] = Field(default_factory=list)
    clock_tolerance_minutes: int = Field(default=10, ge=0)
    clock_approximators: dict[Literal["around", "after", "before"], list[str]] = Field(default_factory=dict)
    max_zone_shift_hours: int = Field(default=14, ge=1, le=26)
    day_parts: dict[Literal["MO", "MI", "AF", "EV", "NI", "DT"], tuple[int, int]] = Field(default_factory=dict)
    day_part_words: dict[str, tuple[int, int]] = Field(default_factory=dict)
    plan_window_days: int = Field(default=3, ge=0)
    plan_change_markers: list[str] = Field(default_factory=list)
    forecaster_words: list[str] = Field(default_factory=list)
    lasting_nouns: list[str] = Field(default_factory=list)
    examples: dict[str, MatchExamples]

    @model_validator(mode="after")
    def _hours_in_order(self) -> DateTables:
        for name, (lo, hi) in {**self.day_parts, **self.day_part_words}.items():
            if not 0 <= lo < hi <= 30:
                raise ValueError(f"day part {name!r}: hours {lo}-{hi} are not a span of a day (0 <= lo < hi <= 30)")
        return self

    def clock_approximator_re(self) -> re.Pattern[str]:
        """An approximator ending right where a clock time begins (search with ``endpos``)."""
        return _approximator_re(tuple(sorted((w for ws in self.clock_approximators.values() for w in ws),
                                             key=len, reverse=True)))

    def clock_approximator_kind(self, words: str) -> str | None:
        low = " ".join(words.lower().split())
        return next((k for k, ws in self.clock_approximators.items() if low in ws), None)

    def day_part_re(self) -> re.Pattern[str]:
        """A day-part word ending where a date begins ("early on ", "late ", "in the early
        hours of "; search with ``endpos``)."""
        return _day_part_re(tuple(sorted(self.day_part_words, key=len, reverse=True)))

    def midnight_re(self) -> re.Pattern[str]:
        alts = "|".join(re.escape(m) for m in sorted(self.midnight_markers, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE) if alts else re.compile(r"(?!x)x")

    def plan_change_re(self) -> re.Pattern[str]:
        alts = "|".join(re.escape(m).replace(r"\ ", r"\s+")
                        for m in sorted(self.plan_change_markers, key=len, reverse=True))
        # a whole word: not "delayed-action"
        return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE) if alts else re.compile(r"(?!x)x")

    def local_time_re(self) -> re.Pattern[str]:
        alts = "|".join(re.escape(m) for m in sorted(self.local_time_markers, key=len, reverse=True))
        return re.compile(rf"(?<!\w)(?:{alts})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def _approximator_re(words: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!x)x"
    return re.compile(rf"(?<!\w)({alts})\s+(?:at\s+)?$", re.IGNORECASE)


@lru_cache(maxsize=4)
def _day_part_re(words: tuple[str, ...]) -> re.Pattern[str]:
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!x)x"
    return re.compile(rf"(?<!\w)({alts})\s+(?:on\s+|of\s+)?$", re.IGNORECASE)


class TitleExample(_Model):
    a: str
    b: str
    expect: Literal["same", "wording", "different", "skip"]


class CombinedExample(_Model):
    a: str
    b: str
    expect: bool


class HolderExample(_Model):
    title: str
    post: str | None  # the post the holder rule reads, None when it reads none


class TitleTables(_Model):
    spelling: dict[str, str]
    stopwords: list[str]
    rank_modifiers: list[str]
    generic_heads: list[str]
    past_markers: list[str]
    examples: list[TitleExample] = Field(min_length=1)
    # posts at the head of one body, one held at a time ("chief executive", "general manager")
    exclusive_posts: list[str] = []
    portfolio_heads: list[str] = []  # "safety director": a portfolio word and this head make a post
    portfolio_exempt: list[str] = []  # "managing director": a head post, not a portfolio
    portfolio_posts: list[str] = []  # "finance critic": the field word before the head is a portfolio
    # rank words of a level of government ("regional"): a rank in lower case, a portfolio's name capitalised
    level_modifiers: list[str] = []
    # "head of communications": a function's head written before its field, the post "<field> director"
    function_heads: list[str] = []
    not_functions: list[str] = []  # "head of state", "head of delegation": no function of a body
    joint_markers: list[str] = []  # "interim", "acting": a post held beside one's own
    post_examples: list[TitleExample] = []  # two titles of one person: "different" posts or "skip"
    plain_heads: list[str] = []  # "manager": a post only when no lower-case word qualifies it
    combined_posts: list[list[str]] = []  # posts one person often holds together ("chair", "chief executive")
    same_posts: list[list[str]] = []  # two names of one post ("head coach", "manager")
    post_wordings: list[list[str]] = []  # names of one post for the title rule only ("finance chief", "CFO")
    combined_examples: list[CombinedExample] = []
    holder_posts: list[str] = []  # posts one person holds at a body at a time (the holder rule)
    shared_markers: list[str] = []  # "co-CEO", "joint manager": a post held by several
    generic_bodies: list[str] = []  # "the club's", "Club captain": no body's name
    many_bodies: list[str] = []  # "Committee chairman": one of a story's several committees
    # heads of a place, a party or a bank, one holder at a time ("governor", "mayor", "regent"):
    # read by the holder rule only, when nothing but a body's name or a stand-in marker qualifies them
    holder_heads: list[str] = []
    # posts each side of a match or a transfer has ("head coach"): with no body written anywhere,
    # the holder rule never joins two of their holders on a day only likely held
    sided_posts: list[str] = []
    holder_examples: list[HolderExample] = []
    taking_up: list[str] = []  # "was named", "took charge as": the post is taken at the statement's time

    @model_validator(mode="after")
    def _known_posts(self) -> "TitleTables":
        """Combined and same posts are posts of the table, two or more each."""
        known = set(self.exclusive_posts)
        for group in self.combined_posts + self.same_posts + self.post_wordings:
            if len(group) < 2 or not set(group) <= known:
                raise ValueError(f"posts {group} must be two or more of exclusive_posts")
        if not set(self.holder_posts) <= known:
            raise ValueError("holder_posts must be exclusive_posts")
        if not set(self.plain_heads) <= known:
            raise ValueError("plain_heads must be exclusive_posts")
        if not set(self.level_modifiers) <= set(self.rank_modifiers):
            raise ValueError("level_modifiers must be rank_modifiers")
        return self


class LatticePost(_Model):
    id: str
    rung: int = Field(ge=1)
    phrases: list[str] = Field(min_length=1)  # read with the family's fit
    closed: list[str] = []  # read as if the family's fit were closed ("secretary": not "press secretary")


class LatticeFamily(_Model):
    id: str
    fit: Literal["open", "closed", "bare"]
    modifiers: list[str] = []  # words of a bare family's ranks before the post ("rear" admiral)
    posts: list[LatticePost] = Field(min_length=2)
    compatible: list[list[str]] = []  # posts of the family one person may hold at once
    # the post is of this family only when the title names its body before it ("union president",
    # "SEN general secretary"): a head of state is also a party's general secretary
    needs_body: bool = False

    @model_validator(mode="after")
    def _known(self) -> "LatticeFamily":
        ids = [p.id for p in self.posts]
        if len(set(ids)) != len(ids):
            raise ValueError(f"family {self.id}: a post id is listed twice")
        for pair in self.compatible:
            if len(pair) != 2 or not set(pair) <= set(ids):
                raise ValueError(f"family {self.id}: compatible {pair} must be two of its posts")
        return self


class LatticeExample(_Model):
    a: str
    b: str
    expect: Literal["exclusive", "same", "none"]


class TitleLattice(_Model):
    families: list[LatticeFamily] = Field(min_length=1)
    examples: list[LatticeExample] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique(self) -> "TitleLattice":
        ids = [f.id for f in self.families]
        if len(set(ids)) != len(ids):
            raise ValueError("a family id is listed twice")
        return self


class Qualifier(_Model):
    relation: Literal["approx", "more_than", "at_least", "less_than", "at_most"]
    words: list[str] = Field(min_length=1)


class CountExample(_Model):
    text: str
    relation: Literal["exact", "approx", "more_than", "at_least", "less_than", "at_most"]


class CountTables(_Model):
    same_time_days: int = Field(ge=0)
    approx_tolerance: float = Field(ge=0, le=1)
    approx_min_abs: float = Field(ge=0)
    qualifiers: list[Qualifier]
    timex_mods: dict[str, Literal["approx", "more_than", "at_least", "less_than", "at_most"]]
    examples: list[CountExample] = Field(min_length=1)


class CadenceExample(_Model):
    text: str
    period: str | None


class CadenceTables(_Model):
    periods: dict[str, str]
    no_cadence: list[str]
    examples: list[CadenceExample] = Field(min_length=1)


class NameExample(_Model):
    a: str
    b: str
    expect: Literal["same", "variant", "short", "description"]


class NameTables(_Model):
    ordinal_words: list[str]
    determiners: list[str]
    particles: list[str]
    examples: list[NameExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def date_tables() -> DateTables:
    return load_resource("checks/dates.yaml", DateTables)


@lru_cache(maxsize=1)
def title_tables() -> TitleTables:
    return load_resource("checks/titles.yaml", TitleTables)


@lru_cache(maxsize=1)
def title_lattice() -> TitleLattice:
    return load_resource("checks/title_lattice.yaml", TitleLattice)


@lru_cache(maxsize=1)
def count_tables() -> CountTables:
    return load_resource("checks/counts.yaml", CountTables)


@lru_cache(maxsize=1)
def cadence_tables() -> CadenceTables:
    return load_resource("checks/cadence.yaml", CadenceTables)


@lru_cache(maxsize=1)
def name_tables() -> NameTables:
    return load_resource("checks/names.yaml", NameTables)
