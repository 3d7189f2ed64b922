"""review, annotate, export: the human workflow, each command a thin wrapper over one
library call (claimcheck.review, claimcheck.annotate, claimcheck.export)."""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

from typing import TYPE_CHECKING

import typer

from ..errors import UsageError
from .app import (DEFAULT_CORPUS, ClaimsOpt, CorpusOpt, JobsOpt, QuietOpt, app, handle_errors, sub_app, warn,
                  write_output)
from .lazy import lazy
from .progress import progress_bar

if TYPE_CHECKING:
    from ..models import Report

# imported when a command runs, not for --help (cli/lazy.py)
annotate = lazy("claimcheck.annotate")
export_mod = lazy("claimcheck.export")
review_mod = lazy("claimcheck.review")
rich_console = lazy("rich.console")



class VerdictChoice(str, Enum):
    open = "open"  # resets: the finding is open again
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
    claims: ClaimsOpt = None,
    verdict: Annotated[Optional[VerdictChoice], typer.Option(
        "--verdict", help="Record this verdict without prompts ('open' resets one given before).")] = None,
    note: Annotated[Optional[str], typer.Option("--note", metavar="TEXT", help="Why (kept with the verdict).")] = None,
    reviewer: Annotated[Optional[str], typer.Option("--reviewer", metavar="NAME",
                                                    help="Who (default: $CLAIMCHECK_REVIEWER or login).")] = None,
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


annotate_app = sub_app(help="Teach claimcheck what it missed: dates, aliases, claims, corrections.",
                       no_args_is_help=True)


def _corpus_and_id(targets: list[str], corpus: Path | None, what: str) -> tuple[Path, str]:
    """``annotate ... [CORPUS] ID``, as the other commands take the corpus; ``--corpus``
    works too (not both)."""
    if len(targets) == 2:
        if corpus is not None and Path(targets[0]) != corpus:
            raise UsageError(f"the corpus is given twice ({targets[0]} and --corpus {corpus})")
        return Path(targets[0]), targets[1]
    if len(targets) == 1:
        return corpus or DEFAULT_CORPUS, targets[0]
    raise UsageError(f"expected [CORPUS] {what}, got {len(targets)} arguments")
app.add_typer(annotate_app, name="annotate")


@annotate_app.command("source")
@handle_errors
def annotate_source(
    targets: Annotated[list[str], typer.Argument(metavar="[CORPUS] ID", help="Corpus folder, then the source id "
                                                                           "(the file stem).")],
    published: Annotated[Optional[str], typer.Option(
        "--published", metavar="DATE", help="ISO day or YYYY-MM; 'none' removes it (and its basis).")] = None,
    outlet: Annotated[Optional[str], typer.Option("--outlet", metavar="NAME", help="Who published it.")] = None,
    url: Annotated[Optional[str], typer.Option("--url", metavar="URL", help="Where it was published.")] = None,
    basis: Annotated[Optional[str], typer.Option("--basis", metavar="TEXT", help="How the date is known.")] = None,
    corpus: CorpusOpt = None,
    claims: ClaimsOpt = None,
) -> None:
    """Set a source's publication date, outlet, URL or basis in sources.yaml."""
    corpus, source_id = _corpus_and_id(targets, corpus, "ID")
    entry = annotate.annotate_source(corpus, claims, source_id, published=published, outlet=outlet, url=url,
                                        basis=basis)
    typer.echo(f"{claims / 'sources.yaml'}: {source_id}: published {entry.published or 'unknown'}"
               + (f", outlet {entry.outlet}" if entry.outlet else ""))


@annotate_app.command("alias")
@handle_errors
def annotate_alias(
    canonical: Annotated[str, typer.Argument(metavar="CANONICAL", help="The name to report.")],
    variants: Annotated[list[str], typer.Argument(metavar="VARIANT...", help="Other ways to write it.")],
    kind: Annotated[Optional[AliasKind], typer.Option("--kind", help="What it names.")] = None,
    valid_from: Annotated[Optional[str], typer.Option("--from", metavar="DATE",
                                                      help="Held from (ISO day); needs --office.")] = None,
    valid_to: Annotated[Optional[str], typer.Option("--to", metavar="DATE", help="Held until (ISO day).")] = None,
    office: Annotated[Optional[str], typer.Option("--office", metavar="ID",
                                                  help="Office held from/to, e.g. office:x-defense-minister.")] = None,
    claims: ClaimsOpt = None,
) -> None:
    """Declare that VARIANTs name CANONICAL (aliases.yaml), optionally an office held from/to."""
    annotate.annotate_alias(claims, canonical, variants, kind.value if kind else None, valid_from, valid_to, office)
    typer.echo(f"{claims / 'aliases.yaml'}: {canonical} <- {', '.join(variants)}")


@annotate_app.command("claim")
@handle_errors
def annotate_claim(
    source: Annotated[str, typer.Option("--source", metavar="ID", help="Source id.")],
    quote: Annotated[str, typer.Option("--quote", metavar="TEXT", help="Words copied exactly from that source.")],
    target: Annotated[Optional[Path], typer.Argument(metavar="[CORPUS]", help="Folder (or file) of articles.")] = None,
    predicate: Annotated[str, typer.Option("--predicate", metavar="VERB", help="meet, hold, launch, agree, ...")] = "state",
    subject: Annotated[Optional[str], typer.Option("--subject", metavar="ID", help="Entity id (series:x#13) or a name.")] = None,
    who: Annotated[Optional[list[str]], typer.Option("--who", metavar="NAME", help="Actor id or name (repeatable).")] = None,
    when: Annotated[Optional[str], typer.Option("--when", metavar="TEXT", help="Words of the quote, or ISO day/month/interval.")] = None,
    where: Annotated[Optional[str], typer.Option("--where", metavar="PLACE", help="Place id or name.")] = None,
    value: Annotated[Optional[str], typer.Option("--value", metavar="VALUE", help="13th, 3, or type:value (title:Defense Minister).")] = None,
    modality: Annotated[Optional[ModalityChoice], typer.Option("--modality", help="Reported, planned, agreed or expected.")] = None,
    facet: Annotated[Optional[str], typer.Option("--facet", metavar="FACET", help="occurrence, launch, title, ... (else guessed).")] = None,
    corpus: CorpusOpt = None,
    claims: ClaimsOpt = None,
) -> None:
    """Add a claim the extractor missed (annotations.yaml); the quote must occur in the source."""
    if target is not None and corpus is not None and target != corpus:
        raise UsageError(f"the corpus is given twice ({target} and --corpus {corpus})")
    corpus = target or corpus or DEFAULT_CORPUS
    fields = {"source": source, "quote": quote, "predicate": predicate, "subject": subject or quote,
              "who": who or [], "when": when, "where": where, "value": value,
              "modality": modality.value if modality else None, "facet": facet}
    claim = annotate.annotate_claim(corpus, claims, fields)
    typer.echo(f"{claims / 'annotations.yaml'}: added manual claim {claim.id} ({claim.subject.id}"
               + (f", {claim.when.value}" if claim.when else "") + ")")


@annotate_app.command("suppress")
@handle_errors
def annotate_suppress(
    targets: Annotated[list[str], typer.Argument(metavar="[CORPUS] CLAIM_ID",
                                                 help="Corpus folder, then the claim id (from `claimcheck claims`).")],
    note: Annotated[Optional[str], typer.Option("--note", metavar="TEXT", help="Why the claim is wrong.")] = None,
    corpus: CorpusOpt = None,
    claims: ClaimsOpt = None,
) -> None:
    """Drop a wrongly extracted claim from grouping and comparison."""
    corpus, claim_id = _corpus_and_id(targets, corpus, "CLAIM_ID")
    annotate.annotate_suppress(corpus, claims, claim_id, note)
    typer.echo(f"{claims / 'annotations.yaml'}: suppressed {claim_id}")


@annotate_app.command("override")
@handle_errors
def annotate_override(
    targets: Annotated[list[str], typer.Argument(metavar="[CORPUS] CLAIM_ID",
                                                 help="Corpus folder, then the claim id (from `claimcheck claims`).")],
    when: Annotated[Optional[str], typer.Option("--when", metavar="TEXT",
                                                help="The claim's time: words of the quote, or ISO day/month/interval.")] = None,
    where: Annotated[Optional[str], typer.Option("--where", metavar="PLACE", help="Its place: id or name.")] = None,
    who: Annotated[Optional[list[str]], typer.Option("--who", metavar="NAME",
                                                     help="Its actors: id or name (repeatable; replaces them all).")] = None,
    predicate: Annotated[Optional[str], typer.Option("--predicate", metavar="VERB", help="meet, hold, launch, agree, ...")] = None,
    subject: Annotated[Optional[str], typer.Option("--subject", metavar="ID",
                                                   help="What it is about: entity id (series:x#13) or a name.")] = None,
    value: Annotated[Optional[str], typer.Option("--value", metavar="VALUE",
                                                 help="13th, 3, or type:value (title:Defense Minister).")] = None,
    modality: Annotated[Optional[ModalityChoice], typer.Option("--modality", help="Reported, planned, agreed or expected.")] = None,
    facet: Annotated[Optional[str], typer.Option("--facet", metavar="FACET",
                                                 help="What about the subject it states: occurrence, launch, title, ...")] = None,
    corpus: CorpusOpt = None,
    claims: ClaimsOpt = None,
) -> None:
    """Correct fields of one claim (annotations.yaml)."""
    corpus, claim_id = _corpus_and_id(targets, corpus, "CLAIM_ID")
    fields = {k: v for k, v in (("when", when), ("where", where), ("who", who or None), ("predicate", predicate),
                                ("subject", subject), ("value", value),
                                ("modality", modality.value if modality else None), ("facet", facet))
              if v is not None}
    claim = annotate.annotate_override(corpus, claims, claim_id, fields)
    typer.echo(f"{claims / 'annotations.yaml'}: override {claim_id}: " + ", ".join(sorted(fields))
               + (f" (when {claim.when.value})" if claim.when and "when" in fields else ""))


@app.command("export")
@handle_errors
def export_cmd(
    corpus: Annotated[Path, typer.Argument(metavar="[CORPUS]", help="Folder (or file) of articles.")] = DEFAULT_CORPUS,
    claims: ClaimsOpt = None,
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="claimreview or webannotation.")] = ExportFormat.claimreview,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", metavar="FILE",
                                                help="Write to this file (its folder must exist).")] = None,
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
        write_output(content, out)
