"""The typer application and the one place library errors become ``Error: ...`` + exit 2."""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from enum import Enum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, Optional, ParamSpec, TypeVar

import typer
import typer.core

from .. import __version__
from ..errors import ClaimcheckError, ClaimsFileAccess, ClaimsFolderNotFound, OutputError

P = ParamSpec("P")
R = TypeVar("R")

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2


def _no_type(ctx: Any) -> None:
    return None


class _Command(typer.core.TyperCommand):
    """A command whose help shows no Python types: a flag takes no value ("<bool>"), an
    argument is named by its metavar ("<list[str]>", "<str>" say nothing a reader needs)."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        if option is not None:
            option.metavar = ""
        return option

    def get_params(self, ctx: Any) -> list[Any]:
        params = super().get_params(ctx)
        for param in params:
            if isinstance(param, typer.core.TyperArgument) or getattr(param, "is_flag", False):
                param.display_type_rich = _no_type  # an instance attribute, read by the help panel
        return params


class _Group(typer.core.TyperGroup):
    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)
        if option is not None:
            option.metavar = ""
        return option


class _Typer(typer.Typer):
    """Commands and sub-groups built with the classes above."""

    def command(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("cls", _Command)
        return super().command(*args, **kwargs)


def sub_app(**kwargs: Any) -> typer.Typer:
    return _Typer(cls=_Group, **kwargs)


app = _Typer(
    cls=_Group,
    name="claimcheck",
    help="Find where news articles disagree: claims, normalised and compared across sources.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # click's plain help and usage errors: rich's help panels cost 0.1 s of imports on every
    # `--help` and every mistyped option (the start-up budget is 0.15 s)
    rich_markup_mode=None,
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"claimcheck {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _options(version: Annotated[Optional[bool], typer.Option(
        "--version", help="Show the version and exit.", callback=_show_version, is_eager=True, metavar="")] = None,
) -> None:
    """Find where news articles disagree: claims, normalised and compared across sources."""


# Options every command shares (DESIGN.md: CORPUS defaults to ./seeds, --claims to ./claims).
DEFAULT_CORPUS = Path("seeds")
DEFAULT_CLAIMS = Path("claims")
CorpusArg = Annotated[Path, typer.Argument(metavar="CORPUS", help="Folder (or file) of articles.",
                                           show_default=True)]
CorpusOpt = Annotated[Optional[Path], typer.Option(
    "--corpus", metavar="DIR", help="Folder (or file) of articles, also accepted first as CORPUS (default: ./seeds).")]
ClaimsOpt = Annotated[Optional[Path], typer.Option(
    "--claims", metavar="DIR", help="The claims/ folder: metadata, aliases, annotations, reviews (default: ./claims).")]
JobsOpt = Annotated[Optional[int], typer.Option(
    "--jobs", "-j", min=1, metavar="N", show_default=False,
    help="Processes for the per-article stages [default: every core from 200 articles, else 1]. "
         "The output is the same whatever the number.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar on stderr.")]


class ListFormat(str, Enum):
    """How a listing command prints: a table for a person, JSON for a program."""

    table = "table"
    json = "json"


ListFormatOpt = Annotated[ListFormat, typer.Option("--format", "-f")]
SchedulerOpt = Annotated[Optional[str], typer.Option(
    "--scheduler", envvar="CLAIMCHECK_SCHEDULER", metavar="ADDRESS", show_default=False,
    help="Run on this Dask cluster (tcp://host:8786; needs claimcheck[dask]). Same findings as a local run.")]


def claims_folder(given: Path | None) -> Path:
    """The claims folder: ``--claims`` as given (it must be a folder), else ./claims, whose
    absence is only worth a warning (the run has no metadata, and says so)."""
    if given is not None:
        if not given.exists():
            raise ClaimsFolderNotFound(f"claims folder not found: {given} (create it, or leave out --claims "
                                       f"to use ./{DEFAULT_CLAIMS})")
        if not given.is_dir():
            raise ClaimsFolderNotFound(f"--claims {given} is a file; it must be the folder that holds sources.yaml, "
                                       "aliases.yaml, annotations.yaml and reviews.yaml")
        return _readable(given)
    if DEFAULT_CLAIMS.exists() and not DEFAULT_CLAIMS.is_dir():
        raise ClaimsFolderNotFound(f"./{DEFAULT_CLAIMS} is a file; it must be the claims folder (or pass --claims DIR)")
    if not DEFAULT_CLAIMS.exists():
        warn(f"warning: no ./{DEFAULT_CLAIMS} folder: running without publication dates, aliases, annotations "
             "and reviews (pass --claims DIR to use another folder)")
        return DEFAULT_CLAIMS
    return _readable(DEFAULT_CLAIMS)


def _readable(folder: Path) -> Path:
    try:
        with os.scandir(folder):
            pass
    except OSError as exc:
        raise ClaimsFileAccess(f"{folder}: cannot read the claims folder ({exc.strerror})") from None
    return folder


def fail(error: ClaimcheckError) -> None:
    typer.echo(f"Error: {error}", err=True)
    raise typer.Exit(EXIT_USAGE)


def handle_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Resolve ``claims`` (see ``claims_folder``) and turn a ClaimcheckError from the library
    into ``Error: [CODE] message`` and exit 2."""

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            if "claims" in kwargs:
                kwargs["claims"] = claims_folder(kwargs["claims"])  # type: ignore[arg-type]
            return func(*args, **kwargs)
        except ClaimcheckError as exc:
            fail(exc)
            raise  # unreachable: fail() exits

    return wrapper


def warn(message: str) -> None:
    print(message, file=sys.stderr)


def write_output(content: str | Iterable[str], out: Path) -> None:
    """Write a report or export (text, or its pieces in order) to ``out`` atomically (a
    reader never sees half of it); a missing folder or a folder in its place is a coded
    error and leaves nothing behind."""
    if out.is_dir():
        raise OutputError(f"--out {out} is a folder; give a file name")
    if not out.parent.is_dir():
        raise OutputError(f"--out {out}: folder {out.parent} does not exist")
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.writelines([content] if isinstance(content, str) else content)
        os.replace(tmp, out)
    except OSError as exc:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        raise OutputError(f"--out {out}: cannot write it ({exc.strerror})") from None
