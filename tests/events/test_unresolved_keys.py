"""An event's date that resolves to no day (a weekday with no publication date) is no key:
clusters kept apart (two places) must not meet again through one subject id. Articles
written for the tests."""

from __future__ import annotations

from pathlib import Path

from builders import run_articles


def test_two_ceremonies_on_an_unresolved_thursday_in_two_cities_stay_apart(tmp_path: Path) -> None:
    # no publication dates: "Thursday" resolves to no day, so it is no key that joins the two
    report = run_articles(tmp_path, {
        "a": "Awards\n\nThe ceremony was held in Lisbon on Thursday, with 300 guests.\n",
        "b": "Prize\n\nThe ceremony was held in Dakar on Thursday, organisers said.\n",
    }, {})
    assert [f for f in report.findings if f.kind == "place"] == []
