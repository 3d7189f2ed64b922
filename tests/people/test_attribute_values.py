"""Attributes stated with their value, of a story's one thing (claimcheck.attribute_values,
compared by checks/named_value.py): the table's examples, and small articles written for the
tests, each shape with a case where it fires and one where it must not."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import run_dated
from claimcheck.attribute_values import read, table


@pytest.mark.parametrize("ex", table().examples, ids=lambda ex: ex.text[:40])
def test_attribute_value_examples(ex) -> None:
    found = read(ex.text)
    got = (found[0].attribute, found[0].value) if found else (None, None)
    assert got == (ex.attribute, ex.value)


def test_spans_index_the_sentence() -> None:
    s = "The medal carries 300,000 euros in prize money, the organisers said."
    (r,) = read(s)
    assert s[r.span[0]:r.span[1]] == r.text == "300,000 euros"
    assert s[r.noun_span[0]:r.noun_span[1]] == "prize money"
    assert r.value == "300000 EUR"


def _alarms(tmp_path: Path, one: str, two: str) -> list[str]:
    report = run_dated(tmp_path, {"one": ("2031-05-02", one), "two": ("2031-05-03", two)})
    return [f.subject for f in report.findings
            if f.subject.startswith("value:") and f.severity in ("conflict", "tension")]


CASES = {
    # a stamp sale: one lot number each; a second lot of the sale in one article
    "lot": ("The rare stamp, offered as lot 212 at the Geneva sale, fetched a record price on Friday.",
            "The stamp, sold as lot 221 in Geneva, fetched a record price on Friday.", "value:lot-number|-"),
    "lot and another": ("The rare stamp, offered as lot 212 at the Geneva sale, fetched a record price on Friday.",
                        "Another stamp, offered as lot 230, failed to sell on Friday.", None),
    # a rugby signing: the number the new player wears
    "jersey": ("The flanker will wear the number 7 jersey at his new club.",
               "The flanker will wear the No. 6 jersey at his new club.", "value:shirt-number|-"),
    "jersey same": ("The flanker will wear the number 7 jersey at his new club.",
                    "The flanker takes the No. 7 jersey at his new club.", None),
    # a municipal bond: its coupon; a former coupon is no present value
    "coupon": ("The city's green bond pays a coupon of 3.25% a year.",
               "The city's green bond carries a coupon of 3.75% a year.", "value:coupon|-"),
    "coupon before": ("The city's green bond pays a coupon of 3.25% a year.",
                      "The city's older notes originally paid a coupon of 6% a year.", None),
    # the coupon written before its noun meets the coupon written after it
    "coupon before noun": ("The city's green bond pays a coupon of 3.25% a year.",
                           "The city sold a 3.75% coupon bond to fund its tram line.", "value:coupon|-"),
    "coupon same": ("The city's green bond pays a coupon of 3.25% a year.",
                    "The city sold a 3.25% coupon bond to fund its tram line.", None),
    # a utility's loan restructuring: the haircut lenders take; a share of holders is not one
    "haircut": ("Lenders to the utility agreed to a 15% haircut on Friday.",
                "Lenders to the utility accepted a haircut of 20% on Friday.", "value:haircut|-"),
    "haircut holders": ("Lenders to the utility agreed to a 15% haircut on Friday.",
                        "Holders of 20% of the loans rejected the haircut on Friday.", None),
    # a science award: its prize money; a range or another period says nothing of it
    "prize": ("The medal carries $250,000 in prize money.",
              "The laureate will receive 200,000 dollars in prize money.", "value:prize-money|-"),
    "prize range": ("The medal carries $250,000 in prize money.",
                    "Finalists receive between $10,000 and $20,000 in prize money.", None),
    # a poetry award: its worth and the sum its winner takes; a second-placed poet's sum
    "award worth": ("The poet took the award, worth £15,000, at a ceremony in Hay.",
                    "The winner takes £12,000 from a total fund of £30,000.", "value:prize-money|-"),
    "runner-up": ("The poet took the award, worth £15,000, at a ceremony in Hay.",
                  "The runner-up takes £12,000 from a total fund of £30,000.", None),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_attribute_values_compared(tmp_path: Path, name: str) -> None:
    one, two, subject = CASES[name]
    alarms = _alarms(tmp_path, one, two)
    if subject is None:
        assert not [a for a in alarms if a.split("|")[0].split(":")[1] in table().classes], alarms
    else:
        assert subject in alarms, alarms
