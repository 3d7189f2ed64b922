"""The engine compares within subject+facet groups, never all claims against all claims.
Counted, not timed: the Python calls a run makes are counted at two corpus sizes, so the
work can be seen to grow linearly (speed figures live in benchmarks/)."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from types import FrameType

from claimcheck.checks import run_checks
from claimcheck.models import Actor, Claim, Published, Source, Subject, SubjectRef, When


def _corpus(n_subjects: int) -> tuple[list[Subject], dict[str, Claim], dict[str, Source]]:
    sources = {
        f"s{i}": Source(id=f"s{i}", path=f"s{i}.txt", published=Published(value="2023-06-05", start=date(2023, 6, 5), end=date(2023, 6, 5), basis="metadata"))
        for i in range(100)
    }
    claims: dict[str, Claim] = {}
    subjects: list[Subject] = []
    base = date(2020, 1, 1)
    for s in range(n_subjects):
        sub = Subject(id=f"event:e{s}", label=f"e{s}")
        for j in range(20):
            d = base + timedelta(days=s)
            cid = f"c{s}-{j}"
            claims[cid] = Claim(
                id=cid, source=f"s{j % 100}", span=(0, 5), quote=f"q{s}-{j}", predicate="hold",
                subject=SubjectRef(id=sub.id, label=sub.label, text=f"Event {s}" if j % 2 else f"The Event {s}"),
                who=[Actor(entity=f"person:p{j}", text=f"Person {j}", span=(0, 1))],
                when=When(text="x", span=(0, 1), value=d.isoformat(), start=d, end=d, granularity="day"),
                facet="occurrence",
            )
            sub.claims.append(cid)
        subjects.append(sub)
    return subjects, claims, sources


def _calls(n_subjects: int) -> int:
    """Python function calls made by one run of the checks over ``n_subjects`` x 20 claims."""
    subjects, claims, sources = _corpus(n_subjects)
    count = 0

    def profiler(frame: FrameType, event: str, arg: object) -> None:
        nonlocal count
        if event == "call":
            count += 1

    sys.setprofile(profiler)
    try:
        found = run_checks(subjects, claims, sources)
    finally:
        sys.setprofile(None)
    assert [f for f in found if f.severity != "variant"] == []
    return count


def test_ten_thousand_claims_cost_ten_times_a_thousand() -> None:
    small, large = _calls(50), _calls(500)
    # linear: ten times the claims, about ten times the calls (sorting adds a log factor);
    # all pairs across claims would be a hundred times
    assert large <= 13 * small, (small, large)
