"""Verdicts on findings: joined into every report by finding id, recorded one at a time
(from the command line or walking the open findings in the terminal).

A verdict whose finding this run no longer produces is *orphaned*: listed in the report,
kept in claims/reviews.yaml, never dropped.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from rich.console import Console

from .errors import UnknownFinding, UsageError
from .models import Finding, OrphanedReview, Report, Review
from .report.text import finding_panel
from .store import ReviewChanged, read_reviews, write_review

VERDICTS = ("confirmed", "dismissed", "needs-follow-up")
# The interactive walk's answers: key -> verdict (None: skip; "quit": stop).
CHOICES: dict[str, str | None] = {"c": "confirmed", "d": "dismissed", "f": "needs-follow-up", "s": None, "q": "quit"}


def join(findings: Sequence[Finding], reviews: Mapping[str, Review]) -> tuple[list[Finding], list[OrphanedReview]]:
    """Each finding with its recorded review (open if none), and the reviews whose finding
    is gone, sorted by finding id."""
    ids = {f.id for f in findings}
    joined = [f.model_copy(update={"review": reviews[f.id]}) if f.id in reviews else f for f in findings]
    orphaned = [OrphanedReview(finding=fid, review=reviews[fid]) for fid in sorted(reviews) if fid not in ids]
    return joined, orphaned


def default_reviewer() -> str | None:
    """Who is reviewing: $CLAIMCHECK_REVIEWER, else the login name."""
    name = os.environ.get("CLAIMCHECK_REVIEWER")
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry in some containers
        return None


def record(claims_dir: Path, report: Report, finding_id: str, verdict: str, note: str | None = None,
           reviewer: str | None = None, expect: Review | None = None) -> Review:
    """Record a verdict on one finding of ``report`` in claims/reviews.yaml. With
    ``expect``, only if nobody changed that finding's review meanwhile (ReviewChanged)."""
    if verdict not in (*VERDICTS, "open"):  # "open" resets a verdict given before
        raise UsageError(f"verdict {verdict!r} is not one of {', '.join(VERDICTS)} or open")
    find(report, finding_id)
    review = Review(verdict=verdict, note=note or None, reviewer=reviewer or default_reviewer())  # type: ignore[arg-type]
    return write_review(claims_dir, finding_id, review, expect)


def find(report: Report, finding_id: str) -> Finding:
    """The finding with this id; UnknownFinding (with near ids as a hint) otherwise."""
    for finding in report.findings:
        if finding.id == finding_id:
            return finding
    hint = _near(finding_id, [f.id for f in report.findings])
    raise UnknownFinding(f"no finding {finding_id!r} in this report{hint}")


def _near(wanted: str, ids: Sequence[str]) -> str:
    close = [i for i in ids if i.startswith(wanted) or wanted.split("-")[0] == i.split("-")[0]][:3]
    return f" (did you mean {', '.join(close)}?)" if close else " (see `claimcheck report` for finding ids)"


def open_findings(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.review.verdict == "open"]


# --- showing one finding in the terminal --------------------------------------------------


# --- the interactive walk -------------------------------------------------------------------

Ask = Callable[[str, Sequence[str], str], str]


def _rich_ask(console: Console) -> Ask:
    from rich.prompt import Prompt

    def ask(question: str, choices: Sequence[str], default: str) -> str:
        return Prompt.ask(question, choices=list(choices) if choices else None, default=default,
                          console=console, show_choices=bool(choices), show_default=bool(default))

    return ask


def walk(report: Report, claims_dir: Path, console: Console, reviewer: str | None = None,
         ask: Ask | None = None) -> dict[str, int]:
    """Walk the open findings one by one: confirm / dismiss / needs-follow-up / skip / quit,
    then a note. Each verdict is written at once, so quitting (or a crash) keeps the ones
    already given. Returns how many findings got each answer."""
    ask = ask or _rich_ask(console)
    pending = open_findings(report)
    counts = {"confirmed": 0, "dismissed": 0, "needs-follow-up": 0, "skipped": 0}
    if not pending:
        console.print("No open findings to review.")
        return counts
    console.print(f"{len(pending)} open finding(s). Answer c=confirm d=dismiss f=needs-follow-up s=skip q=quit.")
    seen = read_reviews(claims_dir)  # what this session started from
    for number, finding in enumerate(pending, 1):
        now = read_reviews(claims_dir).get(finding.id)
        if now is not None and now != seen.get(finding.id):  # another session got here first
            console.print(f"{finding.id} was reviewed meanwhile ({now.verdict}"
                          + (f" by {now.reviewer}" if now.reviewer else "") + "); skipping it.")
            counts["skipped"] += 1
            continue
        console.print(finding_panel(finding, report, f"{number}/{len(pending)}"))
        try:
            answer = ask("Verdict", list(CHOICES), "s")
        except EOFError:  # input closed: stop like "quit"
            break
        verdict = CHOICES[answer]
        if verdict == "quit":
            break
        if verdict is None:
            counts["skipped"] += 1
            continue
        try:
            note = ask("Note", [], "").strip()
        except EOFError:
            note = ""
        try:
            record(claims_dir, report, finding.id, verdict, note, reviewer, expect=seen.get(finding.id, Review()))
        except ReviewChanged as changed:  # keep theirs; show both so nothing is lost unseen
            console.print(f"Not recorded: {changed.message}. Yours was {verdict}"
                          + (f" ({note})" if note else "") + f"; run `claimcheck review {finding.id}` to change it.")
            counts["skipped"] += 1
            continue
        counts[verdict] += 1
        console.print(f"Recorded {verdict} for {finding.id}.")
    done = sum(v for k, v in counts.items() if k != "skipped")
    console.print(f"Reviewed {done}, skipped {counts['skipped']}; verdicts are in {claims_dir / 'reviews.yaml'}.")
    return counts
