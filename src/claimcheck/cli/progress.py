"""The progress bar on stderr for long runs: stage, articles done, rate and time left.

Shown only when stderr is a terminal and ``--quiet`` is not given, so pipes, files and CI
logs never see it; it disappears when the run ends (rich's transient display)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Update = Callable[[str, int, int], None]


@contextmanager
def progress_bar(quiet: bool = False) -> Iterator[Update | None]:
    """A ``progress(stage, done, total)`` callback for the pipeline, or None when it would not show."""
    if quiet or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeRemainingColumn

    columns = (SpinnerColumn(), TextColumn("{task.description:<22}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("articles"), TextColumn("{task.fields[rate]}"), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("reading", total=None, rate="")
        current = ["reading"]

        def update(stage: str, done: int, total: int) -> None:
            if stage != current[0]:  # a new stage: its own count and rate
                current[0] = stage
                bar.reset(task, description=stage, total=total or None, rate="")
            speed = bar.tasks[task].speed if done else None
            bar.update(task, description=stage, completed=done, total=total or None,
                       rate=f"{speed:,.0f}/s" if speed else "")

        yield update
