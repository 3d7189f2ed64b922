"""Pause the cyclic garbage collector during a batch step.

The steps here allocate many small objects and create no reference cycles (reference
counting frees them), yet every few hundred allocations Python would scan the young
objects, and now and then every tracked object, caches included: about a fifth of the
time on a news corpus. Collection resumes, as it was, when the step ends.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import wraps
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def without_gc(fn: Callable[P, R]) -> Callable[P, R]:
    @wraps(fn)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        if not gc.isenabled():
            return fn(*args, **kwargs)
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            gc.enable()

    return run


@contextmanager
def settled() -> Iterator[None]:
    """Pause the collector while long-lived objects are made (modules as they are imported,
    tables loaded once), then move every object alive to the permanent generation, which
    later collections do not scan. Imports make hundreds of thousands of objects and almost
    no garbage: without this, the collector scans them over a hundred times while they are
    made, about a tenth of a short run such as the seeds' report."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if paused:
            gc.enable()
