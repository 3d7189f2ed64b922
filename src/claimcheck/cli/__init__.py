"""Command-line interface (typer). Commands are thin wrappers over library calls."""

from __future__ import annotations

import atexit
import os
import signal
import threading
import sys
import traceback

# pydantic looks for plugins in every installed package's entry points when the first
# model is built: a scan of site-packages on every run, for plugins the CLI never uses. A
# value the user set (even empty) is kept.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
if os.environ["PYDANTIC_DISABLE_PLUGINS"] in ("__all__", "1", "true"):
    from ._no_plugins import install as _install_no_plugins

    _install_no_plugins()

from .. import code_cache
from ..gcpause import settled

# before the imports below: they build most of the dataclasses and pydantic models
code_cache.install()

# the commands' modules, typer and click: long-lived objects and no garbage (cli/lazy.py
# does the same for the pipeline's modules, imported when a command first needs them)
with settled():
    from . import entities_cmd as _entities  # noqa: F401  (registers entities)
    from . import main as _main  # noqa: F401  (registers report, claims, sources, times)
    from . import workflow as _workflow  # noqa: F401  (registers review, annotate, export)
    from .. import regex_cache
    from .app import EXIT_USAGE, app


def main() -> None:
    """Run the CLI. A closed pipe (``claimcheck report | head``) ends it quietly, as it
    does any Unix filter; anything unforeseen is a coded error with exit 2, never exit 1
    (which means a finding at or above --fail-on) and never a traceback (unless
    CLAIMCHECK_DEBUG is set)."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    with settled():  # the cached patterns: kept until the end
        regex_cache.install()
    try:
        app()
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        sys.exit(130)
    except (OSError, RecursionError, MemoryError, Exception) as exc:  # noqa: BLE001  (the last resort)
        if os.environ.get("CLAIMCHECK_DEBUG"):
            traceback.print_exc()
        detail = f" ({exc.strerror}: {exc.filename})" if isinstance(exc, OSError) and exc.filename else ""
        print(f"Error: [E001] unexpected {type(exc).__name__}: {exc}{detail}. This is a bug in claimcheck; "
              "run again with CLAIMCHECK_DEBUG=1 for the traceback and report it.", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    finally:
        regex_cache.save()
        code_cache.save()


def run() -> None:
    """The ``claimcheck`` command: ``main()``, then out of the process without tearing the
    interpreter down. Freeing every module, table and record one by one at exit took some
    0.02-0.04 s of a short run such as the seeds' report, for memory the system takes back
    at once. What an exit must do is still done: the exit handlers run (temporary folders,
    worker pools) and both streams are flushed; with another thread alive, the exit is the
    ordinary one."""
    try:
        main()
        code: object = 0
    except SystemExit as exc:
        code = exc.code
    if threading.active_count() > 1:
        sys.exit(code)
    if code is None:
        code = 0
    elif not isinstance(code, int):
        print(code, file=sys.stderr)  # as sys.exit does with a message
        code = 1
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed or vanished stream: nothing left to write
            pass
    os._exit(code)
