"""Publication dates bounded by what still lies ahead of the text (a deadline, an offer, a state
that runs until a weekday) and a dateline's day after a weekday named for a late hour. Articles
written for these tests."""

from __future__ import annotations

from claimcheck import timex
from claimcheck.dating.facts import gather

from .helpers import date_one


def _facts(text: str):  # noqa: ANN202 - a test helper
    return gather(timex.tag(text, None), text)


# --- a deadline ahead ends the window ----------------------------------------------------------

def test_a_deadline_under_an_obligation_ends_the_window() -> None:
    f = _facts("The builder must finish the tunnel and hand over its records by 2028, the agency said.")
    assert f.planned_end is not None and f.planned_end.isoformat() == "2028-12-31"
    assert 2028 not in f.told_years  # a deadline is not a year the text reports
    f = _facts("The striker signed a contract until June 2030.")
    assert f.planned_end is not None and f.planned_end.isoformat() == "2030-06-30"


def test_a_past_expectation_or_term_is_no_deadline() -> None:
    assert _facts("The ministry expected the line to be finished by 2029.").planned_end is None
    assert _facts("His contract, which ran until 2019, was not renewed.").planned_end is None


def test_a_deadline_rules_out_the_later_years_a_weekday_fits() -> None:
    # May 6 was a Tuesday in 2025 and in 2031: the glacier fund must report by 2028
    text = ("Glacier fund approved\n\nGENEVA, May 6 (Alpine Wire) - A Swiss canton on Tuesday approved a fund "
            "to cover melting glaciers with fleece. The canton has run a pilot since 2021. The operator must "
            "publish its first measurements by 2028, the canton said.\n")
    value, conf, _ = date_one(text)
    assert value == "2025-05-06" and (conf or 0) < 0.7


def test_an_offer_to_host_is_ahead() -> None:
    # an offer looks ahead: its year is not one the text reports (nor the latest it tells)
    f = _facts("Portugal has offered to host the next congress in Braga in 2030. The last was held in 2027.")
    assert f.told_years == {2027} and f.latest_written == 2027


# --- a weekday a state runs until is ahead --------------------------------------------------

def test_a_weekday_a_state_runs_until_is_not_reported() -> None:
    assert _facts("The fair, which opened on Monday and runs until Friday, drew crowds.").weekdays == {0}
    assert _facts("The bridge has been closed until Saturday.").weekdays == set()
    assert _facts("The pass is expected to remain shut at least until Friday.").weekdays == set()
    # told in the past, the bound is a day that has come
    assert _facts("The talks, which dragged on through Saturday, ended in a deal.").weekdays == {5}
    assert _facts("The festival lasted until Sunday.").weekdays == {6}


# --- a late hour's weekday falls before the dateline's day --------------------------------------

def test_a_late_weekday_is_filed_the_next_day() -> None:
    f = _facts("The musicians voted late on Sunday to end the strike. Fans cheered on Saturday night.")
    assert f.weekdays == {5, 6} and f.late_weekdays == {5, 6}
    assert _facts("Sunday's late goal won it. They met on Sunday.").late_weekdays == set()
    # November 9 was a Sunday in 2025 and a Monday in 2026: the vote late on Sunday is Monday's news
    late = ("Orchestra strike ends\n\nVIENNA, Nov 9 (Danube Press) - Musicians of the city orchestra voted late "
            "on Sunday to end a strike over pay. The orchestra has played in its new hall since 2021.\n")
    assert date_one(late)[0] == "2026-11-09"
    # the same vote without the late hour: the dateline's day is the weekday named
    same = late.replace("voted late on Sunday", "voted on Sunday")
    assert date_one(same)[0] == "2025-11-09"
