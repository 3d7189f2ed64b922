"""Publication dates: metadata first, then the file, then inference with evidence; never today."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import dating, timex
from claimcheck.pipeline import load_sources
from claimcheck.store import SourceEntry

from builders import article

from .helpers import CLAIMS, SEEDS


def test_metadata_wins_and_is_labelled_metadata() -> None:
    sources, _ = load_sources(SEEDS, CLAIMS)
    assert {s.id[:3]: (s.published.value, s.published.basis) for s in sources} == {
        "000": ("2023-04-15", "metadata"), "001": ("2023-06-05", "metadata"), "002": ("2023-11-13", "metadata"),
        "003": ("2023-08", "metadata"), "004": ("2024-06-03", "metadata")}


def test_a_date_in_the_file_is_used_when_there_is_no_metadata() -> None:
    s = article("Talks were held on Sunday.")
    s.meta_published = "2023-11-13T08:00:00"
    dating.date_sources([s], {}, timex.tag)
    assert (s.published.value, s.published.basis) == ("2023-11-13", "file")


def test_seed_dates_are_inferred_without_metadata(tmp_path: Path) -> None:
    sources, _ = load_sources(SEEDS, tmp_path)
    got = {s.id[:3]: (s.published.value, s.published.basis) for s in sources}
    assert got["000"] == ("2023-04-15", "inferred")  # "On the 15th, the ministry said": the day itself
    assert got["001"] == ("2023-06", "inferred")
    assert got["002"] == ("2023-11", "inferred")
    assert got["003"] == ("2023-08", "inferred")
    assert all(s.published.evidence for s in sources)


def test_the_page_date_header_is_only_low_confidence_evidence(tmp_path: Path) -> None:
    sources, _ = load_sources(SEEDS, tmp_path)
    s004 = next(s for s in sources if s.id.startswith("004"))
    assert s004.published.basis == "inferred"
    assert s004.published.confidence is not None and s004.published.confidence <= 0.3
    assert "page date" in (s004.published.evidence or "")


def test_weekday_agreement_picks_the_year_that_fits() -> None:
    # November 9 was a Thursday in 2023, not in 2022 or 2024
    s = article("Blinken spoke last Thursday, November 9. The talks of 2022 were recalled.")
    pub = dating.infer(s, timex.tag, prior=2023)
    assert pub.value == "2023-11" and pub.basis == "inferred"


def test_elapsed_time_arithmetic_bounds_the_month() -> None:
    text = ("The ferry service resumed on the 3rd of this month. It has been eight months since last July, "
            "and seven years since 2016.")
    pub = dating.infer(article(text), timex.tag)
    assert pub.value in {"2023-03", "2023-04"}
    assert "elapsed" in (pub.evidence or "")


def test_no_evidence_means_unknown_not_today() -> None:
    s = article("The ministers met on Sunday and will meet again next year.")
    dating.date_sources([s], {}, timex.tag)
    assert s.published.basis == "unknown" and s.published.value is None and s.published.anchor() is None


def test_relative_expressions_stay_unresolved_without_a_date() -> None:
    s = article("The ministers met on Sunday and will meet again next year.")
    dating.date_sources([s], {}, timex.tag)
    tags = timex.tag(s.text, s.published.anchor(), s.sentences, s.excluded)
    assert tags and all(t.anchor == "unresolved" and t.start is None for t in tags)


@pytest.mark.parametrize("value", ["2023-02-30", "2023-13", "April 2023", "2023/04/01"])
def test_invalid_published_values_are_rejected(tmp_path: Path, value: str) -> None:
    from claimcheck.errors import ClaimsValidationError
    from claimcheck.store import read_sources

    (tmp_path / "sources.yaml").write_text(f"# comment\nabc:\n  outlet: X\n  published: '{value}'\n", encoding="utf-8")
    with pytest.raises(ClaimsValidationError) as err:
        read_sources(tmp_path)
    assert f"{tmp_path / 'sources.yaml'}:4:" in str(err.value)


def test_a_broken_yaml_line_is_named(tmp_path: Path) -> None:
    from claimcheck.errors import YamlSyntaxError
    from claimcheck.store import read_sources

    (tmp_path / "sources.yaml").write_text("abc:\n  outlet: X\n  published: [2023\n", encoding="utf-8")
    with pytest.raises(YamlSyntaxError) as err:
        read_sources(tmp_path)
    assert str(err.value).startswith(f"[E201] {tmp_path / 'sources.yaml'}:")


def test_source_entry_fields() -> None:
    entry = SourceEntry(outlet="O", published="2023-08")
    assert dating.published_from_value(entry.published or "", "metadata").end.isoformat() == "2023-08-31"


def test_a_published_dateline_in_the_text_is_the_file_date() -> None:
    from claimcheck import clean, segment
    from claimcheck.models import Source

    s = Source(id="n", path="n", text="Leaders meet in Vilnius\nPublished: July 10, 2023\nLeaders met on Tuesday.\n")
    page_dates = clean.mark_boilerplate(s)
    segment.segment(s)
    dating.date_sources([s], {}, timex.tag, {"n": page_dates})
    assert (s.published.value, s.published.basis) == ("2023-07-10", "file")
    assert "Published: July 10, 2023" in (s.published.evidence or "")
