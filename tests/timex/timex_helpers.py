"""Small helpers for the timex tests: anchors from strings, tagging one sentence."""

from __future__ import annotations

import calendar
from datetime import date

from claimcheck.models import DateAnchor, Timex
from claimcheck.timex import tag


def anchor(value: str | None) -> DateAnchor | None:
    """"2023-11-13" -> a day anchor; "2023-08" -> a month anchor; None -> None."""
    if value is None:
        return None
    if len(value) == 7:
        y, m = int(value[:4]), int(value[5:])
        return DateAnchor(start=date(y, m, 1), end=date(y, m, calendar.monthrange(y, m)[1]), granularity="month")
    d = date.fromisoformat(value)
    return DateAnchor(start=d, end=d, granularity="day")


def tags(text: str, at: str | None) -> list[Timex]:
    return tag(text, anchor(at))


def one(text: str, at: str | None, expect: str) -> Timex:
    """The single timex whose text is ``expect`` (asserting the span is exact)."""
    found = [t for t in tags(text, at) if t.text == expect]
    assert found, f"{expect!r} not tagged in {text!r}: {[(t.text, t.value) for t in tags(text, at)]}"
    t = found[0]
    assert text[t.span[0] : t.span[1]] == t.text
    return t


def values(text: str, at: str | None) -> dict[str, str]:
    return {t.text: t.value for t in tags(text, at)}
