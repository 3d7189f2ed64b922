"""The typer application and the one place library errors become ``Error: ...`` + exit 2."""

from __future__ import annotations

import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Optional, ParamSpec, TypeVar

import typer

from ..errors import ClaimcheckError

app = typer.Typer(
    name="claimcheck",
    help="Find where news articles disagree: claims, normalised and compared across sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # click's plain help and usage errors: rich's help panels cost 0.1 s of imports on every
    # `--help` and every mistyped option (the start-up budget is 0.15 s)
    rich_markup_mode=None,
)

P = ParamSpec("P")
R = TypeVar("R")

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

# Options every command shares (DESIGN.md: CORPUS defaults to ./seeds, --claims to ./claims).
DEFAULT_CORPUS = Path("seeds")
DEFAULT_CLAIMS = Path("claims")
CorpusArg = Annotated[Path, typer.Argument(help="Folder (or file) of articles.", show_default=True)]
CorpusOpt = Annotated[Path, typer.Option("--corpus", help="Folder (or file) of articles.")]
ClaimsOpt = Annotated[Path, typer.Option("--claims", help="The claims/ folder (metadata, aliases, annotations, reviews).")]
JobsOpt = Annotated[Optional[int], typer.Option(
    "--jobs", "-j", min=1, metavar="N", show_default=False,
    help="Processes for the per-article stages [default: every core from 200 articles, else 1]. "
         "The output is the same whatever the number.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar on stderr.")]
SchedulerOpt = Annotated[Optional[str], typer.Option(
    "--scheduler", envvar="CLAIMCHECK_SCHEDULER", metavar="ADDRESS", show_default=False,
    help="Run on this Dask cluster (tcp://host:8786; needs claimcheck[dask]). Same findings as a local run.")]


def fail(error: ClaimcheckError) -> None:
    typer.echo(f"Error: {error}", err=True)
    raise typer.Exit(EXIT_USAGE)


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Turn a ClaimcheckError from the library into ``Error: [CODE] message`` and exit 2."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return func(*args, **kwargs)
        except ClaimcheckError as exc:
            fail(exc)
            raise  # unreachable: fail() exits

    return wrapper


def warn(message: str) -> None:
    print(message, file=sys.stderr)
