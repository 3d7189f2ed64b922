"""No anchor (values stay unresolved), month-only anchors, and re-tagging with many anchors."""

from __future__ import annotations

import pytest

from claimcheck.timex import clear_cache, finder, tag
from timex_helpers import anchor, one, values


@pytest.mark.parametrize(
    ("text", "expect", "value"),
    [
        ("They met on November 13.", "November 13", "XXXX-11-13"),
        ("They met last September.", "last September", "XXXX-09"),
        ("They will meet next year.", "next year", "REF+P1Y"),
        ("Prices fell last month.", "last month", "REF-P1M"),
        ("He arrived yesterday.", "yesterday", "REF-P1D"),
        ("They met on Sunday.", "Sunday", "XXXX-WXX-7"),
        ("The drill was held this summer.", "this summer", "XXXX-SU"),
        ("On the 14th, the talks were held.", "the 14th", "XXXX-XX-14"),
        ("It goes live within this year.", "within this year", "REF/XXXX"),
    ],
)
def test_without_an_anchor_values_stay_unresolved(text: str, expect: str, value: str) -> None:
    t = one(text, None, expect)
    assert t.value == value
    assert t.anchor == "unresolved" and t.start is None and t.end is None


def test_without_an_anchor_absolute_dates_still_resolve() -> None:
    t = one("The deal was signed on March 19, 2023.", None, "March 19, 2023")
    assert t.value == "2023-03-19" and t.anchor == "absolute"


class TestMonthAnchor:
    def test_by_the_end_of_the_year_starts_at_the_anchor_month(self) -> None:
        t = one("The system will be ready by the end of the year.", "2023-08", "by the end of the year")
        assert t.value == "2023-08/2023-12-31"
        assert (t.start.isoformat(), t.end.isoformat()) == ("2023-08-01", "2023-12-31")

    def test_earlier_this_month_is_the_anchor_month(self) -> None:
        assert one("The leaders met earlier this month.", "2023-08", "earlier this month").value == "2023-08"

    def test_last_november(self) -> None:
        assert one("They met last November.", "2023-08", "last November").value == "2022-11"

    def test_a_day_in_the_anchor_month(self) -> None:
        assert one("They met on 18 August.", "2023-08", "18 August").value == "2023-08-18"

    def test_yesterday_is_an_interval_in_a_month_anchor(self) -> None:
        t = one("He arrived yesterday.", "2023-08", "yesterday")
        assert t.value == "2023-07-31/2023-08-30" and t.granularity == "interval"


def test_retagging_with_many_anchors_reuses_the_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    # counted, not timed: the text is scanned once, every later anchor only resolves
    scans: list[str] = []
    real = finder._find

    def counting(text, *args):  # type: ignore[no-untyped-def]
        scans.append(text)
        return real(text, *args)

    monkeypatch.setattr(finder, "_find", counting)
    text = ("The ministers met on Sunday and agreed to activate it in December. " * 200)
    clear_cache()
    first = tag(text, anchor("2023-11-13"))
    for day in range(1, 29):
        again = tag(text, anchor(f"2023-02-{day:02d}"))
    assert len(again) == len(first) == 400
    assert scans == [text]  # no second scan of the text
    assert values("They met in December.", "2023-02-10") == {"December": "2022-12"}
