"""Plain calendar arithmetic and TIMEX3 value spelling for periods.

A *period* is (value, start, end, granularity): the TIMEX3 value and the dates it covers.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import NamedTuple


class Period(NamedTuple):
    value: str
    start: date | None
    end: date | None
    granularity: str | None


def month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def add_months(y: int, m: int, k: int) -> tuple[int, int]:
    n = y * 12 + (m - 1) + k
    return n // 12, n % 12 + 1


def valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def day(d: date) -> Period:
    return Period(d.isoformat(), d, d, "day")


def month(y: int, m: int) -> Period:
    return Period(f"{y:04d}-{m:02d}", date(y, m, 1), month_end(y, m), "month")


def year(y: int) -> Period:
    return Period(f"{y:04d}", date(y, 1, 1), date(y, 12, 31), "year")


def quarter(y: int, q: int) -> Period:
    return Period(f"{y:04d}-Q{q}", date(y, 3 * q - 2, 1), month_end(y, 3 * q), "quarter")


def half(y: int, h: int) -> Period:
    return Period(f"{y:04d}-H{h}", date(y, 6 * h - 5, 1), month_end(y, 6 * h), "half")


def decade(first_year: int) -> Period:
    return Period(f"{first_year // 10:03d}", date(first_year, 1, 1), date(first_year + 9, 12, 31), "decade")


def century(first_year: int) -> Period:
    c = first_year // 100
    return Period(f"{c:02d}", date(c * 100, 1, 1), date(c * 100 + 99, 12, 31), "century")


def week(d: date) -> Period:
    iso = d.isocalendar()
    monday = d - timedelta(days=d.weekday())
    return Period(f"{iso[0]:04d}-W{iso[1]:02d}", monday, monday + timedelta(days=6), "week")


def weekend(d: date) -> Period:
    w = week(d)
    assert w.start is not None
    return Period(w.value + "-WE", w.start + timedelta(days=5), w.start + timedelta(days=6), "week")


def season(y: int, code: str, months: tuple[int, int]) -> Period:
    first, last = months
    end_year = y + 1 if last < first else y  # winter runs into the next year
    return Period(f"{y:04d}-{code}", date(y, first, 1), month_end(end_year, last), "season")


def easter(y: int) -> date:
    # Anonymous Gregorian algorithm.
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    mo = (h + l - 7 * m + 114) // 31
    return date(y, mo, (h + l - 7 * m + 114) % 31 + 1)


def nth_weekday(y: int, m: int, wd: int, nth: int) -> date:
    if nth > 0:
        first = date(y, m, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
    last = month_end(y, m)
    return last - timedelta(days=(last.weekday() - wd) % 7 + 7 * (-nth - 1))


def period_of(unit: str, d: date, k: int = 0) -> Period:
    """The ``unit`` period containing ``d``, moved by ``k`` units."""
    if unit == "day":
        return day(d + timedelta(days=k))
    if unit == "week":
        return week(d + timedelta(weeks=k))
    if unit == "weekend":
        return weekend(d + timedelta(weeks=k))
    if unit == "month":
        return month(*add_months(d.year, d.month, k))
    if unit == "quarter":
        y, m = add_months(d.year, (d.month - 1) // 3 * 3 + 1, 3 * k)
        return quarter(y, (m - 1) // 3 + 1)
    if unit == "half":
        y, m = add_months(d.year, 1 if d.month <= 6 else 7, 6 * k)
        return half(y, 1 if m <= 6 else 2)
    if unit == "year":
        return year(d.year + k)
    if unit == "decade":
        return decade(d.year // 10 * 10 + 10 * k)
    if unit == "century":
        return century(d.year // 100 * 100 + 100 * k)
    raise ValueError(unit)


def shift(d: date, unit: str, n: int) -> date:
    """``d`` moved by ``n`` units (month arithmetic clamps the day)."""
    if unit == "day":
        return d + timedelta(days=n)
    if unit == "week":
        return d + timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}.get(unit)
    if months is None:
        return d
    y, m = add_months(d.year, d.month, months * n)
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def parse_value(value: str) -> Period | None:
    """A period from a TIMEX3 value we write (day, month, year, quarter, half, season, week)."""
    try:
        if len(value) == 10 and value[4] == "-" and value[7] == "-":
            return day(date.fromisoformat(value))
        if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
            return month(int(value[:4]), int(value[5:]))
        if len(value) == 4 and value.isdigit():
            return year(int(value))
        if len(value) == 7 and value[5] == "Q":
            return quarter(int(value[:4]), int(value[6]))
        if len(value) == 7 and value[5] == "H":
            return half(int(value[:4]), int(value[6]))
        if len(value) == 8 and value[5] == "W":
            return week(date.fromisocalendar(int(value[:4]), int(value[6:8]), 1))
    except ValueError:
        return None
    return None
