"""claimcheck.check.result.v1: one performer's race given two finishing times or two places
("won the marathon in 2:21:09" / "in 2:24:09"; "finished third" / "came second").

Subjects ``result:<performer>`` (facet ``finish-time``) and ``placing:<performer>`` (facet
``placing``), from quantities/results.py. A result of a round before the final (a heat, a
semi-final) is left out: a performer runs several. Races are told apart as votes are
(checks/tally.py ``occasions``: a day written, else the dated race in the week before, else
results published within 4 days of each other); a source giving one performer two times or
two places speaks of two races and is left out. Two times that differ by more than the
rounding their written digits allow ("2:01" is 2:01:00 to 2:01:59... read as 30 seconds
either side; "9.6" and "9.58"): a ``conflict`` (kind ``other``); within it, written
differently: a ``variant``. Two places: a ``conflict``.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Claim, Finding
from .context import CheckContext
from .finding import make_finding
from .registry import rule
from .tally import occasions

RULE = "claimcheck.check.result.v1"


def _digits(c: Claim) -> int:
    return next((int(t.partition(":")[2]) for t in c.topic if t.startswith("digits:")), 0)


def _slack(c: Claim) -> float:
    d = _digits(c)
    return 30.0 if d < 0 else 0.5 * 10 ** -d


def _kept(claims: list[Claim]) -> list[Claim]:
    """Final results only, less the sources giving one performer two values."""
    finals = [c for c in claims if c.value is not None and "round:preliminary" not in c.topic]
    values: dict[str, set[str]] = {}
    for c in finals:
        values.setdefault(c.source, set()).add(str(c.value.value if c.value else ""))
    return [c for c in finals if len(values[c.source]) == 1]


@rule(RULE, "other")
def check_results(ctx: CheckContext) -> Iterator[Finding]:
    """Two finishing times or places for one performer's race, from two sources."""
    for facet in ("finish-time", "placing"):
        for sid, claims in ctx.facet(facet):
            for race in occasions(ctx, _kept(list(claims))):
                hard: dict[str, Claim] = {}
                soft: dict[str, Claim] = {}
                for i, a in enumerate(race):
                    for b in race[i + 1:]:
                        if a.source == b.source or a.value is None or b.value is None or a.value.value == b.value.value:
                            continue
                        gap = abs(float(a.value.value) - float(b.value.value))
                        into = hard if facet == "placing" or gap > _slack(a) + _slack(b) + 1e-9 else soft
                        into[a.id], into[b.id] = a, b
                for severity, cited in (("conflict", hard), ("variant", soft)):
                    if not cited:
                        continue
                    values = sorted({str(c.value.text if c.value else "") for c in cited.values()})
                    what = "finishing time" if facet == "finish-time" else "place"
                    yield make_finding(
                        ctx, rule=RULE, kind="other", severity=severity, subject=sid,
                        claims=sorted(cited.values(), key=lambda c: (c.source, c.span)),
                        detail=lambda ctx, c: f'"{c.value.text if c.value else ""}"',
                        summary=f"{ctx.label(sid)}: {what} given as {' and '.join(values)}", uses_dates=True,
                        reason="one race has one finishing time and one place for each performer"
                               + ("" if severity == "conflict" else "; these differ only by rounding."),
                    )
