"""Word tables for the tagger, loaded from ``resources/timex/*.yaml`` and validated.

Each file is checked with pydantic when first loaded; a bad file raises
:class:`claimcheck.errors.ResourceError` naming the file. Every file carries ``examples:``
that ``tests/timex/test_resources.py`` runs through :func:`claimcheck.timex.tag`.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator

from ..cache import cached
from ..errors import ResourceError
from ..yamlio import load_yaml

RESOURCE_DIR = Path(__file__).resolve().parent.parent / "resources" / "timex"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


def _text(v: Any) -> Any:
    # YAML reads 2023-08-18 as a date and 2024 as an int; examples compare strings.
    if isinstance(v, (date, int, float)):
        return v.isoformat() if isinstance(v, date) else str(v)
    return v


class Example(_Model):
    """``text`` tagged with ``anchor`` must yield ``expect`` (a span's text) with ``value``;
    ``expect: null`` means nothing may be tagged."""

    text: str
    anchor: str | None = None
    expect: str | None = None
    value: str | None = None

    _coerce = field_validator("anchor", "value", mode="before")(classmethod(lambda cls, v: _text(v)))


class TenseExample(_Model):
    sentence: str
    expect: str
    tense: Literal["past", "present", "future"]


class Named(_Model):
    number: int
    names: list[str]


class Season(_Model):
    code: str
    names: list[str]
    months: tuple[int, int]


class DayPart(_Model):
    code: str
    names: list[str]


class Holiday(_Model):
    names: list[str]
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    nth: int | None = None
    easter: int | None = None  # offset in days from Easter Sunday
    shift: int = 0  # days after the nth weekday (Election Day: the Tuesday after the 1st Monday)


class Calendar(_Model):
    months: list[Named]
    weekdays: list[Named]
    seasons: list[Season]
    day_parts: list[DayPart]
    holidays: list[Holiday]
    examples: list[Example]


class Numbers(_Model):
    cardinals: dict[str, float]
    vague: list[str]
    ordinals: dict[str, int]
    year_centuries: dict[str, int] = {}
    year_thousands: dict[str, int] = {}
    decade_words: dict[str, int] = {}
    examples: list[Example]


class Unit(_Model):
    names: list[str]
    plural: str | None = None
    code: str
    time: bool = False
    factor: int = 1
    adverb: str | None = None


class Units(_Model):
    units: list[Unit]
    sets: dict[str, str]
    examples: list[Example]


class Modifiers(_Model):
    point: dict[str, str]
    quantity: dict[str, str]
    examples: list[Example]


class Deictic(_Model):
    day: int | None = None
    part: str | None = None
    ref: str | None = None
    window: bool = False


class Relative(_Model):
    offsets: dict[str, int]
    deictic: dict[str, Deictic]
    examples: list[Example]


class Tense(_Model):
    future: list[str]
    past: list[str]
    present: list[str]
    reporting: list[str] = []
    abbreviations: list[str] = []
    examples: list[TenseExample]


class Lexicon(_Model):
    calendar: Calendar
    numbers: Numbers
    units: Units
    modifiers: Modifiers
    relative: Relative
    tense: Tense


def _load(name: str, model: type[_Model]) -> Any:
    # validated once per package version and file
    return cached(f"timex-{name}", lambda: _validate(name, model), RESOURCE_DIR / f"{name}.yaml")


def _validate(name: str, model: type[_Model]) -> Any:
    path = RESOURCE_DIR / f"{name}.yaml"
    data = load_yaml(path, ResourceError)
    try:
        return model.model_validate(_plain(data))
    except ValidationError as exc:
        raise ResourceError(f"{path}:1: {exc}") from None


def _plain(node: Any) -> Any:
    # ruamel's round-trip containers -> plain dicts/lists, keys as text.
    if isinstance(node, dict):
        return {str(_text(k)): _plain(v) for k, v in node.items()}
    if isinstance(node, list):
        return [_plain(v) for v in node]
    return node


@cache
def lexicon() -> Lexicon:
    # each part is validated (or read back validated): constructed, not validated again
    return Lexicon.model_construct(
        calendar=_load("calendar", Calendar),
        numbers=_load("numbers", Numbers),
        units=_load("units", Units),
        modifiers=_load("modifiers", Modifiers),
        relative=_load("relative", Relative),
        tense=_load("tense", Tense),
    )
