"""Shared by the hardening tests: running the CLI without root's file-access capabilities."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = "The club signed a new striker on Monday.\nThe fee was not disclosed, the manager said.\n"


def unprivileged(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run ``python -m claimcheck ARGS`` so that file permissions apply: as is for a normal
    user; for root, with the capabilities that bypass them dropped (setpriv)."""
    command = [sys.executable, "-m", "claimcheck", *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: permissions cannot be tested")
        caps = "-dac_override,-dac_read_search"
        command = [setpriv, f"--bounding-set={caps}", f"--inh-caps={caps}", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, **kwargs)  # type: ignore[call-overload]


def cli(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "claimcheck", *args], capture_output=True, text=True, timeout=120,
                          **kwargs)  # type: ignore[call-overload]
