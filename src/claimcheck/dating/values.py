"""Publication-date values: ISO days and months as Published records and anchors."""

from __future__ import annotations

import calendar
from datetime import date
from functools import lru_cache

from ..models import DateAnchor, Published


def month_anchor(year: int, month: int) -> DateAnchor:
    last = calendar.monthrange(year, month)[1]
    return DateAnchor(start=date(year, month, 1), end=date(year, month, last), granularity="month")


def published_from_value(value: str, basis: str, evidence: str | None = None,
                         confidence: float | None = None) -> Published:
    """A Published record for an ISO day or YYYY-MM value."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(*parts)
        return Published(value=value, start=day, end=day, basis=basis, evidence=evidence,  # type: ignore[arg-type]
                         confidence=confidence)
    anchor = month_anchor(parts[0], parts[1])
    return Published(value=value, start=anchor.start, end=anchor.end, basis=basis,  # type: ignore[arg-type]
                     evidence=evidence, confidence=confidence)


def published_day(day: date, evidence: str, confidence: float) -> Published:
    return Published(value=day.isoformat(), start=day, end=day, basis="inferred", evidence=evidence,
                     confidence=confidence)


def published_month(anchor: DateAnchor, evidence: str, confidence: float) -> Published:
    return Published(value=anchor.value, start=anchor.start, end=anchor.end, basis="inferred", evidence=evidence,
                     confidence=confidence)


@lru_cache(maxsize=4096)
def parse_page_date(text: str) -> date | None:
    """A full date shown by the page ("Wednesday, January 22, 2025"); None if not a full date."""
    import dateparser  # slow to import; only pages with a header date need it

    parsed = dateparser.parse(text, languages=["en"],
                              settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]})
    return parsed.date() if parsed else None


def file_date(raw: str) -> str | None:
    """A file's own date (JSONL ``published``, HTML metadata) as an ISO day or month."""
    text = raw.strip()[:10]
    for candidate in (text, text[:7]):
        try:
            parts = [int(p) for p in candidate.split("-")]
            date(parts[0], parts[1], parts[2] if len(parts) > 2 else 1)
            return candidate
        except (ValueError, IndexError):
            continue
    return None
