"""The engine compares within subject+facet groups, never all claims against all claims."""

from __future__ import annotations

import time
from datetime import date, timedelta

from claimcheck.checks import run_checks
from claimcheck.models import Actor, Claim, Published, Source, Subject, SubjectRef, When


def test_ten_thousand_claims_run_quickly() -> None:
    sources = {
        f"s{i}": Source(id=f"s{i}", path=f"s{i}.txt", published=Published(value="2023-06-05", start=date(2023, 6, 5), end=date(2023, 6, 5), basis="metadata"))
        for i in range(100)
    }
    claims: dict[str, Claim] = {}
    subjects: list[Subject] = []
    base = date(2020, 1, 1)
    for s in range(500):
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
    t0 = time.perf_counter()
    found = run_checks(subjects, claims, sources)
    assert time.perf_counter() - t0 < 5.0
    assert [f for f in found if f.severity != "variant"] == []
