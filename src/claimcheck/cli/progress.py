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
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeRemainingColumn

    columns = (SpinnerColumn(), TextColumn("{task.description:<22}"), BarColumn(), TextColumn("{task.fields[count]}"),
               TextColumn("{task.fields[rate]}"), TimeRemainingColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        state = {"stage": "", "task": bar.add_task("reading", total=None, count="", rate="")}

        def update(stage: str, done: int, total: int) -> None:
            new_stage = stage != state["stage"]
            if new_stage:  # a new stage: its own bar (a pulse when its size is unknown), count, rate
                state["stage"] = stage
                bar.remove_task(state["task"])
                state["task"] = bar.add_task(stage, total=total or None, count="", rate="")
            task = state["task"]
            bar.update(task, completed=done)
            speed = bar.tasks[-1].speed if done else None
            bar.update(task, count=f"{done:,}/{total:,} articles" if total else "",
                       rate=f"{speed:,.0f}/s" if speed else "")
            if new_stage:  # every stage is drawn at least once, however short (not only at the next tick)
                bar.refresh()

        yield update
