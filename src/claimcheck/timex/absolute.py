"""Numeric date strings ("8/18/2023", "18.08.2023") parsed by dateparser, each string once.

Written-out dates ("Aug. 18, 2023") are read directly from the month table: that is exact
and fast. dateparser earns its keep on numeric forms, where it knows the separators, two-
digit years and the month-first order of English news; one parser is reused and every
distinct string is parsed once (an LRU cache), so re-tagging a text costs nothing here.
"""

from __future__ import annotations

from datetime import date
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from dateparser.date import DateDataParser


@cache
def _parser() -> DateDataParser:
    from dateparser.date import DateDataParser  # 0.1 s to import: only when a numeric date turns up

    return DateDataParser(
        languages=["en"],
        settings={"DATE_ORDER": "MDY", "PREFER_DAY_OF_MONTH": "first", "STRICT_PARSING": True,
                  "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_TIME_AS_PERIOD": False},
    )


@lru_cache(maxsize=4096)
def parse_numeric(text: str) -> date | None:
    data = _parser().get_date_data(text)
    return data.date_obj.date() if data and data.date_obj else None
