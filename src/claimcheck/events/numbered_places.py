"""A place named by a noun and its number ("Camp 2", "Terminal 3", "Pier 14"): the number
belongs to the name, so two numbers are two places for the place rule (not one "Camp").
The nouns are in `resources/events/numbered_places.yaml`; a figure ("Camp 2,500 metres") or
a decimal is no number of a name."""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..resources import load_resource


class NumberedExample(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    text: str
    name: str | None


class NumberedTable(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)
    nouns: list[str] = Field(min_length=1)
    examples: list[NumberedExample] = Field(min_length=1)


@lru_cache(maxsize=1)
def table() -> NumberedTable:
    return load_resource("events/numbered_places.yaml", NumberedTable)


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(n.lower() for n in table().nouns)


_NUMBER = re.compile(r"[ \t](\d{1,3})(?![\d,.:/]\d|\d|[\w-])")


def numbered_end(text: str, name: str, end: int) -> int:
    """Where a name ending at ``end`` ends with its number: past " 2" when the name's last
    word is a numbered noun ("Camp" + " 2"); ``end`` itself otherwise."""
    last = name.rsplit(None, 1)[-1] if name.strip() else ""
    if not last or not last[0].isupper() or last.lower() not in _nouns():
        return end
    m = _NUMBER.match(text, end)
    return m.end() if m is not None else end
