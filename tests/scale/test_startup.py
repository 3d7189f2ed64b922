"""Start-up: the CLI loads the pipeline only when a command runs (``claimcheck --help`` and
argument errors stay fast); lazily bound modules behave as the modules themselves."""

from __future__ import annotations

import json
import subprocess
import sys

from claimcheck.cli.lazy import lazy

HEAVY = ("claimcheck.pipeline", "claimcheck.models", "claimcheck.entities", "claimcheck.timex", "pydantic", "rich",
         "dateparser", "ruamel.yaml", "trafilatura")


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport json, sys; print(json.dumps(sorted(sys.modules)))"],
                         capture_output=True, text=True, check=True)
    return set(json.loads(out.stdout.strip().splitlines()[-1]))


def test_help_imports_no_pipeline() -> None:
    loaded = _modules_after(
        "import sys\nsys.argv = ['claimcheck', '--help']\nfrom claimcheck.cli import main\ntry:\n    main()\n"
        "except SystemExit:\n    pass")
    assert not {m for m in loaded for h in HEAVY if m == h or m.startswith(h + ".")}


def test_a_lazy_module_is_the_module() -> None:
    deferred = lazy("claimcheck.report.reading")
    from claimcheck.report import reading

    assert deferred.reading is reading.reading
