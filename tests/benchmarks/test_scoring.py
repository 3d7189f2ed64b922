"""The consistency scorer on a tiny labelled corpus written here, with reports whose score is known.

Three short articles about a (made-up) regatta, a gold file with a conflict, a variant and a
consistent look-alike, and hand-built runs: a perfect report scores full marks, an empty one
zero, a false alarm counts once however many findings flag it.
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import consistency  # noqa: E402
from scoring import (  # noqa: E402
    Run,
    RunClaim,
    RunFinding,
    RunPublished,
    RunTimex,
    carries,
    explain_miss,
    gold_entries,
    score,
)

TEXTS = {
    "a": "Regatta opens\nThe harbour regatta opened on Saturday, May 4. Forty boats entered. Skipper Ana Ruiz won.",
    "b": "Sails at dawn\nThe regatta began on Sunday, May 5, with 40 boats. Skipper Anna Ruiz took the cup.",
    "c": "Second day\nOn day two, 38 boats raced after two retired. The regatta ends Friday.",
}
GOLD = {
    "inconsistencies": [
        {"id": "G1", "kind": "date", "severity": "conflict", "subject": "opening day", "sides": [
            {"doc": "a", "quote": "on Saturday, May 4", "value": "2024-05-04"},
            {"doc": "b", "quote": "on Sunday, May 5", "value": "2024-05-05"}]},
        {"id": "G2", "kind": "name_variant", "severity": "variant", "subject": "the winner", "sides": [
            {"doc": "a", "quote": "Ana Ruiz", "value": "Ana Ruiz"},
            {"doc": "b", "quote": "Anna Ruiz", "value": "Anna Ruiz"}]},
    ],
    "consistent": [
        {"id": "C1", "kind": "count", "subject": "boats racing", "sides": [
            {"doc": "a", "quote": "Forty boats entered", "value": 40},
            {"doc": "c", "quote": "38 boats raced", "value": 38}]},
    ],
}
PUBLISHED = {"a": "2024-05-04", "b": "2024-05-06", "c": "2024-05-06"}


def span(doc: str, quote: str) -> tuple[int, int]:
    start = TEXTS[doc].index(quote)
    return start, start + len(quote)


def claim(cid: str, doc: str, quote: str, subject: str = "s", value: str = "", when: str = "") -> RunClaim:
    return RunClaim(cid, doc, span(doc, quote), "p", subject, value, when)


CLAIMS = [claim("ca", "a", "The harbour regatta opened on Saturday, May 4.", "regatta", when="2024-05-04"),
          claim("cb", "b", "The regatta began on Sunday, May 5, with 40 boats.", "regatta", when="2024-05-05"),
          claim("na", "a", "Skipper Ana Ruiz won.", "ruiz", "Ana Ruiz"),
          claim("nb", "b", "Skipper Anna Ruiz took the cup.", "ruiz", "Anna Ruiz"),
          claim("ka", "a", "Forty boats entered.", "boats", "40.0"),
          claim("kc", "c", "On day two, 38 boats raced after two retired.", "boats", "38.0")]
SUBJECTS = {"regatta": ("ca", "cb"), "ruiz": ("na", "nb"), "boats": ("ka", "kc")}
TIMEXES = {"a": [RunTimex(span("a", "Saturday, May 4"), "2024-05-04", date(2024, 5, 4), date(2024, 5, 4))],
           "b": [RunTimex(span("b", "Sunday, May 5"), "2024-05-05", date(2024, 5, 5), date(2024, 5, 5))]}


def run(findings: list[RunFinding], claims: list[RunClaim] = CLAIMS, subjects=SUBJECTS, timexes=TIMEXES) -> Run:
    return Run(texts=TEXTS, claims=claims, findings=findings, subjects=subjects, timexes=timexes, words=30, seconds=1.0)


ENTRIES = gold_entries(GOLD)
CONFLICT = RunFinding("date-1", "conflict", "date", "regatta", ("ca", "cb"))
VARIANT = RunFinding("name-1", "variant", "name_variant", "ruiz", ("na", "nb"))


def test_a_perfect_report_scores_full_marks() -> None:
    s = score(ENTRIES, run([CONFLICT, VARIANT]))
    assert s.conflict_recall == (1, 1)
    assert s.exact_conflict_recall == (1, 1)
    assert s.variant_recall == (1, 1)
    assert s.false_alarms == (0, 1)
    assert s.precision == (1, 1)
    assert s.time_values == (2, 2)
    assert s.by_kind()["date"] == {"conflict": (1, 1)}
    assert s.by_kind()["count"] == {"false_alarm": (0, 1)}


def test_an_empty_report_scores_zero() -> None:
    s = score(ENTRIES, run([], claims=[], subjects={}, timexes={}))
    assert s.conflict_recall == (0, 1)
    assert s.exact_conflict_recall == (0, 1)
    assert s.variant_recall == (0, 1)
    assert s.false_alarms == (0, 1)
    assert s.precision == (0, 0)
    assert s.time_values == (0, 2)


def test_a_tension_finds_a_conflict_but_not_exactly() -> None:
    tension = RunFinding("date-2", "tension", "date", "regatta", ("ca", "cb"))
    s = score(ENTRIES, run([tension]))
    assert s.conflict_recall == (1, 1)
    assert s.exact_conflict_recall == (0, 1)


def test_a_variant_finding_over_a_conflict_finds_it_only_as_variant_severity() -> None:
    # a variant finding never counts for conflict recall, and is no false alarm either
    s = score(ENTRIES, run([RunFinding("date-3", "variant", "date", "regatta", ("ca", "cb"))]))
    assert s.conflict_recall == (0, 1)
    assert s.precision == (0, 0)


def test_a_false_alarm_counts_once_and_lowers_precision() -> None:
    alarms = [RunFinding("count-1", "conflict", "count", "boats", ("ka", "kc")),
              RunFinding("count-2", "tension", "count", "boats", ("ka", "kc"))]
    s = score(ENTRIES, run([CONFLICT, *alarms]))
    assert s.false_alarms == (1, 1)
    assert s.precision == (1, 3)


def test_a_finding_must_cover_two_sides_with_different_values() -> None:
    one_side = RunFinding("date-4", "conflict", "date", "regatta", ("ca",))
    assert score(ENTRIES, run([one_side])).conflict_recall == (0, 1)


def test_time_values_accept_an_interval_written_start_slash_end() -> None:
    gold = gold_entries({"inconsistencies": [{"id": "G", "kind": "date", "severity": "variant", "subject": "s",
                                              "sides": [{"doc": "c", "quote": "ends Friday", "value":
                                                         "2024-05-06/2024-05-10"}]}]})
    window = RunTimex(span("c", "Friday"), "XXXX-WXX-5", date(2024, 5, 6), date(2024, 5, 10))
    assert score(gold, run([], timexes={"c": [window]})).time_values == (1, 1)
    wrong = RunTimex(span("c", "Friday"), "2024-05-10", date(2024, 5, 10), date(2024, 5, 10))
    assert score(gold, run([], timexes={"c": [wrong]})).time_values == (0, 1)


def test_publication_dates_exact_within_a_day_right_month_and_confident_misses() -> None:
    undated = run([])
    undated.published = {"a": RunPublished("2024-05-04", 0.9),  # exact
                         "b": RunPublished("2024-05-05", 0.8),  # a day early
                         "c": RunPublished("2024-03", 0.75)}  # two months off, confidently
    p = score(ENTRIES, run([]), PUBLISHED, undated).publication
    assert p is not None
    assert (p.total, p.known, p.exact, p.within_day, p.right_month) == (3, 3, 1, 2, 2)
    assert (p.confident, p.confident_wrong) == (3, 1)


@pytest.mark.parametrize(("claims", "subjects", "stage"), [
    ([], {}, "extraction"),
    (CLAIMS, {"x": ("ca",), "y": ("cb",)}, "grouping"),
    (CLAIMS, SUBJECTS, "check"),
])
def test_a_miss_is_placed_in_the_stage_that_lost_it(claims, subjects, stage) -> None:
    conflict = next(e for e in ENTRIES if e.id == "G1")
    assert explain_miss(conflict, run([], claims=claims, subjects=subjects)).stage == stage


def test_a_claim_over_the_quote_that_carries_another_value_is_an_extraction_miss() -> None:
    # the sentences' claims are there and grouped, but they state the boats and the winner,
    # not the opening days: the dates were never read, whatever the grouping says
    conflict = next(e for e in ENTRIES if e.id == "G1")
    others = [claim("xa", "a", "The harbour regatta opened on Saturday, May 4.", "regatta", "harbour"),
              claim("xb", "b", "The regatta began on Sunday, May 5, with 40 boats.", "regatta", "40.0")]
    miss = explain_miss(conflict, run([], claims=others, subjects={"regatta": ("xa", "xb")}))
    assert miss.stage == "extraction"
    assert "none carries its value" in miss.reason
    # one day carried, the other not: still extraction; both carried but apart: grouping
    one = [others[0], claim("cb", "b", "The regatta began on Sunday, May 5, with 40 boats.", "regatta", when="2024-05-05")]
    assert explain_miss(conflict, run([], claims=one, subjects={"regatta": ("xa", "cb")})).stage == "extraction"
    assert explain_miss(conflict, run([], claims=CLAIMS, subjects={"x": ("ca",), "y": ("cb",)})).stage == "grouping"


def test_values_read_counts_the_sides_whose_value_a_claim_carries() -> None:
    # four sides in the conflict and the variant; the look-alike's sides are not counted
    assert score(ENTRIES, run([])).values_read == (4, 4)
    assert score(ENTRIES, run([], claims=[])).values_read == (0, 4)
    # the opening days' sentences hold claims of other values: those sides are not read
    wrong = [claim("xa", "a", "The harbour regatta opened on Saturday, May 4.", "regatta", "harbour"), *CLAIMS[2:]]
    assert score(ENTRIES, run([], claims=wrong)).values_read == (2, 4)


def test_the_benchmark_runs_the_library_on_a_corpus_folder(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    for doc, text in TEXTS.items():
        (tmp_path / "docs" / f"{doc}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text("".join(f"{d}:\n  published: '{p}'\n  note: x\n"
                                                   for d, p in PUBLISHED.items()), encoding="utf-8")
    import json
    (tmp_path / "gold.yaml").write_text(json.dumps(GOLD), encoding="utf-8")
    result = consistency.evaluate(consistency.load_corpus(tmp_path))
    assert result.dated.conflict_recall[1] == 1 and result.dated.false_alarms[1] == 1
    assert result.dated.time_values == (2, 2)  # dates known: both weekdays resolve
    assert result.dated.publication is not None and result.dated.publication.total == 3
    assert consistency.main([str(tmp_path), "--json", str(tmp_path / "out.json")]) == 0
    figures = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    assert figures["corpora"][tmp_path.name]["with_dates"]["time_values"] == [2, 2]


def test_a_duration_claim_carries_a_span_of_time_written_in_any_unit() -> None:
    # duration claims state days; the gold writes "14 min", "19 h", "5h42m" or "3 days"
    def lasted(days: str) -> RunClaim:
        return RunClaim("d", "a", (0, 1), "duration", "s", days)
    assert carries(lasted("0.009722"), "14 min") and not carries(lasted("0.009722"), "19 min")
    assert carries(lasted("0.791667"), "19 h") and carries(lasted("0.2375"), "5h42m")
    assert carries(lasted("3.0"), "3 days") and not carries(lasted("3.0"), "72 min")
    # a count claim's "14" is not fourteen minutes' worth of days, and vice versa
    assert carries(RunClaim("c", "a", (0, 1), "count", "s", "14.0"), "14 min")


def test_a_claim_about_a_person_carries_that_persons_name() -> None:
    # "Governor Ada Lind": the title claim is about Ada Lind, so it has read who holds the post
    titled = RunClaim("t", "a", (0, 1), "title", "person:ada-lind", "governor")
    assert carries(titled, "Ada Lind") and not carries(titled, "Bo Marsh")
    # a subject that is not a person lends no words
    assert not carries(RunClaim("o", "a", (0, 1), "count", "org:lind-ltd", "4.0"), "Lind")


def test_a_length_claim_carries_a_length_written_in_any_unit() -> None:
    # length claims state metres; the gold writes "9 km", "32.4 miles" or a bare "2142"
    def claim(metres: str) -> RunClaim:
        return RunClaim("l", "a", (0, 1), "length", "s", metres)
    assert carries(claim("9000.0"), "9 km")
    assert carries(claim("52142.7456"), "32.4")
    assert carries(claim("2142.0"), "2142")
    assert not carries(claim("2412.0"), "2142")
    assert not carries(claim("5000.0"), "7 km")


def test_an_ordinal_written_as_a_word_is_carried_by_its_number() -> None:
    ranked = RunClaim("r", "a", (0, 1), "rank", "rank:nth-korean-to-win", "2")
    assert carries(ranked, "second Korean winner") and carries(ranked, "2nd")
    assert not carries(ranked, "first Korean winner")
