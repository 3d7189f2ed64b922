"""The fast scan (tried only near trigger words) finds exactly what a full scan finds."""

from __future__ import annotations

from claimcheck.timex.finder import _hits, combined

TEXT = """
The mayors met on Sunday, November 12, and agreed to open the new bridge in December.
The 13th Harbour Mayors Forum was held on the 14th (local time) and on the 8th and 9th of this month.
It is the first forum in about three years, six months since last September, seven years since 2016.
Profit in the year-earlier quarter fell; for the year ended June 30, 1990, sales rose 5%. The latest period
was weak. The 1800s, the '90s and the mid-1990s. At 9 a.m. EST Tuesday and 14:00 GMT, then noon Thursday.
Within the next few months, by the end of the year, before the end of 2024, early next year, late last year.
Earlier this month the leaders met; later this year they will meet again; a day earlier it rained.
The drills are held annually, on an annual basis, every two weeks, once a year, on Sundays, each spring.
A 6-year-old boy, 1,284 troops, CVN-68, a 6-3 ruling, the 20th Nordic Ports Conference, 14th place.
For decades, within weeks, months ago, the past three summers, recent talks, in recent weeks, the 1988 quarter.
"""


def test_fast_scan_equals_full_scan() -> None:
    text = TEXT * 3
    assert [m.span() for m in _hits(text)] == [m.span() for m in combined().finditer(text)]
    assert len(list(_hits(text))) > 60
