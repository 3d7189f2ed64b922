"""Properties of the date rule and the finding ids over generated claims."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from claimcheck.checks import run_checks
from claimcheck.models import Claim, Published, Source, Subject, SubjectRef, When

BASE = date(2023, 1, 1)
intervals = st.lists(st.tuples(st.integers(0, 120), st.integers(0, 40)), min_size=1, max_size=8)


def corpus(spans: list[tuple[int, int]]) -> tuple[list[Subject], dict[str, Claim], dict[str, Source]]:
    sources = {f"s{i}": Source(id=f"s{i}", path=f"s{i}.txt",
                               published=Published(value="2023-06-01", start=date(2023, 6, 1), end=date(2023, 6, 1), basis="metadata"))
               for i in range(len(spans))}
    claims: dict[str, Claim] = {}
    for i, (start, length) in enumerate(spans):
        a, b = BASE + timedelta(days=start), BASE + timedelta(days=start + length)
        claims[f"c{i}"] = Claim(
            id=f"c{i}", source=f"s{i}", span=(0, 10), quote=f"statement {i}", predicate="hold",
            subject=SubjectRef(id="event:e", label="e"), facet="occurrence",
            when=When(text="w", span=(0, 1), value=f"{a}/{b}", start=a, end=b, granularity="interval"),
        )
    return [Subject(id="event:e", label="e", claims=list(claims))], claims, sources


@settings(max_examples=150, deadline=None)
@given(intervals)
def test_intervals_sharing_a_day_never_conflict(spans: list[tuple[int, int]]) -> None:
    lo = max(s for s, _ in spans)
    spans = [(s, max(n, lo - s)) for s, n in spans]  # every interval reaches the latest start
    findings = run_checks(*corpus(spans))
    assert all(f.severity != "conflict" for f in findings)


@settings(max_examples=150, deadline=None)
@given(intervals)
def test_disjoint_groups_conflict_exactly_when_there_is_a_gap(spans: list[tuple[int, int]]) -> None:
    findings = run_checks(*corpus(spans))
    ordered = sorted(spans)
    reach, gaps = ordered[0][0] + ordered[0][1], 0
    for s, n in ordered[1:]:
        if s > reach:
            gaps += 1
        reach = max(reach, s + n)
    date_disjoint = [f for f in findings if f.kind == "date" and ("disjoint" in f.summary or "one day apart" in f.summary)]
    assert len(date_disjoint) == gaps


@settings(max_examples=60, deadline=None)
@given(intervals, st.randoms(use_true_random=False))
def test_ids_and_order_do_not_depend_on_input_order(spans: list[tuple[int, int]], rng: random.Random) -> None:
    subjects, claims, sources = corpus(spans)
    before = [(f.id, f.severity) for f in run_checks(subjects, claims, sources)]
    ids = list(claims)
    rng.shuffle(ids)
    subjects[0].claims = ids
    shuffled = {k: claims[k] for k in ids}
    assert [(f.id, f.severity) for f in run_checks(subjects, shuffled, dict(reversed(list(sources.items()))))] == before
