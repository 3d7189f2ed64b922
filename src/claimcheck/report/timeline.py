"""A timeline per subject, drawn as inline SVG (no library, no network).

One row per source that dates the subject, and one for every source a finding quotes (even
with no date of its own: its publication date is what the finding may rest on); each dated
statement is a point when it names a day and a bar when it names a longer period or a
window (hollow when it is a plan or an expectation); statements in a finding take the
finding's colour and conflicts are marked with a cross; each row also shows the source's
publication date as a small diamond, since relative dates rest on it. Past ``MAX_ROWS``
sources, the rest share one summary row ("+N sources"). Axis labels carry the year.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from html import escape

from ..models import Claim, Source
from .reading import quoted

WIDTH = 760
LEFT = 190  # room for the row labels
RIGHT = 16
TOP = 28  # room for the axis labels
ROW = 26
MAX_ROWS = 24  # more rows make a wall, not a picture: the rest go to one summary row
SEVERITY_RANK = {"variant": 1, "tension": 2, "conflict": 3}


def _dated(claim: Claim) -> tuple[date, date] | None:
    if claim.when is None or claim.when.start is None or claim.when.end is None:
        return None
    return claim.when.start, claim.when.end


def _ticks(first: date, last: date) -> list[date]:
    """Month starts between ``first`` and ``last``, thinned to at most ~8 labels."""
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    if (last - first).days <= 70:  # a short span: weekly ticks say more than one month label
        day = first + timedelta(days=(7 - first.weekday()) % 7)  # Mondays
        return [day + timedelta(weeks=n) for n in range((last - day).days // 7 + 1)]
    step = next(s for s in (1, 2, 3, 6, 12, 24, 60, 120, 1200) if months / s <= 8)
    ticks = []
    year, month = first.year, first.month
    while True:
        index = year * 12 + month - 1
        if index % step == 0:
            ticks.append(date(year, month, 1))
        month += 1
        if month > 12:
            year, month = year + 1, 1
        if date(year, month, 1) > last:
            break
    return [t for t in ticks if first <= t <= last]


def timeline_svg(subject_id: str, label: str, claims: Sequence[Claim], sources: Mapping[str, Source],
                 marks: Mapping[str, str] | None = None, quoted_sources: Sequence[str] = ()) -> str | None:
    """The SVG for one subject, or None when none of its claims is dated.
    ``marks``: claim id -> severity of the worst finding it is part of. ``quoted_sources``:
    the sources its findings quote, each given a row (first) even without a date."""
    marks = marks or {}
    dated = [(c, span) for c in claims if (span := _dated(c))]
    if not dated:
        return None
    by_source: dict[str, list[tuple[Claim, tuple[date, date]]]] = {}
    for c, span in dated:
        by_source.setdefault(c.source, []).append((c, span))

    def order(sid: str) -> tuple[date, str]:
        return ((sources[sid].published.start or date.max) if sid in sources else date.max, sid)

    quoting = set(quoted_sources)
    row_ids = sorted(set(by_source) | quoting, key=lambda sid: (sid not in quoting, order(sid)))
    rest: list[str] = []
    if len(row_ids) > MAX_ROWS:
        row_ids, rest = row_ids[:MAX_ROWS - 1], row_ids[MAX_ROWS - 1:]
    row_ids = sorted(row_ids, key=order)
    points = [d for _, (a, b) in dated for d in (a, b)]
    for sid in row_ids:
        pub = sources[sid].published if sid in sources else None
        if pub is not None and pub.start is not None:
            points.append(pub.start)
    first, last = min(points), max(points)
    pad = max(timedelta(days=3), (last - first) * 0.04)
    first, last = first - pad, last + pad
    total = (last - first).days or 1
    plot = WIDTH - LEFT - RIGHT

    def x(day: date) -> float:
        return LEFT + plot * (day - first).days / total

    height = TOP + ROW * (len(row_ids) + (1 if rest else 0)) + 10
    title = f"Timeline: {label}"
    out = [f'<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
           f'width="{WIDTH}" height="{height}" role="img" aria-label="{escape(title)}" '
           f'data-subject="{escape(subject_id)}">',
           f"<title>{escape(title)}</title>"]
    short = (last - first).days <= 70
    shown_year = None
    for tick in _ticks(first, last):
        tx = x(tick)
        if short:  # days: the year on the first label and where it changes
            text = tick.strftime("%m-%d") if tick.year == shown_year else tick.isoformat()
            shown_year = tick.year
        else:
            text = str(tick.year) if tick.month == 1 else tick.strftime("%Y-%m")
        out.append(f'<line class="tick" x1="{tx:.1f}" y1="{TOP - 6}" x2="{tx:.1f}" y2="{height - 6}"/>')
        out.append(f'<text class="tick-label" x="{tx:.1f}" y="{TOP - 10}" text-anchor="middle">{text}</text>')

    def statements(y: float, items: Sequence[tuple[Claim, tuple[date, date]]]) -> None:
        for claim, (start, end) in items:
            mark = marks.get(claim.id, "")
            # a plan or expectation is drawn hollow: it says what was to happen, not what did
            cls = " ".join(filter(None, ("stmt", f"mark-{mark}" if mark else "",
                                         "unrealised" if claim.modality in ("planned", "expected") else "")))
            assert claim.when is not None
            tip = escape(f"{claim.source}: {claim.when.value} — {quoted(claim.quote)}" + (f" [{mark}]" if mark else ""))
            data = f'data-claim="{escape(claim.id)}"'
            if start == end:
                out.append(f'<circle class="{cls}" {data} cx="{x(start):.1f}" cy="{y:.1f}" r="5">'
                           f"<title>{tip}</title></circle>")
            else:
                x0, x1 = x(start), x(end + timedelta(days=1))
                out.append(f'<rect class="{cls}" {data} x="{x0:.1f}" y="{y - 5:.1f}" width="{max(x1 - x0, 3):.1f}" '
                           f'height="10" rx="3"><title>{tip}</title></rect>')
            if mark == "conflict":  # a cross beside the statement, visible without colour
                cx = x(start) if start == end else x0
                out.append(f'<text class="conflict-mark" x="{cx:.1f}" y="{y - 8:.1f}" text-anchor="middle">✕</text>')

    for row, sid in enumerate(row_ids):
        y = TOP + ROW * row + ROW / 2
        source = sources.get(sid)
        name = sid if len(sid) <= 24 else sid[:23] + "…"
        out.append(f'<line class="row" x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}"/>')
        out.append(f'<text class="row-label" x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end">'
                   f"<title>{escape(sid)}</title>{escape(name)}</text>")
        statements(y, by_source.get(sid, []))
        if source is not None and source.published.start is not None and first <= source.published.start <= last:
            px = x(source.published.start)  # drawn last, on top: it is small
            out.append(f'<path class="published basis-{source.published.basis}" '
                       f'd="M{px:.1f},{y - 5:.1f} l5,5 l-5,5 l-5,-5 z">'
                       f"<title>{escape(sid)} published {escape(source.published.value or '')} "
                       f"({source.published.basis})</title></path>")
    if rest:  # one row for the many: their statements, without a row each
        y = TOP + ROW * len(row_ids) + ROW / 2
        out.append(f'<line class="row" x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}"/>')
        out.append(f'<text class="row-label summary" x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end">'
                   f"<title>{escape(', '.join(rest[:50]))}{'…' if len(rest) > 50 else ''}</title>"
                   f"+{len(rest)} sources</text>")
        statements(y, [item for sid in rest for item in by_source.get(sid, [])])
    out.append("</svg>")
    return "\n".join(out)


def marks_for(findings: Sequence[object]) -> dict[str, str]:
    """claim id -> severity of the worst finding that names it."""
    marks: dict[str, str] = {}
    for f in findings:
        severity = getattr(f, "severity")
        for claim_id in getattr(f, "claims"):
            if SEVERITY_RANK[severity] > SEVERITY_RANK.get(marks.get(claim_id, ""), 0):
                marks[claim_id] = severity
    return marks
