"""review, annotate, export: the human workflow, each command a thin wrapper over one
library call (claimcheck.review, claimcheck.annotations, claimcheck.export)."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

from typing import TYPE_CHECKING

import typer

from ..errors import UsageError
from .app import DEFAULT_CLAIMS, DEFAULT_CORPUS, ClaimsOpt, CorpusOpt, JobsOpt, QuietOpt, app, handle_errors, warn
from .lazy import lazy
from .progress import progress_bar

if TYPE_CHECKING:
    from ..models import Report

# imported when a command runs, not for --help (cli/lazy.py)
annotations = lazy("claimcheck.annotations")
export_mod = lazy("claimcheck.export")
review_mod = lazy("claimcheck.review")
rich_console = lazy("rich.console")



class VerdictChoice(str, Enum):
    confirmed = "confirmed"
    dismissed = "dismissed"
    needs_follow_up = "needs-follow-up"


class ExportFormat(str, Enum):
    claimreview = "claimreview"
    webannotation = "webannotation"


class AliasKind(str, Enum):
    person = "person"
    org = "org"
    place = "place"
    series = "series"
    thing = "thing"
    country = "country"
    event = "event"
    office = "office"


class ModalityChoice(str, Enum):
    reported = "reported"
    planned = "planned"
    agreed = "agreed"
    expected = "expected"


def _run(corpus: Path, claims_dir: Path, jobs: int | None = None, quiet: bool = False) -> Report:
    from .. import pipeline

    with progress_bar(quiet) as progress:
        report = pipeline.run(corpus, claims_dir, workers=jobs, progress=progress)
    for skipped in report.skipped:
        warn(f"skipped {skipped.path}: {skipped.reason} [{skipped.code}]")
    return report


def _corpus_and_finding(targets: list[str]) -> tuple[Path, str | None]:
    """``review [CORPUS] [FINDING_ID]``: one word is the corpus when it is a path that exists."""
    if len(targets) > 2:
        raise UsageError("review takes at most a corpus and a finding id")
    if len(targets) == 2:
        return Path(targets[0]), targets[1]
    if len(targets) == 1:
        return (Path(targets[0]), None) if Path(targets[0]).exists() else (DEFAULT_CORPUS, targets[0])
    return DEFAULT_CORPUS, None


@app.command()
@handle_errors
def review(
    targets: Annotated[Optional[list[str]], typer.Argument(metavar="[CORPUS] [FINDING_ID]",
                                                            help="Corpus folder and/or a finding id.")] = None,
    claims: ClaimsOpt = DEFAULT_CLAIMS,
    verdict: Annotated[Optional[VerdictChoice], typer.Option("--verdict", help="Record this verdict without prompts.")] = None,
    note: Annotated[Optional[str], typer.Option("--note", help="Why (kept with the verdict).")] = None,
    reviewer: Annotated[Optional[str], typer.Option("--reviewer", help="Who (default: $CLAIMCHECK_REVIEWER or login).")] = None,
) -> None:
    """Confirm or dismiss findings: one by id, or walk the open ones in the terminal."""
    corpus, finding_id = _corpus_and_finding(targets or [])
    if verdict is not None and finding_id is None:
        raise UsageError("--verdict needs a FINDING_ID (without one, review walks the open findings)")
    report = _run(corpus, claims)
    if finding_id is not None and verdict is not None:
        recorded = review_mod.record(claims, report, finding_id, verdict.value, note, reviewer)
        typer.echo(f"Recorded {recorded.verdict} for {finding_id} in {claims / 'reviews.yaml'}.")
        return
    if finding_id is not None:  # prompt for this one finding only (also to change its verdict)
        chosen = review_mod.find(report, finding_id)
        reopened = chosen.model_copy(update={"review": chosen.review.model_copy(update={"verdict": "open"})})
        report = report.model_copy(update={"findings": [reopened]})
    console = rich_console.Console(highlight=False)
    if report.orphaned_reviews:
        console.print(f"{len(report.orphaned_reviews)} orphaned verdict(s) (their findings are gone; kept in "
                      f"reviews.yaml): " + ", ".join(o.finding for o in report.orphaned_reviews))
    try:
        review_mod.walk(report, claims, console, reviewer)
    except KeyboardInterrupt:  # verdicts already given are on disk: each is written at once
        console.print(f"\nInterrupted; verdicts given so far are in {claims / 'reviews.yaml'}.")
        raise typer.Exit(130) from None


annotate_app = typer.Typer(help="Teach claimcheck what it missed: dates, aliases, claims, corrections.",
                           no_args_is_help=True)
app.add_typer(annotate_app, name="annotate")


@annotate_app.command("source")
@handle_errors
def annotate_source(
    source_id: Annotated[str, typer.Argument(metavar="ID", help="Source id (the file stem).")],
    published: Annotated[Optional[str], typer.Option("--published", help="ISO day or YYYY-MM; 'none' removes it.")] = None,
    outlet: Annotated[Optional[str], typer.Option("--outlet")] = None,
    url: Annotated[Optional[str], typer.Option("--url")] = None,
    basis: Annotated[Optional[str], typer.Option("--basis", help="How the date is known.")] = None,
    corpus: CorpusOpt = DEFAULT_CORPUS,
    claims: ClaimsOpt = DEFAULT_CLAIMS,
) -> None:
    """Set a source's publication date, outlet, URL or basis in sources.yaml."""
    entry = annotations.annotate_source(corpus, claims, source_id, published=published, outlet=outlet, url=url,
                                        basis=basis)
    typer.echo(f"{claims / 'sources.yaml'}: {source_id}: published {entry.published or 'unknown'}"
               + (f", outlet {entry.outlet}" if entry.outlet else ""))


@annotate_app.command("alias")
@handle_errors
def annotate_alias(
    canonical: Annotated[str, typer.Argument(metavar="CANONICAL")],
    variants: Annotated[list[str], typer.Argument(metavar="VARIANT...")],
    kind: Annotated[Optional[AliasKind], typer.Option("--kind")] = None,
    valid_from: Annotated[Optional[str], typer.Option("--from", help="Held from (ISO day); needs --office.")] = None,
    valid_to: Annotated[Optional[str], typer.Option("--to", help="Held until (ISO day).")] = None,
    office: Annotated[Optional[str], typer.Option("--office", help="Office held from/to, e.g. office:x-defense-minister.")] = None,
    claims: ClaimsOpt = DEFAULT_CLAIMS,
) -> None:
    """Declare that VARIANTs name CANONICAL (aliases.yaml), optionally an office held from/to."""
    annotations.annotate_alias(claims, canonical, variants, kind.value if kind else None, valid_from, valid_to, office)
    typer.echo(f"{claims / 'aliases.yaml'}: {canonical} <- {', '.join(variants)}")


@annotate_app.command("claim")
@handle_errors
def annotate_claim(
    source: Annotated[str, typer.Option("--source", help="Source id.")],
    quote: Annotated[str, typer.Option("--quote", help="Words copied exactly from that source.")],
    predicate: Annotated[str, typer.Option("--predicate", help="meet, hold, launch, agree, ...")] = "state",
    subject: Annotated[Optional[str], typer.Option("--subject", help="Entity id (series:x#13) or a name.")] = None,
    who: Annotated[Optional[list[str]], typer.Option("--who", help="Actor id or name (repeatable).")] = None,
    when: Annotated[Optional[str], typer.Option("--when", help="Words of the quote, or ISO day/month/interval.")] = None,
    where: Annotated[Optional[str], typer.Option("--where", help="Place id or name.")] = None,
    value: Annotated[Optional[str], typer.Option("--value", help="13th, 3, or type:value (title:Defense Minister).")] = None,
    modality: Annotated[Optional[ModalityChoice], typer.Option("--modality")] = None,
    facet: Annotated[Optional[str], typer.Option("--facet", help="occurrence, launch, title, ... (else guessed).")] = None,
    corpus: CorpusOpt = DEFAULT_CORPUS,
    claims: ClaimsOpt = DEFAULT_CLAIMS,
) -> None:
    """Add a claim the extractor missed (annotations.yaml); the quote must occur in the source."""
    fields = {"source": source, "quote": quote, "predicate": predicate, "subject": subject or quote,
              "who": who or [], "when": when, "where": where, "value": value,
              "modality": modality.value if modality else None, "facet": facet}
    claim = annotations.annotate_claim(corpus, claims, fields)
    typer.echo(f"{claims / 'annotations.yaml'}: added manual claim {claim.id} ({claim.subject.id}"
               + (f", {claim.when.value}" if claim.when else "") + ")")


@annotate_app.command("suppress")
@handle_errors
def annotate_suppress(
    claim_id: Annotated[str, typer.Argument(metavar="CLAIM_ID")],
    note: Annotated[Optional[str], typer.Option("--note", help="Why the claim is wrong.")] = None,
    corpus: CorpusOpt = DEFAULT_CORPUS,
    claims: ClaimsOpt = DEFAULT_CLAIMS,
) -> None:
    """Drop a wrongly extracted claim from grouping and comparison."""
    annotations.annotate_suppress(corpus, claims, claim_id, note)
    typer.echo(f"{claims / 'annotations.yaml'}: suppressed {claim_id}")


@annotate_app.command("override")
@handle_errors
def annotate_override(
    claim_id: Annotated[str, typer.Argument(metavar="CLAIM_ID")],
    when: Annotated[Optional[str], typer.Option("--when")] = None,
    where: Annotated[Optional[str], typer.Option("--where")] = None,
    who: Annotated[Optional[list[str]], typer.Option("--who")] = None,
    predicate: Annotated[Optional[str], typer.Option("--predicate")] = None,
    subject: Annotated[Optional[str], typer.Option("--subject")] = None,
    value: Annotated[Optional[str], typer.Option("--value")] = None,
    modality: Annotated[Optional[ModalityChoice], typer.Option("--modality")] = None,
    facet: Annotated[Optional[str], typer.Option("--facet")] = None,
    corpus: CorpusOpt = DEFAULT_CORPUS,
    claims: ClaimsOpt = DEFAULT_CLAIMS,
) -> None:
    """Correct fields of one claim (annotations.yaml)."""
    fields = {k: v for k, v in (("when", when), ("where", where), ("who", who or None), ("predicate", predicate),
                                ("subject", subject), ("value", value),
                                ("modality", modality.value if modality else None), ("facet", facet))
              if v is not None}
    claim = annotations.annotate_override(corpus, claims, claim_id, fields)
    typer.echo(f"{claims / 'annotations.yaml'}: override {claim_id}: " + ", ".join(sorted(fields))
               + (f" (when {claim.when.value})" if claim.when and "when" in fields else ""))


@app.command("export")
@handle_errors
def export_cmd(
    corpus: Annotated[Path, typer.Argument(metavar="[CORPUS]", help="Folder (or file) of articles.")] = DEFAULT_CORPUS,
    claims: ClaimsOpt = DEFAULT_CLAIMS,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="claimreview or webannotation.")] = ExportFormat.claimreview,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write to this file.")] = None,
    jobs: JobsOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Export JSON-LD: ClaimReview for confirmed findings, or Web Annotations for every claim."""
    report = _run(corpus, claims, jobs, quiet)
    if format is ExportFormat.claimreview and not any(f.review.verdict == "confirmed" for f in report.findings):
        warn("no confirmed findings to export: confirm some with `claimcheck review`")
    content = export_mod.export(report, format.value)
    if out is None:
        sys.stdout.write(content)
    else:
        from ..store import atomic_write

        atomic_write(out, content)
